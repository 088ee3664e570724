#include "channels/klaviyochannel.h"
#include "fakes/fakeklaviyo.h"
#include "fakes/sendrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ErrorCode;
using Tidings::KlaviyoChannel;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeKlaviyo;
using Tidings::Test::sendOne;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString ApiKey = u"pk_kl4v1y0-s3cr3t-private-key"_s;

Tidings::ChannelConfig configFor(const QUrl &baseUrl, const QJsonObject &options = {})
{
    Tidings::ChannelConfig config;
    config.id = u"kl"_s;
    config.type = u"klaviyo"_s;
    config.name = u"Shop flows"_s;
    config.baseUrl = baseUrl;
    config.options = options;
    return config;
}

QJsonObject shippedContext()
{
    return QJsonObject{
        {u"order"_s, QJsonObject{{u"id"_s, u"1042"_s},
                                 {u"number"_s, u"#1042"_s},
                                 {u"status"_s, u"processing"_s},
                                 {u"statusLabel"_s, u"Processing"_s},
                                 {u"total"_s, 59.9},
                                 {u"currency"_s, u"eur"_s}}},
        {u"customer"_s, QJsonObject{{u"name"_s, u"Zoë Ångström"_s}, {u"firstName"_s, u"Zoë"_s}}},
        {u"shipment"_s, QJsonObject{{u"status"_s, u"shipped"_s},
                                    {u"statusLabel"_s, u"Shipped"_s},
                                    {u"statusKnown"_s, true},
                                    {u"carrier"_s, u"DHL"_s},
                                    {u"trackingNumber"_s, u"JJD000"_s},
                                    {u"trackingUrl"_s, u"https://track.example/JJD000"_s}}},
        {u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, 2}}}},
        {u"brand"_s, QJsonObject{{u"shopName"_s, u"The Shop"_s}}},
    };
}

OutgoingMessage message(const QString &email = u"zoe@customer.example"_s, const QString &phone = u"+33 6 12 34 56 78"_s)
{
    OutgoingMessage message;
    message.notificationId = 77;
    message.toEmail = email;
    message.toName = u"Zoë Ångström"_s;
    message.toPhone = phone;
    message.subject = u"Your order #1042 has shipped"_s;
    message.text = u"On its way."_s;
    message.context = shippedContext();
    return message;
}

} // namespace

class TestKlaviyoChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typeInfo();
    void metricName_data();
    void metricName();
    void bodyShape();
    void requestShape();
    void answers_data();
    void answers();
    void refused_data();
    void refused();
    void timeout();
    void connectionRefused();
    void checkConnection_data();
    void checkConnection();
    void checkConnectionCreatesNoEvent();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeKlaviyo> m_fake;
};

void TestKlaviyoChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeKlaviyo>(ApiKey);
    QVERIFY(m_fake->listen());
}

void TestKlaviyoChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestKlaviyoChannel::typeInfo()
{
    const Tidings::ChannelTypeInfo info = KlaviyoChannel::typeInfo();
    QCOMPARE(info.type, u"klaviyo"_s);
    QCOMPARE(info.kind, Tidings::ChannelKind::Automation);
    QCOMPARE(info.secrets.first().name, u"apiKey"_s);
    QCOMPARE(info.options.first().key, u"baseUrl"_s);
    QCOMPARE(KlaviyoChannel::eventsUrl({}).toString(), u"https://a.klaviyo.com/api/events"_s);
    QCOMPARE(KlaviyoChannel::eventsUrl(QUrl(u"https://relay.example/kl/"_s)).path(), u"/kl/api/events"_s);
}

void TestKlaviyoChannel::metricName_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QJsonObject>("context");
    QTest::addColumn<QString>("name");

    QJsonObject unknownShipment = shippedContext();
    unknownShipment.insert(u"shipment"_s, QJsonObject{{u"statusKnown"_s, false}, {u"statusLabel"_s, u"Unknown"_s}});
    QJsonObject noShipment = shippedContext();
    noShipment.remove(u"shipment"_s);

    QTest::newRow("shipment status") << QString() << shippedContext() << u"Shipped"_s;
    QTest::newRow("with prefix") << u"Tidings "_s << shippedContext() << u"Tidings Shipped"_s;
    QTest::newRow("unknown shipment → order") << QString() << unknownShipment << u"Processing"_s;
    QTest::newRow("no shipment → order") << QString() << noShipment << u"Processing"_s;
    QTest::newRow("nothing") << QString() << QJsonObject() << u"Order Update"_s;
    QJsonObject backordered = shippedContext();
    backordered.insert(u"milestone"_s, u"Order Backordered"_s);
    QTest::newRow("milestone first") << u"Tidings "_s << backordered << u"Tidings Order Backordered"_s;
    QTest::newRow("milestone, no order") << QString() << QJsonObject{{u"milestone"_s, u" Back in\nStock "_s}}
                                         << u"Back in Stock"_s;
}

void TestKlaviyoChannel::metricName()
{
    QFETCH(QString, prefix);
    QFETCH(QJsonObject, context);
    QFETCH(QString, name);
    QCOMPARE(KlaviyoChannel::metricName(prefix, context), name);
}

void TestKlaviyoChannel::bodyShape()
{
    KlaviyoChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    const QDateTime now(QDate(2026, 11, 29), QTime(3, 4, 5), Qt::UTC);
    const auto body = channel.buildBody(message(), now);
    QVERIFY(body);
    const QJsonObject attributes =
        QJsonDocument::fromJson(body.value()).object().value(u"data"_s).toObject().value(u"attributes"_s).toObject();
    QCOMPARE(attributes.value(u"unique_id"_s).toString(), u"77"_s);
    QCOMPARE(attributes.value(u"time"_s).toString(), u"2026-11-29T03:04:05Z"_s);
    QCOMPARE(attributes.value(u"value"_s).toDouble(), 59.9);
    QCOMPARE(attributes.value(u"value_currency"_s).toString(), u"EUR"_s);
    const QJsonObject profile =
        attributes.value(u"profile"_s).toObject().value(u"data"_s).toObject().value(u"attributes"_s).toObject();
    QCOMPARE(profile.value(u"email"_s).toString(), u"zoe@customer.example"_s);
    QCOMPARE(profile.value(u"phone_number"_s).toString(), u"+33612345678"_s);
    QCOMPARE(profile.value(u"first_name"_s).toString(), u"Zoë"_s);
    const QJsonObject properties = attributes.value(u"properties"_s).toObject();
    QCOMPARE(properties.value(u"order"_s).toObject().value(u"number"_s).toString(), u"#1042"_s);
    QCOMPARE(properties.value(u"shipment"_s).toObject().value(u"carrier"_s).toString(), u"DHL"_s);
    QCOMPARE(properties.value(u"tracking_url"_s).toString(), u"https://track.example/JJD000"_s);
    QCOMPARE(properties.value(u"items"_s).toArray().size(), 1);
    QCOMPARE(properties.value(u"notification_id"_s).toString(), u"77"_s);

    // Without a usable phone the profile has only the email; without a total there is no value.
    OutgoingMessage bare = message(u"zoe@customer.example"_s, u"06 12 34"_s);
    bare.context = {};
    const QJsonObject bareAttributes = QJsonDocument::fromJson(channel.buildBody(bare, now).value())
                                           .object()
                                           .value(u"data"_s)
                                           .toObject()
                                           .value(u"attributes"_s)
                                           .toObject();
    QVERIFY(!bareAttributes.contains(u"value"_s));
    QVERIFY(!bareAttributes.value(u"profile"_s)
                 .toObject()
                 .value(u"data"_s)
                 .toObject()
                 .value(u"attributes"_s)
                 .toObject()
                 .contains(u"phone_number"_s));
}

void TestKlaviyoChannel::requestShape()
{
    KlaviyoChannel channel(configFor(m_fake->baseUrl(), {{u"revision"_s, u"2025-01-15"_s}}), ApiKey, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QCOMPARE(outcome->httpStatus, 202);
    QCOMPARE(outcome->providerMessageId, u"77"_s);
    const FakeKlaviyo::ReceivedRequest request = m_fake->requests().first();
    QCOMPARE(request.headers.value("revision"), QByteArrayLiteral("2025-01-15"));
    QVERIFY(request.headers.value("content-type").startsWith("application/vnd.api+json"));
    verifyNoSecrets(*outcome, {u"s3cr3t"_s});
}

void TestKlaviyoChannel::answers_data()
{
    QTest::addColumn<FakeKlaviyo::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("detail");

    using M = FakeKlaviyo::Mode;
    QTest::newRow("202") << M::Accept << true << false << -1 << QString() << QString();
    QTest::newRow("400") << M::Invalid400 << false << false << -1 << u"Klaviyo refused the event: Invalid phone"_s
                         << u"/data/attributes/profile"_s;
    QTest::newRow("401") << M::Unauthorized401 << false << false << -1 << u"refused the private API key"_s
                         << u"invalid private key"_s;
    QTest::newRow("403") << M::Forbidden403 << false << false << -1 << u"Events: Full Access"_s << u"events:write"_s;
    QTest::newRow("429 with Retry-After")
        << M::TooMany429Retry << false << true << 5 << u"try again"_s << u"throttled"_s;
    QTest::newRow("429 without Retry-After")
        << M::TooMany429 << false << true << -1 << u"try again"_s << u"throttled"_s;
    QTest::newRow("503") << M::Unavailable503 << false << true << -1 << u"temporary problem (HTTP 503)"_s
                         << u"Try later"_s;
    QTest::newRow("malformed") << M::Malformed << false << false << -1 << u"Klaviyo refused the event (HTTP 400)"_s
                               << u"<html>"_s;
}

void TestKlaviyoChannel::answers()
{
    QFETCH(FakeKlaviyo::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, retryAfter);
    QFETCH(QString, words);
    QFETCH(QString, detail);

    m_fake->setMode(mode);
    KlaviyoChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QCOMPARE(outcome->accepted, accepted);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(outcome->httpStatus, m_fake->requests().first().answeredStatus);
    verifyNoSecrets(*outcome, {u"s3cr3t"_s});
    if (accepted) {
        return;
    }
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->retryable, retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QVERIFY2(outcome->error->detail.contains(detail), qPrintable(errorText(*outcome)));
    if (retryAfter < 0) {
        QVERIFY(!outcome->retryAt);
    } else {
        QVERIFY(outcome->retryAt);
        QVERIFY(*outcome->retryAt >= before.addSecs(retryAfter - 1));
        QVERIFY(*outcome->retryAt <= QDateTime::currentDateTimeUtc().addSecs(retryAfter + 1));
    }
}

void TestKlaviyoChannel::refused_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("words");

    QTest::newRow("no one to send to") << QString() << u"0612"_s << ApiKey << QJsonObject() << u"neither an email"_s;
    QTest::newRow("bad email") << u"zoe at customer.example"_s << QString() << ApiKey << QJsonObject()
                               << u"not an email"_s;
    QTest::newRow("header injection in email")
        << u"zoe@x.example\r\nBcc: y@z"_s << QString() << ApiKey << QJsonObject() << u"not an email"_s;
    QTest::newRow("no key") << u"zoe@x.example"_s << QString() << QString() << QJsonObject() << u"No private API key"_s;
    QTest::newRow("key with line break") << u"zoe@x.example"_s << QString() << u"pk_a\r\nX: y"_s << QJsonObject()
                                         << u"spaces or line breaks"_s;
    QTest::newRow("revision with line break")
        << u"zoe@x.example"_s << QString() << ApiKey << QJsonObject{{u"revision"_s, u"2024-10-15\r\nX: y"_s}}
        << u"API revision"_s;
}

void TestKlaviyoChannel::refused()
{
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, key);
    QFETCH(QJsonObject, options);
    QFETCH(QString, words);

    KlaviyoChannel channel(configFor(m_fake->baseUrl(), options), key, m_network.get());
    const auto outcome = sendOne(channel, message(email, phone));
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error && !outcome->error->retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->requestCount(), 0);
    verifyNoSecrets(*outcome, {u"s3cr3t"_s});
}

void TestKlaviyoChannel::timeout()
{
    m_fake->setMode(FakeKlaviyo::Mode::Hang);
    KlaviyoChannel channel(configFor(m_fake->baseUrl(), {{u"timeoutMs"_s, 300}}), ApiKey, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Timeout);
    QVERIFY(outcome->error->retryable);
}

void TestKlaviyoChannel::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    KlaviyoChannel channel(configFor(QUrl(u"http://127.0.0.1:%1"_s.arg(port))), ApiKey, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Network);
    QVERIFY(outcome->error->retryable);
    QVERIFY(outcome->error->message.contains(u"Klaviyo"_s));
}

void TestKlaviyoChannel::checkConnection_data()
{
    QTest::addColumn<FakeKlaviyo::Mode>("mode");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("retryAt");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("words");

    using M = FakeKlaviyo::Mode;
    const QString revision = u"2024-10-15"_s;
    const int rejected = int(ErrorCode::ProviderRejected);
    const int limited = int(ErrorCode::RateLimited);
    const int config = int(ErrorCode::Config);
    QTest::newRow("accepted") << M::Accept << ApiKey << revision << true << -1 << false << false << 1
                              << u"the private API key may read events"_s;
    QTest::newRow("wrong key") << M::Accept << u"pk_wrong-s3cr3t"_s << revision << false << rejected << false << false
                               << 1 << u"refused the private API key"_s;
    QTest::newRow("403 no events scope") << M::Forbidden403 << ApiKey << revision << false << rejected << false << false
                                         << 1 << u"Events: Full Access"_s;
    QTest::newRow("429 Retry-After") << M::TooMany429Retry << ApiKey << revision << false << limited << true << true
                                     << 1 << u"Try the check again"_s;
    QTest::newRow("429 bare") << M::TooMany429 << ApiKey << revision << false << limited << true << false << 1
                              << u"Try the check again"_s;
    QTest::newRow("503") << M::Unavailable503 << ApiKey << revision << false << int(ErrorCode::ProviderFailed) << true
                         << false << 1 << u"temporary problem (HTTP 503). Try the check again later."_s;
    QTest::newRow("no key") << M::Accept << QString() << revision << false << config << false << false << 0
                            << u"No private API key"_s;
    QTest::newRow("bad revision") << M::Accept << ApiKey << u"latest"_s << false << config << false << false << 0
                                  << u"API revision"_s;
}

void TestKlaviyoChannel::checkConnection()
{
    QFETCH(FakeKlaviyo::Mode, mode);
    QFETCH(QString, apiKey);
    QFETCH(QString, revision);
    QFETCH(bool, accepted);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    QFETCH(bool, retryAt);
    QFETCH(int, requests);
    QFETCH(QString, words);

    QVERIFY(KlaviyoChannel::typeInfo().canCheckConnection);
    m_fake->setMode(mode);
    KlaviyoChannel channel(configFor(m_fake->baseUrl(), {{u"revision"_s, revision}}), apiKey, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);

    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(result->accepted, accepted);
    if (accepted) {
        QVERIFY(!result->error);
        QVERIFY2(result->providerAnswer.startsWith(words), qPrintable(result->providerAnswer));
        QVERIFY(result->providerAnswer.endsWith(u'.'));
        QCOMPARE(result->httpStatus, 200);
    } else {
        QVERIFY(result->error);
        QCOMPARE(int(result->error->code), code);
        QCOMPARE(result->error->retryable, retryable);
        QVERIFY2(result->error->message.contains(words), qPrintable(result->error->message));
    }
    QCOMPARE(result->retryAt.has_value(), retryAt);
    if (retryAt) {
        QVERIFY(*result->retryAt >= before.addSecs(4));
        QVERIFY(*result->retryAt <= QDateTime::currentDateTimeUtc().addSecs(6));
    }
    verifyNoSecrets(*result, {u"s3cr3t"_s});
    QCOMPARE(channel.pendingCount(), 0);
}

void TestKlaviyoChannel::checkConnectionCreatesNoEvent()
{
    KlaviyoChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);
    QVERIFY2(result->accepted, qPrintable(result->error ? result->error->message : QString()));

    QCOMPARE(m_fake->requestCount(), 1);
    const FakeKlaviyo::ReceivedRequest request = m_fake->requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/api/events"));
    QCOMPARE(request.query, u"fields[event]=datetime"_s);
    QCOMPARE(request.headers.value("authorization"), QByteArray("Klaviyo-API-Key " + ApiKey.toUtf8()));
    QCOMPARE(request.headers.value("revision"), QByteArray("2024-10-15"));
    QVERIFY(request.json.isEmpty());
    QCOMPARE(request.answeredStatus, 200);
}

QTEST_GUILESS_MAIN(TestKlaviyoChannel)
#include "tst_klaviyochannel.moc"
