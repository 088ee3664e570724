#pragma once

#include "fakes/fakeplatformserver.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Tidings::Test {

// A loopback OAuth2 token endpoint (RFC 6749 §4.4 client credentials and §6 refresh token), as Salesforce,
// SAP Commerce and Google run them: POST <path> with a form body; the client authenticates with HTTP Basic
// or client_id/client_secret in the body; errors are {"error": "...", "error_description": "..."} with 400
// (invalid_grant, unsupported_grant_type, invalid_request) or 401 (invalid_client). Issues "token-1",
// "token-2", ... ; a platform fake accepts a bearer with isIssued().
class FakeOAuth2Server final : public FakePlatformServer
{
    Q_OBJECT

public:
    FakeOAuth2Server(QString path, QString clientId, QString clientSecret, QObject *parent = nullptr);

    // Accept grant_type=refresh_token with this refresh token (empty: refresh grants are refused).
    void setRefreshToken(const QString &token) { m_refreshToken = token; }

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

protected:
    std::optional<Response> violation(const Request &request) const override;
    Response serve(const Request &request) override;

private:
    static Response oauthError(int status, const char *code);

    QString m_path;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    bool m_clientCredentials = false;
    int m_expiresIn = 3600;
    QJsonObject m_extra;
    QStringList m_issued;
    int m_count = 0;
    QString m_lastClientAuth;
};

} // namespace Tidings::Test
