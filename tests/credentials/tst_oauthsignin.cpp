#include "channels/channel.h"
#include "channels/gmailchannel.h"
#include "channels/graphchannel.h"
#include "credentials/oauthsignin.h"
#include "fakes/fakeoauth2server.h"
#include "sources/polling/poller.h"
#include "sources/polling/pollsignin.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuthHttpServerReplyHandler>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Tidings::ChannelConfig;
using Tidings::Error;
using Tidings::ErrorCode;
using Tidings::OAuthSignIn;
using Tidings::OAuthSignInProvider;
using Tidings::OAuthSignInResult;
using Tidings::Test::FakeOAuth2Server;

namespace {

const QString ClientId = u"1234567890-abc.apps.googleusercontent.com"_s;
// '+' and '&' change meaning in a form when not percent-encoded.
const QString ClientSecret = u"GOCSPX-se+cr&et/1"_s;
const QString Scope = u"https://www.googleapis.com/auth/gmail.send"_s;
const QString AuthorizePath = u"/o/oauth2/v2/auth"_s;
const QString TokenPath = u"/token"_s;

// What the test's browser got for one GET (redirects not followed).
struct BrowserAnswer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QUrl location;
    QByteArray body;
};

BrowserAnswer browse(QNetworkAccessManager &browser, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(browser.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    BrowserAnswer answer;
    answer.finished = reply->isFinished() || finished.wait(10000);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    answer.body = reply->readAll();
    return answer;
}

// A loopback port nothing listens on (taken, then freed).
QUrl closedLoopbackUrl(const QString &path)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    QUrl url(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    url.setPath(path);
    return url;
}

QString replaceQueryItem(const QUrl &url, const QString &name, const QString &value, QUrl *changed)
{
    QUrlQuery query(url);
    const QString old = query.queryItemValue(name, QUrl::FullyDecoded);
    query.removeQueryItem(name);
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    *changed = url;
    changed->setQuery(query);
    return old;
}

} // namespace

class TestOAuthSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signsIn_data();
    void signsIn();
    void deniedInTheBrowser();
    void wrongStateIsRefused();
    void otherRedirectErrors();
    void otherRequestsToTheRedirectAreIgnored();
    void tokenEndpointRefuses_data();
    void tokenEndpointRefuses();
    void noRefreshToken_data();
    void noRefreshToken();
    void tokenEndpointDown();
    void cancelStopsListening();
    void endWhileExchangingTheCode_data();
    void endWhileExchangingTheCode();
    void timesOut();
    void secondRedirectAfterFinishingIsHarmless();
    void startAgainAfterFinishing();
    void unusableSettings_data();
    void unusableSettings();
    void fixedRedirectAddress_data();
    void fixedRedirectAddress();
    void fixedRedirectPortInUse();
    void codeVerifierAndChallenge();
    void presets_data();
    void presets();
    void presetSignsIn_data();
    void presetSignsIn();
    void sourcePresets_data();
    void sourcePresets();
    void sourcePresetSignsIn_data();
    void sourcePresetSignsIn();

private:
    OAuthSignInProvider provider(const QString &secret = ClientSecret, const QString &authority = u"Google"_s) const;
    // Starts `signIn`, plays the browser up to the authorize server's 302, and returns where it points.
    std::optional<QUrl> startAndConsent(OAuthSignIn &signIn);
    // No secret of the test (client secret, refresh token, code verifier, access token) in `error`.
    void verifyNoSecret(const Error &error) const;

    std::unique_ptr<FakeOAuth2Server> m_server;
    std::unique_ptr<QNetworkAccessManager> m_appNetwork;
    std::unique_ptr<QNetworkAccessManager> m_browser;
};

void TestOAuthSignIn::init()
{
    m_server = std::make_unique<FakeOAuth2Server>(TokenPath, ClientId, ClientSecret);
    m_server->setAuthorizePath(AuthorizePath);
    QVERIFY(m_server->listen());
    m_appNetwork = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<QNetworkAccessManager>();
}

void TestOAuthSignIn::cleanup()
{
    m_browser.reset();
    m_appNetwork.reset();
    m_server.reset();
}

OAuthSignInProvider TestOAuthSignIn::provider(const QString &secret, const QString &authority) const
{
    OAuthSignInProvider provider;
    provider.authority = authority;
    provider.authorizeUrl = m_server->authorizeUrl();
    provider.tokenUrl = m_server->tokenUrl();
    provider.clientId = ClientId;
    provider.clientSecret = secret;
    provider.scopes = {Scope};
    provider.extraAuthorizeParameters = {{u"access_type"_s, u"offline"_s}, {u"prompt"_s, u"consent"_s}};
    return provider;
}

std::optional<QUrl> TestOAuthSignIn::startAndConsent(OAuthSignIn &signIn)
{
    QSignalSpy open(&signIn, &OAuthSignIn::openBrowser);
    signIn.start();
    if (!open.isEmpty()) {
        qWarning("openBrowser was emitted inside start()");
        return std::nullopt;
    }
    if (!signIn.isRunning() || !open.wait(5000) || open.count() != 1) {
        qWarning("no openBrowser");
        return std::nullopt;
    }
    const QUrl authorizeUrl = open.at(0).at(0).toUrl();
    const BrowserAnswer consent = browse(*m_browser, authorizeUrl);
    if (consent.status != 302) {
        qWarning("authorize answered %d: %s", consent.status, consent.body.constData());
        return std::nullopt;
    }
    if (consent.location.adjusted(QUrl::RemoveQuery) != signIn.redirectUri()) {
        qWarning("the redirect points at %s", qPrintable(consent.location.toString()));
        return std::nullopt;
    }
    return consent.location;
}

void TestOAuthSignIn::verifyNoSecret(const Error &error) const
{
    const QString text = error.message + u'\n' + error.detail;
    QStringList secrets = {ClientSecret, m_server->codeGrantRefreshToken()};
    const QString verifier = m_server->lastCodeExchange().queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
    secrets << verifier << u"token-1"_s;
    for (const QString &secret : std::as_const(secrets)) {
        if (!secret.isEmpty()) {
            QVERIFY2(!text.contains(secret), qPrintable(u"a secret in: "_s + text));
        }
    }
}

void TestOAuthSignIn::signsIn_data()
{
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<std::optional<QString>>("grantedScope");
    QTest::addColumn<QStringList>("expectedScopes");
    QTest::addColumn<bool>("slashEncoded"); // the code's '/' in the redirect as %2F, or as it is

    QTest::newRow("Google: client secret, scope granted")
        << ClientSecret << std::optional<QString>() << QStringList{Scope} << true;
    QTest::newRow("code with a plain '/' in the redirect")
        << ClientSecret << std::optional<QString>() << QStringList{Scope} << false;
    QTest::newRow("public client (Microsoft): no secret sent")
        << QString() << std::optional<QString>(u"https://graph.microsoft.com/Mail.Send  openid"_s)
        << QStringList{u"https://graph.microsoft.com/Mail.Send"_s, u"openid"_s} << true;
    QTest::newRow("answer without scope") << ClientSecret << std::optional<QString>(QString()) << QStringList() << true;
}

void TestOAuthSignIn::signsIn()
{
    QFETCH(QString, clientSecret);
    QFETCH(std::optional<QString>, grantedScope);
    QFETCH(QStringList, expectedScopes);
    QFETCH(bool, slashEncoded);
    if (clientSecret.isEmpty()) {
        m_server = std::make_unique<FakeOAuth2Server>(TokenPath, ClientId, QString());
        m_server->setAuthorizePath(AuthorizePath);
        QVERIFY(m_server->listen());
    }
    m_server->setGrantedScope(grantedScope);
    m_server->setEncodeSlashInCode(slashEncoded);

    OAuthSignIn signIn(provider(clientSecret), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    QVERIFY(!signIn.isRunning());
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QCOMPARE(signIn.redirectUri().scheme(), u"http"_s);
    QCOMPARE(signIn.redirectUri().host(), u"127.0.0.1"_s);
    QVERIFY(signIn.redirectUri().port() > 0);
    QCOMPARE(signIn.redirectUri().path(), u"/"_s);

    // What the authorize page was asked.
    const QUrlQuery asked = m_server->lastAuthorizeQuery();
    const auto askedFor = [&asked](const QString &name) { return asked.queryItemValue(name, QUrl::FullyDecoded); };
    QCOMPARE(askedFor(u"response_type"_s), u"code"_s);
    QCOMPARE(askedFor(u"client_id"_s), ClientId);
    QCOMPARE(askedFor(u"redirect_uri"_s), signIn.redirectUri().toString());
    QCOMPARE(askedFor(u"scope"_s), Scope);
    QCOMPARE(askedFor(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(askedFor(u"access_type"_s), u"offline"_s);
    QCOMPARE(askedFor(u"prompt"_s), u"consent"_s);
    QVERIFY(!asked.hasQueryItem(u"client_secret"_s));
    QVERIFY(askedFor(u"state"_s).size() >= 16);
    // The code comes back with a '/' in it (as Google's).
    QVERIFY(QUrlQuery(*back).queryItemValue(u"code"_s, QUrl::FullyDecoded).contains(u'/'));
    QCOMPARE(back->toEncoded().contains("code=4%2F"), slashEncoded);

    const BrowserAnswer page = browse(*m_browser, *back);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("You are signed in. You can close this tab and go back to Tidings."),
             page.body.constData());

    QTRY_COMPARE(succeeded.count() + failed.count(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));
    const auto result = succeeded.at(0).at(0).value<OAuthSignInResult>();
    QCOMPARE(result.refreshToken, m_server->codeGrantRefreshToken());
    QCOMPARE(result.grantedScopes, expectedScopes);
    QVERIFY(!signIn.isRunning());

    // What the token endpoint was sent: the code intact, the verifier of the challenge, the same redirect.
    QCOMPARE(m_server->codesExchanged(), 1);
    QCOMPARE(m_server->lastExchangedCode(), QUrlQuery(*back).queryItemValue(u"code"_s, QUrl::FullyDecoded));
    const QUrlQuery form = m_server->lastCodeExchange();
    const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
    QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
    QCOMPARE(OAuthSignIn::codeChallengeFor(verifier), askedFor(u"code_challenge"_s));
    QCOMPARE(form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), signIn.redirectUri().toString());
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(form.hasQueryItem(u"client_secret"_s), !clientSecret.isEmpty());
    if (!clientSecret.isEmpty()) {
        QCOMPARE(form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), clientSecret);
    }
    QCOMPARE(m_server->lastClientAuth(), u"body"_s);

    // Nothing listens any more.
    const BrowserAnswer again = browse(*m_browser, *back);
    QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestOAuthSignIn::deniedInTheBrowser()
{
    m_server->setDenyAuthorization(true);
    OAuthSignIn signIn(provider(), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QCOMPARE(QUrlQuery(*back).queryItemValue(u"error"_s), u"access_denied"_s);

    const BrowserAnswer page = browse(*m_browser, *back);
    QCOMPARE(page.status, 200);
    QVERIFY2(!page.body.contains("You are signed in"), page.body.constData());
    QVERIFY2(page.body.contains("not given access"), page.body.constData());

    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QVERIFY2(error.message.startsWith(u"You did not allow Tidings"_s), qPrintable(error.message));
    QVERIFY(error.message.contains(u"Google"_s));
    QCOMPARE(error.code, ErrorCode::Unauthorized);
    verifyNoSecret(error);
    QCOMPARE(m_server->codesExchanged(), 0);
    QVERIFY(!signIn.isRunning());
    QCOMPARE(succeeded.count(), 0);
}

void TestOAuthSignIn::wrongStateIsRefused()
{
    OAuthSignIn signIn(provider(), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QUrl tampered;
    replaceQueryItem(*back, u"state"_s, u"someone-elses-state"_s, &tampered);

    const BrowserAnswer page = browse(*m_browser, tampered);
    QCOMPARE(page.status, 200);
    QVERIFY2(!page.body.contains("You are signed in"), page.body.constData());

    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QVERIFY2(error.message.contains(u"does not belong to the sign-in"_s), qPrintable(error.message));
    verifyNoSecret(error);
    QCOMPARE(m_server->codesExchanged(), 0);
    QCOMPARE(succeeded.count(), 0);
    // The real redirect after it finds nothing listening.
    QCOMPARE(browse(*m_browser, *back).error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(failed.count() + succeeded.count(), 1);
}

void TestOAuthSignIn::otherRedirectErrors()
{
    OAuthSignIn signIn(provider(ClientSecret, u"Microsoft"_s), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    // As Microsoft answers a scope the registration may not ask for.
    QUrl refused = signIn.redirectUri();
    QUrlQuery query;
    query.addQueryItem(u"error"_s, u"invalid_scope"_s);
    query.addQueryItem(u"error_description"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(u"AADSTS70011: The provided value for the input "
                                                                   u"parameter 'scope' is not valid."_s)));
    query.addQueryItem(u"state"_s, QUrlQuery(*back).queryItemValue(u"state"_s));
    refused.setQuery(query);

    const BrowserAnswer page = browse(*m_browser, refused);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("Microsoft refused the sign-in"), page.body.constData());
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.message, u"Microsoft refused the sign-in: AADSTS70011: The provided value for the input "
                            u"parameter 'scope' is not valid."_s);
    QCOMPARE(error.detail, u"authorize: invalid_scope"_s);
    QCOMPARE(error.code, ErrorCode::ProviderRejected);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(m_server->codesExchanged(), 0);
}

void TestOAuthSignIn::otherRequestsToTheRedirectAreIgnored()
{
    OAuthSignIn signIn(provider(), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    // A browser's own request (the tab icon) and a bare visit carry neither code nor error.
    browse(*m_browser, signIn.redirectUri().resolved(QUrl(u"/favicon.ico"_s)));
    browse(*m_browser, signIn.redirectUri());
    QCoreApplication::processEvents();
    QVERIFY(signIn.isRunning());
    QCOMPARE(failed.count() + succeeded.count(), 0);

    QCOMPARE(browse(*m_browser, *back).status, 200);
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestOAuthSignIn::tokenEndpointRefuses_data()
{
    QTest::addColumn<QString>("tamperedCode"); // empty: the code as issued
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QList<FakeOAuth2Server::Mode>>("modes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("invalid_grant (unknown code)")
        << u"4/0AnotIssued"_s << ClientSecret << QList<FakeOAuth2Server::Mode>() << ErrorCode::Unauthorized
        << u"Google refused the sign-in: refused by the fake"_s << false;
    QTest::newRow("invalid_client (wrong secret)")
        << QString() << u"not-the-secret"_s << QList<FakeOAuth2Server::Mode>() << ErrorCode::Unauthorized
        << u"Google refused Tidings' client ID or client secret"_s << false;
    QTest::newRow("500") << QString() << ClientSecret
                         << QList<FakeOAuth2Server::Mode>{FakeOAuth2Server::Mode::Serve,
                                                          FakeOAuth2Server::Mode::ServerError500}
                         << ErrorCode::ProviderFailed << u"temporary problem"_s << true;
}

void TestOAuthSignIn::tokenEndpointRefuses()
{
    QFETCH(QString, tamperedCode);
    QFETCH(QString, clientSecret);
    QFETCH(QList<FakeOAuth2Server::Mode>, modes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);
    QFETCH(bool, retryable);
    m_server->queueModes(modes);

    OAuthSignIn signIn(provider(clientSecret), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    if (!tamperedCode.isEmpty()) {
        QUrl tampered;
        replaceQueryItem(*back, u"code"_s, tamperedCode, &tampered);
        back = tampered;
    }
    QCOMPARE(browse(*m_browser, *back).status, 200);

    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.code, code);
    QCOMPARE(error.retryable, retryable);
    QVERIFY(error.detail.startsWith(u"token endpoint: HTTP"_s));
    verifyNoSecret(error);
    QVERIFY(!error.message.contains(clientSecret));
    QCOMPARE(succeeded.count(), 0);
    QVERIFY(!signIn.isRunning());
}

void TestOAuthSignIn::noRefreshToken_data()
{
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("Google") << u"Google"_s << u"myaccount.google.com/permissions"_s;
    QTest::newRow("Microsoft") << u"Microsoft"_s << u"Microsoft signed you in but gave Tidings no refresh token"_s;
}

void TestOAuthSignIn::noRefreshToken()
{
    QFETCH(QString, authority);
    QFETCH(QString, messagePart);
    m_server->setCodeGrantRefreshToken(QString());
    OAuthSignIn signIn(provider(ClientSecret, authority), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QCOMPARE(browse(*m_browser, *back).status, 200);

    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(m_server->codesExchanged(), 1);
    verifyNoSecret(error);
    QCOMPARE(succeeded.count(), 0);
}

void TestOAuthSignIn::tokenEndpointDown()
{
    OAuthSignInProvider settings = provider();
    settings.tokenUrl = closedLoopbackUrl(TokenPath);
    OAuthSignIn signIn(settings, m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QCOMPARE(browse(*m_browser, *back).status, 200);

    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::Network);
    QVERIFY(error.retryable);
    QVERIFY2(error.message.contains(u"could not reach Google"_s), qPrintable(error.message));
    verifyNoSecret(error);
    QCOMPARE(succeeded.count(), 0);
}

void TestOAuthSignIn::cancelStopsListening()
{
    OAuthSignIn signIn(provider(), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    signIn.cancel();
    QVERIFY(!signIn.isRunning());
    QVERIFY(failed.isEmpty()); // from the event loop
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QVERIFY2(error.message.contains(u"cancelled"_s), qPrintable(error.message));

    QCOMPARE(browse(*m_browser, *back).error, QNetworkReply::ConnectionRefusedError);
    signIn.cancel(); // not running: nothing
    QCoreApplication::processEvents();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(m_server->codesExchanged(), 0);
}

void TestOAuthSignIn::endWhileExchangingTheCode_data()
{
    QTest::addColumn<bool>("destroy"); // the sign-in object is deleted instead of cancelled
    QTest::newRow("cancelled") << false;
    QTest::newRow("deleted") << true;
}

void TestOAuthSignIn::endWhileExchangingTheCode()
{
    QFETCH(bool, destroy);
    // The token endpoint takes the request and does not answer until the sign-in has ended.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    OAuthSignInProvider settings = provider();
    settings.tokenUrl = QUrl(u"http://127.0.0.1:%1/token"_s.arg(silent.serverPort()));
    auto signIn = std::make_unique<OAuthSignIn>(settings, m_appNetwork.get());
    QSignalSpy succeeded(signIn.get(), &OAuthSignIn::succeeded);
    QSignalSpy failed(signIn.get(), &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(*signIn);
    QVERIFY(back);
    QCOMPARE(browse(*m_browser, *back).status, 200);
    QTRY_VERIFY(silent.hasPendingConnections());
    if (destroy) {
        signIn.reset();
    } else {
        signIn->cancel();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).value<Error>().message.contains(u"cancelled"_s));
        signIn.reset();
    }
    // The request still under way then ends harmlessly, and what waited for it goes away.
    std::unique_ptr<QTcpSocket> connection(silent.nextPendingConnection());
    QTRY_VERIFY(connection->bytesAvailable() > 0);
    connection->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
    QTRY_VERIFY(m_appNetwork->findChildren<QNetworkReply *>().isEmpty());
    QTRY_VERIFY(m_appNetwork->findChildren<QOAuthHttpServerReplyHandler *>().isEmpty());
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(failed.count(), destroy ? 0 : 1);
}

void TestOAuthSignIn::timesOut()
{
    OAuthSignIn signIn(provider(), m_appNetwork.get());
    QCOMPARE(signIn.timeout(), std::chrono::milliseconds(10min));
    signIn.setTimeout(50ms);
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::Timeout);
    QVERIFY2(error.message.contains(u"not finished in time"_s), qPrintable(error.message));
    QVERIFY(!signIn.isRunning());
    QCOMPARE(browse(*m_browser, *back).error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(failed.count(), 1);
}

void TestOAuthSignIn::secondRedirectAfterFinishingIsHarmless()
{
    OAuthSignIn signIn(provider(), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QCOMPARE(browse(*m_browser, *back).status, 200);
    // A second one while the code is exchanged (a reload) or after: answered or refused, never a second outcome.
    browse(*m_browser, *back);
    QTRY_COMPARE(succeeded.count(), 1);
    browse(*m_browser, *back);
    QCoreApplication::processEvents();
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_server->codesExchanged(), 1);
}

void TestOAuthSignIn::startAgainAfterFinishing()
{
    OAuthSignIn signIn(provider(), m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    signIn.cancel();
    QTRY_COMPARE(failed.count(), 1);

    back = startAndConsent(signIn);
    QVERIFY(back);
    QCOMPARE(browse(*m_browser, *back).status, 200);
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 1);
    QVERIFY(signIn.redirectUri().isValid());
}

void TestOAuthSignIn::unusableSettings_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QUrl>("authorizeUrl");
    QTest::addColumn<QUrl>("tokenUrl");
    QTest::addColumn<QUrl>("redirectUri");
    QTest::addColumn<QString>("messagePart");

    const QUrl authorize(u"https://accounts.google.com/o/oauth2/v2/auth"_s);
    const QUrl token(u"https://oauth2.googleapis.com/token"_s);
    QTest::newRow("no client id") << QString() << authorize << token << QUrl() << u"No client ID"_s;
    QTest::newRow("client id with a line break") << u"abc\ndef"_s << authorize << token << QUrl() << u"line breaks"_s;
    QTest::newRow("plain http authorize")
        << ClientId << QUrl(u"http://accounts.example/auth"_s) << token << QUrl() << u"https://"_s;
    QTest::newRow("plain http token") << ClientId << authorize << QUrl(u"http://oauth2.example/token"_s) << QUrl()
                                      << u"https://"_s;
    QTest::newRow("no token address") << ClientId << authorize << QUrl() << QUrl() << u"https://"_s;
    QTest::newRow("redirect to another computer")
        << ClientId << authorize << token << QUrl(u"http://shop.example:1717/OauthRedirect"_s)
        << u"http://localhost:1717/path"_s;
    QTest::newRow("https redirect") << ClientId << authorize << token << QUrl(u"https://localhost:1717/OauthRedirect"_s)
                                    << u"this computer"_s;
    QTest::newRow("redirect without a port")
        << ClientId << authorize << token << QUrl(u"http://localhost/OauthRedirect"_s) << u"with a port"_s;
}

void TestOAuthSignIn::unusableSettings()
{
    QFETCH(QString, clientId);
    QFETCH(QUrl, authorizeUrl);
    QFETCH(QUrl, tokenUrl);
    QFETCH(QUrl, redirectUri);
    QFETCH(QString, messagePart);
    OAuthSignInProvider settings = provider();
    settings.clientId = clientId;
    settings.authorizeUrl = authorizeUrl;
    settings.tokenUrl = tokenUrl;
    settings.redirectUri = redirectUri;
    settings.settingsPage = u"Connections"_s;
    OAuthSignIn signIn(settings, m_appNetwork.get());
    QSignalSpy open(&signIn, &OAuthSignIn::openBrowser);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    QVERIFY(!signIn.isRunning());
    QVERIFY(failed.isEmpty()); // from the event loop
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::Config);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"Connections"_s), qPrintable(error.message)); // where to fix it
    verifyNoSecret(error);
    QCOMPARE(open.count(), 0);
}

void TestOAuthSignIn::fixedRedirectAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    // Salesforce's CLI registers http://localhost:1717/OauthRedirect; the browser finds Tidings on 127.0.0.1.
    QTest::newRow("localhost, as the Salesforce CLI") << u"localhost"_s << u"/OauthRedirect"_s;
    QTest::newRow("127.0.0.1, deeper path") << u"127.0.0.1"_s << u"/tidings/callback"_s;
}

void TestOAuthSignIn::fixedRedirectAddress()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QUrl registered = closedLoopbackUrl(path);
    registered.setHost(host);
    m_server->setRegisteredRedirectUri(registered.toString());

    OAuthSignInProvider settings = provider();
    settings.redirectUri = registered;
    OAuthSignIn signIn(settings, m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn); // the fake refuses any other redirect_uri
    QVERIFY(back);
    QCOMPARE(signIn.redirectUri(), registered);
    QCOMPARE(m_server->lastAuthorizeQuery().queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
             registered.toString());

    // Another path on the same port is not the redirect.
    QUrl elsewhere = *back;
    elsewhere.setPath(u"/favicon.ico"_s);
    browse(*m_browser, elsewhere);
    QCOMPARE(succeeded.count() + failed.count(), 0);

    const BrowserAnswer page = browse(*m_browser, *back);
    QVERIFY2(page.finished && page.status == 200, page.body.constData());
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 0);
    // The code exchange names the same address, as the token endpoint checks.
    QCOMPARE(m_server->lastCodeExchange().queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), registered.toString());
    QCOMPARE(succeeded.at(0).at(0).value<OAuthSignInResult>().refreshToken, m_server->codeGrantRefreshToken());
}

void TestOAuthSignIn::fixedRedirectPortInUse()
{
    QTcpServer other; // another program signing in holds the port
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    OAuthSignInProvider settings = provider();
    settings.authority = u"Salesforce"_s;
    settings.redirectUri = QUrl(u"http://localhost:%1/OauthRedirect"_s.arg(other.serverPort()));
    OAuthSignIn signIn(settings, m_appNetwork.get());
    QSignalSpy open(&signIn, &OAuthSignIn::openBrowser);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    QVERIFY(!signIn.isRunning());
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::Network);
    QVERIFY2(error.message.contains(u"Port %1"_s.arg(other.serverPort())), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"Salesforce"_s), qPrintable(error.message));
    QCOMPARE(open.count(), 0);
}

void TestOAuthSignIn::codeVerifierAndChallenge()
{
    // RFC 7636 appendix B.
    QCOMPARE(OAuthSignIn::codeChallengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
             u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    const QString first = OAuthSignIn::newCodeVerifier();
    QVERIFY(first.size() >= 43 && first.size() <= 128);
    for (const QChar c : first) {
        QVERIFY((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
                u"-._~"_s.contains(c));
    }
    QVERIFY(OAuthSignIn::newCodeVerifier() != first);
}

void TestOAuthSignIn::presets_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QUrl>("authorizeUrl");
    QTest::addColumn<QUrl>("tokenUrl");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("extraParameters"); // name=value

    const QStringList gmailScopes{u"https://www.googleapis.com/auth/gmail.send"_s};
    const QStringList googleExtra{u"access_type=offline"_s, u"prompt=consent"_s};
    const QStringList graphScopes{u"https://graph.microsoft.com/Mail.Send"_s, u"offline_access"_s};

    QTest::newRow("gmail") << u"gmail"_s << QJsonObject{{u"clientId"_s, u" 123-abc.apps.googleusercontent.com "_s}}
                           << u"GOCSPX-1"_s << u"Google"_s << QUrl(u"https://accounts.google.com/o/oauth2/v2/auth"_s)
                           << QUrl(u"https://oauth2.googleapis.com/token"_s) << gmailScopes << googleExtra;
    QTest::newRow("gmail, addresses changed for testing")
        << u"gmail"_s
        << QJsonObject{{u"clientId"_s, u"123-abc.apps.googleusercontent.com"_s},
                       {u"authorizeUrl"_s, u"http://127.0.0.1:8080/auth"_s},
                       {u"tokenUrl"_s, u"http://127.0.0.1:8080/token"_s}}
        << u"GOCSPX-1"_s << u"Google"_s << QUrl(u"http://127.0.0.1:8080/auth"_s)
        << QUrl(u"http://127.0.0.1:8080/token"_s) << gmailScopes << googleExtra;
    QTest::newRow("graph, tenant common by default, public client")
        << u"graph"_s << QJsonObject{{u"clientId"_s, u"00000000-0000-0000-0000-000000000001"_s}} << QString()
        << u"Microsoft"_s << QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s)
        << QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s) << graphScopes << QStringList();
    QTest::newRow("graph, organizations, with a client secret")
        << u"GRAPH"_s
        << QJsonObject{{u"clientId"_s, u"00000000-0000-0000-0000-000000000001"_s}, {u"tenant"_s, u"organizations"_s}}
        << u"web-app-secret"_s << u"Microsoft"_s
        << QUrl(u"https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize"_s)
        << QUrl(u"https://login.microsoftonline.com/organizations/oauth2/v2.0/token"_s) << graphScopes << QStringList();
    QTest::newRow("graph, consumers") << u"graph"_s
                                      << QJsonObject{{u"clientId"_s, u"00000000-0000-0000-0000-000000000001"_s},
                                                     {u"tenant"_s, u"consumers"_s}}
                                      << QString() << u"Microsoft"_s
                                      << QUrl(u"https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize"_s)
                                      << QUrl(u"https://login.microsoftonline.com/consumers/oauth2/v2.0/token"_s)
                                      << graphScopes << QStringList();
    QTest::newRow("graph, tenant id, national cloud")
        << u"graph"_s
        << QJsonObject{{u"clientId"_s, u"00000000-0000-0000-0000-000000000001"_s},
                       {u"tenant"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s},
                       {u"authorityUrl"_s, u"https://login.microsoftonline.us/"_s}}
        << QString() << u"Microsoft"_s
        << QUrl(u"https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/authorize"_s)
        << QUrl(u"https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token"_s)
        << graphScopes << QStringList();
}

void TestOAuthSignIn::presets()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, options);
    QFETCH(QString, clientSecret);
    QFETCH(QString, authority);
    QFETCH(QUrl, authorizeUrl);
    QFETCH(QUrl, tokenUrl);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, extraParameters);

    ChannelConfig config;
    config.id = u"c"_s;
    config.type = type;
    config.options = options;
    QHash<QString, QString> secrets{{u"refreshToken"_s, u"old-refresh"_s}};
    if (!clientSecret.isEmpty()) {
        secrets.insert(u"clientSecret"_s, clientSecret);
    }
    const std::optional<OAuthSignInProvider> preset = Tidings::channelSignInProvider(config, secrets);
    QVERIFY(preset.has_value());
    const OAuthSignInProvider &provider = *preset;
    QCOMPARE(provider.authority, authority);
    QCOMPARE(provider.authorizeUrl, authorizeUrl);
    QCOMPARE(provider.tokenUrl, tokenUrl);
    QCOMPARE(provider.clientId, options.value(u"clientId"_s).toString().trimmed());
    QCOMPARE(provider.clientSecret, clientSecret);
    QCOMPARE(provider.scopes, scopes);
    QStringList extra;
    for (const auto &[name, value] : provider.extraAuthorizeParameters) {
        extra.append(name + u'=' + value);
    }
    QCOMPARE(extra, extraParameters);

    // The same as the channel classes' own.
    if (type.toLower() == u"gmail"_s) {
        QCOMPARE(Tidings::GmailChannel::signInProvider(config, secrets).tokenUrl, tokenUrl);
    } else {
        QCOMPARE(Tidings::GraphChannel::signInProvider(config, secrets).authorizeUrl, authorizeUrl);
        QCOMPARE(Tidings::GraphChannel::tokenUrlFor(QUrl(options.value(u"authorityUrl"_s).toString()),
                                                    options.value(u"tenant"_s).toString()),
                 tokenUrl);
    }
    config.type = u"sendgrid"_s;
    QVERIFY(!Tidings::channelSignInProvider(config, secrets).has_value());
}

void TestOAuthSignIn::presetSignsIn_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("gmail") << u"gmail"_s;
    QTest::newRow("graph") << u"graph"_s;
}

void TestOAuthSignIn::presetSignsIn()
{
    QFETCH(QString, type);
    const bool gmail = type == u"gmail"_s;
    const QString tenant = u"organizations"_s;
    const QString clientId = gmail ? ClientId : u"00000000-0000-0000-0000-000000000001"_s;
    const QString secret = gmail ? ClientSecret : QString();
    m_server = std::make_unique<FakeOAuth2Server>(gmail ? TokenPath : u"/%1/oauth2/v2.0/token"_s.arg(tenant), clientId,
                                                  secret);
    m_server->setAuthorizePath(gmail ? AuthorizePath : u"/%1/oauth2/v2.0/authorize"_s.arg(tenant));
    QVERIFY(m_server->listen());

    ChannelConfig config;
    config.id = u"c"_s;
    config.type = type;
    config.options.insert(u"clientId"_s, clientId);
    if (gmail) {
        config.options.insert(u"authorizeUrl"_s, m_server->authorizeUrl().toString());
        config.options.insert(u"tokenUrl"_s, m_server->tokenUrl().toString());
    } else {
        config.options.insert(u"tenant"_s, tenant);
        config.options.insert(u"authorityUrl"_s, m_server->baseUrl().toString());
    }
    QHash<QString, QString> secrets;
    if (!secret.isEmpty()) {
        secrets.insert(u"clientSecret"_s, secret);
    }
    const std::optional<OAuthSignInProvider> preset = Tidings::channelSignInProvider(config, secrets);
    QVERIFY(preset.has_value());

    OAuthSignIn signIn(*preset, m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QCOMPARE(browse(*m_browser, *back).status, 200);
    QTRY_COMPARE(succeeded.count() + failed.count(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));
    const auto result = succeeded.at(0).at(0).value<OAuthSignInResult>();
    QCOMPARE(result.refreshToken, m_server->codeGrantRefreshToken());
    QCOMPARE(result.grantedScopes, preset->scopes);
    QCOMPARE(m_server->lastCodeExchange().hasQueryItem(u"client_secret"_s), gmail);
    QCOMPARE(m_server->lastAuthorizeQuery().hasQueryItem(u"access_type"_s), gmail);
}

void TestOAuthSignIn::sourcePresets_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QUrl>("authorizeUrl");
    QTest::addColumn<QUrl>("tokenUrl");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QUrl>("redirectUri"); // empty: any loopback port

    const QStringList sheetsScopes{u"https://www.googleapis.com/auth/spreadsheets.readonly"_s};
    const QStringList salesforceScopes{u"api"_s, u"refresh_token"_s};
    QTest::newRow("google sheets") << u"googlesheets"_s
                                   << QJsonObject{{u"clientId"_s, u" 123-abc.apps.googleusercontent.com "_s}}
                                   << u"Google"_s << QUrl(u"https://accounts.google.com/o/oauth2/v2/auth"_s)
                                   << QUrl(u"https://oauth2.googleapis.com/token"_s) << sheetsScopes << QUrl();
    QTest::newRow("google sheets, addresses changed for testing")
        << u"googlesheets"_s
        << QJsonObject{{u"clientId"_s, u"123-abc.apps.googleusercontent.com"_s},
                       {u"authorizeUrl"_s, u"http://127.0.0.1:8080/auth"_s},
                       {u"tokenUrl"_s, u"http://127.0.0.1:8080/token"_s}}
        << u"Google"_s << QUrl(u"http://127.0.0.1:8080/auth"_s) << QUrl(u"http://127.0.0.1:8080/token"_s)
        << sheetsScopes << QUrl();
    QTest::newRow("salesforce, production")
        << u"salesforce"_s << QJsonObject{{u"clientId"_s, u"3MVG9abc"_s}} << u"Salesforce"_s
        << QUrl(u"https://login.salesforce.com/services/oauth2/authorize"_s)
        << QUrl(u"https://login.salesforce.com/services/oauth2/token"_s) << salesforceScopes
        << QUrl(u"http://localhost:1717/OauthRedirect"_s);
    QTest::newRow("salesforce, My Domain with a slash, own callback")
        << u"salesforce"_s
        << QJsonObject{{u"clientId"_s, u"3MVG9abc"_s},
                       {u"baseUrl"_s, u"https://shop.my.salesforce.com/"_s},
                       {u"callbackUrl"_s, u" http://127.0.0.1:8443/sf/callback "_s}}
        << u"Salesforce"_s << QUrl(u"https://shop.my.salesforce.com/services/oauth2/authorize"_s)
        << QUrl(u"https://shop.my.salesforce.com/services/oauth2/token"_s) << salesforceScopes
        << QUrl(u"http://127.0.0.1:8443/sf/callback"_s);
}

void TestOAuthSignIn::sourcePresets()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, options);
    QFETCH(QString, authority);
    QFETCH(QUrl, authorizeUrl);
    QFETCH(QUrl, tokenUrl);
    QFETCH(QStringList, scopes);
    QFETCH(QUrl, redirectUri);

    Tidings::SourceConfig source;
    source.id = u"s"_s;
    source.type = type;
    source.options = options;
    source.options.insert(u"mode"_s, u"poll"_s);
    const QHash<QString, QString> secrets{{u"clientSecret"_s, u" consumer-secret "_s}};
    const std::optional<OAuthSignInProvider> preset = Tidings::sourceSignInProvider(source, secrets);
    QVERIFY(preset.has_value());
    const OAuthSignInProvider &provider = *preset;
    QCOMPARE(provider.authority, authority);
    QCOMPARE(provider.authorizeUrl, authorizeUrl);
    QCOMPARE(provider.tokenUrl, tokenUrl);
    QCOMPARE(provider.clientId, options.value(u"clientId"_s).toString().trimmed());
    QCOMPARE(provider.clientSecret, u"consumer-secret"_s);
    QCOMPARE(provider.scopes, scopes);
    QCOMPARE(provider.redirectUri, redirectUri);
    QVERIFY(!provider.settingsPage.isEmpty());

    // The window offers the button exactly for these poll types.
    const Tidings::SourceTypeInfo *info = Tidings::pollSourceTypeInfo(type);
    QVERIFY(info);
    QVERIFY(info->canSignIn);
    for (const QString &other : {u"shopify"_s, u"woocommerce"_s, u"sapcommerce"_s}) {
        source.type = other;
        QVERIFY(!Tidings::sourceSignInProvider(source, secrets).has_value());
        const Tidings::SourceTypeInfo *otherInfo = Tidings::pollSourceTypeInfo(other);
        QVERIFY(!otherInfo || !otherInfo->canSignIn);
    }
}

void TestOAuthSignIn::sourcePresetSignsIn_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("google sheets") << u"googlesheets"_s;
    QTest::newRow("salesforce") << u"salesforce"_s;
}

void TestOAuthSignIn::sourcePresetSignsIn()
{
    QFETCH(QString, type);
    const bool salesforce = type == u"salesforce"_s;
    const QString clientId = salesforce ? u"3MVG9consumer.key"_s : ClientId;
    m_server = std::make_unique<FakeOAuth2Server>(salesforce ? u"/services/oauth2/token"_s : TokenPath, clientId,
                                                  ClientSecret);
    m_server->setAuthorizePath(salesforce ? u"/services/oauth2/authorize"_s : AuthorizePath);
    QVERIFY(m_server->listen());

    Tidings::SourceConfig source;
    source.id = u"s"_s;
    source.type = type;
    source.options.insert(u"mode"_s, u"poll"_s);
    source.options.insert(u"clientId"_s, clientId);
    QUrl callback;
    if (salesforce) {
        source.options.insert(u"baseUrl"_s, m_server->baseUrl().toString());
        callback = closedLoopbackUrl(u"/OauthRedirect"_s);
        callback.setHost(u"localhost"_s);
        source.options.insert(u"callbackUrl"_s, callback.toString());
        m_server->setRegisteredRedirectUri(callback.toString()); // as registered with the app
    } else {
        source.options.insert(u"authorizeUrl"_s, m_server->authorizeUrl().toString());
        source.options.insert(u"tokenUrl"_s, m_server->tokenUrl().toString());
    }
    const std::optional<OAuthSignInProvider> preset =
        Tidings::sourceSignInProvider(source, {{u"clientSecret"_s, ClientSecret}});
    QVERIFY(preset.has_value());

    OAuthSignIn signIn(*preset, m_appNetwork.get());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    const std::optional<QUrl> back = startAndConsent(signIn);
    QVERIFY(back);
    QCOMPARE(browse(*m_browser, *back).status, 200);
    QTRY_COMPARE(succeeded.count() + failed.count(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));
    QCOMPARE(succeeded.at(0).at(0).value<OAuthSignInResult>().refreshToken, m_server->codeGrantRefreshToken());
    const QUrlQuery asked = m_server->lastAuthorizeQuery();
    QCOMPARE(asked.queryItemValue(u"scope"_s, QUrl::FullyDecoded), preset->scopes.join(u' '));
    QCOMPARE(asked.hasQueryItem(u"access_type"_s), !salesforce);
    if (salesforce) {
        QCOMPARE(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), callback.toString());
    }
    // Both are confidential clients: the secret goes with the code.
    QCOMPARE(m_server->lastCodeExchange().queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), ClientSecret);
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)

#include "tst_oauthsignin.moc"
