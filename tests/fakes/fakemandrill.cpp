#include "fakes/fakemandrill.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray mandrillError(int code, const QString &name, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{u"status"_s, u"error"_s}, {u"code"_s, code}, {u"name"_s, name}, {u"message"_s, message}})
        .toJson(QJsonDocument::Compact);
}

QByteArray result(const QString &email, const QString &status, const QString &reason, const QString &id)
{
    QJsonObject entry{{u"email"_s, email}, {u"status"_s, status}, {u"_id"_s, id}};
    entry.insert(u"reject_reason"_s, reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason));
    if (status == u"queued"_s) {
        entry.insert(u"queued_reason"_s, u"attachments"_s);
    }
    return QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Compact);
}

// Why message.images is not what Mandrill takes, or an empty string: each embedded image needs a type starting
// with "image/", a name (its Content ID) and base64 content. Stricter than Mandrill, for our client: an empty array
// (leave the member out).
QString imagesProblem(const QJsonObject &message)
{
    const QJsonValue value = message.value(u"images"_s);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray() || value.toArray().isEmpty()) {
        return u"Validation error: {\"message\":{\"images\":\"Please enter an array\"}}"_s;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject image = entry.toObject();
        if (!image.value(u"type"_s).toString().startsWith(u"image/"_s)) {
            return u"Validation error: {\"message\":{\"images\":[{\"type\":\"must start with image/\"}]}}"_s;
        }
        if (image.value(u"name"_s).toString().isEmpty()) {
            return u"Validation error: {\"message\":{\"images\":[{\"name\":\"Sorry, this field can't be left "
                   "blank.\"}]}}"_s;
        }
        const QString content = image.value(u"content"_s).toString();
        if (content.isEmpty() ||
            !QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors)) {
            return u"Validation error: {\"message\":{\"images\":[{\"content\":\"must be base64-encoded\"}]}}"_s;
        }
    }
    return {};
}

} // namespace

FakeMandrill::FakeMandrill(QString apiKey, QObject *parent)
    : FakeSendServer(parent)
    , m_apiKey(std::move(apiKey))
{}

QJsonObject FakeMandrill::bodyOf(int index) const
{
    return QJsonDocument::fromJson(request(index).body).object();
}

std::optional<FakeSendServer::Response> FakeMandrill::respond(const Request &request)
{
    const bool plain = request.path == "/api/1.0/messages/send" || request.path == "/api/1.0/messages/send.json";
    const bool withTemplate =
        request.path == "/api/1.0/messages/send-template" || request.path == "/api/1.0/messages/send-template.json";
    if (request.path == "/api/1.0/users/ping2" || request.path == "/api/1.0/users/ping2.json") {
        return ping(request);
    }
    if (!plain && !withTemplate) {
        return text(404, QByteArrayLiteral("Not Found"));
    }
    if (request.method != "POST") {
        return json(500, mandrillError(-2, u"ValidationError"_s, u"You must specify a key value"_s));
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    if (!document.isObject()) {
        return json(500, mandrillError(-2, u"ValidationError"_s, u"Validation error: could not parse JSON"_s));
    }
    if (body.value(u"key"_s).toString() != m_apiKey) {
        return json(500, mandrillError(-1, u"Invalid_Key"_s, u"Invalid API key"_s));
    }
    const QJsonObject message = body.value(u"message"_s).toObject();
    const QJsonArray to = message.value(u"to"_s).toArray();
    if (to.isEmpty() || !to.first().toObject().value(u"email"_s).toString().contains(u'@')) {
        return json(500, mandrillError(-2, u"ValidationError"_s,
                                       u"Validation error: {\"message\":{\"to\":[\"Please enter an array\"]}}"_s));
    }
    if (!message.value(u"from_email"_s).toString().contains(u'@')) {
        return json(500, mandrillError(-2, u"ValidationError"_s,
                                       u"Validation error: {\"message\":{\"from_email\":\"An email address must "
                                       "contain a single @\"}}"_s));
    }
    if (withTemplate && body.value(u"template_name"_s).toString().isEmpty()) {
        return json(500, mandrillError(-2, u"ValidationError"_s,
                                       u"Validation error: {\"template_name\":\"Sorry, this field can't be left "
                                       "blank.\"}"_s));
    }
    if (plain && message.value(u"html"_s).toString().isEmpty() && message.value(u"text"_s).toString().isEmpty()) {
        return json(500, mandrillError(-2, u"ValidationError"_s, u"Validation error: no html or text content"_s));
    }
    if (const QString problem = imagesProblem(message); !problem.isEmpty()) {
        return json(500, mandrillError(-2, u"ValidationError"_s, problem));
    }

    const QString email = to.first().toObject().value(u"email"_s).toString();
    const QString id = u"abc123"_s + QString::number(requestCount() + 1).rightJustified(26, u'0');
    return answer(m_queued.isEmpty() ? m_mode : m_queued.takeFirst(), email, id,
                  body.value(u"template_name"_s).toString());
}

std::optional<FakeSendServer::Response> FakeMandrill::answer(Mode mode, const QString &email, const QString &id,
                                                             const QString &templateName)
{
    switch (mode) {
    case Mode::Sent:
        ++m_accepted;
        return json(200, result(email, u"sent"_s, {}, id));
    case Mode::Queued:
        ++m_accepted;
        return json(200, result(email, u"queued"_s, {}, id));
    case Mode::Scheduled:
        ++m_accepted;
        return json(200, result(email, u"scheduled"_s, {}, id));
    case Mode::RejectedHardBounce:
        return json(200, result(email, u"rejected"_s, u"hard-bounce"_s, id));
    case Mode::RejectedSpam:
        return json(200, result(email, u"rejected"_s, u"spam"_s, id));
    case Mode::RejectedUnsub:
        return json(200, result(email, u"rejected"_s, u"unsub"_s, id));
    case Mode::RejectedInvalidSender:
        return json(200, result(email, u"rejected"_s, u"invalid-sender"_s, id));
    case Mode::Invalid:
        return json(200, result(email, u"invalid"_s, {}, id));
    case Mode::InvalidKey:
        return json(500, mandrillError(-1, u"Invalid_Key"_s, u"Invalid API key"_s));
    case Mode::PaymentRequired:
        return json(500, mandrillError(-1, u"PaymentRequired"_s,
                                       u"This feature is only available for accounts with a positive balance."_s));
    case Mode::UnknownSubaccount:
        return json(500, mandrillError(-1, u"Unknown_Subaccount"_s, u"No subaccount exists with the id 'shop-eu'"_s));
    case Mode::UnknownTemplate:
        return json(500, mandrillError(5, u"Unknown_Template"_s, u"No such template \""_s + templateName + u'"'));
    case Mode::ValidationError:
        return json(500, mandrillError(-2, u"ValidationError"_s,
                                       u"Validation error: {\"message\":{\"subject\":\"too long\"}}"_s));
    case Mode::GeneralError:
        return json(500,
                    mandrillError(-1, u"GeneralError"_s, u"An unexpected error occurred processing the request"_s));
    case Mode::RateLimit429:
        return text(429, QByteArrayLiteral("Too Many Requests"),
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)}});
    case Mode::RateLimit429Bare:
        return text(429, QByteArrayLiteral("Too Many Requests"));
    case Mode::BadGateway502:
        return Response{502,
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}},
                        QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>")};
    case Mode::Malformed:
        ++m_accepted;
        return json(200, QByteArrayLiteral("[{\"email\": \"broken"));
    case Mode::Hang:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<FakeSendServer::Response> FakeMandrill::ping(const Request &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (request.method != "POST" || !document.isObject()) {
        return json(500, mandrillError(-2, u"ValidationError"_s, u"You must specify a key value"_s));
    }
    if (document.object().value(u"key"_s).toString() != m_apiKey) {
        return json(500, mandrillError(-1, u"Invalid_Key"_s, u"Invalid API key"_s));
    }
    const Mode mode = m_queued.isEmpty() ? m_mode : m_queued.takeFirst();
    switch (mode) {
    case Mode::InvalidKey:
    case Mode::GeneralError:
    case Mode::RateLimit429:
    case Mode::RateLimit429Bare:
    case Mode::BadGateway502:
    case Mode::Hang:
        return answer(mode, {}, {}, {});
    default:
        // Rejections, validation and template errors belong to a send; the key itself is fine.
        return json(200, QByteArrayLiteral("{\"PING\":\"PONG!\"}"));
    }
}

} // namespace Tidings::Test
