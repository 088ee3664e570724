#pragma once

#include "fakes/fakesendserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidings::Test {

// A loopback Microsoft identity platform token endpoint plus Microsoft Graph sendMail, on one port (point both
// "authorityUrl" and "baseUrl" at baseUrl()).
//
// Token: POST /<tenant>/oauth2/v2.0/token, form grant_type=refresh_token, refresh_token, client_id, scope
// (must contain Mail.Send); answers {token_type:"Bearer", scope, expires_in, ext_expires_in, access_token,
// refresh_token} and, as Microsoft does, a NEW refresh token every time ("rt-1", "rt-2", …). Used refresh
// tokens stay valid unless setRevokeUsedRefreshTokens(true). Refused: 400 {error:"invalid_grant",
// error_description:"AADSTS70000: …", error_codes, timestamp, trace_id, correlation_id}, 400
// invalid_request / unsupported_grant_type, 401 invalid_client (wrong client id).
//
// sendMail: POST /v1.0/me/sendMail, Bearer <an access token it issued>, JSON {message:{subject, body:
// {contentType, content}, toRecipients[], internetMessageHeaders[] with "x-" names only}, saveToSentItems};
// 401 InvalidAuthenticationToken for an unknown token; 400 ErrorInvalidRecipients / RequestBodyRead for bad
// bodies. message.attachments, when present, must be a non-empty array of {"@odata.type":
// "#microsoft.graph.fileAttachment", name, contentBytes (base64), contentType?, isInline?, contentId (required when
// inline)}: else 400 RequestBodyRead / ErrorRequiredPropertyMissing. A valid request is answered by the next queued
// mode, else by mode().
class FakeGraph final : public FakeSendServer
{
    Q_OBJECT

public:
    enum class Mode {
        Accept,            // 202, no body, request-id header
        InvalidRecipients, // 400 ErrorInvalidRecipients
        TokenExpired401,   // 401 InvalidAuthenticationToken (the access token is forgotten)
        AccessDenied403,   // 403 ErrorAccessDenied
        MailboxNotEnabled, // 404 MailboxNotEnabledForRESTAPI
        QuotaExceeded,     // 403 ErrorQuotaExceeded
        Throttled429,      // 429 ApplicationThrottled, Retry-After: retryAfterSeconds()
        Throttled429Bare,  // 429 without Retry-After
        Unavailable503,    // 503 with Retry-After: retryAfterSeconds()
        GatewayTimeout504, // 504 HTML body
        Malformed500,      // 500 with a body that is not JSON
        Hang,              // no answer until releaseHung() or the client gives up
    };
    Q_ENUM(Mode)

    FakeGraph(QString tenant, QString clientId, QString refreshToken, QObject *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }

    void queueModes(const QList<Mode> &modes) { m_queued.append(modes); }

    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    void setExpiresInSeconds(int seconds) { m_expiresIn = seconds; }

    void setRevokeUsedRefreshTokens(bool revoke) { m_revokeUsed = revoke; }

    // Refuses every refresh token (as after a password reset).
    void revokeAllRefreshTokens() { m_refreshTokens.clear(); }

    // The next token request answers 503 (temporarily unavailable).
    void failNextTokenRequest() { m_failNextToken = true; }

    int tokensIssued() const { return m_tokensIssued; }

    int acceptedCount() const { return m_accepted; }

    QStringList validRefreshTokens() const { return m_refreshTokens; }

    // Indexes of the sendMail requests among requests().
    QList<int> sendMailRequests() const;
    QJsonObject bodyOf(int index) const;

protected:
    std::optional<Response> respond(const Request &request) override;

private:
    Response token(const Request &request);
    std::optional<Response> sendMail(const Request &request);

    QString m_tenant;
    QString m_clientId;
    QStringList m_refreshTokens;
    QStringList m_accessTokens;
    Mode m_mode = Mode::Accept;
    QList<Mode> m_queued;
    int m_retryAfterSeconds = 7;
    int m_expiresIn = 3599;
    bool m_revokeUsed = false;
    bool m_failNextToken = false;
    int m_tokensIssued = 0;
    int m_accepted = 0;
};

} // namespace Tidings::Test
