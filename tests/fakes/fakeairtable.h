#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Tidings::Test {

// A loopback Airtable Web API (QHttpServer on 127.0.0.1) for one base and one webhook:
//
//   GET /v0/bases/{baseId}/webhooks/{webhookId}/payloads[?cursor=N]
//       → {"payloads": [...], "cursor": next, "mightHaveMore": bool}, at most pageSize() payloads from
//         payload number N (default 1), as Airtable numbers them (the first added payload is number 1).
//   GET /v0/meta/bases/{baseId}/tables → {"tables": schema()}
//
// It checks the contract: "Authorization: Bearer <token>" (else 401 AUTHENTICATION_REQUIRED), GET only
// (405), known paths (404 NOT_FOUND), a cursor that is a positive whole number (422 INVALID_REQUEST).
// Statuses queued with queueStatuses() answer the next valid requests instead (429 TOO_MANY_REQUESTS
// without Retry-After, as Airtable does, 401, 500, 503); setRetryAfter() adds a Retry-After header to them.
//
// Create it and call listen() on the thread it lives on; the accessors may be called from any thread.
class FakeAirtable final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeAirtable)

public:
    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path;
        QByteArray query;         // raw query, e.g. "cursor=3"
        QByteArray authorization; // the Authorization header as sent
        int answeredStatus = 0;
    };

    FakeAirtable(QString baseId, QString webhookId, QByteArray token, QObject *parent = nullptr);
    ~FakeAirtable() override;

    bool listen();
    // "http://127.0.0.1:<port>", for the source's apiBaseUrl option.
    QUrl baseUrl() const;

    // Adds the next payload (its number is the count so far). Returns its number.
    int addPayload(const QJsonObject &payload);
    void setPageSize(int payloads);
    // Statuses to answer the next valid requests with, in order, before serving normally again.
    void queueStatuses(const QList<int> &statuses);
    // A status to answer every valid request with from now on (0: serve normally).
    void setStatus(int status);
    // Seconds announced in Retry-After by the queued error answers; negative: no header (the default).
    void setRetryAfter(int seconds);
    void setSchema(const QJsonArray &tables);

    QList<ReceivedRequest> requests() const;
    int requestCount() const;
    // The requests for payload pages only, in order.
    QList<ReceivedRequest> payloadRequests() const;

    // "hmac-sha256=" + hex HMAC-SHA256 of `body` keyed with the base64-decoded `macSecretBase64`: the
    // X-Airtable-Content-MAC header Airtable sends with a notification.
    static QByteArray contentMac(const QByteArray &body, const QByteArray &macSecretBase64);
    // A notification body as Airtable posts it.
    static QByteArray notification(const QString &baseId, const QString &webhookId, const QString &timestamp);

signals:
    void requestReceived(int index);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    const QString m_baseId;
    const QString m_webhookId;
    const QByteArray m_expectedAuthorization;
    QHttpServer *m_server = nullptr; // child of this
    quint16 m_port = 0;

    mutable QMutex m_mutex;
    QList<QJsonObject> m_payloads;
    int m_pageSize = 50;
    QList<int> m_queuedStatuses;
    int m_status = 0;
    int m_retryAfter = -1;
    QJsonArray m_schema;
    QList<ReceivedRequest> m_requests;
};

} // namespace Tidings::Test
