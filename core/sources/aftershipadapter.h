#pragma once

#include "model/statuses.h"
#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QStringView>

namespace Tidings {

// AfterShip Tracking webhooks. The signature is aftership-hmac-sha256: base64 HMAC-SHA256 of the raw body
// with the account's webhook secret (AfterShip's Returns and Warranty products sign under other headers
// and are not this source). Deduplication uses the payload's event_id; a payload without one gets an id
// made of the tracking number, tag, subtag and latest checkpoint time.
//
// Acted on: "tracking_update", which becomes one OrderEvent about a parcel, not an order. A tracker knows
// the tracking number, not reliably our order, so the event carries an EMPTY orderId and shipmentId, the
// tracking number, the carrier slug, the tracking link and the normalized status; the store finds the
// shipment with that tracking number. The order status stays Unknown, even when the parcel is delivered:
// one parcel of a split order says nothing about the order. Customer email and name are set only when the
// payload carries them (legacy emails[]/customer_name, or customers[]).
//
// Other events (edd_revise, tracking_pending_time, ...) are verified and recorded without events.
class AfterShipAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::AfterShipAdapter)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;
    QList<QByteArray> secretHeaderNames() const override;

    // The normalized shipment status for an AfterShip tag and subtag ("Exception", "Exception_011").
    // Exception_010 (returning to sender) and Exception_011 (returned to sender) give ReturnedToSender;
    // Pending, Expired and anything unrecognised give Unknown.
    static ShipmentStatus shipmentStatusFor(QStringView tag, QStringView subtag);
};

} // namespace Tidings
