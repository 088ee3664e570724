#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace Tidings::Test {

// A loopback SendGrid v3 Mail Send server (QHttpServer on 127.0.0.1, any free port) that checks the real
// contract: POST <prefix>/v3/mail/send, "Authorization: Bearer <key>", JSON content type and body shape.
// A dynamic template send (template_id "d-…", dynamic_template_data objects) needs no subject or content.
// attachments[], when present, must hold at least one {content (base64), filename, type?, disposition?
// ("inline" or "attachment"), content_id (required for inline)}.
// GET <prefix>/v3/scopes (the connection check) answers the key's permissions, or the queued mode's error.
// Contract violations get SendGrid's own answers (404/405/401/400 with the errors[] envelope). A valid
// request is answered by the next queued mode, or by the default mode when the queue is empty.
//
// Create it and call listen() on the thread it lives on; the accessors may be called from any thread.
class FakeSendGrid final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSendGrid)

public:
    enum class Mode {
        Accept,          // 202, empty body, X-Message-Id (200 when the request asks for sandbox mode)
        Reject400,       // 400, errors[] naming personalizations.0.to.0.email
        Unauthorized401, // 401, "The provided authorization grant is invalid, expired, or revoked"
        RateLimit429,    // 429, X-RateLimit-Reset: now + rateLimitResetDelay(), no Retry-After
        ServerError500,  // 500, errors[]
        Unavailable503,  // 503, errors[]
        Hang,            // never answers until releaseHung() or destruction
        Forbidden403,    // 403, unverified sender identity
        TooLarge413,     // 413, payload too large
    };
    Q_ENUM(Mode)

    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;                       // empty when keepBodies is off
        QJsonObject json;                      // empty when keepBodies is off or the body is not an object
        QString subject;                       // the mail's subject, kept when keepBodies is off
        int answeredStatus = 0;                // 0 while hung
        QString messageId;                     // the X-Message-Id given, when accepted
        QDateTime receivedAt;                  // UTC

        // personalizations[0].to[index] ({"email", "name"}), or an empty object.
        QJsonObject to(int index = 0) const;
        // attachments[index] ({"content", "filename", "type", "disposition", "content_id"}), or an empty object.
        QJsonObject attachment(int index = 0) const;
    };

    explicit FakeSendGrid(QString expectedApiKey, QObject *parent = nullptr);
    ~FakeSendGrid() override;

    // Serve https with the loopback test certificate (loopbacktls.h) instead of http, as real providers are
    // reached. Call before listen(); false when the certificate cannot be read.
    bool serveHttps();
    // Starts listening on 127.0.0.1 on a free port; false when that failed.
    bool listen();
    // "http://127.0.0.1:<port>" (https after serveHttps()) plus the path prefix, if one is set.
    QUrl baseUrl() const;
    quint16 port() const;

    // Expect "<prefix>/v3/mail/send" instead of "/v3/mail/send", e.g. "/relay/sendgrid".
    void setPathPrefix(const QByteArray &prefix);
    void setMode(Mode mode);
    Mode mode() const;
    // Modes used one per valid request, in order, before falling back to mode().
    void queueModes(const QList<Mode> &modes);
    // Seconds from now announced in X-RateLimit-Reset by RateLimit429 (default 1).
    void setRateLimitResetDelay(int seconds);
    // The permissions GET /v3/scopes lists (default: mail.send and two others).
    void setScopes(const QStringList &scopes);
    // Off: keep only method, path, headers and status of each request (for long benchmarks).
    void setKeepBodies(bool keep);

    QList<ReceivedRequest> requests() const;
    ReceivedRequest request(int index) const;
    int requestCount() const;
    int acceptedCount() const;
    // Hung requests whose client is still connected (a client that gives up is forgotten).
    int hungCount() const;
    void clearRequests();

    // Answers the hung requests with `answer` (Hang: closes their connections instead, without an answer).
    // Note: Qt's QNetworkAccessManager (6.4) silently sends a request again when the connection closes
    // before any answer byte, so closing a hung request usually brings it back once.
    void releaseHung(Mode answer = Mode::Accept);

signals:
    // Emitted after each request was recorded (and answered, unless it hangs).
    void requestReceived(int index);

private:
    struct HungRequest
    {
        int index = -1;
        bool sandbox = false;
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    int answer(QHttpServerResponder &responder, Mode mode, bool sandbox, QString *messageId);
    void recordStatus(int index, int status, const QString &messageId);
    void dropHung(QTcpSocket *socket);

    QString m_expectedApiKey;
    QByteArray m_expectedAuthorization;
    QHttpServer *m_server = nullptr; // child of this
    quint16 m_port = 0;
    bool m_https = false;

    mutable QMutex m_mutex;
    QByteArray m_pathPrefix;
    Mode m_mode = Mode::Accept;
    QList<Mode> m_queuedModes;
    QStringList m_scopes{QStringLiteral("mail.send"), QStringLiteral("sender_verification_eligible"),
                         QStringLiteral("2fa_required")};
    int m_rateLimitResetDelay = 1;
    bool m_keepBodies = true;
    QList<ReceivedRequest> m_requests;
    int m_accepted = 0;
    int m_rateLimitRemaining = 0;
    std::vector<HungRequest> m_hung;
};

} // namespace Tidings::Test
