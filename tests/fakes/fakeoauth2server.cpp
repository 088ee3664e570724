#include "fakes/fakeoauth2server.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>

#include <algorithm>

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

namespace {

bool loopbackHttp(const QUrl &url)
{
    if (url.scheme() != "http"_L1 || !url.isValid()) {
        return false;
    }
    const QHostAddress address(url.host());
    return url.host() == "localhost"_L1 || (!address.isNull() && address.isLoopback());
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool validVerifier(const QString &verifier)
{
    static const QString unreserved = u"-._~"_s;
    return verifier.size() >= 43 && verifier.size() <= 128 &&
           std::all_of(verifier.cbegin(), verifier.cend(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
                      unreserved.contains(c);
           });
}

} // namespace

QUrl FakeOAuth2Server::authorizeUrl() const
{
    QUrl url = baseUrl();
    url.setPath(m_authorizePath);
    return url;
}

QUrl FakeOAuth2Server::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(m_path);
    return url;
}

std::optional<FakePlatformServer::Response> FakeOAuth2Server::authorizeViolation(const Request &request) const
{
    const auto item = [&request](const char *name) {
        return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    if (request.method != "GET") {
        return oauthError(400, "invalid_request");
    }
    if (item("client_id") != m_clientId) {
        return oauthError(400, "unauthorized_client");
    }
    if (!loopbackHttp(QUrl(item("redirect_uri"))) ||
        (!m_registeredRedirectUri.isEmpty() && item("redirect_uri") != m_registeredRedirectUri)) {
        return oauthError(400, "redirect_uri_mismatch");
    }
    if (item("response_type") != "code"_L1 || item("scope").trimmed().isEmpty() || item("state").isEmpty() ||
        item("code_challenge").size() != 43 || item("code_challenge_method") != "S256"_L1) {
        return oauthError(400, "invalid_request");
    }
    return std::nullopt;
}

std::optional<FakePlatformServer::Response> FakeOAuth2Server::codeExchangeViolation(const QUrlQuery &form) const
{
    const auto issued = m_codes.constFind(form.queryItemValue(u"code"_s, QUrl::FullyDecoded));
    if (issued == m_codes.cend()) {
        return oauthError(400, "invalid_grant"); // unknown, or already exchanged
    }
    const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
    if (form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) != issued->redirectUri ||
        form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded) != issued->clientId || !validVerifier(verifier) ||
        s256(verifier) != issued->codeChallenge) {
        return oauthError(400, "invalid_grant");
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeOAuth2Server::authorize(const Request &request)
{
    const QUrlQuery &query = request.query;
    const auto item = [&query](const QString &name) { return query.queryItemValue(name, QUrl::FullyDecoded); };
    m_lastAuthorizeQuery = query;
    const QString state = item(u"state"_s);
    QUrlQuery answer;
    if (m_denyAuthorization) {
        answer.addQueryItem(u"error"_s, u"access_denied"_s);
        answer.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    } else {
        const QString code = u"4/0AfakeCode-%1_x"_s.arg(++m_codesIssued);
        m_codes.insert(code, IssuedCode{item(u"client_id"_s), item(u"redirect_uri"_s), item(u"scope"_s),
                                        item(u"code_challenge"_s)});
        answer.addQueryItem(u"code"_s,
                            QString::fromLatin1(QUrl::toPercentEncoding(code, m_encodeSlashInCode ? "" : "/")));
        answer.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
        answer.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(item(u"scope"_s))));
    }
    QUrl location(item(u"redirect_uri"_s));
    location.setQuery(answer);
    return Response{302, {{QByteArrayLiteral("Location"), location.toEncoded()}}, {}};
}

FakePlatformServer::Response FakeOAuth2Server::exchangeCode(const Request &request)
{
    const QUrlQuery form(QString::fromUtf8(QByteArray(request.body).replace('+', "%20")));
    m_lastCodeExchange = form;
    m_lastExchangedCode = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const IssuedCode issued = m_codes.take(m_lastExchangedCode);
    ++m_codesExchanged;
    const QString token = u"token-%1"_s.arg(++m_count);
    m_issued.append(token);
    QJsonObject answer = m_extra;
    answer.insert(u"access_token"_s, token);
    answer.insert(u"token_type"_s, u"Bearer"_s);
    if (m_expiresIn > 0) {
        answer.insert(u"expires_in"_s, m_expiresIn);
    }
    if (!m_codeGrantRefreshToken.isEmpty()) {
        answer.insert(u"refresh_token"_s, m_codeGrantRefreshToken);
    }
    const QString scope = m_grantedScope.value_or(issued.scope);
    if (!scope.isEmpty()) {
        answer.insert(u"scope"_s, scope);
    }
    return json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

std::optional<FakePlatformServer::Response> FakeOAuth2Server::violation(const Request &request) const
{
    if (!m_authorizePath.isEmpty() && request.path == m_authorizePath.toUtf8()) {
        return authorizeViolation(request);
    }
    if (request.path != m_path.toUtf8()) {
        return json(404, R"({"error":"not_found"})");
    }
    if (request.method != "POST") {
        return oauthError(400, "invalid_request");
    }
    if (!request.headers.value("content-type").startsWith("application/x-www-form-urlencoded")) {
        return oauthError(400, "invalid_request");
    }
    QByteArray body = request.body;
    const QString grantType = QUrlQuery(QString::fromUtf8(body)).queryItemValue(u"grant_type"_s);
    if (grantType == "authorization_code"_L1 || (grantType == "refresh_token"_L1 && m_rotateRefreshTokens)) {
        // x-www-form-urlencoded, as servers read it: '+' is a space (refresh grants only while rotating, whose
        // tokens have one, so a client that does not encode them is refused)
        body.replace('+', "%20");
    }
    const QUrlQuery form(QString::fromUtf8(body));
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
    } else if (grant == "authorization_code"_L1 && !m_authorizePath.isEmpty()) {
        return codeExchangeViolation(form);
    } else {
        return oauthError(400, "unsupported_grant_type");
    }
    return std::nullopt;
}

FakePlatformServer::Response FakeOAuth2Server::serve(const Request &request)
{
    if (!m_authorizePath.isEmpty() && request.path == m_authorizePath.toUtf8()) {
        return authorize(request);
    }
    m_lastClientAuth = request.headers.value("authorization").startsWith("Basic ") ? u"basic"_s : u"body"_s;
    if (QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(u"grant_type"_s) == "authorization_code"_L1) {
        return exchangeCode(request);
    }
    const QString token = u"token-%1"_s.arg(++m_count);
    m_issued.append(token);
    QJsonObject answer = m_extra;
    answer.insert(u"access_token"_s, token);
    answer.insert(u"token_type"_s, u"Bearer"_s);
    if (m_expiresIn > 0) {
        answer.insert(u"expires_in"_s, m_expiresIn);
    }
    if (m_rotateRefreshTokens &&
        QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(u"grant_type"_s) == "refresh_token"_L1) {
        // The one just used is refused from now on (violation() accepts only m_refreshToken).
        ++m_rotations;
        m_refreshToken = m_rotations % 2 == 1 ? u"rt-%1/a+b"_s.arg(m_rotations) : u"rt-%1"_s.arg(m_rotations);
        answer.insert(u"refresh_token"_s, m_refreshToken);
    }
    return json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace Tidings::Test
