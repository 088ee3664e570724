#include "config/configimport.h"
#include "credentials/memorysecretstore.h"
#include "engine.h"
#include "fakes/fakesendgrid.h"
#include "fakes/testsupport.h"
#include "store/database.h"
#include "webhookclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSigningSecret = "shpss_pipeline_secret";
const QString kApiKey = u"SG.pipeline-test-key"_s;

} // namespace

// The whole path through real parts: HTTP server, SQLite file, dispatcher thread, a loopback SendGrid.
class TestPipeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signedOrderAndFulfillment_eachReachSendGridOnce();
    void badRequests_areRejectedAndSendNothing_data();
    void badRequests_areRejectedAndSendNothing();
    void providerOutage_isRetriedAndRecorded();
    void restart_resumesQueuedWork();

private:
    void startEngine();
    QVariant value(const QString &sql);

    QUrl webhookUrl() const { return QUrl(m_engine->webhookUrl(u"my-shop"_s)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSendGrid> m_fake;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Engine> m_engine;
    std::optional<Database> m_db;
    WebhookClient m_client;
};

void TestPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeSendGrid>(kApiKey);
    QVERIFY(m_fake->listen());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_clock = std::make_shared<ManualClock>();

    AppConfig config;
    config.webhook.port = 0; // any free port
    config.brand.shopName = u"Juniper & Pine"_s;
    config.sources = {SourceConfig{u"my-shop"_s, u"shopify"_s, u"Juniper & Pine"_s, true, {}}};
    ChannelConfig channel;
    channel.id = u"sendgrid"_s;
    channel.type = u"sendgrid"_s;
    channel.name = u"SendGrid"_s;
    channel.baseUrl = m_fake->baseUrl();
    channel.fromEmail = u"orders@juniper-pine.example"_s;
    channel.fromName = u"Juniper & Pine"_s;
    config.channels = {channel};
    config.rules = defaultRules(channel.id);
    config.secrets = {SecretValue{u"source"_s, u"my-shop"_s, u"webhookSecret"_s, QString::fromUtf8(kSigningSecret)},
                      SecretValue{u"channel"_s, u"sendgrid"_s, u"apiKey"_s, kApiKey}};
    QVERIFY(importConfiguration(config, m_dir->path(), *m_secrets).ok());
    // Secrets went to the secret store, not the database.
    QCOMPARE(m_secrets->secrets().size(), 2);
    QFile database(Database::fileIn(m_dir->path()));
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(kSigningSecret));

    auto db = Database::open(m_dir->path(), u"check"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    startEngine();
}

void TestPipeline::startEngine()
{
    m_engine = std::make_unique<Engine>(m_dir->path(), m_secrets.get());
    m_engine->setClock(m_clock);
    QSignalSpy started(m_engine.get(), &Engine::started);
    QSignalSpy failed(m_engine.get(), &Engine::startFailed);
    m_engine->start();
    QTRY_VERIFY(!started.isEmpty() || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).value<Error>().message));
    QVERIFY(m_engine->webhookPort() != 0);
}

void TestPipeline::cleanup()
{
    m_engine.reset();
    m_db.reset();
    m_fake.reset();
    m_secrets.reset();
    m_dir.reset();
}

QVariant TestPipeline::value(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

void TestPipeline::signedOrderAndFulfillment_eachReachSendGridOnce()
{
    QSignalSpy ingested(m_engine.get(), &Engine::eventsIngested);
    const QByteArray order = fixture(u"shopify/orders_create.json"_s);
    auto answer = m_client.postShopify(webhookUrl(), order, "orders/create", kSigningSecret, "wh-1", "ev-1");
    QCOMPARE(answer.status, 200);
    // 200 means committed: the event is in the file already.
    QCOMPARE(value(u"SELECT COUNT(*) FROM raw_events"_s).toInt(), 1);
    QTRY_COMPARE(m_fake->acceptedCount(), 1);

    const auto confirmation = m_fake->request(0);
    QCOMPARE(confirmation.headers.value("authorization"), "Bearer " + kApiKey.toUtf8());
    const QJsonObject to = confirmation.json.value(u"personalizations"_s).toArray().at(0).toObject();
    QCOMPARE(to.value(u"to"_s).toArray().at(0).toObject().value(u"email"_s).toString(), u"jane@example.com"_s);
    QVERIFY(confirmation.json.value(u"subject"_s).toString().contains(u"#1042"_s));
    const QString html = confirmation.json.value(u"content"_s).toArray().at(1).toObject().value(u"value"_s).toString();
    QVERIFY(html.contains(u"Juniper &amp; Pine"_s));

    // The same delivery again is recorded as a duplicate and sends nothing.
    answer = m_client.postShopify(webhookUrl(), order, "orders/create", kSigningSecret, "wh-1", "ev-1");
    QCOMPARE(answer.status, 200);
    QCOMPARE(value(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);

    const QByteArray fulfillment = fixture(u"shopify/fulfillments_create.json"_s);
    answer = m_client.postShopify(webhookUrl(), fulfillment, "fulfillments/create", kSigningSecret, "wh-2", "ev-2");
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE(m_fake->acceptedCount(), 2);
    const auto shipped = m_fake->request(1);
    const QString text = shipped.json.value(u"content"_s).toArray().at(0).toObject().value(u"value"_s).toString();
    QVERIFY2(text.contains(u"JD014600006281234567"_s), qPrintable(text));
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 2);
    QCOMPARE(m_fake->requestCount(), 2); // the duplicate never reached the provider
    QVERIFY(!ingested.isEmpty());
}

void TestPipeline::badRequests_areRejectedAndSendNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray order = fixture(u"shopify/orders_create.json"_s);
    QTest::newRow("wrong signature") << u"my-shop"_s << QByteArray("not-the-secret") << order << 401;
    QTest::newRow("unknown source") << u"other-shop"_s << kSigningSecret << order << 404;
    QTest::newRow("malformed json") << u"my-shop"_s << kSigningSecret << QByteArray("{\"id\": ") << 400;
    QTest::newRow("too large") << u"my-shop"_s << kSigningSecret << QByteArray(2 * 1024 * 1024, 'x') << 413;
}

void TestPipeline::badRequests_areRejectedAndSendNothing()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QSignalSpy rejected(m_engine.get(), &Engine::webhookRejected);
    const QUrl url(m_engine->webhookUrl(path));
    const auto answer = m_client.postShopify(url, body, "orders/create", secret, "wh-bad");
    QCOMPARE(answer.status, status);
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(1).toInt(), status);
    QCOMPARE(value(u"SELECT COUNT(*) FROM raw_events"_s).toInt(), 0);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestPipeline::providerOutage_isRetriedAndRecorded()
{
    m_fake->queueModes({FakeSendGrid::Mode::ServerError500});
    const QByteArray order = fixture(u"shopify/orders_create.json"_s);
    QCOMPARE(m_client.postShopify(webhookUrl(), order, "orders/create", kSigningSecret, "wh-1").status, 200);
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts WHERE http_status = 500"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"queued"_s);
    m_clock->advance(10 * 60 * 1000);
    m_engine->dispatcher()->wake();
    QTRY_COMPARE(m_fake->acceptedCount(), 1);
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 2);
}

void TestPipeline::restart_resumesQueuedWork()
{
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    const QByteArray order = fixture(u"shopify/orders_create.json"_s);
    QCOMPARE(m_client.postShopify(webhookUrl(), order, "orders/create", kSigningSecret, "wh-1").status, 200);
    QTRY_COMPARE(m_fake->hungCount(), 1);
    // Stop while the provider holds the request: the notification stays "sending" on disk.
    m_engine.reset();
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sending"_s);
    m_fake->setMode(FakeSendGrid::Mode::Accept);
    startEngine();
    QTRY_COMPARE(m_fake->acceptedCount(), 1);
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'interrupted'"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
