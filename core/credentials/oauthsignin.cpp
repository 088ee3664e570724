#include "credentials/oauthsignin.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcSignIn, "tidings.credentials.signin")

// RFC 7636 §4.1: unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~".
constexpr char Unreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr char Alphanumeric[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr int CodeVerifierLength = 64; // RFC 7636: 43 to 128
constexpr int StateLength = 32;
constexpr qsizetype MaxDescriptionLength = 300;
constexpr int RetiredHandlerGraceMs = 5000;

template <qsizetype N>
QString randomFrom(const char (&alphabet)[N], int length)
{
    QString text;
    text.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i) {
        text.append(QLatin1Char(alphabet[random->bounded(static_cast<quint32>(N - 1))]));
    }
    return text;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A fixed redirect address Tidings can listen on: http, localhost or an IPv4 loopback address, a port.
bool usableRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != u"http"_s || url.port() <= 0 || url.hasQuery() || url.hasFragment()) {
        return false;
    }
    if (url.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(url.host());
    return address.protocol() == QAbstractSocket::IPv4Protocol && address.isLoopback();
}

bool usableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    return url.scheme() == u"https"_s || (url.scheme() == u"http"_s && isLoopbackHost(url.host()));
}

// A value of the redirect's query as the reply handler passes it (Qt 6.4: query items still percent-encoded
// where QUrl keeps them so), decoded once, as QOAuth2AuthorizationCodeFlow decodes code and state.
QString redirectValue(const QVariantMap &values, const QString &key)
{
    return QUrl::fromPercentEncoding(values.value(key).toString().toUtf8());
}

// The page the browser shows after coming back to Tidings.
QString page(const QString &text)
{
    return text.toHtmlEscaped();
}

// The HTTP server the browser comes back to, which also reads the token endpoint's answer: Qt 6.4's own
// handler only logs a warning on an HTTP error (the flow then never finishes) and drops the body.
class ReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    using OnReply = std::function<void(QNetworkReply *reply)>;

    ReplyHandler(OnReply onReply, quint16 port, QObject *parent)
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
        , m_onReply(std::move(onReply))
    {}

    // The sign-in ended: no more callbacks. The handler outlives it a little, so the page it is writing to
    // the browser is not cut off (deleting it closes its connections), and, when the token request is still
    // under way, until that ends: Qt 6.4 connects the reply to networkReplyFinished() of this object without
    // a context object. Meanwhile `keeper` (the network manager, or nothing) is its parent.
    void retire(QObject *keeper, bool awaitingReply)
    {
        m_onReply = nullptr;
        m_retired = true;
        setParent(keeper);
        if (!awaitingReply) {
            QTimer::singleShot(RetiredHandlerGraceMs, this, &QObject::deleteLater);
        }
    }

    bool replied() const { return m_replied; }

protected:
    void networkReplyFinished(QNetworkReply *reply) override
    {
        m_replied = true;
        // Qt 6.4 deletes the reply only while the flow that asked lives; safe to ask twice.
        reply->deleteLater();
        if (m_retired) {
            deleteLater();
            return;
        }
        if (m_onReply) {
            const OnReply onReply = m_onReply;
            onReply(reply);
        }
    }

private:
    OnReply m_onReply;
    bool m_retired = false;
    bool m_replied = false;
};

} // namespace

OAuthSignIn::OAuthSignIn(OAuthSignInProvider provider, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_network(network)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OAuthSignIn::onTimeout);
}

OAuthSignIn::~OAuthSignIn()
{
    tearDown();
}

QString OAuthSignIn::newCodeVerifier()
{
    return randomFrom(Unreserved, CodeVerifierLength);
}

QString OAuthSignIn::codeChallengeFor(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthSignIn::settingsPage() const
{
    return m_provider.settingsPage.isEmpty() ? tr("Channels") : m_provider.settingsPage;
}

std::optional<Error> OAuthSignIn::checkProvider() const
{
    const QString &authority = m_provider.authority;
    const QString &clientId = m_provider.clientId;
    if (clientId.trimmed().isEmpty()) {
        return Error::make(
            ErrorCode::Config,
            tr("No client ID is set for signing in with %1. Add it in %2.").arg(authority, settingsPage()));
    }
    if (std::any_of(clientId.cbegin(), clientId.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
        return Error::make(
            ErrorCode::Config,
            tr("The client ID for signing in with %1 contains spaces or line breaks. Paste it again in %2.")
                .arg(authority, settingsPage()));
    }
    if (!m_network) {
        return Error::make(ErrorCode::Internal,
                           tr("Tidings cannot sign in with %1: it has no network access.").arg(authority));
    }
    for (const QUrl &url : {m_provider.authorizeUrl, m_provider.tokenUrl}) {
        if (!usableEndpoint(url)) {
            return Error::make(ErrorCode::Config,
                               tr("The %1 sign-in address must be an https:// address. Check it in %2.")
                                   .arg(authority, settingsPage()),
                               url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
        }
    }
    if (!m_provider.redirectUri.isEmpty() && !usableRedirect(m_provider.redirectUri)) {
        return Error::make(ErrorCode::Config,
                           tr("The address %1 sends the browser back to must look like http://localhost:1717/path "
                              "(this computer, with a port). Check it in %2.")
                               .arg(authority, settingsPage()),
                           m_provider.redirectUri.toDisplayString(QUrl::RemoveUserInfo));
    }
    if (m_provider.scopes.isEmpty()) {
        return Error::make(ErrorCode::Internal,
                           tr("Tidings does not know what to ask %1 for (no scope).").arg(authority));
    }
    return std::nullopt;
}

void OAuthSignIn::start()
{
    if (isRunning()) {
        cancel();
    }
    const quint64 attempt = ++m_attempt;
    m_redirectUri.clear();
    if (auto problem = checkProvider()) {
        finish(std::nullopt, std::move(problem));
        return;
    }

    const QUrl fixedRedirect = m_provider.redirectUri;
    const auto port = static_cast<quint16>(fixedRedirect.isEmpty() ? 0 : fixedRedirect.port());
    auto *handler = new ReplyHandler([this](QNetworkReply *reply) { onTokenReply(reply); }, port, this);
    if (!handler->isListening()) {
        delete handler;
        finish(std::nullopt,
               Error::make(ErrorCode::Network,
                           port != 0
                               ? tr("Port %1 on this computer, where %2 sends the browser back to, is in use by "
                                    "another program (a command-line tool signing in, perhaps). Close it and "
                                    "try again.")
                                     .arg(port)
                                     .arg(m_provider.authority)
                               : tr("Tidings could not open the address on this computer that %1 sends the browser "
                                    "back to. Try again; if it keeps failing, a security program may block it.")
                                     .arg(m_provider.authority),
                           u"cannot listen on 127.0.0.1:%1"_s.arg(port)));
        return;
    }
    if (!fixedRedirect.isEmpty()) {
        handler->setCallbackPath(fixedRedirect.path().isEmpty() ? u"/"_s : fixedRedirect.path());
    }
    m_replyHandler = handler;
    handler->setCallbackText(page(tr("You are signed in. You can close this tab and go back to Tidings.")));
    // Connected before the flow connects its own handling (in grant()), so it sees the redirect first.
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSignIn::onRedirect);
    m_redirectUri = fixedRedirect.isEmpty() ? QUrl(handler->callback()) : fixedRedirect;

    m_codeVerifier = newCodeVerifier();
    m_state = randomFrom(Alphanumeric, StateLength);
    const QString challenge = codeChallengeFor(m_codeVerifier);

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(m_provider.authorizeUrl);
    m_flow->setAccessTokenUrl(m_provider.tokenUrl);
    m_flow->setClientIdentifier(m_provider.clientId);
    // Not setClientIdentifierSharedKey(): Qt 6.4 puts it in the form without percent-encoding (a "+" or "&"
    // in a secret would arrive changed), so the modify function below adds it.
    m_flow->setScope(m_provider.scopes.join(u' '));
    m_flow->setState(m_state);
    m_flow->setReplyHandler(handler);
    m_flow->setModifyParametersFunction([this, verifier = m_codeVerifier, challenge, secret = m_provider.clientSecret,
                                         extra = m_provider.extraAuthorizeParameters, fixed = fixedRedirect](
                                            QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            parameters->replace(u"code_challenge"_s, challenge);
            parameters->replace(u"code_challenge_method"_s, u"S256"_s);
            if (!fixed.isEmpty()) {
                parameters->replace(u"redirect_uri"_s, fixed.toString());
            }
            for (const auto &[name, value] : extra) {
                parameters->replace(name, value);
            }
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken:
            // The flow percent-encodes its own values here (code, redirect_uri, client_id) and the form is
            // built from them as they are; these are encoded the same way. Qt 6.4 takes the code from the
            // redirect still percent-encoded where QUrl keeps it so (Google's "4/0A…" sent as "4%2F0A…")
            // and encodes it again ("4%252F0A…"): the code read in onRedirect(), decoded once, replaces it.
            parameters->replace(u"code"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_code)));
            parameters->replace(u"code_verifier"_s, QString::fromLatin1(QUrl::toPercentEncoding(verifier)));
            if (!fixed.isEmpty()) {
                parameters->replace(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(fixed.toString())));
            }
            parameters->remove(u"client_secret"_s);
            if (!secret.isEmpty()) {
                parameters->insert(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(secret)));
            }
            break;
        default:
            break;
        }
    });

    QUrl authorizeUrl;
    const QMetaObject::Connection capture = connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
                                                    [&authorizeUrl](const QUrl &url) { authorizeUrl = url; });
    m_flow->grant();
    disconnect(capture);
    if (authorizeUrl.isEmpty()) {
        finish(std::nullopt, Error::make(ErrorCode::Internal,
                                         tr("Tidings could not prepare the sign-in with %1.").arg(m_provider.authority),
                                         u"QOAuth2AuthorizationCodeFlow gave no authorize URL"_s));
        return;
    }

    m_phase = Phase::WaitingForBrowser;
    m_timer.start(m_timeoutDuration);
    qCDebug(lcSignIn) << "Sign-in with" << m_provider.authority << "waiting on" << m_redirectUri.toDisplayString();
    QTimer::singleShot(0, this, [this, attempt, authorizeUrl] {
        if (attempt == m_attempt && m_phase == Phase::WaitingForBrowser) {
            emit openBrowser(authorizeUrl);
        }
    });
}

void OAuthSignIn::cancel()
{
    if (!isRunning()) {
        return;
    }
    finish(std::nullopt,
           Error::make(ErrorCode::InvalidInput, tr("The sign-in with %1 was cancelled.").arg(m_provider.authority),
                       u"cancelled"_s));
}

void OAuthSignIn::onRedirect(const QVariantMap &values)
{
    if (m_phase != Phase::WaitingForBrowser) {
        return; // a second redirect, or one after the end: the flow ignores it too
    }
    const QString error = redirectValue(values, u"error"_s);
    const QString code = redirectValue(values, u"code"_s);
    const QString state = redirectValue(values, u"state"_s);
    if (error.isEmpty() && code.isEmpty()) {
        return; // not the redirect (a browser asking for /favicon.ico, say)
    }
    auto *handler = static_cast<ReplyHandler *>(m_replyHandler);
    const QString &authority = m_provider.authority;

    // The handler writes its callback text to the browser right after this signal.
    if (state != m_state) {
        handler->setCallbackText(page(tr("This page does not belong to the sign-in Tidings is waiting for, so it "
                                         "was not used. Close this tab and start the sign-in again in Tidings.")));
        finish(std::nullopt,
               Error::make(ErrorCode::Unauthorized,
                           tr("The answer from %1 that came back through the browser does not belong to the "
                              "sign-in Tidings started, so it was not used. Start the sign-in again.")
                               .arg(authority),
                           u"redirect state mismatch"_s));
        return;
    }
    if (!error.isEmpty()) {
        if (error == u"access_denied"_s) {
            handler->setCallbackText(
                page(tr("Tidings was not given access. You can close this tab and go back to Tidings.")));
            finish(std::nullopt,
                   Error::make(ErrorCode::Unauthorized,
                               tr("You did not allow Tidings to send email with your %1 account, so it is not signed "
                                  "in. To use it, sign in again and allow access on %1's page.")
                                   .arg(authority),
                               u"authorize: access_denied"_s));
            return;
        }
        QString description = redirectValue(values, u"error_description"_s).replace(u'+', u' ').simplified();
        if (description.size() > MaxDescriptionLength) {
            description = description.left(MaxDescriptionLength) + u'…';
        }
        handler->setCallbackText(
            page(tr("%1 refused the sign-in. You can close this tab; Tidings shows why.").arg(authority)));
        finish(std::nullopt,
               Error::make(ErrorCode::ProviderRejected,
                           tr("%1 refused the sign-in: %2").arg(authority, description.isEmpty() ? error : description),
                           u"authorize: %1"_s.arg(error.left(100))));
        return;
    }
    // The flow's own handling, connected after this, checks the state again and asks for the token.
    m_code = code;
    m_phase = Phase::RequestingToken;
    qCDebug(lcSignIn) << "Sign-in with" << authority << "exchanging the code";
}

void OAuthSignIn::onTokenReply(QNetworkReply *reply)
{
    if (m_phase != Phase::RequestingToken) {
        return;
    }
    const QString &authority = m_provider.authority;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        finish(std::nullopt, Error::make(ErrorCode::Network,
                                         tr("Tidings could not reach %1 to finish the sign-in (%2). Check the "
                                            "internet connection and sign in again.")
                                             .arg(authority, reply->errorString()),
                                         u"token endpoint: %1"_s.arg(reply->errorString()), true));
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QString errorCode = answer.value("error"_L1).toString().left(100);
    const QString detail = u"token endpoint: HTTP %1 %2"_s.arg(status).arg(errorCode).trimmed();

    if (status >= 200 && status < 300) {
        if (answer.value("access_token"_L1).toString().isEmpty()) {
            finish(std::nullopt, Error::make(ErrorCode::ProviderFailed,
                                             tr("%1 answered the sign-in in a way Tidings does not understand. "
                                                "Sign in again.")
                                                 .arg(authority),
                                             detail));
            return;
        }
        OAuthSignInResult result;
        result.refreshToken = answer.value("refresh_token"_L1).toString();
        result.grantedScopes = answer.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
        if (result.refreshToken.isEmpty()) {
            const QString message =
                authority == u"Google"_s
                    ? tr("Google signed you in but gave Tidings no refresh token, which it only gives the first time "
                         "you allow an app. Remove Tidings' access at myaccount.google.com/permissions and sign in "
                         "again.")
                    : tr("%1 signed you in but gave Tidings no refresh token, so Tidings could not stay signed in. "
                         "Check that the app may ask for offline access and sign in again.")
                          .arg(authority);
            finish(std::nullopt, Error::make(ErrorCode::ProviderRejected, message, detail + u" (no refresh_token)"_s));
            return;
        }
        qCDebug(lcSignIn) << "Sign-in with" << authority << "finished; granted scopes" << result.grantedScopes;
        finish(std::move(result), std::nullopt);
        return;
    }

    // The description is the provider's own sentence; dropped if it echoes anything Tidings sent.
    QString description = answer.value("error_description"_L1).toString().simplified();
    for (const QString &sent : {m_provider.clientSecret, m_codeVerifier}) {
        if (!sent.isEmpty() && description.contains(sent)) {
            description.clear();
        }
    }
    if (description.size() > MaxDescriptionLength) {
        description = description.left(MaxDescriptionLength) + u'…';
    }
    const QString reason = !description.isEmpty() ? description
                           : !errorCode.isEmpty() ? errorCode
                                                  : tr("HTTP %1").arg(status);
    if (status >= 500) {
        finish(std::nullopt, Error::make(ErrorCode::ProviderFailed,
                                         tr("%1 had a temporary problem finishing the sign-in (HTTP %2). Sign in "
                                            "again in a moment.")
                                             .arg(authority)
                                             .arg(status),
                                         detail, true));
        return;
    }
    if (errorCode == u"invalid_client"_s || errorCode == u"unauthorized_client"_s ||
        (status == 401 && errorCode != u"invalid_grant"_s)) {
        finish(std::nullopt, Error::make(ErrorCode::Unauthorized,
                                         tr("%1 refused Tidings' client ID or client secret: %2. Check both in %3.")
                                             .arg(authority, reason, settingsPage()),
                                         detail));
        return;
    }
    finish(std::nullopt,
           Error::make(errorCode == u"invalid_grant"_s ? ErrorCode::Unauthorized : ErrorCode::ProviderRejected,
                       tr("%1 refused the sign-in: %2").arg(authority, reason), detail));
}

void OAuthSignIn::onTimeout()
{
    if (!isRunning()) {
        return;
    }
    finish(std::nullopt,
           Error::make(ErrorCode::Timeout,
                       tr("The sign-in with %1 was not finished in time. Start it again and finish it in the browser "
                          "window that opens.")
                           .arg(m_provider.authority),
                       u"no redirect within %1 ms"_s.arg(m_timeoutDuration.count())));
}

void OAuthSignIn::finish(std::optional<OAuthSignInResult> result, std::optional<Error> error)
{
    tearDown();
    if (error) {
        qCInfo(lcSignIn) << "Sign-in with" << m_provider.authority << "failed:" << error->message << error->detail;
    }
    QTimer::singleShot(0, this, [this, result = std::move(result), error = std::move(error)] {
        if (result) {
            emit succeeded(*result);
        } else if (error) {
            emit failed(*error);
        }
    });
}

void OAuthSignIn::tearDown()
{
    m_timer.stop();
    if (m_replyHandler) {
        auto *handler = static_cast<ReplyHandler *>(m_replyHandler);
        handler->close();
        disconnect(handler, nullptr, this, nullptr);
        // Without the network manager, the request is gone with it.
        const bool awaitingReply = m_phase == Phase::RequestingToken && !handler->replied() && m_network;
        handler->retire(awaitingReply ? m_network.data() : nullptr, awaitingReply);
        m_replyHandler = nullptr;
    }
    if (m_flow) {
        m_flow->setModifyParametersFunction({});
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_phase = Phase::Idle;
    m_codeVerifier.clear();
    m_code.clear();
    m_state.clear();
}

} // namespace Tidings
