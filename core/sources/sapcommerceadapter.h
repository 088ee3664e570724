#pragma once

#include "model/statuses.h"
#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QJsonObject>
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

    // Shared with SapCommercePoller: OCC's OrderWsDTO and ConsignmentWsDTO use the attribute names the setup
    // steps ask the integration objects to have.
    //
    // Reads an Order into `event`: orderId and orderNumber (code), customer, orderStatus by orderStatusFor()
    // and rawOrderStatus, line items (entries), total (totalPrice or totalPriceWithTax, as a number, text or
    // {"value"}), currency (currency{isocode}, currencyIso, or the total's currencyIso) and occurredAt
    // (modifiedtime, date, created or creationtime).
    static void readOrder(const QJsonObject &order, OrderEvent &event);

    // Reads a Consignment into `event`: shipmentId (code), trackingNumber (trackingID), carrier, trackingUrl,
    // shipmentStatus by shipmentStatusFor() and rawShipmentStatus, line items (consignmentEntries, or OCC's
    // entries) and occurredAt (modifiedtime, statusDate or shippingDate); the customer comes from `order`.
    // orderId and orderNumber are the caller's to set.
    static void readConsignment(const QJsonObject &consignment, const QJsonObject &order, OrderEvent &event);
};

} // namespace Tidings
