#pragma once

#include "model/statuses.h"
#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QStringView>

namespace Tidings {

// Shopify webhooks (REST-shaped JSON). The signature is X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the
// raw body with the shop's webhook signing secret. Deduplication uses X-Shopify-Event-Id (the same on
// every retry of one event) and X-Shopify-Webhook-Id (this delivery).
//
// Acted on: orders/create, orders/updated, orders/paid, orders/cancelled, orders/fulfilled and
// orders/partially_fulfilled (the order, plus each fulfillment it carries); fulfillments/create|update and
// fulfillment_events/create (the shipment); refunds/create (recorded against its order; the refund status
// arrives with the orders/updated that follows); inventory_levels/update (a stock change). Topics overlap
// (orders/updated repeats orders/paid): the store notifies on the change of normalized state, once. Every
// other topic is verified and returned with its ids but no events, so it is recorded and nobody is notified.
//
// Ids are kept as the decimal text of the JSON number; integers up to 2^63 come through exactly because
// Qt 6 keeps whole JSON numbers as 64-bit integers.
class ShopifyAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ShopifyAdapter)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    QList<QByteArray> secretHeaderNames() const override;
    // An orders/create delivery of a test order ("#TEST-…", no customer email), new ids each time.
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;

    // The normalized order status for an order's raw fields. `cancelled` is true when cancelled_at is set.
    // Empty strings stand for JSON null.
    static OrderStatus orderStatusFor(QStringView financialStatus, QStringView fulfillmentStatus, bool cancelled);

    // The normalized shipment status for a fulfillment's shipment_status and status ("success",
    // "cancelled", ...). A cancelled fulfillment gives Cancelled whatever its shipment_status; a null
    // (empty) or unrecognised shipment_status gives Unknown, so an unexpected value alarms nobody.
    static ShipmentStatus shipmentStatusFor(QStringView shipmentStatus, QStringView fulfillmentStatus);
};

} // namespace Tidings
