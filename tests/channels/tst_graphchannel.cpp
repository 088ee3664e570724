#include "channels/graphchannel.h"
#include "fakes/fakegraph.h"
#include "fakes/inlineimages.h"
#include "fakes/sendrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ChannelAnswer;
using Tidings::ErrorCode;
using Tidings::GraphChannel;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeGraph;
using Tidings::Test::sendOne;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString RefreshToken = u"rt-initial-s3cr3t-that-must-not-leak"_s;
const QString ClientId = u"11111111-2222-3333-4444-555555555555"_s;
const QString Tenant = u"contoso.onmicrosoft.com"_s;
// What must never show in an outcome: the refresh tokens, access tokens and anything marked s3cr3t.
const QStringList Secrets{u"s3cr3t"_s, u"graph-access-"_s, u"rt-1"_s, u"rt-2"_s};

Tidings::ChannelConfig configFor(const QUrl &baseUrl)
{
    Tidings::ChannelConfig config;
    config.id = u"graph-main"_s;
    config.type = u"graph"_s;
    config.name = u"Shop mailbox"_s;
    config.baseUrl = baseUrl;
    config.options.insert(u"clientId"_s, ClientId);
    config.options.insert(u"tenant"_s, Tenant);
    config.options.insert(u"authorityUrl"_s, baseUrl.toString());
    return config;
}

OutgoingMessage message(qint64 id = 42)
{
    OutgoingMessage message;
    message.notificationId = id;
    message.toEmail = u"jane@customer.example"_s;
    message.toName = u"Jane Doe"_s;
    message.subject = u"Your order #1042 has shipped"_s;
    message.text = u"Hello Jane, your parcel is on its way."_s;
    message.html = u"<p>Hello Jane, your parcel is on its way.</p>"_s;
    return message;
}

QUrlQuery tokenForm(const FakeGraph &fake, int index)
{
    return QUrlQuery(QString::fromUtf8(fake.request(index).body));
}

} // namespace

class TestGraphChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answers_data();
    void answers();
    void requestShape();
    void textOnlyNonAsciiAndNoCopy();
    void urls();
    void inlineImages_data();
    void inlineImages();
    void fakeChecksAttachments_data();
    void fakeChecksAttachments();
    void tokenIsCachedAndRotatedTokenUsed();
    void expiredAccessTokenIsRenewedOnce();
    void secondUnauthorizedIsPermanent();
    void revokedRefreshTokenIsPermanent();
    void tokenEndpointTroubleIsRetryable();
    void concurrentSends_shareOneTokenRequest_data();
    void concurrentSends_shareOneTokenRequest();
    void refusedSignIn_holdsTheChannel_data();
    void refusedSignIn_holdsTheChannel();
    void classifyWithoutServer_data();
    void classifyWithoutServer();
    void timeout();
    void connectionRefused();
    void lineBreaksAreRefused_data();
    void lineBreaksAreRefused();
    void configProblems_data();
    void configProblems();
    void destroyedMidRequestAnswersOnce();
    void checkConnection_data();
    void checkConnection();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeGraph> m_fake;
};

void TestGraphChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeGraph>(Tenant, ClientId, RefreshToken);
    QVERIFY(m_fake->listen());
}

void TestGraphChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestGraphChannel::answers_data()
{
    QTest::addColumn<FakeGraph::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("retryAt");

    using M = FakeGraph::Mode;
    const int rejected = int(ErrorCode::ProviderRejected);
    const int failed = int(ErrorCode::ProviderFailed);
    QTest::newRow("202") << M::Accept << true << false << -1 << 202 << QString() << false;
    QTest::newRow("400 recipients") << M::InvalidRecipients << false << false << rejected << 400
                                    << u"refused the recipient address: At least one recipient"_s << false;
    QTest::newRow("403 access denied") << M::AccessDenied403 << false << false << rejected << 403 << u"Mail.Send"_s
                                       << false;
    QTest::newRow("404 no mailbox") << M::MailboxNotEnabled << false << false << rejected << 404
                                    << u"no Exchange Online mailbox"_s << false;
    QTest::newRow("quota") << M::QuotaExceeded << false << false << rejected << 403 << u"mailbox is full"_s << false;
    QTest::newRow("429 Retry-After") << M::Throttled429 << false << true << int(ErrorCode::RateLimited) << 429
                                     << u"limiting how fast"_s << true;
    QTest::newRow("429 bare") << M::Throttled429Bare << false << true << int(ErrorCode::RateLimited) << 429
                              << u"limiting how fast"_s << false;
    QTest::newRow("503 Retry-After") << M::Unavailable503 << false << true << failed << 503
                                     << u"temporary problem (HTTP 503)"_s << true;
    QTest::newRow("504 html") << M::GatewayTimeout504 << false << true << failed << 504
                              << u"temporary problem (HTTP 504)"_s << false;
    QTest::newRow("500 malformed") << M::Malformed500 << false << true << failed << 500
                                   << u"temporary problem (HTTP 500)"_s << false;
}

void TestGraphChannel::answers()
{
    QFETCH(FakeGraph::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, words);
    QFETCH(bool, retryAt);

    m_fake->setMode(mode);
    m_fake->setRetryAfterSeconds(30);
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    channel.send(message(), recorder.callback(0));
    QVERIFY(!recorder.has(0));
    QTRY_VERIFY(recorder.has(0));

    const SendOutcome &outcome = recorder.outcome(0);
    QCOMPARE(outcome.accepted, accepted);
    QCOMPARE(outcome.httpStatus, httpStatus);
    QCOMPARE(m_fake->sendMailRequests().size(), 1);
    QCOMPARE(m_fake->tokensIssued(), 1);
    if (accepted) {
        QVERIFY(!outcome.error);
        QVERIFY(outcome.providerMessageId.isEmpty());
        QVERIFY(outcome.providerAnswer.contains(u"request-id"_s));
        QCOMPARE(m_fake->acceptedCount(), 1);
    } else {
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->retryable, retryable);
        QCOMPARE(int(outcome.error->code), code);
        QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
        QVERIFY(!outcome.error->detail.isEmpty());
        QCOMPARE(m_fake->acceptedCount(), 0);
    }
    QCOMPARE(outcome.retryAt.has_value(), retryAt);
    if (retryAt) {
        QVERIFY(*outcome.retryAt >= before.addSecs(29));
        QVERIFY(*outcome.retryAt <= QDateTime::currentDateTimeUtc().addSecs(31));
    }
    verifyNoSecrets(outcome, Secrets);
    QCOMPARE(channel.pendingCount(), 0);
    QCOMPARE(recorder.calls(0), 1);
}

void TestGraphChannel::requestShape()
{
    auto config = configFor(m_fake->baseUrl());
    config.replyTo = u"help@shop.example"_s;
    GraphChannel channel(config, RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(4711), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(recorder.outcome(0).providerAnswer));
    QCOMPARE(m_fake->requestCount(), 2);

    const auto tokenRequest = m_fake->request(0);
    QCOMPARE(tokenRequest.method, QByteArray("POST"));
    QCOMPARE(tokenRequest.path, QByteArray("/contoso.onmicrosoft.com/oauth2/v2.0/token"));
    const QUrlQuery form = tokenForm(*m_fake, 0);
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), RefreshToken);
    QCOMPARE(form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), ClientId);
    QCOMPARE(form.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
             u"https://graph.microsoft.com/Mail.Send offline_access"_s);
    QVERIFY(!form.hasQueryItem(u"client_secret"_s));

    const auto send = m_fake->request(1);
    QCOMPARE(send.method, QByteArray("POST"));
    QCOMPARE(send.path, QByteArray("/v1.0/me/sendMail"));
    QCOMPARE(send.headers.value("authorization"), QByteArray("Bearer graph-access-1"));
    QVERIFY(send.headers.value("content-type").startsWith("application/json"));
    const QJsonObject body = m_fake->bodyOf(1);
    QCOMPARE(body.value(u"saveToSentItems"_s), QJsonValue(true));
    const QJsonObject mail = body.value(u"message"_s).toObject();
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Your order #1042 has shipped"_s);
    QCOMPARE(mail.value(u"body"_s).toObject(),
             (QJsonObject{{u"contentType"_s, u"HTML"_s}, {u"content"_s, message().html}}));
    QCOMPARE(mail.value(u"toRecipients"_s).toArray(),
             (QJsonArray{QJsonObject{{u"emailAddress"_s, QJsonObject{{u"address"_s, u"jane@customer.example"_s},
                                                                     {u"name"_s, u"Jane Doe"_s}}}}}));
    QCOMPARE(mail.value(u"replyTo"_s).toArray(),
             (QJsonArray{QJsonObject{{u"emailAddress"_s, QJsonObject{{u"address"_s, u"help@shop.example"_s}}}}}));
    QCOMPARE(mail.value(u"internetMessageHeaders"_s).toArray(),
             (QJsonArray{QJsonObject{{u"name"_s, u"x-tidings-notification-id"_s}, {u"value"_s, u"4711"_s}}}));
}

void TestGraphChannel::textOnlyNonAsciiAndNoCopy()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"saveToSentItems"_s, false);
    GraphChannel channel(config, RefreshToken, u"client-s3cr3t"_s, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.html.clear();
    outgoing.toName = u"Zoë Ångström, 山田"_s;
    outgoing.subject = u"Ihre Bestellung ist unterwegs ✓"_s;
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).accepted);
    QCOMPARE(tokenForm(*m_fake, 0).queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), u"client-s3cr3t"_s);
    const QJsonObject body = m_fake->bodyOf(1);
    QCOMPARE(body.value(u"saveToSentItems"_s), QJsonValue(false));
    const QJsonObject mail = body.value(u"message"_s).toObject();
    QCOMPARE(mail.value(u"subject"_s).toString(), outgoing.subject);
    QCOMPARE(mail.value(u"body"_s).toObject().value(u"contentType"_s).toString(), u"Text"_s);
    QCOMPARE(mail.value(u"body"_s).toObject().value(u"content"_s).toString(), outgoing.text);
    QCOMPARE(mail.value(u"toRecipients"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"emailAddress"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             outgoing.toName);
    QVERIFY(!mail.contains(u"replyTo"_s));
}

void TestGraphChannel::inlineImages_data()
{
    Tidings::Test::addInlineImageRows();
}

void TestGraphChannel::inlineImages()
{
    QFETCH(QByteArray, mimeType);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(bool, referenced);
    QFETCH(bool, refused);
    QFETCH(QString, name);

    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    const OutgoingMessage outgoing = Tidings::Test::withInlineLogo(message(), mimeType, data, fileName, referenced);
    const auto outcome = sendOne(channel, outgoing);
    QVERIFY(outcome);
    if (refused) {
        QVERIFY(Tidings::Test::refusedForGood(*outcome));
        QCOMPARE(m_fake->requestCount(), 0); // not even a token
        return;
    }
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->sendMailRequests().size(), 1);
    const QJsonObject mail = m_fake->bodyOf(m_fake->sendMailRequests().first()).value(u"message"_s).toObject();
    QCOMPARE(mail.value(u"body"_s).toObject().value(u"content"_s).toString(), outgoing.html);
    if (!referenced) {
        QVERIFY(!mail.contains(u"attachments"_s)); // the body is what it is without images
        return;
    }
    const QJsonArray attachments = mail.value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1); // not the image the HTML does not show
    const QJsonObject logo = attachments.at(0).toObject();
    QCOMPARE(logo.value(u"@odata.type"_s).toString(), u"#microsoft.graph.fileAttachment"_s);
    QCOMPARE(logo.value(u"contentId"_s).toString(), QString::fromLatin1(Tidings::Test::LogoContentId));
    QCOMPARE(logo.value(u"isInline"_s), QJsonValue(true));
    QCOMPARE(logo.value(u"contentType"_s).toString(), QString::fromLatin1(mimeType.toLower()));
    QCOMPARE(logo.value(u"name"_s).toString(), name);
    const auto decoded = QByteArray::fromBase64Encoding(logo.value(u"contentBytes"_s).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, data);
}

void TestGraphChannel::fakeChecksAttachments_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("no @odata.type") << u"@odata.type"_s << QJsonValue() << u"RequestBodyRead"_s;
    QTest::newRow("item attachment") << u"@odata.type"_s << QJsonValue(u"#microsoft.graph.itemAttachment"_s)
                                     << u"RequestBodyRead"_s;
    QTest::newRow("no name") << u"name"_s << QJsonValue() << u"ErrorRequiredPropertyMissing"_s;
    QTest::newRow("no contentBytes") << u"contentBytes"_s << QJsonValue() << u"RequestBodyRead"_s;
    QTest::newRow("contentBytes not base64")
        << u"contentBytes"_s << QJsonValue(u"not base64!"_s) << u"RequestBodyRead"_s;
    QTest::newRow("isInline a string") << u"isInline"_s << QJsonValue(u"true"_s) << u"RequestBodyRead"_s;
    QTest::newRow("inline without contentId") << u"contentId"_s << QJsonValue() << u"ErrorRequiredPropertyMissing"_s;
}

void TestGraphChannel::fakeChecksAttachments()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);

    // A send through the channel gets an access token the fake knows.
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    const auto first = sendOne(channel, message());
    QVERIFY(first && first->accepted);

    QJsonObject attachment{{u"@odata.type"_s, u"#microsoft.graph.fileAttachment"_s},
                           {u"name"_s, u"logo.png"_s},
                           {u"contentType"_s, u"image/png"_s},
                           {u"contentBytes"_s, QString::fromLatin1(Tidings::Test::pngLogo().toBase64())},
                           {u"isInline"_s, true},
                           {u"contentId"_s, u"logo@tidings"_s}};
    if (value.isNull()) { // a null value: leave the member out
        attachment.remove(member);
    } else {
        attachment.insert(member, value);
    }
    QJsonObject mail = m_fake->bodyOf(m_fake->sendMailRequests().first());
    QJsonObject inner = mail.value(u"message"_s).toObject();
    inner.insert(u"attachments"_s, QJsonArray{attachment});
    mail.insert(u"message"_s, inner);

    QNetworkRequest request(channel.endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer graph-access-1");
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, QJsonDocument(mail).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QCOMPARE(m_fake->acceptedCount(), 1);
}

void TestGraphChannel::urls()
{
    QCOMPARE(GraphChannel::sendMailUrl(QUrl()), QUrl(u"https://graph.microsoft.com/v1.0/me/sendMail"_s));
    QCOMPARE(GraphChannel::sendMailUrl(QUrl(u"https://graph.microsoft.us/v1.0/"_s)),
             QUrl(u"https://graph.microsoft.us/v1.0/me/sendMail"_s));
    QCOMPARE(GraphChannel::sendMailUrl(QUrl(u"http://127.0.0.1:9/relay/?x#y"_s)),
             QUrl(u"http://127.0.0.1:9/relay/v1.0/me/sendMail"_s));
    QCOMPARE(GraphChannel::tokenUrlFor(QUrl(), QString()),
             QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s));
    QCOMPARE(GraphChannel::tokenUrlFor(QUrl(u"https://login.microsoftonline.us/"_s), u"organizations"_s),
             QUrl(u"https://login.microsoftonline.us/organizations/oauth2/v2.0/token"_s));
    Tidings::ChannelConfig config;
    config.options.insert(u"clientId"_s, ClientId);
    GraphChannel defaults(config, RefreshToken, {}, m_network.get());
    QCOMPARE(defaults.tokenUrl(), QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s));
    QCOMPARE(defaults.endpoint(), QUrl(u"https://graph.microsoft.com/v1.0/me/sendMail"_s));
}

void TestGraphChannel::tokenIsCachedAndRotatedTokenUsed()
{
    // Microsoft rotates refresh tokens; this fake also revokes each one once used, so a second refresh only
    // works with the newest token.
    m_fake->setRevokeUsedRefreshTokens(true);
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(1), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    channel.send(message(2), recorder.callback(1));
    QTRY_VERIFY(recorder.has(1));
    QVERIFY(recorder.outcome(0).accepted);
    QVERIFY(recorder.outcome(1).accepted);
    QCOMPARE(m_fake->tokensIssued(), 1); // the access token was reused
    QCOMPARE(channel.currentRefreshToken(), u"rt-1"_s);

    // A token that expires within a minute is renewed before the next send, with the rotated refresh token.
    m_fake->setExpiresInSeconds(30);
    m_fake->queueModes({FakeGraph::Mode::TokenExpired401});
    channel.send(message(3), recorder.callback(2));
    QTRY_VERIFY(recorder.has(2));
    QVERIFY2(recorder.outcome(2).accepted, qPrintable(errorText(recorder.outcome(2))));
    QCOMPARE(m_fake->tokensIssued(), 2);
    channel.send(message(4), recorder.callback(3));
    QTRY_VERIFY(recorder.has(3));
    QVERIFY2(recorder.outcome(3).accepted, qPrintable(errorText(recorder.outcome(3))));
    QCOMPARE(m_fake->tokensIssued(), 3); // expires_in 30 s: renewed at once
    QCOMPARE(channel.currentRefreshToken(), u"rt-3"_s);

    QStringList used;
    for (int i = 0; i < m_fake->requestCount(); ++i) {
        if (m_fake->request(i).path.endsWith("/token")) {
            used.append(tokenForm(*m_fake, i).queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded));
        }
    }
    QCOMPARE(used, (QStringList{RefreshToken, u"rt-1"_s, u"rt-2"_s}));
    for (int i = 0; i < 4; ++i) {
        verifyNoSecrets(recorder.outcome(i), Secrets);
    }
}

void TestGraphChannel::expiredAccessTokenIsRenewedOnce()
{
    m_fake->queueModes({FakeGraph::Mode::TokenExpired401});
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).accepted);
    QCOMPARE(recorder.outcome(0).httpStatus, 202);
    QCOMPARE(m_fake->tokensIssued(), 2);
    QCOMPARE(m_fake->sendMailRequests().size(), 2);
    QCOMPARE(m_fake->acceptedCount(), 1);
    QCOMPARE(recorder.calls(0), 1);
}

void TestGraphChannel::secondUnauthorizedIsPermanent()
{
    m_fake->setMode(FakeGraph::Mode::TokenExpired401);
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QCOMPARE(outcome.httpStatus, 401);
    QVERIFY(outcome.error);
    QVERIFY(!outcome.error->retryable);
    QVERIFY(outcome.error->message.contains(u"Sign in again"_s));
    QVERIFY(outcome.error->detail.contains(u"InvalidAuthenticationToken"_s));
    QCOMPARE(m_fake->sendMailRequests().size(), 2); // once, then once more with a new token, no more
    verifyNoSecrets(outcome, Secrets);
}

void TestGraphChannel::revokedRefreshTokenIsPermanent()
{
    m_fake->revokeAllRefreshTokens();
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(!outcome.accepted);
    QVERIFY(outcome.error);
    QVERIFY(!outcome.error->retryable);
    QVERIFY2(outcome.error->message.contains(u"Microsoft"_s), qPrintable(errorText(outcome)));
    QVERIFY(m_fake->sendMailRequests().isEmpty());
    verifyNoSecrets(outcome, Secrets);
}

void TestGraphChannel::tokenEndpointTroubleIsRetryable()
{
    m_fake->failNextTokenRequest();
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).error);
    QVERIFY(recorder.outcome(0).error->retryable);
    QVERIFY(m_fake->sendMailRequests().isEmpty());
    verifyNoSecrets(recorder.outcome(0), Secrets);
    channel.send(message(), recorder.callback(1));
    QTRY_VERIFY(recorder.has(1));
    QVERIFY(recorder.outcome(1).accepted);
}

void TestGraphChannel::concurrentSends_shareOneTokenRequest_data()
{
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("rotating"); // Microsoft's rotation, each refresh token spent once used

    QTest::newRow("token") << false << false;
    QTest::newRow("token, rotating refresh tokens") << false << true;
    QTest::newRow("refused refresh token") << true << false;
}

void TestGraphChannel::concurrentSends_shareOneTokenRequest()
{
    QFETCH(bool, revoked);
    QFETCH(bool, rotating);
    m_fake->setRevokeUsedRefreshTokens(rotating);
    if (revoked) {
        m_fake->revokeAllRefreshTokens();
    }
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    QSignalSpy rotated(&channel, &GraphChannel::secretChanged);
    constexpr int Sends = 4;
    SendRecorder recorder;
    for (int i = 0; i < Sends; ++i) {
        channel.send(message(i + 1), recorder.callback(i));
    }
    for (int i = 0; i < Sends; ++i) {
        QTRY_VERIFY(recorder.has(i));
    }
    QCOMPARE(channel.tokenRequests(), 1);
    QCOMPARE(m_fake->tokensIssued(), revoked ? 0 : 1);
    for (int i = 0; i < Sends; ++i) {
        const SendOutcome &outcome = recorder.outcome(i);
        QCOMPARE(recorder.calls(i), 1);
        QVERIFY2(outcome.accepted != revoked, qPrintable(errorText(outcome)));
        QCOMPARE(outcome.holdChannel, revoked);
        verifyNoSecrets(outcome, Secrets);
    }
    QCOMPARE(m_fake->acceptedCount(), revoked ? 0 : Sends);
    QCOMPARE(rotated.count(), revoked ? 0 : 1); // a rotated refresh token is announced once
}

void TestGraphChannel::refusedSignIn_holdsTheChannel_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("holdChannel");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("words");

    QTest::newRow("refused refresh token (invalid_grant)")
        << u"revoked"_s << true << false << u"Sign in again in Channels"_s;
    QTest::newRow("unknown client (invalid_client)") << u"client"_s << true << false << u"client ID"_s;
    QTest::newRow("token endpoint 503") << u"down"_s << false << true << u"Microsoft"_s;
}

void TestGraphChannel::refusedSignIn_holdsTheChannel()
{
    QFETCH(QString, problem);
    QFETCH(bool, holdChannel);
    QFETCH(bool, retryable);
    QFETCH(QString, words);
    Tidings::ChannelConfig config = configFor(m_fake->baseUrl());
    if (problem == u"revoked"_s) {
        m_fake->revokeAllRefreshTokens();
    } else if (problem == u"client"_s) {
        config.options.insert(u"clientId"_s, u"99999999-2222-3333-4444-555555555555"_s);
    } else {
        m_fake->failNextTokenRequest();
    }
    GraphChannel channel(config, RefreshToken, {}, m_network.get());
    const std::optional<SendOutcome> outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QVERIFY(!outcome->accepted);
    QVERIFY(outcome->error);
    QCOMPARE(outcome->holdChannel, holdChannel);
    QCOMPARE(outcome->error->retryable, retryable);
    if (holdChannel) {
        QCOMPARE(outcome->error->code, ErrorCode::Unauthorized);
    }
    QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
    QVERIFY(m_fake->sendMailRequests().isEmpty());
    verifyNoSecrets(*outcome, Secrets);
}

void TestGraphChannel::classifyWithoutServer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("words");

    QTest::newRow("403 MailboxNotEnabled")
        << 403
        << QByteArray(
               R"({"error":{"code":"MailboxNotEnabledForRESTAPI","message":"REST API is not yet supported for this mailbox."}})")
        << false << u"no Exchange Online mailbox"_s;
    QTest::newRow("403 SendAsDenied")
        << 403
        << QByteArray(
               R"({"error":{"code":"ErrorSendAsDenied","message":"The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account."}})")
        << false << u"send as"_s;
    QTest::newRow("502") << 502 << QByteArray() << true << u"HTTP 502"_s;
    QTest::newRow("408") << 408 << QByteArray() << true << u"too long"_s;
    QTest::newRow("400 other") << 400 << QByteArray(R"({"error":{"code":"RequestBodyRead","message":"Bad body"}})")
                               << false << u"rejected the message: Bad body"_s;
}

void TestGraphChannel::classifyWithoutServer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, retryable);
    QFETCH(QString, words);
    ChannelAnswer answer;
    answer.status = status;
    answer.body = body;
    const SendOutcome outcome = GraphChannel::classify(answer);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->retryable, retryable);
    QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
}

void TestGraphChannel::timeout()
{
    m_fake->setMode(FakeGraph::Mode::Hang);
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"timeoutMs"_s, 300);
    GraphChannel channel(config, RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(0), 5000);
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Timeout);
    QVERIFY(outcome.error->retryable);
    verifyNoSecrets(outcome, Secrets);
    QTRY_COMPARE(m_fake->hungCount(), 0);
    QCOMPARE(m_fake->sendMailRequests().size(), 1);
    QCOMPARE(recorder.calls(0), 1);
}

void TestGraphChannel::connectionRefused()
{
    QUrl base;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        base = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    }
    GraphChannel channel(configFor(base), RefreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).error);
    QVERIFY(recorder.outcome(0).error->retryable);
    verifyNoSecrets(recorder.outcome(0), Secrets);
}

void TestGraphChannel::lineBreaksAreRefused_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("toEmail");

    const OutgoingMessage ok = message();
    QTest::newRow("CRLF in subject") << u"Shipped\r\nBcc: all@victims.example"_s << ok.toName << ok.toEmail;
    QTest::newRow("LF in to name") << ok.subject << u"Jane\nBcc: x@y.example"_s << ok.toEmail;
    QTest::newRow("LF in address") << ok.subject << ok.toName << u"jane@x.example\nBcc: y@z.example"_s;
}

void TestGraphChannel::lineBreaksAreRefused()
{
    QFETCH(QString, subject);
    QFETCH(QString, toName);
    QFETCH(QString, toEmail);
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.subject = subject;
    outgoing.toName = toName;
    outgoing.toEmail = toEmail;
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    QVERIFY(!recorder.has(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).error);
    QCOMPARE(recorder.outcome(0).error->code, ErrorCode::InvalidInput);
    QVERIFY(!recorder.outcome(0).error->retryable);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestGraphChannel::configProblems_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<QString>("words");

    QTest::newRow("no client id") << QString() << Tenant << QString() << RefreshToken << u"client) ID"_s;
    QTest::newRow("tenant with slash") << ClientId << u"common/../x"_s << QString() << RefreshToken << u"never uses"_s;
    QTest::newRow("cleartext authority") << ClientId << Tenant << u"http://login.microsoftonline.com"_s << RefreshToken
                                         << QString();
    QTest::newRow("not signed in") << ClientId << Tenant << QString() << QString() << u"not signed in"_s;
}

void TestGraphChannel::configProblems()
{
    QFETCH(QString, clientId);
    QFETCH(QString, tenant);
    QFETCH(QString, authority);
    QFETCH(QString, refreshToken);
    QFETCH(QString, words);
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"clientId"_s, clientId);
    config.options.insert(u"tenant"_s, tenant);
    if (authority.isEmpty()) {
        config.options.remove(u"authorityUrl"_s);
    } else {
        config.options.insert(u"authorityUrl"_s, authority);
    }
    GraphChannel channel(config, refreshToken, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).error);
    QCOMPARE(recorder.outcome(0).error->code, ErrorCode::Config);
    QVERIFY(!recorder.outcome(0).error->retryable);
    QVERIFY2(recorder.outcome(0).error->message.contains(words), qPrintable(errorText(recorder.outcome(0))));
    verifyNoSecrets(recorder.outcome(0), Secrets);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestGraphChannel::destroyedMidRequestAnswersOnce()
{
    m_fake->setMode(FakeGraph::Mode::Hang);
    auto channel =
        std::make_unique<GraphChannel>(configFor(m_fake->baseUrl()), RefreshToken, QString(), m_network.get());
    SendRecorder recorder;
    channel->send(message(1), recorder.callback(0));
    QTRY_COMPARE(m_fake->sendMailRequests().size(), 1);
    channel.reset();
    QCOMPARE(recorder.calls(0), 1);
    QVERIFY(recorder.outcome(0).error);
    QVERIFY(recorder.outcome(0).error->retryable);

    // Destroyed while the token request is under way: answered once, and the late token does no harm.
    m_fake->setMode(FakeGraph::Mode::Accept);
    channel = std::make_unique<GraphChannel>(configFor(m_fake->baseUrl()), RefreshToken, QString(), m_network.get());
    channel->send(message(2), recorder.callback(1));
    channel.reset();
    QCOMPARE(recorder.calls(1), 1);
    const int before = m_fake->requestCount();
    QTRY_COMPARE(m_fake->requestCount(), before + 1); // the token request still arrives
    QCoreApplication::processEvents();
    QCOMPARE(recorder.calls(1), 1);
    QCOMPARE(m_fake->sendMailRequests().size(), 1);
}

void TestGraphChannel::checkConnection_data()
{
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("words");
    QTest::newRow("signed in") << false << true << u"signed in to Microsoft"_s;
    QTest::newRow("revoked") << true << false << u"no longer accepts the sign-in"_s;
}

void TestGraphChannel::checkConnection()
{
    QFETCH(bool, revoked);
    QFETCH(bool, connected);
    QFETCH(QString, words);
    if (revoked) {
        m_fake->revokeAllRefreshTokens();
    }
    GraphChannel channel(configFor(m_fake->baseUrl()), RefreshToken, {}, m_network.get());
    const std::optional<SendOutcome> outcome = checkOne(channel);
    QVERIFY(outcome);
    QCOMPARE(outcome->accepted, connected);
    const QString text = outcome->error ? outcome->error->message : outcome->providerAnswer;
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY(m_fake->sendMailRequests().isEmpty()); // nothing sent
    QCOMPARE(m_fake->tokensIssued(), connected ? 1 : 0);
    if (connected) {
        QCOMPARE(channel.currentRefreshToken(), u"rt-1"_s); // the rotated token is kept for the next refresh
    }
}

QTEST_GUILESS_MAIN(TestGraphChannel)

#include "tst_graphchannel.moc"
