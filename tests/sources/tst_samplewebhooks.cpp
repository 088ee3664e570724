#include "fakes/sourcefixture.h"
#include "sources/sourceadapter.h"

#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// "Send a test event": each platform's sample is signed as the platform signs, accepted by its own adapter
// over HTTP, recorded, new each time, and notifies nobody.
class TestSampleWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void platformsWithSamples();
    void sample_acceptedRecordedNotifiesNobody_data();
    void sample_acceptedRecordedNotifiesNobody();
};

namespace {

const QByteArray secret = QByteArrayLiteral("sample-secret-4f9c2a");

SourceConfig sourceOf(const QString &type)
{
    SourceConfig source{u"test-"_s + type, type, u"Test"_s, true, {}};
    if (type == u"sapcommerce") {
        source.options.insert(u"username"_s, u"tidings"_s);
    }
    if (type == u"salesforce") {
        source.options.insert(u"organizationId"_s, u"00D5e000000KQ2eEAG"_s);
    }
    if (type == u"generic") {
        source.options.insert(u"preset"_s, u"googlesheets"_s); // columns by header name: "/row/Order ID"
    }
    if (type == u"hubspot") {
        source.options.insert(u"publicUrl"_s, u"https://relay.example.net"_s);
    }
    return source;
}

SourceFixture::Headers headersOf(const WebhookRequest &request)
{
    SourceFixture::Headers headers;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        headers.append({it.key(), it.value()});
    }
    return headers;
}

QString queryOf(const WebhookRequest &request)
{
    const qsizetype mark = request.target.indexOf('?');
    return mark < 0 ? QString() : QString::fromUtf8(request.target.mid(mark + 1));
}

} // namespace

void TestSampleWebhooks::platformsWithSamples()
{
    QStringList withSample;
    for (const QString &type : webhookSourceTypes()) {
        if (createSourceAdapter(type)->sampleWebhook(sourceOf(type), secret)) {
            withSample.append(type);
        }
        QVERIFY2(!createSourceAdapter(type)->sampleWebhook(sourceOf(type), {}), "no secret, no sample");
    }
    for (const QString &type : {u"shopify"_s, u"woocommerce"_s, u"aftership"_s, u"easypost"_s, u"activecampaign"_s,
                                u"sapcommerce"_s, u"hubspot"_s}) {
        QVERIFY2(withSample.contains(type), qPrintable(type));
    }
}

void TestSampleWebhooks::sample_acceptedRecordedNotifiesNobody_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : webhookSourceTypes()) {
        if (createSourceAdapter(type)->sampleWebhook(sourceOf(type), secret)) {
            QTest::newRow(qPrintable(type)) << type;
        }
    }
}

void TestSampleWebhooks::sample_acceptedRecordedNotifiesNobody()
{
    QFETCH(QString, type);
    const auto adapter = createSourceAdapter(type);
    const SourceConfig source = sourceOf(type);
    const WebhookRequest first = *adapter->sampleWebhook(source, secret);
    const WebhookRequest second = *adapter->sampleWebhook(source, secret);

    // Its own adapter accepts it with the secret and refuses it with another.
    const auto parsed = adapter->parseWebhook(first, source, secret);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail));
    for (const OrderEvent &event : parsed->events) {
        QVERIFY2(event.customerEmail.isEmpty(), "a test event must notify no customer");
    }
    const auto forged = adapter->parseWebhook(first, source, "another-secret");
    QVERIFY(!forged.ok());
    QCOMPARE(forged.error().code, ErrorCode::Unauthorized);

    // Over HTTP: recorded, and a second test is a new event.
    SourceFixture fixture(source, secret);
    QVERIFY2(fixture.setUpError().isEmpty(), qPrintable(fixture.setUpError()));
    const auto answer = fixture.post(first.body, headersOf(first), queryOf(first));
    QCOMPARE(answer.status, 200);
    const auto again = fixture.post(second.body, headersOf(second), queryOf(second));
    QCOMPARE(again.status, 200);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 0"_s), 2);
    QCOMPARE(fixture.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
}

QTEST_GUILESS_MAIN(TestSampleWebhooks)
#include "tst_samplewebhooks.moc"
