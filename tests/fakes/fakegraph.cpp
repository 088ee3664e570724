#include "fakes/fakegraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray graphError(const QString &code, const QString &message)
{
    const QJsonObject inner{{u"request-id"_s, u"5c2d0a7e-0000-4000-8000-000000000001"_s},
                            {u"date"_s, u"2026-11-29T03:00:00"_s}};
    return QJsonDocument(
               QJsonObject{
                   {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"innerError"_s, inner}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray aadError(const QString &error, const QString &description, int code)
{
    return QJsonDocument(QJsonObject{{u"error"_s, error},
                                     {u"error_description"_s, description},
                                     {u"error_codes"_s, QJsonArray{code}},
                                     {u"timestamp"_s, u"2026-11-29 03:00:00Z"_s},
                                     {u"trace_id"_s, u"00000000-0000-0000-0000-000000000002"_s},
                                     {u"correlation_id"_s, u"00000000-0000-0000-0000-000000000003"_s}})
        .toJson(QJsonDocument::Compact);
}

bool isBase64(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty() &&
           QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
                   .decodingStatus == QByteArray::Base64DecodingStatus::Ok;
}

// Why message.attachments is not what sendMail takes, as Graph's error code and message, or nullopt. Each must be a
// fileAttachment ("@odata.type", as Graph requires to create one) with name and contentBytes (base64);
// contentType and contentId strings and isInline a boolean when present. Stricter than Graph, for our client: an
// empty array (leave the member out) and an inline attachment without the contentId its HTML refers to.
std::optional<std::pair<QString, QString>> attachmentProblem(const QJsonObject &message)
{
    const QJsonValue value = message.value(u"attachments"_s);
    if (value.isUndefined()) {
        return std::nullopt;
    }
    if (!value.isArray() || value.toArray().isEmpty()) {
        return std::pair{u"RequestBodyRead"_s, u"attachments must be a non-empty array."_s};
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject attachment = entry.toObject();
        if (attachment.value(u"@odata.type"_s).toString() != u"#microsoft.graph.fileAttachment"_s) {
            return std::pair{u"RequestBodyRead"_s,
                             u"An attachment needs \"@odata.type\": \"#microsoft.graph.fileAttachment\"."_s};
        }
        if (attachment.value(u"name"_s).toString().isEmpty()) {
            return std::pair{u"ErrorRequiredPropertyMissing"_s,
                             u"Required property is missing. PropertyName = name."_s};
        }
        if (!isBase64(attachment.value(u"contentBytes"_s))) {
            return std::pair{u"RequestBodyRead"_s,
                             u"contentBytes is missing or not a valid Edm.Binary (base64) value."_s};
        }
        for (const QString &text : {u"contentType"_s, u"contentId"_s}) {
            const QJsonValue member = attachment.value(text);
            if (!member.isUndefined() && (!member.isString() || member.toString().isEmpty())) {
                return std::pair{u"RequestBodyRead"_s, text + u" must be a non-empty string."_s};
            }
        }
        const QJsonValue isInline = attachment.value(u"isInline"_s);
        if (!isInline.isUndefined() && !isInline.isBool()) {
            return std::pair{u"RequestBodyRead"_s, u"isInline must be a boolean."_s};
        }
        if (isInline.toBool() && attachment.value(u"contentId"_s).isUndefined()) {
            return std::pair{u"ErrorRequiredPropertyMissing"_s,
                             u"An inline attachment needs the contentId the body refers to."_s};
        }
    }
    return std::nullopt;
}

const FakeSendServer::Headers RequestId{
    {QByteArrayLiteral("request-id"), QByteArrayLiteral("5c2d0a7e-0000-4000-8000-000000000001")}};

} // namespace

FakeGraph::FakeGraph(QString tenant, QString clientId, QString refreshToken, QObject *parent)
    : FakeSendServer(parent)
    , m_tenant(std::move(tenant))
    , m_clientId(std::move(clientId))
    , m_refreshTokens{std::move(refreshToken)}
{}

QList<int> FakeGraph::sendMailRequests() const
{
    QList<int> indexes;
    const auto all = requests();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).path == "/v1.0/me/sendMail") {
            indexes.append(i);
        }
    }
    return indexes;
}

QJsonObject FakeGraph::bodyOf(int index) const
{
    return QJsonDocument::fromJson(request(index).body).object();
}

std::optional<FakeSendServer::Response> FakeGraph::respond(const Request &request)
{
    if (request.path == QByteArray("/" + m_tenant.toUtf8() + "/oauth2/v2.0/token")) {
        return token(request);
    }
    if (request.path == "/v1.0/me/sendMail") {
        return sendMail(request);
    }
    return json(404, graphError(u"UnknownError"_s, {}));
}

FakeSendServer::Response FakeGraph::token(const Request &request)
{
    if (request.method != "POST") {
        return json(
            405, aadError(u"invalid_request"_s, u"AADSTS900561: The endpoint only accepts POST requests."_s, 900561));
    }
    if (!request.headers.value("content-type").startsWith("application/x-www-form-urlencoded")) {
        return json(400, aadError(u"invalid_request"_s,
                                  u"AADSTS900144: The request body must contain the following parameter: "
                                  "'grant_type'."_s,
                                  900144));
    }
    if (m_failNextToken) {
        m_failNextToken = false;
        return json(503,
                    aadError(u"temporarily_unavailable"_s,
                             u"AADSTS90033: A transient error has occurred. Please try again."_s, 90033),
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)}});
    }
    const QUrlQuery form(QString::fromUtf8(request.body));
    const auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    if (field(u"grant_type"_s) != u"refresh_token"_s) {
        return json(400, aadError(u"unsupported_grant_type"_s,
                                  u"AADSTS70003: The app requested an unsupported grant type."_s, 70003));
    }
    if (field(u"client_id"_s) != m_clientId) {
        return json(401,
                    aadError(u"invalid_client"_s,
                             u"AADSTS700016: Application with identifier was not found in the directory."_s, 700016));
    }
    if (!field(u"scope"_s).contains(u"Mail.Send"_s)) {
        return json(400,
                    aadError(u"invalid_scope"_s, u"AADSTS70011: The provided value for scope is not valid."_s, 70011));
    }
    const QString refreshToken = field(u"refresh_token"_s);
    if (refreshToken.isEmpty() || !m_refreshTokens.contains(refreshToken)) {
        return json(400,
                    aadError(u"invalid_grant"_s, u"AADSTS70000: Provided grant is invalid or malformed."_s, 70000));
    }
    if (m_revokeUsed) {
        m_refreshTokens.removeAll(refreshToken);
    }
    ++m_tokensIssued;
    const QString access = u"graph-access-%1"_s.arg(m_tokensIssued);
    const QString rotated = u"rt-%1"_s.arg(m_tokensIssued);
    m_accessTokens.append(access);
    m_refreshTokens.append(rotated);
    return json(200, QJsonDocument(QJsonObject{{u"token_type"_s, u"Bearer"_s},
                                               {u"scope"_s, u"https://graph.microsoft.com/Mail.Send"_s},
                                               {u"expires_in"_s, m_expiresIn},
                                               {u"ext_expires_in"_s, m_expiresIn},
                                               {u"access_token"_s, access},
                                               {u"refresh_token"_s, rotated}})
                         .toJson(QJsonDocument::Compact));
}

std::optional<FakeSendServer::Response> FakeGraph::sendMail(const Request &request)
{
    if (request.method != "POST") {
        return json(405, graphError(u"Request_BadRequest"_s, u"Method not allowed."_s));
    }
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer ") || !m_accessTokens.contains(QString::fromUtf8(authorization.mid(7)))) {
        return json(401, graphError(u"InvalidAuthenticationToken"_s, u"Access token is empty or invalid."_s));
    }
    if (!request.headers.value("content-type").startsWith("application/json")) {
        return json(415, graphError(u"UnsupportedMediaType"_s, u"Unsupported content type."_s));
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject message = document.object().value(u"message"_s).toObject();
    if (!document.isObject() || message.isEmpty()) {
        return json(400, graphError(u"RequestBodyRead"_s, u"Cannot read the request body."_s));
    }
    const QJsonArray to = message.value(u"toRecipients"_s).toArray();
    const QString address = to.first().toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString();
    if (to.isEmpty() || !address.contains(u'@')) {
        return json(400, graphError(u"ErrorInvalidRecipients"_s,
                                    u"At least one recipient isn't valid., A message can't be sent because it "
                                    "contains no recipients."_s));
    }
    const QString contentType = message.value(u"body"_s).toObject().value(u"contentType"_s).toString();
    if (contentType != u"HTML"_s && contentType != u"Text"_s && contentType != u"html"_s && contentType != u"text"_s) {
        return json(400, graphError(u"RequestBodyRead"_s, u"Invalid body contentType."_s));
    }
    for (const QJsonValue &header : message.value(u"internetMessageHeaders"_s).toArray()) {
        if (!header.toObject().value(u"name"_s).toString().startsWith(u"x-"_s, Qt::CaseInsensitive)) {
            return json(400, graphError(u"InvalidInternetMessageHeader"_s,
                                        u"The internet message header name should start with 'x-' or 'X-'."_s));
        }
    }
    if (const auto problem = attachmentProblem(message)) {
        return json(400, graphError(problem->first, problem->second));
    }
    const QJsonValue save = document.object().value(u"saveToSentItems"_s);
    if (!save.isUndefined() && !save.isBool()) {
        return json(400, graphError(u"RequestBodyRead"_s, u"saveToSentItems must be a boolean."_s));
    }

    const Mode mode = m_queued.isEmpty() ? m_mode : m_queued.takeFirst();
    const Headers retryAfter{{QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)}};
    switch (mode) {
    case Mode::Accept:
        ++m_accepted;
        return Response{202, RequestId, {}};
    case Mode::InvalidRecipients:
        return json(400, graphError(u"ErrorInvalidRecipients"_s, u"At least one recipient isn't valid."_s), RequestId);
    case Mode::TokenExpired401:
        m_accessTokens.clear();
        return json(401, graphError(u"InvalidAuthenticationToken"_s, u"Lifetime validation failed, the token is "
                                                                     "expired."_s));
    case Mode::AccessDenied403:
        return json(403, graphError(u"ErrorAccessDenied"_s, u"Access is denied. Check credentials and try again."_s));
    case Mode::MailboxNotEnabled:
        return json(404, graphError(u"MailboxNotEnabledForRESTAPI"_s,
                                    u"The mailbox is either inactive, soft-deleted, or is hosted on-premise."_s));
    case Mode::QuotaExceeded:
        return json(403, graphError(u"ErrorQuotaExceeded"_s, u"The process failed to get the correct properties."_s));
    case Mode::Throttled429:
        return json(429, graphError(u"ApplicationThrottled"_s, u"Application is over its MailboxConcurrency limit."_s),
                    retryAfter);
    case Mode::Throttled429Bare:
        return json(429, graphError(u"ApplicationThrottled"_s, u"Application is over its MailboxConcurrency limit."_s));
    case Mode::Unavailable503:
        return json(503, graphError(u"ServiceUnavailable"_s, u"Service Unavailable"_s), retryAfter);
    case Mode::GatewayTimeout504:
        return Response{504,
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}},
                        QByteArrayLiteral("<html><body>504 Gateway Timeout</body></html>")};
    case Mode::Malformed500:
        return json(500, QByteArrayLiteral("{\"error\": {\"code\": "));
    case Mode::Hang:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Tidings::Test
