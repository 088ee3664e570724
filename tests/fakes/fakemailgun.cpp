#include "fakes/fakemailgun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

// The fields that make a message; a request with none of them is the connection check.
const char *const MessageFields[] = {"from", "to", "cc", "bcc", "subject", "text", "html", "template"};

QByteArray message(const QString &text)
{
    return QJsonDocument(QJsonObject{{u"message"_s, text}}).toJson(QJsonDocument::Compact);
}

// The parts of the form; a urlencoded form's items are parts without a file name.
std::optional<QList<MultipartPart>> formParts(const FakeSendServer::Request &request)
{
    const QByteArray contentType = request.headers.value("content-type");
    if (contentType.toLower().startsWith("application/x-www-form-urlencoded")) {
        QList<MultipartPart> parts;
        const QUrlQuery query(QString::fromUtf8(request.body));
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            parts.append({name.toUtf8(), std::nullopt, {}, value.toUtf8()});
        }
        return parts;
    }
    return parseMultipartParts(contentType, request.body);
}

// The form's fields (the parts that are not files), in order.
std::optional<QList<std::pair<QByteArray, QString>>> formFields(const FakeSendServer::Request &request)
{
    const auto parts = formParts(request);
    if (!parts) {
        return std::nullopt;
    }
    QList<std::pair<QByteArray, QString>> fields;
    for (const MultipartPart &part : *parts) {
        if (!part.fileName) {
            fields.append({part.name, QString::fromUtf8(part.data)});
        }
    }
    return fields;
}

// Why a form's "attachment" and "inline" parts are not files Mailgun can take, or an empty string: each must be a
// file with a plain file name (an inline one is referred to as "cid:<file name>") and a Content-Type (Mailgun
// would otherwise guess the type from the file name's extension, and content ids have none).
QString fileProblem(const QList<MultipartPart> &parts)
{
    for (const MultipartPart &part : parts) {
        if (part.name != "attachment" && part.name != "inline") {
            continue;
        }
        const QString field = QString::fromLatin1(part.name);
        if (!part.fileName || part.fileName->isEmpty()) {
            return field + u" parameter must be a file"_s;
        }
        if (part.fileName->contains('\r') || part.fileName->contains('\n') || part.fileName->contains('"')) {
            return field + u" file name is not valid"_s;
        }
        if (part.contentType.isEmpty()) {
            return field + u" file has no Content-Type"_s;
        }
    }
    return {};
}

QString first(const QList<std::pair<QByteArray, QString>> &fields, const QByteArray &name)
{
    for (const auto &[key, value] : fields) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

} // namespace

FakeMailgun::FakeMailgun(QString domain, QString apiKey, QObject *parent)
    : FakeSendServer(parent)
    , m_domain(std::move(domain))
    , m_authorization(QByteArrayLiteral("Basic ") + QByteArray(QByteArrayLiteral("api:") + apiKey.toUtf8()).toBase64())
{}

QList<std::pair<QByteArray, QString>> FakeMailgun::fields(int index) const
{
    return formFields(request(index)).value_or(QList<std::pair<QByteArray, QString>>{});
}

QString FakeMailgun::field(int index, const QByteArray &name) const
{
    return first(fields(index), name);
}

QList<MultipartPart> FakeMailgun::files(int index, const QByteArray &name) const
{
    QList<MultipartPart> files;
    const auto parts = formParts(request(index));
    for (const MultipartPart &part : parts.value_or(QList<MultipartPart>{})) {
        if (part.fileName && part.name == name) {
            files.append(part);
        }
    }
    return files;
}

std::optional<FakeSendServer::Response> FakeMailgun::respond(const Request &request)
{
    const QList<QByteArray> segments = request.path.split('/');
    // "", "v3", "<domain>", "messages"
    if (segments.size() != 4 || segments.at(1) != "v3" || segments.at(3) != "messages") {
        return text(404, QByteArrayLiteral("404 page not found"));
    }
    if (request.headers.value("authorization") != m_authorization) {
        return text(401, QByteArrayLiteral("Forbidden"));
    }
    const QString domain = QUrl::fromPercentEncoding(segments.at(2));
    if (domain != m_domain) {
        return json(404, message(u"Domain not found: "_s + domain));
    }
    if (request.method != "POST") {
        return json(405, message(u"Method Not Allowed"_s));
    }
    const auto fields = formFields(request);
    if (!fields) {
        return json(400, message(u"Content-Type must be multipart/form-data or application/x-www-form-urlencoded"_s));
    }
    if (const QString problem = fileProblem(formParts(request).value()); !problem.isEmpty()) {
        return json(400, message(problem));
    }
    const bool probe = std::none_of(std::begin(MessageFields), std::end(MessageFields),
                                    [&](const char *name) { return !first(*fields, name).isEmpty(); });
    if (probe) {
        // No message at all (the connection check): Mailgun has accepted the key and found the domain, and
        // answers that the first field is missing, unless the mode says the account is limited or down.
        const Mode mode = m_queued.isEmpty() ? m_mode : m_queued.takeFirst();
        switch (mode) {
        case Mode::Unauthorized401:
        case Mode::UnknownDomain404:
        case Mode::RateLimit429:
        case Mode::RateLimit429Bare:
        case Mode::ServerError500:
        case Mode::Unavailable503:
        case Mode::Hang:
            return answer(mode);
        default:
            return json(400, message(u"from parameter is missing"_s));
        }
    }
    for (const char *required : {"from", "to", "subject"}) {
        if (first(*fields, required).trimmed().isEmpty()) {
            return json(400, message(QString::fromLatin1(required) + u" parameter is missing"_s));
        }
    }
    if (first(*fields, "text").isEmpty() && first(*fields, "html").isEmpty()) {
        return json(400,
                    message(u"Need at least one of 'text', 'html', 'amp-html' or 'template' parameters specified"_s));
    }
    for (const char *address : {"from", "to"}) {
        const QString value = first(*fields, address);
        if (!value.contains(u'@') || value.contains(u'\n') || value.contains(u'\r')) {
            return json(400, message(QString::fromLatin1(address) +
                                     u" parameter is not a valid address. please check documentation"_s));
        }
    }

    return answer(m_queued.isEmpty() ? m_mode : m_queued.takeFirst());
}

std::optional<FakeSendServer::Response> FakeMailgun::answer(Mode mode)
{
    switch (mode) {
    case Mode::Accept: {
        ++m_accepted;
        const QString id = u"<20261129030000.%1.%2@%3>"_s.arg(QString::number(requestCount() + 1),
                                                              QString::number(m_accepted), m_domain);
        return json(200, QJsonDocument(QJsonObject{{u"id"_s, id}, {u"message"_s, u"Queued. Thank you."_s}})
                             .toJson(QJsonDocument::Compact));
    }
    case Mode::Reject400:
        return json(400, message(u"to parameter is not a valid address. please check documentation"_s));
    case Mode::Unauthorized401:
        return text(401, QByteArrayLiteral("Forbidden"));
    case Mode::SandboxForbidden403:
        return json(403, message(u"Domain "_s + m_domain +
                                 u" is not allowed to send: Free accounts are for test purposes only. Please upgrade "
                                 "or add the address to authorized recipients in Account Settings."_s));
    case Mode::UnknownDomain404:
        return json(404, message(u"Domain not found: "_s + m_domain));
    case Mode::TooLarge413:
        return json(413, message(u"request entity too large"_s));
    case Mode::RateLimit429:
        return json(429, message(u"Too many requests"_s),
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)}});
    case Mode::RateLimit429Bare:
        return json(429, message(u"Too many requests"_s));
    case Mode::ServerError500:
        return json(500, message(u"Internal Server Error"_s));
    case Mode::Unavailable503:
        return Response{503,
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}},
                        QByteArrayLiteral("<html><body><h1>503 Service Unavailable</h1></body></html>")};
    case Mode::MalformedOk:
        ++m_accepted;
        return json(200, QByteArrayLiteral("{\"id\": \"<broken"));
    case Mode::Hang:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Tidings::Test
