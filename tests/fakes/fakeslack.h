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

// A loopback Slack (QHttpServer on 127.0.0.1, any free port) speaking both ways of posting:
//  - Web API: POST /api/chat.postMessage, "Authorization: Bearer <token>", "application/json; charset=utf-8",
//    JSON with channel and text or blocks. Answers always HTTP 200 {"ok":…} except 429 and 5xx, like Slack.
//  - Incoming webhook: POST /services/T000/B000/<webhookSecret>, JSON with text or blocks and no channel
//    override needed; plain-text answers ("ok", "invalid_payload", "no_service", …) with real statuses.
// Contract violations get Slack's own answers (invalid_auth, not_authed, invalid_arguments, no_service).
// A valid request is answered by the next queued mode, or by mode() when the queue is empty.
//  - POST /api/auth.test with the same Bearer token (the connection check; posts nothing): 200
//    {"ok":true,"team","user","team_id","user_id","bot_id",…} with "X-OAuth-Scopes: <oauthScopes>", or
//    not_authed / invalid_auth; modes InvalidAuth, TokenRevoked, InternalError, RateLimited(NoRetry),
//    ServerError503, Malformed and Hang answer as for a post, the channel and layout modes do not apply.
class FakeSlack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSlack)

public:
    enum class Mode {
        Accept,             // {"ok":true,"channel":…,"ts":"<n>.000100"} / webhook: 200 "ok"
        InvalidAuth,        // {"ok":false,"error":"invalid_auth"} / webhook: 403 "invalid_token"
        TokenRevoked,       // {"ok":false,"error":"token_revoked"} / webhook: 404 "no_service"
        ChannelNotFound,    // {"ok":false,"error":"channel_not_found"} / webhook: 404 "channel_not_found"
        NotInChannel,       // {"ok":false,"error":"not_in_channel"} / webhook: 403 "action_prohibited"
        IsArchived,         // {"ok":false,"error":"is_archived"} / webhook: 410 "channel_is_archived"
        MsgTooLong,         // {"ok":false,"error":"msg_too_long"} / webhook: 400 "invalid_payload"
        InvalidBlocks,      // {"ok":false,"error":"invalid_blocks"} / webhook: 400 "no_text"
        InternalError,      // {"ok":false,"error":"internal_error"} (HTTP 200) / webhook: 500 "rollup_error"
        RateLimited,        // 429 + Retry-After: retryAfterSeconds(), {"ok":false,"error":"ratelimited"}
        RateLimitedNoRetry, // 429 without Retry-After
        ServerError503,     // 503, HTML body
        Malformed,          // 200, "<html>portal</html>"
        Hang,               // never answers until the client gives up or the fake is destroyed
    };
    Q_ENUM(Mode)

    struct ReceivedRequest
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json;
        int answeredStatus = 0; // 0 while hung
        QString ts;             // the ts given, when accepted
    };

    FakeSlack(QString botToken, QString webhookSecret, QObject *parent = nullptr);
    ~FakeSlack() override;

    bool listen();
    // "http://127.0.0.1:<port>"
    QUrl baseUrl() const;
    // "http://127.0.0.1:<port>/services/T000/B000/<webhookSecret>"
    QUrl webhookUrl() const;

    void setMode(Mode mode);
    void queueModes(const QList<Mode> &modes);
    void setRetryAfterSeconds(int seconds);
    // The X-OAuth-Scopes header of auth.test answers (default "chat:write").
    void setOAuthScopes(const QByteArray &scopes);

    QList<ReceivedRequest> requests() const;
    ReceivedRequest request(int index) const;
    int requestCount() const;
    int acceptedCount() const;

signals:
    void requestReceived(int index);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QString m_botToken;
    QString m_webhookSecret;
    QHttpServer *m_server = nullptr; // child of this
    quint16 m_port = 0;

    mutable QMutex m_mutex;
    Mode m_mode = Mode::Accept;
    QList<Mode> m_queuedModes;
    int m_retryAfterSeconds = 30;
    QByteArray m_oauthScopes = QByteArrayLiteral("chat:write");
    QList<ReceivedRequest> m_requests;
    int m_accepted = 0;
    qint64 m_nextTs = 1700000000;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung;
};

} // namespace Tidings::Test
