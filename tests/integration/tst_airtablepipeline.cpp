#include "config/configimport.h"
#include "credentials/memorysecretstore.h"
#include "engine.h"
#include "fakes/fakeairtable.h"
#include "fakes/fakesendgrid.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

const QString sourceId = u"juniper"_s;
const QString baseId = u"appLkNDICXNqxSDhG"_s;
const QString webhookId = u"achW8p3Lq2Xv9Rt4m"_s;
const QByteArray macSecret = QByteArrayLiteral("GL3v8E9lGJAgcvE+o+o8O3lYznhOlhVOvxt1/aAn1n4=");
const QByteArray apiToken = QByteArrayLiteral("patQ1w2E3r4T5y6U7.0123456789abcdef0123456789abcdef");
const QString sendGridKey = u"SG.airtable-pipeline-key"_s;

QJsonObject json(const QString &relativePath)
{
    return QJsonDocument::fromJson(Test::fixture(relativePath)).object();
}

} // namespace

// An Airtable ping posted over HTTP to the running engine, the changes read from a loopback Airtable, the order
// stored and its notifications queued: every real part between the two.
class TestAirtablePipeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signedPing_fetchesAndStoresTheOrder();
    void start_catchesUpWithoutAPing();

private:
    QString startEngine();
    qint64 count(const QString &sql) const;
    QVariant value(const QString &sql) const;
    WebhookClient::Answer postPing(const QString &timestamp, const QByteArray &secret = macSecret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeAirtable> m_airtable;
    std::unique_ptr<FakeSendGrid> m_sendGrid;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::optional<Database> m_db;
    WebhookClient m_client;
};

void TestAirtablePipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_airtable = std::make_unique<FakeAirtable>(baseId, webhookId, apiToken);
    m_sendGrid = std::make_unique<FakeSendGrid>(sendGridKey);
    m_secrets = std::make_unique<MemorySecretStore>();
    QVERIFY(m_dir->isValid());
    QVERIFY(m_airtable->listen());
    QVERIFY(m_sendGrid->listen());

    AppConfig config;
    config.webhook.port = 0;
    config.brand.shopName = u"Juniper & Pine"_s;
    const QJsonObject options{
        {u"baseId"_s, baseId},
        {u"webhookId"_s, webhookId},
        {u"apiBaseUrl"_s, m_airtable->baseUrl().toString()},
        {u"fieldMap"_s, QJsonObject{{u"fldOrderNumber001"_s, u"orderNumber"_s},
                                    {u"fldCustomerName01"_s, u"customerName"_s},
                                    {u"fldEmail000000001"_s, u"customerEmail"_s},
                                    {u"fldStatus00000001"_s, u"orderStatus"_s},
                                    {u"fldCarrier0000001"_s, u"carrier"_s},
                                    {u"fldTracking000001"_s, u"trackingNumber"_s}}},
        {u"statusMap"_s, QJsonObject{{u"Dispatched"_s, u"shipped"_s}}},
    };
    config.sources = {SourceConfig{sourceId, u"airtable"_s, u"Juniper orders"_s, true, options}};
    ChannelConfig channel;
    channel.id = u"sendgrid"_s;
    channel.type = u"sendgrid"_s;
    channel.name = u"SendGrid"_s;
    channel.baseUrl = m_sendGrid->baseUrl();
    channel.fromEmail = u"orders@juniper-pine.example"_s;
    config.channels = {channel};
    config.rules = defaultRules(channel.id);
    config.secrets = {SecretValue{u"source"_s, sourceId, u"macSecret"_s, QString::fromLatin1(macSecret)},
                      SecretValue{u"source"_s, sourceId, u"apiToken"_s, QString::fromLatin1(apiToken)},
                      SecretValue{u"channel"_s, u"sendgrid"_s, u"apiKey"_s, sendGridKey}};
    const Status imported = importConfiguration(config, m_dir->path(), *m_secrets);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    auto db = Database::open(m_dir->path(), u"test"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
}

void TestAirtablePipeline::cleanup()
{
    m_engine.reset();
    m_db.reset();
    m_sendGrid.reset();
    m_airtable.reset();
    m_dir.reset();
}

QString TestAirtablePipeline::startEngine()
{
    m_engine = std::make_unique<Engine>(m_dir->path(), m_secrets.get());
    QSignalSpy started(m_engine.get(), &Engine::started);
    QSignalSpy failed(m_engine.get(), &Engine::startFailed);
    m_engine->start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 10000)) {
        return u"the engine did not start in time"_s;
    }
    return failed.isEmpty() ? QString() : failed.constFirst().at(0).value<Error>().message;
}

QVariant TestAirtablePipeline::value(const QString &sql) const
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

qint64 TestAirtablePipeline::count(const QString &sql) const
{
    return value(sql).toLongLong();
}

WebhookClient::Answer TestAirtablePipeline::postPing(const QString &timestamp, const QByteArray &secret)
{
    const QByteArray body = FakeAirtable::notification(baseId, webhookId, timestamp);
    return m_client.post(QUrl(m_engine->webhookUrl(sourceId)), body,
                         {{QByteArrayLiteral("X-Airtable-Content-MAC"), FakeAirtable::contentMac(body, secret)}});
}

void TestAirtablePipeline::signedPing_fetchesAndStoresTheOrder()
{
    const QString error = startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy engineProblems(m_engine.get(), &Engine::problem);
    // The catch-up read at start finds nothing yet.
    QTRY_COMPARE(m_airtable->payloadRequests().size(), 1);
    QCOMPARE(m_airtable->payloadRequests().constFirst().query, QByteArrayLiteral("cursor=1"));

    m_airtable->addPayload(json(u"airtable/payload_created.json"_s));
    const auto answer = postPing(u"2024-05-15T06:47:31.123Z"_s);
    QCOMPARE(answer.status, 200);

    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM orders WHERE source_id = 'juniper'"_s), 1);
    QCOMPARE(value(u"SELECT order_number FROM orders"_s).toString(), u"#1001"_s);
    QCOMPARE(value(u"SELECT status FROM orders"_s).toString(), u"paid"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'airtable.ping'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'airtable.payload'"_s), 1);
    // The MAC header is never stored.
    QVERIFY(!value(u"SELECT headers FROM raw_events WHERE topic = 'airtable.ping'"_s)
                 .toString()
                 .contains(u"mac"_s, Qt::CaseInsensitive));
    QTRY_COMPARE(m_sendGrid->acceptedCount(), 1); // the order confirmation reached the (fake) provider

    // A replayed ping is a duplicate; a forged one is refused; neither stores an order twice.
    const auto replay = postPing(u"2024-05-15T06:47:31.123Z"_s);
    QCOMPARE(replay.status, 200);
    QVERIFY(replay.body.contains("duplicate"));
    const auto forged =
        postPing(u"2024-05-15T06:50:00.000Z"_s, QByteArrayLiteral("b3RoZXItc2VjcmV0LW9mLTMyLWJ5dGVzLTAwMDAwMDA="));
    QCOMPARE(forged.status, 401);

    // A later change: tracking number and status arrive with the next ping.
    m_airtable->addPayload(json(u"airtable/payload_changed.json"_s));
    QCOMPARE(postPing(u"2024-05-16T09:12:06.000Z"_s).status, 200);
    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM shipments WHERE tracking_number = '1Z999AA10123456784'"_s), 1);
    QCOMPARE(value(u"SELECT status FROM orders"_s).toString(), u"shipped"_s);
    QTRY_COMPARE(m_sendGrid->acceptedCount(), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
    QVERIFY(engineProblems.isEmpty());
}

void TestAirtablePipeline::start_catchesUpWithoutAPing()
{
    m_airtable->addPayload(json(u"airtable/payload_created.json"_s));
    m_airtable->addPayload(json(u"airtable/payload_changed.json"_s));
    const QString error = startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Changes made while Tidings was not running are read at start.
    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM shipments WHERE tracking_number = '1Z999AA10123456784'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'airtable.payload'"_s), 2);

    // After a restart the saved cursor is used: nothing is read or stored twice.
    m_engine.reset();
    const int pagesBefore = static_cast<int>(m_airtable->payloadRequests().size());
    const QString again = startEngine();
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QTRY_COMPARE(m_airtable->payloadRequests().size(), pagesBefore + 1);
    QCOMPARE(m_airtable->payloadRequests().constLast().query, QByteArrayLiteral("cursor=3"));
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'airtable.payload'"_s), 2);
}

QTEST_GUILESS_MAIN(TestAirtablePipeline)
#include "tst_airtablepipeline.moc"
