#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Tidings::Test {

// A loopback automation receiver (QHttpServer on 127.0.0.1, any free port) standing in for a Zapier catch
// hook or a Power Automate HTTP trigger: checks POST to its path (and the `sig` query when one is set), JSON
// content type, X-Tidings-Notification-Id matching the body's notificationId, the body's shape, and — when a
// signing secret is set — X-Tidings-Timestamp and X-Tidings-Signature (HMAC-SHA256, compared in constant
// time). Violations get 400/401/404/405; a valid request is answered by the next queued mode, else mode().
class FakeWebhook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeWebhook)

public:
    enum class Mode {
        AcceptZapier,        // 200 {"id","request_id","attempt","status":"success"}
        AcceptPowerAutomate, // 202, empty body
        AcceptGarbage,       // 200, "not json"
        Gone410,             // 410, Zapier's hook turned off
        NotFound404,         // 404, flow deleted
        Unauthorized401,     // 401, sig refused
        BadRequest400,       // 400
        RateLimited,         // 429 + Retry-After: retryAfterSeconds()
        RateLimitedNoRetry,  // 429 without Retry-After
        ServerError500,      // 500
        GatewayTimeout504,   // 504, the flow did not answer in time
        Hang,                // never answers until the client gives up or the fake is destroyed
    };
    Q_ENUM(Mode)

    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json;
        int answeredStatus = 0;
        QString violation; // why it was refused before any mode, if it was
    };

    // `path` like "/hooks/catch/123/abc/"; `sig` empty: no sig query expected; `signingSecret` empty: unsigned.
    FakeWebhook(QByteArray path, QByteArray sig, QByteArray signingSecret, QObject *parent = nullptr);
    ~FakeWebhook() override;

    bool listen();
    // "http://127.0.0.1:<port><path>[?api-version=1&sig=<sig>]"
    QUrl url() const;

    void setMode(Mode mode);
    void queueModes(const QList<Mode> &modes);
    void setRetryAfterSeconds(int seconds);

    QList<ReceivedRequest> requests() const;
    ReceivedRequest request(int index) const;
    int requestCount() const;

signals:
    void requestReceived(int index);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QByteArray m_path;
    QByteArray m_sig;
    QByteArray m_signingSecret;
    QHttpServer *m_server = nullptr; // child of this
    quint16 m_port = 0;

    mutable QMutex m_mutex;
    Mode m_mode = Mode::AcceptZapier;
    QList<Mode> m_queuedModes;
    int m_retryAfterSeconds = 30;
    QList<ReceivedRequest> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung;
};

} // namespace Tidings::Test
