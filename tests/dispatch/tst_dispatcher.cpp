#include "dispatch/backgroundpriority.h"
#include "dispatch/dispatcher.h"
#include "dispatch/dispatchworker.h"
#include "dispatch/sentmessage.h"
#include "fakes/fakegraph.h"
#include "fakes/fakesendgrid.h"
#include "fakes/procthreads.h"
#include "fakes/queryplan.h"
#include "store/configrepository.h"
#include "store/database.h"
#include "store/ingestwriter.h"
#include "store/templaterepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kApiKey = u"SG.test-key-for-the-fake"_s;
const QString kGraphClientId = u"11111111-2222-3333-4444-555555555555"_s;
const QString kGraphTenant = u"contoso.onmicrosoft.com"_s;
const QString kGoodRefreshToken = u"rt-signed-in-again"_s;    // the one the fake accepts
const QString kStaleRefreshToken = u"rt-revoked-last-week"_s; // one it refuses (invalid_grant)

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

// A thread's nice value by its name; nothing when no such thread runs.
std::optional<int> niceOfThread(const QString &name)
{
    for (const ProcThread &thread : procThreads()) {
        if (thread.name == name && thread.fields.size() > 16) {
            return thread.fields.at(16).toInt();
        }
    }
    return std::nullopt;
}

} // namespace

class TestDispatcher final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void accepted_recordsProviderMessageId();
    void transientFailures_retryWithBackoff_data();
    void transientFailures_retryWithBackoff();
    void rateLimited_waitsForProviderReset();
    void permanentRejection_stopsAtOnceWithReason_data();
    void permanentRejection_stopsAtOnceWithReason();
    void retryableFailure_givesUpAfterMaxAttempts();
    void missingApiKey_waitsWithAClearReason();
    void inFlightAtCrash_isUncertainOrResent_data();
    void inFlightAtCrash_isUncertainOrResent();
    void facade_sendsFromItsOwnThread();
    void facade_threadGivesWayToWebhooksUnderLoad();
    void channelRate_spacesSendsAndKeepsTheRestQueued();
    void refusedSignIn_holdsTheChannel_othersSend_reconfigureReleases_data();
    void refusedSignIn_holdsTheChannel_othersSend_reconfigureReleases();
    void heldChannel_removed_isReleased();
    void facade_relaysHeldAndReleased();
    void resend_sendsACopy_originalUnchanged_data();
    void resend_sendsACopy_originalUnchanged();
    void resend_refusedWhileWaitingOrUnknown();
    void resend_checksAnEditedRecipient_data();
    void resend_checksAnEditedRecipient();
    void cancel_onlyAQueuedMessage_neverSent_thenResendable();
    void facade_resendAnswersOnItsThread();
    void publishing_neverChangesAQueuedMessage_andTheSentOneReadsBackExactly();
    void logoFromAFile_travelsInsideTheEmail_andTheSentMessageKeepsIt();
    void providerDownForAnHour_backsOffThenSendsEachOnce();
    void reconfigure_whileSending_letsTheSendFinishOnce_data();
    void reconfigure_whileSending_letsTheSendFinishOnce();
    void claim_readsTheDueIndexInItsOrder_data();
    void claim_readsTheDueIndexInItsOrder();

private:
    void queueOrder(const QString &id, const QString &channelId = u"mail"_s);
    std::unique_ptr<DispatchWorker> makeWorker(const ChannelSecrets &secrets);
    QVariant value(const QString &sql);
    ChannelConfig channel() const;
    ChannelConfig graphChannel() const;
    ChannelSecrets secretsWithGraph(const QString &refreshToken) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSendGrid> m_fake;
    std::unique_ptr<FakeGraph> m_graph; // a signed-in channel's provider
    std::shared_ptr<ManualClock> m_clock;
    std::optional<Database> m_db;
    RetryPolicy m_policy;
};

void TestDispatcher::init()
{
    // A timer or object of the dispatcher left on the wrong thread shows only as this warning (and a message that
    // never goes out): fail at once instead.
    QTest::failOnWarning(QRegularExpression(u"from another thread"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeSendGrid>(kApiKey);
    QVERIFY(m_fake->listen());
    m_graph = std::make_unique<FakeGraph>(kGraphTenant, kGraphClientId, kGoodRefreshToken);
    QVERIFY(m_graph->listen());
    m_clock = std::make_shared<ManualClock>(QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));
    auto db = Database::open(m_dir->path(), u"check"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    QVERIFY(ConfigRepository(m_db->handle()).ensureBuiltInTemplates().ok());
    m_policy = RetryPolicy{};
}

void TestDispatcher::cleanup()
{
    m_db.reset();
    m_graph.reset();
    m_fake.reset();
    m_dir.reset();
}

ChannelConfig TestDispatcher::channel() const
{
    ChannelConfig c;
    c.id = u"mail"_s;
    c.type = u"sendgrid"_s;
    c.name = u"SendGrid"_s;
    c.baseUrl = m_fake->baseUrl();
    c.fromEmail = u"orders@shop.example"_s;
    c.fromName = u"Shop"_s;
    c.options.insert(u"timeoutMs"_s, 5000);
    return c;
}

ChannelConfig TestDispatcher::graphChannel() const
{
    ChannelConfig c;
    c.id = u"graph"_s;
    c.type = u"graph"_s;
    c.name = u"Shop mailbox"_s;
    c.baseUrl = m_graph->baseUrl();
    c.options.insert(u"clientId"_s, kGraphClientId);
    c.options.insert(u"tenant"_s, kGraphTenant);
    c.options.insert(u"authorityUrl"_s, m_graph->baseUrl().toString());
    c.options.insert(u"ratePerSecond"_s, 100); // Graph's own 0.5/s would space the sends on the manual clock
    return c;
}

ChannelSecrets TestDispatcher::secretsWithGraph(const QString &refreshToken) const
{
    return {{u"mail"_s, {{u"apiKey"_s, kApiKey}}}, {u"graph"_s, {{u"refreshToken"_s, refreshToken}}}};
}

void TestDispatcher::queueOrder(const QString &id, const QString &channelId)
{
    IngestWriter writer(m_dir->path());
    writer.setClock(m_clock);
    QVERIFY(writer.open().ok());
    writer.setRules(defaultRules(channelId), {channel(), graphChannel()});
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

std::unique_ptr<DispatchWorker> TestDispatcher::makeWorker(const ChannelSecrets &secrets)
{
    auto worker = std::make_unique<DispatchWorker>(m_dir->path(), m_clock, m_policy);
    auto status = worker->open();
    if (!status) {
        qWarning() << status.error().message;
        return nullptr;
    }
    worker->configure({channel()}, secrets, [] {
        Brand brand;
        brand.shopName = u"Juniper & Pine"_s;
        return brand;
    }());
    return worker;
}

QVariant TestDispatcher::value(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

void TestDispatcher::accepted_recordsProviderMessageId()
{
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(m_fake->requestCount(), 1);
    const auto request = m_fake->request(0);
    QCOMPARE(request.json.value(u"subject"_s).toString().contains(u"#1001"_s), true);
    QCOMPARE(value(u"SELECT provider_message_id FROM notifications"_s).toString(), request.messageId);
    QCOMPARE(
        value(u"SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'accepted' AND http_status = 202"_s).toInt(), 1);
    QCOMPARE(worker->inFlight(), 0);
}

void TestDispatcher::transientFailures_retryWithBackoff_data()
{
    QTest::addColumn<FakeSendGrid::Mode>("failure");
    QTest::newRow("500") << FakeSendGrid::Mode::ServerError500;
    QTest::newRow("503") << FakeSendGrid::Mode::Unavailable503;
}

void TestDispatcher::transientFailures_retryWithBackoff()
{
    QFETCH(FakeSendGrid::Mode, failure);
    m_fake->queueModes({failure, failure});
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    worker->wake();

    // First failure: queued again, about 30 s later (the policy's first step, +/- 20 %).
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"queued"_s);
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const qint64 wait = value(u"SELECT due_at FROM notifications"_s).toLongLong() - now;
    QVERIFY2(wait >= 24'000 && wait <= 36'000, qPrintable(QString::number(wait)));

    // Nothing is due until the clock moves.
    worker->wake();
    QCOMPARE(m_fake->requestCount(), 1);
    m_clock->advance(40'000);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 2);
    const qint64 secondWait =
        value(u"SELECT due_at FROM notifications"_s).toLongLong() - m_clock->now().toMSecsSinceEpoch();
    QVERIFY2(secondWait >= 48'000 && secondWait <= 72'000, qPrintable(QString::number(secondWait)));

    m_clock->advance(80'000);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(m_fake->requestCount(), 3);
    QCOMPARE(value(u"SELECT attempts FROM notifications"_s).toInt(), 3);
    QCOMPARE(value(u"SELECT group_concat(outcome, ',') FROM (SELECT outcome FROM delivery_attempts ORDER BY id)"_s)
                 .toString(),
             u"retrying,retrying,accepted"_s);
}

void TestDispatcher::rateLimited_waitsForProviderReset()
{
    m_clock->set(QDateTime::currentDateTimeUtc()); // the fake announces its reset in real time
    m_fake->setRateLimitResetDelay(600);
    m_fake->queueModes({FakeSendGrid::Mode::RateLimit429});
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts WHERE http_status = 429"_s).toInt(), 1);
    // The fake's reset is ten minutes of real time away; the retry waits for it rather than 30 s.
    const qint64 due = value(u"SELECT due_at FROM notifications"_s).toLongLong();
    QVERIFY2(due >= m_clock->now().toMSecsSinceEpoch() + 590'000, qPrintable(QString::number(due)));
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"queued"_s);
}

void TestDispatcher::permanentRejection_stopsAtOnceWithReason_data()
{
    QTest::addColumn<FakeSendGrid::Mode>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("400") << FakeSendGrid::Mode::Reject400 << 400 << u"rejected"_s;
    QTest::newRow("401") << FakeSendGrid::Mode::Unauthorized401 << 401 << u"API key"_s;
    QTest::newRow("403") << FakeSendGrid::Mode::Forbidden403 << 403 << u"Verify the sender"_s;
}

void TestDispatcher::permanentRejection_stopsAtOnceWithReason()
{
    QFETCH(FakeSendGrid::Mode, mode);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    m_fake->setMode(mode);
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"failed"_s);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(value(u"SELECT http_status FROM delivery_attempts"_s).toInt(), status);
    const QString reason = value(u"SELECT last_error FROM notifications"_s).toString();
    QVERIFY2(reason.contains(mentions), qPrintable(reason));
    QVERIFY(!value(u"SELECT provider_answer FROM delivery_attempts"_s).toString().isEmpty());
}

void TestDispatcher::retryableFailure_givesUpAfterMaxAttempts()
{
    m_policy.maxAttempts = 2;
    m_fake->setMode(FakeSendGrid::Mode::ServerError500);
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 1);
    m_clock->advance(3'600'000);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"failed"_s);
    QCOMPARE(m_fake->requestCount(), 2);
    QVERIFY(value(u"SELECT last_error FROM notifications"_s).toString().contains(u"gave up after 2"_s));
}

void TestDispatcher::missingApiKey_waitsWithAClearReason()
{
    queueOrder(u"1001"_s);
    auto worker = makeWorker({});
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 1);
    QCOMPARE(m_fake->requestCount(), 0);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"queued"_s);
    QVERIFY(value(u"SELECT last_error FROM notifications"_s).toString().contains(u"API key"_s));
}

void TestDispatcher::inFlightAtCrash_isUncertainOrResent_data()
{
    QTest::addColumn<QString>("setting"); // settings value of resend_interrupted; empty: never set
    QTest::addColumn<bool>("resent");
    QTest::newRow("default: uncertain, the owner decides") << QString() << false;
    QTest::newRow("turned off") << u"0"_s << false;
    QTest::newRow("resend automatically") << u"1"_s << true;
}

void TestDispatcher::inFlightAtCrash_isUncertainOrResent()
{
    QFETCH(QString, setting);
    QFETCH(bool, resent);
    if (!setting.isNull()) {
        QVERIFY(ConfigRepository(m_db->handle()).setSetting(DispatchWorker::resendInterruptedSetting(), setting).ok());
    }
    queueOrder(u"1001"_s);
    // What a crash mid-send leaves behind: claimed, attempt counted, no outcome.
    QSqlQuery(m_db->handle()).exec(u"UPDATE notifications SET state = 'sending', attempts = 1"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    QCOMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'interrupted'"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), resent ? u"queued"_s : u"uncertain"_s);
    QVERIFY(!value(u"SELECT last_error FROM notifications"_s).toString().isEmpty());
    worker->wake();
    if (resent) {
        QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
        QCOMPARE(value(u"SELECT attempts FROM notifications"_s).toInt(), 2);
        QCOMPARE(m_fake->requestCount(), 1);
        return;
    }
    // Never sent again by itself, not even later.
    m_clock->advance(24 * 3600 * 1000);
    worker->wake();
    QCOMPARE(m_fake->requestCount(), 0);
    QVERIFY(!worker->msUntilNextWake().has_value());
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"uncertain"_s);

    // The owner decides: Don't Send Again on one copy, Resend on the original.
    const qint64 id = value(u"SELECT id FROM notifications"_s).toLongLong();
    const auto copy = worker->resend(id, {});
    QVERIFY(copy.ok());
    QTRY_COMPARE(m_fake->requestCount(), 1);
    QVERIFY(worker->cancel(id).ok());
    QCOMPARE(value(u"SELECT state FROM notifications WHERE id = %1"_s.arg(id)).toString(), u"cancelled"_s);
    QVERIFY2(
        value(u"SELECT last_error FROM notifications WHERE id = %1"_s.arg(id)).toString().contains(u"interrupted"_s),
        qPrintable(value(u"SELECT last_error FROM notifications WHERE id = %1"_s.arg(id)).toString()));
}

void TestDispatcher::facade_sendsFromItsOwnThread()
{
    queueOrder(u"1001"_s);
    queueOrder(u"1002"_s);
    Dispatcher dispatcher(m_dir->path(), m_clock, m_policy);
    QSignalSpy changed(&dispatcher, &Dispatcher::notificationsChanged);
    QVERIFY(dispatcher.start().ok());
    dispatcher.configure({channel()}, {{u"mail"_s, {{u"apiKey"_s, kApiKey}}}}, Brand{});
    QTRY_COMPARE(m_fake->acceptedCount(), 2);
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 2);
    QVERIFY(!changed.isEmpty());
    dispatcher.stop();
}

void TestDispatcher::facade_threadGivesWayToWebhooksUnderLoad()
{
#ifndef Q_OS_LINUX
    QSKIP("Reads thread priorities from /proc");
#else
    errno = 0;
    const int callerNice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    QCOMPARE(errno, 0);
    Dispatcher dispatcher(m_dir->path(), m_clock, m_policy);
    QVERIFY(dispatcher.start().ok());
    // Linux shows at most 15 characters of a thread's name.
    QCOMPARE(niceOfThread(u"tidings-dispatc"_s),
             std::optional<int>(std::min(19, callerNice + kBackgroundNiceIncrement)));
    QCOMPARE(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())), callerNice); // only that thread
    // It still sends, and at once when the CPU is free.
    queueOrder(u"3001"_s);
    dispatcher.configure({channel()}, {{u"mail"_s, {{u"apiKey"_s, kApiKey}}}}, Brand{});
    QTRY_COMPARE(m_fake->acceptedCount(), 1);
    dispatcher.stop();
#endif
}

void TestDispatcher::channelRate_spacesSendsAndKeepsTheRestQueued()
{
    for (int i = 0; i < 5; ++i) {
        queueOrder(u"20%1"_s.arg(i));
    }
    auto worker = std::make_unique<DispatchWorker>(m_dir->path(), m_clock, m_policy);
    QVERIFY(worker->open().ok());
    ChannelConfig limited = channel();
    limited.options.insert(u"ratePerSecond"_s, 2);
    worker->configure({limited}, {{u"mail"_s, {{u"apiKey"_s, kApiKey}}}}, Brand{});
    const auto queued = [this] {
        return value(u"SELECT COUNT(*) FROM notifications WHERE state = 'queued'"_s).toInt();
    };

    worker->wake(); // a burst of one second's worth
    QCOMPARE(queued(), 3);
    QTRY_COMPARE(m_fake->requestCount(), 2);
    m_clock->advance(499);
    worker->wake();
    QCOMPARE(queued(), 3);
    m_clock->advance(1);
    worker->wake();
    QCOMPARE(queued(), 2);
    m_clock->advance(60 * 1000); // a long pause earns no more than one second's burst
    worker->wake();
    QCOMPARE(queued(), 0);
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 5);
}

void TestDispatcher::refusedSignIn_holdsTheChannel_othersSend_reconfigureReleases_data()
{
    QTest::addColumn<int>("inFlight"); // the held channel's notifications under way when the refusal comes

    QTest::newRow("one in flight") << 1;
    QTest::newRow("three in flight, one shared refusal") << 3;
}

void TestDispatcher::refusedSignIn_holdsTheChannel_othersSend_reconfigureReleases()
{
    QFETCH(int, inFlight);
    for (int i = 0; i < inFlight; ++i) {
        queueOrder(u"30%1"_s.arg(i), u"graph"_s);
    }
    queueOrder(u"4001"_s);
    const auto graphWhere = [this](const QString &what) {
        return value(u"SELECT %1 FROM notifications WHERE channel_id = 'graph'"_s.arg(what));
    };
    const qint64 firstDue = graphWhere(u"MIN(due_at)"_s).toLongLong();
    const qint64 lastDue = graphWhere(u"MAX(due_at)"_s).toLongLong();
    auto worker = std::make_unique<DispatchWorker>(m_dir->path(), m_clock, m_policy);
    QVERIFY(worker->open().ok());
    QSignalSpy held(worker.get(), &DispatchWorker::channelHeld);
    QSignalSpy released(worker.get(), &DispatchWorker::channelReleased);
    worker->configure({channel(), graphChannel()}, secretsWithGraph(kStaleRefreshToken), Brand{});
    worker->wake();

    // The refusal holds the channel once; its notifications wait, queued, with no attempt used up.
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'held'"_s).toInt(), inFlight);
    QTRY_COMPARE(value(u"SELECT state FROM notifications WHERE channel_id = 'mail'"_s).toString(), u"sent"_s);
    QCOMPARE(held.count(), 1);
    QCOMPARE(held.first().at(0).toString(), u"graph"_s);
    const Error why = held.first().at(1).value<Error>();
    QCOMPARE(why.code, ErrorCode::Unauthorized);
    QVERIFY2(why.message.contains(u"Sign in again"_s), qPrintable(why.message));
    QVERIFY(worker->heldChannels().contains(u"graph"_s));
    QCOMPARE(graphWhere(u"COUNT(*)"_s).toInt(), inFlight);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE channel_id = 'graph' AND state = 'queued' AND "
                   "attempts = 0"_s)
                 .toInt(),
             inFlight);
    QCOMPARE(graphWhere(u"MIN(due_at)"_s).toLongLong(), firstDue);
    QCOMPARE(graphWhere(u"MAX(due_at)"_s).toLongLong(), lastDue);
    const QString reason = graphWhere(u"last_error"_s).toString();
    QVERIFY2(reason.contains(u"waits until the account is signed in again"_s), qPrintable(reason));
    QCOMPARE(m_graph->tokensIssued(), 0);
    const int tokenRequests = m_graph->requestCount();
    QCOMPARE(tokenRequests, 1); // the sends under way shared one refusal
    // Nothing else is due: the held notifications must not keep the timer turning.
    QVERIFY(!worker->msUntilNextWake());

    // New work: the other channel's is sent, the held channel's is not even claimed.
    queueOrder(u"3099"_s, u"graph"_s);
    queueOrder(u"4002"_s);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE channel_id = 'mail' AND state = 'sent'"_s).toInt(),
                 2);
    QCOMPARE(m_fake->requestCount(), 2);
    QCOMPARE(m_graph->requestCount(), tokenRequests);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE channel_id = 'graph' AND state = 'queued'"_s).toInt(),
             inFlight + 1);
    QCOMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), inFlight + 2);
    QVERIFY(!worker->msUntilNextWake());

    // The same settings again (another channel changed) keep the hold.
    worker->configure({channel(), graphChannel()}, secretsWithGraph(kStaleRefreshToken), Brand{});
    worker->wake();
    QCOMPARE(released.count(), 0);
    QCOMPARE(m_graph->requestCount(), tokenRequests);

    // Signed in again: released, and the waiting notifications are sent, each on its first counted attempt.
    worker->configure({channel(), graphChannel()}, secretsWithGraph(kGoodRefreshToken), Brand{});
    QCOMPARE(released.count(), 1);
    QCOMPARE(released.first().at(0).toString(), u"graph"_s);
    QVERIFY(worker->heldChannels().isEmpty());
    QTRY_COMPARE(m_graph->acceptedCount(), inFlight + 1); // the release wakes the worker by itself
    QTRY_COMPARE(
        value(u"SELECT COUNT(*) FROM notifications WHERE channel_id = 'graph' AND state = 'sent' AND attempts = 1"_s)
            .toInt(),
        inFlight + 1);
    QCOMPARE(m_graph->tokensIssued(), 1);
    QCOMPARE(held.count(), 1);
}

void TestDispatcher::heldChannel_removed_isReleased()
{
    queueOrder(u"3001"_s, u"graph"_s);
    auto worker = std::make_unique<DispatchWorker>(m_dir->path(), m_clock, m_policy);
    QVERIFY(worker->open().ok());
    QSignalSpy held(worker.get(), &DispatchWorker::channelHeld);
    QSignalSpy released(worker.get(), &DispatchWorker::channelReleased);
    worker->configure({channel(), graphChannel()}, secretsWithGraph(kStaleRefreshToken), Brand{});
    worker->wake();
    QTRY_COMPARE(held.count(), 1);
    worker->configure({channel()}, {{u"mail"_s, {{u"apiKey"_s, kApiKey}}}}, Brand{});
    QCOMPARE(released.count(), 1);
    QVERIFY(worker->heldChannels().isEmpty());
}

void TestDispatcher::facade_relaysHeldAndReleased()
{
    queueOrder(u"3001"_s, u"graph"_s);
    Dispatcher dispatcher(m_dir->path(), m_clock, m_policy);
    QSignalSpy held(&dispatcher, &Dispatcher::channelHeld);
    QSignalSpy released(&dispatcher, &Dispatcher::channelReleased);
    QVERIFY(dispatcher.start().ok());
    dispatcher.configure({channel(), graphChannel()}, secretsWithGraph(kStaleRefreshToken), Brand{});
    QTRY_COMPARE(held.count(), 1);
    QCOMPARE(held.first().at(0).toString(), u"graph"_s);
    QCOMPARE(held.first().at(1).value<Error>().code, ErrorCode::Unauthorized);
    dispatcher.configure({channel(), graphChannel()}, secretsWithGraph(kGoodRefreshToken), Brand{});
    QTRY_COMPARE(released.count(), 1);
    QTRY_COMPARE(m_graph->acceptedCount(), 1);
    dispatcher.stop();
}

void TestDispatcher::resend_sendsACopy_originalUnchanged_data()
{
    QTest::addColumn<QString>("typed");    // what the owner typed; empty: the same recipient
    QTest::addColumn<QString>("expected"); // who receives the copy
    QTest::addColumn<QString>("name");     // the copy's recipient name
    QTest::newRow("same recipient") << QString() << u"jane@example.com"_s << u"Jane Doe"_s;
    QTest::newRow("same, typed again with spaces") << u" jane@example.com "_s << u"jane@example.com"_s << u"Jane Doe"_s;
    QTest::newRow("edited recipient") << u"jane.doe@work.example"_s << u"jane.doe@work.example"_s << QString();
}

void TestDispatcher::resend_sendsACopy_originalUnchanged()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QFETCH(QString, name);
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    const qint64 original = value(u"SELECT id FROM notifications"_s).toLongLong();
    const QString originalMessageId = value(u"SELECT provider_message_id FROM notifications"_s).toString();

    QSignalSpy changed(worker.get(), &DispatchWorker::notificationsChanged);
    const auto resent = worker->resend(original, typed);
    QVERIFY2(resent.ok(), qPrintable(resent.ok() ? QString() : resent.error().message));
    QVERIFY(resent->notificationId != original);
    QCOMPARE(resent->recipient, expected);
    QVERIFY(!changed.isEmpty()); // the copy queued (then claimed at once: its sending is reported too)
    QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(),
             QList<qint64>{value(u"SELECT event_id FROM notifications WHERE id = %1"_s.arg(original)).toLongLong()});

    // The copy goes out by itself (resend wakes the worker), with the same content.
    QTRY_COMPARE(m_fake->requestCount(), 2);
    const auto copy = m_fake->request(1);
    QCOMPARE(copy.to().value(u"email"_s).toString(), expected);
    QCOMPARE(copy.json.value(u"subject"_s), m_fake->request(0).json.value(u"subject"_s));
    const QString row = u"SELECT %1 FROM notifications WHERE id = "_s + QString::number(resent->notificationId);
    QTRY_COMPARE(value(row.arg(u"state"_s)).toString(), u"sent"_s);
    QCOMPARE(value(row.arg(u"resend_of"_s)).toLongLong(), original);
    QVERIFY(value(row.arg(u"dedup_key"_s)).isNull()); // a person may always resend
    QCOMPARE(value(row.arg(u"recipient_name"_s)).toString(), name);
    QCOMPARE(value(row.arg(u"attempts"_s)).toInt(), 1);
    // The original is history: unchanged.
    QCOMPARE(value(u"SELECT state FROM notifications WHERE id = %1"_s.arg(original)).toString(), u"sent"_s);
    QCOMPARE(value(u"SELECT provider_message_id FROM notifications WHERE id = %1"_s.arg(original)).toString(),
             originalMessageId);
}

void TestDispatcher::resend_refusedWhileWaitingOrUnknown()
{
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    const qint64 queued = value(u"SELECT id FROM notifications"_s).toLongLong(); // not woken: still queued
    const auto waiting = worker->resend(queued, {});
    QVERIFY(!waiting.ok());
    QCOMPARE(waiting.error().code, ErrorCode::InvalidInput);
    QVERIFY2(waiting.error().message.contains(u"not gone out yet"_s), qPrintable(waiting.error().message));
    const auto unknown = worker->resend(queued + 1000, {});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);
}

void TestDispatcher::resend_checksAnEditedRecipient_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("messagePart"); // empty: accepted
    QTest::newRow("email for an email") << u"jane@example.com"_s << u"j.doe+orders@mail.example.co.uk"_s << QString();
    QTest::newRow("not an email") << u"jane@example.com"_s << u"jane at example"_s << u"not an email"_s;
    QTest::newRow("header injection") << u"jane@example.com"_s << u"jane@example.com\r\nBcc: all@example.com"_s
                                      << u"line break"_s;
    QTest::newRow("too long") << u"jane@example.com"_s << QString(u"a"_s.repeated(330) + u"@example.com"_s)
                              << u"too long"_s;
    QTest::newRow("empty") << u"jane@example.com"_s << QString() << u"Enter who"_s;
    QTest::newRow("phone for a phone") << u"+447700900123"_s << u"+44 7700 900456"_s << QString();
    QTest::newRow("email for a phone") << u"+447700900123"_s << u"jane@example.com"_s << u"phone number"_s;
    QTest::newRow("staff channel name") << u"#orders"_s << u"#dispatch"_s << QString();
}

void TestDispatcher::resend_checksAnEditedRecipient()
{
    QFETCH(QString, original);
    QFETCH(QString, typed);
    QFETCH(QString, messagePart);
    const std::optional<Error> problem = NotificationActions::checkRecipient(original, typed);
    QCOMPARE(problem.has_value(), !messagePart.isEmpty());
    if (problem) {
        QCOMPARE(problem->code, ErrorCode::InvalidInput);
        QVERIFY2(problem->message.contains(messagePart), qPrintable(problem->message));
    }
}

void TestDispatcher::cancel_onlyAQueuedMessage_neverSent_thenResendable()
{
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    const qint64 id = value(u"SELECT id FROM notifications"_s).toLongLong();
    QSignalSpy changed(worker.get(), &DispatchWorker::notificationsChanged);
    const auto cancelled = worker->cancel(id);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().message));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"cancelled"_s);
    QVERIFY(!value(u"SELECT last_error FROM notifications"_s).toString().isEmpty());
    worker->wake();
    m_clock->advance(3600 * 1000);
    worker->wake();
    QCOMPARE(m_fake->requestCount(), 0); // never sent
    QVERIFY(!worker->msUntilNextWake().has_value());

    const auto again = worker->cancel(id);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(u"cancelled"_s), qPrintable(again.error().message));

    // A cancelled message can still be sent by hand.
    const auto resent = worker->resend(id, {});
    QVERIFY(resent.ok());
    QTRY_COMPARE(m_fake->requestCount(), 1);
}

void TestDispatcher::facade_resendAnswersOnItsThread()
{
    queueOrder(u"1001"_s);
    Dispatcher dispatcher(m_dir->path(), m_clock, m_policy);
    QVERIFY(dispatcher.start().ok());
    dispatcher.configure({channel()}, {{u"mail"_s, {{u"apiKey"_s, kApiKey}}}}, Brand{});
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    const qint64 id = value(u"SELECT id FROM notifications"_s).toLongLong();

    std::optional<Result<NotificationActions::Resent>> answer;
    QThread *answeredOn = nullptr;
    dispatcher.resend(id, u"other@example.com"_s, [&](const Result<NotificationActions::Resent> &result) {
        answer = result;
        answeredOn = QThread::currentThread();
    });
    QVERIFY(!answer.has_value()); // never inside the call
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answeredOn, QThread::currentThread());
    QVERIFY(answer->ok());
    QTRY_COMPARE(m_fake->requestCount(), 2);

    std::optional<Result<NotificationActions::Cancelled>> refused;
    dispatcher.cancel(id, [&](const Result<NotificationActions::Cancelled> &result) { refused = result; });
    QTRY_VERIFY(refused.has_value());
    QVERIFY(!refused->ok()); // sent already
    dispatcher.stop();
}

// A message is pinned to the template version live when it was queued: publishing a new text afterwards changes
// only messages queued after it. The Monitor's "as sent" rendering equals what the provider received.
void TestDispatcher::publishing_neverChangesAQueuedMessage_andTheSentOneReadsBackExactly()
{
    queueOrder(u"1001"_s);
    TemplateRepository templates(m_db->handle());
    MessageTemplate edited = templates.liveDefaults()->value(u"order_confirmed"_s);
    edited.subject = u"NEW {{order.number}}"_s;
    QVERIFY(templates.saveDraft(edited, m_clock->now()).ok());
    QVERIFY(templates.publish(edited.id, {}, m_clock->now()).ok());
    queueOrder(u"1002"_s);

    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 2);
    QCOMPARE(m_fake->requestCount(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto request = m_fake->request(i);
        const QString subject = request.json.value(u"subject"_s).toString();
        const bool first = subject.contains(u"#1001"_s);
        QCOMPARE(subject.startsWith(u"NEW "_s), !first);

        const QJsonObject personalization = request.json.value(u"personalizations"_s).toArray().first().toObject();
        const qint64 id = personalization.value(u"custom_args"_s)
                              .toObject()
                              .value(u"tidings_notification_id"_s)
                              .toString()
                              .toLongLong();
        QVERIFY(id > 0);
        auto sent = messageAsSent(m_db->handle(), id, Brand{});
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        QVERIFY(sent->exactBrand); // sent with "Juniper & Pine", not the empty brand given here
        QCOMPARE(sent->message.subject, subject);
        const QJsonArray content = request.json.value(u"content"_s).toArray();
        QCOMPARE(sent->message.html, content.last().toObject().value(u"value"_s).toString());
        QCOMPARE(sent->message.text, content.first().toObject().value(u"value"_s).toString());
    }
}

void TestDispatcher::logoFromAFile_travelsInsideTheEmail_andTheSentMessageKeepsIt()
{
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    Brand brand;
    brand.shopName = u"Juniper & Pine"_s;
    brand.logoFile = *BrandLogo::fromData(png);
    QVERIFY(ConfigRepository(m_db->handle()).saveBrand(brand).ok()); // as the Engine saves it
    queueOrder(u"1001"_s);

    auto worker = std::make_unique<DispatchWorker>(m_dir->path(), m_clock, m_policy);
    QVERIFY(worker->open().ok());
    worker->configure({channel()}, {{u"mail"_s, {{u"apiKey"_s, kApiKey}}}}, brand);
    worker->wake();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 1);
    QCOMPARE(m_fake->requestCount(), 1);
    const auto request = m_fake->request(0);
    const QString html = request.json.value(u"content"_s).toArray().last()[u"value"_s].toString();
    QVERIFY2(html.contains(u"src=\"cid:logo.png\""_s), qPrintable(html));
    const QJsonObject attachment = request.attachment(0);
    QCOMPARE(attachment.value(u"content_id"_s).toString(), u"logo.png"_s);
    QCOMPARE(attachment.value(u"disposition"_s).toString(), u"inline"_s);
    QCOMPARE(attachment.value(u"type"_s).toString(), u"image/png"_s);
    QCOMPARE(QByteArray::fromBase64(attachment.value(u"content"_s).toString().toLatin1()), png);
    QCOMPARE(request.json.value(u"attachments"_s).toArray().size(), 1);

    // The shop changes its logo later: the message still shows the one it went out with.
    Brand changed = brand;
    changed.logoFile = *BrandLogo::fromData("GIF89a" + QByteArray(30, '\0'));
    QVERIFY(ConfigRepository(m_db->handle()).saveBrand(changed).ok());
    const qint64 id = value(u"SELECT id FROM notifications WHERE state = 'sent'"_s).toLongLong();
    auto sent = messageAsSent(m_db->handle(), id, changed);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QVERIFY(sent->exactBrand);
    QCOMPARE(sent->message.html, html);
    QCOMPARE(sent->logo.data, png);
}

// Fault injection: the provider answers 503 to everything for an hour of the injected clock. The dispatcher backs
// off (a handful of tries per message, spread by jitter, no storm), loses nothing and gives up on nothing within
// the policy's ten tries; once the provider is back every message goes out exactly once.
void TestDispatcher::providerDownForAnHour_backsOffThenSendsEachOnce()
{
    constexpr int orders = 20;
    m_fake->setMode(FakeSendGrid::Mode::Unavailable503);
    for (int i = 0; i < orders; ++i) {
        queueOrder(QString::number(2000 + i));
    }
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    const QString unsettled = u"SELECT COUNT(*) FROM notifications WHERE state = 'sending'"
                              " OR (state = 'queued' AND due_at <= %1)"_s;
    const auto step = [&] {
        worker->wake();
        QTRY_COMPARE_WITH_TIMEOUT(value(unsettled.arg(m_clock->now().toMSecsSinceEpoch())).toInt(), 0, 20'000);
        QTRY_COMPARE(worker->inFlight(), 0);
    };
    const QDateTime outageEnds = m_clock->now().addSecs(3600);
    while (m_clock->now() < outageEnds) {
        step();
        if (QTest::currentTestFailed()) {
            return;
        }
        m_clock->advance(60'000);
    }
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state <> 'queued'"_s).toInt(), 0);
    QCOMPARE(m_fake->acceptedCount(), 0);
    // 30 s doubling: tries at about 0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5 minutes (the next near 63): 6 to 8 each.
    const int fewest = value(u"SELECT MIN(attempts) FROM notifications"_s).toInt();
    const int most = value(u"SELECT MAX(attempts) FROM notifications"_s).toInt();
    QVERIFY2(fewest >= 6 && most <= 8, qPrintable(u"%1..%2"_s.arg(fewest).arg(most)));
    QCOMPARE(m_fake->requestCount(), value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt());
    // Jitter: the twenty do not all come back in the same minute.
    QVERIFY(value(u"SELECT COUNT(DISTINCT due_at / 60000) FROM notifications"_s).toInt() > 1);
    QVERIFY(value(u"SELECT last_error FROM notifications LIMIT 1"_s).toString().length() > 0);

    m_fake->setMode(FakeSendGrid::Mode::Accept);
    const QDateTime giveUp = m_clock->now().addSecs(2 * 3600);
    while (value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt() < orders &&
           m_clock->now() < giveUp) {
        m_clock->advance(60'000);
        step();
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), orders);
    QCOMPARE(m_fake->acceptedCount(), orders);
    QCOMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'accepted'"_s).toInt(), orders);
    QCOMPARE(
        value(u"SELECT COUNT(DISTINCT notification_id) FROM delivery_attempts WHERE outcome = 'accepted'"_s).toInt(),
        orders);
}

void TestDispatcher::reconfigure_whileSending_letsTheSendFinishOnce_data()
{
    QTest::addColumn<bool>("newAddress");
    QTest::newRow("a new brand only") << false;
    QTest::newRow("the channel moves to another server") << true;
}

// The owner saves a change while a message is on its way to the provider. Cutting that request off would
// count it as failed and send it again, although the provider may have taken it: it is answered first, once.
void TestDispatcher::reconfigure_whileSending_letsTheSendFinishOnce()
{
    QFETCH(bool, newAddress);
    FakeSendGrid moved(kApiKey);
    QVERIFY(moved.listen());
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    queueOrder(u"1001"_s);
    auto worker = makeWorker({{u"mail"_s, {{u"apiKey"_s, kApiKey}}}});
    QVERIFY(worker);
    worker->wake();
    QTRY_COMPARE(m_fake->hungCount(), 1);

    ChannelConfig changed = channel();
    if (newAddress) {
        changed.baseUrl = moved.baseUrl();
    }
    Brand brand;
    brand.shopName = u"Juniper & Pine Outdoors"_s;
    worker->configure({changed}, {{u"mail"_s, {{u"apiKey"_s, kApiKey}}}}, brand);
    QCOMPARE(worker->inFlight(), 1); // still waiting for the provider, not failed

    m_fake->releaseHung(FakeSendGrid::Mode::Accept);
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(value(u"SELECT group_concat(outcome, ',') FROM delivery_attempts"_s).toString(), u"accepted"_s);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(worker->inFlight(), 0);

    // The next message goes out with the new settings.
    m_fake->setMode(FakeSendGrid::Mode::Accept);
    queueOrder(u"1002"_s);
    worker->wake();
    FakeSendGrid &next = newAddress ? moved : *m_fake;
    QTRY_COMPARE(next.acceptedCount(), newAddress ? 1 : 2);
    QVERIFY(next.request(next.requestCount() - 1).body.contains("Pine Outdoors"));
}

void TestDispatcher::claim_readsTheDueIndexInItsOrder_data()
{
    QTest::addColumn<int>("skippedChannels");
    QTest::newRow("every channel") << 0;
    QTest::newRow("two channels wait") << 2;
}

void TestDispatcher::claim_readsTheDueIndexInItsOrder()
{
    QFETCH(int, skippedChannels);
    // Enough rows for the planner to have a real choice: a long history sent, a backlog queued.
    QSqlQuery fill(m_db->handle());
    QVERIFY2(
        fill.exec(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000)"
                  " INSERT INTO raw_events (id, source_id, received_at, body) SELECT n, 'shop', n, x'7b7d' FROM c"_s),
        qPrintable(fill.lastError().text()));
    QVERIFY2(fill.exec(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000)"
                       " INSERT INTO notifications (event_id, source_id, order_id, trigger, template_id, channel_id,"
                       " recipient, state, created_at, due_at) SELECT n, 'shop', 'o' || n, 'order.created', 't',"
                       " 'mail', 'x@example.com', CASE WHEN n % 10 = 0 THEN 'queued' ELSE 'sent' END, n, n FROM c"_s),
             qPrintable(fill.lastError().text()));
    QVERIFY(fill.exec(u"ANALYZE"_s));

    // A backlog of thousands is claimed a batch at a time: each claim must stop at its limit, not sort the
    // whole backlog (the drain would then grow with the square of the backlog).
    const QString sql = DispatchWorker::claimSql(skippedChannels);
    const auto details = Test::queryPlan(m_db->handle(), sql);
    QVERIFY2(details.ok(), qPrintable(details ? QString() : details.error().detail));
    const QString all = sql + u"\n  -> "_s + details->join(u"\n  -> "_s);
    QVERIFY2(details->size() == 1 &&
                 details->constFirst().contains(u"INDEX notifications_due (state=? AND due_at<?)"_s),
             qPrintable(all));
}

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
