#pragma once

#include "channels/channel.h"
#include "channels/mimemessage.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QThread>

#include <optional>

namespace Tidings {

// Email through an SMTP server (or SendGrid's SMTP relay), with libcurl.
//
// Request: smtp://host:port with STARTTLS required (CURLUSESSL_ALL, port 587, the default), smtps://host:465
// (security "tls"), or plain smtp only to this machine (security "none-local-only", for tests and local
// relays). AUTH as curl chooses (PLAIN/LOGIN) with `username` + secret `password`, or XOAUTH2 with secret
// `oauthToken`. MAIL FROM the sender address, RCPT TO the customer, DATA the message Mime::build() makes
// (our notification id in X-Tidings-Notification-Id and in the Message-ID, which is kept as the provider's
// message id). The blocking transfer runs on a thread of its own per send; the outcome comes back on this
// object's thread.
//
// Answers: 250 after DATA → accepted. 4xx → retryable. 5xx → permanent with the server's text in `detail`:
// 535 wrong user name or password, 550/553 recipient or sender refused, 552 message too big. Connection,
// TLS and timeout failures → retryable.
class SmtpChannel final : public Channel
{
    Q_OBJECT

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();
    static QString sendGridTypeName();
    static ChannelTypeInfo sendGridTypeInfo();

    // `secrets`: "password" or "oauthToken" (smtp), "apiKey" (sendgrid-smtp).
    SmtpChannel(ChannelConfig config, const QHash<QString, QString> &secrets, QObject *parent = nullptr);
    ~SmtpChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;

    // What one transfer produced, as curl saw it.
    struct Transfer
    {
        int curlCode = 0;    // CURLcode
        long smtpCode = 0;   // the last reply code, 0 when none came
        QString curlError;   // curl's own words
        QString serverReply; // the server's last reply line(s)
    };

    static SendOutcome classify(const Transfer &transfer, const QString &channelName);

private:
    ChannelConfig m_config;
    QString m_type;
    QString m_host;
    int m_port = 587;
    QString m_security;
    QString m_username;
    QString m_password;
    QString m_oauthToken;
    int m_timeoutMs = 60000;
    std::optional<Error> m_configError;
    QList<QPointer<QThread>> m_workers;
};

} // namespace Tidings
