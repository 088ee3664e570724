#include "fakes/sourcefixture.h"
#include "fakes/testsupport.h"
#include "sources/salesforceadapter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// The three CRM sources through the real webhook server and the real SQLite store with the default rules
// (email the customer on order.created and shipment.created).
namespace {

const QByteArray hubSecret = QByteArrayLiteral("5f2c1a9e-7b3d-4e8a-9c61-0d2f4b6a8e10");
const QByteArray sfToken = QByteArrayLiteral("q8Vf2LwZr5Kx0NbT7hYc3MdA");
const QByteArray acToken = QByteArrayLiteral("Hn4sV8qK1zPw6RbY0cTm");
const QByteArray sessionId =
    QByteArrayLiteral("00D5e000000KQ2e!AQ0AQFgZ7XtZ.fakeSessionTokenForTests.kJ3c2HcXv9MR_oP5uT7Yq1bLwUeA8sN4dG6f");

SourceConfig hubSource()
{
    return {u"hub"_s, u"hubspot"_s, u"Nordlicht HubSpot"_s, true,
            QJsonObject{{u"publicUrl"_s, u"https://abc.trycloudflare.com"_s},
                        {u"statusMap"_s, uR"({"closedwon": "paid", "1087324591": "shipped"})"_s}}};
}

SourceConfig sfSource()
{
    return {u"sf"_s, u"salesforce"_s, u"Nordlicht Salesforce"_s, true,
            QJsonObject{{u"organizationId"_s, u"00D5e000000KQ2e"_s}, {u"emailField"_s, u"Customer_Email__c"_s}}};
}

SourceConfig acSource()
{
    return {u"ac"_s, u"activecampaign"_s, u"Nordlicht ActiveCampaign"_s, true,
            QJsonObject{{u"statusMap"_s, QJsonObject{{u"To ship"_s, u"paid"_s}}}}};
}

// HubSpot signs the public URL it called, not the local one the fixture listens on.
SourceFixture::Headers hubHeaders(const QByteArray &body, qint64 timestampMs, const QByteArray &key = hubSecret)
{
    const QByteArray timestamp = QByteArray::number(timestampMs);
    const QByteArray signature =
        QMessageAuthenticationCode::hash("POST" + QByteArray("https://abc.trycloudflare.com/webhooks/hub") + body +
                                             timestamp,
                                         key, QCryptographicHash::Sha256)
            .toBase64();
    return {{"X-HubSpot-Signature-v3", signature},
            {"X-HubSpot-Request-Timestamp", timestamp},
            {"X-HubSpot-Signature-Version", "v1"},
            {"X-HubSpot-Signature", "0d2f4b6a8e100d2f4b6a8e100d2f4b6a8e100d2f4b6a8e100d2f4b6a8e10abcd"}};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const SourceFixture::Headers soapHeaders{{"Content-Type", "text/xml; charset=utf-8"}, {"SOAPAction", "\"\""}};
const SourceFixture::Headers formHeaders{{"Content-Type", "application/x-www-form-urlencoded"}};

} // namespace

class TestCrmWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hubspot_accepted_thenDuplicate();
    void hubspot_refused_data();
    void hubspot_refused();

    void salesforce_acknowledged_thenDuplicate_sessionIdNeverStored();
    void salesforce_refused_data();
    void salesforce_refused();

    void activecampaign_accepted_thenDuplicate();
    void activecampaign_refused_data();
    void activecampaign_refused();
};

void TestCrmWebhooks::hubspot_accepted_thenDuplicate()
{
    SourceFixture fixture(hubSource(), hubSecret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"hubspot/batch.json"_s);

    const auto first = fixture.post(body, hubHeaders(body, nowMs()));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, QByteArray(R"({"status":"accepted"})"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 0"_s), 1);
    // No email in HubSpot's events: the stage is stored on the order, and nobody can be emailed yet.
    const auto orders =
        fixture.rows(u"SELECT order_id, status, raw_status, customer_email FROM orders ORDER BY order_id"_s);
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0), (QVariantList{u"15234567891"_s, u"paid"_s, u"closedwon"_s, u""_s}));
    QCOMPARE(orders.at(1), (QVariantList{u"44446244097"_s, u"shipped"_s, u"1087324591"_s, u""_s}));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    QVERIFY(fixture.value(u"SELECT key FROM event_keys"_s).toString().startsWith(u"event:batch:"_s));
    const QString headers = fixture.value(u"SELECT headers FROM raw_events"_s).toString();
    QVERIFY(headers.contains(u"x-hubspot-request-timestamp"_s));
    QVERIFY(!headers.contains(u"x-hubspot-signature"_s));

    // HubSpot's retry carries a new timestamp and signature over the same events.
    const auto again = fixture.post(body, hubHeaders(body, nowMs() + 1));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, QByteArray(R"({"status":"duplicate"})"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
}

void TestCrmWebhooks::hubspot_refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("ageMs");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");

    const QByteArray good = Test::fixture(u"hubspot/deal_stage.json"_s);
    QTest::newRow("wrong secret") << good << 0 << QByteArray("guess") << 401;
    QTest::newRow("stale timestamp") << good << 5 * 60 * 1000 + 30000 << hubSecret << 401;
    QTest::newRow("timestamp from the future") << good << -(5 * 60 * 1000 + 30000) << hubSecret << 401;
    QTest::newRow("malformed, signed") << QByteArray(R"({"eventId":1})") << 0 << hubSecret << 400;
}

void TestCrmWebhooks::hubspot_refused()
{
    QFETCH(QByteArray, body);
    QFETCH(int, ageMs);
    QFETCH(QByteArray, key);
    QFETCH(int, status);

    SourceFixture fixture(hubSource(), hubSecret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const auto answer = fixture.post(body, hubHeaders(body, nowMs() - ageMs, key));
    QCOMPARE(answer.status, status);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(fixture.rejections().size(), 1);
    QCOMPARE(fixture.rejections().first().status, status);
}

void TestCrmWebhooks::salesforce_acknowledged_thenDuplicate_sessionIdNeverStored()
{
    SourceFixture fixture(sfSource(), sfToken);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"salesforce/order_activated.xml"_s);
    const QString query = u"token="_s + QString::fromLatin1(sfToken);

    const auto first = fixture.post(body, soapHeaders, query);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, SalesforceAdapter::acknowledgement());
    QCOMPARE(first.contentType, QByteArray("text/xml; charset=utf-8"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created' AND "
                           "recipient = 'jane.doe@example.com' AND order_id = '8015e000002AbCdAAK'"_s),
             1);
    QCOMPARE(fixture.value(u"SELECT status FROM orders"_s).toString(), u"paid"_s);

    const auto stored = fixture.rows(u"SELECT headers, body FROM raw_events"_s);
    QCOMPARE(stored.size(), 1);
    const QByteArray storedBody = stored.first().at(1).toByteArray();
    QVERIFY(!storedBody.contains(sessionId));
    QVERIFY(!storedBody.contains("AQ0AQFgZ7XtZ"));
    QVERIFY(storedBody.contains("<SessionId>[removed]</SessionId>"));
    QVERIFY(storedBody.contains("<sf:OrderNumber>00000107</sf:OrderNumber>"));
    QVERIFY(!stored.first().at(0).toString().contains(QString::fromLatin1(sfToken)));

    const auto again = fixture.post(body, soapHeaders, query);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, SalesforceAdapter::acknowledgement()); // Salesforce needs its Ack for a repeat too
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
    const auto bodies = fixture.rows(u"SELECT body FROM raw_events"_s);
    for (const QVariantList &row : bodies) {
        QVERIFY(!row.first().toByteArray().contains(sessionId));
    }
}

void TestCrmWebhooks::salesforce_refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");

    const QByteArray good = Test::fixture(u"salesforce/order_activated.xml"_s);
    const QString token = u"token="_s + QString::fromLatin1(sfToken);
    QTest::newRow("no token") << good << QString() << 401;
    QTest::newRow("wrong token") << good << u"token=q8Vf2LwZr5Kx0NbT7hYc3MdB"_s << 401;
    QTest::newRow("other organization") << QByteArray(good).replace("00D5e000000KQ2eEAG", "00D7f000000XYZ1AAA") << token
                                        << 401;
    QTest::newRow("malformed") << good.left(300) << token << 400;
    QTest::newRow("DTD") << QByteArray(good).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                                                     "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"b\">]>")
                         << token << 400;
}

void TestCrmWebhooks::salesforce_refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, query);
    QFETCH(int, status);

    SourceFixture fixture(sfSource(), sfToken);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const auto answer = fixture.post(body, soapHeaders, query);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.body.contains("<Ack>true</Ack>"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
}

void TestCrmWebhooks::activecampaign_accepted_thenDuplicate()
{
    SourceFixture fixture(acSource(), acToken);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const QByteArray body = Test::fixture(u"activecampaign/deal_add.txt"_s);
    const QString query = u"token="_s + QString::fromLatin1(acToken);

    const auto first = fixture.post(body, formHeaders, query);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, QByteArray(R"({"status":"accepted"})"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created' AND "
                           "recipient = 'jane.doe@example.com' AND order_id = 'deal:42'"_s),
             1);
    QCOMPARE(fixture.rows(u"SELECT order_number, status, raw_status, customer_name FROM orders"_s),
             (QList<QVariantList>{{u"Order #1042"_s, u"paid"_s, u"To ship"_s, u"Jane Doe"_s}}));

    const auto again = fixture.post(body, formHeaders, query);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, QByteArray(R"({"status":"duplicate"})"));
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 1);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
}

void TestCrmWebhooks::activecampaign_refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");

    const QByteArray good = Test::fixture(u"activecampaign/deal_add.txt"_s);
    const QString token = u"token="_s + QString::fromLatin1(acToken);
    QTest::newRow("no token") << good << QString() << 401;
    QTest::newRow("wrong token") << good << u"token=Hn4sV8qK1zPw6RbY0cTn"_s << 401;
    QTest::newRow("token as another parameter") << good << u"key="_s + QString::fromLatin1(acToken) << 401;
    QTest::newRow("no type") << QByteArray(good).replace("type=deal_add&", "") << token << 400;
    QTest::newRow("deal without id") << QByteArray(good).replace("deal%5Bid%5D=42&", "") << token << 400;
}

void TestCrmWebhooks::activecampaign_refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, query);
    QFETCH(int, status);

    SourceFixture fixture(acSource(), acToken);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const auto answer = fixture.post(body, formHeaders, query);
    QCOMPARE(answer.status, status);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
}

QTEST_GUILESS_MAIN(TestCrmWebhooks)

#include "tst_crmwebhooks.moc"
