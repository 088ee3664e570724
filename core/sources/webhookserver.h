#pragma once

#include "model/result.h"
#include "sources/sourceconfig.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QHttpServerRequest;
class QTcpServer;
class QTcpSocket;

namespace Tidings {

Q_DECLARE_LOGGING_CATEGORY(lcWebhook)

class IngestSink;
struct IngestOutcome;

// The local HTTP endpoint that platforms post webhooks to.
//
//   GET  /healthz              200 {"status":"ok"}
//   POST /webhooks/<sourceId>  200 {"status":"accepted"|"duplicate"} once the sink has committed the delivery;
//                              404 unknown or disabled source, 413 too large, 401 bad or missing signature,
//                              400 malformed body, 503 + Retry-After when the sink could not store it.
//   anything else on /webhooks 405; any other path 404.
//
// Lives on the thread it was created on or moved to (the ingest thread); call listen(), close() and the
// setters on that thread. setSources() may be called from any thread. The sink's `done` callback may run
// on any thread: the answer is always written from this object's thread, and only after `done`.
class WebhookServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookServer)

public:
    static constexpr qint64 defaultMaxBodyBytes = 1024 * 1024;
    static constexpr int retryAfterSeconds = 10;

    explicit WebhookServer(IngestSink *sink, QObject *parent = nullptr);
    ~WebhookServer() override;

    // Replaces the known sources. `signingSecretsBySourceId` holds each source's webhook signing secret.
    // A source whose type has no adapter answers 404, as does a disabled one. Thread-safe.
    void setSources(const QList<SourceConfig> &sources, const QHash<QString, QByteArray> &signingSecretsBySourceId);

    // Starts accepting connections; port 0 picks a free port (see port()). Closes a previous listener.
    Status listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    bool isListening() const;
    // Stops accepting connections and drops open ones; an answer still pending is not sent.
    void close();

    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const;

Q_SIGNALS:
    void webhookAccepted(const QString &sourceId, const QString &topic, bool duplicate);
    void webhookRejected(const QString &sourceId, int httpStatus, const QString &reason);

private:
    class HttpServer;
    struct Route;
    struct Routes;
    struct Pending;
    struct Lifeline;

    void handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleWebhook(const QString &sourceId, const QHttpServerRequest &request, QTcpSocket *socket);
    void finish(Pending &pending, const IngestOutcome &outcome);
    void reject(const QHttpServerRequest &request, QTcpSocket *socket, const QString &sourceId, int httpStatus,
                const QString &publicMessage, const QString &reason, const QString &detail = {});
    std::shared_ptr<const Routes> routes() const;

    IngestSink *const m_sink;
    HttpServer *m_http = nullptr;
    QPointer<QTcpServer> m_tcpServer;
    std::atomic<qint64> m_maxBodyBytes{defaultMaxBodyBytes};
    mutable QMutex m_routesMutex;
    std::shared_ptr<const Routes> m_routes;
    std::shared_ptr<Lifeline> m_lifeline;
};

} // namespace Tidings
