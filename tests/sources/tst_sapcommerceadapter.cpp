#include "fakes/testsupport.h"
#include "sources/sapcommerceadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;
using Tidings::Test::onlyEvent;

namespace {

const QByteArray username = QByteArrayLiteral("tidings");
const QByteArray password = QByteArrayLiteral("n8Vq-3kXz-Hw7p-Lr2c");

SourceConfig shop(const QString &user = QString::fromLatin1(username))
{
    return SourceConfig{u"sap"_s, u"sapcommerce"_s, u"Nordlicht B2C"_s, true, {{u"username"_s, user}}};
}

WebhookRequest authorizedRequest(const QByteArray &body)
{
    WebhookRequest request;
    request.sourceId = u"sap"_s;
    request.body = body;
    request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    request.headers.insert(QByteArrayLiteral("authorization"), Test::basicAuthorization(username, password));
    return request;
}

// A QJsonObject cannot hold an undefined value, so this string stands for "remove the field".
const QString removed = u"<removed>"_s;

QByteArray changed(const QByteArray &body, const QJsonObject &changes)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value() == removed) {
            object.remove(it.key());
        } else {
            object.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray order()
{
    return Test::fixture(u"sapcommerce/order.json"_s);
}

QByteArray consignment()
{
    return Test::fixture(u"sapcommerce/consignment.json"_s);
}

QJsonObject code(const QString &value)
{
    return QJsonObject{{u"code"_s, value}};
}

} // namespace

class TestSapCommerceAdapter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factory_sapcommerce_createsAdapterAndNamesSecret();
    void typeInfo_asksForUsernameAndMakesPassword();
    void secretHeaderNames_includesAuthorization();

    void order_fixture_normalizesOrder();
    void order_customerFallbacks_data();
    void order_customerFallbacks();
    void order_valueShapes_data();
    void order_valueShapes();
    void consignment_fixture_normalizesShipment();
    void consignment_carrierAndOrderShapes_data();
    void consignment_carrierAndOrderShapes();

    void orderStatus_mapping_data();
    void orderStatus_mapping();
    void consignmentStatus_mapping_data();
    void consignmentStatus_mapping();

    void eventId_typeCodeTimeStatus_data();
    void eventId_typeCodeTimeStatus();

    void parse_badAuthorization_unauthorized_data();
    void parse_badAuthorization_unauthorized();
    void parse_noUsernameConfigured_unauthorized();
    void parse_malformed_invalidInput_data();
    void parse_malformed_invalidInput();
    void parse_otherItems_recordedWithoutEvents_data();
    void parse_otherItems_recordedWithoutEvents();

private:
    SapCommerceAdapter m_adapter;
};

void TestSapCommerceAdapter::factory_sapcommerce_createsAdapterAndNamesSecret()
{
    const auto adapter = createSourceAdapter(u"sapcommerce"_s);
    QVERIFY(adapter);
    QCOMPARE(adapter->type(), u"sapcommerce"_s);
    QCOMPARE(secretNamesForSource(u"sapcommerce"_s), QStringList{u"webhookSecret"_s});
    QVERIFY(webhookSourceTypes().contains(u"sapcommerce"_s));
}

void TestSapCommerceAdapter::typeInfo_asksForUsernameAndMakesPassword()
{
    const SourceTypeInfo *info = sourceTypeInfo(u"sapcommerce"_s);
    QVERIFY(info);
    QCOMPARE(info->displayName, u"SAP Commerce Cloud"_s);
    QCOMPARE(info->secrets.size(), 1);
    QCOMPARE(info->secrets.first().name, u"webhookSecret"_s);
    QVERIFY(info->secrets.first().generatedByTidings);
    QVERIFY(!info->secrets.first().inUrl);
    QCOMPARE(info->options.size(), 1);
    QCOMPARE(info->options.first().key, u"username"_s);
    QVERIFY(info->options.first().required);
    QVERIFY(info->setupSteps.join(u'\n').contains(u"%1"_s));
}

void TestSapCommerceAdapter::secretHeaderNames_includesAuthorization()
{
    QVERIFY(m_adapter.secretHeaderNames().contains(QByteArrayLiteral("authorization")));
}

void TestSapCommerceAdapter::order_fixture_normalizesOrder()
{
    const QByteArray body = order();
    const auto result = m_adapter.parseWebhook(authorizedRequest(body), shop(), password);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->topic, u"order"_s);
    QCOMPARE(result->eventId, u"order:00001042:2024-05-12T17:21:09+0000:PAYMENT_CAPTURED"_s);
    QVERIFY(result->deliveryId.isEmpty());

    const OrderEvent event = onlyEvent(result);
    QCOMPARE(event.sourceId, u"sap"_s);
    QCOMPARE(event.sourceType, u"sapcommerce"_s);
    QCOMPARE(event.sourceEventId, result->eventId);
    QCOMPARE(event.topic, u"order"_s);
    QCOMPARE(event.orderId, u"00001042"_s);
    QCOMPARE(event.orderNumber, u"00001042"_s);
    QVERIFY(!event.hasShipment());
    QCOMPARE(event.customerEmail, u"jane@example.com"_s);
    QCOMPARE(event.customerName, u"Jane Doe"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Paid);
    QCOMPARE(event.rawOrderStatus, u"status=PAYMENT_CAPTURED;deliveryStatus=NOTSHIPPED"_s);
    QCOMPARE(event.totalPrice, u"73.3"_s);
    QCOMPARE(event.currency, u"EUR"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 12), QTime(17, 21, 9), Qt::UTC));
    QCOMPARE(event.rawPayload, body);

    QCOMPARE(event.lineItems.size(), 2);
    QCOMPARE(event.lineItems.at(0).sku, u"TSH-ORG-GRN-M"_s);
    QCOMPARE(event.lineItems.at(0).name, u"Organic Cotton T-Shirt"_s);
    QCOMPARE(event.lineItems.at(0).quantity, 2);
    QCOMPARE(event.lineItems.at(0).price, u"24.95"_s);
    QCOMPARE(event.lineItems.at(1).sku, u"MUG-CER-TRV"_s);
    QCOMPARE(event.lineItems.at(1).quantity, 1);
    QCOMPARE(event.lineItems.at(1).price, u"18.5"_s);
}

void TestSapCommerceAdapter::order_customerFallbacks_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");

    const QJsonObject address{
        {u"firstName"_s, u"Erika"_s}, {u"lastName"_s, u"Muster"_s}, {u"email"_s, u"erika@example.org"_s}};
    QTest::newRow("guest uid: email after the bar")
        << QJsonObject{{u"user"_s,
                        QJsonObject{{u"uid"_s, u"0f3b6c1e-9d2a-4c7e|guest@example.net"_s}, {u"name"_s, u"Guest"_s}}}}
        << u"guest@example.net"_s << u"Guest"_s;
    QTest::newRow("uid is not an email: delivery address")
        << QJsonObject{{u"user"_s, QJsonObject{{u"uid"_s, u"customer-4711"_s}}}, {u"deliveryAddress"_s, address}}
        << u"erika@example.org"_s << u"Erika Muster"_s;
    QTest::newRow("explicit user email wins")
        << QJsonObject{{u"user"_s, QJsonObject{{u"uid"_s, u"customer-4711"_s}, {u"email"_s, u"e@example.com"_s}}}}
        << u"e@example.com"_s << u"Jane Doe"_s;
    QTest::newRow("no user, no address") << QJsonObject{{u"user"_s, removed}, {u"deliveryAddress"_s, removed}}
                                         << QString() << QString();
}

void TestSapCommerceAdapter::order_customerFallbacks()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, email);
    QFETCH(QString, name);

    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(authorizedRequest(changed(order(), changes)), shop(), password));
    QCOMPARE(event.orderId, u"00001042"_s);
    QCOMPARE(event.customerEmail, email);
    QCOMPARE(event.customerName, name);
}

void TestSapCommerceAdapter::order_valueShapes_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDateTime>("occurredAt");

    const QDateTime modified(QDate(2024, 5, 12), QTime(17, 21, 9), Qt::UTC);
    QTest::newRow("enums as text, money as text") << QJsonObject{{u"status"_s, u"COMPLETED"_s},
                                                                 {u"deliveryStatus"_s, u"SHIPPED"_s},
                                                                 {u"totalPrice"_s, u"73.30"_s}}
                                                  << OrderStatus::Shipped << u"73.30"_s << u"EUR"_s << modified;
    QTest::newRow("currency as text, price object")
        << QJsonObject{{u"currency"_s, u"CHF"_s}, {u"totalPrice"_s, QJsonObject{{u"value"_s, 81.2}}}}
        << OrderStatus::Paid << u"81.2"_s << u"CHF"_s << modified;
    QTest::newRow("OData /Date()/ time") << QJsonObject{{u"modifiedtime"_s, u"/Date(1715534469000)/"_s}}
                                         << OrderStatus::Paid << u"73.3"_s << u"EUR"_s << modified;
    QTest::newRow("no modified time: order date")
        << QJsonObject{{u"modifiedtime"_s, removed}} << OrderStatus::Paid << u"73.3"_s << u"EUR"_s
        << QDateTime(QDate(2024, 5, 12), QTime(17, 20, 41), Qt::UTC);
    QTest::newRow("ISO time with colon offset") << QJsonObject{{u"modifiedtime"_s, u"2024-05-12T19:21:09+02:00"_s}}
                                                << OrderStatus::Paid << u"73.3"_s << u"EUR"_s << modified;
}

void TestSapCommerceAdapter::order_valueShapes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(OrderStatus, status);
    QFETCH(QString, total);
    QFETCH(QString, currency);
    QFETCH(QDateTime, occurredAt);

    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(authorizedRequest(changed(order(), changes)), shop(), password));
    QCOMPARE(event.orderStatus, status);
    QCOMPARE(event.totalPrice, total);
    QCOMPARE(event.currency, currency);
    QCOMPARE(event.occurredAt, occurredAt);
}

void TestSapCommerceAdapter::consignment_fixture_normalizesShipment()
{
    const QByteArray body = consignment();
    const auto result = m_adapter.parseWebhook(authorizedRequest(body), shop(), password);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->topic, u"consignment"_s);
    QCOMPARE(result->eventId, u"consignment:a00001042:2024-05-13T09:02:12+0000:SHIPPED"_s);

    const OrderEvent event = onlyEvent(result);
    QCOMPARE(event.topic, u"consignment"_s);
    QCOMPARE(event.orderId, u"00001042"_s);
    QCOMPARE(event.orderNumber, u"00001042"_s);
    QCOMPARE(event.shipmentId, u"a00001042"_s);
    QVERIFY(event.hasShipment());
    QCOMPARE(event.trackingNumber, u"00340434161094042557"_s);
    QCOMPARE(event.carrier, u"DHL"_s);
    QVERIFY(event.trackingUrl.isEmpty());
    QCOMPARE(event.shipmentStatus, ShipmentStatus::InTransit);
    QCOMPARE(event.rawShipmentStatus, u"status=SHIPPED"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Unknown);
    QCOMPARE(event.customerEmail, u"jane@example.com"_s);
    QCOMPARE(event.customerName, u"Jane Doe"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2024, 5, 13), QTime(9, 2, 12), Qt::UTC));
    QCOMPARE(event.lineItems.size(), 2);
    QCOMPARE(event.lineItems.at(0).sku, u"TSH-ORG-GRN-M"_s);
    QCOMPARE(event.lineItems.at(0).quantity, 2);
    QCOMPARE(event.lineItems.at(0).price, u"24.95"_s);
    QCOMPARE(event.rawPayload, body);
}

void TestSapCommerceAdapter::consignment_carrierAndOrderShapes_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("email");

    QTest::newRow("carrier object with name")
        << QJsonObject{{u"carrier"_s, QJsonObject{{u"code"_s, u"dhl"_s}, {u"name"_s, u"DHL Paket"_s}}}}
        << u"DHL Paket"_s << u"00001042"_s << u"jane@example.com"_s;
    QTest::newRow("carrierDetails from consignment tracking")
        << QJsonObject{{u"carrier"_s, removed}, {u"carrierDetails"_s, QJsonObject{{u"code"_s, u"ups"_s}}}} << u"ups"_s
        << u"00001042"_s << u"jane@example.com"_s;
    QTest::newRow("order flattened to its code, no customer")
        << QJsonObject{{u"order"_s, u"00001042"_s}} << u"DHL"_s << u"00001042"_s << QString();
}

void TestSapCommerceAdapter::consignment_carrierAndOrderShapes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, carrier);
    QFETCH(QString, orderId);
    QFETCH(QString, email);

    const OrderEvent event =
        onlyEvent(m_adapter.parseWebhook(authorizedRequest(changed(consignment(), changes)), shop(), password));
    QCOMPARE(event.carrier, carrier);
    QCOMPARE(event.orderId, orderId);
    QCOMPARE(event.shipmentId, u"a00001042"_s);
    QCOMPARE(event.customerEmail, email);
}

void TestSapCommerceAdapter::orderStatus_mapping_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("deliveryStatus");
    QTest::addColumn<OrderStatus>("expected");

    QTest::newRow("CREATED") << u"CREATED"_s << QString() << OrderStatus::Pending;
    QTest::newRow("ON_VALIDATION") << u"ON_VALIDATION"_s << QString() << OrderStatus::Pending;
    QTest::newRow("PAYMENT_AUTHORIZED") << u"PAYMENT_AUTHORIZED"_s << u"NOTSHIPPED"_s << OrderStatus::Paid;
    QTest::newRow("PAYMENT_CAPTURED") << u"PAYMENT_CAPTURED"_s << QString() << OrderStatus::Paid;
    QTest::newRow("PAYMENT_AMOUNT_RESERVED") << u"PAYMENT_AMOUNT_RESERVED"_s << QString() << OrderStatus::Paid;
    QTest::newRow("CHECKED_VALID") << u"CHECKED_VALID"_s << QString() << OrderStatus::Paid;
    QTest::newRow("FRAUD_CHECKED") << u"FRAUD_CHECKED"_s << QString() << OrderStatus::Paid;
    QTest::newRow("ORDER_SPLIT") << u"ORDER_SPLIT"_s << QString() << OrderStatus::Paid;
    QTest::newRow("SUSPENDED") << u"SUSPENDED"_s << QString() << OrderStatus::OnHold;
    QTest::newRow("WAIT_FRAUD_MANUAL_CHECK") << u"WAIT_FRAUD_MANUAL_CHECK"_s << QString() << OrderStatus::OnHold;
    QTest::newRow("partly shipped") << u"ORDER_SPLIT"_s << u"PARTSHIPPED"_s << OrderStatus::PartiallyShipped;
    QTest::newRow("shipped by delivery status") << u"PAYMENT_CAPTURED"_s << u"SHIPPED"_s << OrderStatus::Shipped;
    QTest::newRow("COMPLETED and SHIPPED") << u"COMPLETED"_s << u"SHIPPED"_s << OrderStatus::Shipped;
    QTest::newRow("COMPLETED, delivery status not modelled") << u"COMPLETED"_s << QString() << OrderStatus::Shipped;
    QTest::newRow("COMPLETED but part shipped") << u"COMPLETED"_s << u"PARTSHIPPED"_s << OrderStatus::PartiallyShipped;
    QTest::newRow("CANCELLED") << u"CANCELLED"_s << QString() << OrderStatus::Cancelled;
    QTest::newRow("CANCELLING wins over shipped") << u"CANCELLING"_s << u"SHIPPED"_s << OrderStatus::Cancelled;
    QTest::newRow("PAYMENT_NOT_AUTHORIZED") << u"PAYMENT_NOT_AUTHORIZED"_s << QString() << OrderStatus::Failed;
    QTest::newRow("PROCESSING_ERROR") << u"PROCESSING_ERROR"_s << QString() << OrderStatus::Failed;
    QTest::newRow("CHECKED_INVALID") << u"CHECKED_INVALID"_s << QString() << OrderStatus::Failed;
    QTest::newRow("lower case code") << u"payment_captured"_s << QString() << OrderStatus::Paid;
    QTest::newRow("B2B approval state") << u"PENDING_APPROVAL"_s << QString() << OrderStatus::Unknown;
    QTest::newRow("PAYMENT_NOT_CAPTURED") << u"PAYMENT_NOT_CAPTURED"_s << QString() << OrderStatus::Unknown;
    QTest::newRow("nothing") << QString() << QString() << OrderStatus::Unknown;
}

void TestSapCommerceAdapter::orderStatus_mapping()
{
    QFETCH(QString, status);
    QFETCH(QString, deliveryStatus);
    QFETCH(OrderStatus, expected);

    QCOMPARE(SapCommerceAdapter::orderStatusFor(status, deliveryStatus), expected);

    const QByteArray body = changed(
        order(),
        {{u"status"_s, code(status)},
         {u"deliveryStatus"_s, deliveryStatus.isEmpty() ? QJsonValue(removed) : QJsonValue(code(deliveryStatus))}});
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(authorizedRequest(body), shop(), password));
    QCOMPARE(event.orderStatus, expected);
    QCOMPARE(event.rawOrderStatus, u"status=%1;deliveryStatus=%2"_s.arg(status, deliveryStatus));
}

void TestSapCommerceAdapter::consignmentStatus_mapping_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<ShipmentStatus>("expected");

    QTest::newRow("WAITING") << u"WAITING"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("READY") << u"READY"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("PICKPACK") << u"PICKPACK"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("SHIPPED") << u"SHIPPED"_s << ShipmentStatus::InTransit;
    QTest::newRow("IN_TRANSIT") << u"IN_TRANSIT"_s << ShipmentStatus::InTransit;
    QTest::newRow("DELIVERING") << u"DELIVERING"_s << ShipmentStatus::OutForDelivery;
    QTest::newRow("READY_FOR_PICKUP") << u"READY_FOR_PICKUP"_s << ShipmentStatus::ReadyForPickup;
    QTest::newRow("DELIVERY_COMPLETED") << u"DELIVERY_COMPLETED"_s << ShipmentStatus::Delivered;
    QTest::newRow("PICKUP_COMPLETE") << u"PICKUP_COMPLETE"_s << ShipmentStatus::Delivered;
    QTest::newRow("DELIVERY_REJECTED") << u"DELIVERY_REJECTED"_s << ShipmentStatus::Exception;
    QTest::newRow("CANCELLED") << u"CANCELLED"_s << ShipmentStatus::Cancelled;
    QTest::newRow("lower case") << u"shipped"_s << ShipmentStatus::InTransit;
    QTest::newRow("warehousing extension value") << u"PACKED"_s << ShipmentStatus::Unknown;
    QTest::newRow("nothing") << QString() << ShipmentStatus::Unknown;
}

void TestSapCommerceAdapter::consignmentStatus_mapping()
{
    QFETCH(QString, status);
    QFETCH(ShipmentStatus, expected);

    QCOMPARE(SapCommerceAdapter::shipmentStatusFor(status), expected);

    const QByteArray body = changed(consignment(), {{u"status"_s, code(status)}});
    const OrderEvent event = onlyEvent(m_adapter.parseWebhook(authorizedRequest(body), shop(), password));
    QCOMPARE(event.shipmentStatus, expected);
    QCOMPARE(event.rawShipmentStatus, u"status="_s + status);
    QCOMPARE(event.orderStatus, OrderStatus::Unknown); // one consignment never settles the order
}

void TestSapCommerceAdapter::eventId_typeCodeTimeStatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("order, new status") << changed(order(), {{u"status"_s, code(u"COMPLETED"_s)}})
                                       << u"order:00001042:2024-05-12T17:21:09+0000:COMPLETED"_s;
    QTest::newRow("order, no modified time")
        << changed(order(), {{u"modifiedtime"_s, removed}}) << u"order:00001042::PAYMENT_CAPTURED"_s;
    QTest::newRow("consignment, later change")
        << changed(consignment(),
                   {{u"modifiedtime"_s, u"2024-05-14T08:00:00+0000"_s}, {u"status"_s, code(u"DELIVERY_COMPLETED"_s)}})
        << u"consignment:a00001042:2024-05-14T08:00:00+0000:DELIVERY_COMPLETED"_s;
    QTest::newRow("OData wrapper") << QJsonDocument(QJsonObject{{u"d"_s, QJsonDocument::fromJson(order()).object()}})
                                          .toJson(QJsonDocument::Compact)
                                   << u"order:00001042:2024-05-12T17:21:09+0000:PAYMENT_CAPTURED"_s;
}

void TestSapCommerceAdapter::eventId_typeCodeTimeStatus()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);

    const auto result = m_adapter.parseWebhook(authorizedRequest(body), shop(), password);
    QVERIFY(result.ok());
    QCOMPARE(result->eventId, expected);
    QCOMPARE(onlyEvent(result).sourceEventId, expected);
}

void TestSapCommerceAdapter::parse_badAuthorization_unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("configuredSecret");

    QTest::newRow("missing Authorization") << QByteArray() << password;
    QTest::newRow("wrong password") << Test::basicAuthorization(username, "guess") << password;
    QTest::newRow("wrong username") << Test::basicAuthorization("admin", password) << password;
    QTest::newRow("password with a suffix")
        << Test::basicAuthorization(username, password + QByteArrayLiteral("x")) << password;
    QTest::newRow("username case differs") << Test::basicAuthorization("Tidings", password) << password;
    QTest::newRow("OAuth bearer token") << QByteArrayLiteral("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln") << password;
    QTest::newRow("Basic without colon") << QByteArrayLiteral("Basic ") + QByteArray(username + password).toBase64()
                                         << password;
    QTest::newRow("Basic with broken base64") << QByteArrayLiteral("Basic %%%not-base64") << password;
    QTest::newRow("Basic without credentials") << QByteArrayLiteral("Basic") << password;
    QTest::newRow("no password saved") << Test::basicAuthorization(username, password) << QByteArray();
    QTest::newRow("empty password against none saved") << Test::basicAuthorization(username, "") << QByteArray();
}

void TestSapCommerceAdapter::parse_badAuthorization_unauthorized()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, configuredSecret);

    WebhookRequest request = authorizedRequest(order());
    request.headers.insert(QByteArrayLiteral("authorization"), authorization);
    if (authorization.isEmpty()) {
        request.headers.remove(QByteArrayLiteral("authorization"));
    }
    const auto result = m_adapter.parseWebhook(request, shop(), configuredSecret);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().message.contains(QString::fromLatin1(password)));
    QVERIFY(!result.error().detail.contains(QString::fromLatin1(password)));
}

void TestSapCommerceAdapter::parse_noUsernameConfigured_unauthorized()
{
    // Lower-case scheme is fine; the missing username option is what refuses it.
    WebhookRequest request = authorizedRequest(order());
    request.headers.insert(QByteArrayLiteral("authorization"),
                           QByteArrayLiteral("basic ") + QByteArray(username + ':' + password).toBase64());
    QVERIFY(m_adapter.parseWebhook(request, shop(), password).ok());
    const auto result = m_adapter.parseWebhook(request, shop(QString()), password);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QVERIFY(result.error().message.contains(u"username"_s));
}

void TestSapCommerceAdapter::parse_malformed_invalidInput_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("array") << QByteArrayLiteral(R"([{"code":"00001042"}])");
    QTest::newRow("truncated") << order().left(order().size() / 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("XML") << QByteArrayLiteral(R"(<?xml version="1.0"?><order code="00001042"/>)");
    QTest::newRow("order without code") << changed(order(), {{u"code"_s, removed}});
    QTest::newRow("consignment without code") << changed(consignment(), {{u"code"_s, QJsonValue::Null}});
    QTest::newRow("consignment without order code")
        << changed(consignment(), {{u"order"_s, QJsonObject{{u"guid"_s, u"x"_s}}}});
    QTest::newRow("consignment without order") << changed(consignment(), {{u"order"_s, removed}});
}

void TestSapCommerceAdapter::parse_malformed_invalidInput()
{
    QFETCH(QByteArray, body);

    const auto result = m_adapter.parseWebhook(authorizedRequest(body), shop(), password);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
}

void TestSapCommerceAdapter::parse_otherItems_recordedWithoutEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("eventId");

    QTest::newRow("product") << Test::fixture(u"sapcommerce/product.json"_s)
                             << u"item:TSH-ORG-GRN-M:2024-05-10T08:00:00+0000:"_s;
    QTest::newRow("return request about an order")
        << QByteArrayLiteral(R"({"code":"RMA-7","rma":"7","status":{"code":"APPROVAL_PENDING"},)"
                             R"("order":{"code":"00001042"}})")
        << u"item:RMA-7::APPROVAL_PENDING"_s;
    QTest::newRow("deleted item, key only") << QByteArrayLiteral(R"({"integrationKey":"00001042"})") << QString();
    QTest::newRow("empty object") << QByteArrayLiteral("{}") << QString();
}

void TestSapCommerceAdapter::parse_otherItems_recordedWithoutEvents()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, eventId);

    const auto result = m_adapter.parseWebhook(authorizedRequest(body), shop(), password);
    QVERIFY(result.ok());
    QCOMPARE(result->topic, u"item"_s);
    QCOMPARE(result->eventId, eventId);
    QVERIFY(result->events.isEmpty());
}

QTEST_GUILESS_MAIN(TestSapCommerceAdapter)

#include "tst_sapcommerceadapter.moc"
