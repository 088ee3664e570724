#pragma once

#include "model/statuses.h"
#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QStringView>

namespace Tidings {

// SAP Commerce Cloud (Hybris) through its Webhook Services extension. A webhook configuration there posts the
// JSON of an integration object item to a consumed destination whenever an item is saved. There is no
// signature: the destination's credential authenticates the call. Tidings accepts Basic authentication only:
// the username is options["username"] and the password is the secret Tidings made ("webhookSecret"), both
// compared in constant time; a missing or wrong Authorization header is refused (401) and never stored.
//
// The integration object is modelled by the owner, so Tidings reads the attribute names the setup steps ask
// for, accepting an OData "d" wrapper, enum values as text or as {"code": ...}, and times as ISO with "+0000"
// offsets, epoch milliseconds or OData "/Date(ms)/":
// - Order: code, status, deliveryStatus, date, modifiedtime, user{uid, name, email}, deliveryAddress{email,
//   firstName, lastName}, entries[]{quantity, basePrice, product{code, name}}, totalPrice, currency{isocode}.
//   → an OrderEvent for the order (orderId = orderNumber = code, status by orderStatusFor()).
// - Consignment (has an "order", or "trackingID"): code, status, trackingID, carrier (text or {code, name}),
//   trackingUrl, order{code, user{...}}, consignmentEntries[]{quantity, orderEntry{product{...}}}, statusDate,
//   modifiedtime. → an OrderEvent for the shipment (orderId = order code, shipmentId = consignment code,
//   status by shipmentStatusFor()); the order status stays Unknown, as one consignment of a split order
//   says nothing about the order.
// Any other item is verified and recorded without events. Deduplication: "<type>:<code>:<modifiedtime>:<status>".
class SapCommerceAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SapCommerceAdapter)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;
    QList<QByteArray> secretHeaderNames() const override;

    // The normalized order status for an OrderStatus code and the order's deliveryStatus ("NOTSHIPPED",
    // "PARTSHIPPED", "SHIPPED"; empty when not modelled). Codes compare without regard to case.
    // Cancelled and failed states win; then on hold; then the delivery status; COMPLETED counts as shipped
    // (the fulfilment process completes the order once its consignments are shipped or picked up).
    static OrderStatus orderStatusFor(QStringView status, QStringView deliveryStatus);

    // The normalized shipment status for a ConsignmentStatus code. Unknown codes (extensions add their own)
    // give Unknown.
    static ShipmentStatus shipmentStatusFor(QStringView consignmentStatus);
};

} // namespace Tidings
