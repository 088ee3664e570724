#include "dispatch/clock.h"
#include "fakes/fakeoauth2server.h"
#include "fakes/fakesapcommerce.h"
#include "fakes/pollrig.h"
#include "fakes/testsupport.h"
#include "sources/polling/sapcommercepoller.h"
#include "sources/sapcommerceadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QString Site = u"electronics"_s;
const QString ClientId = u"tidings"_s;
const QString ClientSecret = u"occ-secret-7d41a9"_s;
const QString TokenPath = u"/authorizationserver/oauth/token"_s;

// An OCC v2 order with fields=FULL, as commercewebservices answers it (trimmed of prices' extra fields).
const QByteArray OccOrder = R"({
  "type": "orderWsDTO",
  "code": "00001037",
  "guid": "c1a0d6f0a4b64d1f8f0e3f3c9a7d5e21b9a3c6d2",
  "status": "COMPLETED",
  "statusDisplay": "completed",
  "deliveryStatus": "SHIPPED",
  "created": "2026-03-01T10:05:12+0000",
  "user": {"uid": "ada.lovelace@example.com", "name": "Ada Lovelace"},
  "deliveryAddress": {"firstName": "Ada", "lastName": "Lovelace", "line1": "12 St James's Square",
                      "town": "London", "postalCode": "SW1Y 4JH", "country": {"isocode": "GB"}},
  "entries": [
    {"entryNumber": 0, "quantity": 2, "basePrice": {"currencyIso": "USD", "value": 99.85},
     "product": {"code": "1934793", "name": "PowerShot A480"}},
    {"entryNumber": 1, "quantity": 1, "basePrice": {"currencyIso": "USD", "value": 12.5},
     "product": {"code": "4205431", "name": "Memory card"}}
  ],
  "totalPrice": {"currencyIso": "USD", "value": 212.2, "formattedValue": "$212.20"},
  "totalPriceWithTax": {"currencyIso": "USD", "value": 212.2},
  "consignments": [
    {"code": "cons00001037_0", "status": "SHIPPED", "statusDate": "2026-03-01T14:30:00+0000",
     "trackingID": "1Z999AA10123456784",
     "entries": [{"orderEntry": {"entryNumber": 0, "product": {"code": "1934793", "name": "PowerShot A480"}},
                  "quantity": 2, "shippedQuantity": 2}]},
    {"code": "cons00001037_1", "status": "READY_FOR_PICKUP", "statusDate": "2026-03-01T15:00:00+0000",
     "entries": [{"orderEntry": {"entryNumber": 1, "product": {"code": "4205431"}}, "quantity": 1}]},
    {"status": "WAITING"}
  ]
})";

SourceConfig sapSource(const QUrl &baseUrl, const QJsonObject &extra = {})
{
    QJsonObject options{
        {u"mode"_s, u"poll"_s}, {u"baseUrl"_s, baseUrl.toString()}, {u"baseSiteId"_s, Site}, {u"clientId"_s, ClientId}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"shop"_s, u"sapcommerce"_s, u"Camera shop"_s, true, options};
}

// A poll request against `occ`, with the tokens from `tokens` (its own server: tokenUrl points there).
PollRequest requestFor(const QUrl &occ, const QUrl &tokens, const QString &secret = ClientSecret)
{
    PollRequest request;
    request.source = sapSource(occ, {{u"tokenUrl"_s, QString(tokens.toString() + TokenPath)}});
    request.secrets = {{u"clientSecret"_s, secret}};
    request.windowStart = Start.addDays(-1);
    return request;
}

FakeSapCommerce::Order sapOrder(int number, const QString &status = u"CREATED"_s)
{
    FakeSapCommerce::Order order;
    order.code = u"%1"_s.arg(number, 8, 10, QLatin1Char('0'));
    order.status = status;
    order.uid = u"buyer%1@example.com"_s.arg(number);
    order.created = Start.addDays(-2);
    return order;
}

// A token server and an OCC that trusts it.
struct Platform
{
    Platform()
        : tokens(TokenPath, ClientId, ClientSecret)
        , occ(Site, &tokens)
    {
        tokens.setAllowClientCredentials(true);
    }

    bool listen() { return tokens.listen() && occ.listen(); }

    PollRequest request(const QString &secret = ClientSecret) const
    {
        return requestFor(occ.baseUrl(), tokens.baseUrl(), secret);
    }

    FakeOAuth2Server tokens;
    FakeSapCommerce occ;
};

} // namespace

class TestSapCommercePoller : public QObject
{
    Q_OBJECT

private slots:
    void orderStatus_fromStatusAndDeliveryStatus_data();
    void orderStatus_fromStatusAndDeliveryStatus();
    void shipmentStatus_fromConsignmentStatus_data();
    void shipmentStatus_fromConsignmentStatus();
    void parse_idsCustomerItemsAndTracking();
    void parse_guestUid_emailAfterBar();
    void parseFeed_data();
    void parseFeed();
    void addresses_data();
    void addresses();
    void fetch_sendsContract();
    void fetch_pages();
    void fetch_tokenOfAnotherFeed_readsFeedAgain();
    void fetch_unknownOrder_skipped();
    void fetch_invalidToken_newTokenOnce();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_networkDown_retryable();
    void fetch_plainHttpToOtherHost_refused();
    void scheduler_backfillQuietThenShipmentOnceAndRestart();
};

void TestSapCommercePoller::orderStatus_fromStatusAndDeliveryStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("deliveryStatus");
    QTest::addColumn<OrderStatus>("expected");

    QTest::newRow("CREATED") << u"CREATED"_s << u"NOTSHIPPED"_s << OrderStatus::Pending;
    QTest::newRow("ON_VALIDATION") << u"ON_VALIDATION"_s << QString() << OrderStatus::Pending;
    QTest::newRow("PAYMENT_CAPTURED") << u"PAYMENT_CAPTURED"_s << u"NOTSHIPPED"_s << OrderStatus::Paid;
    QTest::newRow("FRAUD_CHECKED") << u"FRAUD_CHECKED"_s << QString() << OrderStatus::Paid;
    QTest::newRow("ORDER_SPLIT") << u"ORDER_SPLIT"_s << u"NOTSHIPPED"_s << OrderStatus::Paid;
    QTest::newRow("WAIT_FRAUD_MANUAL_CHECK") << u"WAIT_FRAUD_MANUAL_CHECK"_s << QString() << OrderStatus::OnHold;
    QTest::newRow("SUSPENDED") << u"SUSPENDED"_s << u"NOTSHIPPED"_s << OrderStatus::OnHold;
    QTest::newRow("partly shipped") << u"ORDER_SPLIT"_s << u"PARTSHIPPED"_s << OrderStatus::PartiallyShipped;
    QTest::newRow("shipped") << u"ORDER_SPLIT"_s << u"SHIPPED"_s << OrderStatus::Shipped;
    QTest::newRow("COMPLETED") << u"COMPLETED"_s << QString() << OrderStatus::Shipped;
    QTest::newRow("CANCELLED after shipping") << u"CANCELLED"_s << u"SHIPPED"_s << OrderStatus::Cancelled;
    QTest::newRow("CANCELLING") << u"CANCELLING"_s << u"NOTSHIPPED"_s << OrderStatus::Cancelled;
    QTest::newRow("PAYMENT_NOT_AUTHORIZED") << u"PAYMENT_NOT_AUTHORIZED"_s << QString() << OrderStatus::Failed;
    QTest::newRow("PROCESSING_ERROR") << u"PROCESSING_ERROR"_s << QString() << OrderStatus::Failed;
    QTest::newRow("lower case") << u"payment_authorized"_s << u"notshipped"_s << OrderStatus::Paid;
    QTest::newRow("an extension's status") << u"PENDING_APPROVAL"_s << QString() << OrderStatus::Unknown;
}

void TestSapCommercePoller::orderStatus_fromStatusAndDeliveryStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, deliveryStatus);
    QJsonObject order{{u"code"_s, u"00000001"_s}, {u"status"_s, status}};
    if (!deliveryStatus.isEmpty()) {
        order.insert(u"deliveryStatus"_s, deliveryStatus);
    }
    const QList<OrderEvent> events = SapCommercePoller::orderEvents(order, sapSource(QUrl()));
    QCOMPARE(events.size(), 1);
    QTEST(events.first().orderStatus, "expected");
    QCOMPARE(events.first().rawOrderStatus, u"status=%1;deliveryStatus=%2"_s.arg(status, deliveryStatus));
}

void TestSapCommercePoller::shipmentStatus_fromConsignmentStatus_data()
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
    QTest::newRow("PICKUP_COMPLETE") << u"PICKUP_COMPLETE"_s << ShipmentStatus::Delivered;
    QTest::newRow("DELIVERY_COMPLETED") << u"DELIVERY_COMPLETED"_s << ShipmentStatus::Delivered;
    QTest::newRow("DELIVERY_REJECTED") << u"DELIVERY_REJECTED"_s << ShipmentStatus::Exception;
    QTest::newRow("CANCELLED") << u"CANCELLED"_s << ShipmentStatus::Cancelled;
    QTest::newRow("a warehousing status") << u"PACKED"_s << ShipmentStatus::Unknown;
}

void TestSapCommercePoller::shipmentStatus_fromConsignmentStatus()
{
    QFETCH(QString, status);
    const QJsonObject order{{u"code"_s, u"00000001"_s},
                            {u"status"_s, u"ORDER_SPLIT"_s},
                            {u"consignments"_s, QJsonArray{QJsonObject{{u"code"_s, u"c1"_s}, {u"status"_s, status}}}}};
    const QList<OrderEvent> events = SapCommercePoller::orderEvents(order, sapSource(QUrl()));
    QCOMPARE(events.size(), 2);
    QTEST(events.at(1).shipmentStatus, "expected");
    QCOMPARE(events.at(1).rawShipmentStatus, u"status="_s + status);
}

void TestSapCommercePoller::parse_idsCustomerItemsAndTracking()
{
    const QJsonObject order = QJsonDocument::fromJson(OccOrder).object();
    QVERIFY(!order.isEmpty());
    const QList<OrderEvent> events = SapCommercePoller::orderEvents(order, sapSource(QUrl()));
    QCOMPARE(events.size(), 3); // the order and its two consignments with a code

    const OrderEvent &placed = events.at(0);
    QCOMPARE(placed.sourceId, u"shop"_s);
    QCOMPARE(placed.sourceType, u"sapcommerce"_s);
    QCOMPARE(placed.topic, u"poll/orders"_s);
    QCOMPARE(placed.orderId, u"00001037"_s);
    QCOMPARE(placed.orderNumber, u"00001037"_s);
    QCOMPARE(placed.customerEmail, u"ada.lovelace@example.com"_s);
    QCOMPARE(placed.customerName, u"Ada Lovelace"_s);
    QCOMPARE(placed.orderStatus, OrderStatus::Shipped);
    QCOMPARE(placed.rawOrderStatus, u"status=COMPLETED;deliveryStatus=SHIPPED"_s);
    QCOMPARE(placed.totalPrice, u"212.2"_s);
    QCOMPARE(placed.currency, u"USD"_s);
    QCOMPARE(placed.lineItems.size(), 2);
    QCOMPARE(placed.lineItems.at(0).sku, u"1934793"_s);
    QCOMPARE(placed.lineItems.at(0).name, u"PowerShot A480"_s);
    QCOMPARE(placed.lineItems.at(0).quantity, 2);
    QCOMPARE(placed.lineItems.at(0).price, u"99.85"_s);
    QCOMPARE(placed.occurredAt, QDateTime(QDate(2026, 3, 1), QTime(10, 5, 12), Qt::UTC));
    QVERIFY(!placed.hasShipment());

    const OrderEvent &parcel = events.at(1);
    QCOMPARE(parcel.topic, u"poll/consignments"_s);
    QCOMPARE(parcel.orderId, u"00001037"_s);
    QCOMPARE(parcel.orderNumber, u"00001037"_s);
    QCOMPARE(parcel.shipmentId, u"cons00001037_0"_s);
    QCOMPARE(parcel.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(parcel.shipmentStatus, ShipmentStatus::InTransit);
    QCOMPARE(parcel.customerEmail, u"ada.lovelace@example.com"_s);
    QCOMPARE(parcel.customerName, u"Ada Lovelace"_s);
    QCOMPARE(parcel.occurredAt, QDateTime(QDate(2026, 3, 1), QTime(14, 30), Qt::UTC));
    QCOMPARE(parcel.lineItems.size(), 1); // OCC's consignment "entries"
    QCOMPARE(parcel.lineItems.first().sku, u"1934793"_s);
    QCOMPARE(parcel.lineItems.first().quantity, 2);
    QCOMPARE(parcel.orderStatus, OrderStatus::Unknown); // one consignment says nothing of the order

    const OrderEvent &pickup = events.at(2);
    QCOMPARE(pickup.shipmentId, u"cons00001037_1"_s);
    QCOMPARE(pickup.shipmentStatus, ShipmentStatus::ReadyForPickup);
    QVERIFY(pickup.trackingNumber.isEmpty());
    QCOMPARE(pickup.lineItems.first().quantity, 1); // nothing shipped yet: the quantity

    const PollPage page = SapCommercePoller::pageOf({order}, {u"00000999"_s}, sapSource(QUrl()),
                                                    R"({"orderStatusUpdateElements":[]})", false, Start);
    QCOMPARE(page.events.size(), 3);
    QCOMPARE(page.newestSeen, Start);
    QVERIFY(!page.more);
    const QJsonObject raw = QJsonDocument::fromJson(page.rawBody).object();
    QCOMPARE(raw.value(u"orders"_s).toArray().size(), 1);
    QCOMPARE(raw.value(u"unknownOrders"_s).toArray().first().toString(), u"00000999"_s);
    QVERIFY(raw.contains(u"statusfeed"_s));
    // newestSeen only on the run's last page: the feed's elements carry no time.
    QVERIFY(!SapCommercePoller::pageOf({order}, {}, sapSource(QUrl()), {}, true, Start).newestSeen.isValid());
}

void TestSapCommercePoller::parse_guestUid_emailAfterBar()
{
    const QJsonObject order{
        {u"code"_s, u"00000002"_s},
        {u"status"_s, u"CREATED"_s},
        {u"guestCustomer"_s, true},
        {u"user"_s, QJsonObject{{u"uid"_s, u"8f14e45f-ceea-467f-a0e6-0f1b2c3d4e5f|guest@example.org"_s},
                                {u"name"_s, u"Guest"_s}}}};
    const QList<OrderEvent> events = SapCommercePoller::orderEvents(order, sapSource(QUrl()));
    QCOMPARE(events.first().customerEmail, u"guest@example.org"_s);
}

void TestSapCommercePoller::parseFeed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isFeed");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("oldest first, each once, own site only") << QByteArray(R"({"orderStatusUpdateElements":[
            {"code":"00001001","status":"CREATED","baseSiteId":"electronics"},
            {"code":"00001002","status":"CREATED","baseSiteId":"electronics"},
            {"code":"00009001","status":"CREATED","baseSiteId":"apparel-uk"},
            {"code":"00001001","status":"PAYMENT_CAPTURED","baseSiteId":"electronics"},
            {"status":"CREATED","baseSiteId":"electronics"}]})")
                                                            << true << QStringList{u"00001001"_s, u"00001002"_s};
    QTest::newRow("empty list left out") << QByteArray("{}") << true << QStringList{};
    QTest::newRow("empty list") << QByteArray(R"({"orderStatusUpdateElements":[]})") << true << QStringList{};
    QTest::newRow("an OCC error") << QByteArray(R"({"errors":[{"message":"x","type":"ServerError"}]})") << false
                                  << QStringList{};
    QTest::newRow("not a list") << QByteArray(R"({"orderStatusUpdateElements":"x"})") << false << QStringList{};
    QTest::newRow("HTML") << QByteArray("<html><body>Maintenance</body></html>") << false << QStringList{};
    QTest::newRow("cut off") << QByteArray(R"({"orderStatusUpdateElements":[{"code":"0)") << false << QStringList{};
}

void TestSapCommercePoller::parseFeed()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isFeed);
    QString detail;
    const std::optional<QStringList> codes = SapCommercePoller::parseFeed(body, Site, &detail);
    QCOMPARE(codes.has_value(), isFeed);
    if (isFeed) {
        QTEST(*codes, "codes");
    } else {
        QVERIFY(!detail.isEmpty());
    }
}

void TestSapCommercePoller::addresses_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("tokenOption");
    QTest::addColumn<QString>("feed");
    QTest::addColumn<QString>("token");

    const QString host = u"https://api.c1abc-shop.model-t.cc.commerce.ondemand.com"_s;
    QTest::newRow("Commerce Cloud") << host << QString() << host + u"/occ/v2/electronics/feeds/orders/statusfeed"_s
                                    << host + u"/authorizationserver/oauth/token"_s;
    QTest::newRow("pasted with /occ/v2/")
        << host + u"/occ/v2/"_s << QString() << host + u"/occ/v2/electronics/feeds/orders/statusfeed"_s
        << host + u"/authorizationserver/oauth/token"_s;
    QTest::newRow("on premise /rest/v2")
        << u"https://shop.example.com:9002/rest/v2"_s << QString()
        << u"https://shop.example.com:9002/rest/v2/electronics/feeds/orders/statusfeed"_s
        << u"https://shop.example.com:9002/authorizationserver/oauth/token"_s;
    QTest::newRow("token address set") << host << u"https://auth.example.com/oauth/token"_s
                                       << host + u"/occ/v2/electronics/feeds/orders/statusfeed"_s
                                       << u"https://auth.example.com/oauth/token"_s;
}

void TestSapCommercePoller::addresses()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, tokenOption);
    QTEST(SapCommercePoller::occUrl(QUrl(baseUrl), Site, u"feeds/orders/statusfeed"_s).toString(), "feed");
    QTEST(SapCommercePoller::tokenUrl(QUrl(baseUrl), tokenOption).toString(), "token");
    QCOMPARE(SapCommercePoller::feedTimestamp(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::OffsetFromUTC, 3600)),
             u"2026-03-01T09:00:00Z"_s);
}

void TestSapCommercePoller::fetch_sendsContract()
{
    Platform sap;
    QVERIFY(sap.listen());
    FakeSapCommerce::Order shipped = sapOrder(1037, u"COMPLETED"_s);
    shipped.deliveryStatus = u"SHIPPED"_s;
    shipped.consignments = {{u"cons00001037_0"_s, u"SHIPPED"_s, u"1Z999AA10123456784"_s, Start.addSecs(-120)}};
    sap.occ.changeOrder(shipped, Start.addSecs(-60));
    sap.occ.changeOrder(sapOrder(1038), Start.addSecs(-30));
    sap.occ.changeOrder(sapOrder(900), Start.addDays(-2)); // before the window
    const QDateTime answeredAt = Start.addSecs(5);
    sap.occ.setDate(answeredAt);

    SapCommercePoller poller;
    const PollOutcome outcome = fetchOnce(poller, sap.request());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));

    // The token: client credentials with the client in the form body.
    QCOMPARE(sap.tokens.requestCount(), 1);
    const auto token = sap.tokens.requests().first();
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.path, TokenPath.toUtf8());
    QCOMPARE(sap.tokens.lastClientAuth(), u"body"_s);
    QVERIFY(token.body.contains("grant_type=client_credentials"));

    QCOMPARE(sap.occ.requestCount(), 3); // the feed, then each order once
    const auto feed = sap.occ.requests().at(0);
    QCOMPARE(feed.status, 200);
    QCOMPARE(feed.method, QByteArray("GET"));
    QCOMPARE(feed.path, QByteArray("/occ/v2/electronics/feeds/orders/statusfeed"));
    QCOMPARE(feed.query.queryItemValue(u"timestamp"_s, QUrl::FullyDecoded), u"2026-03-01T09:00:00Z"_s);
    QCOMPARE(feed.headers.value("authorization"), QByteArray("Bearer token-1"));
    const QList<QByteArray> paths{sap.occ.requests().at(1).path, sap.occ.requests().at(2).path};
    QCOMPARE(paths, (QList<QByteArray>{"/occ/v2/electronics/orders/00001037", "/occ/v2/electronics/orders/00001038"}));
    for (int i = 1; i < 3; ++i) {
        const auto order = sap.occ.requests().at(i);
        QCOMPARE(order.status, 200);
        QCOMPARE(order.method, QByteArray("GET"));
        QCOMPARE(order.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded), u"FULL"_s);
        QCOMPARE(order.headers.value("authorization"), QByteArray("Bearer token-1"));
    }

    const PollPage &page = *outcome.page;
    QCOMPARE(page.events.size(), 3); // 1037, its consignment, 1038
    QCOMPARE(page.events.at(1).trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(page.events.at(1).shipmentStatus, ShipmentStatus::InTransit);
    QCOMPARE(page.events.at(2).orderId, u"00001038"_s);
    QCOMPARE(page.events.at(2).customerEmail, u"buyer1038@example.com"_s);
    QVERIFY(!page.more);
    QVERIFY(page.nextPageToken.isEmpty());
    QCOMPARE(page.newestSeen, answeredAt); // SAP's clock: the feed's Date
    QVERIFY(page.rawBody.contains("1Z999AA10123456784"));
    QVERIFY(page.rawBody.contains("orderStatusUpdateElements"));
}

void TestSapCommercePoller::fetch_pages()
{
    Platform sap;
    QVERIFY(sap.listen());
    const int orders = 2 * SapCommercePoller::OrdersPerPage + 5;
    for (int i = 0; i < orders; ++i) {
        sap.occ.changeOrder(sapOrder(2000 + i), Start.addSecs(-3000 + i));
    }
    sap.occ.changeOrder(sapOrder(2000, u"PAYMENT_CAPTURED"_s), Start.addSecs(-10)); // listed twice, read once
    sap.occ.setDate(Start);
    SapCommercePoller poller;
    PollRequest request = sap.request();
    QStringList seen;
    const QList<int> sizes{SapCommercePoller::OrdersPerPage, SapCommercePoller::OrdersPerPage, 5};
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        QCOMPARE(outcome.page->events.size(), sizes.at(i));
        const bool last = i + 1 == sizes.size();
        QCOMPARE(outcome.page->more, !last);
        QCOMPARE(outcome.page->newestSeen.isValid(), last);
        QCOMPARE(outcome.page->nextPageToken.isEmpty(), last);
        for (const OrderEvent &event : outcome.page->events) {
            seen.append(event.orderId);
        }
        request.pageToken = outcome.page->nextPageToken;
    }
    QCOMPARE(seen.size(), orders);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), orders);
    QCOMPARE(seen.first(), u"00002000"_s); // oldest change first
    QCOMPARE(seen.last(), u"00002044"_s);
    int feeds = 0;
    for (const auto &recorded : sap.occ.requests()) {
        feeds += recorded.path.endsWith("/statusfeed") ? 1 : 0;
    }
    QCOMPARE(feeds, 1); // the run reads the feed once
    QCOMPARE(sap.occ.requestCount(), 1 + orders);
    QCOMPARE(sap.tokens.tokensIssued(), 1);
}

void TestSapCommercePoller::fetch_tokenOfAnotherFeed_readsFeedAgain()
{
    Platform sap;
    QVERIFY(sap.listen());
    for (int i = 0; i < SapCommercePoller::OrdersPerPage + 1; ++i) {
        sap.occ.changeOrder(sapOrder(3000 + i), Start.addSecs(-600 + i));
    }
    SapCommercePoller first;
    const PollOutcome one = fetchOnce(first, sap.request());
    QVERIFY(one.ok());
    QVERIFY(one.page->more);

    // A poller that does not hold that feed (a new instance): it reads the feed again from the window start.
    SapCommercePoller second;
    PollRequest request = sap.request();
    request.pageToken = one.page->nextPageToken;
    sap.occ.clearRequests();
    const PollOutcome again = fetchOnce(second, request);
    QVERIFY(again.ok());
    QVERIFY(sap.occ.requests().first().path.endsWith("/statusfeed"));
    QCOMPARE(again.page->events.first().orderId, u"00003000"_s);

    request.pageToken = u"garbage"_s;
    const PollOutcome garbage = fetchOnce(second, request);
    QVERIFY(garbage.ok());
    QCOMPARE(garbage.page->events.first().orderId, u"00003000"_s);
}

void TestSapCommercePoller::fetch_unknownOrder_skipped()
{
    Platform sap;
    QVERIFY(sap.listen());
    sap.occ.addFeedEntry(u"00000404"_s, u"CANCELLED"_s, Start.addSecs(-90)); // deleted since
    sap.occ.changeOrder(sapOrder(4001), Start.addSecs(-60));
    SapCommercePoller poller;
    const PollOutcome outcome = fetchOnce(poller, sap.request());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 1);
    QCOMPARE(outcome.page->events.first().orderId, u"00004001"_s);
    QCOMPARE(sap.occ.requests().at(1).status, 400); // UnknownIdentifierError
    const QJsonObject raw = QJsonDocument::fromJson(outcome.page->rawBody).object();
    QCOMPARE(raw.value(u"unknownOrders"_s).toArray(), QJsonArray{u"00000404"_s});
}

void TestSapCommercePoller::fetch_invalidToken_newTokenOnce()
{
    Platform sap;
    QVERIFY(sap.listen());
    sap.occ.changeOrder(sapOrder(5001), Start.addSecs(-60));
    SapCommercePoller poller;
    QVERIFY(fetchOnce(poller, sap.request()).ok());
    QCOMPARE(sap.tokens.tokensIssued(), 1);

    // The token is revoked: OCC answers 401 InvalidTokenError, the poller gets a new one and asks once more.
    sap.tokens.revokeAll();
    const PollOutcome renewed = fetchOnce(poller, sap.request());
    QVERIFY2(renewed.ok(), qPrintable(renewed.error ? renewed.error->detail : QString()));
    QCOMPARE(sap.tokens.tokensIssued(), 2);

    // Refused with the new token too: a failure, not a loop.
    using Mode = FakePlatformServer::Mode;
    sap.occ.queueModes({Mode::Unauthorized401, Mode::Unauthorized401});
    const PollOutcome refused = fetchOnce(poller, sap.request());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->code, ErrorCode::Unauthorized);
    QVERIFY(!refused.error->retryable);
    QCOMPARE(sap.tokens.tokensIssued(), 3);
    QVERIFY(refused.error->detail.contains(u"InvalidTokenError"_s));
    for (const QString &text : {refused.error->message, refused.error->detail}) {
        QVERIFY2(!text.contains(u"token-"_s), qPrintable(text)); // OCC repeats the token: never shown
        QVERIFY(!text.contains(ClientSecret));
    }
}

void TestSapCommercePoller::fetch_failures_data()
{
    QTest::addColumn<FakePlatformServer::Mode>("mode");
    QTest::addColumn<QString>("failure"); // what else is wrong
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("says");

    using Mode = FakePlatformServer::Mode;
    QTest::newRow("429") << Mode::RateLimit429 << QString() << ErrorCode::RateLimited << true << qint64(2000)
                         << QString();
    QTest::newRow("503") << Mode::Unavailable503 << QString() << ErrorCode::ProviderFailed << true << qint64(2000)
                         << QString();
    QTest::newRow("500") << Mode::ServerError500 << QString() << ErrorCode::ProviderFailed << true << qint64(-1)
                         << QString();
    QTest::newRow("not a trusted client (403)")
        << Mode::Serve << u"untrusted"_s << ErrorCode::Unauthorized << false << qint64(-1) << u"ROLE_TRUSTED_CLIENT"_s;
    QTest::newRow("wrong client secret") << Mode::Serve << u"secret"_s << ErrorCode::Unauthorized << false << qint64(-1)
                                         << QString();
    QTest::newRow("unknown site") << Mode::Serve << u"site"_s << ErrorCode::Config << false << qint64(-1)
                                  << u"apparel-de"_s;
    QTest::newRow("wrong path (404)") << Mode::Serve << u"path"_s << ErrorCode::Config << false << qint64(-1)
                                      << u"/occ/v2"_s;
    QTest::newRow("malformed feed") << Mode::Serve << u"malformed"_s << ErrorCode::ProviderFailed << true << qint64(-1)
                                    << QString();
    QTest::newRow("429 on an order") << Mode::Serve << u"order429"_s << ErrorCode::RateLimited << true << qint64(2000)
                                     << QString();
}

void TestSapCommercePoller::fetch_failures()
{
    QFETCH(FakePlatformServer::Mode, mode);
    QFETCH(QString, failure);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, says);
    Platform sap;
    QVERIFY(sap.listen());
    sap.occ.changeOrder(sapOrder(7), Start.addSecs(-60));
    using Mode = FakePlatformServer::Mode;
    sap.occ.queueModes(failure == "order429"_L1 ? QList<Mode>{Mode::Serve, Mode::RateLimit429} : QList<Mode>{mode});
    sap.occ.setTrusted(failure != "untrusted"_L1);
    PollRequest request = sap.request(failure == "secret"_L1 ? u"occ-wrong-secret"_s : ClientSecret);
    if (failure == "site"_L1) {
        request.source.options.insert(u"baseSiteId"_s, u"apparel-de"_s);
    } else if (failure == "path"_L1) {
        request.source.options.insert(u"baseUrl"_s, QString(sap.occ.baseUrl().toString() + u"/shop"_s));
    } else if (failure == "malformed"_L1) {
        sap.occ.setRawFeed("<html><body>Down for maintenance</body></html>");
    }
    SapCommercePoller poller;
    const PollOutcome outcome = fetchOnce(poller, request);
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY(!outcome.error->message.isEmpty());
    if (!says.isEmpty()) {
        QVERIFY2(outcome.error->message.contains(says), qPrintable(outcome.error->message));
    }
    for (const QString &text : {outcome.error->message, outcome.error->detail}) {
        QVERIFY(!text.contains(ClientSecret));
        QVERIFY(!text.contains(u"occ-wrong-secret"_s));
        QVERIFY(!text.contains(u"token-1"_s));
    }
}

void TestSapCommercePoller::fetch_networkDown_retryable()
{
    QUrl closed;
    {
        FakeOAuth2Server gone(TokenPath, ClientId, ClientSecret);
        QVERIFY(gone.listen());
        closed = gone.baseUrl();
    }
    SapCommercePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(closed, closed));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Network);
    QVERIFY(outcome.error->retryable);
}

void TestSapCommercePoller::fetch_plainHttpToOtherHost_refused()
{
    Platform sap;
    QVERIFY(sap.listen());
    SapCommercePoller poller;
    const PollOutcome plain = fetchOnce(poller, requestFor(QUrl(u"http://api.example.com"_s), sap.tokens.baseUrl()));
    QVERIFY(!plain.ok());
    QCOMPARE(plain.error->code, ErrorCode::Config);
    // Nor does the client secret travel to a plain http token address elsewhere.
    PollRequest request = sap.request();
    request.source.options.insert(u"tokenUrl"_s, u"http://auth.example.com/oauth/token"_s);
    const PollOutcome token = fetchOnce(poller, request);
    QVERIFY(!token.ok());
    QCOMPARE(token.error->code, ErrorCode::Config);
    QCOMPARE(sap.tokens.requestCount(), 0);
    QCOMPARE(sap.occ.requestCount(), 0);
}

void TestSapCommercePoller::scheduler_backfillQuietThenShipmentOnceAndRestart()
{
    Platform sap;
    QVERIFY(sap.listen());
    sap.occ.changeOrder(sapOrder(41), Start.addSecs(-3600));
    sap.occ.setDate(Start);
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, {{u"clientSecret"_s, ClientSecret}}}};
    const SourceConfig source =
        sapSource(sap.occ.baseUrl(), {{u"tokenUrl"_s, QString(sap.tokens.baseUrl().toString() + TokenPath)}});
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    qint64 notifications = 0;
    {
        PollRig rig(dir.path(), clock);
        rig.scheduler->setSources({source}, secrets);
        rig.scheduler->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0); // the backfill is quiet
        QCOMPARE(rig.cursor()->newestSeen, Start);                       // the feed's Date

        // The order ships: the fulfilment process completes it with a shipped consignment; a new order comes in.
        FakeSapCommerce::Order shipped = sap.occ.order(u"00000041"_s);
        shipped.status = u"COMPLETED"_s;
        shipped.deliveryStatus = u"SHIPPED"_s;
        shipped.consignments = {{u"cons00000041_0"_s, u"SHIPPED"_s, u"1Z999AA10123456784"_s, Start.addSecs(59)}};
        sap.occ.changeOrder(shipped, Start.addSecs(60));
        sap.occ.changeOrder(sapOrder(42), Start.addSecs(90));
        sap.occ.setDate(Start.addSecs(120));
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 3); // 41's new status, its consignment, and 42
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"_s), 1); // 42
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM shipments WHERE tracking_number = '1Z999AA10123456784'"_s), 1);

        // The same feed entries again inside the overlap: nothing new.
        sap.occ.setDate(Start.addSecs(240));
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 0);
        notifications = rig.count(u"SELECT COUNT(*) FROM notifications"_s);
        QVERIFY(notifications >= 2);
    }
    // A restart on the same data dir finds nothing twice.
    sap.occ.setDate(Start.addSecs(360));
    clock->advance(120 * 1000);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({source}, secrets);
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), notifications);
}

QTEST_GUILESS_MAIN(TestSapCommercePoller)
#include "tst_sapcommercepoller.moc"
