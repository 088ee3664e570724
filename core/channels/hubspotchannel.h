#pragma once

#include "channels/channelconfig.h"
#include "channels/channelhttp.h"
#include "channels/channeltypeinfo.h"
#include "channels/httpchannel.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// HubSpot transactional email, single send: HubSpot sends its own transactional email (option "emailId")
// filled with our rendered subject, HTML, text and order fields.
//
//   POST {baseUrl}/marketing/v3/transactional/single-email/send        (baseUrl default https://api.hubapi.com)
//   Authorization: Bearer <private app / service key access token>     Content-Type: application/json
//   {"emailId":<number>,"message":{"to":<email>,"sendId":"tidings-<notification id>","replyTo"?:[<email>]},
//    "customProperties":{"subject","html","text","order_number","order_status","shipment_status","carrier",
//                        "tracking_number","tracking_url","shop_name","notification_id"}}
//
// sendId is HubSpot's dedup key: a second send with the same id answers 409, which means HubSpot already
// has this message, so it counts as accepted.
//
// Answers: 200 {statusId, status} → accepted, statusId kept. Errors are {status:"error", message,
// category, correlationId}: 409 → accepted (duplicate sendId); 429 → retryable at Retry-After;
// 5xx → retryable; 401 → wrong token; 403 → missing scope transactional-email (or no transactional email
// add-on); 404 → email id not found; 400 and other 4xx → permanent, HubSpot's message kept.
class HubSpotChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubSpotChannel)

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();

    HubSpotChannel(ChannelConfig config, QString accessToken, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~HubSpotChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    static QUrl sendUrl(const QUrl &baseUrl);
    static QString sendIdFor(qint64 notificationId);
    Result<QByteArray> buildBody(const OutgoingMessage &message) const;
    static SendOutcome classify(const ChannelAnswer &answer);

private:
    QString m_accessToken;
    qint64 m_emailId = 0;
    QByteArray m_authorization;
    QUrl m_endpoint;
    std::optional<Error> m_configError;
};

} // namespace Tidings
