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

std::optional<QList<std::pair<QByteArray, QByteArray>>> parseMultipart(const QByteArray &contentType,
                                                                       const QByteArray &body)
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
    QList<std::pair<QByteArray, QByteArray>> parts;
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
        const QList<QByteArray> headerLines = body.mid(pos, headersEnd - pos).split('\n');
        QByteArray name;
        for (const QByteArray &line : headerLines) {
            const QByteArray trimmed = line.trimmed();
            if (!trimmed.toLower().startsWith("content-disposition:")) {
                continue;
            }
            const qsizetype nameAt = trimmed.indexOf("name=\"");
            if (nameAt >= 0) {
                const qsizetype end = trimmed.indexOf('"', nameAt + 6);
                name = trimmed.mid(nameAt + 6, end - nameAt - 6);
            }
        }
        if (name.isEmpty()) {
            return std::nullopt;
        }
        parts.append({name, body.mid(headersEnd + 4, next - headersEnd - 4)});
        pos = next + 2;
    }
}

} // namespace Tidings::Test
