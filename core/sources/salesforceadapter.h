#pragma once

#include "sources/sourceadapter.h"
#include "sources/statusmap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Tidings {

// Salesforce outbound messages: a SOAP 1.1 envelope whose body is
// notifications{OrganizationId, ActionId, SessionId, EnterpriseUrl, PartnerUrl, Notification[1..100]{Id,
// sObject}} in the namespace http://soap.sforce.com/2005/09/outbound. Salesforce cannot sign them, so the
// endpoint URL carries ?token=<urlToken> (compared in constant time) and the OrganizationId must match
// options["organizationId"] (15- and 18-character forms compare on the first 15).
//
// Acted on: an Order sObject (Id, OrderNumber, Status, StatusCode, TotalAmount, CurrencyIsoCode, dates, and
// BillToContact/ShipToContact email and names when present, or the field named by options["emailField"])
// and an Opportunity (Id, Name, StageName, Amount). Status goes through options["statusMap"] (Order: Status,
// then StatusCode, with Draft → pending and Activated → paid built in; Opportunity: StageName). Other
// sObjects are recorded without events.
//
// The answer is the notificationsResponse/Ack true envelope (also for duplicates), else Salesforce sends the
// message again for up to 24 hours. Dedup uses the Notification Ids (batchEventId()). The SessionId is a
// live API credential: the stored body has its text replaced by "[removed]".
class SalesforceAdapter final : public SourceAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SalesforceAdapter)

public:
    static QString typeName();
    static SourceTypeInfo typeInfo();

    QString type() const override;
    Result<ParsedWebhook> parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                       const QByteArray &signingSecret) const override;
    std::optional<WebhookRequest> sampleWebhook(const SourceConfig &source,
                                                const QByteArray &signingSecret) const override;

    // What Salesforce expects back: a SOAP envelope with notificationsResponse/Ack = true.
    static QByteArray acknowledgement();

    // The order statuses of `source`: Draft → pending and Activated → paid built in, then the owner's
    // options["statusMap"]. Shared with the poll mode (SalesforcePoller), so both modes agree.
    static StatusMap orderStatusMap(const SourceConfig &source);

    // Fills `event` from an Order's fields by API name, relationship fields dotted ("BillToContact.Email"):
    // Id, OrderNumber, the status (Status, then StatusCode, through `statuses`; rawOrderStatus is Status, or
    // StatusCode without one), TotalAmount, CurrencyIsoCode, the time of the change (LastModifiedDate,
    // SystemModstamp, ActivatedDate, EffectiveDate) and the customer (options["emailField"], then
    // BillToContact, then ShipToContact). Shared with the poll mode.
    static void readOrderFields(const QHash<QString, QString> &fields, const SourceConfig &source,
                                const StatusMap &statuses, OrderEvent &event);

    // `body` with the text of every SessionId element replaced by "[removed]", and any other copy of
    // `sessionId` too. Namespace prefixes do not matter; empty and nil elements stay as they are.
    static QByteArray withoutSessionId(const QByteArray &body, const QString &sessionId);
};

} // namespace Tidings
