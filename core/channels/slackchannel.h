#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"
#include "model/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// Slack Web API chat.postMessage: a message to the shop's staff in one channel.
//
//   POST {baseUrl}/api/chat.postMessage            (baseUrl default https://slack.com; a path prefix is kept)
//   Authorization: Bearer xoxb-…                    (secret "botToken", scope chat:write)
//   Content-Type: application/json; charset=utf-8
//   {"channel": <option "channel">, "text": <message text, the notification fallback>,
//    "blocks": [header (subject), section (mrkdwn: order, customer, status from the context),
//               context (shop · notification id), actions (a button to the tracking URL, when there is one)],
//    "metadata": {"event_type": "tidings_notification", "event_payload": {"notification_id": <id>}}}
//
// Slack has no idempotency key: the notification id travels in `metadata` so duplicates stay traceable.
// Order data is escaped for mrkdwn (&, <, > → &amp; &lt; &gt;) so it cannot mention @channel or make links.
//
// Answers. Slack reports most errors inside HTTP 200 as {"ok": false, "error": "<code>"}:
//   ok:true                                         accepted; providerMessageId = "ts"
//   invalid_auth, not_authed, account_inactive,
//   token_revoked, token_expired                    permanent: the token is wrong or revoked
//   missing_scope, no_permission, restricted_action permanent: the app lacks chat:write
//   channel_not_found, not_in_channel, is_archived  permanent: invite the app / check the channel
//   msg_too_long, msg_blocks_too_long, invalid_blocks, no_text, invalid_arguments  permanent
//   ratelimited / rate_limited (HTTP 429 + Retry-After) retryable at Retry-After
//   internal_error, fatal_error, service_unavailable, request_timeout, HTTP 5xx    retryable
//   any other code or 4xx                           permanent, the code kept in `detail`
//   HTTP 200 that is not Slack's JSON               retryable (a proxy or portal answered, not Slack)
//
// Connection check: POST {baseUrl}/api/auth.test with the same Bearer token and no arguments ("Checks
// authentication & identity", no scopes required: https://docs.slack.dev/reference/methods/auth.test) →
// {"ok":true,"team","user",…}; token errors as above. When the answer carries Slack's X-OAuth-Scopes header
// (the token's scopes, comma-separated [verify]: not in the method's reference page), a token without
// chat:write fails the check; without the header the scope is not judged. It posts nothing and does not check the
// channel (that would need channels:read, which the setup does not ask for): Slack reports channel problems on the
// first post.
class SlackChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlackChannel)

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();

    SlackChannel(ChannelConfig config, QString botToken, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SlackChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;
    void checkConnection(Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    // The chat.postMessage address under a base URL (empty → https://slack.com); keeps a path prefix.
    static QUrl postMessageUrl(const QUrl &baseUrl);
    // &, < and > as Slack's mrkdwn wants them in text that must stay literal.
    static QString escapeMrkdwn(const QString &text);
    // The Block Kit message both Slack channels send: {text, blocks, metadata}, or why it cannot be sent.
    static Result<QJsonObject> buildMessage(const OutgoingMessage &message);
    // The chat.postMessage body: buildMessage() plus "channel".
    static Result<QByteArray> buildBody(const OutgoingMessage &message, const QString &channel);
    // How a chat.postMessage answer reads (without httpStatus and providerAnswer).
    static SendOutcome classify(const ChannelAnswer &answer);
    // Reads an auth.test answer (the connection check).
    static SendOutcome readAuthTest(const ChannelAnswer &answer);

private:
    QString m_botToken;
    QByteArray m_authorization;
    QString m_channel;
    QUrl m_endpoint;
    std::optional<Error> m_configError;
};

} // namespace Tidings
