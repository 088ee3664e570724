#include "channels/channel.h"
#include "channels/gmailchannel.h"
#include "channels/mimemessage.h"
#include "fakes/fakegmail.h"
#include "fakes/sendrecorder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ChannelConfig;
using Tidings::ErrorCode;
using Tidings::GmailChannel;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeGmail;
using Tidings::Test::sendOne;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString RefreshToken = u"1//gmail-refresh-s3cr3t-that-must-not-leak"_s;
const QString ClientId = u"1234567890-tidings.apps.googleusercontent.com"_s;
const QString ClientSecret = u"GOCSPX-client-s3cr3t"_s;
const QString Address = u"orders@juniper-pine.example"_s;
const QStringList Secrets{u"s3cr3t"_s, u"ya29."_s};

ChannelConfig configFor(const FakeGmail &fake)
{
    ChannelConfig config;
    config.id = u"shop-gmail"_s;
    config.type = u"gmail"_s;
    config.name = u"Shop Gmail"_s;
    config.baseUrl = fake.baseUrl();
    config.fromEmail = Address;
    config.fromName = u"Juniper & Pine"_s;
    config.options.insert(u"clientId"_s, ClientId);
    config.options.insert(u"tokenUrl"_s, fake.tokenUrl().toString());
    return config;
}

OutgoingMessage message(qint64 id = 42)
{
    OutgoingMessage message;
    message.notificationId = id;
    message.toEmail = u"zoe@customer.example"_s;
    message.toName = u"Zoë Ångström"_s;
    message.subject = u"Your order #1042 has shipped — on its way"_s;
    message.text = u"Hello Zoë, your parcel is on its way."_s;
    message.html = u"<p>Hello Zoë, your parcel is on its way.</p>"_s;
    return message;
}

QByteArray headerOf(const QByteArray &mime, const QByteArray &name)
{
    const QByteArray head = mime.left(mime.indexOf("\r\n\r\n")).replace("\r\n ", " ");
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':'))) {
            return line.mid(name.size() + 1).trimmed();
        }
    }
    return {};
}

} // namespace

class TestGmailChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typeInfo();
    void requestShape();
    void bodyIsTheMimeMessage();
    void inlineLogo_data();
    void inlineLogo();
    void answers_data();
    void answers();
    void expiredAccessTokenIsRenewedOnce();
    void secondUnauthorizedIsPermanent();
    void tokenProblems_data();
    void tokenProblems();
    void concurrentSends_shareOneTokenRequest();
    void configProblems_data();
    void configProblems();
    void timeout();
    void checkConnection_data();
    void checkConnection();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeGmail> m_fake;
};

void TestGmailChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeGmail>(ClientId, ClientSecret, RefreshToken, Address);
    QVERIFY(m_fake->listen());
}

void TestGmailChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestGmailChannel::typeInfo()
{
    const Tidings::ChannelTypeInfo *info = Tidings::channelTypeInfo(u"gmail"_s);
    QVERIFY(info);
    QCOMPARE(info->kind, Tidings::ChannelKind::Email);
    QVERIFY(info->canCheckConnection);
    QCOMPARE(info->defaultBaseUrl, QUrl(u"https://gmail.googleapis.com"_s));
    QStringList secrets;
    for (const auto &secret : info->secrets) {
        secrets.append(secret.name);
    }
    QCOMPARE(secrets, (QStringList{u"refreshToken"_s, u"clientSecret"_s}));
    QCOMPARE(GmailChannel::sendUrl(QUrl(u"https://gmail.googleapis.com/"_s)),
             QUrl(u"https://gmail.googleapis.com/gmail/v1/users/me/messages/send"_s));
    QCOMPARE(GmailChannel::sendUrl(QUrl(u"http://127.0.0.1:9/prefix"_s)),
             QUrl(u"http://127.0.0.1:9/prefix/gmail/v1/users/me/messages/send"_s));
}

void TestGmailChannel::requestShape()
{
    GmailChannel channel(configFor(*m_fake), RefreshToken, ClientSecret, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QCOMPARE(outcome->httpStatus, 200);
    QCOMPARE(outcome->providerMessageId, u"18c0001f00d00d"_s);
    verifyNoSecrets(*outcome, Secrets);

    QCOMPARE(m_fake->requestCount(), 2);
    const auto token = m_fake->request(0);
    QCOMPARE(token.path, QByteArray("/token"));
    const QUrlQuery form(QString::fromUtf8(token.body));
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), ClientId);
    QCOMPARE(form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), ClientSecret);
    QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), RefreshToken);
    QVERIFY(!form.hasQueryItem(u"scope"_s)); // Google gives the scopes of the original consent

    const auto send = m_fake->request(1);
    QCOMPARE(send.method, QByteArray("POST"));
    QCOMPARE(send.path, QByteArray("/gmail/v1/users/me/messages/send"));
    QCOMPARE(send.headers.value("authorization"), QByteArray("Bearer ya29.gmail-access-1"));
    QVERIFY(send.headers.value("content-type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(send.body).object();
    QCOMPARE(body.keys(), QStringList{u"raw"_s});
    const QString raw = body.value(u"raw"_s).toString();
    QVERIFY(!raw.contains(u'+') && !raw.contains(u'/') && !raw.contains(u'=')); // base64url, unpadded

    const QByteArray mime = m_fake->messageOf(1);
    QVERIFY(headerOf(mime, "From").contains(Address.toUtf8()));
    QVERIFY(headerOf(mime, "To").contains("zoe@customer.example"));
    QVERIFY(headerOf(mime, "Subject").startsWith("=?UTF-8?B?")); // RFC 2047 for the non-ASCII subject
    QCOMPARE(headerOf(mime, "X-Tidings-Notification-Id"), QByteArray("42"));
    QVERIFY(headerOf(mime, "Content-Type").startsWith("multipart/alternative"));
}

void TestGmailChannel::bodyIsTheMimeMessage()
{
    const ChannelConfig config = configFor(*m_fake);
    GmailChannel channel(config, RefreshToken, ClientSecret, m_network.get());
    const QDateTime now(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    const auto body = channel.buildBody(message(), now, QByteArrayLiteral("0123456789abcdef"));
    QVERIFY(body);
    const auto built = Tidings::Mime::build(message(), config, now, QByteArrayLiteral("0123456789abcdef"));
    QVERIFY(built);
    const QString raw = QJsonDocument::fromJson(*body).object().value(u"raw"_s).toString();
    const auto decoded = QByteArray::fromBase64Encoding(raw.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                            QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, built->message);

    OutgoingMessage injected = message();
    injected.toEmail = u"zoe@customer.example\r\nBcc: all@victims.example"_s;
    QVERIFY(!channel.buildBody(injected));
}

void TestGmailChannel::inlineLogo_data()
{
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("structure");

    // What Python's strict email parser sees: the content types, depth first, and the image's Content-ID.
    QTest::newRow("text, html and logo")
        << QByteArray("image/png") << u"logo.png"_s << u"Hello"_s << true
        << u"multipart/related multipart/alternative text/plain text/html image/png <logo@tidings> logo.png"_s;
    QTest::newRow("html and logo") << QByteArray("image/jpeg") << QString() << QString() << true
                                   << u"multipart/related text/html image/jpeg <logo@tidings> None"_s;
    QTest::newRow("not an image") << QByteArray("text/html") << u"logo.png"_s << u"Hello"_s << false << QString();
    QTest::newRow("file name injection") << QByteArray("image/png") << u"logo\"; x=\"y.png"_s << u"Hello"_s << false
                                         << QString();
}

void TestGmailChannel::inlineLogo()
{
    QFETCH(QByteArray, mimeType);
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, structure);

    const QByteArray png =
        QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + QByteArray(300, '\x7f');
    OutgoingMessage outgoing = message();
    outgoing.text = text;
    outgoing.html = u"<img src=\"cid:logo@tidings\" alt=\"Juniper & Pine\"><p>Hello Zoë</p>"_s;
    outgoing.inlineImages = {{"logo@tidings", mimeType, png, fileName},
                             {"unused@tidings", "image/png", QByteArray(5000, 'u'), u"unused.png"_s}};
    const ChannelConfig config = configFor(*m_fake);
    const auto built = Tidings::Mime::build(outgoing, config);
    QCOMPARE(built.ok(), ok);
    if (!ok) {
        QCOMPARE(built.error().code, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY(!built->message.contains("unused")); // only what the HTML shows goes in

    QProcess python;
    python.start(u"python3"_s, {u"-c"_s,
                                u"import email, email.policy, sys\n"
                                "m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.strict)\n"
                                "out = []\n"
                                "for part in m.walk():\n"
                                "    out.append(part.get_content_type())\n"
                                "    if part['Content-ID']:\n"
                                "        out += [part['Content-ID'], str(part.get_filename())]\n"
                                "        assert part.get_content().hex() == sys.argv[1]\n"
                                "assert not m.defects, m.defects\n"
                                "print(' '.join(out))\n"_s,
                                QString::fromLatin1(png.toHex())});
    QVERIFY(python.waitForStarted());
    python.write(built->message);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(20000));
    const QByteArray errors = python.readAllStandardError();
    QVERIFY2(python.exitCode() == 0, errors.constData());
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), structure);

    // And through Gmail: the same message arrives.
    GmailChannel channel(config, RefreshToken, ClientSecret, m_network.get());
    const auto outcome = sendOne(channel, outgoing);
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QVERIFY(m_fake->messageOf(m_fake->sendRequests().constFirst()).contains("Content-ID: <logo@tidings>"));
}

void TestGmailChannel::answers_data()
{
    QTest::addColumn<FakeGmail::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("retryAt");

    using M = FakeGmail::Mode;
    const int rejected = int(ErrorCode::ProviderRejected);
    const int limited = int(ErrorCode::RateLimited);
    const int failed = int(ErrorCode::ProviderFailed);
    QTest::newRow("200") << M::Accept << true << false << -1 << 200 << QString() << QString() << false;
    QTest::newRow("400 invalid To") << M::InvalidTo400 << false << false << rejected << 400
                                    << u"Gmail rejected the message: Invalid To header"_s
                                    << u"INVALID_ARGUMENT/invalidArgument"_s << false;
    QTest::newRow("403 scope") << M::Insufficient403 << false << false << rejected << 403
                               << u"Send email on your behalf"_s << u"insufficientPermissions"_s << false;
    QTest::newRow("403 domain policy") << M::DomainPolicy403 << false << false << rejected << 403
                                       << u"Workspace administrator"_s << u"domainPolicy"_s << false;
    QTest::newRow("403 user rate") << M::UserRateLimit403 << false << true << limited << 403 << u"limiting how fast"_s
                                   << u"userRateLimitExceeded"_s << false;
    QTest::newRow("403 daily") << M::DailyLimit403 << false << true << limited << 403 << u"quota for today"_s
                               << u"dailyLimitExceeded"_s << false;
    QTest::newRow("429 Retry-After") << M::RateLimited429 << false << true << limited << 429 << u"limiting how fast"_s
                                     << u"rateLimitExceeded"_s << true;
    QTest::newRow("429 bare") << M::RateLimited429Bare << false << true << limited << 429 << u"limiting how fast"_s
                              << u"RESOURCE_EXHAUSTED"_s << false;
    QTest::newRow("500") << M::Backend500 << false << true << failed << 500 << u"temporary problem (HTTP 500)"_s
                         << u"backendError"_s << false;
    QTest::newRow("503 Retry-After") << M::Unavailable503 << false << true << failed << 503
                                     << u"temporary problem (HTTP 503)"_s << u"UNAVAILABLE"_s << true;
    QTest::newRow("502 html") << M::Malformed502 << false << true << failed << 502 << u"temporary problem (HTTP 502)"_s
                              << u"502 Bad Gateway"_s << false;
}

void TestGmailChannel::answers()
{
    QFETCH(FakeGmail::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, words);
    QFETCH(QString, detail);
    QFETCH(bool, retryAt);

    m_fake->setMode(mode);
    m_fake->setRetryAfterSeconds(30);
    GmailChannel channel(configFor(*m_fake), RefreshToken, ClientSecret, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QCOMPARE(outcome->accepted, accepted);
    QCOMPARE(outcome->httpStatus, httpStatus);
    verifyNoSecrets(*outcome, Secrets);
    if (accepted) {
        QVERIFY(!outcome->error);
        return;
    }
    QVERIFY(outcome->error);
    QCOMPARE(int(outcome->error->code), code);
    QCOMPARE(outcome->error->retryable, retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QVERIFY2(outcome->error->detail.contains(detail), qPrintable(errorText(*outcome)));
    QCOMPARE(outcome->retryAt.has_value(), retryAt);
    if (retryAt) {
        QVERIFY(*outcome->retryAt >= before.addSecs(29));
    }
    QCOMPARE(m_fake->sendRequests().size(), 1);
}

void TestGmailChannel::expiredAccessTokenIsRenewedOnce()
{
    GmailChannel channel(configFor(*m_fake), RefreshToken, ClientSecret, m_network.get());
    QVERIFY(sendOne(channel, message(1))->accepted);
    QVERIFY(sendOne(channel, message(2))->accepted);
    QCOMPARE(m_fake->tokensIssued(), 1); // the access token is reused

    m_fake->queueModes({FakeGmail::Mode::TokenExpired401});
    const auto outcome = sendOne(channel, message(3));
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->tokensIssued(), 2);
    QCOMPARE(m_fake->sendRequests().size(), 4);
    QCOMPARE(channel.currentRefreshToken(), RefreshToken); // Google does not rotate it
}

void TestGmailChannel::secondUnauthorizedIsPermanent()
{
    m_fake->setMode(FakeGmail::Mode::TokenExpired401);
    GmailChannel channel(configFor(*m_fake), RefreshToken, ClientSecret, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QCOMPARE(outcome->httpStatus, 401);
    QVERIFY(outcome->error);
    QVERIFY(!outcome->error->retryable);
    QVERIFY2(outcome->error->message.contains(u"Sign in again"_s), qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->sendRequests().size(), 2); // once, then once more with a new token, no more
    verifyNoSecrets(*outcome, Secrets);
}

void TestGmailChannel::tokenProblems_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("holdChannel"); // the queue waits for the owner to sign in again

    QTest::newRow("revoked") << u"revoked"_s << false << u"no longer accepts the sign-in"_s << true;
    QTest::newRow("wrong client secret") << u"secret"_s << false << u"client ID or client secret"_s << true;
    QTest::newRow("token endpoint down") << u"down"_s << true << u"Google"_s << false;
}

void TestGmailChannel::tokenProblems()
{
    QFETCH(QString, problem);
    QFETCH(bool, retryable);
    QFETCH(QString, words);

    QString secret = ClientSecret;
    if (problem == u"revoked"_s) {
        m_fake->revokeRefreshToken();
    } else if (problem == u"secret"_s) {
        secret = u"GOCSPX-wrong-s3cr3t"_s;
    } else {
        m_fake->failNextTokenRequest();
    }
    GmailChannel channel(configFor(*m_fake), RefreshToken, secret, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->retryable, retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QTEST(outcome->holdChannel, "holdChannel");
    QVERIFY(m_fake->sendRequests().isEmpty());
    verifyNoSecrets(*outcome, Secrets);
}

void TestGmailChannel::concurrentSends_shareOneTokenRequest()
{
    GmailChannel channel(configFor(*m_fake), RefreshToken, ClientSecret, m_network.get());
    SendRecorder recorder;
    for (int i = 0; i < 3; ++i) {
        channel.send(message(), recorder.callback(i));
    }
    QTRY_VERIFY(recorder.has(0) && recorder.has(1) && recorder.has(2));
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(recorder.outcome(i).accepted, qPrintable(errorText(recorder.outcome(i))));
        QCOMPARE(recorder.calls(i), 1);
    }
    QCOMPARE(channel.tokenRequests(), 1);
    QCOMPARE(m_fake->sendRequests().size(), 3);
}

void TestGmailChannel::configProblems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("words");

    QTest::newRow("not signed in") << u"refreshToken"_s << u"not signed in to Google"_s;
    QTest::newRow("no client id") << u"clientId"_s << u"No OAuth client ID"_s;
    QTest::newRow("no address") << u"fromEmail"_s << u"No Gmail address"_s;
    QTest::newRow("plain http elsewhere") << u"baseUrl"_s << u"https"_s;
}

void TestGmailChannel::configProblems()
{
    QFETCH(QString, change);
    QFETCH(QString, words);

    ChannelConfig config = configFor(*m_fake);
    QString refreshToken = RefreshToken;
    if (change == u"refreshToken"_s) {
        refreshToken.clear();
    } else if (change == u"clientId"_s) {
        config.options.remove(u"clientId"_s);
    } else if (change == u"fromEmail"_s) {
        config.fromEmail.clear();
    } else {
        config.baseUrl = QUrl(u"http://gmail.example.com"_s);
    }
    GmailChannel channel(config, refreshToken, ClientSecret, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Config);
    QVERIFY(!outcome->error->retryable);
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestGmailChannel::timeout()
{
    m_fake->setMode(FakeGmail::Mode::Hang);
    ChannelConfig config = configFor(*m_fake);
    config.options.insert(u"timeoutMs"_s, 300);
    GmailChannel channel(config, RefreshToken, ClientSecret, m_network.get());
    const auto outcome = sendOne(channel, message(), 5000);
    QVERIFY(outcome);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Timeout);
    QVERIFY(outcome->error->retryable);
    QTRY_COMPARE(m_fake->hungCount(), 0);
}

void TestGmailChannel::checkConnection_data()
{
    QTest::addColumn<QString>("grantedScope");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("words");

    QTest::newRow("may send") << u"https://www.googleapis.com/auth/gmail.send"_s << false << true
                              << u"signed in to Google"_s;
    QTest::newRow("full mail scope") << u"openid https://mail.google.com/"_s << false << true
                                     << u"signed in to Google"_s;
    QTest::newRow("read-only consent") << u"https://www.googleapis.com/auth/gmail.readonly"_s << false << false
                                       << u"sending mail was not allowed"_s;
    QTest::newRow("revoked") << u"https://www.googleapis.com/auth/gmail.send"_s << true << false << u"Sign in again"_s;
}

void TestGmailChannel::checkConnection()
{
    QFETCH(QString, grantedScope);
    QFETCH(bool, revoked);
    QFETCH(bool, connected);
    QFETCH(QString, words);

    m_fake->setGrantedScope(grantedScope);
    if (revoked) {
        m_fake->revokeRefreshToken();
    }
    GmailChannel channel(configFor(*m_fake), RefreshToken, ClientSecret, m_network.get());
    if (!revoked) {
        // A token the channel already holds proves nothing: the check asks for a fresh one.
        const auto first = sendOne(channel, message());
        QVERIFY(first && first->accepted);
    }
    const int tokensBefore = m_fake->tokensIssued();
    const int sendsBefore = static_cast<int>(m_fake->sendRequests().size());

    const std::optional<SendOutcome> outcome = checkOne(channel);
    QVERIFY(outcome);
    QCOMPARE(outcome->accepted, connected);
    const QString text = outcome->accepted ? outcome->providerAnswer : errorText(*outcome);
    QVERIFY2(text.contains(words), qPrintable(text));
    QCOMPARE(m_fake->sendRequests().size(), sendsBefore); // nothing sent
    if (!revoked) {
        QCOMPARE(m_fake->tokensIssued(), tokensBefore + 1);
    }
    verifyNoSecrets(*outcome, Secrets);
}

QTEST_GUILESS_MAIN(TestGmailChannel)
#include "tst_gmailchannel.moc"
