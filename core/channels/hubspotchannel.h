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
//
// Test connection: GET {baseUrl}/marketing/v3/transactional/smtp-tokens?limit=1 with the same Bearer token, a
// read that needs the same transactional-email scope (and the Transactional Email add-on) as the single send,
// and sends nothing. Confirmed: https://developers.hubspot.com/docs/api-reference/legacy/marketing/
// transactional-emails/smtp-tokens/get-transactional-single-send (method, path, Bearer auth) and the scope on
// .../transactional-emails/v1/get-email-public-v1-smtpapi-tokens; the add-on requirement [verify] (documented
// for the v1 SMTP API). It does not prove the email ID: HubSpot checks that only when a message is sent.
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
    // GET …/transactional/smtp-tokens?limit=1: the token may use transactional email.
    void checkConnection(Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    static QUrl sendUrl(const QUrl &baseUrl);
    static QString sendIdFor(qint64 notificationId);
    Result<QByteArray> buildBody(const OutgoingMessage &message) const;
    static SendOutcome classify(const ChannelAnswer &answer);

private:
    SendOutcome readCheck(const ChannelAnswer &answer) const;

    QString m_accessToken;
    qint64 m_emailId = 0;
    QByteArray m_authorization;
    QUrl m_endpoint;
    std::optional<Error> m_configError;
};

} // namespace Tidings
