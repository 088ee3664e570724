#include "fakes/sourcefixture.h"
#include "fakes/testsupport.h"
#include "sources/sourceadapter.h"
#include "sources/webhookrequest.h"

#include <QDir>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// Random bytes and truncated bodies at every adapter, signed as each platform signs: no crash, a 4xx, and
// nothing stored as a valid event. New adapters must add their signer here (the test fails until they do).
class TestAdapterFuzz final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeHasASigner();
    void parse_randomAndTruncatedBodies_neverCrash_data();
    void parse_randomAndTruncatedBodies_neverCrash();
    void http_randomAndTruncatedBodies_rejectedAndNothingStored_data();
    void http_randomAndTruncatedBodies_rejectedAndNothingStored();
};

namespace {

// Valid base64 too: Airtable's MAC key is the base64-decoded secret.
const QByteArray secret = QByteArrayLiteral("ZnV6ei1zZWNyZXQtMDEyMzQ1Njc4OQ==");

// How a platform signs a request: the headers (and URL query) it adds for `body`.
struct Signed
{
    SourceFixture::Headers headers;
    QString query;
};

// What a source of each type needs to accept a request: its settings and how to sign.
struct Platform
{
    QJsonObject options;
    std::function<Signed(const QByteArray &body, const QString &sourceId)> sign;
    // A form body cut short is still a well-formed form, and a URL token does not cover the body: such a
    // body is what the sender sent. Only random and odd bodies must then leave nothing behind.
    bool truncatedStaysValid = false;
};

const QString publicUrl = u"https://relay.example.net"_s;

const QHash<QString, Platform> &platforms()
{
    static const QHash<QString, Platform> all = {
        {u"shopify"_s,
         {{},
          [](const QByteArray &body, const QString &) {
              return Signed{{{"X-Shopify-Topic", "orders/create"},
                             {"X-Shopify-Hmac-Sha256", hmacSha256Base64(body, secret)},
                             {"X-Shopify-Event-Id", "fuzz"}},
                            {}};
          }}},
        {u"woocommerce"_s,
         {{},
          [](const QByteArray &body, const QString &) {
              return Signed{{{"X-WC-Webhook-Topic", "order.updated"},
                             {"X-WC-Webhook-Resource", "order"},
                             {"X-WC-Webhook-Event", "updated"},
                             {"X-WC-Webhook-Signature", hmacSha256Base64(body, secret)},
                             {"X-WC-Webhook-Delivery-ID", "fuzz"}},
                            {}};
          }}},
        {u"hubspot"_s,
         {{{u"publicUrl"_s, publicUrl}},
          [](const QByteArray &body, const QString &sourceId) {
              const QByteArray timestamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
              const QByteArray uri = (publicUrl + u"/webhooks/"_s + sourceId).toUtf8();
              return Signed{{{"X-HubSpot-Signature-v3", hmacSha256Base64("POST" + uri + body + timestamp, secret)},
                             {"X-HubSpot-Request-Timestamp", timestamp}},
                            {}};
          }}},
        {u"salesforce"_s,
         {{{u"organizationId"_s, u"00D5e000000KQ2e"_s}},
          [](const QByteArray &, const QString &) {
              return Signed{{{"Content-Type", "text/xml; charset=utf-8"}}, u"token="_s + QString::fromLatin1(secret)};
          }}},
        {u"activecampaign"_s,
         {{},
          [](const QByteArray &, const QString &) {
              return Signed{{{"Content-Type", "application/x-www-form-urlencoded"}},
                            u"token="_s + QString::fromLatin1(secret)};
          },
          true}},
        {u"aftership"_s,
         {{},
          [](const QByteArray &body, const QString &) {
              return Signed{{{"aftership-hmac-sha256", afterShipSignature(body, secret)}}, {}};
          }}},
        {u"easypost"_s,
         {{},
          [](const QByteArray &body, const QString &) {
              return Signed{{{"X-Hmac-Signature", easyPostSignature(body, secret)}}, {}};
          }}},
        {u"sapcommerce"_s,
         {{{u"username"_s, u"fuzz"_s}}, // SAP authenticates with a username and password
          [](const QByteArray &, const QString &) {
              return Signed{{{"Authorization", basicAuthorization("fuzz", secret)}}, {}};
          }}},
        {u"airtable"_s,
         {{{u"baseId"_s, u"appFuzz0000000000"_s}, {u"webhookId"_s, u"achFuzz0000000000"_s}},
          [](const QByteArray &body, const QString &) {
              return Signed{
                  {{"X-Airtable-Content-MAC", "hmac-sha256=" + hmacSha256Hex(body, QByteArray::fromBase64(secret))}},
                  {}};
          }}},
        {u"generic"_s,
         {{},
          [](const QByteArray &, const QString &) {
              return Signed{{{"X-Tidings-Token", secret}}, {}};
          }}},
    };
    return all;
}

SourceConfig sourceOf(const QString &type)
{
    return SourceConfig{u"fuzz-"_s + type, type, u"Fuzz"_s, true, platforms().value(type).options};
}

// Bodies a broken or hostile sender might post: random bytes, every fixture cut short, and odd JSON.
QList<QByteArray> hostileBodies(const QString &type, int randomCount, bool withTruncatedFixtures = true)
{
    QRandomGenerator random(20261128); // fixed: a failure reproduces
    QList<QByteArray> bodies;
    for (int i = 0; i < randomCount; ++i) {
        QByteArray bytes(random.bounded(1, 2048), Qt::Uninitialized);
        for (char &byte : bytes) {
            byte = static_cast<char>(random.bounded(256));
        }
        bodies.append(bytes);
    }
    const QDir data(QStringLiteral(TIDINGS_TEST_DATA_DIR "/") + type);
    for (const QString &name : withTruncatedFixtures ? data.entryList(QDir::Files) : QStringList()) {
        const QByteArray whole = fixture(type + u'/' + name).trimmed(); // a cut newline would leave it whole
        for (const qsizetype cut : {qsizetype(1), whole.size() / 3, whole.size() / 2, whole.size() - 1}) {
            if (cut > 0 && cut < whole.size()) {
                bodies.append(whole.left(cut));
            }
        }
    }
    bodies.append({QByteArray(), QByteArrayLiteral("null"), QByteArrayLiteral("[]"), QByteArrayLiteral("{}"),
                   QByteArrayLiteral("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["),
                   QByteArrayLiteral("{\"id\":{\"id\":{\"id\":[1,2,{\"a\":null}]}}}"),
                   QByteArrayLiteral("\xEF\xBB\xBF{}"),
                   QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>"),
                   QByteArrayLiteral("a=1&b[c][d]=2&%ZZ=%")});
    return bodies;
}

} // namespace

void TestAdapterFuzz::everyTypeHasASigner()
{
    for (const QString &type : webhookSourceTypes()) {
        QVERIFY2(platforms().contains(type), qPrintable(u"no signer for source type "_s + type));
    }
}

void TestAdapterFuzz::parse_randomAndTruncatedBodies_neverCrash_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : webhookSourceTypes()) {
        QTest::newRow(qPrintable(type)) << type;
    }
}

void TestAdapterFuzz::parse_randomAndTruncatedBodies_neverCrash()
{
    QFETCH(QString, type);
    const auto adapter = createSourceAdapter(type);
    QVERIFY(adapter);
    const auto sign = platforms().value(type).sign;
    QVERIFY(sign);
    const SourceConfig source = sourceOf(type);
    for (const QByteArray &body : hostileBodies(type, 2000)) {
        const Signed signature = sign(body, source.id);
        WebhookRequest request;
        request.sourceId = source.id;
        request.body = body;
        request.target = (u"/webhooks/"_s + source.id).toUtf8();
        if (!signature.query.isEmpty()) {
            request.target += '?' + signature.query.toUtf8();
        }
        request.receivedAt = QDateTime::currentDateTimeUtc();
        for (const auto &[name, value] : signature.headers) {
            request.headers.insert(name.toLower(), value);
        }
        const auto result = adapter->parseWebhook(request, source, secret);
        if (!result) {
            QVERIFY(result.error().code == ErrorCode::InvalidInput || result.error().code == ErrorCode::Unauthorized);
            QVERIFY(!result.error().message.isEmpty());
        } else {
            // Accepted only as something recorded: nothing that names an order or a product.
            for (const OrderEvent &event : result->events) {
                QVERIFY2(!event.orderId.isEmpty() || !event.trackingNumber.isEmpty(), "an event naming nothing");
            }
        }
    }
}

void TestAdapterFuzz::http_randomAndTruncatedBodies_rejectedAndNothingStored_data()
{
    parse_randomAndTruncatedBodies_neverCrash_data();
}

void TestAdapterFuzz::http_randomAndTruncatedBodies_rejectedAndNothingStored()
{
    QFETCH(QString, type);
    SourceFixture fixture(sourceOf(type), secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const auto sign = platforms().value(type).sign;
    QVERIFY(sign);
    const SourceConfig source = sourceOf(type);
    for (const QByteArray &body : hostileBodies(type, 40, !platforms().value(type).truncatedStaysValid)) {
        // Unsigned: always refused.
        const auto unsigned_ = fixture.post(body, {{"Content-Type", "application/octet-stream"}});
        QVERIFY2(unsigned_.status >= 400 && unsigned_.status < 500, qPrintable(QString::number(unsigned_.status)));
        // Signed: the signature holds, the content does not.
        const Signed signature = sign(body, source.id);
        const auto answer = fixture.post(body, signature.headers, signature.query);
        QVERIFY2(answer.status == 200 || (answer.status >= 400 && answer.status < 500),
                 qPrintable(QString::number(answer.status)));
    }
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM shipments"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM stock_levels"_s), 0);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
}

QTEST_GUILESS_MAIN(TestAdapterFuzz)
#include "tst_adapterfuzz.moc"
