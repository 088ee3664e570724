#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Tidings::Test {

// A loopback Klaviyo Create Event API (QHttpServer on 127.0.0.1, any free port) that checks the contract:
// POST /api/events, "Authorization: Klaviyo-API-Key <key>", a "revision" header, a JSON:API content type
// and the event body (data.type event, properties object, metric name, profile with email or phone).
// Violations get Klaviyo's {errors:[{id, status, code, title, detail, source}]} answers (404, 405, 401, 400).
// GET /api/events (Get Events, the connection check; needs events:read) answers 200 with one event (only
// its datetime), 401 for another key, 400 without a revision; mode Forbidden403 gives 403 "missing required
// scopes: events:read", and the 401, 429, 503, Malformed and Hang modes answer as for a POST.
class FakeKlaviyo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeKlaviyo)

public:
    enum class Mode {
        Accept,          // 202, no body
        Invalid400,      // 400, code "invalid", pointer /data/attributes/profile
        Unauthorized401, // 401, code "not_authenticated"
        Forbidden403,    // 403, code "permission_denied" (key without events:write)
        TooMany429Retry, // 429, code "throttled", Retry-After: 5
        TooMany429,      // 429 without Retry-After
        Unavailable503,  // 503
        Malformed,       // 400 with a body that is not JSON
        Hang,            // never answers (until the fake is destroyed)
    };
    Q_ENUM(Mode)

    struct ReceivedRequest
    {
        QByteArray method; // "GET", "POST" or "OTHER"
        QByteArray path;
        QString query;                         // decoded
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QJsonObject json;
        int answeredStatus = 0;
    };

    explicit FakeKlaviyo(QString apiKey, QObject *parent = nullptr);
    ~FakeKlaviyo() override;

    bool listen();
    QUrl baseUrl() const;

    void setMode(Mode mode) { m_mode = mode; }

    QList<ReceivedRequest> requests() const { return m_requests; }

    int requestCount() const { return static_cast<int>(m_requests.size()); }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // Answers request `index` as mode() says.
    void answerMode(QHttpServerResponder &responder, int index);

    QByteArray m_expectedAuthorization;
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    Mode m_mode = Mode::Accept;
    QList<ReceivedRequest> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung;
};

} // namespace Tidings::Test
