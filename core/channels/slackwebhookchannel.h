#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// Slack incoming webhook: one POST to the webhook's own URL per message.
//
//   POST https://hooks.slack.com/services/T…/B…/<secret>   (secret "webhookUrl": the URL is the credential;
//                                                            its host must be hooks.slack.com, or this machine
//                                                            for tests; never logged, blanked from every text)
//   Content-Type: application/json; charset=utf-8
//   {"text", "blocks", "metadata"} as SlackChannel::buildMessage() builds them (no "channel": the webhook
//   posts where it was created). The notification id travels in metadata.event_payload.notification_id.
//
// Answers are plain text with real HTTP statuses:
//   200 "ok"                                    accepted (Slack gives no message id)
//   400 invalid_payload, no_text, user_not_found permanent: Slack refused the message's layout
//   403 invalid_token, 404/410 no_service         permanent: the webhook was removed; make a new one
//   404 channel_not_found, 410 channel_is_archived permanent: the channel is gone or archived
//   403 action_prohibited                        permanent: a workspace admin restricted posting
//   429 (± Retry-After), 5xx                     retryable, at Retry-After when given
//   anything else                                permanent, Slack's text kept in `detail`
class SlackWebhookChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlackWebhookChannel)

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();

    SlackWebhookChannel(ChannelConfig config, QString webhookUrl, QNetworkAccessManager *network,
                        QObject *parent = nullptr);
    ~SlackWebhookChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;

    // How a webhook answer reads (without httpStatus and providerAnswer).
    static SendOutcome classify(const ChannelAnswer &answer);

private:
    QUrl m_url;
    std::optional<Error> m_configError;
};

} // namespace Tidings
