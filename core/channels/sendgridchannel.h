#pragma once

#include "channels/channel.h"
#include "channels/channelconfig.h"
#include "model/result.h"

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Tidings {

// Twilio SendGrid v3 Mail Send: one POST <baseUrl>/v3/mail/send per message. The notification id
// travels in personalizations[0].custom_args.tidings_notification_id so duplicates stay traceable.
//
// Options (ChannelConfig::options): "timeoutMs" (default 30000), "sandbox" (validate only, nothing sent).
// `done` is called exactly once per send(), always from the event loop (never inside send()). When the
// channel is destroyed with sends in flight, their requests are aborted and their `done` is called from
// the destructor with a retryable Network error; nothing is called after destruction.
class SendGridChannel final : public Channel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendGridChannel)

public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr qsizetype MaxAnswerBytes = 4096;

    SendGridChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SendGridChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;

    const ChannelConfig &config() const { return m_config; }

    QUrl endpoint() const { return m_endpoint; }

    int timeoutMs() const { return m_timeoutMs; }

    bool sandbox() const { return m_sandbox; }

    // Sends whose `done` has not been called yet.
    int pendingCount() const;

    // The Mail Send address under a base URL (empty → https://api.sendgrid.com); keeps a path prefix.
    static QUrl mailSendUrl(const QUrl &baseUrl);
    // The JSON body SendGrid gets for `message`, or a permanent error saying why it cannot be sent.
    Result<QByteArray> buildBody(const OutgoingMessage &message) const;

private:
    struct Pending
    {
        QNetworkReply *reply = nullptr; // null for a send that failed before any request
        Done done;
        std::optional<SendOutcome> outcome; // the answer of a send that failed before any request
    };

    void finishEarly(quint64 ticket);
    void onReplyFinished(quint64 ticket);
    void onReplyDestroyed(quint64 ticket);
    SendOutcome outcomeOf(QNetworkReply *reply) const;
    SendOutcome outcomeOfStatus(int status, QNetworkReply *reply, const QByteArray &body) const;
    SendOutcome outcomeOfNetworkError(QNetworkReply *reply) const;
    QString redacted(QString text) const;
    QString displayName() const;

    ChannelConfig m_config;
    QString m_apiKey;
    QByteArray m_authorization;
    QPointer<QNetworkAccessManager> m_network;
    QUrl m_endpoint;
    std::optional<Error> m_configError;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_sandbox = false;
    quint64 m_nextTicket = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace Tidings
