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

// Klaviyo Create Event: hands each notification to Klaviyo as an event that the shop's flows send on.
//
//   POST {baseUrl}/api/events                                    (baseUrl default https://a.klaviyo.com)
//   Authorization: Klaviyo-API-Key <private key>   revision: <option "revision", default 2024-10-15>
//   Content-Type: application/vnd.api+json
//   {"data":{"type":"event","attributes":{
//      "properties":{"order":{…},"shipment":{…},"items":[…],"tracking_url":…,"notification_id":…},
//      "metric":{"data":{"type":"metric","attributes":{"name":<metricPrefix + status label>}}},
//      "profile":{"data":{"type":"profile","attributes":{"email","phone_number"?,"first_name"?}}},
//      "unique_id":"<notification id>","time":<now, ISO 8601 UTC>,"value"?:<order total>,"value_currency"?}}}
//
// unique_id is Klaviyo's dedup key (a repeat for the same profile and metric is dropped), so retries are
// safe. The metric is named after the context's "milestone" when it has one (stock and backorder messages:
// "Back in Stock", "Order Backordered"), else the shipment's status when it is known, else the order's
// ("Shipped", "Delivered", "Placed"), after the option "metricPrefix" (e.g. "Tidings "). Properties add
// "product" for a stock message and "backordered_items" for an order held by a backorder.
//
// Answers: 202 → accepted (no id comes back: the unique_id is kept as the message id). Errors are
// {errors:[{status, code, title, detail, source}]}: 429 → retryable at Retry-After; 5xx → retryable;
// 401 → wrong key; 403 → key without events:write; 400 and other 4xx → permanent, Klaviyo's detail kept.
//
// Connection check: GET {baseUrl}/api/events?fields[event]=datetime with the same key and revision headers
// (Get Events, scope events:read, which "Events: Full Access" includes:
// https://developers.klaviyo.com/en/reference/get_events) → 200 {data:[…]}; only the status is read, the
// events themselves are dropped. It creates nothing. It cannot prove events:write without writing: a key
// with Events: Read Access passes the check and gets 403 on the first event.
class KlaviyoChannel final : public HttpChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KlaviyoChannel)

public:
    static QString typeName();
    static ChannelTypeInfo typeInfo();

    KlaviyoChannel(ChannelConfig config, QString apiKey, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~KlaviyoChannel() override;

    QString type() const override;
    void send(const OutgoingMessage &message, Done done) override;
    void checkConnection(Done done) override;

    QUrl endpoint() const { return m_endpoint; }

    QString revision() const { return m_revision; }

    static QUrl eventsUrl(const QUrl &baseUrl);
    // The metric name for a message's context: prefix + shipment status label (when known) or order status.
    static QString metricName(const QString &prefix, const QJsonObject &context);
    // The JSON:API body Klaviyo gets for `message` at `now`, or a permanent error saying why not.
    Result<QByteArray> buildBody(const OutgoingMessage &message,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static SendOutcome classify(const ChannelAnswer &answer);
    // Reads the answer to the connection check's Get Events.
    static SendOutcome readEvents(const ChannelAnswer &answer);

private:
    QString m_apiKey;
    QString m_revision;
    QString m_metricPrefix;
    QByteArray m_authorization;
    QUrl m_endpoint;
    std::optional<Error> m_configError;
};

} // namespace Tidings
