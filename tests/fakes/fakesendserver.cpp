#include "fakes/fakesendserver.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

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
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

void write(QHttpServerResponder &responder, const FakeSendServer::Response &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace

FakeSendServer::FakeSendServer(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

FakeSendServer::~FakeSendServer()
{
    m_hung.clear();
}

bool FakeSendServer::listen()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeSendServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeSendServer::releaseHung()
{
    std::vector<Hung> hung;
    hung.swap(m_hung);
    for (Hung &request : hung) {
        if (request.socket) {
            disconnect(request.socket, nullptr, this, nullptr);
            request.socket->disconnectFromHost();
        }
    }
}

FakeSendServer::Response FakeSendServer::json(int status, const QByteArray &body, const Headers &headers)
{
    Response response{status, headers, body};
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

FakeSendServer::Response FakeSendServer::text(int status, const QByteArray &body, const Headers &headers)
{
    Response response{status, headers, body};
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    return response;
}

void FakeSendServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Request recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    recorded.query = QUrlQuery(request.url());
    for (const auto &[name, value] : request.headers()) {
        recorded.headers.insert(name.toLower(), value);
    }
    recorded.body = request.body();
    recorded.receivedAt = QDateTime::currentDateTimeUtc();

    const std::optional<Response> response = respond(recorded);
    recorded.status = response ? response->status : 0;
    m_requests.append(recorded);
    if (response) {
        write(responder, *response);
    } else {
        QTcpSocket *socket = responder.socket();
        Hung hung;
        hung.socket = socket;
        hung.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
        m_hung.push_back(std::move(hung));
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { dropHung(socket); });
    }
    emit requestReceived(static_cast<int>(m_requests.size() - 1));
}

void FakeSendServer::dropHung(QTcpSocket *socket)
{
    std::erase_if(m_hung, [socket](const Hung &hung) { return !hung.socket || hung.socket == socket; });
}

namespace {

// The parameters of a Content-Disposition value (form-data; name="x"; filename="y"), names in lower case, quotes
// removed. A quoted value may hold ';'.
QHash<QByteArray, QByteArray> dispositionParameters(const QByteArray &value)
{
    QHash<QByteArray, QByteArray> parameters;
    qsizetype pos = value.indexOf(';');
    while (pos >= 0 && pos < value.size()) {
        ++pos;
        const qsizetype equals = value.indexOf('=', pos);
        if (equals < 0) {
            break;
        }
        const QByteArray key = value.mid(pos, equals - pos).trimmed().toLower();
        qsizetype end = equals + 1;
        while (end < value.size() && value.at(end) == ' ') {
            ++end;
        }
        QByteArray parameter;
        const bool quoted = end < value.size() && value.at(end) == '"';
        if (quoted) {
            const qsizetype close = value.indexOf('"', end + 1);
            if (close < 0) {
                break;
            }
            parameter = value.mid(end + 1, close - end - 1);
            end = close + 1;
        }
        const qsizetype semicolon = value.indexOf(';', end);
        if (!quoted) {
            parameter = value.mid(end, semicolon < 0 ? -1 : semicolon - end).trimmed();
        }
        parameters.insert(key, parameter);
        pos = semicolon;
    }
    return parameters;
}

} // namespace

std::optional<QList<MultipartPart>> parseMultipartParts(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.trimmed();
    if (!type.toLower().startsWith("multipart/form-data")) {
        return std::nullopt;
    }
    const qsizetype at = type.indexOf("boundary=");
    if (at < 0) {
        return std::nullopt;
    }
    QByteArray boundary = type.mid(at + 9);
    if (const qsizetype semicolon = boundary.indexOf(';'); semicolon >= 0) {
        boundary.truncate(semicolon);
    }
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2) {
        boundary = boundary.mid(1, boundary.size() - 2);
    }
    if (boundary.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray delimiter = QByteArray("--" + boundary);
    const QByteArray separator = QByteArray("\r\n" + delimiter);
    QList<MultipartPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos != 0) {
        return std::nullopt;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--") {
            return parts; // closing delimiter
        }
        if (body.mid(pos, 2) != "\r\n") {
            return std::nullopt;
        }
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(separator, pos);
        if (headersEnd < 0 || next < 0 || headersEnd > next) {
            return std::nullopt;
        }
        MultipartPart part;
        const QList<QByteArray> headerLines = body.mid(pos, headersEnd - pos).split('\n');
        for (const QByteArray &line : headerLines) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            const QByteArray header = trimmed.left(colon).trimmed().toLower();
            const QByteArray value = trimmed.mid(colon + 1).trimmed();
            if (header == "content-disposition") {
                const auto parameters = dispositionParameters(value);
                part.name = parameters.value("name");
                if (parameters.contains("filename")) {
                    part.fileName = parameters.value("filename");
                }
            } else if (header == "content-type") {
                part.contentType = value;
            }
        }
        if (part.name.isEmpty()) {
            return std::nullopt;
        }
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(std::move(part));
        pos = next + 2;
    }
}

std::optional<QList<std::pair<QByteArray, QByteArray>>> parseMultipart(const QByteArray &contentType,
                                                                       const QByteArray &body)
{
    const auto parts = parseMultipartParts(contentType, body);
    if (!parts) {
        return std::nullopt;
    }
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const MultipartPart &part : *parts) {
        pairs.append({part.name, part.data});
    }
    return pairs;
}

} // namespace Tidings::Test
