#pragma once

#include <QByteArray>
#include <QHash>
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

// A loopback Twilio Messages API (QHttpServer on 127.0.0.1, any free port) that checks the contract:
// POST /2010-04-01/Accounts/<AccountSid>/Messages.json, "Authorization: Basic base64(sid:token)",
// application/x-www-form-urlencoded with To (E.164), From or MessagingServiceSid, and Body. Violations get
// Twilio's answers ({code, message, more_info, status}: 404 20404, 405, 401 20003, 400 21604/21602/21603).
// A valid request is answered by the next queued mode, or the default mode.
//
// GET /2010-04-01/Accounts/<AccountSid>.json (the connection check) answers 200 with the Account resource
// (sid, friendly_name, status, type and, as Twilio does, the auth_token), 401 20003 for other credentials,
// or, when the next mode is Auth20003, TooMany429Retry, TooMany429, ServerError500 or Hang, as for a send.
class FakeTwilio final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTwilio)

public:
    enum class Mode {
        Accept,               // 201 {sid: "SM…", status: "queued", …}
        InvalidNumber21211,   // 400, code 21211
        NotMobile21614,       // 400, code 21614
        TrialUnverified21608, // 400, code 21608
        Unsubscribed21610,    // 400, code 21610 (recipient replied STOP)
        Auth20003,            // 401, code 20003
        TooMany429Retry,      // 429, code 20429, Retry-After: 7
        TooMany429,           // 429, code 20429, no Retry-After
        ServerError500,       // 500, code 20500
        Malformed,            // 400 with a body that is not JSON
        Hang,                 // never answers (until the fake is destroyed)
    };
    Q_ENUM(Mode)

    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QHash<QString, QString> form; // decoded form fields
        int answeredStatus = 0;       // 0 while hung
    };

    FakeTwilio(QString accountSid, QString authToken, QObject *parent = nullptr);
    ~FakeTwilio() override;

    bool listen();
    QUrl baseUrl() const;

    void setMode(Mode mode) { m_mode = mode; }

    void queueModes(const QList<Mode> &modes) { m_queued.append(modes); }

    // The account resource: status "active", "suspended" or "closed"; type "Trial" or "Full".
    void setAccount(const QString &friendlyName, const QString &status, const QString &type)
    {
        m_accountName = friendlyName;
        m_accountStatus = status;
        m_accountType = type;
    }

    QList<ReceivedRequest> requests() const { return m_requests; }

    int requestCount() const { return static_cast<int>(m_requests.size()); }

    int hungCount() const { return static_cast<int>(m_hung.size()); }

signals:
    void requestReceived(int index);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QString m_accountSid;
    QString m_authToken;
    QByteArray m_expectedAuthorization;
    QString m_accountName = QStringLiteral("The Shop");
    QString m_accountStatus = QStringLiteral("active");
    QString m_accountType = QStringLiteral("Full");
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    Mode m_mode = Mode::Accept;
    QList<Mode> m_queued;
    QList<ReceivedRequest> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung;
};

} // namespace Tidings::Test
