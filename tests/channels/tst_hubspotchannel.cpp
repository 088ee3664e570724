#include "channels/hubspotchannel.h"
#include "fakes/fakehubspotemail.h"
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
using Tidings::HubSpotChannel;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeHubSpotEmail;
using Tidings::Test::sendOne;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString Token = u"pat-eu1-hub-s3cr3t-token"_s;

Tidings::ChannelConfig configFor(const QUrl &baseUrl, const QJsonObject &options = {{u"emailId"_s, 4242}})
{
    Tidings::ChannelConfig config;
    config.id = u"hs"_s;
    config.type = u"hubspot"_s;
    config.name = u"HubSpot mail"_s;
    config.baseUrl = baseUrl;
    config.options = options;
    return config;
}

OutgoingMessage message(qint64 id = 9, const QString &to = u"zoe@customer.example"_s,
                        const QString &subject = u"Commande n° 1042 expédiée"_s)
{
    OutgoingMessage message;
    message.notificationId = id;
    message.toEmail = to;
    message.toName = u"Zoë Ångström"_s;
    message.subject = subject;
    message.text = u"Bonjour Zoë"_s;
    message.html = u"<p>Bonjour Zoë</p>"_s;
    message.context = QJsonObject{
        {u"order"_s, QJsonObject{{u"number"_s, u"#1042"_s}, {u"statusLabel"_s, u"Processing"_s}, {u"total"_s, 12.5}}},
        {u"shipment"_s, QJsonObject{{u"statusLabel"_s, u"Shipped"_s},
                                    {u"carrier"_s, u"La Poste"_s},
                                    {u"trackingUrl"_s, u"https://track.example/1"_s}}},
        {u"brand"_s, QJsonObject{{u"shopName"_s, u"La Boutique"_s}}},
    };
    return message;
}

} // namespace

class TestHubSpotChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typeInfo();
    void requestShape();
    void duplicateSendIdIsAccepted();
    void answers_data();
    void answers();
    void refused_data();
    void refused();
    void timeout();
    void connectionRefused();
    void checkConnection_data();
    void checkConnection();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeHubSpotEmail> m_fake;
};

void TestHubSpotChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeHubSpotEmail>(Token);
    QVERIFY(m_fake->listen());
}

void TestHubSpotChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestHubSpotChannel::typeInfo()
{
    const Tidings::ChannelTypeInfo info = HubSpotChannel::typeInfo();
    QCOMPARE(info.type, u"hubspot"_s);
    QCOMPARE(info.kind, Tidings::ChannelKind::Email);
    QCOMPARE(info.secrets.first().name, u"accessToken"_s);
    QCOMPARE(info.options.first().key, u"baseUrl"_s);
    QCOMPARE(HubSpotChannel::sendUrl({}).toString(),
             u"https://api.hubapi.com/marketing/v3/transactional/single-email/send"_s);
}

void TestHubSpotChannel::requestShape()
{
    Tidings::ChannelConfig config = configFor(m_fake->baseUrl(), {{u"emailId"_s, u"4242"_s}});
    config.replyTo = u"help@shop.example"_s;
    HubSpotChannel channel(config, Token, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QCOMPARE(outcome->httpStatus, 200);
    QCOMPARE(outcome->providerMessageId.size(), 36);
    const QJsonObject json = m_fake->requests().first().json;
    QCOMPARE(json.value(u"emailId"_s).toInteger(), 4242);
    const QJsonObject emailMessage = json.value(u"message"_s).toObject();
    QCOMPARE(emailMessage.value(u"to"_s).toString(), u"zoe@customer.example"_s);
    QCOMPARE(emailMessage.value(u"sendId"_s).toString(), u"tidings-9"_s);
    QCOMPARE(emailMessage.value(u"replyTo"_s).toArray(), QJsonArray{u"help@shop.example"_s});
    const QJsonObject custom = json.value(u"customProperties"_s).toObject();
    QCOMPARE(custom.value(u"subject"_s).toString(), u"Commande n° 1042 expédiée"_s);
    QCOMPARE(custom.value(u"html"_s).toString(), u"<p>Bonjour Zoë</p>"_s);
    QCOMPARE(custom.value(u"text"_s).toString(), u"Bonjour Zoë"_s);
    QCOMPARE(custom.value(u"order_number"_s).toString(), u"#1042"_s);
    QCOMPARE(custom.value(u"order_total"_s).toString(), u"12.5"_s);
    QCOMPARE(custom.value(u"carrier"_s).toString(), u"La Poste"_s);
    QCOMPARE(custom.value(u"tracking_url"_s).toString(), u"https://track.example/1"_s);
    QCOMPARE(custom.value(u"shop_name"_s).toString(), u"La Boutique"_s);
    verifyNoSecrets(*outcome, {u"s3cr3t"_s});
}

void TestHubSpotChannel::duplicateSendIdIsAccepted()
{
    HubSpotChannel channel(configFor(m_fake->baseUrl()), Token, m_network.get());
    const auto first = sendOne(channel, message(5));
    QVERIFY(first);
    QVERIFY(first->accepted);
    const auto again = sendOne(channel, message(5));
    QVERIFY(again);
    QCOMPARE(again->httpStatus, 409);
    QVERIFY(again->accepted);
    QVERIFY(!again->error);
    QCOMPARE(again->providerMessageId, u"tidings-5"_s);
}

void TestHubSpotChannel::answers_data()
{
    QTest::addColumn<FakeHubSpotEmail::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("detail");

    using M = FakeHubSpotEmail::Mode;
    QTest::newRow("200") << M::Accept << true << false << -1 << QString() << QString();
    QTest::newRow("400") << M::Invalid400 << false << false << -1 << u"HubSpot refused the message: Email address"_s
                         << u"VALIDATION_ERROR"_s;
    QTest::newRow("401") << M::Unauthorized401 << false << false << -1 << u"refused the access token"_s
                         << u"INVALID_AUTHENTICATION"_s;
    QTest::newRow("403") << M::Forbidden403 << false << false << -1 << u"transactional-email scope"_s
                         << u"MISSING_SCOPES"_s;
    QTest::newRow("404") << M::EmailNotFound404 << false << false << -1 << u"email ID"_s << u"OBJECT_NOT_FOUND"_s;
    QTest::newRow("429 with Retry-After")
        << M::TooMany429Retry << false << true << 3 << u"try again"_s << u"policyName: SECONDLY"_s;
    QTest::newRow("429 without Retry-After")
        << M::TooMany429 << false << true << -1 << u"try again"_s << u"policyName: DAILY"_s;
    QTest::newRow("502") << M::ServerError502 << false << true << -1 << u"temporary problem (HTTP 502)"_s
                         << u"INTERNAL_ERROR"_s;
    QTest::newRow("malformed") << M::Malformed << false << false << -1 << u"HubSpot refused the message (HTTP 400)"_s
                               << u"<html>"_s;
}

void TestHubSpotChannel::answers()
{
    QFETCH(FakeHubSpotEmail::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, retryAfter);
    QFETCH(QString, words);
    QFETCH(QString, detail);

    m_fake->setMode(mode);
    HubSpotChannel channel(configFor(m_fake->baseUrl()), Token, m_network.get());
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

void TestHubSpotChannel::refused_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("words");

    const QJsonObject ok{{u"emailId"_s, 4242}};
    QTest::newRow("no recipient") << QString() << u"Hi"_s << Token << ok << u"no recipient"_s;
    QTest::newRow("bad recipient") << u"zoe at example"_s << u"Hi"_s << Token << ok << u"not an email"_s;
    QTest::newRow("header injection in subject")
        << u"zoe@x.example"_s << u"Hi\r\nBcc: a@b"_s << Token << ok << u"line break"_s;
    QTest::newRow("no email id") << u"zoe@x.example"_s << u"Hi"_s << Token << QJsonObject()
                                 << u"No transactional email ID"_s;
    QTest::newRow("email id not a number")
        << u"zoe@x.example"_s << u"Hi"_s << Token << QJsonObject{{u"emailId"_s, u"welcome"_s}}
        << u"No transactional email ID"_s;
    QTest::newRow("no token") << u"zoe@x.example"_s << u"Hi"_s << QString() << ok << u"No access token"_s;
    QTest::newRow("token with line break")
        << u"zoe@x.example"_s << u"Hi"_s << u"pat\r\nX: y"_s << ok << u"spaces or line breaks"_s;
}

void TestHubSpotChannel::refused()
{
    QFETCH(QString, to);
    QFETCH(QString, subject);
    QFETCH(QString, token);
    QFETCH(QJsonObject, options);
    QFETCH(QString, words);

    HubSpotChannel channel(configFor(m_fake->baseUrl(), options), token, m_network.get());
    const auto outcome = sendOne(channel, message(9, to, subject));
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error && !outcome->error->retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->requestCount(), 0);
    verifyNoSecrets(*outcome, {u"s3cr3t"_s});
}

void TestHubSpotChannel::timeout()
{
    m_fake->setMode(FakeHubSpotEmail::Mode::Hang);
    HubSpotChannel channel(configFor(m_fake->baseUrl(), {{u"emailId"_s, 4242}, {u"timeoutMs"_s, 300}}), Token,
                           m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Timeout);
    QVERIFY(outcome->error->retryable);
}

void TestHubSpotChannel::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    HubSpotChannel channel(configFor(QUrl(u"http://127.0.0.1:%1"_s.arg(port))), Token, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Network);
    QVERIFY(outcome->error->retryable);
    QVERIFY(outcome->error->message.contains(u"HubSpot"_s));
}

void TestHubSpotChannel::checkConnection_data()
{
    QTest::addColumn<FakeHubSpotEmail::Mode>("mode");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter"); // seconds; -1: none
    QTest::addColumn<QString>("words");  // in the summary when accepted, else in the error message

    using M = FakeHubSpotEmail::Mode;
    const QJsonObject ok{{u"emailId"_s, 4242}};
    QTest::newRow("accepted") << M::Accept << Token << ok << true << false << 200 << -1
                              << u"the access token may send HubSpot transactional email (HubSpot checks the email "
                                 "ID 4242 when the first message is sent)."_s;
    QTest::newRow("wrong token") << M::Accept << u"pat-eu1-wrong-s3cr3t"_s << ok << false << false << 401 << -1
                                 << u"HubSpot refused the access token"_s;
    QTest::newRow("missing scope") << M::Forbidden403 << Token << ok << false << false << 403 << -1
                                   << u"transactional-email scope"_s;
    QTest::newRow("429 Retry-After") << M::TooMany429Retry << Token << ok << false << true << 429 << 3 << u"limiting"_s;
    QTest::newRow("429") << M::TooMany429 << Token << ok << false << true << 429 << -1 << u"limiting"_s;
    QTest::newRow("502") << M::ServerError502 << Token << ok << false << true << 502 << -1
                         << u"temporary problem (HTTP 502)"_s;
    QTest::newRow("no token") << M::Accept << QString() << ok << false << false << 0 << -1 << u"No access token"_s;
    QTest::newRow("no email id") << M::Accept << Token << QJsonObject() << false << false << 0 << -1
                                 << u"No transactional email ID"_s;
}

void TestHubSpotChannel::checkConnection()
{
    QFETCH(FakeHubSpotEmail::Mode, mode);
    QFETCH(QString, token);
    QFETCH(QJsonObject, options);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QString, words);

    QVERIFY(HubSpotChannel::typeInfo().canCheckConnection);
    m_fake->setMode(mode);
    HubSpotChannel channel(configFor(m_fake->baseUrl(), options), token, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);

    QCOMPARE(result->accepted, accepted);
    QCOMPARE(result->httpStatus, status);
    if (status == 0) {
        QCOMPARE(m_fake->requestCount(), 0);
        QCOMPARE(result->error->code, ErrorCode::Config);
    } else {
        // One read of the SMTP token list, and no send.
        QCOMPARE(m_fake->requestCount(), 1);
        const auto received = m_fake->requests().first();
        QCOMPARE(received.method, QByteArrayLiteral("GET"));
        QCOMPARE(received.path, QByteArrayLiteral("/marketing/v3/transactional/smtp-tokens"));
        QCOMPARE(received.query, QByteArrayLiteral("limit=1"));
        QCOMPARE(received.headers.value("authorization"), "Bearer " + token.toUtf8());
    }
    if (accepted) {
        QVERIFY(!result->error);
        QCOMPARE(result->providerAnswer, words);
    } else {
        QVERIFY(result->error);
        QCOMPARE(result->error->retryable, retryable);
        QVERIFY2(result->error->message.contains(words), qPrintable(result->error->message));
    }
    if (retryAfter >= 0) {
        QVERIFY(result->retryAt);
        QVERIFY(*result->retryAt >= before.addSecs(retryAfter - 1));
        QVERIFY(*result->retryAt <= QDateTime::currentDateTimeUtc().addSecs(retryAfter + 1));
    }
    verifyNoSecrets(*result, {u"s3cr3t"_s});
}

QTEST_GUILESS_MAIN(TestHubSpotChannel)
#include "tst_hubspotchannel.moc"
