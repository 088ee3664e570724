#pragma once

#include "fakes/fakeplatformserver.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace Tidings::Test {

// A loopback OAuth2 token endpoint (RFC 6749 §4.4 client credentials and §6 refresh token), as Salesforce,
// SAP Commerce and Google run them: POST <path> with a form body; the client authenticates with HTTP Basic
// or client_id/client_secret in the body; errors are {"error": "...", "error_description": "..."} with 400
// (invalid_grant, unsupported_grant_type, invalid_request) or 401 (invalid_client). Issues "token-1",
// "token-2", ... ; a platform fake accepts a bearer with isIssued(). With setRotateRefreshTokens(), each
// accepted refresh grant also answers a new refresh token ("rt-1/a+b", "rt-2", "rt-3/a+b", ...: the odd ones
// must be form-encoded, and the refresh grant's form is then read as servers do, '+' a space) and refuses
// the one used from then on (400 invalid_grant), as Salesforce with refresh token rotation and Microsoft.
//
// With setAuthorizePath(), also the authorization-code grant (RFC 6749 §4.1) with PKCE (RFC 7636, S256 only)
// as Google and Microsoft run it for desktop apps with a loopback redirect (RFC 8252 §7.3):
//   GET <authorizePath>?response_type=code&client_id&redirect_uri&scope&state&code_challenge
//       &code_challenge_method=S256[&…] checks each (client_id known, redirect_uri an http:// loopback address,
//       scope and state present; with setRegisteredRedirectUri, redirect_uri exactly that) and answers 302 to
//       redirect_uri?code=<code>&state=<state>&scope=<scope>, the code shaped like Google's ("4/0A…": it contains a
//       '/', sent percent-encoded); when set to deny, 302 to redirect_uri?error=access_denied&state=<state>. A broken
//       request is answered 400 with
//       {"error": "invalid_request" | "unauthorized_client" | "redirect_uri_mismatch"}, as the page an
//       authorization server shows instead of redirecting.
//   POST <path> grant_type=authorization_code&code&redirect_uri&code_verifier (+ client authentication as
//       above) exchanges a code once: an unknown or used code, a different redirect_uri or a code_verifier
//       that does not hash to the code_challenge is 400 invalid_grant. Answers access_token, token_type,
//       expires_in, refresh_token (settable; can be left out) and scope (the scope asked for unless set).
class FakeOAuth2Server final : public FakePlatformServer
{
    Q_OBJECT

public:
    FakeOAuth2Server(QString path, QString clientId, QString clientSecret, QObject *parent = nullptr);

    // Accept grant_type=refresh_token with this refresh token (empty: refresh grants are refused).
    void setRefreshToken(const QString &token) { m_refreshToken = token; }

    // The refresh token accepted now (the newest when rotating).
    QString refreshToken() const { return m_refreshToken; }

    // Rotate refresh tokens: each accepted refresh grant answers a new one, which alone is accepted next.
    void setRotateRefreshTokens(bool rotate) { m_rotateRefreshTokens = rotate; }

    int refreshTokensRotated() const { return m_rotations; }

    // Accept grant_type=client_credentials.
    void setAllowClientCredentials(bool allow) { m_clientCredentials = allow; }

    // expires_in of the tokens issued (0: the answer has no expires_in, as Salesforce's).
    void setExpiresInSeconds(int seconds) { m_expiresIn = seconds; }

    // More members of every token answer, e.g. {"instance_url": ...}.
    void setExtra(const QJsonObject &extra) { m_extra = extra; }

    // Forgets every token issued, as a revoked session.
    void revokeAll() { m_issued.clear(); }

    bool isIssued(const QString &token) const { return m_issued.contains(token); }

    int tokensIssued() const { return m_count; }

    // How the last good request authenticated the client: "basic" or "body".
    QString lastClientAuth() const { return m_lastClientAuth; }

    // Serves the authorization-code grant's authorize page at `path`, e.g. "/o/oauth2/v2/auth".
    void setAuthorizePath(const QString &path) { m_authorizePath = path; }

    // baseUrl() + the authorize path, and + the token path.
    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;

    // Only this redirect_uri is accepted, character for character, as Salesforce checks the callback URL
    // registered with the app (default: any http:// loopback address).
    void setRegisteredRedirectUri(const QString &uri) { m_registeredRedirectUri = uri; }

    // The owner clicks Cancel on the consent page: the authorize request redirects with error=access_denied.
    void setDenyAuthorization(bool deny) { m_denyAuthorization = deny; }

    // Whether the '/' of a code is sent percent-encoded in the redirect (default), or as it is: both reach
    // loopback redirects from real servers.
    void setEncodeSlashInCode(bool encode) { m_encodeSlashInCode = encode; }

    // The refresh_token of code exchange answers (empty: the answer has none, as Google's after the first
    // consent without prompt=consent).
    void setCodeGrantRefreshToken(const QString &token) { m_codeGrantRefreshToken = token; }

    QString codeGrantRefreshToken() const { return m_codeGrantRefreshToken; }

    // The "scope" of code exchange answers; nullopt (default): the scope the authorize request asked for; an
    // empty string: the answer has no scope.
    void setGrantedScope(std::optional<QString> scope) { m_grantedScope = std::move(scope); }

    // The query of the last good authorize request, decoded.
    QUrlQuery lastAuthorizeQuery() const { return m_lastAuthorizeQuery; }

    // The form of the last good code exchange (as it arrived), and the code it carried, decoded.
    QUrlQuery lastCodeExchange() const { return m_lastCodeExchange; }

    QString lastExchangedCode() const { return m_lastExchangedCode; }

    int codesIssued() const { return m_codesIssued; }

    int codesExchanged() const { return m_codesExchanged; }

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;

private:
    struct IssuedCode
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        QString codeChallenge;
    };

    static Response oauthError(int status, const char *code);
    std::optional<Response> authorizeViolation(const Request &request) const;
    std::optional<Response> codeExchangeViolation(const QUrlQuery &form) const;
    Response authorize(const Request &request);
    Response exchangeCode(const Request &request);

    QString m_path;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    bool m_rotateRefreshTokens = false;
    int m_rotations = 0;
    bool m_clientCredentials = false;
    int m_expiresIn = 3600;
    QJsonObject m_extra;
    QStringList m_issued;
    int m_count = 0;
    QString m_lastClientAuth;

    QString m_authorizePath;
    QString m_registeredRedirectUri;
    bool m_denyAuthorization = false;
    bool m_encodeSlashInCode = true;
    QString m_codeGrantRefreshToken = QStringLiteral("1//fake-refresh+token/from-code");
    std::optional<QString> m_grantedScope;
    QHash<QString, IssuedCode> m_codes; // issued, not yet exchanged
    QUrlQuery m_lastAuthorizeQuery;
    QUrlQuery m_lastCodeExchange;
    QString m_lastExchangedCode;
    int m_codesIssued = 0;
    int m_codesExchanged = 0;
};

} // namespace Tidings::Test
