// Per-channel delivery settings in the dispatcher: retry limits, pausing one channel, and the fallback channel
// (ChannelDelivery, FallbackMove), against the fake SendGrid, Mailgun and Microsoft Graph servers.
#include "dispatch/dispatchworker.h"
#include "fakes/fakegraph.h"
#include "fakes/fakemailgun.h"
#include "fakes/fakesendgrid.h"
#include "store/configrepository.h"
#include "store/database.h"
#include "store/ingestwriter.h"

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
const QString kMailgunKey = u"key-mg.fake"_s;
const QString kMailgunDomain = u"mg.shop.example"_s;
const QString kGraphClientId = u"11111111-2222-3333-4444-555555555555"_s;
const QString kGraphTenant = u"contoso.onmicrosoft.com"_s;
const QString kGoodRefreshToken = u"rt-good"_s;
const QString kStaleRefreshToken = u"rt-revoked"_s; // the fake refuses it for good (invalid_grant)
constexpr qint64 kHour = 3'600'000;

OrderEvent paidOrder(const QString &id)
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.sourceType = u"shopify"_s;
    e.orderId = id;
    e.orderNumber = u"#"_s + id;
    e.customerName = u"Jane Doe"_s;
    e.customerEmail = u"jane@example.com"_s;
    e.orderStatus = OrderStatus::Paid;
    return e;
}

QJsonObject retryOptions(int maxAttempts, int maxAgeHours, int fallbackAfter = 0)
{
    QJsonObject retry;
    if (maxAttempts > 0) {
        retry.insert(u"maxAttempts"_s, maxAttempts);
    }
    if (maxAgeHours > 0) {
        retry.insert(u"maxAgeHours"_s, maxAgeHours);
    }
    if (fallbackAfter > 0) {
        retry.insert(u"fallbackAfter"_s, fallbackAfter);
    }
    return retry;
}

} // namespace

class TestChannelDelivery final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void maxAttempts_perChannel_data();
    void maxAttempts_perChannel();
    void maxAge_givesUpInTheOwnersWords_data();
    void maxAge_givesUpInTheOwnersWords();
    void pausedChannel_waits_othersSend_resumeSends();
    void pausedChannel_staysPausedAfterRestart();
    void fallback_afterRetryableFailures_sendsOnceThroughTheOther_data();
    void fallback_afterRetryableFailures_sendsOnceThroughTheOther();
    void fallback_notOnPermanentFailure();
    void fallback_notWhenUnusable_data();
    void fallback_notWhenUnusable();
    void fallback_neverFollowedTwice();
    void fallback_takesAHeldChannelsQueue();

private:
    void queueOrder(const QString &id, const QString &channelId);
    std::unique_ptr<DispatchWorker> makeWorker();
    // Wakes the worker until `attempts` attempts are recorded, moving the clock past each retry's due time.
    void runAttempts(DispatchWorker *worker, int attempts);
    QVariant value(const QString &sql);
    ChannelConfig sendgrid() const;
    ChannelConfig mailgun() const;
    ChannelConfig graph() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSendGrid> m_sendgrid;
    std::unique_ptr<FakeMailgun> m_mailgun;
    std::unique_ptr<FakeGraph> m_graph;
    std::shared_ptr<ManualClock> m_clock;
    std::optional<Database> m_db;
    QList<ChannelConfig> m_channels; // what makeWorker() configures
    ChannelSecrets m_secrets;
};

void TestChannelDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sendgrid = std::make_unique<FakeSendGrid>(kApiKey);
    QVERIFY(m_sendgrid->listen());
    m_mailgun = std::make_unique<FakeMailgun>(kMailgunDomain, kMailgunKey);
    QVERIFY(m_mailgun->listen());
    m_graph = std::make_unique<FakeGraph>(kGraphTenant, kGraphClientId, kGoodRefreshToken);
    QVERIFY(m_graph->listen());
    m_clock = std::make_shared<ManualClock>(QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));
    auto db = Database::open(m_dir->path(), u"check"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    QVERIFY(ConfigRepository(m_db->handle()).ensureBuiltInTemplates().ok());
    m_channels = {sendgrid(), mailgun()};
    m_secrets = {{u"mail"_s, {{u"apiKey"_s, kApiKey}}},
                 {u"mg"_s, {{u"apiKey"_s, kMailgunKey}}},
                 {u"graph"_s, {{u"refreshToken"_s, kStaleRefreshToken}}}};
}

void TestChannelDelivery::cleanup()
{
    m_db.reset();
    m_graph.reset();
    m_mailgun.reset();
    m_sendgrid.reset();
    m_dir.reset();
}

ChannelConfig TestChannelDelivery::sendgrid() const
{
    ChannelConfig c;
    c.id = u"mail"_s;
    c.type = u"sendgrid"_s;
    c.name = u"SendGrid"_s;
    c.baseUrl = m_sendgrid->baseUrl();
    c.fromEmail = u"orders@shop.example"_s;
    c.options.insert(u"timeoutMs"_s, 5000);
    return c;
}

ChannelConfig TestChannelDelivery::mailgun() const
{
    ChannelConfig c;
    c.id = u"mg"_s;
    c.type = u"mailgun"_s;
    c.name = u"Mailgun"_s;
    c.baseUrl = m_mailgun->baseUrl();
    c.fromEmail = u"orders@mg.shop.example"_s;
    c.options.insert(u"domain"_s, kMailgunDomain);
    return c;
}

ChannelConfig TestChannelDelivery::graph() const
{
    ChannelConfig c;
    c.id = u"graph"_s;
    c.type = u"graph"_s;
    c.name = u"Shop mailbox"_s;
    c.baseUrl = m_graph->baseUrl();
    c.options.insert(u"clientId"_s, kGraphClientId);
    c.options.insert(u"tenant"_s, kGraphTenant);
    c.options.insert(u"authorityUrl"_s, m_graph->baseUrl().toString());
    c.options.insert(u"ratePerSecond"_s, 100);
    return c;
}

void TestChannelDelivery::queueOrder(const QString &id, const QString &channelId)
{
    IngestWriter writer(m_dir->path());
    writer.setClock(m_clock);
    QVERIFY(writer.open().ok());
    writer.setRules({defaultRules(channelId).constFirst()}, {sendgrid(), mailgun(), graph()});
    IngestItem item;
    item.sourceId = u"shop"_s;
    item.topic = u"orders/create"_s;
    item.dedupKeys = {u"event:"_s + id};
    item.body = "{}";
    item.events = {paidOrder(id)};
    bool done = false;
    writer.submit(item, [&done](const IngestOutcome &outcome) { done = outcome.ok; });
    QTRY_VERIFY(done);
}

std::unique_ptr<DispatchWorker> TestChannelDelivery::makeWorker()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    auto worker = std::make_unique<DispatchWorker>(m_dir->path(), m_clock, policy);
    if (auto status = worker->open(); !status) {
        qWarning() << status.error().message;
        return nullptr;
    }
    worker->configure(m_channels, m_secrets, [] {
        Brand brand;
        brand.shopName = u"Juniper & Pine"_s;
        return brand;
    }());
    return worker;
}

void TestChannelDelivery::runAttempts(DispatchWorker *worker, int attempts)
{
    for (int n = 1; n <= attempts; ++n) {
        worker->wake();
        // At least: after a move to the fallback the next attempt follows at once, by itself.
        QTRY_VERIFY(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt() >= n);
        if (n < attempts) {
            m_clock->advance(3 * kHour); // past the longest backoff
        }
    }
}

QVariant TestChannelDelivery::value(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

void TestChannelDelivery::maxAttempts_perChannel_data()
{
    QTest::addColumn<int>("channelMaxAttempts"); // 0: none set, the dispatcher's 3 apply
    QTest::addColumn<int>("attempts");
    QTest::newRow("dispatcher's own") << 0 << 3;
    QTest::newRow("fewer for this channel") << 1 << 1;
    QTest::newRow("more for this channel") << 5 << 5;
}

void TestChannelDelivery::maxAttempts_perChannel()
{
    QFETCH(int, channelMaxAttempts);
    QFETCH(int, attempts);
    m_channels[0].options.insert(u"retry"_s, retryOptions(channelMaxAttempts, 0));
    m_sendgrid->setMode(FakeSendGrid::Mode::ServerError500);
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    QSignalSpy failed(worker.get(), &DispatchWorker::notificationFailed);
    runAttempts(worker.get(), attempts);
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"failed"_s);
    QCOMPARE(m_sendgrid->requestCount(), attempts);
    const QString reason = value(u"SELECT last_error FROM notifications"_s).toString();
    QVERIFY2(reason.contains(u"gave up after %1"_s.arg(attempts)), qPrintable(reason));
    QCOMPARE(failed.count(), 1);
    // Nothing more, however long it waits.
    m_clock->advance(24 * kHour);
    worker->wake();
    QCOMPARE(m_sendgrid->requestCount(), attempts);
}

void TestChannelDelivery::maxAge_givesUpInTheOwnersWords_data()
{
    QTest::addColumn<int>("maxAgeHours");
    QTest::addColumn<qint64>("waitBeforeSecond"); // ms after the first failure
    QTest::addColumn<QString>("stateAfterSecond");
    QTest::newRow("still young: tries again") << 24 << 2 * kHour << u"queued"_s;
    QTest::newRow("older than allowed: gives up") << 1 << 2 * kHour << u"failed"_s;
}

void TestChannelDelivery::maxAge_givesUpInTheOwnersWords()
{
    QFETCH(int, maxAgeHours);
    QFETCH(qint64, waitBeforeSecond);
    QFETCH(QString, stateAfterSecond);
    m_channels[0].options.insert(u"retry"_s, retryOptions(10, maxAgeHours));
    m_sendgrid->setMode(FakeSendGrid::Mode::Unavailable503);
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"queued"_s);
    m_clock->advance(waitBeforeSecond);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 2);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), stateAfterSecond);
    if (stateAfterSecond == u"failed") {
        const QString reason = value(u"SELECT last_error FROM notifications"_s).toString();
        QVERIFY2(reason.startsWith(u"Gave up after %1 hours without success: "_s.arg(maxAgeHours)), qPrintable(reason));
        QVERIFY2(reason.size() > 45, qPrintable(reason)); // the last error follows
    }
}

void TestChannelDelivery::pausedChannel_waits_othersSend_resumeSends()
{
    queueOrder(u"1001"_s, u"mail"_s);
    queueOrder(u"2001"_s, u"mg"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    QSignalSpy changed(worker.get(), &DispatchWorker::channelPausedChanged);
    worker->setChannelPaused(u"mg"_s, true);
    worker->setChannelPaused(u"mg"_s, true); // no change, no signal
    QCOMPARE(changed.count(), 1);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications WHERE channel_id = 'mail'"_s).toString(), u"sent"_s);
    QCOMPARE(m_mailgun->requestCount(), 0);
    QCOMPARE(value(u"SELECT state FROM notifications WHERE channel_id = 'mg'"_s).toString(), u"queued"_s);
    QCOMPARE(value(u"SELECT attempts FROM notifications WHERE channel_id = 'mg'"_s).toInt(), 0);
    QVERIFY(!worker->msUntilNextWake()); // its due work must not keep the timer turning

    // More work for both while paused: still only one channel sends.
    queueOrder(u"1002"_s, u"mail"_s);
    queueOrder(u"2002"_s, u"mg"_s);
    m_clock->advance(kHour);
    worker->wake();
    QTRY_COMPARE(m_sendgrid->requestCount(), 2);
    QCOMPARE(m_mailgun->requestCount(), 0);

    worker->setChannelPaused(u"mg"_s, false); // resuming wakes the worker by itself
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(1).toBool(), false);
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE channel_id = 'mg' AND state = 'sent'"_s).toInt(), 2);
    QCOMPARE(m_mailgun->requestCount(), 2);
    QCOMPARE(value(u"SELECT MAX(attempts) FROM notifications"_s).toInt(), 1);
}

void TestChannelDelivery::pausedChannel_staysPausedAfterRestart()
{
    // Before open() there is nothing to keep it in or to schedule: it is only remembered.
    DispatchWorker unopened(m_dir->path(), m_clock, RetryPolicy{});
    unopened.setChannelPaused(u"mg"_s, true);
    QCOMPARE(unopened.pausedChannels(), QSet<QString>{u"mg"_s});

    queueOrder(u"2001"_s, u"mg"_s);
    {
        auto worker = makeWorker();
        QVERIFY(worker);
        worker->setChannelPaused(u"mg"_s, true);
    }
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    QCOMPARE(worker->pausedChannels(), QSet<QString>{u"mg"_s});
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications WHERE channel_id = 'mail'"_s).toString(), u"sent"_s);
    QCOMPARE(m_mailgun->requestCount(), 0);
    worker->setChannelPaused(u"mg"_s, false);
    QTRY_COMPARE(value(u"SELECT state FROM notifications WHERE channel_id = 'mg'"_s).toString(), u"sent"_s);
    worker.reset();
    QVERIFY(makeWorker()->pausedChannels().isEmpty()); // resuming is remembered too
}

void TestChannelDelivery::fallback_afterRetryableFailures_sendsOnceThroughTheOther_data()
{
    QTest::addColumn<int>("fallbackAfter"); // 0: not set, 3
    QTest::addColumn<int>("failures");
    QTest::newRow("default: after 3") << 0 << 3;
    QTest::newRow("after 1") << 1 << 1;
}

void TestChannelDelivery::fallback_afterRetryableFailures_sendsOnceThroughTheOther()
{
    QFETCH(int, fallbackAfter);
    QFETCH(int, failures);
    m_channels[0].options.insert(u"fallbackChannelId"_s, u"mg"_s);
    m_channels[0].options.insert(u"retry"_s, retryOptions(10, 0, fallbackAfter));
    m_sendgrid->setMode(FakeSendGrid::Mode::ServerError500);
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    runAttempts(worker.get(), failures);
    // Moved at once: the fallback is due now, the Monitor shows it on the fallback channel.
    QTRY_COMPARE(m_mailgun->requestCount(), 1);
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(value(u"SELECT channel_id FROM notifications"_s).toString(), u"mg"_s);
    QCOMPARE(m_sendgrid->requestCount(), failures);
    QCOMPARE(value(u"SELECT attempts FROM notifications"_s).toInt(), failures + 1);
    const QString moving = value(u"SELECT message FROM delivery_attempts WHERE number = %1"_s.arg(failures)).toString();
    QVERIFY2(moving.contains(u"fallback channel \"Mailgun\" next"_s), qPrintable(moving));
    const QString sent = value(u"SELECT message FROM delivery_attempts WHERE outcome = 'accepted'"_s).toString();
    QCOMPARE(sent, u"Sent through fallback channel \"Mailgun\" after \"SendGrid\" failed %1 times."_s.arg(failures));
    QCOMPARE(value(u"SELECT COUNT(*) FROM settings WHERE key LIKE 'dispatch.fallback.%'"_s).toInt(), 0);

    // Nothing more at either, however long it waits.
    m_clock->advance(24 * kHour);
    worker->wake();
    QCOMPARE(m_sendgrid->requestCount(), failures);
    QCOMPARE(m_mailgun->requestCount(), 1);
}

void TestChannelDelivery::fallback_notOnPermanentFailure()
{
    m_channels[0].options.insert(u"fallbackChannelId"_s, u"mg"_s);
    m_sendgrid->setMode(FakeSendGrid::Mode::Reject400);
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"failed"_s);
    QCOMPARE(value(u"SELECT channel_id FROM notifications"_s).toString(), u"mail"_s);
    m_clock->advance(kHour);
    worker->wake();
    QCOMPARE(m_sendgrid->requestCount(), 1);
    QCOMPARE(m_mailgun->requestCount(), 0);
}

void TestChannelDelivery::fallback_notWhenUnusable_data()
{
    QTest::addColumn<QString>("why");
    QTest::newRow("paused") << u"paused"_s;
    QTest::newRow("switched off") << u"disabled"_s;
    QTest::newRow("missing") << u"missing"_s;
}

void TestChannelDelivery::fallback_notWhenUnusable()
{
    QFETCH(QString, why);
    m_channels[0].options.insert(u"fallbackChannelId"_s, u"mg"_s);
    if (why == u"disabled") {
        m_channels[1].enabled = false;
    } else if (why == u"missing") {
        m_channels.removeLast();
    }
    m_sendgrid->setMode(FakeSendGrid::Mode::ServerError500);
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    if (why == u"paused") {
        worker->setChannelPaused(u"mg"_s, true);
    }
    runAttempts(worker.get(), 3);
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"failed"_s);
    QCOMPARE(value(u"SELECT channel_id FROM notifications"_s).toString(), u"mail"_s);
    QCOMPARE(m_mailgun->requestCount(), 0);
}

void TestChannelDelivery::fallback_neverFollowedTwice()
{
    // Each is the other's fallback, and both fail: the notification moves once and stays.
    m_channels[0].options.insert(u"fallbackChannelId"_s, u"mg"_s);
    m_channels[0].options.insert(u"retry"_s, retryOptions(10, 0, 1));
    m_channels[1].options.insert(u"fallbackChannelId"_s, u"mail"_s);
    m_channels[1].options.insert(u"retry"_s, retryOptions(2, 0, 1));
    m_sendgrid->setMode(FakeSendGrid::Mode::ServerError500);
    m_mailgun->setMode(FakeMailgun::Mode::ServerError500);
    queueOrder(u"1001"_s, u"mail"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    runAttempts(worker.get(), 1);
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 2); // moved: due at once
    m_clock->advance(3 * kHour);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"failed"_s);
    QCOMPARE(value(u"SELECT channel_id FROM notifications"_s).toString(), u"mg"_s);
    QCOMPARE(m_sendgrid->requestCount(), 1);
    QCOMPARE(m_mailgun->requestCount(), 2); // the fallback's own two attempts, counted from the move
}

void TestChannelDelivery::fallback_takesAHeldChannelsQueue()
{
    // A channel whose sign-in is refused for good is held; with a fallback, its messages go there instead.
    ChannelConfig held = graph();
    held.options.insert(u"fallbackChannelId"_s, u"mail"_s);
    m_channels = {sendgrid(), held};
    queueOrder(u"3001"_s, u"graph"_s);
    queueOrder(u"3002"_s, u"graph"_s);
    auto worker = makeWorker();
    QVERIFY(worker);
    QSignalSpy heldSpy(worker.get(), &DispatchWorker::channelHeld);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 2);
    QCOMPARE(heldSpy.count(), 1);
    QCOMPARE(m_sendgrid->requestCount(), 2);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE channel_id = 'mail'"_s).toInt(), 2);
    QCOMPARE(value(u"SELECT MAX(attempts) FROM notifications"_s).toInt(), 1); // the held tries used up nothing
    const QString sent = value(u"SELECT message FROM delivery_attempts WHERE outcome = 'accepted'"_s).toString();
    QVERIFY2(sent.contains(u"while \"Shop mailbox\" waits to be signed in again"_s), qPrintable(sent));
}

QTEST_GUILESS_MAIN(TestChannelDelivery)
#include "tst_channeldelivery.moc"
