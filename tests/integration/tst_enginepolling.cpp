#include "credentials/secretstore.h"
#include "fakes/fakeoauth2server.h"
#include "fakes/fakesalesforceapi.h"
#include "fakes/fakewoocommerceapi.h"
#include "pipelinefixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Key = u"ck_engine"_s;
const QString Secret = u"cs_engine"_s;
const QString ConsumerKey = u"3MVG9engineConsumerKey"_s;
const QString ConsumerSecret = u"sf-engine-secret"_s;
const QString FirstRefreshToken = u"5Aep861engineRefresh"_s;

FakeWooCommerceApi::Order wooOrder(const QString &id, const QString &status, const QDateTime &modified)
{
    FakeWooCommerceApi::Order order;
    order.id = id;
    order.number = id;
    order.status = status;
    order.modified = modified;
    order.email = u"buyer%1@example.com"_s.arg(id);
    return order;
}

} // namespace

// A poll source run by the whole engine (keychain, store, scheduler on the ingest thread, rules, outbox):
// added while running, stopped for a day, started again.
class tst_EnginePolling final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addPollSource_secretsOnlyInKeychain_firstCheckQuiet();
    void stoppedForADay_eachMissedChangeNotifiedOnce();
    void testConnection_readsWithoutStoring_data();
    void testConnection_readsWithoutStoring();
    void rotatedRefreshToken_savedAndUsedAfterRestart_data();
    void rotatedRefreshToken_savedAndUsedAfterRestart();

private:
    Status addPollSource();
    Status addSource(const SourceConfig &source, const QHash<QString, QString> &secrets);

    int notifications() const { return m_pipeline->value(u"SELECT COUNT(*) FROM notifications"_s).toInt(); }

    std::unique_ptr<PipelineFixture> m_pipeline;
    std::unique_ptr<FakeWooCommerceApi> m_woo;
};

void tst_EnginePolling::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_EnginePolling::init()
{
    m_pipeline = std::make_unique<PipelineFixture>();
    QVERIFY2(m_pipeline->setUpError().isEmpty(), qPrintable(m_pipeline->setUpError()));
    const QString error = m_pipeline->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_woo = std::make_unique<FakeWooCommerceApi>(Key, Secret);
    QVERIFY(m_woo->listen());
}

void tst_EnginePolling::cleanup()
{
    m_pipeline.reset();
    m_woo.reset();
}

Status tst_EnginePolling::addPollSource()
{
    const SourceConfig source{u"tea"_s, u"woocommerce"_s, u"Tea shop"_s, true,
                              QJsonObject{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, m_woo->baseUrl().toString()}}};
    return addSource(source, {{u"consumerKey"_s, Key}, {u"consumerSecret"_s, Secret}});
}

Status tst_EnginePolling::addSource(const SourceConfig &source, const QHash<QString, QString> &secrets)
{
    std::optional<Status> outcome;
    const Status started =
        m_pipeline->engine().addSource(source, secrets, [&outcome](const Status &status) { outcome = status; });
    if (!started) {
        return started;
    }
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000)) {
        return Error::make(ErrorCode::Timeout, u"test: the source was not saved"_s);
    }
    return *outcome;
}

void tst_EnginePolling::addPollSource_secretsOnlyInKeychain_firstCheckQuiet()
{
    const QDateTime now = m_pipeline->clock().now();
    m_woo->upsertOrder(wooOrder(u"700"_s, u"processing"_s, now.addSecs(-2 * 3600)));
    QSignalSpy finished(&m_pipeline->engine(), &Engine::pollFinished);
    const Status added = addPollSource();
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toString(), u"tea"_s);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM orders WHERE order_id = '700'"_s).toInt(), 1);
    QCOMPARE(notifications(), 0); // the first check is a backfill
    const SourceHealth health = m_pipeline->engine().sourceHealth(u"tea"_s);
    QVERIFY(health.lastPollAt.isValid());
    QCOMPARE(health.lastPollFound, 1);
    QVERIFY(health.nextPollAt > now);

    // The keys are in the keychain and nowhere in the store.
    const QString profile = m_pipeline->value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    QCOMPARE(m_pipeline->secrets().secrets().value(secretKey(profile, u"source"_s, u"tea"_s, u"consumerSecret"_s)),
             Secret);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM sources WHERE options LIKE '%cs_engine%'"_s).toInt(), 0);

    // Removing it deletes its keys and forgets its health.
    QVERIFY(m_pipeline->engine().removeSource(u"tea"_s));
    QTRY_VERIFY(
        !m_pipeline->secrets().secrets().contains(secretKey(profile, u"source"_s, u"tea"_s, u"consumerSecret"_s)));
    QVERIFY(!m_pipeline->engine().sourceHealth(u"tea"_s).lastPollAt.isValid());
}

void tst_EnginePolling::stoppedForADay_eachMissedChangeNotifiedOnce()
{
    ManualClock &clock = m_pipeline->clock();
    m_woo->upsertOrder(wooOrder(u"801"_s, u"processing"_s, clock.now().addSecs(-3600)));
    QSignalSpy finished(&m_pipeline->engine(), &Engine::pollFinished);
    QVERIFY(addPollSource());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(notifications(), 0);

    // Tidings is off for a day; meanwhile 801 ships and 802 is ordered.
    m_pipeline->stopEngine();
    clock.advance(24LL * 3600 * 1000);
    FakeWooCommerceApi::Order shipped = wooOrder(u"801"_s, u"completed"_s, clock.now().addSecs(-5 * 3600));
    shipped.trackingNumber = u"TRK801"_s;
    shipped.trackingProvider = u"DHL"_s;
    m_woo->upsertOrder(shipped);
    m_woo->upsertOrder(wooOrder(u"802"_s, u"processing"_s, clock.now().addSecs(-2 * 3600)));

    const QString error = m_pipeline->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy again(&m_pipeline->engine(), &Engine::pollFinished);
    QTRY_VERIFY(again.count() >= 1);
    QTRY_COMPARE(notifications(), 2); // 801's shipment, 802's confirmation
    QCOMPARE(
        m_pipeline->value(u"SELECT COUNT(*) FROM notifications WHERE recipient = 'buyer802@example.com'"_s).toInt(), 1);
    QCOMPARE(
        m_pipeline->value(u"SELECT COUNT(*) FROM notifications WHERE recipient = 'buyer801@example.com'"_s).toInt(), 1);

    // Checking again (the overlap reads both once more) notifies nobody twice.
    const int runs = int(again.count());
    m_pipeline->engine().pollNow(u"tea"_s);
    QTRY_VERIFY(again.count() > runs);
    QCOMPARE(again.last().at(1).toInt(), 0);
    QCOMPARE(notifications(), 2);
}

void tst_EnginePolling::testConnection_readsWithoutStoring_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("works");
    QTest::addColumn<int>("changes");

    QTest::newRow("right keys") << Secret << true << 2;
    QTest::newRow("wrong secret") << u"cs_wrong"_s << false << 0;
}

void tst_EnginePolling::testConnection_readsWithoutStoring()
{
    QFETCH(QString, secret);
    const QDateTime now = m_pipeline->clock().now();
    m_woo->upsertOrder(wooOrder(u"901"_s, u"processing"_s, now.addSecs(-3600)));
    m_woo->upsertOrder(wooOrder(u"902"_s, u"on-hold"_s, now.addSecs(-1800)));
    m_woo->upsertOrder(wooOrder(u"903"_s, u"processing"_s, now.addDays(-3))); // older than a day
    const SourceConfig source{u"tea"_s, u"woocommerce"_s, u"Tea shop"_s, true,
                              QJsonObject{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, m_woo->baseUrl().toString()}}};
    std::optional<PollTestResult> result;
    m_pipeline->engine().testPollConnection(source, {{u"consumerKey"_s, Key}, {u"consumerSecret"_s, secret}},
                                            [&result](const PollTestResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QTEST(!result->error.has_value(), "works");
    QTEST(result->changes, "changes");
    if (result->error) {
        QCOMPARE(result->error->code, ErrorCode::Unauthorized);
        QVERIFY(!result->error->message.contains(secret));
    }
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM orders WHERE order_id LIKE '90%'"_s).toInt(), 0);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM raw_events WHERE source_id = 'tea'"_s).toInt(), 0);
}

void tst_EnginePolling::rotatedRefreshToken_savedAndUsedAfterRestart_data()
{
    QTest::addColumn<bool>("keychainWorks");

    QTest::newRow("keychain saves it") << true;
    QTest::newRow("keychain refuses") << false;
}

// Salesforce with refresh token rotation: each refresh invalidates the token used. The renewed one must
// reach the keychain, or the source is dead after a restart.
void tst_EnginePolling::rotatedRefreshToken_savedAndUsedAfterRestart()
{
    QFETCH(bool, keychainWorks);
    FakeOAuth2Server login(u"/services/oauth2/token"_s, ConsumerKey, ConsumerSecret);
    FakeSalesforceApi api;
    QVERIFY(login.listen() && api.listen());
    login.setRefreshToken(FirstRefreshToken);
    login.setRotateRefreshTokens(true);
    login.setExpiresInSeconds(0);
    login.setExtra(QJsonObject{{u"instance_url"_s, api.baseUrl().toString()}});
    api.setTokens(&login);
    FakeSalesforceApi::Order order;
    order.id = u"8015e000000AbCdAAK"_s;
    order.modstamp = m_pipeline->clock().now().addSecs(-3600);
    order.email = u"buyer-sf@example.com"_s;
    api.upsertOrder(order);

    QSignalSpy finished(&m_pipeline->engine(), &Engine::pollFinished);
    QSignalSpy failed(&m_pipeline->engine(), &Engine::pollFailed);
    QSignalSpy problems(&m_pipeline->engine(), &Engine::problem);
    const SourceConfig source{
        u"crm"_s, u"salesforce"_s, u"CRM orders"_s, true,
        QJsonObject{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, login.baseUrl().toString()}, {u"clientId"_s, ConsumerKey}}};
    const Status added =
        addSource(source, {{u"refreshToken"_s, FirstRefreshToken}, {u"clientSecret"_s, ConsumerSecret}});
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    m_pipeline->secrets().setFailing(!keychainWorks); // after the source's own secrets were saved
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(login.refreshToken(), u"rt-1/a+b"_s);

    const QString profile = m_pipeline->value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    const QString key = secretKey(profile, u"source"_s, u"crm"_s, u"refreshToken"_s);
    if (!keychainWorks) {
        QTRY_COMPARE(problems.count(), 1);
        const Error problem = problems.first().at(0).value<Error>();
        QVERIFY(problem.message.contains(u"CRM orders"_s));
        QVERIFY(!problem.message.contains(login.refreshToken()) && !problem.detail.contains(login.refreshToken()));
        QCOMPARE(m_pipeline->secrets().secrets().value(key), FirstRefreshToken);
        // The running engine goes on with the renewed token all the same.
        login.revokeAll(); // the session ends: the next check refreshes again
        m_pipeline->engine().pollNow(u"crm"_s);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(login.refreshTokensRotated(), 2);
        return;
    }
    QTRY_COMPARE(m_pipeline->secrets().secrets().value(key), u"rt-1/a+b"_s);
    QCOMPARE(problems.count(), 0);

    // Restarted, Tidings reads the renewed token from the keychain (the first one is refused by now).
    m_pipeline->stopEngine();
    const QString error = m_pipeline->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy again(&m_pipeline->engine(), &Engine::pollFinished);
    QSignalSpy failedAgain(&m_pipeline->engine(), &Engine::pollFailed);
    QTRY_COMPARE(again.count() + failedAgain.count(), 1);
    QCOMPARE(failedAgain.count(), 0);
    QCOMPARE(login.refreshTokensRotated(), 2);
    QTRY_COMPARE(m_pipeline->secrets().secrets().value(key), u"rt-2"_s);
}

QTEST_GUILESS_MAIN(tst_EnginePolling)
#include "tst_enginepolling.moc"
