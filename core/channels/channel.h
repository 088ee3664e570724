#pragma once

#include "channels/channelconfig.h"
#include "model/error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// A rendered message ready to hand to a provider.
struct OutgoingMessage
{
    qint64 notificationId = 0; // travels with the message (e.g. SendGrid custom_args) for tracing
    QString toEmail;
    QString toName;
    QString subject; // single line; renderers strip line breaks
    QString text;
    QString html;
};

// The provider's answer to one send.
struct SendOutcome
{
    bool accepted = false;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString providerMessageId;
    QString providerAnswer;           // the body, trimmed to a few KiB, for the details pane
    std::optional<Error> error;       // set when not accepted; error->retryable says whether to try again
    std::optional<QDateTime> retryAt; // when the provider said to come back (Retry-After, X-RateLimit-Reset)
};

// One client per provider. Lives on the dispatcher thread and uses that thread's network manager.
class Channel : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SendOutcome &)>;

    explicit Channel(QObject *parent = nullptr)
        : QObject(parent)
    {}

    ~Channel() override = default;

    virtual QString type() const = 0;

    // Sends asynchronously; `done` is called exactly once, on this object's thread.
    virtual void send(const OutgoingMessage &message, Done done) = 0;
};

// Builds the client for a channel's provider; nullptr and an error for unknown types or missing secrets.
std::unique_ptr<Channel> createChannel(const ChannelConfig &config, const QHash<QString, QString> &secrets,
                                       QNetworkAccessManager *network, Error *error = nullptr);

// Names of the secrets a channel of this type needs, e.g. {"apiKey"}.
QStringList secretNamesForChannel(const QString &type);

} // namespace Tidings
