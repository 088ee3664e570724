#include "dispatch/rules.h"
#include "store/database.h"
#include "store/delaywatcher.h"
#include "store/ingestwriter.h"
#include "templates/templaterenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 60LL * 60 * 1000;

ChannelConfig mailChannel()
{
    ChannelConfig c;
    c.id = u"mail"_s;
    c.type = u"sendgrid"_s;
    return c;
}

OrderEvent order()
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.sourceType = u"shopify"_s;
    e.orderId = u"1001"_s;
    e.orderNumber = u"#1001"_s;
    e.customerName = u"Jane Doe"_s;
    e.customerEmail = u"jane@example.com"_s;
    e.orderStatus = OrderStatus::Paid;
    return e;
}

OrderEvent shipment(ShipmentStatus status)
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.sourceType = u"shopify"_s;
    e.orderId = u"1001"_s;
    e.shipmentId = u"s1"_s;
    e.shipmentStatus = status;
    e.carrier = u"DHL"_s;
    e.trackingNumber = u"JD0001"_s;
    return e;
}

} // namespace

// The writer and the watcher share a manual clock and one SQLite file; both live on the test's thread.
class TestDelayWatcher final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void quietShipments_raiseOneDelayPerStretch_data();
    void quietShipments_raiseOneDelayPerStretch();
    void delayedEvent_isShownAndPlansTheDelayedEmail();
    void off_raisesNothing();
    void carrierNewsAfterTheCheck_delayIsSkipped();
    void nextCheck_comesFromTheData();
    void settings_surviveAReopen();

private:
    int startPipeline();
    void ingest(const OrderEvent &event);
    int check();
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<IngestWriter> m_writer;
    std::unique_ptr<DelayWatcher> m_watcher;
    std::optional<Database> m_db;
    int m_events = 0;
};

void TestDelayWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(startPipeline(), 0);
    auto db = Database::open(m_dir->path(), u"check"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
}

void TestDelayWatcher::cleanup()
{
    m_watcher.reset();
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

// A new writer and watcher on the same file, as after a restart; how many delays the watcher raised as it
// started (once committed), or -1.
int TestDelayWatcher::startPipeline()
{
    m_watcher.reset();
    m_writer = std::make_unique<IngestWriter>(m_dir->path());
    m_writer->setClock(m_clock);
    if (!m_writer->open().ok()) {
        return -1;
    }
    m_writer->setRules(defaultRules(u"mail"_s), {mailChannel()});
    m_watcher = std::make_unique<DelayWatcher>(m_dir->path(), m_writer.get(), m_clock);
    if (!m_watcher->open().ok()) {
        return -1;
    }
    QSignalSpy raised(m_watcher.get(), &DelayWatcher::delaysRaised);
    const auto count = m_watcher->setDetection(DelayDetection{true, 5});
    if (!count || (*count > 0 && !raised.wait(5000))) {
        return -1;
    }
    return *count;
}

void TestDelayWatcher::ingest(const OrderEvent &event)
{
    IngestItem i;
    i.sourceId = u"shop"_s;
    i.sourceType = u"shopify"_s;
    i.topic = u"fulfillments/update"_s;
    i.dedupKeys = {u"event:"_s + QString::number(++m_events)};
    i.body = QByteArrayLiteral("{}");
    i.receivedAt = m_clock->now();
    i.events = {event};
    std::optional<IngestOutcome> result;
    m_writer->submit(std::move(i), [&result](const IngestOutcome &outcome) { result = outcome; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
}

// One check, waiting until what it raised is committed; the number raised, or -1.
int TestDelayWatcher::check()
{
    QSignalSpy raised(m_watcher.get(), &DelayWatcher::delaysRaised);
    const auto count = m_watcher->check();
    if (!count) {
        return -1;
    }
    if (*count > 0 && !raised.wait(5000)) {
        return -1;
    }
    return *count;
}

int TestDelayWatcher::count(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

// Steps: "wait <hours>", "check <raised>", "update <status>" (a carrier update), "restart <raised at start>".
void TestDelayWatcher::quietShipments_raiseOneDelayPerStretch_data()
{
    QTest::addColumn<ShipmentStatus>("status");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("delays");

    QTest::newRow("label created, quiet 5 days")
        << ShipmentStatus::LabelCreated << QStringList{u"wait 121"_s, u"check 1"_s} << 1;
    QTest::newRow("in transit, quiet 5 days")
        << ShipmentStatus::InTransit << QStringList{u"wait 121"_s, u"check 1"_s} << 1;
    QTest::newRow("delivered: never") << ShipmentStatus::Delivered
                                      << QStringList{u"wait 121"_s, u"check 0"_s, u"wait 200"_s, u"check 0"_s} << 0;
    QTest::newRow("out for delivery: not watched")
        << ShipmentStatus::OutForDelivery << QStringList{u"wait 121"_s, u"check 0"_s} << 0;
    QTest::newRow("updated recently: not yet")
        << ShipmentStatus::InTransit << QStringList{u"wait 119"_s, u"check 0"_s} << 0;
    QTest::newRow("an update resets the clock")
        << ShipmentStatus::InTransit
        << QStringList{u"wait 100"_s, u"update in_transit"_s, u"wait 100"_s, u"check 0"_s, u"wait 21"_s, u"check 1"_s}
        << 1;
    QTest::newRow("already raised: not twice")
        << ShipmentStatus::InTransit
        << QStringList{u"wait 121"_s, u"check 1"_s, u"check 0"_s, u"wait 200"_s, u"check 0"_s} << 1;
    QTest::newRow("update after raise: raised again after 5 more days")
        << ShipmentStatus::LabelCreated
        << QStringList{u"wait 121"_s, u"check 1"_s, u"update in_transit"_s, u"wait 119"_s, u"check 0"_s,
                       u"wait 2"_s,   u"check 1"_s}
        << 2;
    QTest::newRow("delivered after raise: nothing more")
        << ShipmentStatus::InTransit
        << QStringList{u"wait 121"_s, u"check 1"_s, u"update delivered"_s, u"wait 300"_s, u"check 0"_s} << 1;
    QTest::newRow("restart: due is raised, nothing twice")
        << ShipmentStatus::InTransit
        << QStringList{u"wait 121"_s, u"restart 1"_s, u"check 0"_s, u"restart 0"_s, u"wait 1"_s, u"check 0"_s} << 1;
    QTest::newRow("due over 14 days ago: let be")
        << ShipmentStatus::InTransit << QStringList{u"wait 457"_s, u"check 0"_s} << 0;
}

void TestDelayWatcher::quietShipments_raiseOneDelayPerStretch()
{
    QFETCH(ShipmentStatus, status);
    QFETCH(QStringList, steps);
    QFETCH(int, delays);

    ingest(order());
    ingest(shipment(status));
    for (const QString &step : std::as_const(steps)) {
        const QString verb = step.section(u' ', 0, 0);
        const QString argument = step.section(u' ', 1);
        if (verb == u"wait") {
            m_clock->advance(argument.toLongLong() * HourMs);
        } else if (verb == u"check") {
            QCOMPARE(check(), argument.toInt());
        } else if (verb == u"update") {
            ingest(shipment(*shipmentStatusFromName(argument)));
        } else if (verb == u"restart") {
            // A new watcher checks as it starts.
            QCOMPARE(startPipeline(), argument.toInt());
        } else {
            QFAIL(qPrintable(step));
        }
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'tidings/delay-check' AND duplicate = 0"_s), delays);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.delayed'"_s), delays);
}

void TestDelayWatcher::delayedEvent_isShownAndPlansTheDelayedEmail()
{
    ingest(order());
    ingest(shipment(ShipmentStatus::InTransit));
    QSqlQuery updated(m_db->handle());
    QVERIFY(updated.exec(u"SELECT updated_at FROM shipments"_s) && updated.next());
    const qint64 lastUpdate = updated.value(0).toLongLong();
    updated.finish(); // an open read would keep this connection on the old snapshot
    m_clock->advance(6 * 24 * HourMs);
    QCOMPARE(check(), 1);

    // The Monitor's row: the shop's source, a clear topic, the order, and a body saying what was checked.
    QSqlQuery event(m_db->handle());
    QVERIFY(event.exec(u"SELECT id, source_id, order_number, customer, summary, CAST(body AS TEXT), received_at"
                       " FROM raw_events WHERE topic = 'tidings/delay-check'"_s));
    QVERIFY(event.next());
    const qint64 eventId = event.value(0).toLongLong();
    QCOMPARE(event.value(1).toString(), u"shop"_s);
    QCOMPARE(event.value(2).toString(), u"#1001"_s);
    QCOMPARE(event.value(3).toString(), u"Jane Doe"_s);
    QVERIFY2(event.value(4).toString().contains(u"delayed"_s), qPrintable(event.value(4).toString()));
    const QJsonObject body = QJsonDocument::fromJson(event.value(5).toByteArray()).object();
    QCOMPARE(body.value(u"check"_s).toString(), u"delay"_s);
    QCOMPARE(body.value(u"shipmentId"_s).toString(), u"s1"_s);
    QCOMPARE(body.value(u"status"_s).toString(), u"in_transit"_s);
    QCOMPARE(body.value(u"quietDays"_s).toInt(), 6);
    QCOMPARE(body.value(u"delayAfterDays"_s).toInt(), 5);
    QCOMPARE(event.value(6).toLongLong(), m_clock->now().toMSecsSinceEpoch());

    // The shipment's last update stays the carrier's: raising a delay is not news about the parcel.
    QCOMPARE(count(u"SELECT COUNT(*) FROM shipments WHERE updated_at = %1"_s.arg(lastUpdate)), 1);

    // The default rule: the delayed email to the customer, its dedup key naming the quiet stretch.
    QSqlQuery n(m_db->handle());
    QVERIFY(n.exec(u"SELECT event_id, trigger, template_id, channel_id, recipient, dedup_key, state, context"
                   " FROM notifications WHERE trigger = 'shipment.delayed'"_s));
    QVERIFY(n.next());
    QCOMPARE(n.value(0).toLongLong(), eventId);
    QCOMPARE(n.value(2).toString(), u"shipment_delayed"_s);
    QCOMPARE(n.value(3).toString(), u"mail"_s);
    QCOMPARE(n.value(4).toString(), u"jane@example.com"_s);
    OrderEvent key = shipment(ShipmentStatus::InTransit);
    QCOMPARE(n.value(5).toString(),
             dedupKeyFor(key, u"shipment.delayed"_s, u"mail"_s, u"jane@example.com"_s, QString::number(lastUpdate)));
    QVERIFY(n.value(5).toString() != dedupKeyFor(key, u"shipment.delayed"_s, u"mail"_s, u"jane@example.com"_s));
    QCOMPARE(n.value(6).toString(), u"queued"_s);
    // The template gets the tracking details from the stored shipment.
    const QJsonObject context = TemplateRenderer::storedContext(n.value(7).toByteArray());
    QCOMPARE(context.value(u"shipment"_s).toObject().value(u"trackingNumber"_s).toString(), u"JD0001"_s);
    QCOMPARE(context.value(u"order"_s).toObject().value(u"number"_s).toString(), u"#1001"_s);
    QVERIFY(!n.next());
}

// The check saw the shipment quiet, but the carrier's news was committed before the delay reached the writer
// (both go through the writer, the check's item queued behind the update): the writer sees the later update
// and tells nobody of a delay.
void TestDelayWatcher::carrierNewsAfterTheCheck_delayIsSkipped()
{
    ingest(order());
    ingest(shipment(ShipmentStatus::LabelCreated));
    QSqlQuery updated(m_db->handle());
    QVERIFY(updated.exec(u"SELECT updated_at FROM shipments"_s) && updated.next());
    const qint64 seenByTheCheck = updated.value(0).toLongLong();
    updated.finish();
    m_clock->advance(HourMs);
    ingest(shipment(ShipmentStatus::InTransit));

    IngestItem raised;
    raised.sourceId = u"shop"_s;
    raised.sourceType = u"shopify"_s;
    raised.topic = u"tidings/delay-check"_s;
    raised.dedupKeys = {u"delay-race"_s};
    raised.body = QByteArrayLiteral("{}");
    raised.receivedAt = m_clock->now();
    raised.events = {shipment(ShipmentStatus::LabelCreated)};
    raised.raised = IngestItem::Raised{u"shipment.delayed"_s, QString::number(seenByTheCheck)};
    std::optional<IngestOutcome> result;
    m_writer->submit(std::move(raised), [&result](const IngestOutcome &outcome) { result = outcome; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.delayed'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'tidings/delay-check'"
                   " AND summary LIKE '%carrier sent news%'"_s),
             1);
}

void TestDelayWatcher::off_raisesNothing()
{
    ingest(order());
    ingest(shipment(ShipmentStatus::InTransit));
    QCOMPARE(m_watcher->setDetection(DelayDetection{false, 5}).value(), 0);
    m_clock->advance(6 * 24 * HourMs);
    QCOMPARE(check(), 0);
    QVERIFY(!m_watcher->nextCheckAt().isValid());
    // Switched on, the same stretch is raised at once.
    QSignalSpy raised(m_watcher.get(), &DelayWatcher::delaysRaised);
    QCOMPARE(m_watcher->setDetection(DelayDetection{true, 5}).value(), 1);
    QVERIFY(raised.wait(5000));
    QCOMPARE(raised.constFirst().constFirst().toInt(), 1);
}

void TestDelayWatcher::nextCheck_comesFromTheData()
{
    const QDateTime start = m_clock->now();
    ingest(order());
    ingest(shipment(ShipmentStatus::InTransit));
    // Nothing due for days: the next check is an hour away at most.
    QCOMPARE(check(), 0);
    QCOMPARE(m_watcher->nextCheckAt(), start.addMSecs(HourMs));
    // Half an hour before the shipment is due: the next check is when it is due.
    m_clock->set(start.addDays(5).addSecs(-30 * 60));
    QCOMPARE(check(), 0);
    QCOMPARE(m_watcher->nextCheckAt(), start.addDays(5));
}

void TestDelayWatcher::settings_surviveAReopen()
{
    QCOMPARE(DelayDetection::load(m_db->handle()).value(), DelayDetection{});
    QVERIFY(!DelayDetection{}.enabled);
    QCOMPARE(DelayDetection{}.days, 5);
    QVERIFY(DelayDetection({true, 0}).save(m_db->handle()).error().message.contains(u"between 1 and 60"_s));
    QVERIFY(DelayDetection({true, 7}).save(m_db->handle()).ok());
    m_db.reset();
    auto db = Database::open(m_dir->path(), u"again"_s);
    QVERIFY(db.ok());
    QCOMPARE(DelayDetection::load(db->handle()).value(), (DelayDetection{true, 7}));
}

QTEST_GUILESS_MAIN(TestDelayWatcher)
#include "tst_delaywatcher.moc"
