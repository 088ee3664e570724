// Measures the dispatcher of `tidings --headless` over a long queue: --count notifications (default 1,000,000)
// are put in the store before it starts, as if a long provider outage had just ended; it then sends them all to a
// loopback SendGrid (no rate limit). Prints the send rate and the process's resident memory every --every sends,
// so a reader sees whether memory stays flat, then the CPU time per email by thread.
// Needs the Secret Service (run through `installer/dev.sh bench`).

#include "benchsupport.h"
#include "fakes/fakesendgrid.h"
#include "store/database.h"
#include "templates/templaterenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Tidings;
using namespace Tidings::Bench;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = "shpss_benchmark_secret";
const QString kApiKey = u"SG.benchmark-key"_s;

// What the ingest writer stores with an order-created notification: the template context of a two-item order.
QString orderContext()
{
    OrderEvent event;
    event.sourceId = u"bench"_s;
    event.orderId = u"5820000000001"_s;
    event.orderNumber = u"#1001"_s;
    event.customerName = u"Jane Doe"_s;
    event.customerEmail = u"jane@example.com"_s;
    event.orderStatus = OrderStatus::Paid;
    event.totalPrice = u"54.00"_s;
    event.currency = u"EUR"_s;
    event.lineItems = {LineItem{u"SKU-0"_s, u"Stoneware mug - Sage"_s, 1, u"18.00"_s},
                       LineItem{u"SKU-1"_s, u"Stoneware mug - Sand"_s, 2, u"18.00"_s}};
    return QString::fromUtf8(
        QJsonDocument(TemplateRenderer::buildContext(event, Brand{})).toJson(QJsonDocument::Compact));
}

// `count` queued notifications of one order, due now, in transactions of 50,000.
bool fill(const QString &dataDir, int count)
{
    auto db = Database::open(dataDir, u"bench-fill"_s);
    if (!db) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(db.error().message));
        return false;
    }
    QSqlQuery query(db->handle());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!query.exec(u"INSERT INTO raw_events(source_id, topic, received_at, body, order_id, order_number)"
                    " VALUES('bench', 'orders/create', %1, '{}', '5820000000001', '#1001')"_s.arg(now))) {
        std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
        return false;
    }
    const qint64 eventId = query.lastInsertId().toLongLong();
    const QString context = orderContext();
    constexpr int batch = 50'000;
    for (int done = 0; done < count;) {
        Transaction tx(db->handle(), Transaction::Durability::Relaxed);
        QSqlQuery insert(db->handle());
        insert.prepare(u"INSERT INTO notifications(event_id, source_id, order_id, trigger, template_id, channel_id,"
                       " recipient, recipient_name, state, created_at, due_at, context)"
                       " VALUES(?, 'bench', '5820000000001', 'order.created', 'order_confirmed', 'sendgrid', ?,"
                       " 'Jane Doe', 'queued', ?, ?, ?)"_s);
        const int end = std::min(count, done + batch);
        for (; done < end; ++done) {
            insert.addBindValue(eventId);
            insert.addBindValue(u"customer%1@example.com"_s.arg(done));
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(context);
            if (!insert.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(insert.lastError().text()));
                return false;
            }
        }
        if (!tx.commit()) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption binary(u"binary"_s, u"The tidings executable."_s, u"PATH"_s,
                                    QStringLiteral(TIDINGS_BINARY));
    const QCommandLineOption count(u"count"_s, u"Notifications queued before the start."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption every(u"every"_s, u"Print a line every N sends."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption plainHttp(
        u"plain-http"_s, u"Serve the fake SendGrid over plain http instead of https (real providers are https)."_s);
    parser.addOptions({binary, count, every, plainHttp});
    parser.process(app);
    const int total = parser.value(count).toInt();
    const int step = std::max(1, parser.value(every).toInt());

    QThread fakeThread;
    Test::FakeSendGrid *fake = startFakeSendGrid(fakeThread, kApiKey, parser.isSet(plainHttp));
    if (!fake) {
        return 1;
    }

    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    const QString configPath = writeBenchConfig(dir.path(), fake->baseUrl(), kSecret, kApiKey);
    if (configPath.isEmpty()) {
        return 1;
    }
    {
        // The first start imports the configuration (the API key into the keychain) and makes the store.
        QProcess first;
        QByteArray log;
        if (startHeadless(first, log, parser.value(binary), {u"--config"_s, configPath, u"--data-dir"_s, dataDir}) ==
            0) {
            return 1;
        }
        first.terminate();
        first.waitForFinished(30000);
    }
    QElapsedTimer filling;
    filling.start();
    if (!fill(dataDir, total)) {
        return 1;
    }
    std::printf("Tidings dispatch benchmark on %d cores (%s)\n", QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("%d notifications queued in %.1f s; tidings --headless starts and sends them to a loopback\n"
                "SendGrid over %s (no rate limit), each attempt and outcome recorded in SQLite.\n\n",
                total, double(filling.elapsed()) / 1000.0, parser.isSet(plainHttp) ? "plain http" : "https");

    QProcess headless;
    QByteArray log;
    QElapsedTimer clock;
    clock.start();
    if (startHeadless(headless, log, parser.value(binary), {u"--data-dir"_s, dataDir}) == 0) {
        return 1;
    }
    const qint64 pid = headless.processId();
    const auto cpuAtStart = threadCpu(pid);
    std::printf("%12s %10s %14s %12s\n", "sent", "seconds", "emails/s", "RSS MB");
    int printed = 0;
    qint64 lastMs = 0;
    double firstRss = -1;
    double highestRss = 0;
    double lowestRss = 1e9;
    const bool finished = waitFor(
        [&] {
            const int sent = fake->acceptedCount();
            while (sent >= printed + step || (sent >= total && printed < total)) {
                const int upTo = std::min(total, printed + step);
                const qint64 ms = clock.elapsed();
                const double rss = residentMb(pid);
                if (firstRss < 0) {
                    firstRss = rss;
                }
                highestRss = std::max(highestRss, rss);
                lowestRss = std::min(lowestRss, rss);
                std::printf("%12d %10.1f %14.0f %12.1f\n", upTo, double(ms) / 1000.0,
                            double(upTo - printed) * 1000.0 / double(std::max<qint64>(1, ms - lastMs)), rss);
                std::fflush(stdout);
                printed = upTo;
                lastMs = ms;
            }
            return sent >= total || headless.state() == QProcess::NotRunning;
        },
        6 * 3600 * 1000);
    const int sent = fake->acceptedCount();
    std::printf("\n%d of %d sent in %.1f s: %.0f emails/s overall%s\n", sent, total, double(clock.elapsed()) / 1000.0,
                double(sent) * 1000.0 / double(clock.elapsed()), finished ? "" : " (stopped early)");
    std::printf("Resident memory at the printed points: first %.1f MB, lowest %.1f, highest %.1f; peak (VmHWM) %s\n",
                firstRss, lowestRss, highestRss, qPrintable(processStatus(pid, u"VmHWM"_s)));
    std::printf("\nCPU time of tidings --headless, by thread:\n");
    printCpu("CPU per email", cpuAtStart, threadCpu(pid), sent);
    headless.terminate();
    headless.waitForFinished(60000);
    QMetaObject::invokeMethod(
        fake, [fake] { delete fake; }, Qt::BlockingQueuedConnection);
    fakeThread.quit();
    fakeThread.wait();
    return sent == total ? 0 : 1;
}
