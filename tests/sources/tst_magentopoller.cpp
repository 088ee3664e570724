#include "dispatch/clock.h"
#include "fakes/fakemagentoapi.h"
#include "fakes/pollrig.h"
#include "fakes/testsupport.h"
#include "sources/polling/magentopoller.h"
#include "sources/polling/pollscheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QString Token = u"mg-token-5f1c"_s;

SourceConfig magentoSource(const QUrl &baseUrl, const QJsonObject &extra = {})
{
    QJsonObject options{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, baseUrl.toString()}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"shop"_s, u"magento"_s, u"Linen shop"_s, true, options};
}

PollRequest requestFor(const QUrl &baseUrl, const QString &token = Token, const QJsonObject &extra = {})
{
    PollRequest request;
    request.source = magentoSource(baseUrl, extra);
    request.secrets = {{u"accessToken"_s, token}};
    request.windowStart = Start.addDays(-1);
    return request;
}

FakeMagentoApi::Order magentoOrder(int id, const QDateTime &updatedAt)
{
    FakeMagentoApi::Order order;
    order.id = QString::number(id);
    order.number = u"0000000%1"_s.arg(id);
    order.updatedAt = updatedAt;
    order.email = u"buyer%1@example.com"_s.arg(id);
    return order;
}

QJsonObject item(double ordered, double shipped, bool isVirtual = false)
{
    return QJsonObject{{u"sku"_s, u"SKU"_s},
                       {u"qty_ordered"_s, ordered},
                       {u"qty_shipped"_s, shipped},
                       {u"product_type"_s, isVirtual ? u"downloadable"_s : u"simple"_s},
                       {u"is_virtual"_s, isVirtual ? 1 : 0}};
}

} // namespace

class TestMagentoPoller : public QObject
{
    Q_OBJECT

private slots:
    void orderStatus_fromStateAndStatus_data();
    void orderStatus_fromStateAndStatus();
    void parse_idsCustomerItemsAndTracking();
    void parse_pastTheEnd_totalCountStops_data();
    void parse_pastTheEnd_totalCountStops();
    void parse_notASearchResult_retryable();
    void fetch_sendsContract();
    void fetch_pages_data();
    void fetch_pages();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_plainHttpToOtherHost_refused();
    void scheduler_backfillQuietThenShipmentOnceAndRestart();
    void parse_stock_skuLocationQuantityStatus();
    void parse_stock_otherStatusKeptRaw();
    void fetch_stock_afterOrders_contractAndPages();
    void fetch_stock_noInventory404_endsQuietly();
    void fetch_stock_tokenRefused_saysWhichResource();
    void fetch_stockOff_noStockRequest_data();
    void fetch_stockOff_noStockRequest();
    void scheduler_stock_restockStoredOnce();
};

void TestMagentoPoller::orderStatus_fromStateAndStatus_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QJsonArray>("items");
    QTest::addColumn<double>("refunded");
    QTest::addColumn<QString>("statusMap");
    QTest::addColumn<OrderStatus>("expected");

    const QJsonArray none;
    const QJsonArray unshipped{item(2, 0)};
    QTest::newRow("new/pending") << u"new"_s << u"pending"_s << unshipped << 0.0 << QString() << OrderStatus::Pending;
    QTest::newRow("pending_payment") << u"pending_payment"_s << u"pending_payment"_s << unshipped << 0.0 << QString()
                                     << OrderStatus::Pending;
    QTest::newRow("payment_review") << u"payment_review"_s << u"payment_review"_s << unshipped << 0.0 << QString()
                                    << OrderStatus::OnHold;
    QTest::newRow("fraud on processing") << u"processing"_s << u"fraud"_s << unshipped << 0.0 << QString()
                                         << OrderStatus::OnHold;
    QTest::newRow("fraud on payment_review")
        << u"payment_review"_s << u"fraud"_s << unshipped << 0.0 << QString() << OrderStatus::OnHold;
    QTest::newRow("holded") << u"holded"_s << u"holded"_s << unshipped << 0.0 << QString() << OrderStatus::OnHold;
    QTest::newRow("processing") << u"processing"_s << u"processing"_s << unshipped << 0.0 << QString()
                                << OrderStatus::Paid;
    QTest::newRow("processing, partly shipped") << u"processing"_s << u"processing"_s << QJsonArray{item(2, 1)} << 0.0
                                                << QString() << OrderStatus::PartiallyShipped;
    QTest::newRow("processing, shipped, not invoiced")
        << u"processing"_s << u"processing"_s << QJsonArray{item(2, 2), item(1, 0, true)} << 0.0 << QString()
        << OrderStatus::Shipped;
    QTest::newRow("processing, partly refunded")
        << u"processing"_s << u"processing"_s << unshipped << 5.0 << QString() << OrderStatus::PartiallyRefunded;
    QTest::newRow("complete") << u"complete"_s << u"complete"_s << QJsonArray{item(2, 2)} << 0.0 << QString()
                              << OrderStatus::Shipped;
    QTest::newRow("complete, downloads only")
        << u"complete"_s << u"complete"_s << QJsonArray{item(1, 0, true)} << 0.0 << QString() << OrderStatus::Completed;
    QTest::newRow("closed") << u"closed"_s << u"closed"_s << QJsonArray{item(2, 2)} << 49.9 << QString()
                            << OrderStatus::Refunded;
    QTest::newRow("canceled") << u"canceled"_s << u"canceled"_s << unshipped << 0.0 << QString()
                              << OrderStatus::Cancelled;
    QTest::newRow("custom status, unmapped: its state")
        << u"processing"_s << u"packing"_s << unshipped << 0.0 << QString() << OrderStatus::Paid;
    QTest::newRow("custom status, mapped") << u"processing"_s << u"ready_to_ship"_s << unshipped << 0.0
                                           << u"{\"ready_to_ship\": \"shipped\"}"_s << OrderStatus::Shipped;
    QTest::newRow("owner maps a default status")
        << u"holded"_s << u"holded"_s << none << 0.0 << u"{\"holded\": \"pending\"}"_s << OrderStatus::Pending;
    QTest::newRow("unknown state") << u"archived"_s << u"archived"_s << none << 0.0 << QString()
                                   << OrderStatus::Unknown;
}

void TestMagentoPoller::orderStatus_fromStateAndStatus()
{
    QFETCH(QString, state);
    QFETCH(QString, status);
    QFETCH(QJsonArray, items);
    QFETCH(double, refunded);
    QFETCH(QString, statusMap);
    StatusMap custom;
    custom.addFromOption(statusMap);
    QVERIFY(custom.problems().isEmpty());
    const QJsonObject order{
        {u"state"_s, state}, {u"status"_s, status}, {u"items"_s, items}, {u"total_refunded"_s, refunded}};
    QTEST(MagentoPoller::orderStatusFor(order, custom), "expected");
}

void TestMagentoPoller::parse_idsCustomerItemsAndTracking()
{
    const QJsonArray shipments =
        QJsonDocument::fromJson(fixture(u"magento/shipments.json"_s)).object().value(u"items"_s).toArray();
    QCOMPARE(shipments.size(), 2);
    const PollOutcome outcome =
        MagentoPoller::parsePage(fixture(u"magento/orders-page.json"_s), shipments, 1, magentoSource(QUrl()));
    QVERIFY(outcome.ok());
    const QList<OrderEvent> &events = outcome.page->events;
    QCOMPARE(events.size(), 4); // 41, its two shipments, 42
    const OrderEvent &shipped = events.at(0);
    QCOMPARE(shipped.sourceType, u"magento"_s);
    QCOMPARE(shipped.orderId, u"41"_s);
    QCOMPARE(shipped.orderNumber, u"000000041"_s);
    QCOMPARE(shipped.orderStatus, OrderStatus::Shipped);
    QCOMPARE(shipped.rawOrderStatus, u"state=complete;status=complete"_s);
    QCOMPARE(shipped.customerName, u"Ada Lovelace"_s);
    QCOMPARE(shipped.customerPhone, u"+44 20 7946 0018"_s);
    QCOMPARE(shipped.customerTimeZone, u"Europe/London"_s); // the order's address, on its shipment too
    QCOMPARE(shipped.totalPrice, u"129"_s);
    QCOMPARE(shipped.currency, u"EUR"_s);
    QCOMPARE(shipped.lineItems.size(), 1); // the configurable's child line is left out
    QCOMPARE(shipped.lineItems.first().quantity, 2);
    QCOMPARE(shipped.lineItems.first().price, u"64.5"_s);
    QCOMPARE(shipped.occurredAt, QDateTime(QDate(2026, 3, 1), QTime(10, 5, 12), Qt::UTC));
    QVERIFY(!shipped.hasShipment());

    const OrderEvent &ups = events.at(1);
    QCOMPARE(ups.orderId, u"41"_s);
    QCOMPARE(ups.shipmentId, u"17"_s);
    QCOMPARE(ups.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(ups.carrier, u"ups"_s);
    QCOMPARE(ups.customerEmail, u"ada.lovelace@example.com"_s);
    QCOMPARE(ups.shipmentStatus, ShipmentStatus::LabelCreated);
    QCOMPARE(ups.occurredAt, QDateTime(QDate(2026, 3, 1), QTime(10, 5, 11), Qt::UTC));
    const OrderEvent &royalMail = events.at(2);
    QCOMPARE(royalMail.shipmentId, u"18"_s);
    QCOMPARE(royalMail.carrier, u"Royal Mail"_s); // carrier_code "custom": the title names it

    const OrderEvent &guest = events.at(3);
    QCOMPARE(guest.orderId, u"42"_s);
    QCOMPARE(guest.orderStatus, OrderStatus::OnHold); // suspected fraud
    QCOMPARE(guest.customerEmail, u"guest.buyer@example.org"_s);
    QCOMPARE(guest.customerName, u"Grace Hopper"_s); // a guest has no customer name: the billing one
    QCOMPARE(guest.totalPrice, u"18.9"_s);

    QCOMPARE(outcome.page->newestSeen, QDateTime(QDate(2026, 3, 1), QTime(10, 20, 5), Qt::UTC));
    QVERIFY(!outcome.page->more);
    QVERIFY(outcome.page->rawBody.contains("1Z999AA10123456784")); // the raw event keeps the shipments too
}

void TestMagentoPoller::parse_pastTheEnd_totalCountStops_data()
{
    QTest::addColumn<int>("currentPage");
    QTest::addColumn<int>("totalCount");
    QTest::addColumn<bool>("more");

    QTest::newRow("first of two") << 1 << 60 << true;
    QTest::newRow("last, full page") << 2 << 100 << false;
    QTest::newRow("last, short page") << 2 << 60 << false;
    QTest::newRow("past the end: the last page again") << 3 << 60 << false;
}

void TestMagentoPoller::parse_pastTheEnd_totalCountStops()
{
    QFETCH(int, currentPage);
    QFETCH(int, totalCount);
    QJsonArray items;
    for (int i = 0; i < 10; ++i) {
        items.append(QJsonObject{{u"entity_id"_s, 500 + i},
                                 {u"state"_s, u"new"_s},
                                 {u"status"_s, u"pending"_s},
                                 {u"updated_at"_s, u"2026-03-01 10:00:00"_s}});
    }
    const QJsonObject body{{u"items"_s, items},
                           {u"search_criteria"_s, QJsonObject{{u"page_size"_s, 50}, {u"current_page"_s, currentPage}}},
                           {u"total_count"_s, totalCount}};
    const PollOutcome outcome =
        MagentoPoller::parsePage(QJsonDocument(body).toJson(), {}, currentPage, magentoSource(QUrl()));
    QVERIFY(outcome.ok());
    QTEST(outcome.page->more, "more");
    QCOMPARE(outcome.page->nextPageToken, outcome.page->more ? QString::number(currentPage + 1) : QString());
}

void TestMagentoPoller::parse_notASearchResult_retryable()
{
    for (const QByteArray &body : {QByteArray("<html>Service Unavailable</html>"), QByteArray(R"({"message":"x"})")}) {
        const PollOutcome outcome = MagentoPoller::parsePage(body, {}, 1, magentoSource(QUrl()));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error->code, ErrorCode::ProviderFailed);
        QVERIFY(outcome.error->retryable);
    }
}

void TestMagentoPoller::fetch_sendsContract()
{
    FakeMagentoApi magento(Token, u"default"_s);
    QVERIFY(magento.listen());
    FakeMagentoApi::Order shipped = magentoOrder(41, Start.addSecs(-60));
    shipped.state = shipped.status = u"complete"_s;
    shipped.shipments = {{u"17"_s, Start.addSecs(-61), u"1Z999AA10123456784"_s}};
    magento.upsertOrder(shipped);
    magento.upsertOrder(magentoOrder(42, Start.addSecs(-30)));
    MagentoPoller poller;
    const PollOutcome outcome =
        fetchOnce(poller, requestFor(magento.baseUrl(), Token, {{u"storeCode"_s, u"default"_s}}));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(magento.requestCount(), 2);

    const auto orders = magento.requests().at(0);
    QCOMPARE(orders.status, 200);
    QCOMPARE(orders.method, QByteArray("GET"));
    QCOMPARE(orders.path, QByteArray("/rest/default/V1/orders"));
    QCOMPARE(orders.headers.value("authorization"), QByteArray("Bearer ") + Token.toUtf8());
    const auto value = [](const FakePlatformServer::Request &request, const QString &key) {
        return request.query.queryItemValue(key, QUrl::FullyDecoded);
    };
    const QString filter = u"searchCriteria[filter_groups][0][filters][0]"_s;
    QCOMPARE(value(orders, filter + u"[field]"_s), u"updated_at"_s);
    QCOMPARE(value(orders, filter + u"[value]"_s), u"2026-03-01 09:00:00"_s);
    QCOMPARE(value(orders, filter + u"[condition_type]"_s), u"gteq"_s);
    QCOMPARE(value(orders, u"searchCriteria[sortOrders][0][field]"_s), u"updated_at"_s);
    QCOMPARE(value(orders, u"searchCriteria[sortOrders][0][direction]"_s), u"ASC"_s);
    QCOMPARE(value(orders, u"searchCriteria[pageSize]"_s), u"50"_s);
    QCOMPARE(value(orders, u"searchCriteria[currentPage]"_s), u"1"_s);

    const auto shipments = magento.requests().at(1);
    QCOMPARE(shipments.status, 200);
    QCOMPARE(shipments.path, QByteArray("/rest/default/V1/shipments"));
    QCOMPARE(shipments.headers.value("authorization"), QByteArray("Bearer ") + Token.toUtf8());
    QCOMPARE(value(shipments, filter + u"[field]"_s), u"order_id"_s);
    QCOMPARE(value(shipments, filter + u"[value]"_s), u"41,42"_s);
    QCOMPARE(value(shipments, filter + u"[condition_type]"_s), u"in"_s);

    QCOMPARE(outcome.page->events.size(), 3);
    QCOMPARE(outcome.page->events.at(1).trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(outcome.page->events.at(1).orderNumber, u"000000041"_s);
    // The last page of orders: the stock pages follow.
    QVERIFY(outcome.page->more);
    QCOMPARE(outcome.page->nextPageToken, u"stock:1"_s);
    QVERIFY(outcome.page->stock.isEmpty());
}

void TestMagentoPoller::fetch_pages_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<QList<int>>("pageSizes");

    QTest::newRow("none") << 0 << 2 << QList<int>{0};
    QTest::newRow("one full page") << 2 << 2 << QList<int>{2};
    QTest::newRow("three pages") << 5 << 2 << QList<int>{2, 2, 1};
}

void TestMagentoPoller::fetch_pages()
{
    QFETCH(int, orders);
    QFETCH(int, perPage);
    QFETCH(QList<int>, pageSizes);
    FakeMagentoApi magento(Token);
    QVERIFY(magento.listen());
    magento.setMaxPerPage(perPage);
    for (int i = 0; i < orders; ++i) {
        magento.upsertOrder(magentoOrder(100 + i, Start.addSecs(-600 + i)));
    }
    magento.upsertOrder(magentoOrder(1, Start.addDays(-2))); // before the window
    MagentoPoller poller;
    PollRequest request = requestFor(magento.baseUrl(), Token, {{u"stock"_s, false}}); // orders only
    QStringList seen;
    for (qsizetype i = 0; i < pageSizes.size(); ++i) {
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.page->events.size(), pageSizes.at(i));
        QCOMPARE(outcome.page->more, i + 1 < pageSizes.size());
        for (const OrderEvent &event : outcome.page->events) {
            seen.append(event.orderId);
        }
        request.pageToken = outcome.page->nextPageToken;
    }
    QCOMPARE(seen.size(), orders); // each order once: the repeated last page is never asked for
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), orders);
    QVERIFY(!seen.contains(u"1"_s));
    const int requestsPerPage = orders > 0 ? 2 : 1; // orders, then their shipments
    QCOMPARE(magento.requestCount(), pageSizes.size() * requestsPerPage);
    QCOMPARE(magento.requests()
                 .at(magento.requestCount() - requestsPerPage)
                 .query.queryItemValue(u"searchCriteria[currentPage]"_s, QUrl::FullyDecoded),
             QString::number(pageSizes.size()));
}

void TestMagentoPoller::fetch_failures_data()
{
    QTest::addColumn<FakePlatformServer::Mode>("mode");
    QTest::addColumn<QString>("token");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");

    using Mode = FakePlatformServer::Mode;
    QTest::newRow("429") << Mode::RateLimit429 << Token << ErrorCode::RateLimited << true << qint64(2000);
    QTest::newRow("503") << Mode::Unavailable503 << Token << ErrorCode::ProviderFailed << true << qint64(2000);
    QTest::newRow("500") << Mode::ServerError500 << Token << ErrorCode::ProviderFailed << true << qint64(-1);
    QTest::newRow("token refused") << Mode::Serve << u"mg-wrong-token"_s << ErrorCode::Unauthorized << false
                                   << qint64(-1);
}

void TestMagentoPoller::fetch_failures()
{
    QFETCH(FakePlatformServer::Mode, mode);
    QFETCH(QString, token);
    QFETCH(qint64, retryAfterMs);
    FakeMagentoApi magento(Token);
    QVERIFY(magento.listen());
    magento.upsertOrder(magentoOrder(7, Start.addSecs(-60)));
    magento.queueModes({mode});
    MagentoPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(magento.baseUrl(), token));
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY(!outcome.error->message.isEmpty());
    if (outcome.error->code == ErrorCode::Unauthorized) {
        QVERIFY(outcome.error->message.contains(u"Bearer"_s)); // says which Magento setting to check
    }
    QVERIFY(!outcome.error->message.contains(token));
    QVERIFY(!outcome.error->detail.contains(token));
}

void TestMagentoPoller::fetch_plainHttpToOtherHost_refused()
{
    FakeMagentoApi magento(Token);
    MagentoPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(QUrl(u"http://shop.example.com"_s)));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QCOMPARE(magento.requestCount(), 0);
}

void TestMagentoPoller::scheduler_backfillQuietThenShipmentOnceAndRestart()
{
    FakeMagentoApi magento(Token);
    QVERIFY(magento.listen());
    magento.upsertOrder(magentoOrder(41, Start.addSecs(-3600)));
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, {{u"accessToken"_s, Token}}}};
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    {
        PollRig rig(dir.path(), clock);
        rig.scheduler->setSources({magentoSource(magento.baseUrl())}, secrets);
        rig.scheduler->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0); // the backfill is quiet

        // The order ships: Magento moves it to complete with a tracked shipment.
        FakeMagentoApi::Order shipped = magento.order(u"41"_s);
        shipped.state = shipped.status = u"complete"_s;
        shipped.updatedAt = Start.addSecs(60);
        shipped.shipments = {{u"17"_s, Start.addSecs(59), u"1Z999AA10123456784"_s}};
        magento.upsertOrder(shipped);
        magento.upsertOrder(magentoOrder(42, Start.addSecs(90)));
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 3); // 41's new state, its shipment, and 42
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"_s), 1); // 42
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM shipments WHERE tracking_number = '1Z999AA10123456784'"_s), 1);

        // The same orders again inside the overlap: nothing new.
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 0);
    }
    // A restart on the same data dir finds nothing twice.
    clock->advance(120 * 1000);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({magentoSource(magento.baseUrl())}, secrets);
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
}

void TestMagentoPoller::parse_stock_skuLocationQuantityStatus()
{
    const PollOutcome outcome =
        MagentoPoller::parseStockPage(fixture(u"magento/source_items.json"_s), 1, magentoSource(QUrl()));
    QVERIFY(outcome.ok());
    QVERIFY(outcome.page->events.isEmpty());
    const QList<StockChange> &stock = outcome.page->stock;
    QCOMPARE(stock.size(), 4);

    const StockChange &shirt = stock.at(0);
    QCOMPARE(shirt.sourceId, u"shop"_s);
    QCOMPARE(shirt.sourceType, u"magento"_s);
    QCOMPARE(shirt.productId, u"LINEN-SHIRT-M"_s);
    QCOMPARE(shirt.sku, u"LINEN-SHIRT-M"_s);
    QCOMPARE(shirt.locationId, u"default"_s);
    QCOMPARE(shirt.available, std::optional<qint64>(12));
    QCOMPARE(shirt.status, StockStatus::InStock);
    QCOMPARE(shirt.rawStatus, u"in_stock"_s);
    QVERIFY(!shirt.occurredAt.isValid()); // Magento keeps no time per source item
    QCOMPARE(shirt.key(), u"LINEN-SHIRT-M/@default"_s);

    const StockChange &berlin = stock.at(1); // the same product at a second source: its own level
    QCOMPARE(berlin.locationId, u"wh_berlin"_s);
    QCOMPARE(berlin.available, std::optional<qint64>(0));
    QCOMPARE(berlin.status, StockStatus::OutOfStock);
    QCOMPARE(berlin.rawStatus, u"out_of_stock"_s);

    QCOMPARE(stock.at(2).available, std::optional<qint64>(2)); // 2.75 metres of towel: 2 whole ones
    // Set out of stock by hand while 3 are left: Magento's status is kept as it is.
    QCOMPARE(stock.at(3).available, std::optional<qint64>(3));
    QCOMPARE(stock.at(3).status, StockStatus::OutOfStock);

    QVERIFY(!outcome.page->more); // total_count 4 on one page
    QVERIFY(outcome.page->nextPageToken.isEmpty());
    QVERIFY(!outcome.page->newestSeen.isValid()); // stock never moves the order cursor
    QVERIFY(outcome.page->rawBody.contains("wh_berlin"));
}

void TestMagentoPoller::parse_stock_otherStatusKeptRaw()
{
    const QJsonObject body{
        {u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"A"_s}, {u"source_code"_s, u"default"_s}, {u"status"_s, 7}},
                                QJsonObject{{u"source_code"_s, u"default"_s}, {u"quantity"_s, 1}, {u"status"_s, 1}}}},
        {u"search_criteria"_s, QJsonObject{{u"page_size"_s, 1}, {u"current_page"_s, 1}}},
        {u"total_count"_s, 3}};
    const PollOutcome outcome = MagentoPoller::parseStockPage(QJsonDocument(body).toJson(), 1, magentoSource(QUrl()));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.page->stock.size(), 1); // an item without a SKU names no product
    QCOMPARE(outcome.page->stock.first().status, StockStatus::Unknown);
    QCOMPARE(outcome.page->stock.first().rawStatus, u"7"_s);
    QVERIFY(!outcome.page->stock.first().available); // no quantity given
    QVERIFY(outcome.page->more);
    QCOMPARE(outcome.page->nextPageToken, u"stock:2"_s);

    const PollOutcome broken = MagentoPoller::parseStockPage("<html>Maintenance</html>", 1, magentoSource(QUrl()));
    QVERIFY(!broken.ok());
    QVERIFY(broken.error->retryable);
}

void TestMagentoPoller::fetch_stock_afterOrders_contractAndPages()
{
    FakeMagentoApi magento(Token, u"default"_s);
    QVERIFY(magento.listen());
    magento.setMaxPerPage(2);
    magento.upsertSourceItem({u"MUG-01"_s, u"default"_s, 3, 1});
    magento.upsertSourceItem({u"LINEN-SHIRT-M"_s, u"wh_berlin"_s, 0, 0});
    magento.upsertSourceItem({u"LINEN-SHIRT-M"_s, u"default"_s, 12.5, 1});
    MagentoPoller poller;
    PollRequest request = requestFor(magento.baseUrl(), Token, {{u"storeCode"_s, u"default"_s}});

    const PollOutcome orders = fetchOnce(poller, request); // no orders: straight on to the stock
    QVERIFY(orders.ok());
    QCOMPARE(orders.page->nextPageToken, u"stock:1"_s);
    QVERIFY(orders.page->more);

    QStringList seen;
    QList<FakePlatformServer::Request> stockRequests;
    request.pageToken = orders.page->nextPageToken;
    for (const QString &next : {u"stock:2"_s, QString()}) {
        const int before = magento.requestCount();
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        QCOMPARE(magento.requestCount(), before + 1);
        stockRequests.append(magento.requests().last());
        QCOMPARE(outcome.page->nextPageToken, next);
        QCOMPARE(outcome.page->more, !next.isEmpty());
        for (const StockChange &change : outcome.page->stock) {
            seen.append(change.key() + u'=' + QString::number(change.available.value_or(-1)));
        }
        request.pageToken = outcome.page->nextPageToken;
    }
    QCOMPARE(seen,
             (QStringList{u"LINEN-SHIRT-M/@default=12"_s, u"LINEN-SHIRT-M/@wh_berlin=0"_s, u"MUG-01/@default=3"_s}));

    const auto value = [](const FakePlatformServer::Request &sent, const QString &key) {
        return sent.query.queryItemValue(key, QUrl::FullyDecoded);
    };
    for (qsizetype i = 0; i < stockRequests.size(); ++i) {
        const FakePlatformServer::Request &sent = stockRequests.at(i);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.path, QByteArray("/rest/default/V1/inventory/source-items"));
        QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer ") + Token.toUtf8());
        QCOMPARE(value(sent, u"searchCriteria[pageSize]"_s), u"100"_s);
        QCOMPARE(value(sent, u"searchCriteria[currentPage]"_s), QString::number(i + 1));
        QCOMPARE(value(sent, u"searchCriteria[sortOrders][0][field]"_s), u"sku"_s);
        QCOMPARE(value(sent, u"searchCriteria[sortOrders][1][field]"_s), u"source_code"_s);
    }
}

void TestMagentoPoller::fetch_stock_noInventory404_endsQuietly()
{
    FakeMagentoApi magento(Token);
    QVERIFY(magento.listen());
    magento.setInventoryEnabled(false); // Magento Open Source with the Inventory modules disabled
    magento.upsertOrder(magentoOrder(41, Start.addSecs(-60)));
    MagentoPoller poller;
    PollRequest request = requestFor(magento.baseUrl());
    const PollOutcome orders = fetchOnce(poller, request);
    QVERIFY(orders.ok());
    QCOMPARE(orders.page->events.size(), 1);
    request.pageToken = orders.page->nextPageToken;
    QCOMPARE(request.pageToken, u"stock:1"_s);

    const PollOutcome stock = fetchOnce(poller, request);
    QVERIFY2(stock.ok(), qPrintable(stock.error ? stock.error->detail : QString()));
    QCOMPARE(magento.requests().last().status, 404);
    QVERIFY(stock.page->stock.isEmpty());
    QVERIFY(stock.page->events.isEmpty());
    QVERIFY(!stock.page->more); // the run ends as usual
}

void TestMagentoPoller::fetch_stock_tokenRefused_saysWhichResource()
{
    FakeMagentoApi magento(Token);
    QVERIFY(magento.listen());
    MagentoPoller poller;
    PollRequest request = requestFor(magento.baseUrl(), u"mg-other-token"_s);
    request.pageToken = u"stock:1"_s;
    const PollOutcome outcome = fetchOnce(poller, request);
    QVERIFY(!outcome.ok());
    QCOMPARE(magento.requests().last().status, 401);
    QCOMPARE(outcome.error->code, ErrorCode::Unauthorized);
    QVERIFY(outcome.error->message.contains(u"Stores → Inventory → Sources"_s));
    QVERIFY(!outcome.error->message.contains(u"mg-other-token"_s));

    for (const QString &bad : {u"stock:"_s, u"stock:0"_s, u"stock:x"_s}) {
        request.pageToken = bad;
        const PollOutcome lost = fetchOnce(poller, request);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error->code, ErrorCode::Internal);
    }
}

void TestMagentoPoller::fetch_stockOff_noStockRequest_data()
{
    QTest::addColumn<QJsonValue>("stock");
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("\"false\"") << QJsonValue(u"false"_s);
    QTest::newRow("\"no\"") << QJsonValue(u"no"_s);
}

void TestMagentoPoller::fetch_stockOff_noStockRequest()
{
    QFETCH(QJsonValue, stock);
    FakeMagentoApi magento(Token);
    QVERIFY(magento.listen());
    magento.upsertSourceItem({u"MUG-01"_s, u"default"_s, 3, 1});
    const QJsonObject options{{u"stock"_s, stock}};
    QVERIFY(!MagentoPoller::readsStock(magentoSource(QUrl(), options)));
    QVERIFY(MagentoPoller::readsStock(magentoSource(QUrl()))); // read by default

    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({magentoSource(magento.baseUrl(), options)}, {{u"shop"_s, {{u"accessToken"_s, Token}}}});
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.failed->count(), 0);
    QCOMPARE(magento.requestCount(), 1); // the orders, nothing else
    QCOMPARE(magento.requests().first().path, QByteArray("/rest/V1/orders"));
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM stock_levels"_s), 0);
}

void TestMagentoPoller::scheduler_stock_restockStoredOnce()
{
    FakeMagentoApi magento(Token);
    QVERIFY(magento.listen());
    magento.setMaxPerPage(1); // each source item on a page of its own
    magento.upsertSourceItem({u"MUG-01"_s, u"default"_s, 5, 1});
    magento.upsertSourceItem({u"MUG-01"_s, u"wh_berlin"_s, 2, 1});
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, {{u"accessToken"_s, Token}}}};
    const QString mugAtDefault = u"SELECT %1 FROM stock_levels WHERE item_key = 'MUG-01/@default'"_s;
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({magentoSource(magento.baseUrl())}, secrets);
    rig.scheduler->start();

    // The first run stores both levels, quietly.
    QVERIFY(rig.settle());
    QCOMPARE(rig.failed->count(), 0);
    QCOMPARE(rig.lastFound(), 2);
    QCOMPARE(magento.requestCount(), 3); // orders, then two stock pages
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM stock_levels"_s), 2);
    QCOMPARE(rig.count(mugAtDefault.arg(u"available"_s)), 5);
    QVERIFY(rig.cursor()->backfillDone);

    // Read again, unchanged: nothing stored.
    const qint64 rawEvents = rig.count(u"SELECT COUNT(*) FROM raw_events"_s);
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), rawEvents);

    // Sold out at the default source, then restocked to the same 5: both are changes.
    magento.upsertSourceItem({u"MUG-01"_s, u"default"_s, 0, 0});
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);
    QCOMPARE(rig.count(mugAtDefault.arg(u"available"_s)), 0);
    QCOMPARE(rig.count(mugAtDefault.arg(u"raw_status = 'out_of_stock'"_s)), 1);

    magento.upsertSourceItem({u"MUG-01"_s, u"default"_s, 5, 1});
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);
    QCOMPARE(rig.count(mugAtDefault.arg(u"available"_s)), 5);
    QCOMPARE(rig.count(mugAtDefault.arg(u"occurred_at"_s)), clock->now().toMSecsSinceEpoch());
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), rawEvents + 2);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM event_keys WHERE key LIKE 'poll-stock:MUG-01/@default:%'"_s), 3);
    QCOMPARE(rig.failed->count(), 0);
}

QTEST_GUILESS_MAIN(TestMagentoPoller)
#include "tst_magentopoller.moc"
