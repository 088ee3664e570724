#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Tidings::Test {

// A loopback HubSpot transactional single-send API (QHttpServer on 127.0.0.1, any free port) that checks
// the contract: POST /marketing/v3/transactional/single-email/send, "Authorization: Bearer <token>", JSON
// with a numeric emailId, message.to and message.sendId. A sendId seen before answers 409, like HubSpot.
// Errors are {status:"error", message, category, correlationId}.
// GET /marketing/v3/transactional/smtp-tokens (the connection check: it needs the transactional-email scope)
// checks the same Authorization and answers the mode: Accept → 200 {results:[one token, no password], paging},
// the error modes as for a send. It never counts as a send.
class FakeHubSpotEmail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHubSpotEmail)

public:
    enum class Mode {
        Accept,           // 200 {statusId, status: "PENDING"}
        Invalid400,       // 400 VALIDATION_ERROR
        Unauthorized401,  // 401 INVALID_AUTHENTICATION
        Forbidden403,     // 403 MISSING_SCOPES (transactional-email)
        EmailNotFound404, // 404 OBJECT_NOT_FOUND
        TooMany429Retry,  // 429 RATE_LIMITS, Retry-After: 3
        TooMany429,       // 429 RATE_LIMITS without Retry-After
        ServerError502,   // 502
        Malformed,        // 400 with a body that is not JSON
        Hang,             // never answers (until the fake is destroyed)
    };
    Q_ENUM(Mode)

    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QJsonObject json;
        int answeredStatus = 0;
    };

    explicit FakeHubSpotEmail(QString token, QObject *parent = nullptr);
    ~FakeHubSpotEmail() override;

    bool listen();
    QUrl baseUrl() const;

    void setMode(Mode mode) { m_mode = mode; }

    QList<ReceivedRequest> requests() const { return m_requests; }

    int requestCount() const { return static_cast<int>(m_requests.size()); }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QByteArray m_expectedAuthorization;
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    Mode m_mode = Mode::Accept;
    QSet<QString> m_sendIds;
    QList<ReceivedRequest> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung;
};

} // namespace Tidings::Test
