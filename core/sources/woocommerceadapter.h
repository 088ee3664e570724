#pragma once

#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Tidings {

// WooCommerce webhooks (the REST API v3 JSON of the order or product). X-WC-Webhook-Signature is the
// base64 HMAC-SHA256 of the raw body with the webhook's secret, which Tidings makes and the owner
// pastes into WooCommerce.
//
// Acted on: order.created/updated/restored (an event about the order, plus one shipment event per
// tracking number in the order's meta data) and product.created/updated/restored (stock levels).
// order.deleted carries only the id: it is recorded, nobody is notified. Other topics are verified and
// recorded without events. The unsigned ping WooCommerce sends when a webhook is saved (body
// "webhook_id=<n>") is answered 200 and recorded; nothing else passes unsigned.
//
// Options: "statusMap" (custom order statuses, see WooCommerce::statusMapFrom) and "trackingMetaKey"
// (another tracking plugin's order meta key).
//
// Deduplication: WooCommerce has no event id, and X-WC-Webhook-Delivery-ID is a hash of the webhook id
// and the current second, so two different changes sent by one webhook within a second share it. It is
// therefore kept on the events for the record but is not a dedup key. The event id is synthesized as
// "<resource>:<id>:<date_modified_gmt>:<status>:<first 16 hex of SHA-256 of the body>": WooCommerce
// does not move date_modified when only meta (tracking) or stock changes, so the body hash keeps such
// a change from passing for a duplicate, while a re-sent identical delivery is one.
class WooCommerceAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::WooCommerceAdapter)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;
    QList<QByteArray> secretHeaderNames() const override;

    // True for the body of WooCommerce's ping: exactly "webhook_id=<digits>".
    static bool isPingBody(const QByteArray &body);

    // The events of one order as the REST API v3 returns it (webhook body or one entry of GET /orders):
    // the order, then one shipment per tracking number. Empty for drafts, trash and ignored statuses. The
    // events carry no event or delivery id. Used by the poller, so both paths normalize the same way.
    static QList<OrderEvent> orderEventsFrom(const QJsonObject &order, const SourceConfig &source, const QString &topic,
                                             const QByteArray &rawPayload);
};

} // namespace Tidings
