// Notify Now and Replay (ManualNotifications) against a store filled by the ingest writer.
#include "dispatch/manualnotifications.h"
#include "store/database.h"
#include "store/ingestwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

ChannelConfig channel(const QString &id, const QString &type)
{
    ChannelConfig c;
    c.id = id;
    c.type = type;
    return c;
}

const QStringList TemplateIds{u"order_confirmed"_s, u"shipped"_s};

ChangeSet changeSet(const QString &source, const QString &order, const QString &shipment, const QStringList &triggers)
{
    ChangeSet change;
    change.merged.sourceId = source;
    change.merged.orderId = order;
    change.merged.shipmentId = shipment;
    change.triggers = triggers;
    return change;
}

} // namespace

class TestManualNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replay_plansAgainstTheCurrentRules_data();
    void replay_plansAgainstTheCurrentRules();
    void replay_ofAnEventStoredBeforeItsChangesWereKept_usesWhatItSent();
    void notifyNow_queuesOneByHand_data();
    void notifyNow_queuesOneByHand();
    void notifyNow_twice_queuesTwo();
    void changesToJson_isTheFormReplayReads_data();
    void changesToJson_isTheFormReplayReads();

private:
    qint64 ingestPaidOrder();
    QVariant value(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IngestWriter> m_writer;
    std::optional<Database> m_db;
};

void TestManualNotifications::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_writer = std::make_unique<IngestWriter>(m_dir->path());
    QVERIFY(m_writer->open().ok());
    m_writer->setRules(defaultRules(u"mail"_s), {channel(u"mail"_s, u"sendgrid"_s)});
    auto db = Database::open(m_dir->path(), u"manual"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
}

void TestManualNotifications::cleanup()
{
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestManualNotifications::ingestPaidOrder()
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.sourceType = u"shopify"_s;
    e.orderId = u"1001"_s;
    e.orderNumber = u"#1001"_s;
    e.customerName = u"Jane Doe"_s;
    e.customerEmail = u"jane@example.com"_s;
    e.customerPhone = u"+44 20 7946 0958"_s;
    e.orderStatus = OrderStatus::Paid;
    IngestItem item;
    item.sourceId = u"shop"_s;
    item.sourceType = u"shopify"_s;
    item.topic = u"orders/create"_s;
    item.dedupKeys = {u"event:1"_s};
    item.body = "{}";
    item.events = {e};
    std::optional<IngestOutcome> result;
    m_writer->submit(item, [&result](const IngestOutcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000) || !result->ok) {
        return 0;
    }
    return result->rawEventId;
}

QVariant TestManualNotifications::value(const QString &sql) const
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

void TestManualNotifications::replay_plansAgainstTheCurrentRules_data()
{
    QTest::addColumn<QList<RuleConfig>>("rules");
    QTest::addColumn<QList<ChannelConfig>>("channels");
    QTest::addColumn<int>("planned");
    QTest::addColumn<int>("newOnes");
    QTest::addColumn<QString>("skipped");

    const QList<ChannelConfig> mail{channel(u"mail"_s, u"sendgrid"_s)};
    QList<RuleConfig> staffCopy = defaultRules(u"mail"_s);
    staffCopy.append(RuleConfig{u"staff-copy"_s, u"order.created"_s, u"order_confirmed"_s, u"mail"_s,
                                u"owner@shop.example"_s, true});
    QList<RuleConfig> onPaid = defaultRules(u"mail"_s);
    onPaid.append(RuleConfig{u"paid"_s, u"order.status:paid"_s, u"order_confirmed"_s, u"mail"_s, u"customer"_s, true});

    QTest::newRow("all already sent: nothing new") << defaultRules(u"mail"_s) << mail << 1 << 0 << QString();
    QTest::newRow("a rule added since: one new") << staffCopy << mail << 2 << 1 << QString();
    // The event's other change (paid) sent nothing then, yet it is kept: a rule for it sends now.
    QTest::newRow("a rule for another change of the event") << onPaid << mail << 2 << 1 << QString();
    QTest::newRow("a channel removed: a skip reason")
        << defaultRules(u"mail"_s) << QList<ChannelConfig>{} << 0 << 0 << u"missing or switched off"_s;
}

void TestManualNotifications::replay_plansAgainstTheCurrentRules()
{
    QFETCH(QList<RuleConfig>, rules);
    QFETCH(QList<ChannelConfig>, channels);
    QFETCH(int, planned);
    QFETCH(int, newOnes);
    QFETCH(QString, skipped);

    const qint64 eventId = ingestPaidOrder();
    QVERIFY(eventId > 0);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);
    QSqlQuery sent(m_db->handle());
    QVERIFY(sent.exec(u"UPDATE notifications SET state = 'sent'"_s));

    const auto plan = ManualNotifications::planReplay(m_db->handle(), eventId, rules, channels);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QVERIFY(plan->changesKnown);
    QCOMPARE(plan->items.size(), planned);
    QCOMPARE(plan->newCount(), newOnes);
    for (const auto &item : plan->items) {
        if (item.planned.ruleId == u"order-confirmed") {
            QCOMPARE(item.standing, ManualNotifications::Standing::AlreadySent);
        }
    }
    if (skipped.isEmpty()) {
        QVERIFY(plan->skipped.isEmpty());
    } else {
        QVERIFY2(plan->skipped.join(u' ').contains(skipped), qPrintable(plan->skipped.join(u' ')));
    }
    // The dry run wrote nothing.
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto queued = ManualNotifications::replay(m_db->handle(), eventId, rules, channels, now);
    QVERIFY(queued.ok());
    QCOMPARE(queued->notificationIds.size(), newOnes);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE event_id = %1"_s.arg(eventId)).toInt(), 1 + newOnes);

    // Confirming again (a second click, another window) sends nothing twice.
    const auto again = ManualNotifications::replay(m_db->handle(), eventId, rules, channels, now);
    QVERIFY(again.ok());
    QVERIFY(again->notificationIds.isEmpty());
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1 + newOnes);
    const auto after = ManualNotifications::planReplay(m_db->handle(), eventId, rules, channels);
    QVERIFY(after.ok());
    QCOMPARE(after->newCount(), 0);
    for (const auto &item : after->items) {
        QVERIFY(item.standing != ManualNotifications::Standing::WillBeSent);
    }
}

void TestManualNotifications::replay_ofAnEventStoredBeforeItsChangesWereKept_usesWhatItSent()
{
    const qint64 eventId = ingestPaidOrder();
    QVERIFY(eventId > 0);
    QSqlQuery old(m_db->handle());
    QVERIFY(old.exec(u"UPDATE raw_events SET changes = NULL"_s));
    QList<RuleConfig> rules = defaultRules(u"mail"_s);
    rules.append(RuleConfig{u"staff-copy"_s, u"order.created"_s, u"order_confirmed"_s, u"mail"_s,
                            u"owner@shop.example"_s, true});
    const auto plan =
        ManualNotifications::planReplay(m_db->handle(), eventId, rules, {channel(u"mail"_s, u"sendgrid"_s)});
    QVERIFY(plan.ok());
    QVERIFY(!plan->changesKnown);
    QCOMPARE(plan->items.size(), 2);
    QCOMPARE(plan->items.at(0).standing, ManualNotifications::Standing::AlreadyQueued);
    QCOMPARE(plan->newCount(), 1);
}

void TestManualNotifications::notifyNow_queuesOneByHand_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("channelId");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("error"); // empty: queued

    QTest::newRow("email") << u"shipped"_s << u"mail"_s << u" jane.doe@work.example "_s << QString();
    QTest::newRow("text message") << u"order_confirmed"_s << u"sms"_s << u"+1 415 555 0100"_s << QString();
    QTest::newRow("bad email") << u"shipped"_s << u"mail"_s << u"jane at work"_s << u"not an email address"_s;
    QTest::newRow("email to a text channel")
        << u"shipped"_s << u"sms"_s << u"jane@example.com"_s << u"not a phone number"_s;
    QTest::newRow("line break") << u"shipped"_s << u"mail"_s << u"a@b.example\nBcc: x@y.example"_s << u"line break"_s;
    QTest::newRow("unknown template") << u"gone"_s << u"mail"_s << u"jane@example.com"_s << u"does not exist"_s;
    QTest::newRow("unknown channel") << u"shipped"_s << u"fax"_s << u"jane@example.com"_s << u"missing"_s;
}

void TestManualNotifications::notifyNow_queuesOneByHand()
{
    QFETCH(QString, templateId);
    QFETCH(QString, channelId);
    QFETCH(QString, recipient);
    QFETCH(QString, error);

    const qint64 eventId = ingestPaidOrder();
    QVERIFY(eventId > 0);
    const QList<ChannelConfig> channels{channel(u"mail"_s, u"sendgrid"_s), channel(u"sms"_s, u"twilio"_s)};
    const auto queued = ManualNotifications::notifyNow(m_db->handle(), {eventId, templateId, channelId, recipient},
                                                       channels, TemplateIds, QDateTime::currentDateTimeUtc());
    if (!error.isEmpty()) {
        QVERIFY(!queued.ok());
        QVERIFY2(queued.error().message.contains(error), qPrintable(queued.error().message));
        QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);
        return;
    }
    QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().message));
    QCOMPARE(queued->notificationIds.size(), 1);
    QSqlQuery row(m_db->handle());
    QVERIFY(row.exec(u"SELECT event_id, order_id, template_id, channel_id, recipient, state, trigger, dedup_key,"
                     " context FROM notifications WHERE id = %1"_s.arg(queued->notificationIds.constFirst())));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toLongLong(), eventId);
    QCOMPARE(row.value(1).toString(), u"1001"_s);
    QCOMPARE(row.value(2).toString(), templateId);
    QCOMPARE(row.value(3).toString(), channelId);
    QCOMPARE(row.value(4).toString(), recipient.trimmed());
    QCOMPARE(row.value(5).toString(), u"queued"_s);
    QCOMPARE(row.value(6).toString(), ManualNotifications::byHandTrigger());
    QVERIFY(row.value(7).toString().startsWith(ManualNotifications::byHandTrigger()));
    const QJsonObject context = QJsonDocument::fromJson(row.value(8).toString().toUtf8()).object();
    QCOMPARE(context.value(u"order"_s).toObject().value(u"number"_s).toString(), u"#1001"_s);
    if (channelId == u"sms") {
        QCOMPARE(context.value(u"customer"_s).toObject().value(u"phone"_s).toString(), recipient);
    }
}

void TestManualNotifications::notifyNow_twice_queuesTwo()
{
    const qint64 eventId = ingestPaidOrder();
    QVERIFY(eventId > 0);
    const QList<ChannelConfig> channels{channel(u"mail"_s, u"sendgrid"_s)};
    const ManualNotifications::NotifyNowRequest request{eventId, u"shipped"_s, u"mail"_s, u"jane@example.com"_s};
    QVERIFY(
        ManualNotifications::notifyNow(m_db->handle(), request, channels, TemplateIds, QDateTime::currentDateTimeUtc())
            .ok());
    QVERIFY(
        ManualNotifications::notifyNow(m_db->handle(), request, channels, TemplateIds, QDateTime::currentDateTimeUtc())
            .ok());
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'by-hand'"_s).toInt(), 2);
    // A by-hand message is not the rules' own: a replay still finds the rule's message already there, once.
    const auto plan = ManualNotifications::planReplay(m_db->handle(), eventId, defaultRules(u"mail"_s), channels);
    QVERIFY(plan.ok());
    QCOMPARE(plan->items.size(), 1);
    QCOMPARE(plan->newCount(), 0);
}

// The stored text parses to what Qt's JSON classes wrote before it was written directly, which Replay reads.
void TestManualNotifications::changesToJson_isTheFormReplayReads_data()
{
    QTest::addColumn<QList<ChangeSet>>("changes");

    QTest::newRow("no changes") << QList<ChangeSet>{};
    QTest::newRow("a new paid order") << QList<ChangeSet>{
        changeSet(u"shop"_s, u"5820000000000"_s, QString(), {u"order.created"_s, u"order.status:paid"_s})};
    QTest::newRow("no triggers") << QList<ChangeSet>{changeSet(u"shop"_s, u"1"_s, u"f-1"_s, {})};
    QTest::newRow("quotes, backslashes, line breaks, beyond ASCII")
        << QList<ChangeSet>{changeSet(u"my \"shop\""_s, u"A\\B\n"_s, u"Zoë 🎉"_s, {u"shipment.status:delivered"_s}),
                            changeSet(u"second"_s, u"2"_s, u"\t"_s, {u"a"_s, u"b"_s, u"c"_s})};
}

void TestManualNotifications::changesToJson_isTheFormReplayReads()
{
    QFETCH(QList<ChangeSet>, changes);

    QJsonArray reference;
    for (const ChangeSet &change : changes) {
        reference.append(QJsonObject{{u"source"_s, change.merged.sourceId},
                                     {u"order"_s, change.merged.orderId},
                                     {u"shipment"_s, change.merged.shipmentId},
                                     {u"triggers"_s, QJsonArray::fromStringList(change.triggers)}});
    }
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(ManualNotifications::changesToJson(changes), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(parsed.isArray());
    QCOMPARE(parsed.array(), reference);
}

QTEST_GUILESS_MAIN(TestManualNotifications)
#include "tst_manualnotifications.moc"
