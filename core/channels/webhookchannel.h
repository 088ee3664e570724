#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// An outbound webhook for automation tools (Zapier "Catch Hook", Power Automate "When a HTTP request is
// received", Make, n8n, your own server): one POST of the event as JSON per notification.
//
//   POST <url>        option "url", or the secret "url" when the address itself holds a key (Zapier's catch
//                     hook, Power Automate's ...&sig=…): the secret wins; https only (plain http only to this
//                     machine); the whole URL is treated as a secret: never logged, blanked from every text.
//                     An option "url" that carries sig=/key=/token= in its query is refused (save it as the
//                     secret instead, so the key stays in the keychain).
//   Content-Type: application/json
//   X-Tidings-Notification-Id: <notification id>   the receiver's dedup key (a retry after a timeout may
//                                                   deliver the same notification twice)
//   X-Tidings-Timestamp: <unix seconds>             ┐ only with the secret "signingSecret"
//   X-Tidings-Signature: sha256=<hex>               ┘ HMAC-SHA256(signingSecret, "<timestamp>.<raw body>")
//   {"notificationId": <id>, "event": <OutgoingMessage::context: order, customer, shipment, items, brand>,
//    "message": {"subject", "text", "html", "to": {"email", "name", "phone"}}, "sentAt": "<ISO 8601 UTC>"}
//
// How a receiver verifies: read the raw body before parsing; compute HMAC-SHA256 with the shared secret over
// the timestamp header, a ".", and the raw body; hex-encode it; compare it with the part of
// X-Tidings-Signature after "sha256=" in constant time (Python hmac.compare_digest, Node
// crypto.timingSafeEqual, PHP hash_equals); reject timestamps more than 5 minutes from now (replays).
//
// Answers:
//   2xx                   accepted (Zapier's {"id"} or {"request_id"} kept as the message id when present;
//                         Power Automate answers 202 with no body)
//   410 Gone              permanent: the hook was turned off (Zapier) or deleted
//   404                   permanent: nothing at that address (flow or Zap deleted, URL mistyped)
//   401, 403              permanent: the receiver refused the key (Power Automate's sig, or sign-in required)
//   408, 429, 5xx         retryable (429/503 at Retry-After when given)
//   3xx, other 4xx        permanent, the receiver's answer kept in `detail`
class WebhookChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookChannel)

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();

    // `secretUrl` (may be empty) overrides the option "url"; `signingSecret` (may be empty) turns signing on.
    WebhookChannel(ChannelConfig config, QString secretUrl, QString signingSecret, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~WebhookChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;

    bool signs() const { return !m_signingSecret.isEmpty(); }

    // The JSON body for `message`, stamped with `sentAt`, or why it cannot be sent.
    static Result<QByteArray> buildBody(const OutgoingMessage &message, const QDateTime &sentAt);
    // "sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>"
    static QByteArray signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body);
    // How an answer reads (without httpStatus and providerAnswer).
    static SendOutcome classify(const ChannelAnswer &answer);

private:
    QUrl m_url;
    QByteArray m_signingSecret;
    std::optional<Error> m_configError;
};

} // namespace Tidings
