#pragma once

#include "model/error.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace Tidings {

// Who signs the owner in, and where: an OAuth2 authorization server's endpoints and this app's client there.
struct OAuthSignInProvider
{
    QString authority; // for messages: "Google", "Microsoft"
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret; // empty for public clients (Microsoft desktop apps)
    QStringList scopes;
    QList<std::pair<QString, QString>> extraAuthorizeParameters; // Google: access_type=offline, prompt=consent
    // Empty: the browser comes back to http://127.0.0.1:<a free port>/, which Google and Microsoft accept for
    // desktop apps (RFC 8252 §7.3). Set for providers that accept only the exact address registered with the
    // app (Salesforce): an http:// address on this computer (localhost or 127.0.0.1) with a port. Tidings
    // listens on 127.0.0.1 at that port and path and sends the address as written.
    QUrl redirectUri;
    // The page where the owner changes these settings, named in messages ("Channels", "Connections");
    // translated. Empty: "Channels".
    QString settingsPage;
};

// What a finished sign-in gives.
struct OAuthSignInResult
{
    QString refreshToken;      // a secret: never log it
    QStringList grantedScopes; // the token answer's "scope", split; empty if the answer had none
};

// One interactive sign-in: the OAuth2 authorization-code grant (RFC 6749 §4.1) with PKCE (RFC 7636, S256) and a
// loopback redirect (RFC 8252 §7.3). start() listens on http://127.0.0.1:<free port>/ and asks, through
// openBrowser(), for the provider's authorize page to be opened in the owner's browser; the provider sends the
// browser back to the loopback address with a code, which is exchanged at the token endpoint for the refresh
// token. Exactly one of succeeded() or failed() follows each start(), from the event loop; the listener is
// closed by then. Messages name the authority and never carry a secret.
//
// Built on QOAuth2AuthorizationCodeFlow and QOAuthHttpServerReplyHandler (Qt 6.4, which has no PKCE of its own
// and does not report refused token requests or a wrong state: OAuthSignIn does both).
class OAuthSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSignIn)

public:
    OAuthSignIn(OAuthSignInProvider provider, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Listens on 127.0.0.1 (a free port, or the provider's redirect address) and emits openBrowser(url) from the event
    // loop (never inside start()), or failed() if nothing can listen or the provider settings are unusable (no client
    // id, an authorize or token address that is not https:// except on this computer). A sign-in already running is
    // cancelled first.
    void start();
    // Stops listening; emits failed() with an Error whose message says it was cancelled. Nothing when not running.
    void cancel();

    bool isRunning() const { return m_phase != Phase::Idle; }

    // http://127.0.0.1:<port>/ or the provider's redirect address, valid once started.
    QUrl redirectUri() const { return m_redirectUri; }

    // How long the owner has to finish in the browser (10 minutes unless set); takes effect at the next start().
    void setTimeout(std::chrono::milliseconds timeout) { m_timeoutDuration = timeout; }

    std::chrono::milliseconds timeout() const { return m_timeoutDuration; }

    const OAuthSignInProvider &provider() const { return m_provider; }

    // A PKCE code verifier: 64 characters of RFC 7636's unreserved set, from the system's random generator.
    static QString newCodeVerifier();
    // BASE64URL(SHA256(verifier)) without padding (RFC 7636 §4.2, S256).
    static QString codeChallengeFor(const QString &verifier);

signals:
    void openBrowser(const QUrl &authorizeUrl);
    void succeeded(const Tidings::OAuthSignInResult &result);
    void failed(const Tidings::Error &error); // exactly one of succeeded/failed, once per start()

private:
    enum class Phase {
        Idle,
        WaitingForBrowser, // the authorize page is open; the redirect has not come back
        RequestingToken,   // the code is being exchanged
    };

    std::optional<Error> checkProvider() const;
    QString settingsPage() const;
    void onRedirect(const QVariantMap &values);
    void onTokenReply(QNetworkReply *reply);
    void onTimeout();
    // Ends the sign-in: stops listening and the timer, and emits the outcome from the event loop.
    void finish(std::optional<OAuthSignInResult> result, std::optional<Error> error);
    void tearDown();

    OAuthSignInProvider m_provider;
    QPointer<QNetworkAccessManager> m_network;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_replyHandler = nullptr;
    QTimer m_timer;
    std::chrono::milliseconds m_timeoutDuration = std::chrono::minutes(10);
    Phase m_phase = Phase::Idle;
    quint64 m_attempt = 0; // which start() the queued signals belong to
    QString m_codeVerifier;
    QString m_code; // the authorization code the redirect brought, decoded
    QString m_state;
    QUrl m_redirectUri;
};

} // namespace Tidings

Q_DECLARE_METATYPE(Tidings::OAuthSignInResult)
