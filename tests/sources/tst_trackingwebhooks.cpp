#include "fakes/sourcefixture.h"
#include "fakes/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// AfterShip, EasyPost and SAP Commerce through the real webhook server into a real store: good deliveries are
// stored once, repeats are duplicates, refused ones leave nothing behind; tracker updates move the shipment a
// shop already sent forward by its tracking number; SAP orders and consignments notify once each.
class TestTrackingWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodThenSame_acceptedThenDuplicate_data();
    void goodThenSame_acceptedThenDuplicate();
    void badCredentials_refusedAndNothingStored_data();
    void badCredentials_refusedAndNothingStored();
    void malformed_badRequestAndNothingStored_data();
    void malformed_badRequestAndNothingStored();
    void oversized_tooLarge_data();
    void oversized_tooLarge();

    void trackerUpdate_movesShopShipmentForward_data();
    void trackerUpdate_movesShopShipmentForward();
    void trackerUpdate_unknownParcel_recordedOnly_data();
    void trackerUpdate_unknownParcel_recordedOnly();

    void sap_orderThenConsignment_oneOrderAndOneShipmentNotice();
    void sap_credentialsNeverStored();
};

namespace {

const QByteArray afterShipSecret = QByteArrayLiteral("as_whsec_5f0c8e2b7a914d6e");
const QByteArray easyPostSecret = QByteArrayLiteral("tidings-7Hq2vX9pLmR4sK8w");
const QByteArray sapPassword = QByteArrayLiteral("n8Vq-3kXz-Hw7p-Lr2c");
const QByteArray shopifySecret = QByteArrayLiteral("shpss_tracking_secret");

SourceConfig sourceOf(const QString &type)
{
    SourceConfig source{type, type, type, true, {}};
    if (type == "sapcommerce"_L1) {
        source.options.insert(u"username"_s, u"tidings"_s);
    }
    return source;
}

QByteArray secretOf(const QString &type)
{
    if (type == "aftership"_L1) {
        return afterShipSecret;
    }
    if (type == "easypost"_L1) {
        return easyPostSecret;
    }
    return sapPassword;
}

// The headers the platform sends with `body`; with `key` other than the saved secret, a forgery.
SourceFixture::Headers headersFor(const QString &type, const QByteArray &body, const QByteArray &key)
{
    if (type == "aftership"_L1) {
        return {{"aftership-hmac-sha256", afterShipSignature(body, key)}};
    }
    if (type == "easypost"_L1) {
        return {{"X-Hmac-Signature", easyPostSignature(body, key)}};
    }
    return {{"Authorization", basicAuthorization("tidings", key)}};
}

SourceFixture::Headers signedFor(const QString &type, const QByteArray &body)
{
    return headersFor(type, body, secretOf(type));
}

void addEveryType(const char *aftership, const char *easypost, const char *sapcommerce)
{
    QTest::newRow("aftership") << u"aftership"_s << QString::fromLatin1(aftership);
    QTest::newRow("easypost") << u"easypost"_s << QString::fromLatin1(easypost);
    QTest::newRow("sapcommerce") << u"sapcommerce"_s << QString::fromLatin1(sapcommerce);
}

void addGoodFixtures()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    addEveryType("aftership/tracking_update.json", "easypost/tracker_updated.json", "sapcommerce/order.json");
}

// Posts Shopify's order and its fulfillment (tracking number JD014600006281234567) into the fixture's store.
bool sendShopOrderWithShipment(SourceFixture &fixture)
{
    fixture.reconfigure(SourceConfig{u"shop"_s, u"shopify"_s, u"Nordlicht"_s, true, {}}, shopifySecret);
    int sequence = 0;
    for (const auto &[file, topic] :
         {std::pair{u"shopify/orders_create.json"_s, QByteArrayLiteral("orders/create")},
          std::pair{u"shopify/fulfillments_create.json"_s, QByteArrayLiteral("fulfillments/create")}}) {
        const QByteArray body = Test::fixture(file);
        const QByteArray id = "shop-event-" + QByteArray::number(++sequence);
        const auto answer = fixture.post(body, {{"X-Shopify-Topic", topic},
                                                {"X-Shopify-Hmac-Sha256", shopifySignature(body, shopifySecret)},
                                                {"X-Shopify-Event-Id", id}});
        if (answer.status != 200) {
            qWarning("Shopify %s answered %d", topic.constData(), answer.status);
            return false;
        }
    }
    return true;
}

} // namespace

void TestTrackingWebhooks::goodThenSame_acceptedThenDuplicate_data()
{
    addGoodFixtures();
}

void TestTrackingWebhooks::goodThenSame_acceptedThenDuplicate()
{
    QFETCH(QString, type);
    QFETCH(QString, file);

    SourceFixture fixture(sourceOf(type), secretOf(type));
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(file);

    const auto first = fixture.post(body, signedFor(type, body));
    QCOMPARE(first.status, 200);
    QVERIFY2(first.body.contains("accepted"), first.body.constData());
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 0"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM event_keys"_s), 1);

    const auto again = fixture.post(body, signedFor(type, body));
    QCOMPARE(again.status, 200);
    QVERIFY2(again.body.contains("duplicate"), again.body.constData());
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 2);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM event_keys"_s), 1);
    QVERIFY(fixture.rejections().isEmpty());
}

void TestTrackingWebhooks::badCredentials_refusedAndNothingStored_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("withHeader");

    for (const bool withHeader : {true, false}) {
        const char *suffix = withHeader ? ", wrong secret" : ", no credential";
        for (const auto &[type, file] : {std::pair{"aftership", "aftership/tracking_update.json"},
                                         std::pair{"easypost", "easypost/tracker_updated.json"},
                                         std::pair{"sapcommerce", "sapcommerce/consignment.json"}}) {
            QTest::addRow("%s%s", type, suffix) << QString::fromLatin1(type) << QString::fromLatin1(file) << withHeader;
        }
    }
}

void TestTrackingWebhooks::badCredentials_refusedAndNothingStored()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    QFETCH(bool, withHeader);

    SourceFixture fixture(sourceOf(type), secretOf(type));
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(file);
    const SourceFixture::Headers headers =
        withHeader ? headersFor(type, body, QByteArrayLiteral("forged-secret")) : SourceFixture::Headers{};

    const auto answer = fixture.post(body, headers);
    QCOMPARE(answer.status, 401);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM event_keys"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    QCOMPARE(fixture.rejections().size(), 1);
    QCOMPARE(fixture.rejections().first().status, 401);
    QVERIFY(!fixture.rejections().first().reason.isEmpty());
    QVERIFY(!fixture.rejections().first().reason.contains(QString::fromLatin1(secretOf(type))));
}

void TestTrackingWebhooks::malformed_badRequestAndNothingStored_data()
{
    addGoodFixtures();
}

void TestTrackingWebhooks::malformed_badRequestAndNothingStored()
{
    QFETCH(QString, type);
    QFETCH(QString, file);

    SourceFixture fixture(sourceOf(type), secretOf(type));
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray whole = Test::fixture(file);
    const QByteArray cut = whole.left(whole.size() / 2); // signed as sent: the signature holds, the JSON does not

    const auto answer = fixture.post(cut, signedFor(type, cut));
    QCOMPARE(answer.status, 400);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.rejections().size(), 1);
    QCOMPARE(fixture.rejections().first().status, 400);
}

void TestTrackingWebhooks::oversized_tooLarge_data()
{
    addGoodFixtures();
}

void TestTrackingWebhooks::oversized_tooLarge()
{
    QFETCH(QString, type);
    QFETCH(QString, file);

    const qint64 limit = 256;
    SourceFixture fixture(sourceOf(type), secretOf(type), limit);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(file);
    QVERIFY(body.size() > limit);

    const auto answer = fixture.post(body, signedFor(type, body));
    QCOMPARE(answer.status, 413);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.rejections().size(), 1);
    QCOMPARE(fixture.rejections().first().status, 413);
}

void TestTrackingWebhooks::trackerUpdate_movesShopShipmentForward_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");

    QTest::newRow("aftership, out for delivery")
        << u"aftership"_s << u"aftership/tracking_update.json"_s << u"out_for_delivery"_s;
    QTest::newRow("easypost, delivered") << u"easypost"_s << u"easypost/tracker_updated.json"_s << u"delivered"_s;
}

void TestTrackingWebhooks::trackerUpdate_movesShopShipmentForward()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    QFETCH(QString, status);

    SourceFixture fixture(sourceOf(type), secretOf(type));
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    QList<RuleConfig> rules = defaultRules(u"mail"_s);
    rules.append(RuleConfig{u"progress"_s, u"shipment.status:"_s + status, u"shipped"_s, u"mail"_s});
    fixture.setRules(rules);

    QVERIFY(sendShopOrderWithShipment(fixture));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);

    fixture.reconfigure(sourceOf(type), secretOf(type));
    const QByteArray body = Test::fixture(file);
    const auto answer = fixture.post(body, signedFor(type, body));
    QCOMPARE(answer.status, 200);

    // The shop's shipment moved; no second order or shipment appeared.
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM shipments"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 1);
    QCOMPARE(fixture.value(u"SELECT status FROM shipments WHERE source_id = 'shop'"_s).toString(), status);
    QCOMPARE(fixture.value(u"SELECT order_id FROM raw_events WHERE source_id = '%1'"_s.arg(type)).toString(),
             u"5820134932535"_s);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.status:%1'"_s.arg(status)),
             1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);

    // The same update again is a duplicate and tells nobody twice.
    const auto again = fixture.post(body, signedFor(type, body));
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.contains("duplicate"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.status:%1'"_s.arg(status)),
             1);
}

void TestTrackingWebhooks::trackerUpdate_unknownParcel_recordedOnly_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");

    QTest::newRow("aftership") << u"aftership"_s << u"aftership/tracking_update_returned.json"_s;
    QTest::newRow("easypost") << u"easypost"_s << u"easypost/tracker_created.json"_s;
}

void TestTrackingWebhooks::trackerUpdate_unknownParcel_recordedOnly()
{
    QFETCH(QString, type);
    QFETCH(QString, file);

    SourceFixture fixture(sourceOf(type), secretOf(type));
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(file);
    const auto answer = fixture.post(body, signedFor(type, body));
    QCOMPARE(answer.status, 200);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM shipments"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    QVERIFY(fixture.value(u"SELECT summary FROM raw_events"_s).toString().contains(u"tracking number"_s));
}

void TestTrackingWebhooks::sap_orderThenConsignment_oneOrderAndOneShipmentNotice()
{
    SourceFixture fixture(sourceOf(u"sapcommerce"_s), sapPassword);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray order = Test::fixture(u"sapcommerce/order.json"_s);
    const QByteArray consignment = Test::fixture(u"sapcommerce/consignment.json"_s);

    QCOMPARE(fixture.post(order, signedFor(u"sapcommerce"_s, order)).status, 200);
    QCOMPARE(fixture.post(consignment, signedFor(u"sapcommerce"_s, consignment)).status, 200);
    // SAP saves an item more than once for one change: repeats are duplicates.
    QCOMPARE(fixture.post(order, signedFor(u"sapcommerce"_s, order)).status, 200);
    QCOMPARE(fixture.post(consignment, signedFor(u"sapcommerce"_s, consignment)).status, 200);

    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"
                           u" AND order_id = '00001042' AND recipient = 'jane@example.com'"_s),
             1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"
                           u" AND order_id = '00001042' AND shipment_id = 'a00001042'"_s),
             1);
    QCOMPARE(fixture.value(u"SELECT status FROM orders WHERE order_id = '00001042'"_s).toString(), u"paid"_s);
    QCOMPARE(fixture.value(u"SELECT tracking_number FROM shipments"_s).toString(), u"00340434161094042557"_s);
    QCOMPARE(fixture.value(u"SELECT status FROM shipments"_s).toString(), u"in_transit"_s);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 2);

    // A later consignment change (delivered) moves the shipment, and nobody gets a second shipping notice.
    const QByteArray delivered = QJsonDocument([&] {
                                     QJsonObject object = QJsonDocument::fromJson(consignment).object();
                                     object.insert(u"status"_s, QJsonObject{{u"code"_s, u"DELIVERY_COMPLETED"_s}});
                                     object.insert(u"modifiedtime"_s, u"2024-05-14T11:30:00+0000"_s);
                                     return object;
                                 }())
                                     .toJson(QJsonDocument::Compact);
    QCOMPARE(fixture.post(delivered, signedFor(u"sapcommerce"_s, delivered)).status, 200);
    QCOMPARE(fixture.value(u"SELECT status FROM shipments"_s).toString(), u"delivered"_s);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
}

void TestTrackingWebhooks::sap_credentialsNeverStored()
{
    SourceFixture fixture(sourceOf(u"sapcommerce"_s), sapPassword);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray order = Test::fixture(u"sapcommerce/order.json"_s);
    SourceFixture::Headers headers = signedFor(u"sapcommerce"_s, order);
    headers.append(std::pair{QByteArrayLiteral("X-Request-Source"), QByteArrayLiteral("sap-commerce-webhook")});
    QCOMPARE(fixture.post(order, headers).status, 200);

    const QString stored = fixture.value(u"SELECT headers FROM raw_events"_s).toString();
    QVERIFY2(stored.contains(u"x-request-source"_s), qPrintable(stored)); // other headers are kept
    QVERIFY2(!stored.contains(u"authorization"_s, Qt::CaseInsensitive), qPrintable(stored));
    QVERIFY(!stored.contains(QString::fromLatin1(basicAuthorization("tidings", sapPassword).mid(6))));
}

QTEST_GUILESS_MAIN(TestTrackingWebhooks)
#include "tst_trackingwebhooks.moc"
