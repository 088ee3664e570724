#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"
#include "model/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// Twilio SendGrid v3 Mail Send: one POST <baseUrl>/v3/mail/send per message. The notification id
// travels in personalizations[0].custom_args.tidings_notification_id so duplicates stay traceable.
//
// Options (ChannelConfig::options): "timeoutMs" (default 30000), "sandbox" (validate only, nothing sent),
// "templateId" (a dynamic template "d-…": the body carries template_id and, in the personalization,
// dynamic_template_data = the notification's context plus "subject"; no content, SendGrid renders it).
// Inline images the HTML shows (Mime::referencedImages(), the same checks as a MIME message) go in
// attachments[] {content (base64), filename, type, disposition: "inline", content_id}; without any the body has
// no attachments. A dynamic template send carries none: SendGrid renders the template's design, not our HTML.
// `done` is called exactly once per send(), always from the event loop (never inside send()). When the
// channel is destroyed with sends in flight, their requests are aborted and their `done` is called from
// the destructor with a retryable Network error; nothing is called after destruction.
class SendGridChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendGridChannel)

public:
    static constexpr qsizetype MaxAnswerBytes = ChannelHttp::MaxAnswerBytes;

    static QString typeName();
    static ChannelTypeInfo typeInfo();

    SendGridChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SendGridChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;
    // GET <baseUrl>/v3/scopes: the key's own permissions; connected when they include mail.send.
    void checkConnection(Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    bool sandbox() const { return m_sandbox; }

    // The Mail Send address under a base URL (empty → https://api.sendgrid.com); keeps a path prefix.
    static QUrl mailSendUrl(const QUrl &baseUrl);
    // The JSON body SendGrid gets for `message`, or a permanent error saying why it cannot be sent.
    Result<QByteArray> buildBody(const OutgoingMessage &message) const;

private:
    SendOutcome outcomeOf(const ChannelAnswer &answer) const;
    static SendOutcome classify(const ChannelAnswer &answer);
    static QJsonArray contentOf(const OutgoingMessage &message);
    SendOutcome readScopes(const ChannelAnswer &answer) const;

    QString m_apiKey;
    QByteArray m_authorization;
    QUrl m_endpoint;
    std::optional<Error> m_configError;
    bool m_sandbox = false;
    QString m_templateId; // a dynamic template ("d-…"): SendGrid renders the message
};

} // namespace Tidings
