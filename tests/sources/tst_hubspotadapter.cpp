#include "fakes/testsupport.h"
#include "sources/hubspotadapter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

const QByteArray secret = QByteArrayLiteral("5f2c1a9e-7b3d-4e8a-9c61-0d2f4b6a8e10");
const QByteArray target = QByteArrayLiteral("/webhooks/hub");
const QByteArray publicUri = QByteArrayLiteral("https://abc.trycloudflare.com/webhooks/hub");
constexpr qint64 receivedMs = 1715606180000; // 2024-05-13T13:16:20Z
const QByteArray freshTimestamp = QByteArrayLiteral("1715606179500");

// Computed here, not with the adapter's code, so the test checks the recipe itself.
QByteArray v3Signature(const QByteArray &method, const QByteArray &uri, const QByteArray &body,
                       const QByteArray &timestamp, const QByteArray &key = secret)
{
    return QMessageAuthenticationCode::hash(method + uri + body + timestamp, key, QCryptographicHash::Sha256)
        .toBase64();
}

SourceConfig hub(const QJsonObject &extraOptions = {})
{
    SourceConfig source;
    source.id = u"hub"_s;
    source.type = u"hubspot"_s;
    source.name = u"Nordlicht CRM"_s;
    source.options = QJsonObject{
        {u"publicUrl"_s, u"https://abc.trycloudflare.com/"_s},
        {u"statusMap"_s,
         QJsonObject{{u"closedwon"_s, u"paid"_s}, {u"1087324591"_s, u"shipped"_s}, {u"closedlost"_s, u"cancelled"_s}}}};
    for (auto it = extraOptions.begin(); it != extraOptions.end(); ++it) {
        source.options.insert(it.key(), it.value());
    }
    return source;
}

WebhookRequest signedRequest(const QByteArray &body)
{
    WebhookRequest request;
    request.sourceId = u"hub"_s;
    request.target = target;
    request.body = body;
    request.receivedAt = QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC);
    request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    request.headers.insert(QByteArrayLiteral("x-hubspot-request-timestamp"), freshTimestamp);
    request.headers.insert(QByteArrayLiteral("x-hubspot-signature-v3"),
                           v3Signature("POST", publicUri, body, freshTimestamp));
    return request;
}

QByteArray compact(const QJsonArray &events)
{
    return QJsonDocument(events).toJson(QJsonDocument::Compact);
}

QJsonObject stageEvent(qint64 eventId, const QString &subscriptionType, const QString &objectTypeId, qint64 objectId,
                       const QString &property, const QString &value, qint64 occurredAt)
{
    QJsonObject event{{u"eventId"_s, eventId},
                      {u"subscriptionId"_s, 2648351},
                      {u"portalId"_s, 48215376},
                      {u"occurredAt"_s, occurredAt},
                      {u"subscriptionType"_s, subscriptionType},
                      {u"attemptNumber"_s, 0},
                      {u"objectId"_s, objectId},
                      {u"propertyName"_s, property},
                      {u"propertyValue"_s, value},
                      {u"changeSource"_s, u"CRM_UI"_s}};
    if (!objectTypeId.isEmpty()) {
        event.insert(u"objectTypeId"_s, objectTypeId);
    }
    return event;
}

QString expectedBatchId(QStringList ids)
{
    ids.sort();
    return u"batch:"_s +
           QString::fromLatin1(QCryptographicHash::hash(ids.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestHubSpotAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry_knowsHubSpot();
    void signedUri_decodesHubSpotsList_data();
    void signedUri_decodesHubSpotsList();

    void signature_good_accepted_data();
    void signature_good_accepted();
    void signature_bad_unauthorized_data();
    void signature_bad_unauthorized();
    void signature_withoutPublicUrl_configError();

    void batch_fixture_stageChangesBecomeEvents();
    void batch_sameObject_latestWins_data();
    void batch_sameObject_latestWins();
    void single_fixture_unmappedStageIsUnknown();
    void stageChange_whichEventsCount_data();
    void stageChange_whichEventsCount();
    void statusMap_forms_data();
    void statusMap_forms();
    void malformed_invalidInput_data();
    void malformed_invalidInput();

private:
    HubSpotAdapter m_adapter;
};

void TestHubSpotAdapter::registry_knowsHubSpot()
{
    const auto adapter = createSourceAdapter(u"hubspot"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"hubspot"_s);
    QCOMPARE(secretNamesForSource(u"hubspot"_s), QStringList{u"clientSecret"_s});
    QVERIFY(webhookSourceTypes().contains(u"hubspot"_s));

    const SourceTypeInfo *info = sourceTypeInfo(u"hubspot"_s);
    QVERIFY(info);
    QCOMPARE(info->displayName, u"HubSpot"_s);
    QCOMPARE(info->secrets.size(), 1);
    QVERIFY(!info->secrets.first().generatedByTidings);
    QVERIFY(!info->secrets.first().inUrl);
    const auto publicUrl = std::find_if(info->options.cbegin(), info->options.cend(),
                                        [](const SourceOptionInfo &o) { return o.key == u"publicUrl"; });
    QVERIFY(publicUrl != info->options.cend());
    QVERIFY(publicUrl->required);
    QVERIFY(std::any_of(info->options.cbegin(), info->options.cend(),
                        [](const SourceOptionInfo &o) { return o.key == u"statusMap"; }));
    QVERIFY(info->setupSteps.join(u'\n').contains(u"%1"_s));
    QVERIFY(m_adapter.secretHeaderNames().contains(QByteArrayLiteral("x-hubspot-signature-v3")));
}

void TestHubSpotAdapter::signedUri_decodesHubSpotsList_data()
{
    QTest::addColumn<QString>("publicUrl");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << u"https://abc.trycloudflare.com"_s << QByteArray("/webhooks/hub")
                           << QByteArray("https://abc.trycloudflare.com/webhooks/hub");
    QTest::newRow("trailing slashes on the public URL")
        << u" https://abc.trycloudflare.com// "_s << QByteArray("/webhooks/hub")
        << QByteArray("https://abc.trycloudflare.com/webhooks/hub");
    QTest::newRow("every listed escape") << u"https://h.example"_s
                                         << QByteArray("/w?x=%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B")
                                         << QByteArray("https://h.example/w?x=:/?@!$'()*,;");
    QTest::newRow("lower-case hex") << u"https://h.example"_s << QByteArray("/w?t=2024-05-13T10%3a15%3a42")
                                    << QByteArray("https://h.example/w?t=2024-05-13T10:15:42");
    QTest::newRow("other escapes stay") << u"https://h.example"_s << QByteArray("/w?q=a%20b%26c%3Dd%25")
                                        << QByteArray("https://h.example/w?q=a%20b%26c%3Dd%25");
    QTest::newRow("broken escapes stay") << u"https://h.example"_s << QByteArray("/w?q=%3G%2")
                                         << QByteArray("https://h.example/w?q=%3G%2");
}

void TestHubSpotAdapter::signedUri_decodesHubSpotsList()
{
    QFETCH(QString, publicUrl);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);

    QCOMPARE(HubSpotAdapter::signedUri(publicUrl, target), expected);
}

void TestHubSpotAdapter::signature_good_accepted_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("requestTarget");
    QTest::addColumn<QByteArray>("signedUri");

    QTest::newRow("fresh") << freshTimestamp << target << publicUri;
    QTest::newRow("exactly five minutes old") << QByteArray::number(receivedMs - 5 * 60 * 1000) << target << publicUri;
    QTest::newRow("five minutes ahead (clock skew)")
        << QByteArray::number(receivedMs + 5 * 60 * 1000) << target << publicUri;
    QTest::newRow("query with an encoded colon, signed decoded")
        << freshTimestamp << QByteArray("/webhooks/hub?since=10%3A15")
        << QByteArray("https://abc.trycloudflare.com/webhooks/hub?since=10:15");
}

void TestHubSpotAdapter::signature_good_accepted()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, requestTarget);
    QFETCH(QByteArray, signedUri);

    const QByteArray body = Test::fixture(u"hubspot/deal_stage.json"_s);
    WebhookRequest request = signedRequest(body);
    request.target = requestTarget;
    request.headers.insert(QByteArrayLiteral("x-hubspot-request-timestamp"), timestamp);
    request.headers.insert(QByteArrayLiteral("x-hubspot-signature-v3"),
                           v3Signature("POST", signedUri, body, timestamp));
    const auto result = m_adapter.parseWebhook(request, hub(), secret);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->events.size(), 1);
}

void TestHubSpotAdapter::signature_bad_unauthorized_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("configuredSecret");
    QTest::addColumn<bool>("tamper");

    const QByteArray body = Test::fixture(u"hubspot/deal_stage.json"_s);
    const QByteArray good = v3Signature("POST", publicUri, body, freshTimestamp);
    const QByteArray old = QByteArray::number(receivedMs - 5 * 60 * 1000 - 1);
    const QByteArray ahead = QByteArray::number(receivedMs + 5 * 60 * 1000 + 1);
    QTest::newRow("missing signature") << QByteArray() << freshTimestamp << secret << false;
    QTest::newRow("missing timestamp") << good << QByteArray() << secret << false;
    QTest::newRow("timestamp not a number") << good << QByteArray("2024-05-13T13:16:19Z") << secret << false;
    QTest::newRow("stale by 1 ms, signed correctly")
        << v3Signature("POST", publicUri, body, old) << old << secret << false;
    QTest::newRow("5 minutes ahead by 1 ms, signed correctly")
        << v3Signature("POST", publicUri, body, ahead) << ahead << secret << false;
    QTest::newRow("timestamp changed after signing") << good << QByteArray("1715606179501") << secret << false;
    QTest::newRow("other secret") << v3Signature("POST", publicUri, body, freshTimestamp, "guess") << freshTimestamp
                                  << secret << false;
    QTest::newRow("tampered body") << good << freshTimestamp << secret << true;
    QTest::newRow("signed for another address")
        << v3Signature("POST", "https://evil.example/webhooks/hub", body, freshTimestamp) << freshTimestamp << secret
        << false;
    QTest::newRow("signed as GET") << v3Signature("GET", publicUri, body, freshTimestamp) << freshTimestamp << secret
                                   << false;
    QTest::newRow("signed without the timestamp")
        << QMessageAuthenticationCode::hash("POST" + publicUri + body, secret, QCryptographicHash::Sha256).toBase64()
        << freshTimestamp << secret << false;
    QTest::newRow("hex instead of base64")
        << QMessageAuthenticationCode::hash("POST" + publicUri + body + freshTimestamp, secret,
                                            QCryptographicHash::Sha256)
               .toHex()
        << freshTimestamp << secret << false;
    QTest::newRow("no secret saved") << good << freshTimestamp << QByteArray() << false;
}

void TestHubSpotAdapter::signature_bad_unauthorized()
{
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, configuredSecret);
    QFETCH(bool, tamper);

    WebhookRequest request = signedRequest(Test::fixture(u"hubspot/deal_stage.json"_s));
    request.headers.remove(QByteArrayLiteral("x-hubspot-signature-v3"));
    request.headers.remove(QByteArrayLiteral("x-hubspot-request-timestamp"));
    if (!signature.isEmpty()) {
        request.headers.insert(QByteArrayLiteral("x-hubspot-signature-v3"), signature);
    }
    if (!timestamp.isEmpty()) {
        request.headers.insert(QByteArrayLiteral("x-hubspot-request-timestamp"), timestamp);
    }
    if (tamper) {
        request.body.replace(QByteArrayLiteral("1087324588"), QByteArrayLiteral("closedwon"));
    }

    const auto result = m_adapter.parseWebhook(request, hub(), configuredSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().message.contains(QString::fromLatin1(secret)));
    QVERIFY(signature.isEmpty() || !result.error().message.contains(QString::fromLatin1(signature)));
}

void TestHubSpotAdapter::signature_withoutPublicUrl_configError()
{
    const WebhookRequest request = signedRequest(Test::fixture(u"hubspot/deal_stage.json"_s));
    const auto result = m_adapter.parseWebhook(request, hub({{u"publicUrl"_s, u""_s}}), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Config);
    QVERIFY(result.error().detail.contains(u"publicUrl"_s));
}

void TestHubSpotAdapter::batch_fixture_stageChangesBecomeEvents()
{
    const QByteArray body = Test::fixture(u"hubspot/batch.json"_s);
    const auto result = m_adapter.parseWebhook(signedRequest(body), hub(), secret);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->eventId,
             expectedBatchId({u"3817402113"_s, u"3817402120"_s, u"3817402131"_s, u"3817402140"_s, u"3817402152"_s}));
    QVERIFY(result->deliveryId.isEmpty());
    QCOMPARE(result->topic, u"deal.propertyChange,object.propertyChange,deal.creation,contact.propertyChange"_s);
    QVERIFY(result->responseBody.isEmpty());
    QVERIFY(result->bodyToStore.isNull());
    QCOMPARE(result->events.size(), 2);

    const OrderEvent deal = result->events.at(0);
    QCOMPARE(deal.sourceId, u"hub"_s);
    QCOMPARE(deal.sourceType, u"hubspot"_s);
    QCOMPARE(deal.sourceEventId, u"3817402120"_s);
    QCOMPARE(deal.topic, u"deal.propertyChange"_s);
    QCOMPARE(deal.orderId, u"15234567891"_s);
    QCOMPARE(deal.orderStatus, OrderStatus::Paid);
    QCOMPARE(deal.rawOrderStatus, u"closedwon"_s);
    QCOMPARE(deal.occurredAt, QDateTime::fromMSecsSinceEpoch(1715606162087, Qt::UTC));
    QVERIFY(deal.customerEmail.isEmpty());
    QVERIFY(!deal.hasShipment());
    QCOMPARE(deal.rawPayload, body);

    const OrderEvent order = result->events.at(1);
    QCOMPARE(order.sourceEventId, u"3817402131"_s);
    QCOMPARE(order.topic, u"object.propertyChange"_s);
    QCOMPARE(order.orderId, u"44446244097"_s);
    QCOMPARE(order.orderStatus, OrderStatus::Shipped);
    QCOMPARE(order.rawOrderStatus, u"1087324591"_s);
}

void TestHubSpotAdapter::batch_sameObject_latestWins_data()
{
    QTest::addColumn<QJsonArray>("events");
    QTest::addColumn<QString>("expectedRaw");

    const auto deal = [](qint64 id, const char *stage, qint64 at) {
        return stageEvent(id, u"deal.propertyChange"_s, {}, 77, u"dealstage"_s, QString::fromLatin1(stage), at);
    };
    QTest::newRow("in order") << QJsonArray{deal(1, "contractsent", 1000), deal(2, "closedwon", 2000)}
                              << u"closedwon"_s;
    QTest::newRow("reversed") << QJsonArray{deal(2, "closedwon", 2000), deal(1, "contractsent", 1000)}
                              << u"closedwon"_s;
    QTest::newRow("three, latest in the middle")
        << QJsonArray{deal(1, "a", 1000), deal(3, "closedlost", 3000), deal(2, "b", 2000)} << u"closedlost"_s;
    QTest::newRow("same time: the later one in the body")
        << QJsonArray{deal(1, "contractsent", 1000), deal(2, "closedwon", 1000)} << u"closedwon"_s;
    QTest::newRow("legacy and generic subscription for one deal")
        << QJsonArray{deal(1, "closedwon", 1000),
                      stageEvent(2, u"object.propertyChange"_s, u"0-3"_s, 77, u"dealstage"_s, u"closedlost"_s, 4000)}
        << u"closedlost"_s;
}

void TestHubSpotAdapter::batch_sameObject_latestWins()
{
    QFETCH(QJsonArray, events);
    QFETCH(QString, expectedRaw);

    const auto result = m_adapter.parseWebhook(signedRequest(compact(events)), hub(), secret);
    QVERIFY(result.ok());
    QCOMPARE(result->events.size(), 1);
    QCOMPARE(result->events.first().orderId, u"77"_s);
    QCOMPARE(result->events.first().rawOrderStatus, expectedRaw);
}

void TestHubSpotAdapter::single_fixture_unmappedStageIsUnknown()
{
    const auto result =
        m_adapter.parseWebhook(signedRequest(Test::fixture(u"hubspot/deal_stage.json"_s)), hub(), secret);
    QVERIFY(result.ok());
    QCOMPARE(result->eventId, u"3817409981"_s);
    QCOMPARE(result->topic, u"deal.propertyChange"_s);
    QCOMPARE(result->events.size(), 1);
    QCOMPARE(result->events.first().orderId, u"15234567891"_s);
    QCOMPARE(result->events.first().orderStatus, OrderStatus::Unknown);
    QCOMPARE(result->events.first().rawOrderStatus, u"1087324588"_s);
}

void TestHubSpotAdapter::stageChange_whichEventsCount_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::addColumn<bool>("actedOn");

    QTest::newRow("legacy deal stage") << stageEvent(1, u"deal.propertyChange"_s, {}, 5, u"dealstage"_s, u"x"_s, 1)
                                       << true;
    QTest::newRow("generic deal stage") << stageEvent(1, u"object.propertyChange"_s, u"0-3"_s, 5, u"dealstage"_s,
                                                      u"x"_s, 1)
                                        << true;
    QTest::newRow("order pipeline stage")
        << stageEvent(1, u"object.propertyChange"_s, u"0-123"_s, 5, u"hs_pipeline_stage"_s, u"x"_s, 1) << true;
    QTest::newRow("deal amount") << stageEvent(1, u"deal.propertyChange"_s, {}, 5, u"amount"_s, u"10"_s, 1) << false;
    QTest::newRow("order with the deal property")
        << stageEvent(1, u"object.propertyChange"_s, u"0-123"_s, 5, u"dealstage"_s, u"x"_s, 1) << false;
    QTest::newRow("deal with the order property")
        << stageEvent(1, u"object.propertyChange"_s, u"0-3"_s, 5, u"hs_pipeline_stage"_s, u"x"_s, 1) << false;
    QTest::newRow("ticket pipeline stage")
        << stageEvent(1, u"object.propertyChange"_s, u"0-5"_s, 5, u"hs_pipeline_stage"_s, u"x"_s, 1) << false;
    QTest::newRow("order creation") << stageEvent(1, u"object.creation"_s, u"0-123"_s, 5, u"hs_pipeline_stage"_s,
                                                  u"x"_s, 1)
                                    << false;
    QJsonObject noObject = stageEvent(1, u"deal.propertyChange"_s, {}, 5, u"dealstage"_s, u"x"_s, 1);
    noObject.remove(u"objectId"_s);
    QTest::newRow("stage change without objectId") << noObject << false;
}

void TestHubSpotAdapter::stageChange_whichEventsCount()
{
    QFETCH(QJsonObject, event);
    QFETCH(bool, actedOn);

    const auto result = m_adapter.parseWebhook(signedRequest(compact({event})), hub(), secret);
    QVERIFY(result.ok());
    QCOMPARE(result->eventId, u"1"_s);
    QCOMPARE(result->events.size(), actedOn ? 1 : 0);
}

void TestHubSpotAdapter::statusMap_forms_data()
{
    QTest::addColumn<QJsonValue>("statusMap");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<OrderStatus>("expected");

    const QJsonObject table{{u"ClosedWon"_s, u"Paid"_s}, {u"1087324591"_s, u"shipped"_s}};
    QTest::newRow("object, case-insensitive key and value") << QJsonValue(table) << u"closedwon"_s << OrderStatus::Paid;
    QTest::newRow("numeric stage id") << QJsonValue(table) << u"1087324591"_s << OrderStatus::Shipped;
    QTest::newRow("JSON text") << QJsonValue(uR"({"closedwon":"completed"})"_s) << u"closedwon"_s
                               << OrderStatus::Completed;
    QTest::newRow("unmapped stage") << QJsonValue(table) << u"appointmentscheduled"_s << OrderStatus::Unknown;
    QTest::newRow("no map at all") << QJsonValue(QJsonValue::Undefined) << u"closedwon"_s << OrderStatus::Unknown;
    QTest::newRow("broken map") << QJsonValue(u"closedwon=paid"_s) << u"closedwon"_s << OrderStatus::Unknown;
}

void TestHubSpotAdapter::statusMap_forms()
{
    QFETCH(QJsonValue, statusMap);
    QFETCH(QString, stage);
    QFETCH(OrderStatus, expected);

    SourceConfig source = hub();
    source.options.remove(u"statusMap"_s);
    if (!statusMap.isUndefined()) {
        source.options.insert(u"statusMap"_s, statusMap);
    }
    const QByteArray body = compact({stageEvent(9, u"deal.propertyChange"_s, {}, 5, u"dealstage"_s, stage, 1)});
    const auto result = m_adapter.parseWebhook(signedRequest(body), source, secret);
    QVERIFY(result.ok());
    QCOMPARE(result->events.size(), 1);
    QCOMPARE(result->events.first().orderStatus, expected);
    QCOMPARE(result->events.first().rawOrderStatus, stage);
}

void TestHubSpotAdapter::malformed_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("not JSON") << QByteArrayLiteral("eventId=1");
    QTest::newRow("truncated") << QByteArrayLiteral(R"([{"eventId":1,"objectId":)");
    QTest::newRow("object, not array") << QByteArrayLiteral(R"({"eventId":1})");
    QTest::newRow("empty array") << QByteArrayLiteral("[]");
    QTest::newRow("array of numbers") << QByteArrayLiteral("[1,2]");
    QTest::newRow("event without eventId")
        << QByteArrayLiteral(R"([{"subscriptionType":"deal.creation","objectId":5}])");
    QTest::newRow("empty body") << QByteArray();
}

void TestHubSpotAdapter::malformed_invalidInput()
{
    QFETCH(QByteArray, body);

    const auto result = m_adapter.parseWebhook(signedRequest(body), hub(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestHubSpotAdapter)

#include "tst_hubspotadapter.moc"
