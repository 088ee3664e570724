#include "fakes/fakesendgrid.h"

#include "fakes/loopbacktls.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

constexpr int RateLimitPerWindow = 10000;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct Violation
{
    int status = 400;
    QString field; // empty → null
    QString message;
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray errorEnvelope(const QString &message, const QString &field = {})
{
    QJsonObject error{
        {u"message"_s, message},
        {u"field"_s, field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field)},
        {u"help"_s, QJsonValue(QJsonValue::Null)},
    };
    return QJsonDocument(QJsonObject{{u"errors"_s, QJsonArray{error}}}).toJson(QJsonDocument::Compact);
}

bool isAddress(const QJsonValue &value)
{
    if (!value.isString()) {
        return false;
    }
    const QString email = value.toString();
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1) {
        return false;
    }
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}

bool isNonEmptyString(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty();
}

QString indexed(const QString &prefix, qsizetype index, const QString &suffix = {})
{
    QString field = prefix + u'.' + QString::number(index);
    if (!suffix.isEmpty()) {
        field += u'.' + suffix;
    }
    return field;
}

bool isBase64(const QJsonValue &value)
{
    if (!isNonEmptyString(value)) {
        return false;
    }
    return QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
               .decodingStatus == QByteArray::Base64DecodingStatus::Ok;
}

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

// attachments[]: content (base64) and filename are required; type, when given, a MIME type; disposition
// "inline" or "attachment" (default); an inline attachment needs the content_id its HTML shows it by [?: taken
// from the field descriptions, SendGrid's exact wording not confirmed]. An empty array is refused (our client
// must leave the field out instead).
std::optional<Violation> checkAttachments(const QJsonObject &mail)
{
    const QJsonValue value = mail.value(u"attachments"_s);
    if (value.isUndefined()) {
        return std::nullopt;
    }
    const QJsonArray attachments = value.toArray();
    if (!value.isArray() || attachments.isEmpty()) {
        return Violation{400, u"attachments"_s,
                         u"The attachments field must be an array of at least one attachment."_s};
    }
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QJsonObject attachment = attachments.at(i).toObject();
        if (!isBase64(attachment.value(u"content"_s))) {
            return Violation{400, indexed(u"attachments"_s, i, u"content"_s),
                             u"The attachment content is required and must be a Base64 encoded string."_s};
        }
        const QJsonValue filename = attachment.value(u"filename"_s);
        if (!isNonEmptyString(filename) || hasLineBreak(filename.toString())) {
            return Violation{400, indexed(u"attachments"_s, i, u"filename"_s),
                             u"The attachment filename is required and must be a string."_s};
        }
        const QJsonValue type = attachment.value(u"type"_s);
        if (!type.isUndefined() &&
            (!isNonEmptyString(type) || !type.toString().contains(u'/') || hasLineBreak(type.toString()))) {
            return Violation{400, indexed(u"attachments"_s, i, u"type"_s),
                             u"The attachment type must be a MIME type such as image/png."_s};
        }
        const QJsonValue disposition = attachment.value(u"disposition"_s);
        if (!disposition.isUndefined() && disposition != QJsonValue(u"inline"_s) &&
            disposition != QJsonValue(u"attachment"_s)) {
            return Violation{400, indexed(u"attachments"_s, i, u"disposition"_s),
                             u"The attachment disposition must be inline or attachment."_s};
        }
        const QJsonValue contentId = attachment.value(u"content_id"_s);
        if ((disposition == QJsonValue(u"inline"_s) || !contentId.isUndefined()) &&
            (!isNonEmptyString(contentId) || hasLineBreak(contentId.toString()))) {
            return Violation{400, indexed(u"attachments"_s, i, u"content_id"_s),
                             u"The content_id is required if the attachment's disposition is inline."_s};
        }
    }
    return std::nullopt;
}

// SendGrid's Mail Send validation, for the parts our client uses. Returns the first problem found.
std::optional<Violation> checkMail(const QJsonObject &mail)
{
    const QJsonValue personalizationsValue = mail.value(u"personalizations"_s);
    const QJsonArray personalizations = personalizationsValue.toArray();
    if (!personalizationsValue.isArray() || personalizations.isEmpty()) {
        return Violation{400, u"personalizations"_s,
                         u"The personalizations field is required and must have at least one personalization."_s};
    }
    if (personalizations.size() > 1000) {
        return Violation{400, u"personalizations"_s,
                         u"The personalization block is limited to 1000 personalizations per API request."_s};
    }
    bool everySubject = true;
    for (qsizetype i = 0; i < personalizations.size(); ++i) {
        const QJsonObject personalization = personalizations.at(i).toObject();
        const QJsonValue toValue = personalization.value(u"to"_s);
        const QJsonArray to = toValue.toArray();
        if (!toValue.isArray() || to.isEmpty()) {
            return Violation{400, indexed(u"personalizations"_s, i, u"to"_s),
                             u"The to array is required for all personalization objects, and must have at least one "
                             "email object with a valid email address."_s};
        }
        for (qsizetype j = 0; j < to.size(); ++j) {
            const QJsonObject recipient = to.at(j).toObject();
            const QString base = indexed(indexed(u"personalizations"_s, i, u"to"_s), j);
            if (!isAddress(recipient.value(u"email"_s))) {
                return Violation{400, base + u".email"_s, u"Does not contain a valid address."_s};
            }
            const QJsonValue name = recipient.value(u"name"_s);
            if (!name.isUndefined() &&
                (!name.isString() || name.toString().contains(u';') || name.toString().contains(u','))) {
                return Violation{400, base + u".name"_s,
                                 u"The to name must be a string and may not contain ';' or ','."_s};
            }
        }
        const QJsonValue customArgs = personalization.value(u"custom_args"_s);
        if (!customArgs.isUndefined()) {
            if (!customArgs.isObject()) {
                return Violation{400, indexed(u"personalizations"_s, i, u"custom_args"_s),
                                 u"Custom args must be an object."_s};
            }
            const QJsonObject args = customArgs.toObject();
            for (auto it = args.begin(); it != args.end(); ++it) {
                if (!it.value().isString()) {
                    return Violation{400, indexed(u"personalizations"_s, i, u"custom_args"_s),
                                     u"Custom args values must be strings."_s};
                }
            }
        }
        if (!isNonEmptyString(personalization.value(u"subject"_s))) {
            everySubject = false;
        }
    }

    const QJsonValue from = mail.value(u"from"_s);
    if (!from.isObject() || !isAddress(from.toObject().value(u"email"_s))) {
        return Violation{400, u"from.email"_s,
                         u"The from object must be provided for every email send. It is an object that requires the "
                         "email parameter, but may also contain a name parameter."_s};
    }
    const QJsonValue replyTo = mail.value(u"reply_to"_s);
    if (!replyTo.isUndefined() && (!replyTo.isObject() || !isAddress(replyTo.toObject().value(u"email"_s)))) {
        return Violation{400, u"reply_to.email"_s, u"Does not contain a valid address."_s};
    }
    if (auto attachments = checkAttachments(mail)) {
        return attachments;
    }
    const QJsonValue templateId = mail.value(u"template_id"_s);
    if (!templateId.isUndefined()) {
        if (!templateId.isString() || !templateId.toString().startsWith(u"d-"_s)) {
            return Violation{400, u"template_id"_s,
                             u"The template_id must be a valid GUID, you provided '%1'."_s.arg(templateId.toString())};
        }
        for (qsizetype i = 0; i < personalizations.size(); ++i) {
            const QJsonValue data = personalizations.at(i).toObject().value(u"dynamic_template_data"_s);
            if (!data.isUndefined() && !data.isObject()) {
                return Violation{400, indexed(u"personalizations"_s, i, u"dynamic_template_data"_s),
                                 u"Dynamic template data must be an object."_s};
            }
        }
        return std::nullopt; // the template has the subject and the content
    }
    if (!isNonEmptyString(mail.value(u"subject"_s)) && !everySubject) {
        return Violation{400, u"subject"_s,
                         u"The subject is required. You can get around this requirement if you use a template with "
                         "a subject defined or if every personalization has a subject defined."_s};
    }

    const QJsonValue contentValue = mail.value(u"content"_s);
    const QJsonArray content = contentValue.toArray();
    if (!contentValue.isArray() || content.isEmpty()) {
        return Violation{400, u"content"_s,
                         u"Unless a valid template_id is provided, the content parameter is required. There must be "
                         "at least one defined content block."_s};
    }
    qsizetype plainAt = -1;
    qsizetype htmlAt = -1;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QJsonObject part = content.at(i).toObject();
        if (!isNonEmptyString(part.value(u"type"_s))) {
            return Violation{400, indexed(u"content"_s, i, u"type"_s),
                             u"The content type must be a string at least one character in length."_s};
        }
        if (!isNonEmptyString(part.value(u"value"_s))) {
            return Violation{400, indexed(u"content"_s, i, u"value"_s),
                             u"The content value must be a string at least one character in length."_s};
        }
        const QString type = part.value(u"type"_s).toString();
        if (type == u"text/plain"_s && plainAt < 0) {
            plainAt = i;
        } else if (type == u"text/html"_s && htmlAt < 0) {
            htmlAt = i;
        }
    }
    if ((plainAt > 0) || (htmlAt >= 0 && htmlAt != (plainAt >= 0 ? 1 : 0))) {
        return Violation{400, u"content"_s,
                         u"If present, text/plain and text/html may only be provided in the order listed below, "
                         "followed by any other content: text/plain, text/html."_s};
    }
    return std::nullopt;
}

QString newMessageId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id;
    id.reserve(22);
    for (int i = 0; i < 22; ++i) {
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]));
    }
    return id;
}

void write(QHttpServerResponder &responder, int status, const HeaderList &headers, const QByteArray &body)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto &[name, value] : headers) {
        responder.writeHeader(name, value);
    }
    if (!body.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace

FakeSendGrid::FakeSendGrid(QString expectedApiKey, QObject *parent)
    : QObject(parent)
    , m_expectedApiKey(std::move(expectedApiKey))
    , m_expectedAuthorization(QByteArrayLiteral("Bearer ") + m_expectedApiKey.toUtf8())
    , m_server(new QHttpServer(this))
    , m_rateLimitRemaining(RateLimitPerWindow)
{
    // No routes: every request comes here, so wrong paths and methods get SendGrid's answers, not Qt's.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeSendGrid::~FakeSendGrid()
{
    // Drop the held responders before the server (our child) closes their sockets.
    QMutexLocker locker(&m_mutex);
    m_hung.clear();
}

bool FakeSendGrid::serveHttps()
{
    const QSslConfiguration configuration = loopbackTlsServerConfiguration();
    if (configuration.isNull()) {
        return false;
    }
    m_server->sslSetup(configuration);
    QMutexLocker locker(&m_mutex);
    m_https = true;
    return true;
}

bool FakeSendGrid::listen()
{
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QMutexLocker locker(&m_mutex);
    m_port = port;
    return port != 0;
}

QUrl FakeSendGrid::baseUrl() const
{
    QMutexLocker locker(&m_mutex);
    QUrl url;
    url.setScheme(m_https ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(QString::fromUtf8(m_pathPrefix));
    return url;
}

quint16 FakeSendGrid::port() const
{
    QMutexLocker locker(&m_mutex);
    return m_port;
}

void FakeSendGrid::setPathPrefix(const QByteArray &prefix)
{
    QByteArray cleaned = prefix;
    while (cleaned.endsWith('/')) {
        cleaned.chop(1);
    }
    if (!cleaned.isEmpty() && !cleaned.startsWith('/')) {
        cleaned.prepend('/');
    }
    QMutexLocker locker(&m_mutex);
    m_pathPrefix = cleaned;
}

void FakeSendGrid::setMode(Mode mode)
{
    QMutexLocker locker(&m_mutex);
    m_mode = mode;
}

FakeSendGrid::Mode FakeSendGrid::mode() const
{
    QMutexLocker locker(&m_mutex);
    return m_mode;
}

void FakeSendGrid::queueModes(const QList<Mode> &modes)
{
    QMutexLocker locker(&m_mutex);
    m_queuedModes.append(modes);
}

void FakeSendGrid::setRateLimitResetDelay(int seconds)
{
    QMutexLocker locker(&m_mutex);
    m_rateLimitResetDelay = seconds;
}

void FakeSendGrid::setKeepBodies(bool keep)
{
    QMutexLocker locker(&m_mutex);
    m_keepBodies = keep;
}

QList<FakeSendGrid::ReceivedRequest> FakeSendGrid::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

FakeSendGrid::ReceivedRequest FakeSendGrid::request(int index) const
{
    QMutexLocker locker(&m_mutex);
    return m_requests.value(index);
}

int FakeSendGrid::requestCount() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_requests.size());
}

int FakeSendGrid::acceptedCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_accepted;
}

QJsonObject FakeSendGrid::ReceivedRequest::to(int index) const
{
    return json.value(QStringLiteral("personalizations"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("to"))
        .toArray()
        .at(index)
        .toObject();
}

QJsonObject FakeSendGrid::ReceivedRequest::attachment(int index) const
{
    return json.value(QStringLiteral("attachments")).toArray().at(index).toObject();
}

int FakeSendGrid::hungCount() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_hung.size());
}

void FakeSendGrid::clearRequests()
{
    QMutexLocker locker(&m_mutex);
    m_requests.clear();
    m_accepted = 0;
    for (HungRequest &hung : m_hung) {
        hung.index = -1;
    }
}

void FakeSendGrid::setScopes(const QStringList &scopes)
{
    QMutexLocker locker(&m_mutex);
    m_scopes = scopes;
}

void FakeSendGrid::releaseHung(Mode answerWith)
{
    std::vector<HungRequest> hung;
    {
        QMutexLocker locker(&m_mutex);
        hung.swap(m_hung);
    }
    for (HungRequest &request : hung) {
        // A client that gave up has closed its connection; its socket may already be gone.
        if (!request.socket || request.socket->state() != QAbstractSocket::ConnectedState) {
            continue;
        }
        if (answerWith == Mode::Hang) {
            disconnect(request.socket, nullptr, this, nullptr);
            request.socket->disconnectFromHost();
            continue;
        }
        disconnect(request.socket, nullptr, this, nullptr);
        QString messageId;
        const int status = answer(*request.responder, answerWith, request.sandbox, &messageId);
        recordStatus(request.index, status, messageId);
    }
}

void FakeSendGrid::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Answer in one segment without waiting for Nagle; keeps the fake at thousands of requests a second.
    if (QTcpSocket *socket = responder.socket()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    ReceivedRequest record;
    record.method = methodName(request.method());
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    record.receivedAt = QDateTime::currentDateTimeUtc();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.toLower();
        const auto existing = record.headers.constFind(key);
        record.headers.insert(key, existing == record.headers.constEnd() ? value : *existing + ", " + value);
    }
    record.body = request.body();

    QByteArray expectedPath;
    QByteArray scopesPath;
    QStringList scopes;
    {
        QMutexLocker locker(&m_mutex);
        expectedPath = m_pathPrefix + QByteArrayLiteral("/v3/mail/send");
        scopesPath = m_pathPrefix + QByteArrayLiteral("/v3/scopes");
        scopes = m_scopes;
    }
    const bool scopesRequest = record.path == scopesPath;

    std::optional<Violation> violation;
    bool sandbox = false;
    if (scopesRequest) {
        // GET /v3/scopes: the API key's own permissions (the connection check).
        if (record.method != "GET") {
            violation = Violation{405, {}, u"method not allowed"_s};
        } else if (record.headers.value(QByteArrayLiteral("authorization")) != m_expectedAuthorization) {
            violation = Violation{401, {}, u"authorization required"_s};
        }
    } else if (record.path != expectedPath) {
        violation = Violation{404, {}, u"resource not found"_s};
    } else if (record.method != "POST") {
        violation = Violation{405, {}, u"method not allowed"_s};
    } else if (record.headers.value(QByteArrayLiteral("authorization")) != m_expectedAuthorization) {
        violation = Violation{401, {}, u"The provided authorization grant is invalid, expired, or revoked"_s};
    } else if (!record.headers.value(QByteArrayLiteral("content-type")).toLower().startsWith("application/json")) {
        violation = Violation{400, {}, u"Content-Type should be application/json."_s};
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(record.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            violation = Violation{400, {}, u"Bad Request: the request body is not a valid JSON object."_s};
        } else {
            record.json = document.object();
            record.subject = record.json.value(u"subject"_s).toString();
            violation = checkMail(record.json);
            const QJsonObject sandboxMode =
                record.json.value(u"mail_settings"_s).toObject().value(u"sandbox_mode"_s).toObject();
            sandbox = sandboxMode.value(u"enable"_s).toBool();
        }
    }

    int index = 0;
    Mode mode = Mode::Accept;
    {
        QMutexLocker locker(&m_mutex);
        if (!violation) {
            mode = m_queuedModes.isEmpty() ? m_mode : m_queuedModes.takeFirst();
        }
        index = static_cast<int>(m_requests.size());
        if (m_keepBodies) {
            m_requests.append(record);
        } else {
            ReceivedRequest slim = record;
            slim.body.clear();
            slim.json = {};
            m_requests.append(std::move(slim));
        }
    }

    if (violation) {
        const HeaderList rateHeaders{
            {QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(RateLimitPerWindow)},
            {QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(RateLimitPerWindow)},
            {QByteArrayLiteral("X-RateLimit-Reset"),
             QByteArray::number(QDateTime::currentSecsSinceEpoch() / 60 * 60 + 60)},
        };
        write(responder, violation->status, rateHeaders, errorEnvelope(violation->message, violation->field));
        recordStatus(index, violation->status, {});
    } else if (mode == Mode::Hang) {
        QTcpSocket *socket = responder.socket();
        HungRequest hung;
        hung.index = index;
        hung.sandbox = sandbox;
        hung.socket = socket;
        hung.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
        {
            QMutexLocker locker(&m_mutex);
            m_hung.push_back(std::move(hung));
        }
        // A client that gives up (timeout, abort) closes its connection: forget its requests.
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { dropHung(socket); });
    } else if (scopesRequest && mode == Mode::Accept) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"scopes"_s, QJsonArray::fromStringList(scopes)}})
                                    .toJson(QJsonDocument::Compact);
        write(responder, 200, {}, body);
        recordStatus(index, 200, {});
    } else {
        QString messageId;
        const int status = answer(responder, mode, sandbox, &messageId);
        recordStatus(index, status, messageId);
    }
    emit requestReceived(index);
}

int FakeSendGrid::answer(QHttpServerResponder &responder, Mode mode, bool sandbox, QString *messageId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int remaining = 0;
    int resetDelay = 1;
    {
        QMutexLocker locker(&m_mutex);
        if (--m_rateLimitRemaining < 0) {
            m_rateLimitRemaining = RateLimitPerWindow - 1;
        }
        remaining = m_rateLimitRemaining;
        resetDelay = m_rateLimitResetDelay;
    }
    HeaderList headers{
        {QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(RateLimitPerWindow)},
        {QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(remaining)},
        {QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(now / 60 * 60 + 60)},
    };

    switch (mode) {
    case Mode::Accept: {
        *messageId = newMessageId();
        headers.append({QByteArrayLiteral("X-Message-Id"), messageId->toLatin1()});
        const int status = sandbox ? 200 : 202;
        write(responder, status, headers, {});
        QMutexLocker locker(&m_mutex);
        ++m_accepted;
        return status;
    }
    case Mode::Reject400:
        write(responder, 400, headers,
              errorEnvelope(u"Does not contain a valid address."_s, u"personalizations.0.to.0.email"_s));
        return 400;
    case Mode::Unauthorized401:
        write(responder, 401, headers,
              errorEnvelope(u"The provided authorization grant is invalid, expired, or revoked"_s));
        return 401;
    case Mode::Forbidden403:
        write(responder, 403, headers,
              errorEnvelope(u"The from address does not match a verified Sender Identity. Mail cannot be sent until "
                            "this error is resolved."_s,
                            u"from"_s));
        return 403;
    case Mode::TooLarge413:
        write(responder, 413, headers, errorEnvelope(u"Payload Too Large"_s));
        return 413;
    case Mode::RateLimit429: {
        headers[1].second = QByteArrayLiteral("0");
        headers[2].second = QByteArray::number(now + resetDelay);
        const QByteArray body = QJsonDocument(QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{
                                                                            {u"field"_s, QJsonValue(QJsonValue::Null)},
                                                                            {u"message"_s, u"too many requests"_s},
                                                                        }}}})
                                    .toJson(QJsonDocument::Compact);
        write(responder, 429, headers, body);
        return 429;
    }
    case Mode::ServerError500:
        write(responder, 500, headers, errorEnvelope(u"Internal Server Error"_s));
        return 500;
    case Mode::Unavailable503:
        write(responder, 503, headers, errorEnvelope(u"Service Unavailable"_s));
        return 503;
    case Mode::Hang:
        break;
    }
    return 0;
}

void FakeSendGrid::dropHung(QTcpSocket *socket)
{
    QMutexLocker locker(&m_mutex);
    std::erase_if(m_hung, [socket](const HungRequest &hung) { return !hung.socket || hung.socket == socket; });
}

void FakeSendGrid::recordStatus(int index, int status, const QString &messageId)
{
    QMutexLocker locker(&m_mutex);
    if (index < 0 || index >= m_requests.size()) {
        return;
    }
    m_requests[index].answeredStatus = status;
    m_requests[index].messageId = messageId;
}

} // namespace Tidings::Test
