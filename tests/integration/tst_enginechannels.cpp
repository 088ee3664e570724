#include "credentials/secretstore.h"
#include "fakes/fakegraph.h"
#include "fakes/fakesendgrid.h"
#include "fakes/sendrecorder.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "pipelinefixture.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

const QString BackupKey = u"SG.backup-channel-key"_s;

ChannelConfig sendGrid(const QString &id, const QUrl &baseUrl, const QString &name = u"Backup mail"_s)
{
    ChannelConfig channel;
    channel.id = id;
    channel.type = u"sendgrid"_s;
    channel.name = name;
    channel.baseUrl = baseUrl;
    channel.fromEmail = u"orders@juniper-pine.example"_s;
    channel.options.insert(u"timeoutMs"_s, 5000);
    return channel;
}

} // namespace

// Channels added, changed and removed while the engine runs, and the test message, over HTTP to fakes.
class tst_EngineChannels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addChannel_badInput_refusedAtOnce_nothingSaved_data();
    void addChannel_badInput_refusedAtOnce_nothingSaved();
    void addChannel_savesEverywhere_andTheTestMessageUsesTheSavedKey();
    void updateChannel_emptySecret_keepsTheKey_newAddressServesQueuedMail();
    void removeChannel_usedByRules_refused_unusedRemovedWithItsKey();
    void sendTestMessage_beforeSaving_wrongKeyIsExplained();
    void rotatedRefreshToken_isSavedInTheKeychain_andUsedAfterARestart();
    void refusedSignIn_needsSignIn_messagesWait_newRefreshTokenRestores();
    void refusedSignIn_channelRemoved_isRestored();
    void pauseAllSending_holdsEveryMessage_acrossARestart_resumeSendsThem();
    void channelDelivery_badSettings_refusedAtOnce_data();
    void channelDelivery_badSettings_refusedAtOnce();
    void removeChannel_thatIsAFallback_refused();
    void pauseOneChannel_acrossARestart_resumeSendsThem();
    void firstEmailChannel_getsTheDefaultRules_laterOnesDoNot();

private:
    Status wait(const std::function<Status(Engine::SourceDone)> &start);
    SendOutcome testMessage(const ChannelConfig &channel, const QHash<QString, QString> &secrets);
    QString key(const QString &channelId) const;

    std::unique_ptr<PipelineFixture> m_pipeline;
    std::unique_ptr<FakeSendGrid> m_backup;
};

void tst_EngineChannels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_EngineChannels::init()
{
    // A timer or object of the dispatcher left on the wrong thread shows only as this warning (and a message that
    // never goes out): fail at once instead.
    QTest::failOnWarning(QRegularExpression(u"from another thread"_s));
    m_pipeline = std::make_unique<PipelineFixture>();
    QVERIFY2(m_pipeline->setUpError().isEmpty(), qPrintable(m_pipeline->setUpError()));
    QVERIFY(m_pipeline->startEngine().isEmpty());
    m_backup = std::make_unique<FakeSendGrid>(BackupKey);
    QVERIFY(m_backup->listen());
}

void tst_EngineChannels::cleanup()
{
    m_pipeline.reset();
    m_backup.reset();
}

Status tst_EngineChannels::wait(const std::function<Status(Engine::SourceDone)> &start)
{
    std::optional<Status> outcome;
    const Status started = start([&outcome](const Status &status) { outcome = status; });
    if (!started) {
        return started;
    }
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000)) {
        return Error::make(ErrorCode::Timeout, u"the engine did not finish in time"_s);
    }
    return *outcome;
}

SendOutcome tst_EngineChannels::testMessage(const ChannelConfig &channel, const QHash<QString, QString> &secrets)
{
    std::optional<SendOutcome> result;
    m_pipeline->engine().sendTestMessage(channel, secrets, u"owner@juniper-pine.example"_s,
                                         [&result](const SendOutcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
        SendOutcome none;
        none.error = Error::make(ErrorCode::Timeout, u"no answer"_s);
        return none;
    }
    return *result;
}

QString tst_EngineChannels::key(const QString &channelId) const
{
    const QString profile = m_pipeline->value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    return secretKey(profile, u"channel"_s, channelId, u"apiKey"_s);
}

void tst_EngineChannels::addChannel_badInput_refusedAtOnce_nothingSaved_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown provider") << u"pigeon"_s << u"carrier-pigeon"_s << u"Pigeon"_s << BackupKey
                                      << u"cannot send through"_s;
    QTest::newRow("bad id") << u"Backup Mail!"_s << u"sendgrid"_s << u"Backup"_s << BackupKey << u"cannot be used"_s;
    QTest::newRow("no name") << u"backup"_s << u"sendgrid"_s << u" "_s << BackupKey << u"name"_s;
    QTest::newRow("no key") << u"backup"_s << u"sendgrid"_s << u"Backup"_s << QString() << u"Enter the API key"_s;
    QTest::newRow("id taken") << u"sendgrid"_s << u"sendgrid"_s << u"Again"_s << BackupKey << u"already exists"_s;
}

void tst_EngineChannels::addChannel_badInput_refusedAtOnce_nothingSaved()
{
    QFETCH(QString, id);
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QString, apiKey);
    QFETCH(QString, words);
    ChannelConfig channel = sendGrid(id, m_backup->baseUrl(), name);
    channel.type = type;
    const Status status = m_pipeline->engine().addChannel(channel, {{u"apiKey"_s, apiKey}});
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(words), qPrintable(status.error().message));
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM channels"_s).toInt(), 1);
    QCOMPARE(m_pipeline->engine().config().channels.size(), 1);
}

void tst_EngineChannels::addChannel_savesEverywhere_andTheTestMessageUsesTheSavedKey()
{
    QSignalSpy changed(&m_pipeline->engine(), &Engine::channelsChanged);
    const ChannelConfig channel = sendGrid(u"backup"_s, m_backup->baseUrl());
    const Status status = wait([&](Engine::SourceDone done) {
        return m_pipeline->engine().addChannel(channel, {{u"apiKey"_s, BackupKey}}, done);
    });
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_pipeline->value(u"SELECT name FROM channels WHERE id = 'backup'"_s).toString(), u"Backup mail"_s);
    QCOMPARE(m_pipeline->secrets().secrets().value(key(u"backup"_s)), BackupKey);
    QVERIFY(!m_pipeline->value(u"SELECT options FROM channels WHERE id = 'backup'"_s).toString().contains(BackupKey));

    const SendOutcome outcome = testMessage(channel, {}); // the key comes from what was saved
    QVERIFY2(outcome.accepted, qPrintable(errorText(outcome)));
    QCOMPARE(m_backup->requestCount(), 1);
    QCOMPARE(m_pipeline->fake().requestCount(), 0);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 0); // a test stores nothing
}

void tst_EngineChannels::updateChannel_emptySecret_keepsTheKey_newAddressServesQueuedMail()
{
    // The fixture's channel moves to another server that takes the same key.
    FakeSendGrid moved(PipelineFixture::ApiKey);
    QVERIFY(moved.listen());
    ChannelConfig channel = m_pipeline->engine().config().channels.first();
    channel.baseUrl = moved.baseUrl();
    const Status status =
        wait([&](Engine::SourceDone done) { return m_pipeline->engine().updateChannel(channel, {}, done); });
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(m_pipeline->value(u"SELECT base_url FROM channels WHERE id = 'sendgrid'"_s).toString(),
             moved.baseUrl().toString());

    WebhookClient client;
    const auto answer = client.postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s),
                                           "orders/create", PipelineFixture::SigningSecret, "wh-1", "ev-1");
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(moved.requestCount(), 1, 10000); // the running dispatcher uses the new address
    QCOMPARE(m_pipeline->fake().requestCount(), 0);
}

void tst_EngineChannels::removeChannel_usedByRules_refused_unusedRemovedWithItsKey()
{
    const Status used = m_pipeline->engine().removeChannel(u"sendgrid"_s);
    QVERIFY(!used);
    QVERIFY2(used.error().message.contains(u"rule"_s), qPrintable(used.error().message));
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM channels"_s).toInt(), 1);

    const ChannelConfig channel = sendGrid(u"backup"_s, m_backup->baseUrl());
    QVERIFY(wait([&](Engine::SourceDone done) {
                return m_pipeline->engine().addChannel(channel, {{u"apiKey"_s, BackupKey}}, done);
            }).ok());
    QVERIFY(wait([&](Engine::SourceDone done) { return m_pipeline->engine().removeChannel(u"backup"_s, done); }).ok());
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM channels WHERE id = 'backup'"_s).toInt(), 0);
    QVERIFY(!m_pipeline->secrets().secrets().contains(key(u"backup"_s)));
    QCOMPARE(m_pipeline->engine().config().channels.size(), 1);
}

void tst_EngineChannels::sendTestMessage_beforeSaving_wrongKeyIsExplained()
{
    const ChannelConfig channel = sendGrid(u"trial"_s, m_backup->baseUrl());
    const SendOutcome refused = testMessage(channel, {{u"apiKey"_s, u"SG.typo"_s}});
    QVERIFY(!refused.accepted);
    QVERIFY(refused.error);
    QVERIFY2(refused.error->message.contains(u"refused the API key"_s), qPrintable(errorText(refused)));
    QVERIFY(!refused.error->message.contains(u"SG.typo"_s));
    const SendOutcome accepted = testMessage(channel, {{u"apiKey"_s, BackupKey}});
    QVERIFY(accepted.accepted);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM channels"_s).toInt(), 1); // nothing saved
    QVERIFY(!m_pipeline->secrets().secrets().contains(key(u"trial"_s)));
}

void tst_EngineChannels::rotatedRefreshToken_isSavedInTheKeychain_andUsedAfterARestart()
{
    // Microsoft rotates the refresh token on every refresh; this fake also revokes each one once used, so
    // only the newest works.
    const QString clientId = u"11111111-2222-3333-4444-555555555555"_s;
    const QString firstToken = u"rt-initial-graph-s3cr3t"_s;
    FakeGraph graph(u"common"_s, clientId, firstToken);
    graph.setRevokeUsedRefreshTokens(true);
    QVERIFY(graph.listen());
    ChannelConfig channel = m_pipeline->engine().config().channels.first(); // the one the rules send through
    channel.type = u"graph"_s;
    channel.baseUrl = graph.baseUrl();
    channel.options.insert(u"clientId"_s, clientId);
    channel.options.insert(u"authorityUrl"_s, graph.baseUrl().toString());
    QVERIFY(wait([&](Engine::SourceDone done) {
                return m_pipeline->engine().updateChannel(channel, {{u"refreshToken"_s, firstToken}}, done);
            }).ok());
    const QString profile = m_pipeline->value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    const QString tokenKey = secretKey(profile, u"channel"_s, channel.id, u"refreshToken"_s);
    QCOMPARE(m_pipeline->secrets().secrets().value(tokenKey), firstToken);

    QSignalSpy saved(&m_pipeline->engine(), &Engine::channelSecretSaved);
    WebhookClient client;
    QCOMPARE(client
                 .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(graph.acceptedCount(), 1, 10000);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), channel.id);
    QCOMPARE(m_pipeline->secrets().secrets().value(tokenKey), u"rt-1"_s);
    QCOMPARE(graph.validRefreshTokens(), QStringList{u"rt-1"_s}); // the first one is spent

    // After a restart the saved token is the one that works.
    m_pipeline->stopEngine();
    QVERIFY(m_pipeline->startEngine().isEmpty());
    QCOMPARE(client
                 .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/fulfillments_create.json"_s),
                              "fulfillments/create", PipelineFixture::SigningSecret, "wh-2", "ev-2")
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(graph.acceptedCount(), 2, 10000);
    QCOMPARE(graph.tokensIssued(), 2);
    QTRY_COMPARE(m_pipeline->secrets().secrets().value(tokenKey), u"rt-2"_s);
}

void tst_EngineChannels::refusedSignIn_needsSignIn_messagesWait_newRefreshTokenRestores()
{
    // The owner's Microsoft sign-in was revoked (password changed): the fake knows only the new one.
    const QString clientId = u"11111111-2222-3333-4444-555555555555"_s;
    const QString revokedToken = u"rt-revoked-graph-s3cr3t"_s;
    const QString newToken = u"rt-signed-in-again-s3cr3t"_s;
    FakeGraph graph(u"common"_s, clientId, newToken);
    QVERIFY(graph.listen());
    ChannelConfig channel = m_pipeline->engine().config().channels.first(); // the one the rules send through
    channel.type = u"graph"_s;
    channel.baseUrl = graph.baseUrl();
    channel.options.insert(u"clientId"_s, clientId);
    channel.options.insert(u"authorityUrl"_s, graph.baseUrl().toString());
    channel.options.insert(u"ratePerSecond"_s, 100); // Graph's own 0.5/s would wait for the fixture's manual clock
    QVERIFY(wait([&](Engine::SourceDone done) {
                return m_pipeline->engine().updateChannel(channel, {{u"refreshToken"_s, revokedToken}}, done);
            }).ok());

    Engine &engine = m_pipeline->engine();
    QSignalSpy needsSignIn(&engine, &Engine::channelNeedsSignIn);
    QSignalSpy restored(&engine, &Engine::channelSignInRestored);
    WebhookClient client;
    QCOMPARE(client
                 .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(needsSignIn.count(), 1, 10000);
    QCOMPARE(needsSignIn.first().at(0).toString(), channel.id);
    const Error why = needsSignIn.first().at(1).value<Error>();
    QVERIFY2(why.message.contains(u"Sign in again"_s), qPrintable(why.message));
    QVERIFY(!why.message.contains(revokedToken));
    QVERIFY(engine.channelsNeedingSignIn().contains(channel.id));
    QCOMPARE(engine.channelsNeedingSignIn().value(channel.id).message, why.message);
    // The message waits, queued, with no attempt used up.
    QTRY_COMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'held'"_s).toInt(), 1);
    const int queued = m_pipeline->value(u"SELECT COUNT(*) FROM notifications"_s).toInt();
    QVERIFY(queued > 0);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM notifications WHERE state = 'queued' AND attempts = 0"_s).toInt(),
             queued);
    QCOMPARE(graph.acceptedCount(), 0);

    // The window's "Sign in again" ends in updateChannel with the new refresh token.
    QVERIFY(wait([&](Engine::SourceDone done) {
                return m_pipeline->engine().updateChannel(channel, {{u"refreshToken"_s, newToken}}, done);
            }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QCOMPARE(restored.first().at(0).toString(), channel.id);
    QVERIFY(engine.channelsNeedingSignIn().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(graph.acceptedCount(), queued, 10000);
    QTRY_COMPARE(
        m_pipeline->value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent' AND attempts = 1"_s).toInt(),
        queued);
    QCOMPARE(needsSignIn.count(), 1);
}

void tst_EngineChannels::refusedSignIn_channelRemoved_isRestored()
{
    // A second channel, Graph, whose sign-in was revoked; no rule sends through it, so it can be removed.
    const QString clientId = u"11111111-2222-3333-4444-555555555555"_s;
    FakeGraph graph(u"common"_s, clientId, u"rt-the-only-good-one"_s);
    QVERIFY(graph.listen());
    ChannelConfig channel;
    channel.id = u"backup"_s;
    channel.type = u"graph"_s;
    channel.name = u"Backup mailbox"_s;
    channel.baseUrl = graph.baseUrl();
    channel.options.insert(u"clientId"_s, clientId);
    channel.options.insert(u"authorityUrl"_s, graph.baseUrl().toString());
    Engine &engine = m_pipeline->engine();
    QVERIFY(wait([&](Engine::SourceDone done) {
                return engine.addChannel(channel, {{u"refreshToken"_s, u"rt-revoked"_s}}, done);
            }).ok());
    WebhookClient client;
    QCOMPARE(client
                 .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(m_pipeline->fake().acceptedCount(), 1, 10000);
    // The owner resends that message through the backup channel (as the monitor's resend would).
    m_pipeline->value(u"INSERT INTO notifications(event_id, source_id, order_id, trigger, template_id, channel_id, "
                      "recipient, state, attempts, created_at, due_at, context) SELECT event_id, source_id, order_id, "
                      "trigger, template_id, 'backup', recipient, 'queued', 0, created_at, due_at, context FROM "
                      "notifications LIMIT 1"_s);
    QSignalSpy needsSignIn(&engine, &Engine::channelNeedsSignIn);
    QSignalSpy restored(&engine, &Engine::channelSignInRestored);
    engine.dispatcher()->wake();
    QTRY_COMPARE_WITH_TIMEOUT(needsSignIn.count(), 1, 10000);
    QVERIFY(engine.channelsNeedingSignIn().contains(u"backup"_s));

    // Removed: it needs no sign-in any more, announced at once (the dispatcher's release is not announced again).
    QVERIFY(wait([&](Engine::SourceDone done) { return engine.removeChannel(u"backup"_s, done); }).ok());
    QCOMPARE(restored.count(), 1);
    QCOMPARE(restored.first().at(0).toString(), u"backup"_s);
    QVERIFY(engine.channelsNeedingSignIn().isEmpty());
}

void tst_EngineChannels::pauseAllSending_holdsEveryMessage_acrossARestart_resumeSendsThem()
{
    QSignalSpy changed(&m_pipeline->engine(), &Engine::sendingPausedChanged);
    m_pipeline->engine().setSendingPaused(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_pipeline->engine().isSendingPaused());
    m_pipeline->engine().setSendingPaused(true); // again: no change, no signal
    QCOMPARE(changed.count(), 1);

    WebhookClient client;
    QCOMPARE(client
                 .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    const int queued = m_pipeline->value(u"SELECT COUNT(*) FROM notifications"_s).toInt();
    QVERIFY(queued > 0);
    m_pipeline->engine().dispatcher()->wake();

    // Paused survives a restart: the messages still wait, none failed.
    m_pipeline->stopEngine();
    QCOMPARE(m_pipeline->fake().acceptedCount(), 0);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM notifications WHERE state = 'queued' AND attempts = 0"_s).toInt(),
             queued);
    QVERIFY(m_pipeline->startEngine().isEmpty());
    QVERIFY(m_pipeline->engine().isSendingPaused());
    m_pipeline->engine().dispatcher()->wake();
    QCOMPARE(m_pipeline->fake().acceptedCount(), 0);

    m_pipeline->engine().setSendingPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_pipeline->fake().acceptedCount(), queued, 10000);
    QTRY_COMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), queued);

    // Resumed survives a restart too.
    m_pipeline->stopEngine();
    QVERIFY(m_pipeline->startEngine().isEmpty());
    QVERIFY(!m_pipeline->engine().isSendingPaused());
}

void tst_EngineChannels::channelDelivery_badSettings_refusedAtOnce_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("attempts out of range")
        << u"retry"_s << QJsonValue(QJsonObject{{u"maxAttempts"_s, 500}}) << u"whole number from 1 to 100"_s;
    QTest::newRow("fallback missing") << u"fallbackChannelId"_s << QJsonValue(u"nope"_s) << u"is not in"_s;
    QTest::newRow("fallback itself") << u"fallbackChannelId"_s << QJsonValue(u"backup"_s) << u"its own fallback"_s;
}

void tst_EngineChannels::channelDelivery_badSettings_refusedAtOnce()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, words);
    ChannelConfig channel = sendGrid(u"backup"_s, m_backup->baseUrl());
    channel.options.insert(key, value);
    const Status status = m_pipeline->engine().addChannel(channel, {{u"apiKey"_s, BackupKey}});
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(words), qPrintable(status.error().message));
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM channels"_s).toInt(), 1);
}

void tst_EngineChannels::removeChannel_thatIsAFallback_refused()
{
    QVERIFY(wait([&](Engine::SourceDone done) {
                return m_pipeline->engine().addChannel(sendGrid(u"backup"_s, m_backup->baseUrl()),
                                                       {{u"apiKey"_s, BackupKey}}, done);
            }).ok());
    ChannelConfig main = m_pipeline->engine().config().channels.constFirst();
    main.options.insert(u"fallbackChannelId"_s, u"backup"_s);
    QVERIFY(wait([&](Engine::SourceDone done) { return m_pipeline->engine().updateChannel(main, {}, done); }).ok());
    const Status refused = m_pipeline->engine().removeChannel(u"backup"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"fallback channel"_s), qPrintable(refused.error().message));
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM channels WHERE id = 'backup'"_s).toInt(), 1);
}

void tst_EngineChannels::pauseOneChannel_acrossARestart_resumeSendsThem()
{
    QSignalSpy changed(&m_pipeline->engine(), &Engine::channelPausedChanged);
    m_pipeline->engine().setChannelPaused(u"sendgrid"_s, true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_pipeline->engine().isChannelPaused(u"sendgrid"_s));
    QVERIFY(!m_pipeline->engine().isSendingPaused());

    WebhookClient client;
    QCOMPARE(client
                 .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    const int queued = m_pipeline->value(u"SELECT COUNT(*) FROM notifications"_s).toInt();
    QVERIFY(queued > 0);
    m_pipeline->engine().dispatcher()->wake();

    m_pipeline->stopEngine();
    QCOMPARE(m_pipeline->fake().acceptedCount(), 0);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM notifications WHERE state = 'queued' AND attempts = 0"_s).toInt(),
             queued);
    QVERIFY(m_pipeline->startEngine().isEmpty());
    QVERIFY(m_pipeline->engine().isChannelPaused(u"sendgrid"_s));
    m_pipeline->engine().dispatcher()->wake();
    QCOMPARE(m_pipeline->fake().acceptedCount(), 0);

    m_pipeline->engine().setChannelPaused(u"sendgrid"_s, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_pipeline->fake().acceptedCount(), queued, 10000);
    QTRY_COMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), queued);
    m_pipeline->stopEngine();
    QVERIFY(m_pipeline->startEngine().isEmpty());
    QVERIFY(m_pipeline->engine().pausedChannels().isEmpty());
}

void tst_EngineChannels::firstEmailChannel_getsTheDefaultRules_laterOnesDoNot()
{
    // A shop set up in the window, not from a configuration file: no rules yet.
    m_pipeline->stopEngine();
    m_pipeline->value(u"DELETE FROM rules"_s);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM rules"_s).toInt(), 0);
    QVERIFY(m_pipeline->startEngine().isEmpty());
    QVERIFY(m_pipeline->engine().config().rules.isEmpty());

    // A staff chat channel first: it tells customers nothing, so it gets no rules.
    ChannelConfig slack;
    slack.id = u"staff"_s;
    slack.type = u"slack-webhook"_s;
    slack.name = u"Staff"_s;
    const Status chat = wait([&](Engine::SourceDone done) {
        return m_pipeline->engine().addChannel(
            slack, {{u"webhookUrl"_s, u"https://hooks.slack.com/services/T0/B0/x"_s}}, done);
    });
    QVERIFY2(chat.ok(), qPrintable(chat.ok() ? QString() : chat.error().message));
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM rules"_s).toInt(), 0);

    const Status first = wait([&](Engine::SourceDone done) {
        return m_pipeline->engine().addChannel(sendGrid(u"backup"_s, m_backup->baseUrl()), {{u"apiKey"_s, BackupKey}},
                                               done);
    });
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    const int defaults = int(defaultRules(u"backup"_s).size());
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM rules WHERE channel_id = 'backup'"_s).toInt(), defaults);
    QCOMPARE(m_pipeline->engine().config().rules.size(), defaults);

    // The rules work at once: an order sends its confirmation through the new channel.
    WebhookClient client;
    const auto answer = client.postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s),
                                           "orders/create", PipelineFixture::SigningSecret, "wh-first", "ev-first");
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_backup->requestCount(), 1, 10000);

    const Status second = wait([&](Engine::SourceDone done) {
        return m_pipeline->engine().addChannel(sendGrid(u"another"_s, m_backup->baseUrl()), {{u"apiKey"_s, BackupKey}},
                                               done);
    });
    QVERIFY(second.ok());
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM rules"_s).toInt(), defaults);
}

QTEST_MAIN(tst_EngineChannels)
#include "tst_enginechannels.moc"
