#pragma once

#include "channels/channelconfig.h"
#include "channels/channeltypeinfo.h"
#include "credentials/oauthsignin.h"
#include "model/error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// An image the HTML shows by reference, <img src="cid:<contentId>">, e.g. the shop's logo: providers that
// take a whole MIME message (SMTP, Gmail) carry it inside the message, the JSON and form APIs (SendGrid,
// Mailgun, Microsoft Graph, Amazon SES, Mandrill) as an inline attachment with that content id, so it shows
// without loading anything from the internet. Mime::referencedImages() says which go and checks them.
struct InlineImage
{
    QByteArray contentId; // e.g. "logo@tidings"; letters, digits and . - _ @ only
    QByteArray mimeType;  // image/png, image/jpeg, image/gif or image/webp
    QByteArray data;
    QString fileName; // shown when the image is saved; ASCII letters, digits and . - _ only
};

// A rendered message ready to hand to a provider.
struct OutgoingMessage
{
    qint64 notificationId = 0; // travels with the message (e.g. SendGrid custom_args) for tracing
    QString toEmail;
    QString toName;
    QString toPhone; // the customer's phone, for SMS (E.164 where the shop has it)
    QString subject; // single line; renderers strip line breaks
    QString text;
    QString html;
    // The template context the message was rendered from (order, customer, shipment, brand, status): what
    // automation channels (Klaviyo, HubSpot, ActiveCampaign, webhooks) pass on as event data.
    QJsonObject context;
    // Images the HTML refers to with "cid:"; those it does not refer to are left out.
    QList<InlineImage> inlineImages;
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
    // The channel cannot send until the owner acts (its sign-in was refused for good): this message waits
    // and the channel's queue pauses, without using up an attempt (see DispatchWorker).
    bool holdChannel = false;
    // What Tidings changed about the message before sending it (test mode), kept with the attempt's record.
    QString note;
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

    // "Test connection": one harmless call that proves the credentials and settings, sending nothing to
    // anyone. `done` is called exactly once, from the event loop: accepted, with what the provider said about
    // the account in the owner's words in `providerAnswer` (e.g. "the key may send mail"), or the error that
    // a send would have met. Types whose ChannelTypeInfo::canCheckConnection is false keep this default,
    // which answers that only a test message can tell.
    virtual void checkConnection(Done done);

signals:
    // The provider replaced one of the channel's secrets (Microsoft rotates the refresh token on every
    // refresh): the owner of the channel saves `value` under `secretName` in the keychain so the next start
    // uses it. Carries a secret: never log it.
    void secretChanged(const QString &secretName, const QString &value);
};

// Builds the client for a channel's provider; nullptr and an error for unknown types or missing secrets.
std::unique_ptr<Channel> createChannel(const ChannelConfig &config, const QHash<QString, QString> &secrets,
                                       QNetworkAccessManager *network, Error *error = nullptr);

// Names of the secrets a channel of this type may have, e.g. {"apiKey"} (optional ones included).
QStringList secretNamesForChannel(const QString &type);

// Every provider Tidings can send through, in the order the window lists them.
QStringList channelTypes();
QList<ChannelTypeInfo> channelTypeInfos();
// The entry for one type (lower case), or nullptr.
const ChannelTypeInfo *channelTypeInfo(const QString &type);

// How "Sign in with …" signs in for this channel (its client id, client secret from `secrets`, endpoints and
// scopes), for types whose ChannelTypeInfo::canSignIn is true; nullopt for the others.
std::optional<OAuthSignInProvider> channelSignInProvider(const ChannelConfig &config,
                                                         const QHash<QString, QString> &secrets);

} // namespace Tidings
