#include "fakes/fakewoocommerceapi.h"
#include "fakes/pollrig.h"
#include "sources/polling/woocommercepoller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

PollRequest requestFor(const QUrl &baseUrl, const QString &secret = u"cs_test"_s)
{
    PollRequest request;
    request.source = SourceConfig{u"tea"_s, u"woocommerce"_s, u"Tea shop"_s, true,
                                  QJsonObject{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, baseUrl.toString()}}};
    request.secrets = {{u"consumerKey"_s, u"ck_test"_s}, {u"consumerSecret"_s, secret}};
    request.windowStart = Start.addDays(-1);
    return request;
}

FakeWooCommerceApi::Order wooOrder(int id, const QDateTime &modified)
{
    FakeWooCommerceApi::Order order;
    order.id = QString::number(id);
    order.modified = modified;
    order.email = u"grace@example.com"_s;
    return order;
}

} // namespace

class TestWooCommercePoller : public QObject
{
    Q_OBJECT

private slots:
    void parse_statusAndTracking_data();
    void parse_statusAndTracking();
    void parse_notAnArray_retryable();
    void fetch_sendsContract();
    void fetch_pages_data();
    void fetch_pages();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_plainHttpToOtherHost_refused();
};

void TestWooCommercePoller::parse_statusAndTracking_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("tracking");
    QTest::addColumn<OrderStatus>("expected");
    QTest::addColumn<int>("events");

    QTest::newRow("processing") << u"processing"_s << QString() << OrderStatus::Paid << 1;
    QTest::newRow("on hold") << u"on-hold"_s << QString() << OrderStatus::OnHold << 1;
    QTest::newRow("completed with tracking") << u"completed"_s << u"TRK9"_s << OrderStatus::Shipped << 2;
    QTest::newRow("cancelled ignores tracking") << u"cancelled"_s << u"TRK9"_s << OrderStatus::Cancelled << 1;
    QTest::newRow("draft is skipped") << u"checkout-draft"_s << QString() << OrderStatus::Unknown << 0;
}

void TestWooCommercePoller::parse_statusAndTracking()
{
    QFETCH(QString, status);
    QFETCH(QString, tracking);
    QFETCH(int, events);
    QJsonArray meta;
    if (!tracking.isEmpty()) {
        meta.append(QJsonObject{{u"key"_s, u"_wc_shipment_tracking_items"_s},
                                {u"value"_s, QJsonArray{QJsonObject{{u"tracking_number"_s, tracking},
                                                                    {u"tracking_provider"_s, u"dhl"_s}}}}});
    }
    const QJsonArray orders{QJsonObject{{u"id"_s, 727},
                                        {u"number"_s, u"727"_s},
                                        {u"status"_s, status},
                                        {u"date_modified_gmt"_s, u"2026-03-01T10:00:00"_s},
                                        {u"billing"_s, QJsonObject{{u"email"_s, u"a@example.com"_s}}},
                                        {u"meta_data"_s, meta}}};
    const PollOutcome outcome = WooCommercePoller::parsePage(
        QJsonDocument(orders).toJson(), 1, 1, SourceConfig{u"tea"_s, u"woocommerce"_s, u"Tea"_s, true, {}});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.page->events.size(), events);
    QCOMPARE(outcome.page->newestSeen, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    if (events > 0) {
        QTEST(outcome.page->events.first().orderStatus, "expected");
        QCOMPARE(outcome.page->events.first().orderId, u"727"_s);
    }
    if (events > 1) {
        QCOMPARE(outcome.page->events.at(1).trackingNumber, tracking);
        QVERIFY(outcome.page->events.at(1).hasShipment());
    }
}

void TestWooCommercePoller::parse_notAnArray_retryable()
{
    const PollOutcome outcome = WooCommercePoller::parsePage(
        "<html>Maintenance</html>", 1, 1, SourceConfig{u"tea"_s, u"woocommerce"_s, u"Tea"_s, true, {}});
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error->retryable);
}

void TestWooCommercePoller::fetch_sendsContract()
{
    FakeWooCommerceApi woo(u"ck_test"_s, u"cs_test"_s);
    QVERIFY(woo.listen());
    woo.upsertOrder(wooOrder(1, Start.addSecs(-60)));
    WooCommercePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(woo.baseUrl()));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    const auto sent = woo.requests().first();
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.query.queryItemValue(u"modified_after"_s), u"2026-03-01T09:00:00"_s);
    QCOMPARE(sent.query.queryItemValue(u"dates_are_gmt"_s), u"true"_s);
    QCOMPARE(sent.query.queryItemValue(u"orderby"_s), u"modified"_s);
    QCOMPARE(sent.query.queryItemValue(u"order"_s), u"asc"_s);
    QCOMPARE(sent.query.queryItemValue(u"per_page"_s), u"100"_s);
    QCOMPARE(sent.query.queryItemValue(u"page"_s), u"1"_s);
    QCOMPARE(sent.headers.value("authorization"), QByteArray("Basic ") + QByteArray("ck_test:cs_test").toBase64());
    QCOMPARE(outcome.page->events.size(), 1);
    QVERIFY(!outcome.page->more);
}

void TestWooCommercePoller::fetch_pages_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<QList<int>>("pageSizes");

    QTest::newRow("none") << 0 << 2 << QList<int>{0};
    QTest::newRow("one page") << 2 << 2 << QList<int>{2};
    QTest::newRow("three pages") << 5 << 2 << QList<int>{2, 2, 1};
}

void TestWooCommercePoller::fetch_pages()
{
    QFETCH(int, orders);
    QFETCH(int, perPage);
    QFETCH(QList<int>, pageSizes);
    FakeWooCommerceApi woo(u"ck_test"_s, u"cs_test"_s);
    QVERIFY(woo.listen());
    woo.setMaxPerPage(perPage);
    for (int i = 0; i < orders; ++i) {
        woo.upsertOrder(wooOrder(100 + i, Start.addSecs(-600 + i)));
    }
    woo.upsertOrder(wooOrder(1, Start.addDays(-2))); // before the window
    WooCommercePoller poller;
    PollRequest request = requestFor(woo.baseUrl());
    for (qsizetype i = 0; i < pageSizes.size(); ++i) {
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.page->events.size(), pageSizes.at(i));
        QCOMPARE(outcome.page->more, i + 1 < pageSizes.size());
        QCOMPARE(woo.requests().last().query.queryItemValue(u"page"_s).toInt(), i + 1);
        request.pageToken = outcome.page->nextPageToken;
    }
    QCOMPARE(woo.requestCount(), pageSizes.size());
}

void TestWooCommercePoller::fetch_failures_data()
{
    QTest::addColumn<FakePlatformServer::Mode>("mode");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");

    using Mode = FakePlatformServer::Mode;
    QTest::newRow("429") << Mode::RateLimit429 << u"cs_test"_s << ErrorCode::RateLimited << true << qint64(2000);
    QTest::newRow("503") << Mode::Unavailable503 << u"cs_test"_s << ErrorCode::ProviderFailed << true << qint64(2000);
    QTest::newRow("500") << Mode::ServerError500 << u"cs_test"_s << ErrorCode::ProviderFailed << true << qint64(-1);
    QTest::newRow("wrong secret") << Mode::Serve << u"cs_wrong"_s << ErrorCode::Unauthorized << false << qint64(-1);
}

void TestWooCommercePoller::fetch_failures()
{
    QFETCH(FakePlatformServer::Mode, mode);
    QFETCH(QString, secret);
    QFETCH(qint64, retryAfterMs);
    FakeWooCommerceApi woo(u"ck_test"_s, u"cs_test"_s);
    QVERIFY(woo.listen());
    woo.queueModes({mode});
    WooCommercePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(woo.baseUrl(), secret));
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY(!outcome.error->message.contains(secret));
    QVERIFY(!outcome.error->detail.contains(secret));
}

void TestWooCommercePoller::fetch_plainHttpToOtherHost_refused()
{
    WooCommercePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(QUrl(u"http://shop.example.com"_s)));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
}

QTEST_GUILESS_MAIN(TestWooCommercePoller)
#include "tst_woocommercepoller.moc"
