#include "fakes/fakegmail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

const QByteArray SendPath = QByteArrayLiteral("/gmail/v1/users/me/messages/send");

QByteArray googleError(int code, const QString &status, const QString &reason, const QString &message,
                       const QString &domain = u"global"_s)
{
    const QJsonObject detail{{u"domain"_s, domain}, {u"reason"_s, reason}, {u"message"_s, message}};
    return QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code},
                                                              {u"message"_s, message},
                                                              {u"errors"_s, QJsonArray{detail}},
                                                              {u"status"_s, status}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray oauthError(const QString &error, const QString &description)
{
    return QJsonDocument(QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}})
        .toJson(QJsonDocument::Compact);
}

// The value of one header of an RFC 5322 message (unfolded), or an empty array.
QByteArray headerOf(const QByteArray &message, const QByteArray &name)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    const QByteArray head = message.left(end < 0 ? message.size() : end).replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (trimmed.toLower().startsWith(QByteArray(name.toLower() + ':'))) {
            return trimmed.mid(name.size() + 1).trimmed();
        }
    }
    return {};
}

} // namespace

FakeGmail::FakeGmail(QString clientId, QString clientSecret, QString refreshToken, QString address, QObject *parent)
    : FakeSendServer(parent)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_refreshToken(std::move(refreshToken))
    , m_address(std::move(address))
{}

QUrl FakeGmail::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/token"_s);
    return url;
}

QList<int> FakeGmail::sendRequests() const
{
    QList<int> indexes;
    const auto all = requests();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).path == SendPath) {
            indexes.append(i);
        }
    }
    return indexes;
}

QByteArray FakeGmail::messageOf(int index) const
{
    const QString raw = QJsonDocument::fromJson(request(index).body).object().value(u"raw"_s).toString();
    const auto decoded = QByteArray::fromBase64Encoding(raw.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                            QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

std::optional<FakeSendServer::Response> FakeGmail::respond(const Request &request)
{
    if (request.path == "/token") {
        return token(request);
    }
    if (request.path == SendPath) {
        return sendMessage(request);
    }
    return json(404, googleError(404, u"NOT_FOUND"_s, u"notFound"_s, u"Not Found"_s));
}

FakeSendServer::Response FakeGmail::token(const Request &request)
{
    if (request.method != "POST") {
        return json(405, oauthError(u"invalid_request"_s, u"Method not allowed."_s));
    }
    if (!request.headers.value("content-type").startsWith("application/x-www-form-urlencoded")) {
        return json(400, oauthError(u"invalid_request"_s, u"Required parameter is missing: grant_type"_s));
    }
    if (m_failNextToken) {
        m_failNextToken = false;
        return json(503, oauthError(u"temporarily_unavailable"_s, u"The service is temporarily unavailable."_s),
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)}});
    }
    const QUrlQuery form(QString::fromUtf8(request.body));
    const auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    if (field(u"grant_type"_s) != u"refresh_token"_s) {
        return json(400, oauthError(u"unsupported_grant_type"_s, u"Invalid grant_type: "_s + field(u"grant_type"_s)));
    }
    if (field(u"client_id"_s) != m_clientId || field(u"client_secret"_s) != m_clientSecret) {
        return json(401, oauthError(u"invalid_client"_s, u"The OAuth client was not found."_s));
    }
    if (m_refreshToken.isEmpty() || field(u"refresh_token"_s) != m_refreshToken) {
        return json(400, oauthError(u"invalid_grant"_s, u"Token has been expired or revoked."_s));
    }
    ++m_tokensIssued;
    const QString access = u"ya29.gmail-access-%1"_s.arg(m_tokensIssued);
    m_accessTokens.append(access);
    return json(200, QJsonDocument(QJsonObject{{u"access_token"_s, access},
                                               {u"expires_in"_s, 3599},
                                               {u"scope"_s, m_grantedScope},
                                               {u"token_type"_s, u"Bearer"_s}})
                         .toJson(QJsonDocument::Compact));
}

std::optional<FakeSendServer::Response> FakeGmail::sendMessage(const Request &request)
{
    if (request.method != "POST") {
        return json(405,
                    googleError(405, u"METHOD_NOT_ALLOWED"_s, u"httpMethodNotAllowed"_s, u"Method not allowed."_s));
    }
    const QByteArray authorization = request.headers.value("authorization");
    const QString bearer = QString::fromUtf8(authorization.mid(7));
    const bool known =
        m_accessTokens.contains(bearer) || (m_externalTokenCheck && !bearer.isEmpty() && m_externalTokenCheck(bearer));
    if (!authorization.startsWith("Bearer ") || !known) {
        return json(401, googleError(401, u"UNAUTHENTICATED"_s, u"authError"_s, u"Invalid Credentials"_s));
    }
    if (!request.headers.value("content-type").startsWith("application/json")) {
        return json(400, googleError(400, u"INVALID_ARGUMENT"_s, u"badRequest"_s, u"Invalid JSON payload."_s));
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QString raw = document.object().value(u"raw"_s).toString();
    const auto decoded = QByteArray::fromBase64Encoding(raw.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!document.isObject() || raw.isEmpty() || !decoded) {
        return json(400, googleError(400, u"INVALID_ARGUMENT"_s, u"invalidArgument"_s,
                                     u"Invalid value for ByteString: "_s + raw.left(20)));
    }
    const QByteArray &message = *decoded;
    if (headerOf(message, "To").isEmpty()) {
        return json(
            400, googleError(400, u"FAILED_PRECONDITION"_s, u"failedPrecondition"_s, u"Precondition check failed."_s));
    }
    const QByteArray from = headerOf(message, "From").toLower();
    if (!from.contains(m_address.toLower().toUtf8()) || headerOf(message, "Subject").isEmpty()) {
        return json(400, googleError(400, u"INVALID_ARGUMENT"_s, u"invalidArgument"_s, u"Invalid From header"_s));
    }

    const Mode mode = m_queued.isEmpty() ? m_mode : m_queued.takeFirst();
    const Headers retryAfter{{QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)}};
    switch (mode) {
    case Mode::Accept: {
        ++m_accepted;
        const QString id = u"18c%1f00d00d"_s.arg(m_accepted, 4, 10, QChar(u'0'));
        return json(
            200, QJsonDocument(QJsonObject{{u"id"_s, id}, {u"threadId"_s, id}, {u"labelIds"_s, QJsonArray{u"SENT"_s}}})
                     .toJson(QJsonDocument::Compact));
    }
    case Mode::InvalidTo400:
        return json(400, googleError(400, u"INVALID_ARGUMENT"_s, u"invalidArgument"_s, u"Invalid To header"_s));
    case Mode::TokenExpired401:
        m_accessTokens.clear();
        return json(401, googleError(401, u"UNAUTHENTICATED"_s, u"authError"_s, u"Invalid Credentials"_s));
    case Mode::Insufficient403:
        return json(403, googleError(403, u"PERMISSION_DENIED"_s, u"insufficientPermissions"_s,
                                     u"Request had insufficient authentication scopes."_s));
    case Mode::DomainPolicy403:
        return json(403, googleError(403, u"PERMISSION_DENIED"_s, u"domainPolicy"_s,
                                     u"The domain administrators have disabled Gmail apps."_s));
    case Mode::UserRateLimit403:
        return json(403, googleError(403, u"PERMISSION_DENIED"_s, u"userRateLimitExceeded"_s,
                                     u"User Rate Limit Exceeded"_s, u"usageLimits"_s));
    case Mode::DailyLimit403:
        return json(403, googleError(403, u"PERMISSION_DENIED"_s, u"dailyLimitExceeded"_s, u"Daily Limit Exceeded"_s,
                                     u"usageLimits"_s));
    case Mode::RateLimited429:
        return json(429,
                    googleError(429, u"RESOURCE_EXHAUSTED"_s, u"rateLimitExceeded"_s,
                                u"User-rate limit exceeded.  Retry after 2026-11-29T06:00:00.000Z"_s, u"usageLimits"_s),
                    retryAfter);
    case Mode::RateLimited429Bare:
        return json(429, googleError(429, u"RESOURCE_EXHAUSTED"_s, u"rateLimitExceeded"_s, u"Too many requests"_s,
                                     u"usageLimits"_s));
    case Mode::Backend500:
        return json(500, googleError(500, u"INTERNAL"_s, u"backendError"_s, u"Backend Error"_s));
    case Mode::Unavailable503:
        return json(503,
                    googleError(503, u"UNAVAILABLE"_s, u"backendError"_s, u"The service is currently unavailable."_s),
                    retryAfter);
    case Mode::Malformed502:
        return text(502, QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>"));
    case Mode::Hang:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Tidings::Test
