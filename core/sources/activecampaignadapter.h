#pragma once

#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QString>

namespace Tidings {

// ActiveCampaign webhooks: an application/x-www-form-urlencoded body with PHP-style bracketed keys. Every
// event has `type`, `date_time`, `initiated_by`, `initiated_from` and usually a contact block (contact[id],
// contact[email], contact[first_name], contact[last_name], contact[phone]); deal events add deal[...]
// (deal[id], deal[title], deal[stage] or deal[stageid], deal[stage_title], deal[value], deal[currency]).
// ActiveCampaign cannot sign, so the URL carries ?token=<urlToken>, compared in constant time. It never
// retries a delivery, and answering 410 would switch the webhook off: Tidings never does.
//
// Acted on: deal_add and deal_update, as an event about order "deal:<deal id>" whose status comes from
// options["statusMap"] on the stage title, then the stage id (unmapped: Unknown, raw value kept). Other types
// (contact and campaign events, deal notes and tasks, new pipelines or stages) are recorded without events.
//
// ActiveCampaign sends no event id, so the dedup id is "<type>:<deal id>:<date_time>:<stage>" for deal events
// and "<type>:<contact id>:<date_time>" for the rest.
class ActiveCampaignAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ActiveCampaignAdapter)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;
};

} // namespace Tidings
