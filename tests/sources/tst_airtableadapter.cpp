#include "fakes/fakeairtable.h"
#include "fakes/testsupport.h"
#include "sources/airtableadapter.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

// base64 of 32 bytes, the shape of Airtable's macSecretBase64.
const QByteArray macSecret = QByteArrayLiteral("GL3v8E9lGJAgcvE+o+o8O3lYznhOlhVOvxt1/aAn1n4=");
const QString baseId = u"appLkNDICXNqxSDhG"_s;
const QString webhookId = u"achW8p3Lq2Xv9Rt4m"_s;

SourceConfig orders(const QString &configuredBase = baseId, const QString &configuredWebhook = webhookId)
{
    SourceConfig source;
    source.id = u"juniper"_s;
    source.type = u"airtable"_s;
    source.name = u"Juniper orders"_s;
    if (!configuredBase.isEmpty()) {
        source.options.insert(u"baseId"_s, configuredBase);
    }
    if (!configuredWebhook.isEmpty()) {
        source.options.insert(u"webhookId"_s, configuredWebhook);
    }
    return source;
}

WebhookRequest request(const QByteArray &body, const QByteArray &mac)
{
    WebhookRequest request;
    request.sourceId = u"juniper"_s;
    request.body = body;
    request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json; charset=utf-8"));
    if (!mac.isNull()) {
        request.headers.insert(QByteArrayLiteral("x-airtable-content-mac"), mac);
    }
    return request;
}

QByteArray hexMac(const QByteArray &body, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestAirtableAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry_airtable_namesBothSecretsMacFirst();
    void typeInfo_givesScriptAndSteps();
    void secretHeaderNames_includesMacHeader();

    void ping_validMac_recordedWithoutEvents();
    void ping_acceptedMacForms_data();
    void ping_acceptedMacForms();
    void ping_sameNotificationTwice_sameEventId();
    void ping_differentTimestamp_differentEventId();

    void ping_badMac_unauthorized_data();
    void ping_badMac_unauthorized();
    void ping_secretProblems_unauthorized_data();
    void ping_secretProblems_unauthorized();

    void ping_ids_data();
    void ping_ids();
    void ping_malformedBody_invalidInput_data();
    void ping_malformedBody_invalidInput();

private:
    AirtableAdapter m_adapter;
};

void TestAirtableAdapter::registry_airtable_namesBothSecretsMacFirst()
{
    const auto adapter = createSourceAdapter(u"airtable"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"airtable"_s);
    QCOMPARE(secretNamesForSource(u"airtable"_s), (QStringList{u"macSecret"_s, u"apiToken"_s}));
    QVERIFY(webhookSourceTypes().contains(u"airtable"_s));
    QVERIFY(sourceTypeInfo(u"airtable"_s));
}

void TestAirtableAdapter::typeInfo_givesScriptAndSteps()
{
    const SourceTypeInfo info = AirtableAdapter::typeInfo();
    QCOMPARE(info.type, u"airtable"_s);
    QVERIFY(info.script.contains(u"{{url}}"_s));
    QVERIFY(info.script.contains(u"/v0/bases/"_s));
    QVERIFY(info.script.contains(u"\"dataTypes\": [\"tableData\"]"_s));
    QVERIFY(std::any_of(info.setupSteps.cbegin(), info.setupSteps.cend(),
                        [](const QString &step) { return step.contains(u"%1"_s); }));
    QStringList options;
    for (const SourceOptionInfo &option : info.options) {
        options.append(option.key);
    }
    QVERIFY(options.contains(u"baseId"_s));
    QVERIFY(options.contains(u"webhookId"_s));
    QVERIFY(options.contains(u"fieldMap"_s));
    QVERIFY(options.contains(u"statusMap"_s));
}

void TestAirtableAdapter::secretHeaderNames_includesMacHeader()
{
    QVERIFY(m_adapter.secretHeaderNames().contains(QByteArrayLiteral("x-airtable-content-mac")));
}

void TestAirtableAdapter::ping_validMac_recordedWithoutEvents()
{
    const QByteArray body = Test::fixture(u"airtable/notification.json"_s);
    const auto result =
        m_adapter.parseWebhook(request(body, Test::FakeAirtable::contentMac(body, macSecret)), orders(), macSecret);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->topic, u"airtable.ping"_s);
    QCOMPARE(result->eventId, u"2024-05-15T06:47:31.123Z:achW8p3Lq2Xv9Rt4m"_s);
    QVERIFY(result->deliveryId.isEmpty());
    QVERIFY(result->events.isEmpty());
    QVERIFY(result->stockChanges.isEmpty());
}

void TestAirtableAdapter::ping_acceptedMacForms_data()
{
    QTest::addColumn<QByteArray>("mac");
    const QByteArray body = Test::fixture(u"airtable/notification.json"_s);
    const QByteArray hex = hexMac(body, QByteArray::fromBase64(macSecret));
    QTest::newRow("lower-case hex") << QByteArrayLiteral("hmac-sha256=") + hex;
    QTest::newRow("upper-case hex") << QByteArrayLiteral("hmac-sha256=") + hex.toUpper();
    QTest::newRow("surrounding spaces") << QByteArrayLiteral(" hmac-sha256=") + hex + ' ';
}

void TestAirtableAdapter::ping_acceptedMacForms()
{
    QFETCH(QByteArray, mac);
    const QByteArray body = Test::fixture(u"airtable/notification.json"_s);
    const auto result = m_adapter.parseWebhook(request(body, mac), orders(), macSecret);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
}

void TestAirtableAdapter::ping_sameNotificationTwice_sameEventId()
{
    const QByteArray body = Test::fixture(u"airtable/notification.json"_s);
    const QByteArray mac = Test::FakeAirtable::contentMac(body, macSecret);
    const auto first = m_adapter.parseWebhook(request(body, mac), orders(), macSecret);
    const auto replay = m_adapter.parseWebhook(request(body, mac), orders(), macSecret);
    QVERIFY(first.ok() && replay.ok());
    QCOMPARE(replay->eventId, first->eventId);
}

void TestAirtableAdapter::ping_differentTimestamp_differentEventId()
{
    const QByteArray one = Test::FakeAirtable::notification(baseId, webhookId, u"2024-05-15T06:47:31.123Z"_s);
    const QByteArray two = Test::FakeAirtable::notification(baseId, webhookId, u"2024-05-15T06:49:02.001Z"_s);
    const auto first =
        m_adapter.parseWebhook(request(one, Test::FakeAirtable::contentMac(one, macSecret)), orders(), macSecret);
    const auto second =
        m_adapter.parseWebhook(request(two, Test::FakeAirtable::contentMac(two, macSecret)), orders(), macSecret);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first->eventId != second->eventId);
}

void TestAirtableAdapter::ping_badMac_unauthorized_data()
{
    QTest::addColumn<QByteArray>("mac");
    const QByteArray body = Test::fixture(u"airtable/notification.json"_s);
    const QByteArray key = QByteArray::fromBase64(macSecret);
    const QByteArray otherBody = Test::FakeAirtable::notification(baseId, webhookId, u"2024-01-01T00:00:00.000Z"_s);
    QTest::newRow("missing header") << QByteArray();
    QTest::newRow("empty header") << QByteArrayLiteral("");
    QTest::newRow("no prefix") << hexMac(body, key);
    QTest::newRow("other prefix") << QByteArrayLiteral("sha256=") + hexMac(body, key);
    QTest::newRow("base64 instead of hex")
        << QByteArrayLiteral("hmac-sha256=") +
               QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toBase64();
    QTest::newRow("truncated") << QByteArrayLiteral("hmac-sha256=") + hexMac(body, key).left(40);
    QTest::newRow("not hex") << QByteArrayLiteral("hmac-sha256=") + QByteArray(64, 'z');
    QTest::newRow("other body") << QByteArrayLiteral("hmac-sha256=") + hexMac(otherBody, key);
    // The classic mistake: keying the HMAC with the base64 text instead of the bytes it encodes.
    QTest::newRow("key not base64-decoded") << QByteArrayLiteral("hmac-sha256=") + hexMac(body, macSecret);
    QTest::newRow("other secret") << Test::FakeAirtable::contentMac(
        body, QByteArrayLiteral("c2VjcmV0LW9mLWFub3RoZXItd2ViaG9vay0wMDAwMDA="));
}

void TestAirtableAdapter::ping_badMac_unauthorized()
{
    QFETCH(QByteArray, mac);
    const QByteArray body = Test::fixture(u"airtable/notification.json"_s);
    const auto result = m_adapter.parseWebhook(request(body, mac), orders(), macSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().message.contains(QString::fromLatin1(macSecret)));
}

void TestAirtableAdapter::ping_secretProblems_unauthorized_data()
{
    QTest::addColumn<QByteArray>("savedSecret");
    QTest::addColumn<QByteArray>("signingSecret");
    QTest::newRow("no secret saved") << QByteArray() << macSecret;
    QTest::newRow("secret is not base64") << QByteArrayLiteral("not base64 at all!") << macSecret;
}

void TestAirtableAdapter::ping_secretProblems_unauthorized()
{
    QFETCH(QByteArray, savedSecret);
    QFETCH(QByteArray, signingSecret);
    const QByteArray body = Test::fixture(u"airtable/notification.json"_s);
    const auto result = m_adapter.parseWebhook(request(body, Test::FakeAirtable::contentMac(body, signingSecret)),
                                               orders(), savedSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
}

void TestAirtableAdapter::ping_ids_data()
{
    QTest::addColumn<QString>("configuredBase");
    QTest::addColumn<QString>("configuredWebhook");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("both match") << baseId << webhookId << true;
    QTest::newRow("not configured") << QString() << QString() << true;
    QTest::newRow("other base") << u"appZZZZZZZZZZZZZZ"_s << webhookId << false;
    QTest::newRow("other webhook") << baseId << u"achZZZZZZZZZZZZZZ"_s << false;
    QTest::newRow("both differ") << u"appZZZZZZZZZZZZZZ"_s << u"achZZZZZZZZZZZZZZ"_s << false;
}

void TestAirtableAdapter::ping_ids()
{
    QFETCH(QString, configuredBase);
    QFETCH(QString, configuredWebhook);
    QFETCH(bool, accepted);
    const QByteArray body = Test::fixture(u"airtable/notification.json"_s);
    const auto result = m_adapter.parseWebhook(request(body, Test::FakeAirtable::contentMac(body, macSecret)),
                                               orders(configuredBase, configuredWebhook), macSecret);
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        // Signed with our secret, so the settings are wrong, not the signature: 400, not 401.
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(result.error().message.contains(u"Connections"_s));
    }
}

void TestAirtableAdapter::ping_malformedBody_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArrayLiteral("base=appLkNDICXNqxSDhG");
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("no webhook") << QByteArrayLiteral(
        R"({"base":{"id":"appLkNDICXNqxSDhG"},"timestamp":"2024-05-15T06:47:31.123Z"})");
    QTest::newRow("no timestamp") << QByteArrayLiteral(
        R"({"base":{"id":"appLkNDICXNqxSDhG"},"webhook":{"id":"achW8p3Lq2Xv9Rt4m"}})");
    QTest::newRow("ids of the wrong type") << QByteArrayLiteral(
        R"({"base":"appLkNDICXNqxSDhG","webhook":["achW8p3Lq2Xv9Rt4m"],"timestamp":"2024-05-15T06:47:31.123Z"})");
}

void TestAirtableAdapter::ping_malformedBody_invalidInput()
{
    QFETCH(QByteArray, body);
    const auto result =
        m_adapter.parseWebhook(request(body, Test::FakeAirtable::contentMac(body, macSecret)), orders(), macSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestAirtableAdapter)
#include "tst_airtableadapter.moc"
