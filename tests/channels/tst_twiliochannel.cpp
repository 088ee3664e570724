#include "channels/twiliochannel.h"
#include "fakes/faketwilio.h"
#include "fakes/sendrecorder.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ErrorCode;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::TwilioChannel;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeTwilio;
using Tidings::Test::sendOne;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString AccountSid = u"AC0123456789abcdef0123456789abcdef"_s;
const QString AuthToken = u"tw-auth-s3cr3t-token-never-shown"_s;

// The Basic credential the channel sends, which must not show in an outcome either.
QString basicCredential()
{
    return QString::fromLatin1((AccountSid + u':' + AuthToken).toUtf8().toBase64());
}

Tidings::ChannelConfig configFor(const QUrl &baseUrl, const QJsonObject &extra = {})
{
    Tidings::ChannelConfig config;
    config.id = u"sms"_s;
    config.type = u"twilio"_s;
    config.name = u"Shop texts"_s;
    config.baseUrl = baseUrl;
    config.options = QJsonObject{{u"accountSid"_s, AccountSid}, {u"from"_s, u"+15005550006"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        config.options.insert(it.key(), it.value());
    }
    return config;
}

OutgoingMessage message(const QString &phone = u"+44 7700 900123"_s,
                        const QString &text = u"Your order #1042 has shipped."_s)
{
    OutgoingMessage message;
    message.notificationId = 42;
    message.toEmail = u"jane@customer.example"_s;
    message.toName = u"Jane Doe"_s;
    message.toPhone = phone;
    message.subject = u"Shipped"_s;
    message.text = text;
    return message;
}

} // namespace

class TestTwilioChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typeInfo();
    void segments_data();
    void segments();
    void phones_data();
    void phones();
    void requestShape();
    void messagingService();
    void answers_data();
    void answers();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void badConfig_data();
    void badConfig();
    void timeout();
    void connectionRefused();
    void checkConnection_data();
    void checkConnection();
    void checkConnectionSendsNoMessage();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeTwilio> m_fake;
};

void TestTwilioChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeTwilio>(AccountSid, AuthToken);
    QVERIFY(m_fake->listen());
}

void TestTwilioChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestTwilioChannel::typeInfo()
{
    const Tidings::ChannelTypeInfo info = TwilioChannel::typeInfo();
    QCOMPARE(info.type, u"twilio"_s);
    QCOMPARE(info.kind, Tidings::ChannelKind::Sms);
    QCOMPARE(info.defaultBaseUrl, QUrl(u"https://api.twilio.com"_s));
    QCOMPARE(info.secrets.size(), 1);
    QCOMPARE(info.secrets.first().name, u"authToken"_s);
    QCOMPARE(info.options.first().key, u"baseUrl"_s);
    QVERIFY(!info.setupSteps.isEmpty());
    QCOMPARE(TwilioChannel::messagesUrl({}, AccountSid).toString(),
             u"https://api.twilio.com/2010-04-01/Accounts/%1/Messages.json"_s.arg(AccountSid));
    QCOMPARE(TwilioChannel::messagesUrl(QUrl(u"https://relay.example/twilio/2010-04-01/"_s), AccountSid).path(),
             u"/twilio/2010-04-01/Accounts/%1/Messages.json"_s.arg(AccountSid));
}

void TestTwilioChannel::segments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unicode");
    QTest::addColumn<int>("count");

    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("gsm 160") << QString(160, u'a') << false << 1;
    QTest::newRow("gsm 161") << QString(161, u'a') << false << 2;
    QTest::newRow("gsm 306") << QString(306, u'a') << false << 2;
    QTest::newRow("gsm 307") << QString(307, u'a') << false << 3;
    QTest::newRow("gsm accents and £") << u"Café Zürich: £12 – no, wait"_s << true << 1; // the en dash is not GSM
    QTest::newRow("gsm extension counts twice") << QString(80, u'€') << false << 1;
    QTest::newRow("gsm extension 81") << QString(81, u'€') << false << 2;
    QTest::newRow("ucs2 70") << QString(70, u'ł') << true << 1;
    QTest::newRow("ucs2 71") << QString(71, u'ł') << true << 2;
    QTest::newRow("ucs2 134") << QString(134, u'ł') << true << 2;
    QTest::newRow("ucs2 135") << QString(135, u'ł') << true << 3;
    QTest::newRow("emoji is two units") << u"Shipped 📦"_s << true << 1;
}

void TestTwilioChannel::segments()
{
    QFETCH(QString, text);
    QFETCH(bool, unicode);
    QFETCH(int, count);
    const TwilioChannel::Segments segments = TwilioChannel::countSegments(text);
    QCOMPARE(segments.unicode, unicode);
    QCOMPARE(segments.count, count);
}

void TestTwilioChannel::phones_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("e164") << u"+447700900123"_s << u"+447700900123"_s;
    QTest::newRow("spaces, dashes, brackets") << u"+1 (415) 555-0100"_s << u"+14155550100"_s;
    QTest::newRow("no plus") << u"07700 900123"_s << QString();
    QTest::newRow("leading zero country") << u"+0447700900123"_s << QString();
    QTest::newRow("too long") << u"+1234567890123456"_s << QString();
    QTest::newRow("letters") << u"+44 7700 CALLME"_s << QString();
    QTest::newRow("line break") << u"+447700900123\r\nX: y"_s << QString();
    QTest::newRow("whatsapp prefix") << u"whatsapp:+447700900123"_s << QString();
}

void TestTwilioChannel::phones()
{
    QFETCH(QString, phone);
    QFETCH(QString, normalized);
    QCOMPARE(TwilioChannel::normalizedPhone(phone), normalized);
}

void TestTwilioChannel::requestShape()
{
    TwilioChannel channel(configFor(m_fake->baseUrl()), AuthToken, m_network.get());
    const auto outcome = sendOne(channel, message(u"+44 7700 900123"_s, u"Hej Åsa & Zoë: order #1042 = shipped 📦"_s));
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QCOMPARE(outcome->httpStatus, 201);
    QVERIFY(outcome->providerMessageId.startsWith(u"SM"_s));
    QCOMPARE(m_fake->requestCount(), 1);
    const FakeTwilio::ReceivedRequest request = m_fake->requests().first();
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QVERIFY(request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
    QCOMPARE(request.form.value(u"To"_s), u"+447700900123"_s);
    QCOMPARE(request.form.value(u"From"_s), u"+15005550006"_s);
    QCOMPARE(request.form.value(u"Body"_s), u"Hej Åsa & Zoë: order #1042 = shipped 📦"_s);
    QVERIFY(!request.form.contains(u"MessagingServiceSid"_s));
    QVERIFY(!request.form.contains(u"StatusCallback"_s));
    QVERIFY(request.body.contains("To=%2B447700900123"));
    verifyNoSecrets(*outcome, {u"s3cr3t"_s, basicCredential()});
}

void TestTwilioChannel::messagingService()
{
    const QString service = u"MG0123456789abcdef0123456789abcdef"_s;
    TwilioChannel channel(configFor(m_fake->baseUrl(), {{u"messagingServiceSid"_s, service}}), AuthToken,
                          m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome && outcome->accepted);
    QCOMPARE(m_fake->requests().first().form.value(u"MessagingServiceSid"_s), service);
    QVERIFY(!m_fake->requests().first().form.contains(u"From"_s));
}

void TestTwilioChannel::answers_data()
{
    QTest::addColumn<FakeTwilio::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("retryAfter"); // seconds; -1: none
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("detail");

    using M = FakeTwilio::Mode;
    const int rejected = int(ErrorCode::ProviderRejected);
    QTest::newRow("201 accepted") << M::Accept << true << false << -1 << -1 << QString() << QString();
    QTest::newRow("21211 invalid number") << M::InvalidNumber21211 << false << false << rejected << -1
                                          << u"phone number is not valid"_s << u"Twilio error 21211"_s;
    QTest::newRow("21614 not mobile") << M::NotMobile21614 << false << false << rejected << -1
                                      << u"not a mobile number"_s << u"Twilio error 21614"_s;
    QTest::newRow("21608 trial") << M::TrialUnverified21608 << false << false << rejected << -1 << u"trial account"_s
                                 << u"Twilio error 21608"_s;
    QTest::newRow("21610 stop") << M::Unsubscribed21610 << false << false << rejected << -1 << u"replied STOP"_s
                                << u"unsubscribed recipient"_s;
    QTest::newRow("20003 auth") << M::Auth20003 << false << false << rejected << -1
                                << u"refused the Account SID or auth token"_s << u"Twilio error 20003"_s;
    QTest::newRow("429 with Retry-After") << M::TooMany429Retry << false << true << int(ErrorCode::RateLimited) << 7
                                          << u"try again"_s << u"Twilio error 20429"_s;
    QTest::newRow("429 without Retry-After") << M::TooMany429 << false << true << int(ErrorCode::RateLimited) << -1
                                             << u"try again"_s << u"Twilio error 20429"_s;
    QTest::newRow("500") << M::ServerError500 << false << true << int(ErrorCode::ProviderFailed) << -1
                         << u"temporary problem (HTTP 500)"_s << u"Twilio error 20500"_s;
    QTest::newRow("malformed") << M::Malformed << false << false << rejected << -1
                               << u"Twilio refused the message (HTTP 400)."_s << u"<html>"_s;
}

void TestTwilioChannel::answers()
{
    QFETCH(FakeTwilio::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, retryAfter);
    QFETCH(QString, words);
    QFETCH(QString, detail);

    m_fake->setMode(mode);
    TwilioChannel channel(configFor(m_fake->baseUrl()), AuthToken, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QCOMPARE(outcome->accepted, accepted);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(outcome->httpStatus, m_fake->requests().first().answeredStatus);
    verifyNoSecrets(*outcome, {u"s3cr3t"_s, basicCredential()});
    if (accepted) {
        QVERIFY(!outcome->error);
        QCOMPARE(outcome->providerMessageId.size(), 34);
        return;
    }
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->retryable, retryable);
    QCOMPARE(int(outcome->error->code), code);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QVERIFY2(outcome->error->detail.contains(detail), qPrintable(errorText(*outcome)));
    QVERIFY(!outcome->error->message.contains(u"HTTP 4"_s) || outcome->error->message.size() > 20);
    if (retryAfter < 0) {
        QVERIFY(!outcome->retryAt);
    } else {
        QVERIFY(outcome->retryAt);
        QVERIFY(*outcome->retryAt >= before.addSecs(retryAfter - 1));
        QVERIFY(*outcome->retryAt <= QDateTime::currentDateTimeUtc().addSecs(retryAfter + 1));
    }
}

void TestTwilioChannel::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("words");

    QTest::newRow("no phone") << QString() << u"Hi"_s << QJsonObject() << u"has no phone number"_s;
    QTest::newRow("national number") << u"07700 900123"_s << u"Hi"_s << QJsonObject() << u"international form"_s;
    QTest::newRow("header injection in phone")
        << u"+447700900123\r\nBcc: x"_s << u"Hi"_s << QJsonObject() << u"international form"_s;
    QTest::newRow("no text") << u"+447700900123"_s << u"   "_s << QJsonObject() << u"has no text"_s;
    QTest::newRow("4 gsm parts over default 3")
        << u"+447700900123"_s << QString(460, u'a') << QJsonObject() << u"needs 4 SMS parts, more than the 3"_s;
    QTest::newRow("2 ucs2 parts over 1") << u"+447700900123"_s << QString(71, u'ż')
                                         << QJsonObject{{u"maxSegments"_s, 1}} << u"needs 2 SMS parts"_s;
}

void TestTwilioChannel::refusedBeforeSending()
{
    QFETCH(QString, phone);
    QFETCH(QString, text);
    QFETCH(QJsonObject, options);
    QFETCH(QString, words);

    TwilioChannel channel(configFor(m_fake->baseUrl(), options), AuthToken, m_network.get());
    const auto outcome = sendOne(channel, message(phone, text));
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error && !outcome->error->retryable);
    QCOMPARE(outcome->error->code, ErrorCode::InvalidInput);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestTwilioChannel::badConfig_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("words");

    QTest::newRow("no token") << QJsonObject() << QString() << QString() << u"No auth token"_s;
    QTest::newRow("token with line break")
        << QJsonObject() << u"abc\r\ndef"_s << QString() << u"spaces or line breaks"_s;
    QTest::newRow("bad account sid") << QJsonObject{{u"accountSid"_s, u"AC123/../x"_s}} << AuthToken << QString()
                                     << u"Account SID"_s;
    QTest::newRow("no sender") << QJsonObject{{u"from"_s, u""_s}} << AuthToken << QString() << u"No sending number"_s;
    QTest::newRow("sender with line break")
        << QJsonObject{{u"from"_s, u"+1500\r\nX: y"_s}} << AuthToken << QString() << u"line break"_s;
    QTest::newRow("bad service sid") << QJsonObject{{u"messagingServiceSid"_s, u"MG12"_s}} << AuthToken << QString()
                                     << u"Messaging Service SID"_s;
    QTest::newRow("cleartext remote") << QJsonObject() << AuthToken << u"http://api.twilio.com"_s << QString();
}

void TestTwilioChannel::badConfig()
{
    QFETCH(QJsonObject, options);
    QFETCH(QString, token);
    QFETCH(QString, baseUrl);
    QFETCH(QString, words);

    TwilioChannel channel(configFor(baseUrl.isEmpty() ? m_fake->baseUrl() : QUrl(baseUrl), options), token,
                          m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error && !outcome->error->retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->requestCount(), 0);
    verifyNoSecrets(*outcome, {u"s3cr3t"_s, basicCredential()});
}

void TestTwilioChannel::timeout()
{
    m_fake->setMode(FakeTwilio::Mode::Hang);
    TwilioChannel channel(configFor(m_fake->baseUrl(), {{u"timeoutMs"_s, 300}}), AuthToken, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Timeout);
    QVERIFY(outcome->error->retryable);
    QVERIFY(outcome->error->message.contains(u"Twilio"_s));
    verifyNoSecrets(*outcome, {u"s3cr3t"_s, basicCredential()});
}

void TestTwilioChannel::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    TwilioChannel channel(configFor(QUrl(u"http://127.0.0.1:%1"_s.arg(port))), AuthToken, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Network);
    QVERIFY(outcome->error->retryable);
    QVERIFY(outcome->error->message.contains(u"Twilio"_s));
}

void TestTwilioChannel::checkConnection_data()
{
    QTest::addColumn<FakeTwilio::Mode>("mode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("authToken");
    QTest::addColumn<QString>("accountSid");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("retryAt");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("words");

    using M = FakeTwilio::Mode;
    const QString active = u"active"_s;
    const QString full = u"Full"_s;
    const int rejected = int(ErrorCode::ProviderRejected);
    const int config = int(ErrorCode::Config);
    QTest::newRow("accepted") << M::Accept << active << full << AuthToken << AccountSid << true << -1 << false << false
                              << 1 << u"the Account SID and auth token of “The Shop” are valid."_s;
    QTest::newRow("accepted, trial") << M::Accept << active << u"Trial"_s << AuthToken << AccountSid << true << -1
                                     << false << false << 1 << u"a trial account"_s;
    QTest::newRow("suspended") << M::Accept << u"suspended"_s << full << AuthToken << AccountSid << false << rejected
                               << false << false << 1 << u"suspended"_s;
    QTest::newRow("closed") << M::Accept << u"closed"_s << full << AuthToken << AccountSid << false << rejected << false
                            << false << 1 << u"closed"_s;
    QTest::newRow("wrong token") << M::Accept << active << full << u"tw-wrong-s3cr3t"_s << AccountSid << false
                                 << rejected << false << false << 1 << u"refused the Account SID or auth token"_s;
    QTest::newRow("429 Retry-After") << M::TooMany429Retry << active << full << AuthToken << AccountSid << false
                                     << int(ErrorCode::RateLimited) << true << true << 1
                                     << u"Try the check again in a minute"_s;
    QTest::newRow("429 bare") << M::TooMany429 << active << full << AuthToken << AccountSid << false
                              << int(ErrorCode::RateLimited) << true << false << 1
                              << u"Try the check again in a minute"_s;
    QTest::newRow("500") << M::ServerError500 << active << full << AuthToken << AccountSid << false
                         << int(ErrorCode::ProviderFailed) << true << false << 1
                         << u"temporary problem (HTTP 500). Try the check again later."_s;
    QTest::newRow("no token") << M::Accept << active << full << QString() << AccountSid << false << config << false
                              << false << 0 << u"No auth token"_s;
    QTest::newRow("no account SID") << M::Accept << active << full << AuthToken << QString() << false << config << false
                                    << false << 0 << u"Account SID"_s;
}

void TestTwilioChannel::checkConnection()
{
    QFETCH(FakeTwilio::Mode, mode);
    QFETCH(QString, status);
    QFETCH(QString, type);
    QFETCH(QString, authToken);
    QFETCH(QString, accountSid);
    QFETCH(bool, accepted);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    QFETCH(bool, retryAt);
    QFETCH(int, requests);
    QFETCH(QString, words);

    QVERIFY(TwilioChannel::typeInfo().canCheckConnection);
    m_fake->setMode(mode);
    m_fake->setAccount(u"The Shop"_s, status, type);
    TwilioChannel channel(configFor(m_fake->baseUrl(), {{u"accountSid"_s, accountSid}}), authToken, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);

    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(result->accepted, accepted);
    if (accepted) {
        QVERIFY(!result->error);
        QVERIFY2(result->providerAnswer.contains(words), qPrintable(result->providerAnswer));
        QVERIFY(result->providerAnswer.endsWith(u'.'));
    } else {
        QVERIFY(result->error);
        QCOMPARE(int(result->error->code), code);
        QCOMPARE(result->error->retryable, retryable);
        QVERIFY2(result->error->message.contains(words), qPrintable(result->error->message));
    }
    QCOMPARE(result->retryAt.has_value(), retryAt);
    if (retryAt) {
        QVERIFY(*result->retryAt >= before.addSecs(6));
        QVERIFY(*result->retryAt <= QDateTime::currentDateTimeUtc().addSecs(8));
    }
    // The account resource carries the auth token: it must not come back in any text.
    verifyNoSecrets(*result, {u"s3cr3t"_s, basicCredential()});
    QCOMPARE(channel.pendingCount(), 0);
}

void TestTwilioChannel::checkConnectionSendsNoMessage()
{
    TwilioChannel channel(configFor(m_fake->baseUrl()), AuthToken, m_network.get());
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);
    QVERIFY2(result->accepted, qPrintable(result->error ? result->error->message : QString()));

    QCOMPARE(m_fake->requestCount(), 1);
    const FakeTwilio::ReceivedRequest request = m_fake->requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/2010-04-01/Accounts/" + AccountSid.toUtf8() + ".json"));
    QCOMPARE(request.headers.value("authorization"),
             QByteArray("Basic " + (AccountSid + u':' + AuthToken).toUtf8().toBase64()));
    QVERIFY(request.body.isEmpty());
    QCOMPARE(request.answeredStatus, 200);
}

QTEST_GUILESS_MAIN(TestTwilioChannel)
#include "tst_twiliochannel.moc"
