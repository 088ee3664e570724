// The dispatcher with quiet hours and the staff alert on a final failure, on loopback fakes and a manual clock.
#include "dispatch/dispatchworker.h"
#include "dispatch/failurealert.h"
#include "dispatch/quiethours.h"
#include "fakes/fakesendgrid.h"
#include "fakes/fakeslack.h"
#include "fakes/faketwilio.h"
#include "store/configrepository.h"
#include "store/database.h"
#include "store/ingestwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kApiKey = u"SG.test-key-for-the-fake"_s;
const QString kBotToken = u"xoxb-test"_s;
const QString kWebhookSecret = u"webhook-secret-0123456789"_s;
const QString kAccountSid = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kAuthToken = u"twilio-auth-token"_s;

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

class TestQuietDispatch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void textDuringQuietHours_isHeld_thenSentAfter_data();
    void textDuringQuietHours_isHeld_thenSentAfter();
    void emailDuringQuietHours_isSentAtOnce();
    void textsToCustomers_followTheirClock_data();
    void textsToCustomers_followTheirClock();
    void finalFailure_queuesOneStaffAlert_thatReachesSlack();
    void failedAlert_raisesNoAlert();
    void noAlertChannel_noAlert();

private:
    void queueOrder(const QString &id, const QString &channelId, const QString &customerTimeZone = {});
    std::unique_ptr<DispatchWorker> makeWorker();
    QVariant value(const QString &sql);
    ChannelConfig mail() const;
    ChannelConfig slack() const;
    ChannelConfig sms() const;
    int requestsTo(const QString &channelId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSendGrid> m_sendGrid;
    std::unique_ptr<FakeSlack> m_slack;
    std::unique_ptr<FakeTwilio> m_twilio;
    std::shared_ptr<ManualClock> m_clock;
    std::optional<Database> m_db;
};

void TestQuietDispatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sendGrid = std::make_unique<FakeSendGrid>(kApiKey);
    QVERIFY(m_sendGrid->listen());
    m_slack = std::make_unique<FakeSlack>(kBotToken, kWebhookSecret);
    QVERIFY(m_slack->listen());
    m_twilio = std::make_unique<FakeTwilio>(kAccountSid, kAuthToken);
    QVERIFY(m_twilio->listen());
    // 23:00 in Berlin (UTC+1 in January).
    m_clock = std::make_shared<ManualClock>(utc(u"2026-01-14T22:00:00Z"_s));
    auto db = Database::open(m_dir->path(), u"check"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    QVERIFY(ConfigRepository(m_db->handle()).ensureBuiltInTemplates().ok());
}

void TestQuietDispatch::cleanup()
{
    m_db.reset();
    m_twilio.reset();
    m_slack.reset();
    m_sendGrid.reset();
    m_dir.reset();
}

ChannelConfig TestQuietDispatch::mail() const
{
    ChannelConfig c;
    c.id = u"mail"_s;
    c.type = u"sendgrid"_s;
    c.name = u"SendGrid"_s;
    c.baseUrl = m_sendGrid->baseUrl();
    c.fromEmail = u"orders@shop.example"_s;
    c.fromName = u"Shop"_s;
    c.options.insert(u"timeoutMs"_s, 5000);
    return c;
}

ChannelConfig TestQuietDispatch::slack() const
{
    ChannelConfig c;
    c.id = u"slack"_s;
    c.type = u"slack-webhook"_s;
    c.name = u"Team Slack"_s;
    c.options.insert(u"timeoutMs"_s, 5000);
    c.options.insert(u"ratePerSecond"_s, 100); // the webhook's 1/s would space the sends on the manual clock
    return c;
}

ChannelConfig TestQuietDispatch::sms() const
{
    ChannelConfig c;
    c.id = u"sms"_s;
    c.type = u"twilio"_s;
    c.name = u"Twilio"_s;
    c.baseUrl = m_twilio->baseUrl();
    c.options.insert(u"accountSid"_s, kAccountSid);
    c.options.insert(u"from"_s, u"+15005550006"_s);
    c.options.insert(u"timeoutMs"_s, 5000);
    c.options.insert(u"ratePerSecond"_s, 100);
    return c;
}

int TestQuietDispatch::requestsTo(const QString &channelId) const
{
    return channelId == u"sms"_s ? m_twilio->requestCount() : m_slack->requestCount();
}

void TestQuietDispatch::queueOrder(const QString &id, const QString &channelId, const QString &customerTimeZone)
{
    IngestWriter writer(m_dir->path());
    writer.setClock(m_clock);
    QVERIFY(writer.open().ok());
    writer.setRules(defaultRules(channelId), {mail(), slack(), sms()});
    IngestItem item;
    item.sourceId = u"shop"_s;
    item.topic = u"orders/create"_s;
    item.dedupKeys = {u"event:"_s + id};
    item.body = "{}";
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.sourceType = u"shopify"_s;
    e.orderId = id;
    e.orderNumber = u"#"_s + id;
    e.customerName = u"Jane Doe"_s;
    e.customerEmail = u"jane@example.com"_s;
    e.customerPhone = u"+14155550100"_s;
    e.customerTimeZone = customerTimeZone;
    e.orderStatus = OrderStatus::Paid;
    item.events = {e};
    bool done = false;
    writer.submit(item, [&done](const IngestOutcome &outcome) { done = outcome.ok; });
    QTRY_VERIFY(done);
}

std::unique_ptr<DispatchWorker> TestQuietDispatch::makeWorker()
{
    auto worker = std::make_unique<DispatchWorker>(m_dir->path(), m_clock, RetryPolicy{});
    if (auto status = worker->open(); !status) {
        qWarning() << status.error().message;
        return nullptr;
    }
    worker->configure({mail(), slack(), sms()},
                      {{u"mail"_s, {{u"apiKey"_s, kApiKey}}},
                       {u"slack"_s, {{u"webhookUrl"_s, m_slack->webhookUrl().toString()}}},
                       {u"sms"_s, {{u"authToken"_s, kAuthToken}}}},
                      [] {
                          Brand brand;
                          brand.shopName = u"Juniper & Pine"_s;
                          return brand;
                      }());
    return worker;
}

QVariant TestQuietDispatch::value(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

void TestQuietDispatch::textDuringQuietHours_isHeld_thenSentAfter_data()
{
    QTest::addColumn<QString>("channelId");
    QTest::newRow("chat (Slack)") << u"slack"_s;
    QTest::newRow("SMS (Twilio)") << u"sms"_s;
}

void TestQuietDispatch::textDuringQuietHours_isHeld_thenSentAfter()
{
    QFETCH(QString, channelId);
    // Saved before the dispatcher opens: it reads them from the settings table.
    QVERIFY((QuietHours{true, QTime(21, 0), QTime(8, 0), u"Europe/Berlin"_s}.save(m_db->handle()).ok()));
    queueOrder(u"1001"_s, channelId);
    auto worker = makeWorker();
    QVERIFY(worker);
    worker->wake();

    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 1);
    QCOMPARE(requestsTo(channelId), 0); // nothing reached the provider
    QCOMPARE(value(u"SELECT outcome FROM delivery_attempts"_s).toString(), u"quiet_hours"_s);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"queued"_s);
    QCOMPARE(value(u"SELECT attempts FROM notifications"_s).toInt(), 0); // no try used up
    const QDateTime end = utc(u"2026-01-15T07:00:00Z"_s);                // 08:00 in Berlin
    QCOMPARE(value(u"SELECT due_at FROM notifications"_s).toLongLong(), end.toMSecsSinceEpoch());
    const QString why = value(u"SELECT message FROM delivery_attempts"_s).toString();
    QVERIFY2(why.contains(u"quiet hours"_s) && why.contains(u"Europe/Berlin"_s), qPrintable(why));
    QCOMPARE(value(u"SELECT last_error FROM notifications"_s).toString(), why);
    QVERIFY(worker->msUntilNextWake().has_value()); // it comes back by itself

    // Still quiet a minute before the end: nothing is claimed again.
    m_clock->set(end.addSecs(-60));
    worker->wake();
    QTest::qWait(0);
    QCOMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 1);

    m_clock->set(end.addSecs(1));
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(requestsTo(channelId), 1);
    QCOMPARE(value(u"SELECT attempts FROM notifications"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT group_concat(outcome, ',') FROM (SELECT outcome FROM delivery_attempts ORDER BY id)"_s)
                 .toString(),
             u"quiet_hours,accepted"_s);
}

void TestQuietDispatch::emailDuringQuietHours_isSentAtOnce()
{
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    worker->setQuietHours(QuietHours{true, QTime(21, 0), QTime(8, 0), u"Europe/Berlin"_s});
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(m_sendGrid->requestCount(), 1);
}

// A text to the customer waits for the night to end where they live (the zone of the order's address); staff chat
// follows the shop's clock. The shop is in Berlin, quiet from 21:00 to 08:00.
void TestQuietDispatch::textsToCustomers_followTheirClock_data()
{
    QTest::addColumn<QString>("channelId");
    QTest::addColumn<QString>("customerZone");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("heldUntil"); // empty: sent at once

    // 07:30 UTC: 08:30 in Berlin, 23:30 the evening before in California.
    QTest::newRow("text, California, their night")
        << u"sms"_s << u"America/Los_Angeles"_s << u"2026-01-15T07:30:00Z"_s << u"2026-01-15T16:00:00Z"_s;
    // 22:00 UTC: 23:00 in Berlin, 14:00 in California.
    QTest::newRow("text, California, their afternoon")
        << u"sms"_s << u"America/Los_Angeles"_s << u"2026-01-14T22:00:00Z"_s << QString();
    QTest::newRow("text, zone unknown: the shop's night")
        << u"sms"_s << QString() << u"2026-01-14T22:00:00Z"_s << u"2026-01-15T07:00:00Z"_s;
    QTest::newRow("staff chat: the shop's morning")
        << u"slack"_s << u"America/Los_Angeles"_s << u"2026-01-15T07:30:00Z"_s << QString();
}

void TestQuietDispatch::textsToCustomers_followTheirClock()
{
    QFETCH(QString, channelId);
    QFETCH(QString, customerZone);
    QFETCH(QString, now);
    QFETCH(QString, heldUntil);
    m_clock->set(utc(now));
    QVERIFY((QuietHours{true, QTime(21, 0), QTime(8, 0), u"Europe/Berlin"_s}.save(m_db->handle()).ok()));
    queueOrder(u"1001"_s, channelId, customerZone);
    QCOMPARE(value(u"SELECT customer_time_zone FROM orders"_s).toString(), customerZone);
    auto worker = makeWorker();
    QVERIFY(worker);
    worker->wake();

    if (heldUntil.isEmpty()) {
        QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
        QCOMPARE(requestsTo(channelId), 1);
        return;
    }
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 1);
    QCOMPARE(requestsTo(channelId), 0);
    QCOMPARE(value(u"SELECT due_at FROM notifications"_s).toLongLong(), utc(heldUntil).toMSecsSinceEpoch());
    const QString why = value(u"SELECT message FROM delivery_attempts"_s).toString();
    const QString zone = customerZone.isEmpty() ? u"Europe/Berlin"_s : customerZone;
    QVERIFY2(why.contains(zone), qPrintable(why));
}

void TestQuietDispatch::finalFailure_queuesOneStaffAlert_thatReachesSlack()
{
    m_clock->set(utc(u"2026-01-14T12:00:00Z"_s)); // daytime: nothing waits for quiet hours
    QVERIFY(FailureAlert::setChannel(m_db->handle(), u"slack"_s).ok());
    m_sendGrid->setMode(FakeSendGrid::Mode::Reject400);
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    QSignalSpy failed(worker.get(), &DispatchWorker::notificationFailed);
    worker->wake();

    QTRY_COMPARE(m_slack->acceptedCount(), 1);
    QCOMPARE(failed.size(), 1);
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT state FROM notifications WHERE channel_id = 'mail'"_s).toString(), u"failed"_s);
    const QString reason = value(u"SELECT last_error FROM notifications WHERE channel_id = 'mail'"_s).toString();
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE trigger = '%1'"_s.arg(FailureAlert::trigger())).toInt(),
             1);
    // Under the same event as the failed one, so the Monitor shows them together.
    QCOMPARE(value(u"SELECT COUNT(DISTINCT event_id) FROM notifications"_s).toInt(), 1);

    const QJsonObject posted = m_slack->request(0).json;
    const QString text = QString::fromUtf8(QJsonDocument(posted).toJson());
    const QString expected = FailureAlert::text(u"Order confirmed"_s, u"jane@example.com"_s, u"#1001"_s, reason);
    QVERIFY2(posted.value(u"text"_s).toString().contains(u"Tidings could not send \"Order confirmed\" to "
                                                         "jane@example.com for order #1001"_s),
             qPrintable(text));
    // The sentence is the message's body, not only its notification preview.
    const QJsonArray blocks = posted.value(u"blocks"_s).toArray();
    QVERIFY2(text.contains(u"could not send"_s) && blocks.size() >= 2, qPrintable(text));
    QVERIFY2(posted.value(u"text"_s).toString().startsWith(expected.left(40)), qPrintable(text));

    // Written again (a resend that fails the same way is a new notification; this one is done): one alert.
    worker->wake();
    QTest::qWait(0);
    QCOMPARE(m_slack->requestCount(), 1);
    QCOMPARE(FailureAlert::queue(m_db->handle(),
                                 value(u"SELECT id FROM notifications WHERE channel_id = 'mail'"_s).toLongLong(),
                                 reason, m_clock->now())
                 .value(),
             false); // its dedup key is taken
}

void TestQuietDispatch::failedAlert_raisesNoAlert()
{
    m_clock->set(utc(u"2026-01-14T12:00:00Z"_s));
    QVERIFY(FailureAlert::setChannel(m_db->handle(), u"slack"_s).ok());
    m_sendGrid->setMode(FakeSendGrid::Mode::Reject400);
    m_slack->setMode(FakeSlack::Mode::ChannelNotFound); // the alert fails for good too
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'failed'"_s).toInt(), 2);
    QTest::qWait(0);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 2);
    QCOMPARE(m_slack->requestCount(), 1);
}

void TestQuietDispatch::noAlertChannel_noAlert()
{
    m_clock->set(utc(u"2026-01-14T12:00:00Z"_s));
    m_sendGrid->setMode(FakeSendGrid::Mode::Reject400);
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"failed"_s);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);
    QCOMPARE(m_slack->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestQuietDispatch)
#include "tst_quietdispatch.moc"
