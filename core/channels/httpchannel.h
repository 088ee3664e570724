#pragma once

#include "channels/channel.h"
#include "channels/channelconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace Tidings {

// One HTTP answer, as a channel classifies it.
struct ChannelAnswer
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    // The first header of that name, any case; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

// The plumbing every HTTP provider shares, so a channel only builds requests and reads answers:
// each send is a ticket whose `done` is called exactly once, always from the event loop (never inside
// send()); requests never follow redirects (they would carry credentials elsewhere) and give up after
// timeoutMs; transport failures (no answer, timeout, TLS) end the send as retryable in the provider's
// words; a channel destroyed with sends in flight aborts them and answers each one; registered secrets
// are blanked out of every text that leaves the channel.
//
// A send may take several requests (a token, then the message; a contact, then an automation): call
// request() again from the answer handler, and finish() when done.
class HttpChannel : public Channel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpChannel)

public:
    static constexpr int DefaultTimeoutMs = 30000;

    ~HttpChannel() override;

    const ChannelConfig &config() const { return m_config; }

    int timeoutMs() const { return m_timeoutMs; }

    // Sends whose `done` has not been called yet.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

protected:
    using Ticket = quint64;
    using AnswerHandler = std::function<void(const ChannelAnswer &)>;

    // `providerName` is the display name used in messages ("SendGrid"). Options: "timeoutMs".
    HttpChannel(ChannelConfig config, QString providerName, QNetworkAccessManager *network, QObject *parent);

    // Starts a send.
    Ticket begin(Done done);
    // Sends one request for `ticket` and hands any HTTP answer to `onAnswer`; without an answer the send
    // ends as a retryable failure. `verb` is GET, POST, PUT, PATCH or DELETE.
    void request(Ticket ticket, const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                 AnswerHandler onAnswer);
    // Ends `ticket`: `done` gets `outcome` (with secrets blanked out and the answer trimmed) from the event
    // loop. A second finish() of the same ticket is ignored.
    void finish(Ticket ticket, SendOutcome outcome);
    void fail(Ticket ticket, const Error &error);

    // A connection check in one request: fails at once with `configError` when set, else sends `request`
    // and ends with what `read` makes of the answer (httpStatus filled in; `read` puts the owner-facing
    // summary of an accepted check in providerAnswer). For Channel::checkConnection overrides.
    void runCheck(Done done, const std::optional<Error> &configError, const QNetworkRequest &request,
                  const QByteArray &verb, const QByteArray &body,
                  std::function<SendOutcome(const ChannelAnswer &)> read);

    // A request to `url` with the common settings: User-Agent, Accept: application/json, no redirects,
    // the transfer timeout. Add the provider's auth and content type.
    QNetworkRequest newRequest(const QUrl &url) const;

    // A secret (API key, token) never to show in messages, details or stored answers.
    void addSecret(const QString &secret);
    QString redacted(QString text) const;

    // The channel's name as the owner gave it (else its id, else the provider's name).
    QString displayName() const;

    QString providerName() const { return m_providerName; }

    bool hasNetwork() const { return !m_network.isNull(); }

    // The network manager requests go through; null once it is gone.
    QNetworkAccessManager *network() const { return m_network.data(); }

    // The outcome of a request that got no HTTP answer. Public for tests of subclasses' wording.
    SendOutcome transportFailure(QNetworkReply::NetworkError error, const QString &errorString,
                                 const QString &host) const;

private:
    struct Pending
    {
        Done done;
        QNetworkReply *reply = nullptr;     // the request under way, if any
        std::optional<SendOutcome> outcome; // set by finish(): delivered from the event loop
    };

    void deliver(Ticket ticket);
    void onReplyFinished(Ticket ticket, const AnswerHandler &onAnswer);
    void onReplyDestroyed(Ticket ticket);
    SendOutcome stoppedOutcome() const;

    ChannelConfig m_config;
    QString m_providerName;
    QPointer<QNetworkAccessManager> m_network;
    int m_timeoutMs = DefaultTimeoutMs;
    QStringList m_secrets;
    Ticket m_nextTicket = 1;
    QHash<Ticket, Pending> m_pending;
};

} // namespace Tidings
