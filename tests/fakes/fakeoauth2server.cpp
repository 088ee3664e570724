#include "fakes/fakeoauth2server.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

FakeOAuth2Server::FakeOAuth2Server(QString path, QString clientId, QString clientSecret, QObject *parent)
    : FakePlatformServer(parent)
    , m_path(std::move(path))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{}

FakePlatformServer::Response FakeOAuth2Server::oauthError(int status, const char *code)
{
    return json(status, QJsonDocument(QJsonObject{{u"error"_s, QString::fromLatin1(code)},
                                                  {u"error_description"_s, u"refused by the fake"_s}})
                            .toJson(QJsonDocument::Compact));
}

std::optional<FakePlatformServer::Response> FakeOAuth2Server::violation(const Request &request) const
{
    if (request.path != m_path.toUtf8()) {
        return json(404, R"({"error":"not_found"})");
    }
    if (request.method != "POST") {
        return oauthError(400, "invalid_request");
    }
    if (!request.headers.value("content-type").startsWith("application/x-www-form-urlencoded")) {
        return oauthError(400, "invalid_request");
    }
    const QUrlQuery form(QString::fromUtf8(request.body));
    QString id = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    QString secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization.startsWith("Basic ")) {
        if (!id.isEmpty()) {
            return oauthError(400, "invalid_request"); // RFC 6749 §2.3: one method per request
        }
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
        const qsizetype colon = pair.indexOf(':');
        id = QUrl::fromPercentEncoding(pair.left(colon));
        secret = QUrl::fromPercentEncoding(pair.mid(colon + 1));
    }
    if (id != m_clientId || secret != m_clientSecret) {
        return oauthError(401, "invalid_client");
    }
    const QString grant = form.queryItemValue(u"grant_type"_s);
    if (grant == "refresh_token"_L1) {
        if (m_refreshToken.isEmpty() || form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != m_refreshToken) {
            return oauthError(400, "invalid_grant");
        }
    } else if (grant == "client_credentials"_L1) {
        if (!m_clientCredentials) {
            return oauthError(400, "unauthorized_client");
        }
    } else {
        return oauthError(400, "unsupported_grant_type");
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeOAuth2Server::serve(const Request &request)
{
    m_lastClientAuth = request.headers.value("authorization").startsWith("Basic ") ? u"basic"_s : u"body"_s;
    const QString token = u"token-%1"_s.arg(++m_count);
    m_issued.append(token);
    QJsonObject answer = m_extra;
    answer.insert(u"access_token"_s, token);
    answer.insert(u"token_type"_s, u"Bearer"_s);
    if (m_expiresIn > 0) {
        answer.insert(u"expires_in"_s, m_expiresIn);
    }
    return json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace Tidings::Test
