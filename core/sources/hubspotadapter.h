#pragma once

#include "sources/sourceadapter.h"
#include "sources/statusmap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Tidings {

// HubSpot app webhooks (public, private or project app). The body is a JSON array of up to 100 events:
// {eventId, subscriptionId, portalId, appId, occurredAt (epoch ms), subscriptionType, attemptNumber, objectId,
// objectTypeId (generic "object.*" subscriptions), propertyName, propertyValue, changeSource, sourceId}.
//
// Signature v3: X-HubSpot-Signature-v3 is base64 HMAC-SHA256 with the app's client secret over
// method + URI + body + X-HubSpot-Request-Timestamp (epoch ms). The URI is the public URL HubSpot called:
// options["publicUrl"] + the request target, with HubSpot's listed percent-escapes decoded (signedUri()).
// A timestamp more than five minutes from when the request arrived, either way, is refused.
//
// Acted on: a deal's "dealstage" change (deal.propertyChange, or object.propertyChange with objectTypeId
// 0-3) and a commerce order's "hs_pipeline_stage" change (object.propertyChange, objectTypeId 0-123). The
// stage id goes through options["statusMap"]; an unmapped stage gives Unknown with the id kept. Several
// changes of one object in a batch keep only the latest by occurredAt. Everything else is recorded without
// events. orderId is the objectId. HubSpot sends no customer email: the event leaves it empty and the store
// keeps whatever the order's snapshot has.
//
// Dedup: one event gives its eventId; a batch gives batchEventId() over all its eventIds.
class HubSpotAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::HubSpotAdapter)

public:
    static constexpr qint64 maxClockSkewMs = 5 * 60 * 1000;

    static QString typeName();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;
    QList<QByteArray> secretHeaderNames() const override;

    // The requestUri of the v3 signature: `publicUrl` without its trailing '/', then `target`, with the
    // escapes HubSpot documents decoded (any case): %3A : %2F / %3F ? %40 @ %21 ! %24 $ %27 ' %28 ( %29 )
    // %2A * %2C , %3B ;. Other escapes stay as they are.
    static QByteArray signedUri(const QString &publicUrl, const QByteArray &target);

    // The owner's stage table, option "statusMap" (stage id or label → status). HubSpot ships no defaults:
    // stage ids are each account's own, so an unmapped stage resolves to Unknown. Shared with the poller.
    static StatusMap stageMap(const SourceConfig &source);
};

} // namespace Tidings
