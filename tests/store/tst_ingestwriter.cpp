#include "store/database.h"
#include "store/ingestwriter.h"
#include "store/languagepin.h"
#include "store/templaterepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

ChannelConfig mailChannel()
{
    ChannelConfig c;
    c.id = u"mail"_s;
    c.type = u"sendgrid"_s;
    return c;
}

OrderEvent order(const QString &id, OrderStatus status)
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.sourceType = u"shopify"_s;
    e.orderId = id;
    e.orderNumber = u"#"_s + id;
    e.customerName = u"Jane Doe"_s;
    e.customerEmail = u"jane@example.com"_s;
    e.orderStatus = status;
    e.lineItems = {LineItem{u"SKU"_s, u"Mug"_s, 1, u"9.00"_s}};
    return e;
}

OrderEvent shipment(const QString &orderId, const QString &shipmentId, ShipmentStatus status)
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.sourceType = u"shopify"_s;
    e.orderId = orderId;
    e.shipmentId = shipmentId;
    e.orderStatus = OrderStatus::Shipped;
    e.shipmentStatus = status;
    e.carrier = u"DHL"_s;
    e.trackingNumber = u"JD0001"_s;
    return e;
}

MessageTemplate confirmed(const QString &subject, const QString &language = {})
{
    return builtInVariant(u"order_confirmed"_s, subject, language);
}

IngestItem item(const QString &eventId, const QList<OrderEvent> &events, const QString &topic = u"orders/create"_s)
{
    IngestItem i;
    i.sourceId = u"shop"_s;
    i.sourceType = u"shopify"_s;
    i.topic = topic;
    i.dedupKeys = {u"event:"_s + eventId, u"delivery:d-"_s + eventId};
    i.body = QByteArrayLiteral("{\"raw\":true}");
    i.receivedAt = QDateTime::currentDateTimeUtc();
    i.events = events;
    return i;
}

} // namespace

class TestIngestWriter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newOrder_storesEventSnapshotAndNotification();
    void duplicateDelivery_isRecordedButSendsNothing_data();
    void duplicateDelivery_isRecordedButSendsNothing();
    void fulfillment_mergesOrderDataIntoShippedNotification();
    void staleShipmentStatus_notifiesNobody();
    void sameStatusTwice_notifiesOnce();
    void statusReachedAgain_isNotNotifiedTwice_andSaysWhy();
    void unhandledTopic_isRecordedWithoutNotification();
    void trackerEvent_findsShipmentByTrackingNumber_data();
    void trackerEvent_findsShipmentByTrackingNumber();
    void manyItems_committedInOneBatch();
    void itemThatCannotBeStored_isUndoneAlone_theRestOfItsBatchCommits();
    void acknowledgedItems_surviveReopen();
    void notificationIsPinnedToTheLiveVersion_data();
    void notificationIsPinnedToTheLiveVersion();

private:
    IngestOutcome ingest(IngestItem i);
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IngestWriter> m_writer;
    std::optional<Database> m_db;
};

void TestIngestWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_writer = std::make_unique<IngestWriter>(m_dir->path());
    auto status = m_writer->open();
    QVERIFY(status.ok());
    m_writer->setRules(defaultRules(u"mail"_s), {mailChannel()});
    auto db = Database::open(m_dir->path(), u"check"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
}

void TestIngestWriter::cleanup()
{
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

IngestOutcome TestIngestWriter::ingest(IngestItem i)
{
    std::optional<IngestOutcome> result;
    m_writer->submit(std::move(i), [&result](const IngestOutcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return {};
    }
    return *result;
}

int TestIngestWriter::count(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestIngestWriter::newOrder_storesEventSnapshotAndNotification()
{
    const IngestOutcome outcome = ingest(item(u"1"_s, {order(u"1001"_s, OrderStatus::Paid)}));
    QVERIFY(outcome.ok);
    QVERIFY(!outcome.duplicate);
    QCOMPARE(outcome.notificationsQueued, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 0 AND CAST(body AS TEXT) = '{\"raw\":true}'"_s),
             1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE order_id = '1001' AND status = 'paid'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE template_id = 'order_confirmed' AND state = 'queued'"
                   " AND recipient = 'jane@example.com' AND event_id = %1"_s.arg(outcome.rawEventId)),
             1);
}

void TestIngestWriter::duplicateDelivery_isRecordedButSendsNothing_data()
{
    QTest::addColumn<QStringList>("secondKeys");
    QTest::newRow("same event and delivery") << QStringList{u"event:1"_s, u"delivery:d-1"_s};
    QTest::newRow("same event, new delivery") << QStringList{u"event:1"_s, u"delivery:other"_s};
    QTest::newRow("same delivery only") << QStringList{u"delivery:d-1"_s};
}

void TestIngestWriter::duplicateDelivery_isRecordedButSendsNothing()
{
    QFETCH(QStringList, secondKeys);
    QVERIFY(ingest(item(u"1"_s, {order(u"1001"_s, OrderStatus::Paid)})).ok);
    IngestItem again = item(u"1"_s, {order(u"1001"_s, OrderStatus::Paid)});
    again.dedupKeys = secondKeys;
    const IngestOutcome outcome = ingest(again);
    QVERIFY(outcome.ok);
    QVERIFY(outcome.duplicate);
    QCOMPARE(outcome.notificationsQueued, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), 1);
}

void TestIngestWriter::fulfillment_mergesOrderDataIntoShippedNotification()
{
    QVERIFY(ingest(item(u"1"_s, {order(u"1001"_s, OrderStatus::Paid)})).ok);
    const IngestOutcome outcome =
        ingest(item(u"2"_s, {shipment(u"1001"_s, u"s1"_s, ShipmentStatus::Unknown)}, u"fulfillments/create"_s));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.notificationsQueued, 1);
    QSqlQuery query(m_db->handle());
    QVERIFY(query.exec(u"SELECT recipient, context FROM notifications WHERE template_id = 'shipped'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"jane@example.com"_s);
    const QString context = query.value(1).toString();
    QVERIFY2(context.contains(u"#1001"_s), qPrintable(context));
    QVERIFY2(context.contains(u"JD0001"_s), qPrintable(context));
    QCOMPARE(count(u"SELECT COUNT(*) FROM shipments WHERE shipment_id = 's1'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE status = 'shipped'"_s), 1);
}

void TestIngestWriter::trackerEvent_findsShipmentByTrackingNumber_data()
{
    QTest::addColumn<QString>("trackingNumber");
    QTest::addColumn<bool>("matches");
    QTest::newRow("known parcel") << u"JD0001"_s << true;
    QTest::newRow("unknown parcel") << u"1Z999AA10123456784"_s << false;
    QTest::newRow("no tracking number") << QString() << false;
}

void TestIngestWriter::trackerEvent_findsShipmentByTrackingNumber()
{
    QFETCH(QString, trackingNumber);
    QFETCH(bool, matches);
    m_writer->setRules({RuleConfig{u"delivered"_s, u"shipment.status:delivered"_s, u"shipped"_s, u"mail"_s}},
                       {mailChannel()});
    QVERIFY(ingest(item(u"1"_s, {order(u"1001"_s, OrderStatus::Paid)})).ok);
    QVERIFY(
        ingest(item(u"2"_s, {shipment(u"1001"_s, u"s1"_s, ShipmentStatus::InTransit)}, u"fulfillments/create"_s)).ok);

    // A carrier tracker (another source) knows only the parcel.
    OrderEvent tracker;
    tracker.sourceId = u"tracker"_s;
    tracker.sourceType = u"aftership"_s;
    tracker.trackingNumber = trackingNumber;
    tracker.shipmentStatus = ShipmentStatus::Delivered;
    IngestItem update = item(u"3"_s, {tracker}, u"tracking_update"_s);
    update.sourceId = u"tracker"_s;
    const IngestOutcome outcome = ingest(update);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.notificationsQueued, matches ? 1 : 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM shipments WHERE source_id = 'shop' AND shipment_id = 's1'"
                   " AND status = 'delivered' AND tracking_number = 'JD0001'"_s),
             matches ? 1 : 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM shipments"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1); // no order appears for an unknown parcel
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE source_id = 'tracker'"_s), 1);
}

void TestIngestWriter::staleShipmentStatus_notifiesNobody()
{
    m_writer->setRules(
        {RuleConfig{u"r"_s, u"shipment.status:in_transit"_s, u"shipped"_s, u"mail"_s, u"customer"_s, true}},
        {mailChannel()});
    QVERIFY(ingest(item(u"1"_s, {order(u"1001"_s, OrderStatus::Paid)})).ok);
    QVERIFY(ingest(item(u"2"_s, {shipment(u"1001"_s, u"s1"_s, ShipmentStatus::Delivered)})).ok);
    const IngestOutcome late = ingest(item(u"3"_s, {shipment(u"1001"_s, u"s1"_s, ShipmentStatus::InTransit)}));
    QVERIFY(late.ok);
    QCOMPARE(late.notificationsQueued, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM shipments WHERE status = 'delivered'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE summary LIKE '%older than the status already known%'"_s), 1);
}

void TestIngestWriter::sameStatusTwice_notifiesOnce()
{
    m_writer->setRules(
        {RuleConfig{u"r"_s, u"order.status:cancelled"_s, u"order_confirmed"_s, u"mail"_s, u"customer"_s, true}},
        {mailChannel()});
    QVERIFY(ingest(item(u"1"_s, {order(u"1001"_s, OrderStatus::Paid)})).ok);
    QCOMPARE(ingest(item(u"2"_s, {order(u"1001"_s, OrderStatus::Cancelled)})).notificationsQueued, 1);
    QCOMPARE(ingest(item(u"3"_s, {order(u"1001"_s, OrderStatus::Cancelled)})).notificationsQueued, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), 1);
}

void TestIngestWriter::statusReachedAgain_isNotNotifiedTwice_andSaysWhy()
{
    // On hold and pending may swap back and forth; the customer hears about "on hold" once.
    m_writer->setRules(
        {RuleConfig{u"r"_s, u"order.status:on_hold"_s, u"order_confirmed"_s, u"mail"_s, u"customer"_s, true}},
        {mailChannel()});
    QVERIFY(ingest(item(u"1"_s, {order(u"1001"_s, OrderStatus::Pending)})).ok);
    QCOMPARE(ingest(item(u"2"_s, {order(u"1001"_s, OrderStatus::OnHold)})).notificationsQueued, 1);
    QVERIFY(ingest(item(u"3"_s, {order(u"1001"_s, OrderStatus::Pending)})).ok);
    const IngestOutcome again = ingest(item(u"4"_s, {order(u"1001"_s, OrderStatus::OnHold)}));
    QVERIFY(again.ok);
    QCOMPARE(again.notificationsQueued, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE summary LIKE '%jane@example.com was already told%'"_s), 1);
    // The order's snapshot follows the event all the same.
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE status = 'on_hold'"_s), 1);
}

void TestIngestWriter::unhandledTopic_isRecordedWithoutNotification()
{
    const IngestOutcome outcome = ingest(item(u"9"_s, {}, u"products/update"_s));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.notificationsQueued, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'products/update'"_s), 1);
}

void TestIngestWriter::manyItems_committedInOneBatch()
{
    QSignalSpy committed(m_writer.get(), &IngestWriter::eventsIngested);
    int done = 0;
    for (int i = 0; i < 200; ++i) {
        m_writer->submit(item(QString::number(i), {order(QString::number(5000 + i), OrderStatus::Paid)}),
                         [&done](const IngestOutcome &outcome) { done += outcome.ok ? 1 : 0; });
    }
    QTRY_COMPARE(done, 200);
    QCOMPARE(committed.size(), 1); // all 200 arrived before the writer ran: one transaction
    QCOMPARE(committed.constFirst().at(0).value<QList<qint64>>().size(), 200);
    QCOMPARE(committed.constFirst().at(1).toInt(), 200);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), 200);
}

void TestIngestWriter::itemThatCannotBeStored_isUndoneAlone_theRestOfItsBatchCommits()
{
    // The store refuses the middle item's event row, after its order snapshot was written.
    QSqlQuery trigger(m_db->handle());
    QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_poison BEFORE INSERT ON raw_events WHEN NEW.topic = 'orders/poison'"
                         " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
    QSignalSpy committed(m_writer.get(), &IngestWriter::eventsIngested);
    QList<IngestOutcome> outcomes(3);
    int done = 0;
    const QList<IngestItem> items{item(u"7001"_s, {order(u"7001"_s, OrderStatus::Paid)}),
                                  item(u"7002"_s, {order(u"7002"_s, OrderStatus::Paid)}, u"orders/poison"_s),
                                  item(u"7003"_s, {order(u"7003"_s, OrderStatus::Paid)})};
    for (qsizetype i = 0; i < items.size(); ++i) {
        m_writer->submit(items.at(i), [&outcomes, &done, i](const IngestOutcome &outcome) {
            outcomes[i] = outcome;
            ++done;
        });
    }
    QTRY_COMPARE(done, 3);
    QCOMPARE(committed.size(), 1); // one transaction for the three
    QVERIFY(outcomes.at(0).ok);
    QVERIFY(!outcomes.at(1).ok);
    QVERIFY(outcomes.at(1).error.has_value());
    QVERIFY2(outcomes.at(1).error->detail.contains(u"refused by the test"_s), qPrintable(outcomes.at(1).error->detail));
    QVERIFY(outcomes.at(2).ok);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    // Nothing of the refused item stays: not its order snapshot, written before the refusal, nor its keys, so the
    // platform's retry is not taken for a duplicate.
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE order_id = '7002'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM event_keys WHERE key LIKE '%7002'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE order_id IN ('7001', '7003')"_s), 2);

    QVERIFY(trigger.exec(u"DROP TRIGGER refuse_poison"_s));
    const IngestOutcome retried = ingest(items.at(1));
    QVERIFY(retried.ok);
    QVERIFY(!retried.duplicate);
    QCOMPARE(retried.notificationsQueued, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE order_id = '7002'"_s), 1);
}

void TestIngestWriter::acknowledgedItems_surviveReopen()
{
    QVERIFY(ingest(item(u"1"_s, {order(u"1001"_s, OrderStatus::Paid)})).ok);
    m_writer.reset();
    m_db.reset();
    auto reopened = Database::open(m_dir->path(), u"reopen"_s);
    QVERIFY(reopened.ok());
    QSqlQuery query(reopened->handle());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM notifications"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// The writer pins each notification it queues to the live version of its template in the customer's language, as
// the notifications_pin_template trigger does for every other way a notification is queued (the trigger is dropped
// here: the writer's own choice is what is checked).
void TestIngestWriter::notificationIsPinnedToTheLiveVersion_data()
{
    addLanguagePinRows(u"Bestätigt"_s, u"Confirmed"_s);
}

void TestIngestWriter::notificationIsPinnedToTheLiveVersion()
{
    QFETCH(QString, customerLocale);
    QFETCH(QString, shopSays);
    QFETCH(QString, expectedSubject);

    TemplateRepository repo(m_db->handle());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    QVERIFY(repo.ensureBuiltIns({confirmed(u"Confirmed"_s), confirmed(u"Bestätigt"_s, u"de"_s)}, at).ok());
    QVERIFY(repo.setCustomerLanguage(shopSays).ok());
    QSqlQuery drop(m_db->handle());
    QVERIFY(drop.exec(u"DROP TRIGGER notifications_pin_template"_s));

    OrderEvent placed = order(u"1001"_s, OrderStatus::Paid);
    placed.customerLocale = customerLocale;
    const IngestOutcome outcome = ingest(item(u"1"_s, {placed}));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.notificationsQueued, 1);
    QSqlQuery pinned(m_db->handle());
    QVERIFY(pinned.exec(u"SELECT template_version FROM notifications"_s));
    QVERIFY(pinned.next());
    QVERIFY(!pinned.value(0).isNull());
    const auto version = repo.version(pinned.value(0).toLongLong());
    QVERIFY(version.ok());
    QCOMPARE(version->content.subject, expectedSubject);
}

QTEST_GUILESS_MAIN(TestIngestWriter)
#include "tst_ingestwriter.moc"
