#include "fakes/testsupport.h"
#include "sources/genericadapter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

const QByteArray secret = QByteArrayLiteral("tid_whsec_4f9c1e7a2b8d");

using Headers = QList<std::pair<QByteArray, QByteArray>>;

SourceConfig source(const QJsonObject &options = {})
{
    SourceConfig config;
    config.id = u"orders-sheet"_s;
    config.type = u"generic"_s;
    config.name = u"Order sheet"_s;
    config.options = options;
    return config;
}

WebhookRequest request(const QByteArray &body, const Headers &headers,
                       const QByteArray &contentType = QByteArrayLiteral("application/json"))
{
    WebhookRequest request;
    request.sourceId = u"orders-sheet"_s;
    request.body = body;
    request.receivedAt = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    request.headers.insert(QByteArrayLiteral("content-type"), contentType);
    for (const auto &[name, value] : headers) {
        request.headers.insert(name.toLower(), value);
    }
    return request;
}

QByteArray hmacHex(const QByteArray &body, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

QByteArray hmacBase64(const QByteArray &body, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toBase64();
}

} // namespace

class TestGenericAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factory_generic_createsAdapterWithTidingsMadeSecret();
    void typeInfos_onePerPresetWithStepsAndScripts();
    void secretHeaderNames_coverTokenAndSignature();

    void auth_data();
    void auth();
    void auth_noSecretSaved_unauthorized();
    void auth_messagesNeverCarryTheSecret();

    void parse_fixture_setsSourceAndRawBody();
    void parse_array_severalEventsOneStableId();
    void parse_formBody_byContentType();
    void parse_stock_stockChangesWithSource();
    void parse_malformed_invalidInput_data();
    void parse_malformed_invalidInput();
    void parse_authBeforeBody_badTokenOnMalformedBody_unauthorized();

private:
    GenericAdapter m_adapter;
};

void TestGenericAdapter::factory_generic_createsAdapterWithTidingsMadeSecret()
{
    const auto adapter = createSourceAdapter(u"generic"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"generic"_s);
    QVERIFY(webhookSourceTypes().contains(u"generic"_s));
    QCOMPARE(secretNamesForSource(u"generic"_s), QStringList{u"webhookSecret"_s});
    const SourceTypeInfo *info = sourceTypeInfo(u"generic"_s);
    QVERIFY(info);
    QCOMPARE(info->secrets.size(), 1);
    QVERIFY(info->secrets.constFirst().generatedByTidings);
    QVERIFY(!info->secrets.constFirst().inUrl);
}

void TestGenericAdapter::typeInfos_onePerPresetWithStepsAndScripts()
{
    const QStringList presets{u"zapier"_s,   u"powerautomate"_s, u"googlesheets"_s,
                              u"netsuite"_s, u"klaviyo"_s,       u"custom"_s};
    QStringList seen;
    for (const SourceTypeInfo &info : sourceTypeInfos()) {
        if (info.type == "generic"_L1) {
            seen.append(info.preset);
        }
    }
    QCOMPARE(seen, presets);

    for (const QString &preset : presets) {
        const SourceTypeInfo *info = sourceTypeInfo(u"generic"_s, preset);
        QVERIFY2(info, qPrintable(preset));
        QVERIFY(!info->displayName.isEmpty());
        QVERIFY(!info->summary.isEmpty());
        QVERIFY2(info->setupSteps.size() >= 4, qPrintable(preset));
        const bool urlInSteps = std::any_of(info->setupSteps.cbegin(), info->setupSteps.cend(),
                                            [](const QString &step) { return step.contains("%1"_L1); });
        QVERIFY2(urlInSteps, qPrintable(preset));
        QVERIFY2(!info->script.isEmpty(), qPrintable(preset));
    }
    QVERIFY(!sourceTypeInfo(u"generic"_s, u"nosuchpreset"_s));

    const QString sheets = sourceTypeInfo(u"generic"_s, u"googlesheets"_s)->script;
    for (const char *part : {"{{url}}", "{{secret}}", "UrlFetchApp.fetch", "X-Tidings-Token", "ScriptApp.newTrigger",
                             ".onEdit()", "function tidingsOnEdit(e)"}) {
        QVERIFY2(sheets.contains(QLatin1StringView(part)), part);
    }
    const QString netsuite = sourceTypeInfo(u"generic"_s, u"netsuite"_s)->script;
    for (const char *part : {"{{url}}", "{{secret}}", "@NApiVersion 2.1", "@NScriptType UserEventScript", "N/https",
                             "afterSubmit", "itemfulfillment", "X-Tidings-Token"}) {
        QVERIFY2(netsuite.contains(QLatin1StringView(part)), part);
    }
    // The example bodies are the contract the default mapping reads.
    for (const char *preset : {"zapier", "powerautomate", "custom"}) {
        const QString body = sourceTypeInfo(u"generic"_s, QString::fromLatin1(preset))->script;
        const auto parsed = m_adapter.parseWebhook(request(body.toUtf8(), {{"X-Tidings-Token", secret}}),
                                                   source({{u"preset"_s, QString::fromLatin1(preset)}}), secret);
        QVERIFY2(parsed.ok(), parsed.ok() ? preset : qPrintable(parsed.error().detail));
        QCOMPARE(parsed->events.size(), 1);
    }
    const QString klaviyo = sourceTypeInfo(u"generic"_s, u"klaviyo"_s)->script;
    QVERIFY(QJsonDocument::fromJson(klaviyo.toUtf8()).isObject());
    QVERIFY(klaviyo.contains("{{ person.email }}"_L1));
}

void TestGenericAdapter::secretHeaderNames_coverTokenAndSignature()
{
    const QList<QByteArray> names = m_adapter.secretHeaderNames();
    for (const char *name : {"x-tidings-token", "x-webhook-token", "x-tidings-signature", "x-webhook-signature"}) {
        QVERIFY2(names.contains(QByteArray(name)), name);
    }
}

void TestGenericAdapter::auth_data()
{
    QTest::addColumn<QJsonObject>("auth");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<bool>("accepted");

    const QByteArray body = Test::fixture(u"generic/contract-order.json"_s);
    const QJsonObject none;
    const QJsonObject header{{u"mode"_s, u"header"_s}};
    const QJsonObject custom{{u"mode"_s, u"header"_s}, {u"header"_s, u"X-Shop-Key"_s}};
    const QJsonObject bearer{{u"mode"_s, u"header"_s}, {u"header"_s, u"Authorization"_s}};
    const QJsonObject hex{{u"mode"_s, u"hmac"_s},
                          {u"header"_s, u"X-Signature"_s},
                          {u"encoding"_s, u"hex"_s},
                          {u"prefix"_s, u"sha256="_s}};
    const QJsonObject base64{{u"mode"_s, u"hmac"_s}, {u"header"_s, u"X-Signature"_s}, {u"encoding"_s, u"base64"_s}};
    const QJsonObject hmacDefaults{{u"mode"_s, u"hmac"_s}};

    QTest::newRow("default: X-Tidings-Token") << none << Headers{{"X-Tidings-Token", secret}} << true;
    QTest::newRow("default: X-Webhook-Token (contract name)") << none << Headers{{"X-Webhook-Token", secret}} << true;
    QTest::newRow("default: token with spaces around")
        << none << Headers{{"X-Tidings-Token", " " + secret + " "}} << true;
    QTest::newRow("default: wrong token") << none << Headers{{"X-Tidings-Token", "tid_whsec_4f9c1e7a2b8e"}} << false;
    QTest::newRow("default: token prefix only") << none << Headers{{"X-Tidings-Token", secret.left(10)}} << false;
    QTest::newRow("default: no header") << none << Headers{} << false;
    QTest::newRow("default: contract signature")
        << none << Headers{{"X-Webhook-Signature", "sha256=" + hmacHex(body, secret)}} << true;
    QTest::newRow("default: signature upper-case hex")
        << none << Headers{{"X-Tidings-Signature", "sha256=" + hmacHex(body, secret).toUpper()}} << true;
    QTest::newRow("default: signature with another key")
        << none << Headers{{"X-Webhook-Signature", "sha256=" + hmacHex(body, "other")}} << false;
    QTest::newRow("default: the secret itself as signature")
        << none << Headers{{"X-Webhook-Signature", "sha256=" + secret}} << false;
    QTest::newRow("header mode: good") << header << Headers{{"X-Tidings-Token", secret}} << true;
    QTest::newRow("header mode: a signature does not count")
        << header << Headers{{"X-Tidings-Signature", "sha256=" + hmacHex(body, secret)}} << false;
    QTest::newRow("custom header: good") << custom << Headers{{"X-Shop-Key", secret}} << true;
    QTest::newRow("custom header: default name does not count")
        << custom << Headers{{"X-Tidings-Token", secret}} << false;
    QTest::newRow("custom header: wrong") << custom << Headers{{"X-Shop-Key", "nope"}} << false;
    QTest::newRow("Authorization: Bearer") << bearer << Headers{{"Authorization", "Bearer " + secret}} << true;
    QTest::newRow("Authorization: wrong bearer") << bearer << Headers{{"Authorization", "Bearer x"}} << false;
    QTest::newRow("hmac hex with prefix: good")
        << hex << Headers{{"X-Signature", "sha256=" + hmacHex(body, secret)}} << true;
    QTest::newRow("hmac hex, prefix left out: good") << hex << Headers{{"X-Signature", hmacHex(body, secret)}} << true;
    QTest::newRow("hmac hex: bad") << hex << Headers{{"X-Signature", "sha256=" + hmacHex(body + " ", secret)}} << false;
    QTest::newRow("hmac hex: not hex") << hex << Headers{{"X-Signature", "sha256=" + QByteArray(64, 'z')}} << false;
    QTest::newRow("hmac hex: truncated") << hex << Headers{{"X-Signature", hmacHex(body, secret).left(40)}} << false;
    QTest::newRow("hmac: missing") << hex << Headers{} << false;
    QTest::newRow("hmac: a token does not count") << hex << Headers{{"X-Tidings-Token", secret}} << false;
    QTest::newRow("hmac base64: good") << base64 << Headers{{"X-Signature", hmacBase64(body, secret)}} << true;
    QTest::newRow("hmac base64: bad") << base64 << Headers{{"X-Signature", hmacBase64(body, "other")}} << false;
    QTest::newRow("hmac base64: hex given") << base64 << Headers{{"X-Signature", hmacHex(body, secret)}} << false;
    QTest::newRow("hmac defaults: X-Tidings-Signature")
        << hmacDefaults << Headers{{"X-Tidings-Signature", "sha256=" + hmacHex(body, secret)}} << true;
    QTest::newRow("unknown mode refuses everything")
        << QJsonObject{{u"mode"_s, u"basic"_s}} << Headers{{"X-Tidings-Token", secret}} << false;
}

void TestGenericAdapter::auth()
{
    QFETCH(QJsonObject, auth);
    QFETCH(Headers, headers);
    QFETCH(bool, accepted);

    const QByteArray body = Test::fixture(u"generic/contract-order.json"_s);
    const auto result = m_adapter.parseWebhook(request(body, headers), source({{u"auth"_s, auth}}), secret);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(result->events.size(), 1);
    } else {
        QCOMPARE(result.error().code, ErrorCode::Unauthorized);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY2(result.error().message.contains("Order sheet"_L1), qPrintable(result.error().message));
    }
}

void TestGenericAdapter::auth_noSecretSaved_unauthorized()
{
    const auto result = m_adapter.parseWebhook(
        request(Test::fixture(u"generic/contract-order.json"_s), {{"X-Tidings-Token", ""}}), source(), {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(result.error().message.contains("No webhook secret is saved"_L1));
}

void TestGenericAdapter::auth_messagesNeverCarryTheSecret()
{
    const QByteArray body = Test::fixture(u"generic/contract-order.json"_s);
    const QByteArray almost = secret.left(secret.size() - 1) + 'x';
    const QList<Headers> attempts = {
        {{"X-Tidings-Token", almost}}, {{"X-Webhook-Signature", "sha256=" + hmacHex(body, almost)}}, {}};
    for (const Headers &headers : attempts) {
        const auto result = m_adapter.parseWebhook(request(body, headers), source(), secret);
        QVERIFY(!result.ok());
        for (const QString &text : {result.error().message, result.error().detail}) {
            QVERIFY(!text.contains(QString::fromLatin1(secret)));
            QVERIFY(!text.contains(QString::fromLatin1(almost)));
            QVERIFY(!text.contains(QString::fromLatin1(hmacHex(body, secret))));
        }
    }
}

void TestGenericAdapter::parse_fixture_setsSourceAndRawBody()
{
    const QByteArray body = Test::fixture(u"generic/contract-shipped.json"_s);
    const auto result = m_adapter.parseWebhook(request(body, {{"X-Tidings-Token", secret}}), source(), secret);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
    QCOMPARE(result->topic, u"order.shipped"_s);
    QCOMPARE(result->eventId, u"08585170376339283527540912661CU12-shipped"_s);
    QVERIFY(result->deliveryId.isEmpty());
    QCOMPARE(result->events.size(), 1);
    const OrderEvent &event = result->events.constFirst();
    QCOMPARE(event.sourceId, u"orders-sheet"_s);
    QCOMPARE(event.sourceType, u"generic"_s);
    QCOMPARE(event.sourceEventId, result->eventId);
    QCOMPARE(event.rawPayload, body);
    QCOMPARE(event.trackingNumber, u"JD014600006281234567"_s);
}

void TestGenericAdapter::parse_array_severalEventsOneStableId()
{
    const QByteArray body = Test::fixture(u"generic/contract-list.json"_s);
    const auto first = m_adapter.parseWebhook(request(body, {{"X-Tidings-Token", secret}}), source(), secret);
    QVERIFY(first.ok());
    QCOMPARE(first->events.size(), 2);
    QCOMPARE(first->events.at(0).sourceEventId, u"batch-2024-05-15-001"_s);
    QCOMPARE(first->events.at(1).sourceEventId, u"batch-2024-05-15-002"_s);
    QVERIFY(first->eventId.startsWith("list:"_L1));

    // The same list again (re-serialized differently) has the same id; a different list does not.
    const QByteArray compact = QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
    const auto again = m_adapter.parseWebhook(request(compact, {{"X-Tidings-Token", secret}}), source(), secret);
    QCOMPARE(again->eventId, first->eventId);
    QByteArray other = compact;
    other.replace("batch-2024-05-15-002", "batch-2024-05-15-003");
    const auto different = m_adapter.parseWebhook(request(other, {{"X-Tidings-Token", secret}}), source(), secret);
    QVERIFY(different->eventId != first->eventId);
}

void TestGenericAdapter::parse_formBody_byContentType()
{
    const QByteArray body = Test::fixture(u"generic/zapier-form.txt"_s);
    const auto result =
        m_adapter.parseWebhook(request(body, {{"X-Tidings-Token", secret}},
                                       QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8")),
                               source({{u"preset"_s, u"zapier"_s}}), secret);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
    QCOMPARE(result->events.constFirst().orderId, u"1045"_s);
    QCOMPARE(result->events.constFirst().lineItems.size(), 2);

    // The same bytes declared as JSON are not JSON.
    const auto asJson = m_adapter.parseWebhook(request(body, {{"X-Tidings-Token", secret}}), source(), secret);
    QVERIFY(!asJson.ok());
    QCOMPARE(asJson.error().code, ErrorCode::InvalidInput);
}

void TestGenericAdapter::parse_stock_stockChangesWithSource()
{
    const auto result = m_adapter.parseWebhook(
        request(Test::fixture(u"generic/stock.json"_s), {{"X-Tidings-Token", secret}}), source(), secret);
    QVERIFY(result.ok());
    QVERIFY(result->events.isEmpty());
    QCOMPARE(result->stockChanges.size(), 1);
    QCOMPARE(result->stockChanges.constFirst().sourceId, u"orders-sheet"_s);
    QCOMPARE(result->topic, u"stock"_s);
    QCOMPARE(result->eventId, u"stock-MUG-CER-TRV-20240516"_s);
}

void TestGenericAdapter::parse_malformed_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");

    QTest::newRow("cut-off JSON") << Test::fixture(u"generic/malformed.json"_s)
                                  << u"The request body is not valid JSON"_s;
    QTest::newRow("empty body") << QByteArray() << u"The request has an empty body."_s;
    QTest::newRow("empty list") << QByteArray("[]") << u"The request is an empty list"_s;
    QTest::newRow("no order id") << QByteArray(R"({"event_id":"1","status":"paid"})")
                                 << u"orderId: order_id is missing in the request."_s;
    QTest::newRow("two problems") << QByteArray(R"([{"status":"paid"},{"status":"paid"}])")
                                  << u"Entry 1: orderId: order_id is missing in the request.\nEntry 2: "_s;
}

void TestGenericAdapter::parse_malformed_invalidInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);

    const auto result = m_adapter.parseWebhook(request(body, {{"X-Tidings-Token", secret}}), source(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().detail.startsWith(detail), qPrintable(result.error().detail));
    QVERIFY2(result.error().message.startsWith("A webhook for Order sheet was refused: "_L1),
             qPrintable(result.error().message));
}

void TestGenericAdapter::parse_authBeforeBody_badTokenOnMalformedBody_unauthorized()
{
    const auto result = m_adapter.parseWebhook(
        request(Test::fixture(u"generic/malformed.json"_s), {{"X-Tidings-Token", "wrong"}}), source(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
}

QTEST_GUILESS_MAIN(TestGenericAdapter)
#include "tst_genericadapter.moc"
