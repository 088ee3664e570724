// Measures the webhook path of a running `tidings --headless`:
//  1. signed Shopify webhooks accepted per second (each durably committed before its 200) at 1, 8
//     and 64 concurrent keep-alive connections;
//  2. webhook-to-provider latency (p50/p99): webhooks sent at a fixed rate, timed until the loopback
//     SendGrid receives the resulting email request;
//  3. the headless process's peak memory (VmHWM);
//  4. its CPU time per webhook, by thread (figures that stay comparable on a machine that is busy), and the
//     bytes it wrote to disk per webhook (in the latency run, one webhook per commit, steadier still: they
//     change only with what a commit writes);
//  5. for scale, Qt's HTTP server alone with the same client and requests (httpfloor.h), before Tidings starts.
// Needs the Secret Service (run through `installer/dev.sh bench`).

#include "benchsupport.h"
#include "fakes/fakesendgrid.h"
#include "fakes/testsupport.h"
#include "httpfloor.h"
#include "loadclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace Tidings;
using namespace Qt::StringLiterals;
using namespace Tidings::Bench;

namespace {

const QByteArray kSecret = "shpss_benchmark_secret";
const QString kApiKey = u"SG.benchmark-key"_s;
// The target for the p99 of answers and of emails at the provider.
constexpr double kTargetP99Ms = 25.0;

QByteArray orderBody(const QString &orderName, qint64 id)
{
    QJsonObject customer{{u"id"_s, 7000000 + id},
                         {u"first_name"_s, u"Jane"_s},
                         {u"last_name"_s, u"Doe"_s},
                         {u"email"_s, u"jane@example.com"_s}};
    QJsonArray items;
    for (int i = 0; i < 2; ++i) {
        items.append(QJsonObject{{u"id"_s, 9000000 + id * 10 + i},
                                 {u"sku"_s, u"SKU-%1"_s.arg(i)},
                                 {u"title"_s, u"Stoneware mug"_s},
                                 {u"name"_s, u"Stoneware mug - Sage"_s},
                                 {u"quantity"_s, 1 + i},
                                 {u"price"_s, u"18.00"_s}});
    }
    QJsonObject order{{u"id"_s, 5820000000000 + id},
                      {u"name"_s, orderName},
                      {u"order_number"_s, 1000 + id},
                      {u"email"_s, u"jane@example.com"_s},
                      {u"customer"_s, customer},
                      {u"financial_status"_s, u"paid"_s},
                      {u"fulfillment_status"_s, QJsonValue::Null},
                      {u"created_at"_s, u"2026-11-28T10:00:00+01:00"_s},
                      {u"updated_at"_s, u"2026-11-28T10:00:00+01:00"_s},
                      {u"currency"_s, u"EUR"_s},
                      {u"total_price"_s, u"54.00"_s},
                      {u"line_items"_s, items},
                      {u"customer_locale"_s, u"en"_s}};
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

QByteArray httpRequest(const QByteArray &path, const QByteArray &body, const QByteArray &id)
{
    QByteArray request;
    request.reserve(body.size() + 512);
    request += "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    request +=
        "X-Shopify-Topic: orders/create\r\nX-Shopify-Hmac-Sha256: " + Test::shopifySignature(body, kSecret) + "\r\n";
    request += "X-Shopify-Shop-Domain: bench.myshopify.com\r\nX-Shopify-API-Version: 2024-10\r\n";
    request += "X-Shopify-Webhook-Id: wh-" + id + "\r\nX-Shopify-Event-Id: ev-" + id + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

QList<QByteArray> makeRequests(const QByteArray &path, const QString &prefix, int count, qint64 idBase)
{
    QList<QByteArray> requests;
    requests.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString name = u"#%1%2"_s.arg(prefix).arg(i);
        requests.append(httpRequest(path, orderBody(name, idBase + i), (prefix + QString::number(i)).toUtf8()));
    }
    return requests;
}

double percentileMs(QList<qint64> ns, double p)
{
    if (ns.isEmpty()) {
        return 0;
    }
    std::sort(ns.begin(), ns.end());
    const auto index = std::min<qsizetype>(ns.size() - 1, qsizetype(p * double(ns.size())));
    return double(ns.at(index)) / 1e6;
}

// Webhooks sent at a fixed rate (open loop: each is due at its time whether or not earlier ones were answered),
// each timed until it was answered and until the provider received its email.
struct RateRun
{
    int sent = 0;
    int ok = 0;
    double acceptedPerSecond = 0;
    double answeredP50 = 0;
    double answeredP99 = 0;
    double emailP50 = 0;
    double emailP99 = 0;
    qsizetype emailsMeasured = 0;
};

RateRun runAtRate(Test::FakeSendGrid *fake, quint16 port, const QByteArray &path, const QString &prefix, int rate,
                  int seconds, int connections, qint64 idBase)
{
    const int count = rate * seconds;
    QMutex mutex;
    QHash<int, qint64> sentAt;
    QList<qint64> endToEnd;
    LoadClient client(u"127.0.0.1"_s, port, makeRequests(path, prefix, count, idBase));
    // The emails of this run are told apart from earlier ones by the order name in their subject.
    const QRegularExpression orderName(u"#%1(\\d+)"_s.arg(QRegularExpression::escape(prefix)));
    const QMetaObject::Connection received = QObject::connect(
        fake, &Test::FakeSendGrid::requestReceived, fake,
        [&](int index) {
            const qint64 now = client.nowNs();
            const auto match = orderName.match(fake->request(index).subject);
            if (!match.hasMatch()) {
                return;
            }
            QMutexLocker locker(&mutex);
            const int i = match.captured(1).toInt();
            if (sentAt.contains(i)) {
                endToEnd.append(now - sentAt.value(i));
            }
        },
        Qt::DirectConnection);
    const auto result = client.runAndWait([&] {
        client.runOpenLoop(connections, rate, [&](int index, qint64 ns) {
            QMutexLocker locker(&mutex);
            sentAt.insert(index, ns);
        });
    });
    waitFor(
        [&] {
            QMutexLocker locker(&mutex);
            return endToEnd.size() >= result.ok;
        },
        120000);
    // Blocking: the handler runs on the fake's thread and uses this frame's locals.
    QMetaObject::invokeMethod(
        fake, [&received] { QObject::disconnect(received); }, Qt::BlockingQueuedConnection);
    RateRun run;
    run.sent = count;
    run.ok = result.ok;
    run.acceptedPerSecond = result.perSecond();
    run.answeredP50 = percentileMs(result.latenciesNs, 0.5);
    run.answeredP99 = percentileMs(result.latenciesNs, 0.99);
    run.emailP50 = percentileMs(endToEnd, 0.5);
    run.emailP99 = percentileMs(endToEnd, 0.99);
    run.emailsMeasured = endToEnd.size();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption binary(u"binary"_s, u"The tidings executable."_s, u"PATH"_s,
                                    QStringLiteral(TIDINGS_BINARY));
    const QCommandLineOption count(u"count"_s, u"Webhooks per throughput run at 8 and 64 connections."_s, u"N"_s,
                                   u"20000"_s);
    const QCommandLineOption rate(u"rate"_s, u"Webhooks per second in the latency run."_s, u"N"_s, u"500"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Length of the latency run."_s, u"S"_s, u"10"_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the data folder for inspection and print where it is."_s);
    const QCommandLineOption rampStep(
        u"ramp-step"_s, u"Step of the rising-rate run at 64 connections (0: no such run)."_s, u"N"_s, u"500"_s);
    const QCommandLineOption rampSeconds(u"ramp-seconds"_s, u"Length of each step of the rising-rate run."_s, u"S"_s,
                                         u"4"_s);
    const QCommandLineOption rampMax(u"ramp-max"_s, u"Highest rate of the rising-rate run (0: until it misses)."_s,
                                     u"N"_s, u"0"_s);
    const QCommandLineOption plainHttp(
        u"plain-http"_s, u"Serve the fake SendGrid over plain http instead of https (real providers are https)."_s);
    parser.addOptions({binary, count, rate, seconds, keep, rampStep, rampSeconds, rampMax, plainHttp});
    parser.process(app);
    const int perRun = parser.value(count).toInt();
    const int latencyRate = parser.value(rate).toInt();
    const int latencySeconds = parser.value(seconds).toInt();

    // The provider fake runs on its own thread, like a separate server would.
    QThread fakeThread;
    Test::FakeSendGrid *fake = startFakeSendGrid(fakeThread, kApiKey, parser.isSet(plainHttp));
    if (!fake) {
        return 1;
    }

    // For scale, measured before Tidings starts: what the HTTP layer alone gives on this machine, so the
    // 64-connection figure can be read against it.
    double floorPerSecond = 0;
    double floorWithHopPerSecond = 0;
    {
        const QList<QByteArray> floorRequests = makeRequests("/webhooks/floor", u"F"_s, perRun, 0);
        floorPerSecond = httpFloorPerSecond(floorRequests, 64, false);
        floorWithHopPerSecond = httpFloorPerSecond(floorRequests, 64, true);
    }

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(keep));
    if (parser.isSet(keep)) {
        std::printf("Data folder: %s\n", qPrintable(dir.path()));
    }
    const QString configPath = writeBenchConfig(dir.path(), fake->baseUrl(), kSecret, kApiKey);
    if (configPath.isEmpty()) {
        return 1;
    }
    QProcess headless;
    QByteArray log;
    const quint16 port = startHeadless(headless, log, parser.value(binary),
                                       {u"--config"_s, configPath, u"--data-dir"_s, dir.filePath(u"data"_s)});
    if (port == 0) {
        return 1;
    }

    std::printf("Tidings webhook benchmark on %d cores (%s)\n", QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("Every 200 below was sent after the event, its order snapshot and its notification were\n"
                "committed to SQLite with synchronous=FULL (fsync of the WAL on each group commit).\n");
    std::printf("Emails go to a loopback fake SendGrid over %s.\n\n",
                parser.isSet(plainHttp) ? "plain http" : "https (TLS, as real providers are reached)");
    std::printf("%-12s %10s %14s %12s %12s\n", "connections", "webhooks", "accepted/s", "p50 ms", "p99 ms");

    const QByteArray path = "/webhooks/bench";
    const auto cpuAtStart = threadCpu(headless.processId());
    const qint64 writtenAtStart = diskWriteBytes(headless.processId());
    int expectedEmails = 0;
    qint64 idBase = 0;
    for (const int connections : {1, 8, 64}) {
        const int n = connections == 1 ? std::max(1, perRun / 10) : perRun;
        LoadClient client(u"127.0.0.1"_s, port, makeRequests(path, u"T%1-"_s.arg(connections), n, idBase));
        idBase += n;
        const auto result = client.runAndWait([&] { client.runClosedLoop(connections); });
        expectedEmails += result.ok;
        std::printf("%-12d %10d %14.0f %12.2f %12.2f%s\n", connections, n, result.perSecond(),
                    percentileMs(result.latenciesNs, 0.5), percentileMs(result.latenciesNs, 0.99),
                    result.failed ? qPrintable(u"  (%1 failed)"_s.arg(result.failed)) : "");
    }

    // Let the dispatcher drain the emails those orders queued before timing end-to-end latency.
    QElapsedTimer drain;
    drain.start();
    const bool drained = waitFor([&] { return fake->acceptedCount() >= expectedEmails; }, 600000);
    std::printf("\nDispatch drained %d queued emails in %.1f s (%.0f emails/s)%s\n", fake->acceptedCount(),
                double(drain.elapsed()) / 1000.0, double(fake->acceptedCount()) * 1000.0 / double(drain.elapsed()),
                drained ? "" : " (timed out)");
    const auto cpuAfterDrain = threadCpu(headless.processId());
    const qint64 writtenAfterDrain = diskWriteBytes(headless.processId());

    // Latency: webhook sent (scheduled) -> the provider receives the email request.
    // The fake's record of the 42,000 earlier requests stays. Clearing it here delayed the fake itself: a trace of
    // both processes showed the first latency requests reaching it up to ~110 ms after Tidings had handed them to
    // the network, a cost of this harness that the first ~80 samples paid. The requests are told apart by their
    // subject, which the fake keeps without the bodies.
    const RateRun latency = runAtRate(fake, port, path, u"L"_s, latencyRate, latencySeconds, 8, idBase);
    idBase += latency.sent;
    expectedEmails += latency.ok;
    std::printf("\nAt %d webhooks/s for %d s (%d sent, %d accepted):\n", latencyRate, latencySeconds, latency.sent,
                latency.ok);
    std::printf("  webhook answered:            p50 %.2f ms   p99 %.2f ms\n", latency.answeredP50, latency.answeredP99);
    std::printf("  webhook -> provider request: p50 %.2f ms   p99 %.2f ms   (%lld measured)\n", latency.emailP50,
                latency.emailP99, static_cast<long long>(latency.emailsMeasured));
    const auto cpuAfterLatency = threadCpu(headless.processId());
    const qint64 writtenAfterLatency = diskWriteBytes(headless.processId());
    std::printf("\nCPU time of tidings --headless, by thread:\n");
    printCpu("throughput runs and drain, CPU per webhook and its email", cpuAtStart, cpuAfterDrain, expectedEmails);
    printCpu("latency run, CPU per webhook and its email", cpuAfterDrain, cpuAfterLatency, latency.ok);
    if (writtenAtStart >= 0 && writtenAfterLatency >= 0) {
        std::printf("\nWritten to disk by tidings --headless, per webhook and its email:\n"
                    "  throughput runs and drain: %.1f KB   latency run: %.1f KB\n",
                    double(writtenAfterDrain - writtenAtStart) / 1024.0 / std::max(1, expectedEmails),
                    double(writtenAfterLatency - writtenAfterDrain) / 1024.0 / std::max(1, latency.ok));
    }
    std::printf("\nPeak memory of tidings --headless (VmHWM): %s\n",
                qPrintable(processStatus(headless.processId(), u"VmHWM"_s)));

    std::printf("\nFor scale, Qt's HTTP server alone on this machine (answers 200 at once: no signature check, no\n"
                "storage), same client and requests, 64 connections: %.0f/s; with each answer sent to another\n"
                "thread and back first, as Tidings' answers wait for the writer: %.0f/s\n",
                floorPerSecond, floorWithHopPerSecond);

    // Rising rate at 64 connections: the rate a shop's traffic can keep up on this machine with answers, and with
    // emails, within 25 ms at p99. Unlike 64 closed-loop clients that wait for their answers, the requests keep
    // coming at their rate. Each step starts with the earlier emails sent; it stops at the first step whose answers
    // miss 25 ms at p99 or fall behind the rate.
    const int step = parser.value(rampStep).toInt();
    const int stepSeconds = std::max(1, parser.value(rampSeconds).toInt());
    if (step > 0) {
        std::printf("\nRising rate, 64 connections, %d s per step (p99 target %.0f ms):\n", stepSeconds, kTargetP99Ms);
        std::printf("%-10s %12s %14s %14s %14s %14s\n", "offered/s", "accepted/s", "answered p50", "answered p99",
                    "email p50", "email p99");
        int answeredWithin = 0;
        int emailedWithin = 0;
        const int highest = parser.value(rampMax).toInt();
        for (int offered = step; highest <= 0 || offered <= highest; offered += step) {
            if (!waitFor([&] { return fake->acceptedCount() >= expectedEmails; }, 120000)) {
                std::printf("(the emails of the earlier steps were not all sent within 2 minutes)\n");
                break;
            }
            const RateRun run = runAtRate(fake, port, path, u"R%1-"_s.arg(offered), offered, stepSeconds, 64, idBase);
            idBase += run.sent;
            expectedEmails += run.ok;
            std::printf("%-10d %12.0f %11.2f ms %11.2f ms %11.2f ms %11.2f ms%s\n", offered, run.acceptedPerSecond,
                        run.answeredP50, run.answeredP99, run.emailP50, run.emailP99,
                        run.ok < run.sent ? qPrintable(u"  (%1 failed)"_s.arg(run.sent - run.ok)) : "");
            const bool keptUp = run.ok == run.sent && run.acceptedPerSecond >= 0.95 * offered;
            if (!keptUp || run.answeredP99 > kTargetP99Ms) {
                break;
            }
            answeredWithin = offered;
            if (run.emailP99 <= kTargetP99Ms && emailedWithin == offered - step) {
                emailedWithin = offered;
            }
        }
        std::printf("Highest rate with every webhook answered within %.0f ms at p99: %d/s\n", kTargetP99Ms,
                    answeredWithin);
        std::printf("Highest rate with every email at the provider within %.0f ms at p99: %d/s\n", kTargetP99Ms,
                    emailedWithin);
        std::printf("Peak memory of tidings --headless after the rising rate (VmHWM): %s\n",
                    qPrintable(processStatus(headless.processId(), u"VmHWM"_s)));
    }
    headless.terminate();
    headless.waitForFinished(30000);
    QMetaObject::invokeMethod(
        fake, [fake] { delete fake; }, Qt::BlockingQueuedConnection);
    fakeThread.quit();
    fakeThread.wait();
    return headless.exitCode();
}
