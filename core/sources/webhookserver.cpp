#include "sources/webhookserver.h"

#include "sources/sourceadapter.h"
#include "sources/webhookrequest.h"
#include "store/ingestsink.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

Q_LOGGING_CATEGORY(lcWebhook, "tidings.webhook")

namespace {

using Header = std::pair<QByteArray, QByteArray>;

void writeBody(QHttpServerResponder &responder, int httpStatus, const QByteArray &contentType, const QByteArray &body,
               std::initializer_list<Header> extraHeaders = {})
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(httpStatus));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    for (const Header &header : extraHeaders) {
        responder.writeHeader(header.first, header.second);
    }
    responder.writeBody(body);
}

void writeJson(QHttpServerResponder &responder, int httpStatus, const QByteArray &body,
               std::initializer_list<Header> extraHeaders = {})
{
    writeBody(responder, httpStatus, QByteArrayLiteral("application/json"), body, extraHeaders);
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{u"error"_s, message}}).toJson(QJsonDocument::Compact);
}

// Header names that carry credentials on any platform; never stored, whatever the adapter says.
bool looksSecret(const QByteArray &lowerCaseName)
{
    static constexpr const char *fragments[] = {"signature", "hmac",   "authorization", "cookie",
                                                "token",     "secret", "api-key",       "apikey"};
    for (const char *fragment : fragments) {
        if (lowerCaseName.contains(fragment)) {
            return true;
        }
    }
    return false;
}

QString methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"other"_s;
    }
}

} // namespace

// Qt 6.4's QAbstractHttpServer hands every parsed request to handleRequest() with its socket. We answer
// through a QHttpServerResponder that may outlive this call: it writes straight to the socket, so the
// answer can wait for the sink's commit. The router of QHttpServer is not used: it matches every rule
// with a regular expression and cannot tell "wrong method" (405) from "no such path" (404).
class WebhookServer::HttpServer final : public QAbstractHttpServer
{
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(WebhookServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    {}

    using QAbstractHttpServer::makeResponder;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_owner->handleRequest(request, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    WebhookServer *const m_owner;
};

struct WebhookServer::Route
{
    SourceConfig config;
    QByteArray secret;
    std::shared_ptr<const SourceAdapter> adapter;
    QList<QByteArray> secretHeaders; // lower case
};

struct WebhookServer::Routes
{
    QHash<QString, Route> bySourceId;
};

// One request waiting for the sink. Touched only on the server's thread, except for being kept alive
// by the sink's `done`.
struct WebhookServer::Pending
{
    Pending(QHttpServerResponder &&responder, QTcpSocket *socket, QString sourceId, QString topic)
        : responder(std::move(responder))
        , socket(socket)
        , sourceId(std::move(sourceId))
        , topic(std::move(topic))
    {}

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; // Qt deletes the socket when the sender hangs up
    QString sourceId;
    QString topic;
    QByteArray responseBody; // the platform's own acknowledgement, when it needs one
    QByteArray responseContentType;
    bool answered = false;
};

// Lets `done` callbacks, on any thread, find the server only while it exists.
struct WebhookServer::Lifeline
{
    QMutex mutex;
    WebhookServer *server = nullptr;
};

WebhookServer::WebhookServer(IngestSink *sink, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
    , m_http(new HttpServer(this))
    , m_routes(std::make_shared<const Routes>())
    , m_lifeline(std::make_shared<Lifeline>())
{
    m_lifeline->server = this;
}

WebhookServer::~WebhookServer()
{
    QMutexLocker locker(&m_lifeline->mutex);
    m_lifeline->server = nullptr;
}

void WebhookServer::setSources(const QList<SourceConfig> &sources,
                               const QHash<QString, QByteArray> &signingSecretsBySourceId)
{
    auto table = std::make_shared<Routes>();
    QHash<QString, std::shared_ptr<const SourceAdapter>> adapters;
    for (const SourceConfig &source : sources) {
        auto adapter = adapters.value(source.type);
        if (!adapter && !adapters.contains(source.type)) {
            adapter = createSourceAdapter(source.type);
            adapters.insert(source.type, adapter);
        }
        if (!adapter) {
            qCWarning(lcWebhook) << "No webhook adapter for source" << source.id << "of type" << source.type;
        }
        Route route;
        route.config = source;
        route.secret = signingSecretsBySourceId.value(source.id);
        route.adapter = adapter;
        if (adapter) {
            for (const QByteArray &name : adapter->secretHeaderNamesFor(source)) {
                route.secretHeaders.append(name.toLower());
            }
        }
        table->bySourceId.insert(source.id, std::move(route));
    }
    QMutexLocker locker(&m_routesMutex);
    m_routes = std::move(table);
}

std::shared_ptr<const WebhookServer::Routes> WebhookServer::routes() const
{
    QMutexLocker locker(&m_routesMutex);
    return m_routes;
}

Status WebhookServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(address, port)) {
        const QString where = address.toString();
        qCWarning(lcWebhook) << "Cannot listen on" << where << port << ":" << server->errorString();
        switch (server->serverError()) {
        case QAbstractSocket::AddressInUseError:
            return Error::make(ErrorCode::Config,
                               tr("Port %1 is already in use by another program, so Tidings cannot receive webhooks "
                                  "on it. Choose another port in Settings, or close the program that uses it.")
                                   .arg(port),
                               server->errorString());
        case QAbstractSocket::SocketAccessError:
            return Error::make(ErrorCode::Config,
                               tr("The system does not allow Tidings to use port %1. Ports below 1024 need "
                                  "administrator rights; choose a higher port in Settings.")
                                   .arg(port),
                               server->errorString());
        case QAbstractSocket::SocketAddressNotAvailableError:
            return Error::make(ErrorCode::Config,
                               tr("This computer has no network address %1, so Tidings cannot receive webhooks on "
                                  "it. Check the listening address in Settings.")
                                   .arg(where),
                               server->errorString());
        default:
            return Error::make(ErrorCode::Network,
                               tr("Tidings could not start receiving webhooks on %1, port %2.").arg(where).arg(port),
                               server->errorString());
        }
    }
    m_tcpServer = server.release();
    m_http->bind(m_tcpServer); // takes ownership
    qCInfo(lcWebhook) << "Listening for webhooks on" << address.toString() << m_tcpServer->serverPort();
    return {};
}

quint16 WebhookServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

bool WebhookServer::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

void WebhookServer::close()
{
    if (!m_tcpServer) {
        return;
    }
    QTcpServer *server = m_tcpServer;
    m_tcpServer = nullptr;
    server->close();
    // Connections are the listener's children. Abort them now; Qt deletes a socket itself once it is
    // not inside a request, and the listener goes (with anything left) on the next turn of the loop.
    const auto sockets = server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->abort();
    }
    server->deleteLater();
    qCInfo(lcWebhook) << "Stopped listening for webhooks";
}

void WebhookServer::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes.store(bytes > 0 ? bytes : defaultMaxBodyBytes, std::memory_order_relaxed);
}

qint64 WebhookServer::maxBodyBytes() const
{
    return m_maxBodyBytes.load(std::memory_order_relaxed);
}

void WebhookServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static constexpr QStringView webhooksPath = u"/webhooks";
    const QString path = request.url().path();
    const QHttpServerRequest::Method method = request.method();

    if (path == u"/healthz") {
        if (method == QHttpServerRequest::Method::Get) {
            auto responder = HttpServer::makeResponder(request, socket);
            writeJson(responder, 200, QByteArrayLiteral(R"({"status":"ok"})"));
        } else {
            reject(request, socket, {}, 405, u"method not allowed"_s,
                   tr("A %1 request reached /healthz, which only answers GET.").arg(methodName(request)));
        }
        return;
    }

    if (path == webhooksPath || (path.startsWith(webhooksPath) && path.at(webhooksPath.size()) == u'/')) {
        const QString sourceId = path.mid(webhooksPath.size() + 1);
        if (method != QHttpServerRequest::Method::Post) {
            reject(request, socket, sourceId, 405, u"method not allowed"_s,
                   tr("A %1 request reached the webhook address; webhooks must be sent with POST.")
                       .arg(methodName(request)));
        } else if (sourceId.isEmpty() || sourceId.contains(u'/')) {
            reject(request, socket, sourceId, 404, u"unknown source"_s,
                   tr("A webhook was sent to %1, which names no connected shop.").arg(path));
        } else {
            handleWebhook(sourceId, request, socket);
        }
        return;
    }

    reject(request, socket, {}, 404, u"not found"_s, tr("A request asked for %1, which does not exist.").arg(path));
}

void WebhookServer::handleWebhook(const QString &sourceId, const QHttpServerRequest &request, QTcpSocket *socket)
{
    const std::shared_ptr<const Routes> table = routes();
    const auto found = table->bySourceId.constFind(sourceId);
    if (found == table->bySourceId.cend() || !found->adapter) {
        reject(request, socket, sourceId, 404, u"unknown source"_s,
               tr("A webhook was sent for \"%1\", which is not a connected shop that can receive webhooks.")
                   .arg(sourceId));
        return;
    }
    const Route &route = *found;
    if (!route.config.enabled) {
        reject(request, socket, sourceId, 404, u"unknown source"_s,
               tr("A webhook for %1 was refused because this connection is turned off.").arg(route.config.name));
        return;
    }

    WebhookRequest webhook;
    webhook.sourceId = sourceId;
    webhook.receivedAt = QDateTime::currentDateTimeUtc();
    webhook.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    const auto rawHeaders = request.headers();
    webhook.headers.reserve(rawHeaders.size());
    for (const auto &[name, value] : rawHeaders) {
        const QByteArray lowerName = name.toLower();
        const auto existing = webhook.headers.find(lowerName);
        if (existing == webhook.headers.end()) {
            webhook.headers.insert(lowerName, value);
        } else {
            *existing += QByteArrayLiteral(", ") + value;
        }
    }

    const qint64 limit = maxBodyBytes();
    bool lengthOk = false;
    const qint64 declaredLength = webhook.header(QByteArrayLiteral("content-length")).trimmed().toLongLong(&lengthOk);
    webhook.body = request.body();
    if ((lengthOk && declaredLength > limit) || webhook.body.size() > limit) {
        reject(request, socket, sourceId, 413, u"payload too large"_s,
               tr("A webhook for %1 was refused because it is larger than %2 KiB.")
                   .arg(route.config.name)
                   .arg(limit / 1024));
        return;
    }

    Result<ParsedWebhook> parsed = route.adapter->parseWebhook(webhook, route.config, route.secret);
    if (!parsed) {
        const Error &error = parsed.error();
        switch (error.code) {
        case ErrorCode::Unauthorized:
            reject(request, socket, sourceId, 401, u"invalid signature"_s, error.message, error.detail);
            break;
        case ErrorCode::InvalidInput:
            reject(request, socket, sourceId, 400, error.detail.isEmpty() ? u"malformed request"_s : error.detail,
                   error.message, error.detail);
            break;
        default:
            reject(request, socket, sourceId, 500, u"internal error"_s, error.message, error.detail);
            break;
        }
        return;
    }

    if (!m_sink) {
        reject(request, socket, sourceId, 503, u"not ready to store webhooks"_s,
               tr("A webhook for %1 arrived before Tidings was ready to store it; the shop will send it again.")
                   .arg(route.config.name));
        return;
    }

    ParsedWebhook &result = parsed.value();
    IngestItem item;
    item.sourceId = sourceId;
    item.sourceType = route.config.type;
    item.topic = result.topic;
    if (!result.eventId.isEmpty()) {
        item.dedupKeys.append(u"event:"_s + result.eventId);
    }
    if (!result.deliveryId.isEmpty()) {
        item.dedupKeys.append(u"delivery:"_s + result.deliveryId);
    }
    item.body = result.bodyToStore.isNull() ? webhook.body : result.bodyToStore;
    QJsonObject headersObject;
    for (auto it = webhook.headers.cbegin(); it != webhook.headers.cend(); ++it) {
        if (route.secretHeaders.contains(it.key()) || looksSecret(it.key())) {
            continue;
        }
        headersObject.insert(QString::fromLatin1(it.key()), QString::fromUtf8(it.value()));
    }
    item.headersJson = QJsonDocument(headersObject).toJson(QJsonDocument::Compact);
    item.receivedAt = webhook.receivedAt;
    item.events = std::move(result.events);
    item.stockChanges = std::move(result.stockChanges);
    item.subscriptions = std::move(result.subscriptions);

    auto pending = std::make_shared<Pending>(HttpServer::makeResponder(request, socket), socket, sourceId, item.topic);
    pending->responseBody = std::move(result.responseBody);
    pending->responseContentType = std::move(result.responseContentType);
    m_sink->submit(std::move(item), [lifeline = m_lifeline, pending](const IngestOutcome &outcome) {
        QMutexLocker locker(&lifeline->mutex);
        WebhookServer *server = lifeline->server;
        if (!server) {
            return; // the server is gone; nobody is left to answer
        }
        if (QThread::currentThread() == server->thread()) {
            locker.unlock();
            server->finish(*pending, outcome);
            return;
        }
        QMetaObject::invokeMethod(
            server, [server, pending, outcome] { server->finish(*pending, outcome); }, Qt::QueuedConnection);
    });
}

void WebhookServer::finish(Pending &pending, const IngestOutcome &outcome)
{
    if (pending.answered) {
        qCWarning(lcWebhook) << "The store answered twice for one webhook of" << pending.sourceId;
        return;
    }
    pending.answered = true;
    const bool connected = pending.socket && pending.socket->state() == QAbstractSocket::ConnectedState;

    if (outcome.ok) {
        if (connected && !pending.responseBody.isEmpty()) {
            writeBody(pending.responder, 200,
                      pending.responseContentType.isEmpty() ? QByteArrayLiteral("text/plain; charset=utf-8")
                                                            : pending.responseContentType,
                      pending.responseBody);
        } else if (connected) {
            writeJson(pending.responder, 200,
                      outcome.duplicate ? QByteArrayLiteral(R"({"status":"duplicate"})")
                                        : QByteArrayLiteral(R"({"status":"accepted"})"));
        } else {
            qCInfo(lcWebhook) << "The sender of a" << pending.topic << "webhook for" << pending.sourceId
                              << "hung up before it was stored; a retry will be recorded as a duplicate";
        }
        Q_EMIT webhookAccepted(pending.sourceId, pending.topic, outcome.duplicate);
        return;
    }

    const QString reason =
        outcome.error ? outcome.error->message : tr("A webhook could not be stored; the shop will send it again.");
    qCWarning(lcWebhook).noquote() << "Rejected webhook with 503 for" << pending.sourceId << "topic" << pending.topic
                                   << ":" << (outcome.error ? outcome.error->detail : QString());
    if (connected) {
        writeJson(pending.responder, 503, errorBody(u"temporarily unable to store the webhook"_s),
                  {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)}});
    }
    Q_EMIT webhookRejected(pending.sourceId, 503, reason);
}

void WebhookServer::reject(const QHttpServerRequest &request, QTcpSocket *socket, const QString &sourceId,
                           int httpStatus, const QString &publicMessage, const QString &reason, const QString &detail)
{
    qCWarning(lcWebhook).noquote() << "Rejected" << methodName(request) << request.url().path() << "from"
                                   << request.remoteAddress().toString() << "with" << httpStatus << ":"
                                   << (detail.isEmpty() ? publicMessage : detail);
    auto responder = HttpServer::makeResponder(request, socket);
    switch (httpStatus) {
    case 405:
        writeJson(responder, httpStatus, errorBody(publicMessage),
                  {{QByteArrayLiteral("Allow"),
                    request.url().path() == u"/healthz" ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST")}});
        break;
    case 503:
        writeJson(responder, httpStatus, errorBody(publicMessage),
                  {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)}});
        break;
    default:
        writeJson(responder, httpStatus, errorBody(publicMessage));
        break;
    }
    Q_EMIT webhookRejected(sourceId, httpStatus, reason);
}

} // namespace Tidings
