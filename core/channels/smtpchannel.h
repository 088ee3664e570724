#pragma once

#include "channels/channel.h"
#include "channels/mimemessage.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
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
//
// Test connection: the same connection as a send, stopped after sign-in: connect, greeting, EHLO, STARTTLS
// (or TLS from the start), EHLO again and AUTH, then QUIT, with CURLOPT_CONNECT_ONLY, which has libcurl "perform
// all the required ... connection setup, but no data transfer" (https://curl.se/libcurl/c/CURLOPT_CONNECT_ONLY.html,
// confirmed); for SMTP curl's connection setup includes EHLO, STARTTLS and AUTH, so no MAIL, RCPT or DATA is sent.
// A server that offers no AUTH is reported as reachable with the password unchecked.
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
    // Connects and signs in like a send, then quits without MAIL: proves server, encryption and password.
    void checkConnection(Done done) override;

    // What one transfer produced, as curl saw it.
    struct Transfer
    {
        int curlCode = 0;      // CURLcode
        long smtpCode = 0;     // the last reply code, 0 when none came
        QString curlError;     // curl's own words
        QString serverReply;   // the server's last reply line(s)
        bool signedIn = false; // the server answered AUTH with 235
    };

    static SendOutcome classify(const Transfer &transfer, const QString &channelName);
    // A connection check's transfer in the owner's words. `sendGridRelay`: the API key is the password.
    // `where` names the server and encryption for the summary ("127.0.0.1:587 over STARTTLS").
    static SendOutcome classifyCheck(const Transfer &transfer, const QString &channelName, bool sendGridRelay,
                                     bool signInSet, const QString &where);

private:
    // Runs `transfer` on a thread of its own; `done` gets what `read` makes of it (secrets scrubbed) on this
    // object's thread, never inside the call.
    void startTransfer(std::function<Transfer()> transfer, std::function<SendOutcome(const Transfer &)> read,
                       Done done);
    QString channelName() const;

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
