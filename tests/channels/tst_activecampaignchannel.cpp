#include "channels/activecampaignchannel.h"
#include "fakes/fakeactivecampaign.h"
#include "fakes/sendrecorder.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ActiveCampaignChannel;
using Tidings::ErrorCode;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeActiveCampaign;
using Tidings::Test::sendOne;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString ApiKey = u"ac0ffee-s3cr3t-api-key"_s;

Tidings::ChannelConfig configFor(const QUrl &baseUrl, const QJsonObject &options = {{u"automationId"_s, u"12"_s}})
{
    Tidings::ChannelConfig config;
    config.id = u"ac"_s;
    config.type = u"activecampaign"_s;
    config.name = u"AC flows"_s;
    config.baseUrl = baseUrl;
    config.options = options;
    return config;
}

OutgoingMessage message(const QString &to = u"zoe@customer.example"_s)
{
    OutgoingMessage message;
    message.notificationId = 5;
    message.toEmail = to;
    message.toName = u"Zoë van der Ångström"_s;
    message.toPhone = u"+31 6 1234 5678"_s;
    message.subject = u"Shipped"_s;
    message.text = u"On its way"_s;
    return message;
}

} // namespace

class TestActiveCampaignChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typeInfo();
    void twoRequests();
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
    std::unique_ptr<FakeActiveCampaign> m_fake;
};

void TestActiveCampaignChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeActiveCampaign>(ApiKey);
    QVERIFY(m_fake->listen());
}

void TestActiveCampaignChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestActiveCampaignChannel::typeInfo()
{
    const Tidings::ChannelTypeInfo info = ActiveCampaignChannel::typeInfo();
    QCOMPARE(info.type, u"activecampaign"_s);
    QCOMPARE(info.kind, Tidings::ChannelKind::Automation);
    QCOMPARE(info.defaultRatePerSecond, 5.0);
    QCOMPARE(info.options.first().key, u"baseUrl"_s);
    QCOMPARE(
        ActiveCampaignChannel::apiUrl(QUrl(u"https://shop.api-us1.com/api/3/"_s), u"/api/3/contact/sync"_s).toString(),
        u"https://shop.api-us1.com/api/3/contact/sync"_s);
}

void TestActiveCampaignChannel::twoRequests()
{
    ActiveCampaignChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QCOMPARE(outcome->httpStatus, 201);
    QCOMPARE(outcome->providerMessageId, u"101"_s);
    QCOMPARE(m_fake->requestCount(), 2);
    const auto requests = m_fake->requests();
    const QJsonObject contact = requests.at(0).json.value(u"contact"_s).toObject();
    QCOMPARE(contact.value(u"email"_s).toString(), u"zoe@customer.example"_s);
    QCOMPARE(contact.value(u"firstName"_s).toString(), u"Zoë"_s);
    QCOMPARE(contact.value(u"lastName"_s).toString(), u"van der Ångström"_s);
    QCOMPARE(contact.value(u"phone"_s).toString(), u"+31 6 1234 5678"_s);
    QCOMPARE(requests.at(1).path, QByteArrayLiteral("/api/3/contactAutomations"));
    const QJsonObject link = requests.at(1).json.value(u"contactAutomation"_s).toObject();
    QCOMPARE(link.value(u"contact"_s).toString(), u"100"_s);
    QCOMPARE(link.value(u"automation"_s).toString(), u"12"_s);
    verifyNoSecrets(*outcome, {u"s3cr3t"_s});
}

void TestActiveCampaignChannel::answers_data()
{
    QTest::addColumn<FakeActiveCampaign::Mode>("contactMode");
    QTest::addColumn<FakeActiveCampaign::Mode>("automationMode");
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("words");

    using M = FakeActiveCampaign::Mode;
    QTest::newRow("403 key") << M::Forbidden403 << M::Accept << 1 << false << -1 << u"refused the API key"_s;
    QTest::newRow("422 contact") << M::Invalid422 << M::Accept << 1 << false << -1
                                 << u"ActiveCampaign refused the request: Email address is not valid."_s;
    QTest::newRow("429 with Retry-After") << M::TooMany429Retry << M::Accept << 1 << true << 2 << u"try again"_s;
    QTest::newRow("429 without Retry-After") << M::TooMany429 << M::Accept << 1 << true << -1 << u"try again"_s;
    QTest::newRow("500") << M::ServerError500 << M::Accept << 1 << true << -1 << u"temporary problem (HTTP 500)"_s;
    QTest::newRow("malformed") << M::Malformed << M::Accept << 1 << false << -1
                               << u"ActiveCampaign refused the request (HTTP 400)."_s;
    QTest::newRow("no contact id") << M::NoId << M::Accept << 1 << true << -1 << u"gave no contact number"_s;
    QTest::newRow("automation 429") << M::Accept << M::TooMany429Retry << 2 << true << 2 << u"try again"_s;
    QTest::newRow("automation 422") << M::Accept << M::Invalid422 << 2 << false << -1 << u"refused the request"_s;
    QTest::newRow("automation 500") << M::Accept << M::ServerError500 << 2 << true << -1 << u"HTTP 500"_s;
}

void TestActiveCampaignChannel::answers()
{
    QFETCH(FakeActiveCampaign::Mode, contactMode);
    QFETCH(FakeActiveCampaign::Mode, automationMode);
    QFETCH(int, requests);
    QFETCH(bool, retryable);
    QFETCH(int, retryAfter);
    QFETCH(QString, words);

    m_fake->setMode(contactMode);
    m_fake->setAutomationMode(automationMode);
    ActiveCampaignChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(outcome->httpStatus, m_fake->requests().last().answeredStatus);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->retryable, retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    verifyNoSecrets(*outcome, {u"s3cr3t"_s});
    if (retryAfter < 0) {
        QVERIFY(!outcome->retryAt);
    } else {
        QVERIFY(outcome->retryAt);
        QVERIFY(*outcome->retryAt >= before.addSecs(retryAfter - 1));
        QVERIFY(*outcome->retryAt <= QDateTime::currentDateTimeUtc().addSecs(retryAfter + 1));
    }
}

void TestActiveCampaignChannel::refused_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<bool>("noBaseUrl");
    QTest::addColumn<QString>("words");

    const QJsonObject ok{{u"automationId"_s, u"12"_s}};
    QTest::newRow("no recipient") << QString() << ApiKey << ok << false << u"no recipient"_s;
    QTest::newRow("header injection") << u"a@b.example\r\nX: y"_s << ApiKey << ok << false << u"not an email"_s;
    QTest::newRow("no key") << u"a@b.example"_s << QString() << ok << false << u"No API key"_s;
    QTest::newRow("key with line break") << u"a@b.example"_s << u"k\r\nX: y"_s << ok << false
                                         << u"spaces or line breaks"_s;
    QTest::newRow("no automation") << u"a@b.example"_s << ApiKey << QJsonObject() << false << u"automation number"_s;
    QTest::newRow("no base url") << u"a@b.example"_s << ApiKey << ok << true << u"account API address"_s;
}

void TestActiveCampaignChannel::refused()
{
    QFETCH(QString, to);
    QFETCH(QString, key);
    QFETCH(QJsonObject, options);
    QFETCH(bool, noBaseUrl);
    QFETCH(QString, words);

    ActiveCampaignChannel channel(configFor(noBaseUrl ? QUrl() : m_fake->baseUrl(), options), key, m_network.get());
    const auto outcome = sendOne(channel, message(to));
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error && !outcome->error->retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->requestCount(), 0);
    verifyNoSecrets(*outcome, {u"s3cr3t"_s});
}

void TestActiveCampaignChannel::timeout()
{
    m_fake->setAutomationMode(FakeActiveCampaign::Mode::Hang);
    ActiveCampaignChannel channel(configFor(m_fake->baseUrl(), {{u"automationId"_s, 12}, {u"timeoutMs"_s, 300}}),
                                  ApiKey, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Timeout);
    QVERIFY(outcome->error->retryable);
    QCOMPARE(m_fake->requestCount(), 2);
}

void TestActiveCampaignChannel::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ActiveCampaignChannel channel(configFor(QUrl(u"http://127.0.0.1:%1"_s.arg(port))), ApiKey, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Network);
    QVERIFY(outcome->error->retryable);
}

void TestActiveCampaignChannel::checkConnection_data()
{
    QTest::addColumn<FakeActiveCampaign::Mode>("mode");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter"); // seconds; -1: none
    QTest::addColumn<QString>("words");  // the summary when accepted, else in the error message

    using M = FakeActiveCampaign::Mode;
    const QJsonObject ok{{u"automationId"_s, u"12"_s}};
    QTest::newRow("active automation") << M::Accept << ApiKey << ok << true << false << 200 << -1
                                       << u"the API key works and automation 12 “Order shipped” is active."_s;
    QTest::newRow("inactive automation") << M::Accept << ApiKey << QJsonObject{{u"automationId"_s, 13}} << false
                                         << false << 200 << -1 << u"automation 13 “Old flow” is inactive"_s;
    QTest::newRow("unknown automation") << M::Accept << ApiKey << QJsonObject{{u"automationId"_s, u"99"_s}} << false
                                        << false << 404 << -1 << u"no automation number 99"_s;
    QTest::newRow("wrong key") << M::Accept << u"wrong-s3cr3t-key"_s << ok << false << false << 403 << -1
                               << u"refused the API key"_s;
    QTest::newRow("429 Retry-After") << M::TooMany429Retry << ApiKey << ok << false << true << 429 << 2
                                     << u"limiting"_s;
    QTest::newRow("429") << M::TooMany429 << ApiKey << ok << false << true << 429 << -1 << u"limiting"_s;
    QTest::newRow("500") << M::ServerError500 << ApiKey << ok << false << true << 500 << -1
                         << u"temporary problem (HTTP 500)"_s;
    QTest::newRow("no key") << M::Accept << QString() << ok << false << false << 0 << -1 << u"No API key"_s;
    QTest::newRow("no automation") << M::Accept << ApiKey << QJsonObject() << false << false << 0 << -1
                                   << u"No automation number"_s;
}

void TestActiveCampaignChannel::checkConnection()
{
    QFETCH(FakeActiveCampaign::Mode, mode);
    QFETCH(QString, apiKey);
    QFETCH(QJsonObject, options);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QString, words);

    QVERIFY(ActiveCampaignChannel::typeInfo().canCheckConnection);
    m_fake->setMode(mode);
    QHash<QString, QJsonObject> automations{
        {u"12"_s, QJsonObject{{u"name"_s, u"Order shipped"_s}, {u"status"_s, u"1"_s}}},
        {u"13"_s, QJsonObject{{u"name"_s, u"Old flow"_s}, {u"status"_s, u"2"_s}}},
    };
    m_fake->setAutomations(automations);
    ActiveCampaignChannel channel(configFor(m_fake->baseUrl(), options), apiKey, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);

    QCOMPARE(result->accepted, accepted);
    QCOMPARE(result->httpStatus, status);
    if (status == 0) {
        QCOMPARE(m_fake->requestCount(), 0);
        QCOMPARE(result->error->code, ErrorCode::Config);
    } else {
        // One read of the automation: no contact synced, nobody added to an automation.
        QCOMPARE(m_fake->requestCount(), 1);
        const auto received = m_fake->requests().first();
        QCOMPARE(received.method, QByteArrayLiteral("GET"));
        QCOMPARE(received.path, "/api/3/automations/" + options.value(u"automationId"_s).toVariant().toByteArray());
        QCOMPARE(received.headers.value("api-token"), apiKey.toUtf8());
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

QTEST_GUILESS_MAIN(TestActiveCampaignChannel)
#include "tst_activecampaignchannel.moc"
