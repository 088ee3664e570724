#include "fakes/sourcefixture.h"
#include "fakes/testsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray secret = QByteArrayLiteral("tid_whsec_9b2e41d07c5a");

SourceConfig genericSource(const QJsonObject &options = {{u"preset"_s, u"zapier"_s}})
{
    return {u"zap"_s, u"generic"_s, u"Zapier orders"_s, true, options};
}

QString status(const WebhookClient::Answer &answer)
{
    return QJsonDocument::fromJson(answer.body).object().value("status"_L1).toString();
}

} // namespace

// The generic source through the real webhook server and the real SQLite ingest writer with default rules.
class TestGenericWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodOrder_accepted_oneNotification_thenDuplicate();
    void badOrMissingToken_401_nothingStored_data();
    void badOrMissingToken_401_nothingStored();
    void malformed_400_nothingStored_data();
    void malformed_400_nothingStored();
    void list_twoOrders_twoNotifications();
    void shipment_afterOrder_notifiesShipment();
    void hmacMode_signedSheetRow_accepted();
    void customTokenHeader_acceptedAndNeverStored();
};

void TestGenericWebhooks::goodOrder_accepted_oneNotification_thenDuplicate()
{
    SourceFixture fixture(genericSource(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"generic/contract-order.json"_s);

    const auto first = fixture.post(body, {{"X-Tidings-Token", secret}});
    QCOMPARE(first.status, 200);
    QCOMPARE(status(first), u"accepted"_s);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 0"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
    QCOMPARE(fixture.value(u"SELECT recipient FROM notifications"_s).toString(), u"jane@example.com"_s);

    const auto again = fixture.post(body, {{"X-Tidings-Token", secret}});
    QCOMPARE(again.status, 200);
    QCOMPARE(status(again), u"duplicate"_s);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);

    // The token is never stored with the request's headers.
    const QString headers = fixture.value(u"SELECT headers FROM raw_events ORDER BY id LIMIT 1"_s).toString();
    QVERIFY(!headers.isEmpty());
    QVERIFY(!headers.contains(QString::fromLatin1(secret)));
}

void TestGenericWebhooks::badOrMissingToken_401_nothingStored_data()
{
    QTest::addColumn<SourceFixture::Headers>("headers");

    QTest::newRow("wrong token") << SourceFixture::Headers{{"X-Tidings-Token", "tid_whsec_guess"}};
    QTest::newRow("no token") << SourceFixture::Headers{};
    QTest::newRow("secret in the wrong header") << SourceFixture::Headers{{"X-Api-Key", secret}};
}

void TestGenericWebhooks::badOrMissingToken_401_nothingStored()
{
    QFETCH(SourceFixture::Headers, headers);

    SourceFixture fixture(genericSource(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const auto answer = fixture.post(Test::fixture(u"generic/contract-order.json"_s), headers);
    QCOMPARE(answer.status, 401);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    QCOMPARE(fixture.rejections().size(), 1);
    QCOMPARE(fixture.rejections().constFirst().status, 401);
    QVERIFY(fixture.rejections().constFirst().reason.contains("Zapier orders"_L1));
}

void TestGenericWebhooks::malformed_400_nothingStored_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("cut-off JSON") << Test::fixture(u"generic/malformed.json"_s);
    QTest::newRow("no order id") << QByteArray(R"({"event_id":"x1","status":"paid"})");
    QTest::newRow("empty list") << QByteArray("[]");
}

void TestGenericWebhooks::malformed_400_nothingStored()
{
    QFETCH(QByteArray, body);

    SourceFixture fixture(genericSource(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const auto answer = fixture.post(body, {{"X-Tidings-Token", secret}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    QCOMPARE(fixture.rejections().size(), 1);
    QCOMPARE(fixture.rejections().constFirst().status, 400);
}

void TestGenericWebhooks::list_twoOrders_twoNotifications()
{
    SourceFixture fixture(genericSource(), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"generic/contract-list.json"_s);

    const auto answer = fixture.post(body, {{"X-Tidings-Token", secret}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 2);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 2);

    const auto again = fixture.post(body, {{"X-Tidings-Token", secret}});
    QCOMPARE(status(again), u"duplicate"_s);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
}

void TestGenericWebhooks::shipment_afterOrder_notifiesShipment()
{
    SourceFixture fixture(genericSource({{u"preset"_s, u"powerautomate"_s}}), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    QCOMPARE(fixture.post(Test::fixture(u"generic/contract-order.json"_s), {{"X-Webhook-Token", secret}}).status, 200);
    QCOMPARE(fixture.post(Test::fixture(u"generic/contract-shipped.json"_s), {{"X-Webhook-Token", secret}}).status,
             200);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM shipments"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    QCOMPARE(fixture.value(u"SELECT tracking_number FROM shipments"_s).toString(), u"JD014600006281234567"_s);
}

void TestGenericWebhooks::hmacMode_signedSheetRow_accepted()
{
    const QJsonObject auth{{u"mode"_s, u"hmac"_s}, {u"header"_s, u"X-Signature"_s}, {u"encoding"_s, u"base64"_s}};
    SourceFixture fixture(genericSource({{u"preset"_s, u"googlesheets"_s}, {u"auth"_s, auth}}), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"generic/sheets-row.json"_s);
    const QByteArray signature = QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();

    QCOMPARE(fixture.post(body, {{"X-Signature", "sha256=" + signature + "x"}}).status, 401);
    QCOMPARE(fixture.post(body, {{"X-Tidings-Token", secret}}).status, 401);
    const auto answer = fixture.post(body, {{"X-Signature", signature}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(fixture.value(u"SELECT order_number FROM orders"_s).toString(), u"117"_s);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM shipments"_s), 1);
}

void TestGenericWebhooks::customTokenHeader_acceptedAndNeverStored()
{
    const QJsonObject auth{{u"mode"_s, u"header"_s}, {u"header"_s, u"X-Shop-Key"_s}};
    SourceFixture fixture(genericSource({{u"preset"_s, u"custom"_s}, {u"auth"_s, auth}}), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const auto answer = fixture.post(Test::fixture(u"generic/contract-order.json"_s),
                                     {{"X-Shop-Key", secret}, {"X-Request-Source", "erp-7"}});
    QCOMPARE(answer.status, 200);
    const QString headers = fixture.value(u"SELECT headers FROM raw_events"_s).toString();
    QVERIFY2(headers.contains("erp-7"_L1), qPrintable(headers)); // other headers are kept
    QVERIFY2(!headers.contains("x-shop-key"_L1), qPrintable(headers));
    QVERIFY(!headers.contains(QString::fromLatin1(secret)));
}

QTEST_GUILESS_MAIN(TestGenericWebhooks)
#include "tst_genericwebhooks.moc"
