#include "sources/activecampaignadapter.h"

#include "sources/payloadfields.h"
#include "sources/samplewebhook.h"
#include "sources/statusmap.h"
#include "sources/urltoken.h"

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QString text(const FormFields &fields, QStringView key)
{
    return formValue(fields, key).trimmed();
}

bool isDealChange(const QString &type)
{
    return type == "deal_add"_L1 || type == "deal_update"_L1;
}

} // namespace

QString ActiveCampaignAdapter::typeName()
{
    return u"activecampaign"_s;
}

SourceTypeInfo ActiveCampaignAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("ActiveCampaign");
    info.summary = tr("Deals added or moved to another stage in ActiveCampaign, with the deal's contact.");
    info.secrets = {{u"urlToken"_s, tr("Address token"),
                     tr("Tidings makes this token. It is the end of the webhook URL you paste into ActiveCampaign, "
                        "so keep that URL private."),
                     true, true}};
    info.options = {
        {u"statusMap"_s, tr("Stage map"),
         tr("Which deal stage means which order status, as JSON, by stage name or stage id. Stages not listed "
            "are recorded and notify nobody."),
         uR"({"Won": "paid", "Shipped": "shipped", "Lost": "cancelled"})"_s, false},
    };
    info.setupSteps = {
        tr("In ActiveCampaign, open Settings → Developer → Manage Webhooks and click Add."),
        tr("Give it a name and paste this URL: %1"),
        tr("Under \"Type\", tick \"Deal Added\" and \"Deal Updated\"; under \"Initialize From\", tick every "
           "source (by a contact, by an admin user, by the API, by system processes)."),
        tr("Click Add, then list your deal stages in Tidings' stage map."),
        tr("ActiveCampaign never sends a webhook twice, so keep Tidings running (or its relay reachable) to miss "
           "nothing."),
    };
    return info;
}

QString ActiveCampaignAdapter::type() const
{
    return typeName();
}

Result<ParsedWebhook> ActiveCampaignAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                          const QByteArray &signingSecret) const
{
    if (signingSecret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No address token is saved for %1, so its ActiveCampaign webhooks cannot be checked "
                              "and were refused. Set the connection up again in Connections.")
                               .arg(source.name),
                           u"no URL token configured"_s);
    }
    if (!urlTokenMatches(request.target, signingSecret)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached the ActiveCampaign address of %1 without the right token, so it was "
                              "refused. Check that the webhook URL in ActiveCampaign is exactly the one Tidings "
                              "shows.")
                               .arg(source.name),
                           u"missing or wrong token query parameter"_s);
    }

    const std::optional<FormFields> form = parseForm(request.body);
    if (!form) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("ActiveCampaign sent a webhook Tidings cannot read, so it was refused."),
                           u"body is not UTF-8 form data"_s);
    }
    const FormFields &fields = *form;
    ParsedWebhook parsed;
    parsed.topic = text(fields, u"type");
    if (parsed.topic.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("ActiveCampaign sent a webhook without its type, so Tidings cannot tell what happened."),
                           u"form field type is missing"_s);
    }
    const QString dateTime = text(fields, u"date_time");
    const QString dealId = text(fields, u"deal[id]");
    const QString stageId = firstNonEmpty({text(fields, u"deal[stage]"), text(fields, u"deal[stageid]")});
    const QString stageTitle = text(fields, u"deal[stage_title]");

    if (!isDealChange(parsed.topic)) {
        parsed.eventId = QStringList{parsed.topic, text(fields, u"contact[id]"), dateTime}.join(u':');
        return parsed;
    }
    if (dealId.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("ActiveCampaign sent a deal webhook without the deal's id, so it cannot be matched to "
                              "an order."),
                           u"%1 has no deal[id]"_s.arg(parsed.topic));
    }
    parsed.eventId = QStringList{parsed.topic, dealId, dateTime, firstNonEmpty({stageId, stageTitle})}.join(u':');

    StatusMap statusMap;
    statusMap.addFromOption(source.options.value("statusMap"_L1));

    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = typeName();
    event.sourceEventId = parsed.eventId;
    event.topic = parsed.topic;
    event.orderId = u"deal:"_s + dealId;
    event.orderNumber = firstNonEmpty({text(fields, u"deal[title]"), dealId});
    event.customerEmail = text(fields, u"contact[email]");
    event.customerName = joinName(text(fields, u"contact[first_name]"), text(fields, u"contact[last_name]"));
    event.customerPhone = text(fields, u"contact[phone]");
    event.orderStatus = statusMap.resolve({stageTitle, stageId});
    event.rawOrderStatus = firstNonEmpty({stageTitle, stageId});
    event.totalPrice = text(fields, u"deal[value]");
    event.currency = text(fields, u"deal[currency]").toUpper();
    event.occurredAt = timestamp(dateTime);
    event.rawPayload = request.body;
    parsed.events.append(std::move(event));
    return parsed;
}

std::optional<WebhookRequest> ActiveCampaignAdapter::sampleWebhook(const SourceConfig &source,
                                                                   const QByteArray &signingSecret) const
{
    if (signingSecret.isEmpty()) {
        return std::nullopt;
    }
    // A deal without a contact email: recorded and shown, nobody is notified.
    const QString reference = Sample::testReference();
    QUrlQuery form;
    form.addQueryItem(u"type"_s, u"deal_add"_s);
    form.addQueryItem(u"date_time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    form.addQueryItem(u"initiated_from"_s, u"admin"_s);
    form.addQueryItem(u"deal[id]"_s, reference);
    form.addQueryItem(u"deal[title]"_s, tr("Test deal from Tidings"));
    form.addQueryItem(u"deal[stage_title]"_s, tr("Test"));
    const QByteArray body = form.query(QUrl::FullyEncoded).toUtf8();
    return Sample::request(source, body, "application/x-www-form-urlencoded",
                           "token=" + QUrl::toPercentEncoding(QString::fromUtf8(signingSecret)));
}

} // namespace Tidings
