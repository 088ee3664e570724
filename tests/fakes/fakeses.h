#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace Tidings::Test {

// A loopback Amazon SES API v2 SendEmail server (127.0.0.1, any free port). It checks the real contract:
// POST /v2/email/outbound-emails, JSON content type and body shape, and an AWS Signature Version 4 Authorization
// header for service "ses" which it recomputes on its own (its own canonical request code, not the client's) from
// the signed headers, path and body. Wrong key id, wrong signature, a clock more than 5 minutes off or a missing
// session token get SES's 403 answers (x-amzn-ErrorType + {"message"}). Content.Simple.Attachments, when present,
// must be a non-empty list of {FileName, RawContent (base64), ContentType?, ContentDisposition? (ATTACHMENT|INLINE),
// ContentId? (required when INLINE), ContentTransferEncoding? (BASE64 for binary content)}: else 400
// BadRequestException. A valid request is answered by the next queued mode, else by mode().
//
// GET /v2/email/account (GetAccount, the connection check), signed the same way without a body, is answered by
// the same modes: Accept → 200 with account() (by default a sandbox account: ProductionAccessEnabled false,
// SendingEnabled true, SendQuota 200 a day / 1 a second), AccessDenied → 403 AccessDeniedException, the 429 and
// 5xx modes as for a send. GetAccount never counts as an accepted message.
class FakeSes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSes)

public:
    enum class Mode {
        Accept,              // 200 {"MessageId":"…"}
        SandboxRejected,     // 400 MessageRejected "Email address is not verified. …"
        MessageRejected,     // 400 MessageRejected (content)
        MailFromNotVerified, // 400 MailFromDomainNotVerifiedException
        AccountSuspended,    // 400 AccountSuspendedException
        SendingPaused,       // 400 SendingPausedException
        NotFound,            // 404 NotFoundException (configuration set)
        BadRequest,          // 400 BadRequestException
        TooManyRequests,     // 429 TooManyRequestsException, no Retry-After (as SES)
        TooManyRetryAfter,   // 429 with Retry-After: 7 (SES never does; proves the client honours it)
        LimitExceeded,       // 429 LimitExceededException
        ServerError,         // 500 InternalFailure
        Unavailable,         // 503 ServiceUnavailable
        Malformed,           // 200 with a body that is not JSON
        Hang,                // never answers
        AccessDenied,        // 403 AccessDeniedException (the IAM user lacks the permission)
    };
    Q_ENUM(Mode)

    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json;
        int answeredStatus = 0;
        QByteArray errorType;
        QString messageId;
    };

    FakeSes(QString accessKeyId, QString secretAccessKey, QString region, QObject *parent = nullptr);
    ~FakeSes() override;

    bool listen();
    QUrl baseUrl() const;

    // Require x-amz-security-token (signed) with this value.
    void setSessionToken(const QString &token) { m_sessionToken = token; }

    void setMode(Mode mode) { m_mode = mode; }

    void queueModes(const QList<Mode> &modes) { m_queued.append(modes); }

    // What GetAccount answers with Mode::Accept.
    void setAccount(const QJsonObject &account) { m_account = account; }

    QJsonObject account() const { return m_account; }

    QList<ReceivedRequest> requests() const { return m_requests; }

    ReceivedRequest request(int index) const { return m_requests.value(index); }

    int requestCount() const { return static_cast<int>(m_requests.size()); }

    int acceptedCount() const { return m_accepted; }

    int hungCount() const;

signals:
    void requestReceived(int index);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // Empty when the signature holds; else the error type and message SES would send (403).
    std::pair<QByteArray, QString> checkSignature(const ReceivedRequest &request) const;

    QString m_accessKeyId;
    QString m_secretAccessKey;
    QString m_region;
    QString m_sessionToken;
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    Mode m_mode = Mode::Accept;
    QList<Mode> m_queued;
    QList<ReceivedRequest> m_requests;
    QJsonObject m_account;
    int m_accepted = 0;
    std::vector<std::pair<QPointer<QTcpSocket>, std::unique_ptr<QHttpServerResponder>>> m_hung;
};

} // namespace Tidings::Test
