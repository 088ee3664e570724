#include "fakes/fakeshopifyadmin.h"
#include "fakes/pollrig.h"
#include "sources/polling/shopifypoller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

SourceConfig shopSource()
{
    return SourceConfig{u"shop"_s, u"shopify"_s, u"My shop"_s, true, {}};
}

PollRequest requestFor(const QUrl &baseUrl, const QString &token = u"shpat_test"_s)
{
    PollRequest request;
    request.source = SourceConfig{u"shop"_s, u"shopify"_s, u"My shop"_s, true,
                                  QJsonObject{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, baseUrl.toString()}}};
    request.secrets = {{u"accessToken"_s, token}};
    request.windowStart = Start.addDays(-1);
    return request;
}

QByteArray pageWith(const QJsonObject &order)
{
    return QJsonDocument(
               QJsonObject{
                   {u"data"_s,
                    QJsonObject{{u"orders"_s, QJsonObject{{u"nodes"_s, QJsonArray{order}},
                                                          {u"pageInfo"_s, QJsonObject{{u"hasNextPage"_s, false},
                                                                                      {u"endCursor"_s, u"abc"_s}}}}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestShopifyPoller : public QObject
{
    Q_OBJECT

private slots:
    void orderStatus_fromGraphqlEnums_data();
    void orderStatus_fromGraphqlEnums();
    void shipmentStatus_fromDisplayStatus_data();
    void shipmentStatus_fromDisplayStatus();
    void parse_idsTrackingAndTimes();
    void parse_throttled_retryAfterFromBucket();
    void parse_graphqlError_notRetryable();
    void fetch_sendsContract();
    void fetch_pagesWithCursor();
    void fetch_lowBucket_waitsBeforeNextPage();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_plainHttpToOtherHost_refused();
};

void TestShopifyPoller::orderStatus_fromGraphqlEnums_data()
{
    QTest::addColumn<QString>("financial");
    QTest::addColumn<QString>("fulfillment");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<OrderStatus>("expected");

    QTest::newRow("paid unfulfilled") << u"PAID"_s << u"UNFULFILLED"_s << false << OrderStatus::Paid;
    QTest::newRow("pending") << u"PENDING"_s << u"UNFULFILLED"_s << false << OrderStatus::Pending;
    QTest::newRow("authorized") << u"AUTHORIZED"_s << u"UNFULFILLED"_s << false << OrderStatus::Pending;
    QTest::newRow("partially paid") << u"PARTIALLY_PAID"_s << u"UNFULFILLED"_s << false << OrderStatus::Pending;
    QTest::newRow("fulfilled") << u"PAID"_s << u"FULFILLED"_s << false << OrderStatus::Shipped;
    QTest::newRow("partially fulfilled") << u"PAID"_s << u"PARTIALLY_FULFILLED"_s << false
                                         << OrderStatus::PartiallyShipped;
    QTest::newRow("in progress is not shipped") << u"PAID"_s << u"IN_PROGRESS"_s << false << OrderStatus::Paid;
    QTest::newRow("refunded") << u"REFUNDED"_s << u"FULFILLED"_s << false << OrderStatus::Refunded;
    QTest::newRow("partially refunded") << u"PARTIALLY_REFUNDED"_s << u"FULFILLED"_s << false
                                        << OrderStatus::PartiallyRefunded;
    QTest::newRow("voided") << u"VOIDED"_s << u"UNFULFILLED"_s << false << OrderStatus::Cancelled;
    QTest::newRow("cancelled wins") << u"PAID"_s << u"UNFULFILLED"_s << true << OrderStatus::Cancelled;
    QTest::newRow("expired unknown") << u"EXPIRED"_s << u"UNFULFILLED"_s << false << OrderStatus::Unknown;
}

void TestShopifyPoller::orderStatus_fromGraphqlEnums()
{
    QFETCH(QString, financial);
    QFETCH(QString, fulfillment);
    QFETCH(bool, cancelled);
    QJsonObject order{{u"id"_s, u"gid://shopify/Order/1"_s},
                      {u"updatedAt"_s, u"2026-03-01T10:00:00Z"_s},
                      {u"displayFinancialStatus"_s, financial},
                      {u"displayFulfillmentStatus"_s, fulfillment},
                      {u"cancelledAt"_s, cancelled ? QJsonValue(u"2026-03-01T10:00:00Z"_s) : QJsonValue()}};
    const PollOutcome outcome = ShopifyPoller::parsePage(pageWith(order), shopSource());
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.page->events.size(), 1);
    QTEST(outcome.page->events.first().orderStatus, "expected");
}

void TestShopifyPoller::shipmentStatus_fromDisplayStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("displayStatus");
    QTest::addColumn<ShipmentStatus>("expected");

    QTest::newRow("in transit") << u"SUCCESS"_s << u"IN_TRANSIT"_s << ShipmentStatus::InTransit;
    QTest::newRow("carrier picked up") << u"SUCCESS"_s << u"CARRIER_PICKED_UP"_s << ShipmentStatus::InTransit;
    QTest::newRow("out for delivery") << u"SUCCESS"_s << u"OUT_FOR_DELIVERY"_s << ShipmentStatus::OutForDelivery;
    QTest::newRow("delivered") << u"SUCCESS"_s << u"DELIVERED"_s << ShipmentStatus::Delivered;
    QTest::newRow("attempted") << u"SUCCESS"_s << u"ATTEMPTED_DELIVERY"_s << ShipmentStatus::AttemptedDelivery;
    QTest::newRow("ready for pickup") << u"SUCCESS"_s << u"READY_FOR_PICKUP"_s << ShipmentStatus::ReadyForPickup;
    QTest::newRow("label printed") << u"SUCCESS"_s << u"LABEL_PRINTED"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("failure") << u"SUCCESS"_s << u"FAILURE"_s << ShipmentStatus::Exception;
    QTest::newRow("not delivered") << u"SUCCESS"_s << u"NOT_DELIVERED"_s << ShipmentStatus::Exception;
    QTest::newRow("fulfilled without news") << u"SUCCESS"_s << u"FULFILLED"_s << ShipmentStatus::Unknown;
    QTest::newRow("canceled display") << u"SUCCESS"_s << u"CANCELED"_s << ShipmentStatus::Cancelled;
    QTest::newRow("label voided") << u"SUCCESS"_s << u"LABEL_VOIDED"_s << ShipmentStatus::Cancelled;
    QTest::newRow("cancelled status") << u"CANCELLED"_s << u"IN_TRANSIT"_s << ShipmentStatus::Cancelled;
    QTest::newRow("unknown enum") << u"SUCCESS"_s << u"SOMETHING_NEW"_s << ShipmentStatus::Unknown;
}

void TestShopifyPoller::shipmentStatus_fromDisplayStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, displayStatus);
    QJsonObject order{{u"id"_s, u"gid://shopify/Order/1"_s},
                      {u"updatedAt"_s, u"2026-03-01T10:00:00Z"_s},
                      {u"displayFinancialStatus"_s, u"PAID"_s},
                      {u"displayFulfillmentStatus"_s, u"FULFILLED"_s},
                      {u"fulfillments"_s, QJsonArray{QJsonObject{{u"id"_s, u"gid://shopify/Fulfillment/77"_s},
                                                                 {u"status"_s, status},
                                                                 {u"displayStatus"_s, displayStatus},
                                                                 {u"updatedAt"_s, u"2026-03-01T11:00:00Z"_s}}}}};
    const PollOutcome outcome = ShopifyPoller::parsePage(pageWith(order), shopSource());
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.page->events.size(), 2);
    QCOMPARE(outcome.page->events.at(1).shipmentId, u"77"_s);
    QTEST(outcome.page->events.at(1).shipmentStatus, "expected");
}

void TestShopifyPoller::parse_idsTrackingAndTimes()
{
    QJsonObject order{
        {u"id"_s, u"gid://shopify/Order/450789469"_s},
        {u"name"_s, u"#1001"_s},
        {u"email"_s, u"bob@example.com"_s},
        {u"createdAt"_s, u"2026-03-01T08:00:00Z"_s},
        {u"updatedAt"_s, u"2026-03-01T10:00:00Z"_s},
        {u"displayFinancialStatus"_s, u"PAID"_s},
        {u"displayFulfillmentStatus"_s, u"FULFILLED"_s},
        {u"totalPriceSet"_s,
         QJsonObject{{u"shopMoney"_s, QJsonObject{{u"amount"_s, u"598.94"_s}, {u"currencyCode"_s, u"USD"_s}}}}},
        {u"fulfillments"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"gid://shopify/Fulfillment/255858046"_s},
                         {u"status"_s, u"SUCCESS"_s},
                         {u"displayStatus"_s, u"IN_TRANSIT"_s},
                         {u"updatedAt"_s, u"2026-03-01T09:30:00Z"_s},
                         {u"trackingInfo"_s,
                          QJsonArray{QJsonObject{{u"company"_s, u"UPS"_s},
                                                 {u"number"_s, u"1Z999"_s},
                                                 {u"url"_s, u"https://www.ups.com/track?tracknum=1Z999"_s}}}}}}}};
    const PollOutcome outcome = ShopifyPoller::parsePage(pageWith(order), shopSource());
    QVERIFY(outcome.ok());
    const OrderEvent &event = outcome.page->events.at(0);
    QCOMPARE(event.orderId, u"450789469"_s);
    QCOMPARE(event.orderNumber, u"#1001"_s);
    QCOMPARE(event.totalPrice, u"598.94"_s);
    QCOMPARE(event.currency, u"USD"_s);
    QCOMPARE(event.rawOrderStatus, u"financial=paid;fulfillment=fulfilled"_s);
    const OrderEvent &shipment = outcome.page->events.at(1);
    QCOMPARE(shipment.orderId, u"450789469"_s);
    QCOMPARE(shipment.shipmentId, u"255858046"_s);
    QCOMPARE(shipment.carrier, u"UPS"_s);
    QCOMPARE(shipment.trackingNumber, u"1Z999"_s);
    QCOMPARE(shipment.trackingUrl, QUrl(u"https://www.ups.com/track?tracknum=1Z999"_s));
    QCOMPARE(shipment.occurredAt, QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(outcome.page->newestSeen, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(!outcome.page->more);
}

void TestShopifyPoller::parse_throttled_retryAfterFromBucket()
{
    const QByteArray body = R"({"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],
        "extensions":{"cost":{"requestedQueryCost":202,"actualQueryCost":null,
        "throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":2,"restoreRate":50.0}}}})";
    const PollOutcome outcome = ShopifyPoller::parsePage(body, shopSource());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::RateLimited);
    QVERIFY(outcome.error->retryable);
    QCOMPARE(outcome.retryAfterMs, std::optional<qint64>(4000)); // (202 - 2) / 50 s
}

void TestShopifyPoller::parse_graphqlError_notRetryable()
{
    const QByteArray body =
        R"({"errors":[{"message":"Access denied for orders field.","extensions":{"code":"ACCESS_DENIED"}}]})";
    const PollOutcome outcome = ShopifyPoller::parsePage(body, shopSource());
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.error->retryable);
    QVERIFY(outcome.error->message.contains(u"read_orders"_s));
}

void TestShopifyPoller::fetch_sendsContract()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s, u"2025-01"_s);
    QVERIFY(shopify.listen());
    FakeShopifyAdmin::Order order;
    order.id = u"5"_s;
    order.name = u"#5"_s;
    order.updatedAt = Start.addSecs(-3600);
    shopify.upsertOrder(order);
    ShopifyPoller poller;
    PollRequest request = requestFor(shopify.baseUrl());
    request.source.options.insert(u"apiVersion"_s, u"2025-01"_s);
    const PollOutcome outcome = fetchOnce(poller, request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(shopify.requestCount(), 1);
    const auto sent = shopify.requests().first();
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.headers.value("x-shopify-access-token"), QByteArray("shpat_test"));
    QCOMPARE(shopify.variables(0).value(u"query"_s).toString(), u"updated_at:>='2026-03-01T09:00:00Z'"_s);
    QCOMPARE(shopify.variables(0).value(u"first"_s).toInt(), 50);
    QCOMPARE(outcome.page->events.size(), 1);
    QCOMPARE(outcome.page->events.first().orderId, u"5"_s);
    // The query asks for the shipping address's codes; an address in California is on Los Angeles' clock.
    QCOMPARE(outcome.page->events.first().customerTimeZone, u"America/Los_Angeles"_s);
}

void TestShopifyPoller::fetch_pagesWithCursor()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    shopify.setPageSize(2);
    for (int i = 1; i <= 3; ++i) {
        FakeShopifyAdmin::Order order;
        order.id = QString::number(i);
        order.updatedAt = Start.addSecs(-100 + i);
        shopify.upsertOrder(order);
    }
    ShopifyPoller poller;
    PollRequest request = requestFor(shopify.baseUrl());
    const PollOutcome first = fetchOnce(poller, request);
    QVERIFY(first.ok());
    QCOMPARE(first.page->events.size(), 2);
    QVERIFY(first.page->more);
    request.pageToken = first.page->nextPageToken;
    const PollOutcome second = fetchOnce(poller, request);
    QVERIFY(second.ok());
    QCOMPARE(second.page->events.size(), 1);
    QCOMPARE(second.page->events.first().orderId, u"3"_s);
    QVERIFY(!second.page->more);
    QCOMPARE(shopify.variables(1).value(u"after"_s).toString(), first.page->nextPageToken);
}

void TestShopifyPoller::fetch_lowBucket_waitsBeforeNextPage()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    shopify.setPageSize(1);
    shopify.setThrottle(5, 50, 30); // 5 points left, 50 back per second, 30 per query
    for (int i = 1; i <= 2; ++i) {
        FakeShopifyAdmin::Order order;
        order.id = QString::number(i);
        order.updatedAt = Start.addSecs(-100 + i);
        shopify.upsertOrder(order);
    }
    ShopifyPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(shopify.baseUrl()));
    QVERIFY(outcome.ok());
    QVERIFY(outcome.page->more);
    QCOMPARE(outcome.page->waitBeforeNextMs, 500); // (30 - 5) / 50 s
}

void TestShopifyPoller::fetch_failures_data()
{
    QTest::addColumn<FakePlatformServer::Mode>("mode");
    QTest::addColumn<QString>("token");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none

    using Mode = FakePlatformServer::Mode;
    QTest::newRow("throttled 200") << Mode::Throttled << u"shpat_test"_s << ErrorCode::RateLimited << true
                                   << qint64(1000);
    QTest::newRow("429 Retry-After") << Mode::RateLimit429 << u"shpat_test"_s << ErrorCode::RateLimited << true
                                     << qint64(2000);
    QTest::newRow("500") << Mode::ServerError500 << u"shpat_test"_s << ErrorCode::ProviderFailed << true << qint64(-1);
    QTest::newRow("wrong token") << Mode::Serve << u"shpat_wrong"_s << ErrorCode::Unauthorized << false << qint64(-1);
}

void TestShopifyPoller::fetch_failures()
{
    QFETCH(FakePlatformServer::Mode, mode);
    QFETCH(QString, token);
    QFETCH(qint64, retryAfterMs);
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    shopify.setThrottle(0, 50, 50);
    shopify.queueModes({mode});
    ShopifyPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(shopify.baseUrl(), token));
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY(!outcome.error->message.contains(token));
    QVERIFY(!outcome.error->detail.contains(token));
}

void TestShopifyPoller::fetch_plainHttpToOtherHost_refused()
{
    ShopifyPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(QUrl(u"http://shop.example.com"_s)));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY(outcome.error->message.contains(u"https://"_s));
}

QTEST_GUILESS_MAIN(TestShopifyPoller)
#include "tst_shopifypoller.moc"
