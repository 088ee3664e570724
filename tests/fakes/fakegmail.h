#pragma once

#include "fakes/fakesendserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tidings::Test {

// A loopback Google OAuth 2.0 token endpoint plus the Gmail API's users.messages.send, on one port (point the
// channel's "tokenUrl" at tokenUrl() and its base URL at baseUrl()).
//
// Token: POST /token, form grant_type=refresh_token, refresh_token, client_id, client_secret; answers
// {access_token, expires_in, scope, token_type:"Bearer"} with no new refresh token (Google does not rotate
// them). Refused: 401 {error:"invalid_client", error_description} for a wrong client id or secret, 400
// {error:"invalid_grant", error_description:"Token has been expired or revoked."}.
//
// Send: POST /gmail/v1/users/me/messages/send, "Authorization: Bearer <an access token it issued>", JSON
// {"raw": base64url (no padding) of an RFC 5322 message with From, To and Subject headers, From being the
// signed-in address}. Refused with Google's envelope {"error":{"code","message","errors":[{"domain",
// "reason","message"}],"status"}}: 401 authError for an unknown token, 400 invalidArgument for a bad body or
// message. A valid request is answered by the next queued mode, else by mode().
class FakeGmail final : public FakeSendServer
{
    Q_OBJECT

public:
    enum class Mode {
        Accept,             // 200 {id, threadId, labelIds:["SENT"]}
        InvalidTo400,       // 400 invalidArgument "Invalid To header"
        TokenExpired401,    // 401 authError (the access token is forgotten)
        Insufficient403,    // 403 insufficientPermissions (ACCESS_TOKEN_SCOPE_INSUFFICIENT)
        DomainPolicy403,    // 403 domainPolicy (a Workspace administrator blocks the app)
        UserRateLimit403,   // 403 userRateLimitExceeded
        DailyLimit403,      // 403 dailyLimitExceeded
        RateLimited429,     // 429 rateLimitExceeded with Retry-After: retryAfterSeconds()
        RateLimited429Bare, // 429 without Retry-After
        Backend500,         // 500 backendError
        Unavailable503,     // 503 with Retry-After
        Malformed502,       // 502 with an HTML body
        Hang,               // no answer until releaseHung() or the client gives up
    };
    Q_ENUM(Mode)

    FakeGmail(QString clientId, QString clientSecret, QString refreshToken, QString address, QObject *parent = nullptr);

    QUrl tokenUrl() const;

    void setMode(Mode mode) { m_mode = mode; }

    void queueModes(const QList<Mode> &modes) { m_queued.append(modes); }

    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    // The scopes the token endpoint says were granted (default: gmail.send).
    void setGrantedScope(const QString &scope) { m_grantedScope = scope; }

    // Refuses every refresh token (as after the owner revoked access).
    void revokeRefreshToken() { m_refreshToken.clear(); }

    // Also accepts access tokens another token server issued (when the channel's "tokenUrl" points there, as
    // in the sign-in tests, whose authorization server issues the tokens).
    void setExternalTokenCheck(std::function<bool(const QString &token)> check)
    {
        m_externalTokenCheck = std::move(check);
    }

    // The next token request answers 503.
    void failNextTokenRequest() { m_failNextToken = true; }

    int tokensIssued() const { return m_tokensIssued; }

    int acceptedCount() const { return m_accepted; }

    // Indexes of the send requests among requests(), and the decoded RFC 5322 message of one.
    QList<int> sendRequests() const;
    QByteArray messageOf(int index) const;

protected:
    std::optional<Response> respond(const Request &request) override;

private:
    Response token(const Request &request);
    std::optional<Response> sendMessage(const Request &request);

    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    QString m_address;
    QStringList m_accessTokens;
    std::function<bool(const QString &token)> m_externalTokenCheck;
    QString m_grantedScope = QStringLiteral("https://www.googleapis.com/auth/gmail.send");
    Mode m_mode = Mode::Accept;
    QList<Mode> m_queued;
    int m_retryAfterSeconds = 7;
    bool m_failNextToken = false;
    int m_tokensIssued = 0;
    int m_accepted = 0;
};

} // namespace Tidings::Test
