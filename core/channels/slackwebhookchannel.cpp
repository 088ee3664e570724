#include "channels/slackwebhookchannel.h"

#include "channels/channellog.h"
#include "channels/slackchannel.h"

#include <QJsonDocument>
#include <QNetworkRequest>

#include <utility>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using ChannelHttp::failure;
using ChannelHttp::parseRetryAfter;
using ChannelHttp::trimmedAnswer;

const QString SlackHooksHost = u"hooks.slack.com"_s;

} // namespace

QString SlackWebhookChannel::typeName()
{
    return u"slack-webhook"_s;
}

ChannelTypeInfo SlackWebhookChannel::typeInfo()
{
    ChannelTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Slack (incoming webhook)");
    info.summary = tr("A message to one Slack channel through an incoming webhook URL.");
    info.kind = ChannelKind::Chat;
    info.secrets = {{u"webhookUrl"_s, tr("Webhook URL"),
                     tr("Slack app settings → Incoming Webhooks → Webhook URL. It starts with "
                        "https://hooks.slack.com/services/ and works like a password."),
                     false}};
    info.setupSteps = {
        tr("Open api.slack.com/apps → Create New App → From scratch, and pick your workspace."),
        tr("Open Incoming Webhooks, switch them on, and click Add New Webhook to Workspace."),
        tr("Choose the channel for order news and click Allow."),
        tr("Copy the Webhook URL and paste it here. Anyone with this URL can post to the channel: keep it "
           "private."),
    };
    info.defaultRatePerSecond = 1; // about one message a second per webhook
    return info;
}

SlackWebhookChannel::SlackWebhookChannel(ChannelConfig config, QString webhookUrl, QNetworkAccessManager *network,
                                         QObject *parent)
    : HttpChannel(std::move(config), u"Slack"_s, network, parent)
{
    const QString text = webhookUrl.trimmed();
    m_url = QUrl(text, QUrl::StrictMode);
    addSecret(text);
    addSecret(m_url.toString(QUrl::FullyEncoded));
    const QString path = m_url.path();
    const QString last = path.section(u'/', -1, -1, QString::SectionSkipEmpty);
    if (last.size() >= 8) {
        addSecret(last); // the secret part of /services/T…/B…/<secret>
    }
    if (text.isEmpty()) {
        m_configError = Error::make(ErrorCode::Config, tr("No webhook URL is saved for %1.").arg(displayName()));
    } else if (ChannelHttp::hasLineBreak(text) || !m_url.isValid() || m_url.host().isEmpty()) {
        m_configError = Error::make(
            ErrorCode::Config,
            tr("The webhook URL saved for %1 is not a web address. Paste it again in Channels.").arg(displayName()));
    } else if (m_url.host().compare(SlackHooksHost, Qt::CaseInsensitive) != 0 &&
               !ChannelHttp::isLoopbackHost(m_url.host())) {
        m_configError =
            Error::make(ErrorCode::Config, tr("The webhook URL saved for %1 is not a Slack webhook: it must start with "
                                              "https://hooks.slack.com/. Paste it again in Channels.")
                                               .arg(displayName()));
    } else if (ChannelHttp::checkBaseUrl(m_url, u"Slack"_s, displayName())) {
        m_configError = Error::make(
            ErrorCode::Config, tr("The webhook URL saved for %1 must start with https://. Paste it again in Channels.")
                                   .arg(displayName()));
    }
}

SlackWebhookChannel::~SlackWebhookChannel() = default;

QString SlackWebhookChannel::type() const
{
    return typeName();
}

void SlackWebhookChannel::send(const OutgoingMessage &message, Done done)
{
    const Ticket ticket = begin(std::move(done));
    std::optional<Error> early = m_configError;
    QByteArray body;
    if (!early) {
        Result<QJsonObject> built = SlackChannel::buildMessage(message);
        if (built) {
            body = QJsonDocument(built.value()).toJson(QJsonDocument::Compact);
        } else {
            early = built.error();
        }
    }
    if (early) {
        qCWarning(lcChannel) << "Slack webhook: notification" << message.notificationId
                             << "not sent:" << early->message;
        fail(ticket, *early);
        return;
    }
    QNetworkRequest request = newRequest(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    // The URL is the credential: only its host is logged.
    qCDebug(lcChannel) << "Slack webhook: sending notification" << message.notificationId << "to" << m_url.host();
    this->request(ticket, request, QByteArrayLiteral("POST"), body, [this, ticket](const ChannelAnswer &answer) {
        SendOutcome outcome = classify(answer);
        outcome.httpStatus = answer.status;
        outcome.providerAnswer = trimmedAnswer(answer.body);
        finish(ticket, std::move(outcome));
    });
}

SendOutcome SlackWebhookChannel::classify(const ChannelAnswer &answer)
{
    const int status = answer.status;
    const QString code = trimmedAnswer(answer.body).trimmed();
    if (status >= 200 && status < 300) {
        SendOutcome outcome;
        outcome.accepted = true;
        return outcome;
    }
    if (status == 429) {
        SendOutcome outcome = failure(ErrorCode::RateLimited,
                                      tr("Slack is limiting how fast this webhook may post (about one message a "
                                         "second). Tidings will try again when Slack allows it."),
                                      code, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (status >= 500) {
        SendOutcome outcome =
            failure(ErrorCode::ProviderFailed,
                    tr("Slack had a temporary problem (HTTP %1). Tidings will try again.").arg(status), code, true);
        outcome.retryAt = parseRetryAfter(answer.header("Retry-After"));
        return outcome;
    }
    if (code == u"no_service"_s || code == u"invalid_token"_s || code == u"no_team"_s || code == u"team_disabled"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Slack no longer accepts this webhook URL: the webhook or its app was removed. Add a new "
                          "incoming webhook in Slack and paste its URL in Channels."),
                       code);
    }
    if (code == u"channel_not_found"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Slack channel of this webhook no longer exists. Add a new incoming webhook for an "
                          "existing channel."),
                       code);
    }
    if (code == u"channel_is_archived"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("The Slack channel of this webhook is archived. Unarchive it or add a webhook for another "
                          "channel."),
                       code);
    }
    if (code == u"action_prohibited"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("A Slack workspace admin has restricted posting to this channel, so the webhook may not "
                          "post there."),
                       code);
    }
    if (status == 400 || code == u"invalid_payload"_s || code == u"no_text"_s) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Slack refused the message's layout (%1). The message was not posted.")
                           .arg(code.isEmpty() ? QString::number(status) : code.left(80)),
                       code);
    }
    if (status >= 300 && status < 400) {
        return failure(ErrorCode::ProviderRejected,
                       tr("Slack answered with a redirect (HTTP %1). Check the webhook URL in Channels.").arg(status),
                       code);
    }
    return failure(ErrorCode::ProviderRejected, tr("Slack refused the message (HTTP %1).").arg(status), code);
}

} // namespace Tidings
