// Measures the Monitor over a store of many events (default 1,000,000, --count):
//  1. fills a temporary data folder through the schema with plain SQL (one transaction, prepared
//     statements): several shops, orders with 1-3 events, about one notification each in mixed states,
//     customer emails, tracking numbers, a year of receive times;
//  2. times opening the store with the Monitor's model on its first page, scrolling to row 10,000
//     (fetchMore), and each filter kind (a reset onto its first page);
//  3. prints the peak memory (VmHWM).
// The store was just written, so its pages are in the OS cache: the times are those of a warm start.

#include "monitor/monitormodel.h"
#include "store/database.h"
#include "store/monitorqueries.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <array>
#include <cstdio>
#include <optional>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

const std::array<QString, 4> kSources{u"corner-shop"_s, u"eu-store"_s, u"us-store"_s, u"market-stall"_s};
const std::array<QString, 3> kChannels{u"sendgrid"_s, u"mailgun"_s, u"ses"_s};

// What the benchmark looks for afterwards: values that are in the store.
struct Probes
{
    QString orderNumber;
    QString email;
    QString trackingNumber;
};

bool run(QSqlQuery &query)
{
    if (!query.exec()) {
        std::fprintf(stderr, "fill failed: %s\n", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// A notification state as a shop sees them: most sent, a few failing, waiting or in doubt.
QString pickState(QRandomGenerator &random)
{
    const quint32 roll = random.bounded(1000);
    if (roll < 20) {
        return u"failed"_s;
    }
    if (roll < 23) {
        return u"uncertain"_s;
    }
    if (roll < 33) {
        return u"queued"_s;
    }
    if (roll < 35) {
        return u"sending"_s;
    }
    if (roll < 50) {
        return u"cancelled"_s;
    }
    return u"sent"_s;
}

std::optional<Probes> fill(const QString &dataDir, qint64 count)
{
    auto db = Database::open(dataDir, u"bench-fill"_s);
    if (!db) {
        std::fprintf(stderr, "store: %s\n", qPrintable(db.error().detail));
        return std::nullopt;
    }
    QSqlDatabase handle = db->handle();
    handle.transaction();
    QSqlQuery config(handle);
    for (const QString &source : kSources) {
        config.exec(u"INSERT INTO sources (id, type, name) VALUES ('%1', 'shopify', '%1')"_s.arg(source));
    }
    for (const QString &channel : kChannels) {
        config.exec(u"INSERT INTO channels (id, type, name, base_url) VALUES ('%1', '%1', '%1', '')"_s.arg(channel));
    }

    QSqlQuery event(handle);
    event.prepare(u"INSERT INTO raw_events (source_id, topic, received_at, headers, body, duplicate, order_id,"
                  " order_number, customer, summary) VALUES (?, ?, ?, '{}', ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery order(handle);
    order.prepare(u"INSERT INTO orders (source_id, order_id, order_number, status, customer_name, customer_email,"
                  " updated_at) VALUES (?, ?, ?, 'paid', ?, ?, ?)"_s);
    QSqlQuery shipment(handle);
    shipment.prepare(u"INSERT INTO shipments (source_id, order_id, shipment_id, status, carrier, tracking_number,"
                     " updated_at) VALUES (?, ?, 's1', 'in_transit', 'UPS', ?, ?)"_s);
    QSqlQuery notification(handle);
    notification.prepare(u"INSERT INTO notifications (event_id, source_id, order_id, trigger, template_id,"
                         " channel_id, recipient, state, attempts, created_at, due_at, last_error)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);

    QRandomGenerator random(20261129);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 365LL * 24 * 3600 * 1000; // a year of events, the newest now
    const std::array<QString, 3> topics{u"orders/create"_s, u"fulfillments/create"_s, u"orders/updated"_s};
    Probes probes;
    qint64 written = 0;
    for (qint64 k = 0; written < count; ++k) {
        const QString &source = kSources.at(random.bounded(10) < 6 ? 0 : 1 + random.bounded(3));
        const QString orderId = u"gid-%1"_s.arg(k);
        const QString number = u"#%1"_s.arg(100000 + k);
        const QString email = u"customer%1@example.com"_s.arg(random.bounded(300000));
        const QString customer = u"Customer %1"_s.arg(k % 300000);
        const QString tracking = u"1Z%1"_s.arg(900000000000LL + k * 7919);
        const int events = 1 + int(random.bounded(3));
        const qint64 at = now - span + span * written / count;
        order.addBindValue(source);
        order.addBindValue(orderId);
        order.addBindValue(number);
        order.addBindValue(customer);
        order.addBindValue(email);
        order.addBindValue(at);
        if (!run(order)) {
            return std::nullopt;
        }
        if (events > 1) {
            shipment.addBindValue(source);
            shipment.addBindValue(orderId);
            shipment.addBindValue(tracking);
            shipment.addBindValue(at);
            if (!run(shipment)) {
                return std::nullopt;
            }
        }
        for (int e = 0; e < events && written < count; ++e, ++written) {
            const bool duplicate = random.bounded(100) < 2;
            event.addBindValue(source);
            event.addBindValue(topics.at(e));
            event.addBindValue(now - span + span * written / count);
            event.addBindValue(QByteArray(R"({"id":)" + orderId.toUtf8() + R"(,"name":")" + number.toUtf8() +
                                          R"(","email":")" + email.toUtf8() + R"(","total_price":"54.00"})"));
            event.addBindValue(duplicate ? 1 : 0);
            event.addBindValue(orderId);
            event.addBindValue(number);
            event.addBindValue(customer);
            event.addBindValue(u"Order %1 %2"_s.arg(number, e == 0 ? u"placed"_s : u"updated"_s));
            if (!run(event)) {
                return std::nullopt;
            }
            const qint64 eventId = event.lastInsertId().toLongLong();
            const int messages = duplicate ? 0 : (random.bounded(100) < 5 ? 0 : (random.bounded(100) < 5 ? 2 : 1));
            for (int m = 0; m < messages; ++m) {
                const QString state = pickState(random);
                const quint32 channel = random.bounded(100);
                notification.addBindValue(eventId);
                notification.addBindValue(source);
                notification.addBindValue(orderId);
                notification.addBindValue(e == 0 ? u"order.created"_s : u"order.shipped"_s);
                notification.addBindValue(e == 0 ? u"order_confirmed"_s : u"order_shipped"_s);
                notification.addBindValue(kChannels.at(channel < 70 ? 0 : (channel < 95 ? 1 : 2)));
                notification.addBindValue(m == 0 ? email : u"owner@%1.example"_s.arg(source));
                notification.addBindValue(state);
                notification.addBindValue(state == u"sent"_s ? 1 : 3);
                notification.addBindValue(at);
                notification.addBindValue(at);
                notification.addBindValue(state == u"failed"_s ? u"The mailbox does not exist."_s : u""_s);
                if (!run(notification)) {
                    return std::nullopt;
                }
            }
        }
        if (written >= count / 2 && probes.orderNumber.isEmpty() && events > 1) {
            probes = {number, email, tracking}; // from the middle of the history
        }
    }
    if (!handle.commit()) {
        std::fprintf(stderr, "commit failed: %s\n", qPrintable(handle.lastError().text()));
        return std::nullopt;
    }
    QSqlQuery(handle).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return probes;
}

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void report(const char *what, double ms, int rows)
{
    std::printf("  %-38s %8.1f ms  (%d rows)\n", what, ms, rows);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the Monitor over a store of many events."_s);
    parser.addHelpOption();
    QCommandLineOption countOption(u"count"_s, u"How many events to store (default 1000000)."_s, u"n"_s, u"1000000"_s);
    parser.addOption(countOption);
    parser.process(app);
    const qint64 count = parser.value(countOption).toLongLong();

    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const auto probes = fill(dir.path(), count);
    if (!probes) {
        return 1;
    }
    const qint64 size = QFileInfo(Database::fileIn(dir.path())).size();
    std::printf("Filled %lld events in %.1f s (store %.0f MB)\n", count, timer.elapsed() / 1000.0,
                size / (1024.0 * 1024.0));

    timer.restart();
    auto db = Database::open(dir.path(), u"monitor"_s);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().detail));
        return 1;
    }
    MonitorQueries queries(db->handle());
    Ui::MonitorModel model(&queries);
    if (auto loaded = model.reload(); !loaded) {
        std::fprintf(stderr, "first page: %s\n", qPrintable(loaded.error().detail));
        return 1;
    }
    std::printf("Monitor over %lld events (page of %d):\n", count, model.pageSize());
    report("open store + first page", timer.nsecsElapsed() / 1e6, model.rowCount());

    timer.restart();
    while (model.rowCount() < 10'000 && model.canFetchMore()) {
        model.fetchMore();
    }
    report("scroll to row 10,000 (fetchMore)", timer.nsecsElapsed() / 1e6, model.rowCount());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto filter = [](auto change) {
        MonitorFilter f;
        change(f);
        return f;
    };
    const QString emailPrefix = probes->email.left(probes->email.indexOf(u'@') - 1);
    const std::array<std::pair<const char *, MonitorFilter>, 15> filters{{
        {"state: failed or uncertain", filter([](MonitorFilter &f) { f.state = MonitorFilter::State::Failed; })},
        {"state: sent", filter([](MonitorFilter &f) { f.state = MonitorFilter::State::Sent; })},
        {"state: waiting", filter([](MonitorFilter &f) { f.state = MonitorFilter::State::Waiting; })},
        {"state: duplicates", filter([](MonitorFilter &f) { f.state = MonitorFilter::State::Duplicates; })},
        {"source: market-stall", filter([](MonitorFilter &f) { f.sourceId = u"market-stall"_s; })},
        {"channel: ses", filter([](MonitorFilter &f) { f.channelId = u"ses"_s; })},
        {"date range: last 7 days", filter([&now](MonitorFilter &f) { f.receivedFrom = now.addDays(-7); })},
        {"date range: a week 6 months ago", filter([&now](MonitorFilter &f) {
             f.receivedFrom = now.addDays(-180);
             f.receivedTo = now.addDays(-173);
         })},
        {"order number (exact)", filter([&probes](MonitorFilter &f) { f.text = probes->orderNumber; })},
        {"order number prefix \"#1\" (a fifth)", filter([](MonitorFilter &f) { f.text = u"#1"_s; })},
        {"order number prefix, 4 digits",
         filter([&probes](MonitorFilter &f) { f.text = probes->orderNumber.left(5); })},
        {"email", filter([&probes](MonitorFilter &f) { f.text = probes->email; })},
        {"email prefix", filter([&emailPrefix](MonitorFilter &f) { f.text = emailPrefix; })},
        {"tracking number", filter([&probes](MonitorFilter &f) { f.text = probes->trackingNumber; })},
        {"text matching nothing", filter([](MonitorFilter &f) { f.text = u"zz-no-such-order"_s; })},
    }};
    std::printf("Filters (model reset onto the first page):\n");
    for (const auto &[name, f] : filters) {
        timer.restart();
        if (auto status = model.setFilter(f); !status) {
            std::fprintf(stderr, "%s: %s\n", name, qPrintable(status.error().detail));
            return 1;
        }
        report(name, timer.nsecsElapsed() / 1e6, model.rowCount());
    }
    timer.restart();
    if (auto status = model.setFilter(filter([](MonitorFilter &f) {
            f.state = MonitorFilter::State::Failed;
            f.sourceId = u"eu-store"_s;
            f.receivedFrom = QDateTime::currentDateTimeUtc().addDays(-30);
        }));
        !status) {
        return 1;
    }
    report("failed + source + last 30 days", timer.nsecsElapsed() / 1e6, model.rowCount());

    // Under a filter: the next pages, and a live event (written by another connection, as the engine does).
    MonitorFilter failed;
    failed.state = MonitorFilter::State::Failed;
    if (auto status = model.setFilter(failed); !status) {
        return 1;
    }
    timer.restart();
    while (model.rowCount() < 2'000 && model.canFetchMore()) {
        model.fetchMore();
    }
    report("failed: scroll to row 2,000", timer.nsecsElapsed() / 1e6, model.rowCount());
    qint64 liveId = 0;
    {
        auto writer = Database::open(dir.path(), u"bench-live"_s);
        if (!writer) {
            return 1;
        }
        QSqlQuery insert(writer->handle());
        insert.exec(u"INSERT INTO raw_events (source_id, topic, received_at, body, order_id, order_number)"
                    " VALUES ('corner-shop', 'orders/create', %1, x'7b7d', 'live', '#live')"_s.arg(
                        QDateTime::currentMSecsSinceEpoch()));
        liveId = insert.lastInsertId().toLongLong();
        insert.exec(u"INSERT INTO notifications (event_id, source_id, order_id, trigger, template_id, channel_id,"
                    " recipient, state, created_at, due_at) VALUES (%1, 'corner-shop', 'live', 't', 't', 'ses',"
                    " 'live@example.com', 'failed', 0, 0)"_s.arg(liveId));
    }
    const int before = model.rowCount();
    timer.restart();
    model.eventsIngested({liveId});
    report("failed: a live event inserted at the top", timer.nsecsElapsed() / 1e6, model.rowCount() - before);

    std::printf("Peak memory (VmHWM): %.1f MB\n", peakRssKb() / 1024.0);
    return 0;
}
