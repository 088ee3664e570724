#pragma once

#include "model/statuses.h"
#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QStringView>

namespace Tidings {

// EasyPost webhooks (Event objects). The signature is X-Hmac-Signature: "hmac-sha256-hex=" followed by the
// hex HMAC-SHA256 of the raw body, keyed with the webhook secret after Unicode NFKD normalization and UTF-8
// encoding (as EasyPost's own client libraries check it). The owner makes up the secret in Tidings and sets
// it as the webhook's secret in EasyPost. Deduplication uses the event id ("evt_...").
//
// Acted on: "tracker.created" and "tracker.updated", which become one OrderEvent about a parcel: EMPTY
// orderId and shipmentId, the tracking code, the carrier, the public tracking page and the normalized
// status; the store finds the shipment with that tracking number. The order status stays Unknown, even
// when the parcel is delivered: one parcel of a split order says nothing about the order. Every other
// description (batch.*, shipment.*, refund.*, ...) is verified and recorded without events.
class EasyPostAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::EasyPostAdapter)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;
    QList<QByteArray> secretHeaderNames() const override;

    // The normalized shipment status for a Tracker's status ("pre_transit", "return_to_sender", ...).
    // "unknown", "error" and anything unrecognised give Unknown.
    static ShipmentStatus shipmentStatusFor(QStringView status);

    // True when `header` is "hmac-sha256-hex=<hex>" of HMAC-SHA256(NFKD(secret) as UTF-8, body). Constant time.
    static bool verifySignature(const QByteArray &body, const QByteArray &secret, const QByteArray &header);
};

} // namespace Tidings
