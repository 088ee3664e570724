#include "fakes/testsupport.h"
#include "sources/activecampaignadapter.h"

#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

const QByteArray token = QByteArrayLiteral("Hn4sV8qK1zPw6RbY0cTm");

SourceConfig account(const QJsonValue &statusMap = QJsonObject{{u"To ship"_s, u"paid"_s}, {u"shipped"_s, u"shipped"_s}})
{
    SourceConfig source;
    source.id = u"ac"_s;
    source.type = u"activecampaign"_s;
    source.name = u"Nordlicht ActiveCampaign"_s;
    if (!statusMap.isUndefined()) {
        source.options.insert(u"statusMap"_s, statusMap);
    }
    return source;
}

WebhookRequest request(const QByteArray &body, const QByteArray &target = "/webhooks/ac?token=" + token)
{
    WebhookRequest request;
    request.sourceId = u"ac"_s;
    request.target = target;
    request.body = body;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    return request;
}

QByteArray dealUpdate(const QByteArray &stageFields)
{
    return "type=deal_update&date_time=2024-05-14T09%3A02%3A11-05%3A00&deal%5Bid%5D=42" + stageFields +
           "&contact%5Bemail%5D=jane.doe%40example.com";
}

} // namespace

class TestActiveCampaignAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry_knowsActiveCampaign();
    void token_bad_unauthorized_data();
    void token_bad_unauthorized();

    void dealAdd_fixture_normalizesDeal();
    void dealUpdate_fixture_stageTitleMapped();
    void stage_mapping_data();
    void stage_mapping();
    void otherTypes_recordedWithoutEvents_data();
    void otherTypes_recordedWithoutEvents();
    void malformed_invalidInput_data();
    void malformed_invalidInput();

private:
    ActiveCampaignAdapter m_adapter;
};

void TestActiveCampaignAdapter::registry_knowsActiveCampaign()
{
    const auto adapter = createSourceAdapter(u"activecampaign"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"activecampaign"_s);
    QCOMPARE(secretNamesForSource(u"activecampaign"_s), QStringList{u"urlToken"_s});
    const SourceTypeInfo *info = sourceTypeInfo(u"activecampaign"_s);
    QVERIFY(info);
    QCOMPARE(info->displayName, u"ActiveCampaign"_s);
    QVERIFY(info->secrets.first().generatedByTidings);
    QVERIFY(info->secrets.first().inUrl);
    QVERIFY(std::any_of(info->options.cbegin(), info->options.cend(),
                        [](const SourceOptionInfo &o) { return o.key == u"statusMap"; }));
    QVERIFY(info->setupSteps.join(u'\n').contains(u"%1"_s));
}

void TestActiveCampaignAdapter::token_bad_unauthorized_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("configuredToken");

    QTest::newRow("no token") << QByteArray("/webhooks/ac") << token;
    QTest::newRow("wrong token") << QByteArray("/webhooks/ac?token=Hn4sV8qK1zPw6RbY0cTn") << token;
    QTest::newRow("empty token") << QByteArray("/webhooks/ac?token=") << token;
    QTest::newRow("token with a different case") << QByteArray("/webhooks/ac?token=hn4sv8qk1zpw6rby0ctm") << token;
    QTest::newRow("no token saved") << QByteArray("/webhooks/ac?token=" + token) << QByteArray();
}

void TestActiveCampaignAdapter::token_bad_unauthorized()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, configuredToken);

    const auto result = m_adapter.parseWebhook(request(Test::fixture(u"activecampaign/deal_add.txt"_s), target),
                                               account(), configuredToken);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(!result.error().message.contains(QString::fromLatin1(token)));
}

void TestActiveCampaignAdapter::dealAdd_fixture_normalizesDeal()
{
    const QByteArray body = Test::fixture(u"activecampaign/deal_add.txt"_s);
    const auto result = m_adapter.parseWebhook(request(body), account(), token);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->topic, u"deal_add"_s);
    QCOMPARE(result->eventId, u"deal_add:42:2024-05-13T10:15:42-05:00:3"_s);
    QVERIFY(result->deliveryId.isEmpty());
    QVERIFY(result->responseBody.isEmpty());
    QCOMPARE(result->events.size(), 1);

    const OrderEvent event = result->events.first();
    QCOMPARE(event.sourceId, u"ac"_s);
    QCOMPARE(event.sourceType, u"activecampaign"_s);
    QCOMPARE(event.sourceEventId, result->eventId);
    QCOMPARE(event.topic, u"deal_add"_s);
    QCOMPARE(event.orderId, u"deal:42"_s);
    QCOMPARE(event.orderNumber, u"Order #1042"_s); // '+' is a space, %23 is '#'
    QCOMPARE(event.customerEmail, u"jane.doe@example.com"_s);
    QCOMPARE(event.customerName, u"Jane Doe"_s);
    QCOMPARE(event.customerPhone, u"+4915112345678"_s); // %2B stays a plus
    QCOMPARE(event.orderStatus, OrderStatus::Paid);
    QCOMPARE(event.rawOrderStatus, u"To ship"_s);
    QCOMPARE(event.totalPrice, u"73.30"_s);
    QCOMPARE(event.currency, u"EUR"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 13), QTime(15, 15, 42), Qt::UTC));
    QCOMPARE(event.rawPayload, body);
    QVERIFY(!event.hasShipment());
}

void TestActiveCampaignAdapter::dealUpdate_fixture_stageTitleMapped()
{
    const auto result =
        m_adapter.parseWebhook(request(Test::fixture(u"activecampaign/deal_update.txt"_s)), account(), token);
    QVERIFY(result.ok());
    QCOMPARE(result->eventId, u"deal_update:42:2024-05-14T09:02:11-05:00:5"_s);
    QCOMPARE(result->events.size(), 1);
    QCOMPARE(result->events.first().orderId, u"deal:42"_s);
    QCOMPARE(result->events.first().orderStatus, OrderStatus::Shipped);
    QCOMPARE(result->events.first().rawOrderStatus, u"Shipped"_s);
}

void TestActiveCampaignAdapter::stage_mapping_data()
{
    QTest::addColumn<QJsonValue>("statusMap");
    QTest::addColumn<QByteArray>("stageFields");
    QTest::addColumn<OrderStatus>("expected");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("eventId");

    const QJsonObject table{{u"Shipped"_s, u"shipped"_s}, {u"7"_s, u"delivered"_s}, {u"Won"_s, u"completed"_s}};
    const QString prefix = u"deal_update:42:2024-05-14T09:02:11-05:00:"_s;
    QTest::newRow("title") << QJsonValue(table) << QByteArray("&deal%5Bstage%5D=5&deal%5Bstage_title%5D=shipped")
                           << OrderStatus::Shipped << u"shipped"_s << prefix + u"5"_s;
    QTest::newRow("id when the title is not mapped")
        << QJsonValue(table) << QByteArray("&deal%5Bstage%5D=7&deal%5Bstage_title%5D=Zugestellt")
        << OrderStatus::Delivered << u"Zugestellt"_s << prefix + u"7"_s;
    QTest::newRow("title wins over id") << QJsonValue(table)
                                        << QByteArray("&deal%5Bstage%5D=7&deal%5Bstage_title%5D=Won")
                                        << OrderStatus::Completed << u"Won"_s << prefix + u"7"_s;
    QTest::newRow("stageid spelling") << QJsonValue(table) << QByteArray("&deal%5Bstageid%5D=7")
                                      << OrderStatus::Delivered << u"7"_s << prefix + u"7"_s;
    QTest::newRow("plus-encoded spaces in the title")
        << QJsonValue(QJsonObject{{u"ready to ship"_s, u"paid"_s}})
        << QByteArray("&deal%5Bstage%5D=2&deal%5Bstage_title%5D=Ready+to+ship") << OrderStatus::Paid
        << u"Ready to ship"_s << prefix + u"2"_s;
    QTest::newRow("unmapped") << QJsonValue(table) << QByteArray("&deal%5Bstage%5D=9&deal%5Bstage_title%5D=Lost")
                              << OrderStatus::Unknown << u"Lost"_s << prefix + u"9"_s;
    QTest::newRow("no map") << QJsonValue(QJsonValue::Undefined)
                            << QByteArray("&deal%5Bstage%5D=5&deal%5Bstage_title%5D=Shipped") << OrderStatus::Unknown
                            << u"Shipped"_s << prefix + u"5"_s;
    QTest::newRow("no stage at all") << QJsonValue(table) << QByteArray() << OrderStatus::Unknown << QString()
                                     << prefix;
}

void TestActiveCampaignAdapter::stage_mapping()
{
    QFETCH(QJsonValue, statusMap);
    QFETCH(QByteArray, stageFields);
    QFETCH(OrderStatus, expected);
    QFETCH(QString, raw);
    QFETCH(QString, eventId);

    const auto result = m_adapter.parseWebhook(request(dealUpdate(stageFields)), account(statusMap), token);
    QVERIFY(result.ok());
    QCOMPARE(result->eventId, eventId);
    QCOMPARE(result->events.size(), 1);
    QCOMPARE(result->events.first().orderStatus, expected);
    QCOMPARE(result->events.first().rawOrderStatus, raw);
    QCOMPARE(result->events.first().customerEmail, u"jane.doe@example.com"_s);
}

void TestActiveCampaignAdapter::otherTypes_recordedWithoutEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("eventId");

    QTest::newRow("contact subscribed") << Test::fixture(u"activecampaign/subscribe.txt"_s) << u"subscribe"_s
                                        << u"subscribe:18:2024-05-13T10:20:05-05:00"_s;
    QTest::newRow("deal note") << QByteArray("type=deal_note_add&date_time=2024-05-13+10%3A00%3A00&deal%5Bid%5D=42"
                                             "&contact%5Bid%5D=17")
                               << u"deal_note_add"_s << u"deal_note_add:17:2024-05-13 10:00:00"_s;
    QTest::newRow("new pipeline stage") << QByteArray("type=deal_stage_add&date_time=2024-05-13T10%3A00%3A00Z")
                                        << u"deal_stage_add"_s << u"deal_stage_add::2024-05-13T10:00:00Z"_s;
    QTest::newRow("contact update") << QByteArray("type=update&date_time=2024-05-13T10%3A00%3A00Z&contact%5Bid%5D=17"
                                                  "&contact%5Bemail%5D=jane.doe%40example.com")
                                    << u"update"_s << u"update:17:2024-05-13T10:00:00Z"_s;
}

void TestActiveCampaignAdapter::otherTypes_recordedWithoutEvents()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, topic);
    QFETCH(QString, eventId);

    const auto result = m_adapter.parseWebhook(request(body), account(), token);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->topic, topic);
    QCOMPARE(result->eventId, eventId);
    QVERIFY(result->events.isEmpty());
}

void TestActiveCampaignAdapter::malformed_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("no type") << QByteArray("date_time=2024-05-13&deal%5Bid%5D=42");
    QTest::newRow("empty type") << QByteArray("type=&deal%5Bid%5D=42");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("deal event without deal id") << QByteArray("type=deal_update&deal%5Bstage_title%5D=Shipped");
    QTest::newRow("not UTF-8") << QByteArray("type=deal_add&deal%5Bid%5D=4%FF2");
    QTest::newRow("JSON instead of a form") << QByteArray(R"({"type":"deal_add","deal":{"id":42}})");
}

void TestActiveCampaignAdapter::malformed_invalidInput()
{
    QFETCH(QByteArray, body);

    const auto result = m_adapter.parseWebhook(request(body), account(), token);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestActiveCampaignAdapter)

#include "tst_activecampaignadapter.moc"
