#include "fakes/sourcefixture.h"
#include "fakes/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// WooCommerce deliveries through the real webhook server into a real SQLite store with the default rules
// (a customer email on "order.created" and on "shipment.created").
namespace {

const QByteArray secret = QByteArrayLiteral("wcs_5d2e8f1a7c3b9e0d4f6a2c8e1b3d5f7a");

SourceConfig shop()
{
    return {u"laden"_s, u"woocommerce"_s, u"Laden"_s, true, {}};
}

QByteArray sign(const QByteArray &body, const QByteArray &key = secret)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toBase64();
}

// The headers WooCommerce sends with a delivery of `topic`. Unless given, the delivery id differs per body
// (deliveries of different changes are seconds apart) and repeats for the same bytes.
SourceFixture::Headers wooHeaders(const QByteArray &body, const QByteArray &topic, QByteArray deliveryId = {})
{
    if (deliveryId.isEmpty()) {
        deliveryId = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    }
    const QList<QByteArray> parts = topic.split('.');
    return {{"X-WC-Webhook-Source", "https://shop.example.com/"},
            {"X-WC-Webhook-Topic", topic},
            {"X-WC-Webhook-Resource", parts.value(0)},
            {"X-WC-Webhook-Event", parts.value(1)},
            {"X-WC-Webhook-Signature", sign(body)},
            {"X-WC-Webhook-ID", "14"},
            {"X-WC-Webhook-Delivery-ID", deliveryId},
            {"User-Agent", "WooCommerce/8.8.3 Hookshot (WordPress/6.5.3)"}};
}

QByteArray answerStatus(const WebhookClient::Answer &answer)
{
    return QJsonDocument::fromJson(answer.body).object().value(u"status"_s).toString().toUtf8();
}

} // namespace

class TestWooCommerceWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderCreated_queuesOneNotification_repeatIsDuplicate();
    void completedWithTracking_queuesShipmentNotification_lateProcessingChangesNothing();
    void sameDeliveryIdForTwoOrders_bothHandled();
    void badSignature_401_nothingStored_data();
    void badSignature_401_nothingStored();
    void oversizedBody_413();
    void ping_200_recordedWithoutNotification();
    void trashedOrder_recordedWithoutNotification();
};

void TestWooCommerceWebhooks::orderCreated_queuesOneNotification_repeatIsDuplicate()
{
    SourceFixture fixture(shop(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"woocommerce/order_created.json"_s);

    const auto first = fixture.post(body, wooHeaders(body, "order.created"));
    QCOMPARE(first.status, 200);
    QCOMPARE(answerStatus(first), QByteArrayLiteral("accepted"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
    QCOMPARE(fixture.value(u"SELECT trigger FROM notifications"_s).toString(), u"order.created"_s);
    QCOMPARE(fixture.value(u"SELECT recipient FROM notifications"_s).toString(), u"jana.mueller@example.com"_s);
    QCOMPARE(fixture.value(u"SELECT status FROM orders WHERE order_id = '727'"_s).toString(), u"paid"_s);
    QCOMPARE(fixture.value(u"SELECT order_number FROM orders WHERE order_id = '727'"_s).toString(), u"WC-1042"_s);

    // WooCommerce never retries, but a relay or an owner's "resend" can deliver the same bytes again.
    const auto again = fixture.post(body, wooHeaders(body, "order.created"));
    QCOMPARE(again.status, 200);
    QCOMPARE(answerStatus(again), QByteArrayLiteral("duplicate"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);

    // Sent again a minute later, with a new delivery id: the same change, still a duplicate.
    const auto later = fixture.post(body, wooHeaders(body, "order.created", "d41d8cd98f00b204e9800998ecf8427e"));
    QCOMPARE(later.status, 200);
    QCOMPARE(answerStatus(later), QByteArrayLiteral("duplicate"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 3);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 2);
    // The signature is not stored with the headers.
    QVERIFY(!fixture.value(u"SELECT headers FROM raw_events LIMIT 1"_s).toString().contains(u"signature"_s));
}

void TestWooCommerceWebhooks::completedWithTracking_queuesShipmentNotification_lateProcessingChangesNothing()
{
    SourceFixture fixture(shop(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray created = Test::fixture(u"woocommerce/order_created.json"_s);
    const QByteArray completed = Test::fixture(u"woocommerce/order_updated_completed.json"_s);
    const QByteArray late = Test::fixture(u"woocommerce/order_updated_processing.json"_s);

    QCOMPARE(fixture.post(created, wooHeaders(created, "order.created")).status, 200);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);

    const auto shipped = fixture.post(completed, wooHeaders(completed, "order.updated"));
    QCOMPARE(shipped.status, 200);
    QCOMPARE(answerStatus(shipped), QByteArrayLiteral("accepted"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
    QCOMPARE(fixture.value(u"SELECT tracking_number FROM shipments WHERE order_id = '727'"_s).toString(),
             u"00340434161094042557"_s);
    QCOMPARE(fixture.value(u"SELECT carrier FROM shipments WHERE order_id = '727'"_s).toString(), u"DHL Paket"_s);
    QCOMPARE(fixture.value(u"SELECT status FROM orders WHERE order_id = '727'"_s).toString(), u"shipped"_s);

    // A delivery made earlier (processing) arriving after "completed": recorded, nothing new.
    const auto stale = fixture.post(late, wooHeaders(late, "order.updated"));
    QCOMPARE(stale.status, 200);
    QCOMPARE(answerStatus(stale), QByteArrayLiteral("accepted"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    QCOMPARE(fixture.value(u"SELECT status FROM orders WHERE order_id = '727'"_s).toString(), u"shipped"_s);
    QCOMPARE(fixture.value(u"SELECT raw_status FROM orders WHERE order_id = '727'"_s).toString(), u"completed"_s);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 3);
}

void TestWooCommerceWebhooks::sameDeliveryIdForTwoOrders_bothHandled()
{
    // X-WC-Webhook-Delivery-ID is a hash of the webhook id and the current second: a bulk action sends
    // many orders with the same one. None of them may be taken for a duplicate.
    SourceFixture fixture(shop(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray first = Test::fixture(u"woocommerce/order_created.json"_s);
    QByteArray second = first;
    second.replace(QByteArrayLiteral("{\"id\":727,"), QByteArrayLiteral("{\"id\":728,"))
        .replace(QByteArrayLiteral("\"number\":\"WC-1042\""), QByteArrayLiteral("\"number\":\"WC-1043\""));
    QVERIFY(second != first);

    const QByteArray sameSecond = QByteArrayLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    QCOMPARE(fixture.post(first, wooHeaders(first, "order.created", sameSecond)).status, 200);
    const auto answer = fixture.post(second, wooHeaders(second, "order.created", sameSecond));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answerStatus(answer), QByteArrayLiteral("accepted"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 2);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
}

void TestWooCommerceWebhooks::badSignature_401_nothingStored_data()
{
    QTest::addColumn<QByteArray>("signature");

    const QByteArray body = Test::fixture(u"woocommerce/order_created.json"_s);
    QTest::newRow("wrong secret") << sign(body, QByteArrayLiteral("not-the-secret"));
    QTest::newRow("over re-serialized JSON") << sign(QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact));
    QTest::newRow("missing") << QByteArray();
}

void TestWooCommerceWebhooks::badSignature_401_nothingStored()
{
    QFETCH(QByteArray, signature);

    SourceFixture fixture(shop(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"woocommerce/order_created.json"_s);
    const qint64 before = fixture.count(u"SELECT COUNT(*) FROM raw_events"_s);

    SourceFixture::Headers headers;
    for (const auto &header : wooHeaders(body, "order.created")) {
        if (header.first != "X-WC-Webhook-Signature") {
            headers.append(header);
        } else if (!signature.isEmpty()) {
            headers.append({header.first, signature});
        }
    }
    const auto answer = fixture.post(body, headers);
    QCOMPARE(answer.status, 401);
    QVERIFY(!answer.body.contains(secret));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), before);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    QCOMPARE(fixture.rejections().size(), 1);
    QCOMPARE(fixture.rejections().first().status, 401);
}

void TestWooCommerceWebhooks::oversizedBody_413()
{
    SourceFixture fixture(shop(), secret, 1024);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"woocommerce/order_created.json"_s);
    QVERIFY(body.size() > 1024);

    const auto answer = fixture.post(body, wooHeaders(body, "order.created"));
    QCOMPARE(answer.status, 413);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);

    // A small delivery still gets through the same fixture.
    const QByteArray deleted = Test::fixture(u"woocommerce/order_deleted.json"_s);
    QCOMPARE(fixture.post(deleted, wooHeaders(deleted, "order.deleted")).status, 200);
}

void TestWooCommerceWebhooks::ping_200_recordedWithoutNotification()
{
    SourceFixture fixture(shop(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));

    // What WooCommerce sends on "Save webhook": no X-WC-* headers, no signature, a form body.
    const auto answer = fixture.post(QByteArrayLiteral("webhook_id=14"),
                                     {{"Content-Type", "application/x-www-form-urlencoded"},
                                      {"User-Agent", "WooCommerce/8.8.3 Hookshot (WordPress/6.5.3)"}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'ping'"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 0);

    // Saving the webhook again pings again; each ping is answered.
    QCOMPARE(fixture.post(QByteArrayLiteral("webhook_id=14"), {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             200);

    // Anything else unsigned is refused.
    QCOMPARE(fixture
                 .post(QByteArrayLiteral("webhook_id=14&status=completed"),
                       {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             401);
}

void TestWooCommerceWebhooks::trashedOrder_recordedWithoutNotification()
{
    SourceFixture fixture(shop(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body =
        Test::fixture(u"woocommerce/order_created.json"_s).replace("\"status\":\"processing\"", "\"status\":\"trash\"");

    const auto answer = fixture.post(body, wooHeaders(body, "order.updated"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
}

QTEST_GUILESS_MAIN(TestWooCommerceWebhooks)

#include "tst_woocommercewebhooks.moc"
