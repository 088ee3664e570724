#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>
#include <utility>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Tidings::Test {

// The loopback HTTP plumbing of the platform API fakes (Shopify Admin, WooCommerce REST, ...): listens on
// 127.0.0.1, records every request, checks the platform's contract first (a subclass's violation()), then
// answers with the next queued failure mode, or serves. Lives on the test's thread.
class FakePlatformServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakePlatformServer)

public:
    enum class Mode {
        Serve,
        RateLimit429,    // 429 with Retry-After: retryAfterSeconds()
        ServerError500,  // 500
        Unavailable503,  // 503 with Retry-After: retryAfterSeconds()
        Unauthorized401, // 401 as if the credentials were revoked
        Throttled,       // the platform's own throttle answer (Shopify: HTTP 200 with a THROTTLED error)
    };
    Q_ENUM(Mode)

    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        int status = 0; // what it was answered
    };

    struct Response
    {
        int status = 200;
        Headers headers;
        QByteArray body;
    };

    explicit FakePlatformServer(QObject *parent = nullptr);
    ~FakePlatformServer() override;

    bool listen();
    // "http://127.0.0.1:<port>"
    QUrl baseUrl() const;

    // Failure modes used one per valid request, in order, before serving again.
    void queueModes(const QList<Mode> &modes) { m_modes.append(modes); }

    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    QList<Request> requests() const { return m_requests; }

    int requestCount() const { return static_cast<int>(m_requests.size()); }

    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(int index);

protected:
    // What the platform answers a request that breaks its contract (wrong path, method, credentials,
    // parameters), or nullopt.
    virtual std::optional<Response> violation(const Request &request) const = 0;
    virtual Response serve(const Request &request) = 0;
    virtual Response answer(Mode mode, const Request &request);

    static Response json(int status, const QByteArray &body, const Headers &headers = {});

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QList<Mode> m_modes;
    int m_retryAfterSeconds = 2;
    QList<Request> m_requests;
};

} // namespace Tidings::Test
