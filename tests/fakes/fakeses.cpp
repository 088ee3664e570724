#include "fakes/fakeses.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void write(QHttpServerResponder &responder, int status, const QByteArray &errorType, const QByteArray &body,
           const QList<std::pair<QByteArray, QByteArray>> &extra = {})
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader(QByteArrayLiteral("x-amzn-RequestId"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!errorType.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("x-amzn-ErrorType"), errorType);
    }
    for (const auto &[name, value] : extra) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

QByteArray messageBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{u"message"_s, message}}).toJson(QJsonDocument::Compact);
}

bool isStringData(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return value.isObject() && object.value(u"Data"_s).isString();
}

bool isBinary(const QByteArray &data)
{
    return std::any_of(data.cbegin(), data.cend(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
}

// Content.Simple.Attachments, as the Attachment type of the SES API v2 reference: FileName (required, at most 255),
// RawContent (required, base64), ContentType and ContentId (1 to 78 characters), ContentDisposition ATTACHMENT or
// INLINE, ContentTransferEncoding BASE64, QUOTED_PRINTABLE or SEVEN_BIT, ContentDescription at most 1000.
// Stricter than SES, for our client: an empty array (leave it out), an INLINE attachment without ContentId, and
// binary content left at the SEVEN_BIT default (SES would put 8-bit bytes in a 7 bit part).
QString checkAttachments(const QJsonObject &simple)
{
    const QJsonValue value = simple.value(u"Attachments"_s);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray() || value.toArray().isEmpty()) {
        return u"Content.Simple.Attachments must be a non-empty list."_s;
    }
    const auto lengthBetween = [](const QJsonValue &text, qsizetype least, qsizetype most) {
        return text.isString() && text.toString().size() >= least && text.toString().size() <= most;
    };
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject attachment = entry.toObject();
        if (!lengthBetween(attachment.value(u"FileName"_s), 1, 255)) {
            return u"Attachment FileName is required (at most 255 characters)."_s;
        }
        const QJsonValue raw = attachment.value(u"RawContent"_s);
        const auto decoded =
            QByteArray::fromBase64Encoding(raw.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!raw.isString() || raw.toString().isEmpty() || !decoded) {
            return u"Attachment RawContent is required and must be base64-encoded."_s;
        }
        for (const QString &name : {u"ContentType"_s, u"ContentId"_s}) {
            const QJsonValue member = attachment.value(name);
            if (!member.isUndefined() && !lengthBetween(member, 1, 78)) {
                return u"Attachment %1 must have 1 to 78 characters."_s.arg(name);
            }
        }
        const QJsonValue description = attachment.value(u"ContentDescription"_s);
        if (!description.isUndefined() && !lengthBetween(description, 0, 1000)) {
            return u"Attachment ContentDescription must have at most 1000 characters."_s;
        }
        const QString disposition = attachment.value(u"ContentDisposition"_s).toString(u"ATTACHMENT"_s);
        if (disposition != u"ATTACHMENT"_s && disposition != u"INLINE"_s) {
            return u"Attachment ContentDisposition must be ATTACHMENT or INLINE."_s;
        }
        const QString encoding = attachment.value(u"ContentTransferEncoding"_s).toString(u"SEVEN_BIT"_s);
        if (encoding != u"BASE64"_s && encoding != u"QUOTED_PRINTABLE"_s && encoding != u"SEVEN_BIT"_s) {
            return u"Attachment ContentTransferEncoding must be BASE64, QUOTED_PRINTABLE or SEVEN_BIT."_s;
        }
        if (disposition == u"INLINE"_s && attachment.value(u"ContentId"_s).isUndefined()) {
            return u"An INLINE attachment needs the ContentId its HTML refers to."_s;
        }
        if (encoding == u"SEVEN_BIT"_s && isBinary(*decoded)) {
            return u"Attachment %1 is binary: SEVEN_BIT cannot carry it."_s.arg(
                attachment.value(u"FileName"_s).toString());
        }
    }
    return {};
}

QString checkBody(const QJsonObject &json)
{
    if (!json.value(u"FromEmailAddress"_s).isString() || !json.value(u"FromEmailAddress"_s).toString().contains(u'@')) {
        return u"FromEmailAddress is required."_s;
    }
    const QJsonArray to = json.value(u"Destination"_s).toObject().value(u"ToAddresses"_s).toArray();
    if (to.isEmpty() || to.size() > 50) {
        return u"Destination.ToAddresses must have 1 to 50 addresses."_s;
    }
    for (const QJsonValue &address : to) {
        if (!address.isString() || !address.toString().contains(u'@')) {
            return u"Invalid email address in ToAddresses."_s;
        }
    }
    const QJsonObject simple = json.value(u"Content"_s).toObject().value(u"Simple"_s).toObject();
    if (simple.isEmpty()) {
        return u"Content.Simple is required."_s;
    }
    if (!isStringData(simple.value(u"Subject"_s))) {
        return u"Content.Simple.Subject.Data is required."_s;
    }
    const QJsonObject body = simple.value(u"Body"_s).toObject();
    if (!isStringData(body.value(u"Text"_s)) && !isStringData(body.value(u"Html"_s))) {
        return u"Content.Simple.Body needs Text or Html."_s;
    }
    if (const QString problem = checkAttachments(simple); !problem.isEmpty()) {
        return problem;
    }
    for (const QJsonValue &tag : json.value(u"EmailTags"_s).toArray()) {
        static const QRegularExpression allowed(u"^[A-Za-z0-9_-]{1,256}$"_s);
        if (!allowed.match(tag.toObject().value(u"Name"_s).toString()).hasMatch() ||
            !allowed.match(tag.toObject().value(u"Value"_s).toString()).hasMatch()) {
            return u"EmailTags names and values may contain only ASCII letters, digits, _ and -."_s;
        }
    }
    return {};
}

} // namespace

FakeSes::FakeSes(QString accessKeyId, QString secretAccessKey, QString region, QObject *parent)
    : QObject(parent)
    , m_accessKeyId(std::move(accessKeyId))
    , m_secretAccessKey(std::move(secretAccessKey))
    , m_region(std::move(region))
    , m_server(new QHttpServer(this))
{
    m_account = QJsonObject{
        {u"DedicatedIpAutoWarmupEnabled"_s, false},
        {u"EnforcementStatus"_s, u"HEALTHY"_s},
        {u"ProductionAccessEnabled"_s, false},
        {u"SendingEnabled"_s, true},
        {u"SendQuota"_s,
         QJsonObject{{u"Max24HourSend"_s, 200.0}, {u"MaxSendRate"_s, 1.0}, {u"SentLast24Hours"_s, 3.0}}},
    };
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeSes::~FakeSes()
{
    m_hung.clear();
}

bool FakeSes::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeSes::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

int FakeSes::hungCount() const
{
    return static_cast<int>(std::count_if(m_hung.begin(), m_hung.end(), [](const auto &hung) {
        return hung.first && hung.first->state() == QAbstractSocket::ConnectedState;
    }));
}

std::pair<QByteArray, QString> FakeSes::checkSignature(const ReceivedRequest &request) const
{
    static const QRegularExpression pattern(
        u"^AWS4-HMAC-SHA256 Credential=([^/,]+)/(\\d{8})/([^/,]+)/([^/,]+)/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$"_s);
    const auto match = pattern.match(QString::fromLatin1(request.headers.value("authorization")));
    if (!match.hasMatch()) {
        return {"IncompleteSignatureException",
                u"Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters."_s};
    }
    if (match.captured(1) != m_accessKeyId) {
        return {"UnrecognizedClientException", u"The security token included in the request is invalid."_s};
    }
    const QByteArray amzDate = request.headers.value("x-amz-date");
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(amzDate), u"yyyyMMdd'T'HHmmss'Z'"_s);
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    if (!when.isValid() || std::abs(utc.secsTo(QDateTime::currentDateTimeUtc())) > 300) {
        return {"InvalidSignatureException",
                u"Signature expired: %1 is now earlier or later than the allowed 5 minutes."_s.arg(
                    QString::fromLatin1(amzDate))};
    }
    const QString date = match.captured(2);
    if (date != QString::fromLatin1(amzDate.left(8)) || match.captured(3) != m_region ||
        match.captured(4) != u"ses"_s) {
        return {"SignatureDoesNotMatch", u"Credential should be scoped to a valid region and the service 'ses'."_s};
    }
    const QStringList signedNames = match.captured(5).split(u';');
    if (!signedNames.contains(u"host"_s) || !signedNames.contains(u"x-amz-date"_s)) {
        return {"SignatureDoesNotMatch", u"host and x-amz-date must be signed."_s};
    }
    if (!m_sessionToken.isEmpty() && (!signedNames.contains(u"x-amz-security-token"_s) ||
                                      request.headers.value("x-amz-security-token") != m_sessionToken.toUtf8())) {
        return {"UnrecognizedClientException", u"The security token included in the request is invalid."_s};
    }
    if (request.headers.contains("x-amz-content-sha256") &&
        request.headers.value("x-amz-content-sha256") != sha256Hex(request.body)) {
        return {"SignatureDoesNotMatch", u"The provided x-amz-content-sha256 does not match the payload."_s};
    }
    // Our own canonical request: the names as listed, values as received (trimmed, spaces collapsed).
    QByteArray canonical = request.method + '\n' + request.path + "\n\n";
    for (const QString &name : signedNames) {
        canonical += name.toLatin1() + ':' + request.headers.value(name.toLatin1()).simplified() + '\n';
    }
    canonical += '\n' + match.captured(5).toLatin1() + '\n' + sha256Hex(request.body);
    const QByteArray scope = date.toLatin1() + '/' + m_region.toLatin1() + "/ses/aws4_request";
    const QByteArray toSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(canonical);
    QByteArray key = hmacSha256("AWS4" + m_secretAccessKey.toUtf8(), date.toLatin1());
    key = hmacSha256(key, m_region.toLatin1());
    key = hmacSha256(key, "ses");
    key = hmacSha256(key, "aws4_request");
    if (hmacSha256(key, toSign).toHex() != match.captured(6).toLatin1()) {
        return {"SignatureDoesNotMatch",
                u"The request signature we calculated does not match the signature you provided. Check your AWS "
                "Secret Access Key and signing method. Consult the service documentation for details."_s};
    }
    return {};
}

void FakeSes::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ReceivedRequest record;
    switch (request.method()) {
    case QHttpServerRequest::Method::Post:
        record.method = QByteArrayLiteral("POST");
        break;
    case QHttpServerRequest::Method::Get:
        record.method = QByteArrayLiteral("GET");
        break;
    default:
        record.method = QByteArrayLiteral("OTHER");
        break;
    }
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    for (const auto &[name, value] : request.headers()) {
        record.headers.insert(name.toLower(), value);
    }
    record.body = request.body();
    record.json = QJsonDocument::fromJson(record.body).object();
    const int index = static_cast<int>(m_requests.size());

    int status = 0;
    QByteArray type;
    QString message;
    const bool accountRequest = record.path == "/v2/email/account";
    if (record.path != "/v2/email/outbound-emails" && !accountRequest) {
        status = 404;
        type = "UnknownOperationException";
    } else if (record.method != (accountRequest ? "GET" : "POST")) {
        status = 405;
        type = "UnknownOperationException";
    } else if (auto [errorType, error] = checkSignature(record); !errorType.isEmpty()) {
        status = 403;
        type = errorType;
        message = error;
    } else if (accountRequest) {
        if (!record.body.isEmpty()) {
            status = 400;
            type = "BadRequestException";
            message = u"GetAccount takes no request body."_s;
        }
    } else if (!record.headers.value("content-type").startsWith("application/json")) {
        status = 400;
        type = "BadRequestException";
        message = u"Content-Type must be application/json."_s;
    } else if (const QString problem = checkBody(record.json); !problem.isEmpty()) {
        status = 400;
        type = "BadRequestException";
        message = problem;
    }
    if (status != 0) {
        record.answeredStatus = status;
        record.errorType = type;
        m_requests.append(record);
        write(responder, status, type, messageBody(message));
        emit requestReceived(index);
        return;
    }

    const Mode mode = m_queued.isEmpty() ? m_mode : m_queued.takeFirst();
    QList<std::pair<QByteArray, QByteArray>> extra;
    switch (mode) {
    case Mode::Accept:
        status = 200;
        if (!accountRequest) {
            record.messageId = u"0100018c%1-000000"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
            ++m_accepted;
        }
        break;
    case Mode::AccessDenied:
        status = 403;
        type = "AccessDeniedException";
        message = u"User: arn:aws:iam::123456789012:user/tidings is not authorized to perform: ses:GetAccount"_s;
        break;
    case Mode::SandboxRejected:
        status = 400;
        type = "MessageRejected";
        message = u"Email address is not verified. The following identities failed the check in region US-EAST-1: "
                  "jane@customer.example"_s;
        break;
    case Mode::MessageRejected:
        status = 400;
        type = "MessageRejected";
        message = u"Illegal address"_s;
        break;
    case Mode::MailFromNotVerified:
        status = 400;
        type = "MailFromDomainNotVerifiedException";
        message = u"MAIL FROM domain is not verified"_s;
        break;
    case Mode::AccountSuspended:
        status = 400;
        type = "AccountSuspendedException";
        message = u"Account is suspended"_s;
        break;
    case Mode::SendingPaused:
        status = 400;
        type = "SendingPausedException";
        message = u"Sending paused for this account"_s;
        break;
    case Mode::NotFound:
        status = 404;
        type = "NotFoundException";
        message = u"Configuration set <tidings> does not exist."_s;
        break;
    case Mode::BadRequest:
        status = 400;
        type = "BadRequestException";
        message = u"Missing required field Destination"_s;
        break;
    case Mode::TooManyRequests:
        status = 429;
        type = "TooManyRequestsException";
        message = u"Maximum sending rate exceeded."_s;
        break;
    case Mode::TooManyRetryAfter:
        status = 429;
        type = "TooManyRequestsException";
        message = u"Maximum sending rate exceeded."_s;
        extra.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
        break;
    case Mode::LimitExceeded:
        status = 429;
        type = "LimitExceededException";
        message = u"Daily message quota exceeded."_s;
        break;
    case Mode::ServerError:
        status = 500;
        type = "InternalFailure";
        message = u"The request processing has failed because of an unknown error."_s;
        break;
    case Mode::Unavailable:
        status = 503;
        type = "ServiceUnavailable";
        message = u"The request has failed due to a temporary failure of the server."_s;
        break;
    case Mode::Malformed:
        status = 200;
        break;
    case Mode::Hang: {
        m_requests.append(record);
        QPointer<QTcpSocket> socket = responder.socket();
        m_hung.emplace_back(socket, std::make_unique<QHttpServerResponder>(std::move(responder)));
        emit requestReceived(index);
        return;
    }
    }
    record.answeredStatus = status;
    record.errorType = type;
    m_requests.append(record);
    if (mode == Mode::Malformed) {
        write(responder, 200, {}, QByteArrayLiteral("<html>not json"));
    } else if (status == 200 && accountRequest) {
        write(responder, 200, {}, QJsonDocument(m_account).toJson(QJsonDocument::Compact));
    } else if (status == 200) {
        write(responder, 200, {},
              QJsonDocument(QJsonObject{{u"MessageId"_s, record.messageId}}).toJson(QJsonDocument::Compact));
    } else {
        write(responder, status, type, messageBody(message), extra);
    }
    emit requestReceived(index);
}

} // namespace Tidings::Test
