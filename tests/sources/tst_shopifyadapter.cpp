#include "fakes/testsupport.h"
#include "sources/shopifyadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;
using Tidings::Test::onlyEvent;

namespace {

const QByteArray secret = QByteArrayLiteral("shpss_0123456789abcdef");

SourceConfig shop()
{
    SourceConfig source;
    source.id = u"nordlicht"_s;
    source.type = u"shopify"_s;
    source.name = u"Nordlicht"_s;
    return source;
}

WebhookRequest signedRequest(const QByteArray &body, const QByteArray &topic)
{
    WebhookRequest request;
    request.sourceId = u"nordlicht"_s;
    request.body = body;
    request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    request.headers.insert(QByteArrayLiteral("x-shopify-hmac-sha256"), Test::shopifySignature(body, secret));
    if (!topic.isEmpty()) {
        request.headers.insert(QByteArrayLiteral("x-shopify-topic"), topic);
    }
    request.headers.insert(QByteArrayLiteral("x-shopify-shop-domain"), QByteArrayLiteral("nordlicht.myshopify.com"));
    request.headers.insert(QByteArrayLiteral("x-shopify-event-id"), QByteArrayLiteral("98880550-7158-44d4-b7cd"));
    request.headers.insert(QByteArrayLiteral("x-shopify-webhook-id"), QByteArrayLiteral("b54557e4-bdd9-4b37-8a5f"));
    request.headers.insert(QByteArrayLiteral("x-shopify-triggered-at"), QByteArrayLiteral("2024-05-15T06:47:31Z"));
    return request;
}

// A QJsonObject cannot hold an undefined value, so this string stands for "remove the field".
const QString removed = u"<removed>"_s;

QByteArray withFields(const QByteArray &fixtureBody, const QJsonObject &changes)
{
    QJsonObject object = QJsonDocument::fromJson(fixtureBody).object();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value() == removed) {
            object.remove(it.key());
        } else {
            object.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestShopifyAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factory_shopify_createsAdapterAndNamesSecret();
    void secretHeaderNames_includesHmacHeader();

    void ordersCreate_fixture_normalizesOrder();
    void ordersCreate_contactFallbacks_data();
    void ordersCreate_contactFallbacks();
    void ordersCreate_idsBeyondDoublePrecision_keptExactly();
    void ordersCreate_withoutId_invalidInput();

    void fulfillmentsCreate_fixture_normalizesShipment();
    void fulfillmentsUpdate_fixture_outForDelivery();
    void fulfillment_trackingFromArrays_usesFirst();
    void fulfillment_statusField_data();
    void fulfillment_statusField();

    void orderStatus_mapping_data();
    void orderStatus_mapping();
    void shipmentStatus_mapping_data();
    void shipmentStatus_mapping();

    void parse_badSignature_unauthorized_data();
    void parse_badSignature_unauthorized();
    void parse_missingTopic_invalidInput();
    void parse_notAJsonObject_invalidInput_data();
    void parse_notAJsonObject_invalidInput();
    void parse_unknownTopic_recordedWithoutEvents();
    void sampleWebhook_isSignedOrderWithoutEmail_newIdsEachTime();
    void sampleWebhook_withoutSecret_none();
    void orderTopics_normalizeTheOrder_data();
    void orderTopics_normalizeTheOrder();
    void orderTopics_carryTheirFulfillments();
    void fulfillmentEvent_fixture_updatesShipmentStatus();
    void refund_fixture_recordedAgainstItsOrder();
    void inventoryLevel_fixture_stockChange();
    void productUpdate_namesTheSkuOfEachTrackedVariant();
    void newTopics_withoutIds_invalidInput_data();
    void newTopics_withoutIds_invalidInput();
    void parse_unknownShipmentStatus_noCrash_data();
    void parse_unknownShipmentStatus_noCrash();
    void parse_oddlyTypedFields_noCrash();

private:
    ShopifyAdapter m_adapter;
};

void TestShopifyAdapter::factory_shopify_createsAdapterAndNamesSecret()
{
    const auto adapter = createSourceAdapter(u"shopify"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"shopify"_s);
    QVERIFY(!createSourceAdapter(u"nosuchplatform"_s));
    QCOMPARE(secretNamesForSource(u"shopify"_s), QStringList{u"webhookSecret"_s});
    QVERIFY(secretNamesForSource(u"nosuchplatform"_s).isEmpty());
}

void TestShopifyAdapter::secretHeaderNames_includesHmacHeader()
{
    QVERIFY(m_adapter.secretHeaderNames().contains(QByteArrayLiteral("x-shopify-hmac-sha256")));
}

void TestShopifyAdapter::ordersCreate_fixture_normalizesOrder()
{
    const QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);
    const auto result = m_adapter.parseWebhook(signedRequest(body, "orders/create"), shop(), secret);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->topic, u"orders/create"_s);
    QCOMPARE(result->eventId, u"98880550-7158-44d4-b7cd"_s);
    QCOMPARE(result->deliveryId, u"b54557e4-bdd9-4b37-8a5f"_s);

    const OrderEvent event = onlyEvent(result);
    QCOMPARE(event.sourceId, u"nordlicht"_s);
    QCOMPARE(event.sourceType, u"shopify"_s);
    QCOMPARE(event.sourceEventId, u"98880550-7158-44d4-b7cd"_s);
    QCOMPARE(event.deliveryId, u"b54557e4-bdd9-4b37-8a5f"_s);
    QCOMPARE(event.topic, u"orders/create"_s);
    QCOMPARE(event.orderId, u"5820134932535"_s);
    QCOMPARE(event.orderNumber, u"#1042"_s);
    QCOMPARE(event.customerName, u"Jane Doe"_s);
    QCOMPARE(event.customerEmail, u"jane@example.com"_s);
    QCOMPARE(event.customerPhone, u"+4915112345678"_s);
    QCOMPARE(event.customerLocale, u"de-DE"_s);
    QCOMPARE(event.customerTimeZone, u"Europe/Berlin"_s); // from the shipping address's country
    QCOMPARE(event.orderStatus, OrderStatus::Paid);
    QCOMPARE(event.rawOrderStatus, u"financial=paid;fulfillment=null"_s);
    QVERIFY(!event.hasShipment());
    QCOMPARE(event.totalPrice, u"73.30"_s);
    QCOMPARE(event.currency, u"EUR"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 13), QTime(14, 15, 42), Qt::UTC));
    QCOMPARE(event.occurredAt.timeSpec(), Qt::UTC);
    QCOMPARE(event.rawPayload, body);

    QCOMPARE(event.lineItems.size(), 2);
    QCOMPARE(event.lineItems.at(0).sku, u"TSH-ORG-GRN-M"_s);
    QCOMPARE(event.lineItems.at(0).name, u"Organic Cotton T-Shirt"_s);
    QCOMPARE(event.lineItems.at(0).quantity, 2);
    QCOMPARE(event.lineItems.at(0).price, u"24.95"_s);
    QCOMPARE(event.lineItems.at(1).sku, u"MUG-CER-TRV"_s);
    QCOMPARE(event.lineItems.at(1).name, u"Ceramic Travel Mug"_s);
    QCOMPARE(event.lineItems.at(1).quantity, 1);
    QCOMPARE(event.lineItems.at(1).price, u"18.50"_s);
}

void TestShopifyAdapter::ordersCreate_contactFallbacks_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");

    const QJsonObject noCustomer{{u"customer"_s, QJsonValue::Null}};
    QTest::newRow("order email wins") << QJsonObject{{u"contact_email"_s, u"other@example.com"_s}}
                                      << u"jane@example.com"_s << u"Jane Doe"_s << u"+4915112345678"_s;
    QTest::newRow("contact_email when email is null")
        << QJsonObject{{u"email"_s, QJsonValue::Null}, {u"contact_email"_s, u"contact@example.com"_s}}
        << u"contact@example.com"_s << u"Jane Doe"_s << u"+4915112345678"_s;
    QTest::newRow("customer email when both are empty")
        << QJsonObject{{u"email"_s, u""_s}, {u"contact_email"_s, removed}} << u"jane@example.com"_s << u"Jane Doe"_s
        << u"+4915112345678"_s;
    QTest::newRow("order phone wins") << QJsonObject{{u"phone"_s, u"+4930999"_s}} << u"jane@example.com"_s
                                      << u"Jane Doe"_s << u"+4930999"_s;
    QTest::newRow("no customer: name and phone from shipping address")
        << noCustomer << u"jane@example.com"_s << u"Jane Doe"_s << u"+49 30 1234567"_s;
    QTest::newRow("nothing at all (protected customer data withheld)") << QJsonObject{{u"email"_s, removed},
                                                                                      {u"contact_email"_s, removed},
                                                                                      {u"customer"_s, removed},
                                                                                      {u"shipping_address"_s, removed},
                                                                                      {u"billing_address"_s, removed}}
                                                                       << QString() << QString() << QString();
}

void TestShopifyAdapter::ordersCreate_contactFallbacks()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, email);
    QFETCH(QString, name);
    QFETCH(QString, phone);

    const QByteArray body = withFields(Test::fixture(u"shopify/orders_create.json"_s), changes);
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body, "orders/create"), shop(), secret));
    QCOMPARE(event.orderId, u"5820134932535"_s);
    QCOMPARE(event.customerEmail, email);
    QCOMPARE(event.customerName, name);
    QCOMPARE(event.customerPhone, phone);
}

void TestShopifyAdapter::ordersCreate_idsBeyondDoublePrecision_keptExactly()
{
    // 2^53 + 1 cannot be held by a double.
    const QByteArray body = QByteArrayLiteral(
        R"({"id":9007199254740993,"name":"#7","financial_status":"paid","line_items":[],"total_price":"1.00"})");
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body, "orders/create"), shop(), secret));
    QCOMPARE(event.orderId, u"9007199254740993"_s);
}

void TestShopifyAdapter::ordersCreate_withoutId_invalidInput()
{
    const QByteArray body = withFields(Test::fixture(u"shopify/orders_create.json"_s), {{u"id"_s, QJsonValue::Null}});
    const auto result = m_adapter.parseWebhook(signedRequest(body, "orders/create"), shop(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
}

void TestShopifyAdapter::fulfillmentsCreate_fixture_normalizesShipment()
{
    const QByteArray body = Test::fixture(u"shopify/fulfillments_create.json"_s);
    const auto result = m_adapter.parseWebhook(signedRequest(body, "fulfillments/create"), shop(), secret);
    const OrderEvent event = onlyEvent(result);
    QCOMPARE(event.topic, u"fulfillments/create"_s);
    QCOMPARE(event.orderId, u"5820134932535"_s);
    QCOMPARE(event.shipmentId, u"4920157782071"_s);
    QVERIFY(event.hasShipment());
    QCOMPARE(event.orderNumber, u"#1042"_s);
    QCOMPARE(event.customerEmail, u"jane@example.com"_s);
    QCOMPARE(event.carrier, u"DHL Express"_s);
    QCOMPARE(event.trackingNumber, u"JD014600006281234567"_s);
    QCOMPARE(event.trackingUrl,
             QUrl(u"https://www.dhl.com/de-en/home/tracking/tracking-express.html?submit=1&tracking-id="
                  u"JD014600006281234567"_s));
    QCOMPARE(event.shipmentStatus, ShipmentStatus::Unknown);
    QCOMPARE(event.rawShipmentStatus, u"shipment=null;status=success"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Shipped);
    QCOMPARE(event.lineItems.size(), 2);
    QCOMPARE(event.lineItems.at(0).sku, u"TSH-ORG-GRN-M"_s);
    QCOMPARE(event.lineItems.at(0).quantity, 2);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 14), QTime(7, 2, 11), Qt::UTC));
    QCOMPARE(event.rawPayload, body);
}

void TestShopifyAdapter::fulfillmentsUpdate_fixture_outForDelivery()
{
    const QByteArray body = Test::fixture(u"shopify/fulfillments_update.json"_s);
    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(signedRequest(body, "fulfillments/update"), shop(), secret));
    QCOMPARE(event.topic, u"fulfillments/update"_s);
    QCOMPARE(event.shipmentId, u"4920157782071"_s);
    QCOMPARE(event.orderNumber, u"#1042"_s);
    QCOMPARE(event.shipmentStatus, ShipmentStatus::OutForDelivery);
    QCOMPARE(event.rawShipmentStatus, u"shipment=out_for_delivery;status=success"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Shipped);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 15), QTime(6, 47, 30), Qt::UTC));
}

void TestShopifyAdapter::fulfillment_trackingFromArrays_usesFirst()
{
    const QByteArray body =
        withFields(Test::fixture(u"shopify/fulfillments_create.json"_s),
                   {{u"tracking_number"_s, QJsonValue::Null},
                    {u"tracking_url"_s, QJsonValue::Null},
                    {u"tracking_numbers"_s, QJsonArray{u"1Z999AA10123456784"_s, u"1Z999AA10123456785"_s}},
                    {u"tracking_urls"_s, QJsonArray{u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s}},
                    {u"tracking_company"_s, u"UPS"_s}});
    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(signedRequest(body, "fulfillments/create"), shop(), secret));
    QCOMPARE(event.carrier, u"UPS"_s);
    QCOMPARE(event.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(event.trackingUrl, QUrl(u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s));
}

void TestShopifyAdapter::fulfillment_statusField_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::addColumn<QJsonValue>("shipmentStatus");
    QTest::addColumn<ShipmentStatus>("expectedShipment");
    QTest::addColumn<OrderStatus>("expectedOrder");

    QTest::newRow("success, in transit") << QJsonValue(u"success"_s) << QJsonValue(u"in_transit"_s)
                                         << ShipmentStatus::InTransit << OrderStatus::Shipped;
    QTest::newRow("cancelled wins over delivered") << QJsonValue(u"cancelled"_s) << QJsonValue(u"delivered"_s)
                                                   << ShipmentStatus::Cancelled << OrderStatus::Unknown;
    QTest::newRow("cancelled, null shipment") << QJsonValue(u"cancelled"_s) << QJsonValue(QJsonValue::Null)
                                              << ShipmentStatus::Cancelled << OrderStatus::Unknown;
    QTest::newRow("pending: not shipped yet")
        << QJsonValue(u"pending"_s) << QJsonValue(QJsonValue::Null) << ShipmentStatus::Unknown << OrderStatus::Unknown;
    QTest::newRow("missing status treated as shipped") << QJsonValue(QJsonValue::Null) << QJsonValue(u"label_printed"_s)
                                                       << ShipmentStatus::LabelCreated << OrderStatus::Shipped;
}

void TestShopifyAdapter::fulfillment_statusField()
{
    QFETCH(QJsonValue, status);
    QFETCH(QJsonValue, shipmentStatus);
    QFETCH(ShipmentStatus, expectedShipment);
    QFETCH(OrderStatus, expectedOrder);

    const QByteArray body = withFields(Test::fixture(u"shopify/fulfillments_update.json"_s),
                                       {{u"status"_s, status}, {u"shipment_status"_s, shipmentStatus}});
    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(signedRequest(body, "fulfillments/update"), shop(), secret));
    QCOMPARE(event.shipmentStatus, expectedShipment);
    QCOMPARE(event.orderStatus, expectedOrder);
}

void TestShopifyAdapter::orderStatus_mapping_data()
{
    QTest::addColumn<QJsonValue>("financial");
    QTest::addColumn<QJsonValue>("fulfillment");
    QTest::addColumn<QJsonValue>("cancelledAt");
    QTest::addColumn<OrderStatus>("expected");

    const QJsonValue null(QJsonValue::Null);
    const auto s = [](const char *text) { return QJsonValue(QString::fromLatin1(text)); };
    const QJsonValue when = s("2024-05-14T10:00:00+02:00");

    QTest::newRow("paid, unfulfilled") << s("paid") << null << null << OrderStatus::Paid;
    QTest::newRow("pending") << s("pending") << null << null << OrderStatus::Pending;
    QTest::newRow("authorized") << s("authorized") << null << null << OrderStatus::Pending;
    QTest::newRow("partially_paid") << s("partially_paid") << null << null << OrderStatus::Pending;
    QTest::newRow("voided") << s("voided") << null << null << OrderStatus::Cancelled;
    QTest::newRow("refunded") << s("refunded") << null << null << OrderStatus::Refunded;
    QTest::newRow("refunded wins over fulfilled") << s("refunded") << s("fulfilled") << null << OrderStatus::Refunded;
    QTest::newRow("partially_refunded") << s("partially_refunded") << s("fulfilled") << null
                                        << OrderStatus::PartiallyRefunded;
    QTest::newRow("paid, fulfilled") << s("paid") << s("fulfilled") << null << OrderStatus::Shipped;
    QTest::newRow("paid, partial") << s("paid") << s("partial") << null << OrderStatus::PartiallyShipped;
    QTest::newRow("paid, restocked") << s("paid") << s("restocked") << null << OrderStatus::Paid;
    QTest::newRow("cancelled_at wins") << s("paid") << s("fulfilled") << when << OrderStatus::Cancelled;
    QTest::newRow("cancelled and refunded") << s("refunded") << null << when << OrderStatus::Cancelled;
    QTest::newRow("unknown financial status") << s("expired") << null << null << OrderStatus::Unknown;
    QTest::newRow("all null") << null << null << null << OrderStatus::Unknown;
}

void TestShopifyAdapter::orderStatus_mapping()
{
    QFETCH(QJsonValue, financial);
    QFETCH(QJsonValue, fulfillment);
    QFETCH(QJsonValue, cancelledAt);
    QFETCH(OrderStatus, expected);

    QCOMPARE(ShopifyAdapter::orderStatusFor(financial.toString(), fulfillment.toString(), !cancelledAt.isNull()),
             expected);

    const QByteArray body = withFields(
        Test::fixture(u"shopify/orders_create.json"_s),
        {{u"financial_status"_s, financial}, {u"fulfillment_status"_s, fulfillment}, {u"cancelled_at"_s, cancelledAt}});
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body, "orders/create"), shop(), secret));
    QCOMPARE(event.orderStatus, expected);
    const QString raw = u"financial="_s + (financial.isNull() ? u"null"_s : financial.toString()) + u";fulfillment="_s +
                        (fulfillment.isNull() ? u"null"_s : fulfillment.toString());
    QVERIFY2(event.rawOrderStatus.startsWith(raw), qPrintable(event.rawOrderStatus));
}

void TestShopifyAdapter::shipmentStatus_mapping_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<ShipmentStatus>("expected");

    QTest::newRow("null") << QString() << ShipmentStatus::Unknown;
    QTest::newRow("label_printed") << u"label_printed"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("label_purchased") << u"label_purchased"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("confirmed") << u"confirmed"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("in_transit") << u"in_transit"_s << ShipmentStatus::InTransit;
    QTest::newRow("out_for_delivery") << u"out_for_delivery"_s << ShipmentStatus::OutForDelivery;
    QTest::newRow("attempted_delivery") << u"attempted_delivery"_s << ShipmentStatus::AttemptedDelivery;
    QTest::newRow("ready_for_pickup") << u"ready_for_pickup"_s << ShipmentStatus::ReadyForPickup;
    QTest::newRow("delivered") << u"delivered"_s << ShipmentStatus::Delivered;
    QTest::newRow("failure") << u"failure"_s << ShipmentStatus::Exception;
    QTest::newRow("delayed") << u"delayed"_s << ShipmentStatus::Exception;
    QTest::newRow("unrecognised") << u"teleported"_s << ShipmentStatus::Unknown;
    QTest::newRow("wrong case") << u"DELIVERED"_s << ShipmentStatus::Unknown;
}

void TestShopifyAdapter::shipmentStatus_mapping()
{
    QFETCH(QString, raw);
    QFETCH(ShipmentStatus, expected);

    QCOMPARE(ShopifyAdapter::shipmentStatusFor(raw, u"success"), expected);
}

void TestShopifyAdapter::parse_badSignature_unauthorized_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("configuredSecret");
    QTest::addColumn<bool>("tamper");

    const QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);
    const QByteArray good = Test::shopifySignature(body, secret);
    QTest::newRow("missing signature header") << QByteArray() << secret << false;
    QTest::newRow("signature made with another secret")
        << Test::shopifySignature(body, QByteArrayLiteral("not-the-secret")) << secret << false;
    QTest::newRow("tampered body") << good << secret << true;
    QTest::newRow("garbage signature") << QByteArrayLiteral("%%%") << secret << false;
    QTest::newRow("no secret saved for the shop") << good << QByteArray() << false;
}

void TestShopifyAdapter::parse_badSignature_unauthorized()
{
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, configuredSecret);
    QFETCH(bool, tamper);

    QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);
    WebhookRequest request = signedRequest(body, "orders/create");
    request.headers.insert(QByteArrayLiteral("x-shopify-hmac-sha256"), signature);
    if (signature.isEmpty()) {
        request.headers.remove(QByteArrayLiteral("x-shopify-hmac-sha256"));
    }
    if (tamper) {
        request.body.replace(QByteArrayLiteral("\"73.30\""), QByteArrayLiteral("\"0.01\""));
        QVERIFY(request.body != body);
    }

    const auto result = m_adapter.parseWebhook(request, shop(), configuredSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().message.contains(QString::fromLatin1(secret)));
}

void TestShopifyAdapter::parse_missingTopic_invalidInput()
{
    const QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);
    const auto result = m_adapter.parseWebhook(signedRequest(body, {}), shop(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(result.error().detail.contains(u"X-Shopify-Topic"_s));
}

void TestShopifyAdapter::parse_notAJsonObject_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("array") << QByteArrayLiteral(R"([{"id":1}])");
    QTest::newRow("number") << QByteArrayLiteral("42");
    QTest::newRow("string") << QByteArrayLiteral(R"("order")");
    QTest::newRow("truncated object") << QByteArrayLiteral(R"({"id":5820134932535,"name":)");
    QTest::newRow("form encoded") << QByteArrayLiteral("id=1&name=%231042");
    QTest::newRow("empty") << QByteArray();
}

void TestShopifyAdapter::parse_notAJsonObject_invalidInput()
{
    QFETCH(QByteArray, body);

    const auto result = m_adapter.parseWebhook(signedRequest(body, "orders/create"), shop(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
}

void TestShopifyAdapter::parse_unknownTopic_recordedWithoutEvents()
{
    const QByteArray body = QByteArrayLiteral(
        R"({"id":706405506930370084,"email":"bob@example.com","accepts_marketing":false,"updated_at":"2024-05-13T16:15:42-04:00"})");
    const auto result = m_adapter.parseWebhook(signedRequest(body, "customers/update"), shop(), secret);
    QVERIFY(result.ok());
    QCOMPARE(result->topic, u"customers/update"_s);
    QCOMPARE(result->eventId, u"98880550-7158-44d4-b7cd"_s);
    QCOMPARE(result->deliveryId, u"b54557e4-bdd9-4b37-8a5f"_s);
    QVERIFY(result->events.isEmpty());
    QVERIFY(result->stockChanges.isEmpty());
}

void TestShopifyAdapter::parse_unknownShipmentStatus_noCrash_data()
{
    QTest::addColumn<QJsonValue>("shipmentStatus");

    QTest::newRow("new enum value") << QJsonValue(u"buyer_action_required_v2"_s);
    QTest::newRow("number") << QJsonValue(7);
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"code"_s, u"x"_s}});
    QTest::newRow("empty string") << QJsonValue(u""_s);
}

void TestShopifyAdapter::parse_unknownShipmentStatus_noCrash()
{
    QFETCH(QJsonValue, shipmentStatus);

    const QByteArray body =
        withFields(Test::fixture(u"shopify/fulfillments_update.json"_s), {{u"shipment_status"_s, shipmentStatus}});
    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(signedRequest(body, "fulfillments/update"), shop(), secret));
    QCOMPARE(event.shipmentId, u"4920157782071"_s);
    QCOMPARE(event.shipmentStatus, ShipmentStatus::Unknown);
}

void TestShopifyAdapter::parse_oddlyTypedFields_noCrash()
{
    const QByteArray body =
        QByteArrayLiteral(R"({"id":"5820134932535","name":1042,"email":["x"],"customer":"jane","line_items":{"a":1},)"
                          R"("financial_status":true,"created_at":"yesterday","total_price":73.3,"currency":null})");
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body, "orders/create"), shop(), secret));
    QCOMPARE(event.orderId, u"5820134932535"_s);
    QCOMPARE(event.orderNumber, u"1042"_s);
    QVERIFY(event.customerEmail.isEmpty());
    QVERIFY(event.lineItems.isEmpty());
    QCOMPARE(event.totalPrice, u"73.3"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Unknown);
    // created_at is unreadable: the time falls back to X-Shopify-Triggered-At.
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 15), QTime(6, 47, 31), Qt::UTC));
}

void TestShopifyAdapter::orderTopics_normalizeTheOrder_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QDateTime>("occurredAt");

    const QDateTime updated(QDate(2024, 5, 14), QTime(7, 2, 11), Qt::UTC);
    const QJsonObject updatedAt{{u"updated_at"_s, u"2024-05-14T09:02:11+02:00"_s}};
    auto with = [&](QJsonObject extra) {
        extra.insert(u"updated_at"_s, updatedAt.value(u"updated_at"_s));
        return extra;
    };
    QTest::newRow("updated, still paid") << QByteArray("orders/updated") << updatedAt << OrderStatus::Paid << updated;
    QTest::newRow("paid") << QByteArray("orders/paid") << updatedAt << OrderStatus::Paid << updated;
    QTest::newRow("cancelled") << QByteArray("orders/cancelled")
                               << with({{u"cancelled_at"_s, u"2024-05-14T09:02:11+02:00"_s},
                                        {u"financial_status"_s, u"refunded"_s}})
                               << OrderStatus::Cancelled << updated;
    QTest::newRow("fulfilled") << QByteArray("orders/fulfilled") << with({{u"fulfillment_status"_s, u"fulfilled"_s}})
                               << OrderStatus::Shipped << updated;
    QTest::newRow("partially fulfilled") << QByteArray("orders/partially_fulfilled")
                                         << with({{u"fulfillment_status"_s, u"partial"_s}})
                                         << OrderStatus::PartiallyShipped << updated;
    QTest::newRow("updated, refunded") << QByteArray("orders/updated") << with({{u"financial_status"_s, u"refunded"_s}})
                                       << OrderStatus::Refunded << updated;
    QTest::newRow("create keeps created_at") << QByteArray("orders/create") << updatedAt << OrderStatus::Paid
                                             << QDateTime(QDate(2024, 5, 13), QTime(14, 15, 42), Qt::UTC);
}

void TestShopifyAdapter::orderTopics_normalizeTheOrder()
{
    QFETCH(QByteArray, topic);
    QFETCH(QJsonObject, changes);
    QFETCH(OrderStatus, status);
    QFETCH(QDateTime, occurredAt);

    const QByteArray body = withFields(Test::fixture(u"shopify/orders_create.json"_s), changes);
    const auto result = m_adapter.parseWebhook(signedRequest(body, topic), shop(), secret);
    const OrderEvent event = onlyEvent(result);
    QCOMPARE(event.topic, QString::fromLatin1(topic));
    QCOMPARE(event.orderId, u"5820134932535"_s);
    QCOMPARE(event.customerEmail, u"jane@example.com"_s);
    QCOMPARE(event.orderStatus, status);
    QCOMPARE(event.occurredAt, occurredAt);
    QVERIFY(!event.hasShipment());
}

void TestShopifyAdapter::orderTopics_carryTheirFulfillments()
{
    const QJsonObject fulfillment =
        QJsonDocument::fromJson(Test::fixture(u"shopify/fulfillments_create.json"_s)).object();
    const QByteArray body =
        withFields(Test::fixture(u"shopify/orders_create.json"_s),
                   {{u"fulfillment_status"_s, u"fulfilled"_s}, {u"fulfillments"_s, QJsonArray{fulfillment}}});
    const auto result = m_adapter.parseWebhook(signedRequest(body, "orders/fulfilled"), shop(), secret);
    QVERIFY(result.ok());
    QCOMPARE(result->events.size(), 2);
    const OrderEvent &order = result->events.at(0);
    QCOMPARE(order.orderStatus, OrderStatus::Shipped);
    QVERIFY(!order.hasShipment());
    const OrderEvent &shipment = result->events.at(1);
    QCOMPARE(shipment.orderId, u"5820134932535"_s);
    QCOMPARE(shipment.shipmentId, u"4920157782071"_s);
    QCOMPARE(shipment.trackingNumber, u"JD014600006281234567"_s);
    QCOMPARE(shipment.carrier, u"DHL Express"_s);
    // The order's own status decides whether it shipped; the fulfillment inside it leaves that alone.
    QCOMPARE(shipment.orderStatus, OrderStatus::Unknown);
}

void TestShopifyAdapter::fulfillmentEvent_fixture_updatesShipmentStatus()
{
    const QByteArray body = Test::fixture(u"shopify/fulfillment_events_create.json"_s);
    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(signedRequest(body, "fulfillment_events/create"), shop(), secret));
    QCOMPARE(event.orderId, u"5820134932535"_s);
    QCOMPARE(event.shipmentId, u"4920157782071"_s);
    QCOMPARE(event.shipmentStatus, ShipmentStatus::OutForDelivery);
    QCOMPARE(event.rawShipmentStatus, u"event=out_for_delivery"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Unknown);
    QVERIFY(event.trackingNumber.isEmpty()); // the stored shipment keeps its tracking number
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 16), QTime(6, 41, 3), Qt::UTC));
}

void TestShopifyAdapter::refund_fixture_recordedAgainstItsOrder()
{
    const QByteArray body = Test::fixture(u"shopify/refunds_create.json"_s);
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(signedRequest(body, "refunds/create"), shop(), secret));
    QCOMPARE(event.orderId, u"5820134932535"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Unknown);
    QVERIFY(!event.hasShipment());
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 20), QTime(9, 2, 45), Qt::UTC));
}

void TestShopifyAdapter::inventoryLevel_fixture_stockChange()
{
    const QByteArray body = Test::fixture(u"shopify/inventory_levels_update.json"_s);
    const auto result = m_adapter.parseWebhook(signedRequest(body, "inventory_levels/update"), shop(), secret);
    QVERIFY(result.ok());
    QVERIFY(result->events.isEmpty());
    QCOMPARE(result->stockChanges.size(), 1);
    const StockChange &change = result->stockChanges.constFirst();
    QCOMPARE(change.sourceId, u"nordlicht"_s);
    QCOMPARE(change.productId, u"45123987650103"_s);
    QCOMPARE(change.locationId, u"73123456823"_s);
    QCOMPARE(change.available, std::optional<qint64>(3));
    QCOMPARE(change.occurredAt, QDateTime(QDate(2024, 5, 14), QTime(7, 2, 12), Qt::UTC));
}

void TestShopifyAdapter::productUpdate_namesTheSkuOfEachTrackedVariant()
{
    const QByteArray body = Test::fixture(u"shopify/products_update.json"_s);
    const auto result = m_adapter.parseWebhook(signedRequest(body, "products/update"), shop(), secret);
    QVERIFY(result.ok());
    QVERIFY(result->events.isEmpty());
    // The gift wrap has no SKU (and is not tracked): left out.
    QCOMPARE(result->stockChanges.size(), 2);
    const StockChange &green = result->stockChanges.at(0);
    QCOMPARE(green.productId, u"45123987650103"_s); // the inventory item, as inventory_levels/update names it
    QCOMPARE(green.sku, u"MUG-ENM-GRN"_s);
    QCOMPARE(green.productName, u"Enamel Mug, Moss green"_s);
    QVERIFY(!green.available.has_value()); // the levels per location say how many
    QCOMPARE(green.status, StockStatus::Unknown);
    QCOMPARE(green.occurredAt, QDateTime(QDate(2024, 5, 14), QTime(7, 5, 40), Qt::UTC));
    QCOMPARE(result->stockChanges.at(1).sku, u"MUG-ENM-SND"_s);
}

void TestShopifyAdapter::newTopics_withoutIds_invalidInput_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("idField");

    QTest::newRow("orders/updated") << QByteArray("orders/updated") << u"orders_create.json"_s << u"id"_s;
    QTest::newRow("fulfillment event") << QByteArray("fulfillment_events/create") << u"fulfillment_events_create.json"_s
                                       << u"fulfillment_id"_s;
    QTest::newRow("refund") << QByteArray("refunds/create") << u"refunds_create.json"_s << u"order_id"_s;
    QTest::newRow("inventory") << QByteArray("inventory_levels/update") << u"inventory_levels_update.json"_s
                               << u"inventory_item_id"_s;
}

void TestShopifyAdapter::newTopics_withoutIds_invalidInput()
{
    QFETCH(QByteArray, topic);
    QFETCH(QString, fixtureName);
    QFETCH(QString, idField);

    const QByteArray body = withFields(Test::fixture(u"shopify/"_s + fixtureName), {{idField, removed}});
    const auto result = m_adapter.parseWebhook(signedRequest(body, topic), shop(), secret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
}

void TestShopifyAdapter::sampleWebhook_isSignedOrderWithoutEmail_newIdsEachTime()
{
    const auto first = m_adapter.sampleWebhook(shop(), secret);
    const auto second = m_adapter.sampleWebhook(shop(), secret);
    QVERIFY(first && second);
    QCOMPARE(first->target, QByteArray("/webhooks/nordlicht"));
    QCOMPARE(first->mediaType(), QByteArray("application/json"));
    QCOMPARE(first->header("x-shopify-hmac-sha256"), Test::shopifySignature(first->body, secret));

    // The adapter accepts its own sample with the secret, and refuses it with another.
    const auto parsed = m_adapter.parseWebhook(*first, shop(), secret);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
    QCOMPARE(parsed->topic, u"orders/create"_s);
    const OrderEvent event = onlyEvent(parsed);
    QVERIFY(event.orderNumber.startsWith(u"#TEST-"_s));
    QVERIFY(!event.orderId.isEmpty());
    QVERIFY2(event.customerEmail.isEmpty(), "a test order must notify no customer");
    QCOMPARE(m_adapter.parseWebhook(*first, shop(), "another secret").error().code, ErrorCode::Unauthorized);

    // A second test is a new event, not a duplicate of the first.
    QVERIFY(!first->header("x-shopify-event-id").isEmpty());
    QVERIFY(first->header("x-shopify-event-id") != second->header("x-shopify-event-id"));
    QVERIFY(first->header("x-shopify-webhook-id") != second->header("x-shopify-webhook-id"));
    QVERIFY(onlyEvent(m_adapter.parseWebhook(*second, shop(), secret)).orderId != event.orderId);
}

void TestShopifyAdapter::sampleWebhook_withoutSecret_none()
{
    QVERIFY(!m_adapter.sampleWebhook(shop(), QByteArray()).has_value());
}

QTEST_GUILESS_MAIN(TestShopifyAdapter)
#include "tst_shopifyadapter.moc"
