#include "sources/salesforceadapter.h"

#include "sources/batcheventid.h"
#include "sources/payloadfields.h"
#include "sources/samplewebhook.h"
#include "sources/statusmap.h"
#include "sources/urltoken.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

constexpr QLatin1StringView soapNamespace = "http://schemas.xmlsoap.org/soap/envelope/"_L1;
constexpr QLatin1StringView outboundNamespace = "http://soap.sforce.com/2005/09/outbound"_L1;
constexpr QLatin1StringView instanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"_L1;
constexpr int maxFieldDepth = 4;

struct SObject
{
    QString type;                   // "Order", from xsi:type="sf:Order"
    QHash<QString, QString> fields; // "OrderNumber", "BillToContact.Email", ...
};

struct Notification
{
    QString id;
    SObject object;
};

struct OutboundMessage
{
    QString organizationId;
    QString sessionId;
    QList<Notification> notifications;
};

// Reads the element the reader stands on into `fields`: a leaf's text under `path`, child elements under
// "path.child". Leaves the reader on the element's end.
void readFields(QXmlStreamReader &xml, const QString &path, QHash<QString, QString> &fields, int depth)
{
    QString text;
    bool hasChildren = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            hasChildren = true;
            if (depth >= maxFieldDepth) {
                xml.skipCurrentElement();
                break;
            }
            const QString child = xml.name().toString();
            readFields(xml, path.isEmpty() ? child : path + u'.' + child, fields, depth + 1);
            break;
        }
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!hasChildren && !path.isEmpty()) {
                fields.insert(path, text.trimmed());
            }
            return;
        default:
            break;
        }
    }
}

QString localType(QStringView xsiType)
{
    const qsizetype colon = xsiType.lastIndexOf(u':');
    return (colon < 0 ? xsiType : xsiType.mid(colon + 1)).toString();
}

Notification readNotification(QXmlStreamReader &xml)
{
    Notification notification;
    while (xml.readNextStartElement()) {
        if (xml.name() == "Id"_L1) {
            notification.id = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (xml.name() == "sObject"_L1) {
            notification.object.type = localType(xml.attributes().value(instanceNamespace, "type"_L1));
            readFields(xml, {}, notification.object.fields, 0);
        } else {
            xml.skipCurrentElement();
        }
    }
    return notification;
}

// Reads the SOAP envelope. Empty when it is well-formed and has the expected shape; else what is wrong.
QString readMessage(const QByteArray &body, OutboundMessage &message)
{
    QXmlStreamReader xml(body);
    xml.setNamespaceProcessing(true);
    // Before the root element: refuse a DTD, so no entity is ever declared, let alone expanded.
    while (!xml.atEnd() && !xml.isStartElement()) {
        if (xml.readNext() == QXmlStreamReader::DTD) {
            return u"the body has a document type declaration (DTD)"_s;
        }
    }
    if (xml.hasError() || !xml.isStartElement()) {
        return xml.hasError() ? xml.errorString() : u"the body has no XML element"_s;
    }
    if (xml.name() != "Envelope"_L1 || xml.namespaceUri() != soapNamespace) {
        return u"the root element is not a SOAP 1.1 Envelope"_s;
    }

    bool sawNotifications = false;
    while (xml.readNextStartElement()) {
        if (xml.name() != "Body"_L1 || xml.namespaceUri() != soapNamespace) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != "notifications"_L1 || xml.namespaceUri() != outboundNamespace) {
                xml.skipCurrentElement();
                continue;
            }
            sawNotifications = true;
            while (xml.readNextStartElement()) {
                const QStringView name = xml.name();
                if (name == "OrganizationId"_L1) {
                    message.organizationId = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                } else if (name == "SessionId"_L1) {
                    message.sessionId = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                } else if (name == "Notification"_L1) {
                    message.notifications.append(readNotification(xml));
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    }
    while (!xml.atEnd()) {
        xml.readNext(); // the rest must be well-formed too
    }
    if (xml.hasError()) {
        return xml.errorString();
    }
    if (!sawNotifications) {
        return u"the SOAP body has no outbound notifications element"_s;
    }
    if (message.notifications.isEmpty()) {
        return u"the message has no Notification"_s;
    }
    for (const Notification &notification : std::as_const(message.notifications)) {
        if (notification.id.isEmpty()) {
            return u"a Notification has no Id"_s;
        }
    }
    return {};
}

bool isSalesforceId(const QString &id)
{
    if (id.size() != 15 && id.size() != 18) {
        return false;
    }
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
            return false;
        }
    }
    return true;
}

QString value(const SObject &object, const QString &path)
{
    return object.fields.value(path);
}

QString contactName(const QHash<QString, QString> &fields, const QString &contact)
{
    const QString joined = joinName(fields.value(contact + u".FirstName"_s), fields.value(contact + u".LastName"_s));
    return joined.isEmpty() ? fields.value(contact + u".Name"_s) : joined;
}

void readCustomer(const QHash<QString, QString> &fields, const QString &emailField, OrderEvent &event)
{
    event.customerEmail =
        firstNonEmpty({emailField.isEmpty() ? QString() : fields.value(emailField),
                       fields.value(u"BillToContact.Email"_s), fields.value(u"ShipToContact.Email"_s)});
    event.customerName =
        firstNonEmpty({contactName(fields, u"BillToContact"_s), contactName(fields, u"ShipToContact"_s)});
    event.customerPhone =
        firstNonEmpty({fields.value(u"BillToContact.Phone"_s), fields.value(u"ShipToContact.Phone"_s)});
}

struct Context
{
    const SourceConfig &source;
    const ParsedWebhook &parsed;
    const QByteArray &storedBody;
    QString emailField;
};

OrderEvent baseEvent(const Notification &notification, const Context &context)
{
    const SObject &object = notification.object;
    OrderEvent event;
    event.sourceId = context.source.id;
    event.sourceType = SalesforceAdapter::typeName();
    event.sourceEventId = notification.id;
    event.topic = context.parsed.topic;
    event.orderId = value(object, u"Id"_s);
    event.currency = value(object, u"CurrencyIsoCode"_s);
    event.rawPayload = context.storedBody;
    readCustomer(object.fields, context.emailField, event);
    return event;
}

OrderEvent orderEvent(const Notification &notification, const Context &context, const StatusMap &statusMap)
{
    OrderEvent event = baseEvent(notification, context);
    SalesforceAdapter::readOrderFields(notification.object.fields, context.source, statusMap, event);
    return event;
}

OrderEvent opportunityEvent(const Notification &notification, const Context &context, const StatusMap &statusMap)
{
    const SObject &object = notification.object;
    OrderEvent event = baseEvent(notification, context);
    event.orderNumber = value(object, u"Name"_s);
    event.rawOrderStatus = value(object, u"StageName"_s);
    event.orderStatus = statusMap.resolve({event.rawOrderStatus});
    event.totalPrice = value(object, u"Amount"_s);
    event.occurredAt = firstTimestamp(
        {value(object, u"LastModifiedDate"_s), value(object, u"SystemModstamp"_s), value(object, u"CloseDate"_s)});
    return event;
}

// The position just after `name`'s start tag's '>' when the tag at `open` (a '<') is a start tag whose local
// name is "SessionId" and has content; -1 otherwise. `qualifiedName` gets the name with its prefix.
qsizetype sessionIdContentStart(const QByteArray &body, qsizetype open, QByteArray *qualifiedName)
{
    qsizetype end = open + 1;
    while (end < body.size() && body.at(end) != '>' && body.at(end) != '/' && body.at(end) != ' ' &&
           body.at(end) != '\t' && body.at(end) != '\r' && body.at(end) != '\n') {
        ++end;
    }
    const QByteArray name = body.mid(open + 1, end - open - 1);
    const qsizetype colon = name.lastIndexOf(':');
    if ((colon < 0 ? name : name.mid(colon + 1)) != "SessionId") {
        return -1;
    }
    const qsizetype close = body.indexOf('>', end);
    if (close < 0 || body.at(close - 1) == '/') {
        return -1; // unterminated, or <SessionId xsi:nil="true"/>
    }
    *qualifiedName = name;
    return close + 1;
}

} // namespace

QString SalesforceAdapter::typeName()
{
    return u"salesforce"_s;
}

SourceTypeInfo SalesforceAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Salesforce");
    info.summary = tr("Order and opportunity changes from Salesforce outbound messages.");
    info.secrets = {{u"urlToken"_s, tr("Address token"),
                     tr("Tidings makes this token. It is the end of the endpoint URL you paste into Salesforce, so "
                        "keep that URL private."),
                     true, true}};
    info.options = {
        {u"organizationId"_s, tr("Organization ID"),
         tr("Your Salesforce organization ID (Setup → Company Information → Salesforce.com Organization ID). "
            "Messages from any other organization are refused."),
         u"00D5e000000KQ2e"_s, true},
        {u"statusMap"_s, tr("Status map"),
         tr("Which order Status or opportunity Stage means which order status, as JSON. Draft → pending and "
            "Activated → paid are built in; statuses not listed are recorded and notify nobody."),
         uR"({"Shipped": "shipped", "Delivered": "delivered", "Closed Won": "paid"})"_s, false},
        {u"emailField"_s, tr("Customer email field"),
         tr("Outbound messages carry only the order's own fields. Name a field that holds the customer's email, "
            "for example a formula field Customer_Email__c = BillToContact.Email, and include it in the message."),
         u"Customer_Email__c"_s, false},
    };
    info.setupSteps = {
        tr("In Salesforce Setup, search for \"Outbound Messages\" and click New Outbound Message. Choose the object "
           "Order (or Opportunity)."),
        tr("Set the Endpoint URL to: %1"),
        tr("Leave \"Send Session ID\" unticked; Tidings does not need it. Select the fields Id, OrderNumber, "
           "Status, StatusCode, TotalAmount, EffectiveDate and your customer email field."),
        tr("Add the outbound message as an action of a record-triggered flow (or workflow rule) that runs when an "
           "order is created or its status changes."),
        tr("Enter your organization ID in Tidings and list your order statuses in the status map."),
        tr("Salesforce lists failed deliveries under Setup → Outbound Messages → View Message Delivery Status."),
    };
    return info;
}

QString SalesforceAdapter::type() const
{
    return typeName();
}

StatusMap SalesforceAdapter::orderStatusMap(const SourceConfig &source)
{
    StatusMap statuses{{u"Draft", OrderStatus::Pending}, {u"Activated", OrderStatus::Paid}};
    statuses.addFromOption(source.options.value("statusMap"_L1));
    return statuses;
}

void SalesforceAdapter::readOrderFields(const QHash<QString, QString> &fields, const SourceConfig &source,
                                        const StatusMap &statuses, OrderEvent &event)
{
    event.orderId = fields.value(u"Id"_s);
    event.orderNumber = fields.value(u"OrderNumber"_s);
    event.currency = fields.value(u"CurrencyIsoCode"_s);
    readCustomer(fields, field(source.options, "emailField"_L1), event);
    const QString status = fields.value(u"Status"_s);
    const QString statusCode = fields.value(u"StatusCode"_s);
    event.orderStatus = statuses.resolve({status, statusCode});
    event.rawOrderStatus = status.isEmpty() ? statusCode : status;
    event.totalPrice = fields.value(u"TotalAmount"_s);
    event.occurredAt = firstTimestamp({fields.value(u"LastModifiedDate"_s), fields.value(u"SystemModstamp"_s),
                                       fields.value(u"ActivatedDate"_s), fields.value(u"EffectiveDate"_s)});
}

QByteArray SalesforceAdapter::acknowledgement()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                             "<soapenv:Body>"
                             "<notificationsResponse xmlns=\"http://soap.sforce.com/2005/09/outbound\"><Ack>true</Ack>"
                             "</notificationsResponse>"
                             "</soapenv:Body>"
                             "</soapenv:Envelope>\n");
}

QByteArray SalesforceAdapter::withoutSessionId(const QByteArray &body, const QString &sessionId)
{
    static const QByteArray removed = QByteArrayLiteral("[removed]");
    QByteArray result;
    result.reserve(body.size());
    qsizetype copied = 0;
    qsizetype open = body.indexOf('<');
    while (open >= 0) {
        QByteArray qualifiedName;
        const qsizetype contentStart = sessionIdContentStart(body, open, &qualifiedName);
        if (contentStart < 0) {
            open = body.indexOf('<', open + 1);
            continue;
        }
        const QByteArray endTag = "</" + qualifiedName;
        qsizetype contentEnd = body.indexOf(endTag, contentStart);
        while (contentEnd >= 0) {
            const qsizetype after = contentEnd + endTag.size();
            if (after < body.size() && (body.at(after) == '>' || body.at(after) == ' ' || body.at(after) == '\t' ||
                                        body.at(after) == '\r' || body.at(after) == '\n')) {
                break;
            }
            contentEnd = body.indexOf(endTag, contentEnd + 1);
        }
        if (contentEnd < 0) {
            contentEnd = body.size(); // unterminated: nothing after the start tag is kept
        }
        result.append(body.constData() + copied, contentStart - copied);
        if (contentEnd > contentStart) {
            result.append(removed);
        }
        copied = contentEnd;
        open = body.indexOf('<', contentEnd);
    }
    result.append(body.constData() + copied, body.size() - copied);

    const QByteArray secret = sessionId.trimmed().toUtf8();
    if (secret.size() >= 8) {
        result.replace(secret, removed);
    }
    return result;
}

Result<ParsedWebhook> SalesforceAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                      const QByteArray &signingSecret) const
{
    if (signingSecret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No address token is saved for %1, so its Salesforce messages cannot be checked and "
                              "were refused. Set the connection up again in Connections.")
                               .arg(source.name),
                           u"no URL token configured"_s);
    }
    if (!urlTokenMatches(request.target, signingSecret)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached the Salesforce address of %1 without the right token, so it was "
                              "refused. Check that the endpoint URL in Salesforce is exactly the one Tidings shows.")
                               .arg(source.name),
                           u"missing or wrong token query parameter"_s);
    }
    const QString expectedOrganization = field(source.options, "organizationId"_L1);
    if (!isSalesforceId(expectedOrganization)) {
        return Error::make(ErrorCode::Config,
                           tr("Salesforce messages for %1 cannot be checked because its organization ID is missing "
                              "or not a Salesforce ID. Enter it in Connections; Salesforce will send the messages "
                              "again.")
                               .arg(source.name),
                           u"option organizationId is not a 15 or 18 character id"_s);
    }

    OutboundMessage message;
    if (const QString problem = readMessage(request.body, message); !problem.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Salesforce sent a message Tidings cannot read as an outbound message, so it was "
                              "refused."),
                           problem);
    }
    if (message.organizationId.left(15) != expectedOrganization.left(15) || message.organizationId.size() < 15) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A Salesforce message for %1 came from another Salesforce organization, so it was "
                              "refused. Check the organization ID in Connections.")
                               .arg(source.name),
                           u"OrganizationId %1 is not the configured one"_s.arg(message.organizationId));
    }

    ParsedWebhook parsed;
    parsed.bodyToStore = withoutSessionId(request.body, message.sessionId);
    parsed.responseBody = acknowledgement();
    parsed.responseContentType = QByteArrayLiteral("text/xml; charset=utf-8");

    QStringList ids;
    QStringList types;
    for (const Notification &notification : std::as_const(message.notifications)) {
        ids.append(notification.id);
        const QString type = u"outbound/"_s + notification.object.type;
        if (!types.contains(type)) {
            types.append(type);
        }
    }
    parsed.eventId = batchEventId(ids);
    parsed.topic = types.join(u',');

    const StatusMap orderStatuses = orderStatusMap(source);
    StatusMap stageStatuses;
    stageStatuses.addFromOption(source.options.value("statusMap"_L1));
    const Context context{source, parsed, parsed.bodyToStore, field(source.options, "emailField"_L1)};
    for (const Notification &notification : std::as_const(message.notifications)) {
        if (value(notification.object, u"Id"_s).isEmpty()) {
            continue;
        }
        if (notification.object.type == "Order"_L1) {
            parsed.events.append(orderEvent(notification, context, orderStatuses));
        } else if (notification.object.type == "Opportunity"_L1) {
            parsed.events.append(opportunityEvent(notification, context, stageStatuses));
        }
    }
    return parsed;
}

std::optional<WebhookRequest> SalesforceAdapter::sampleWebhook(const SourceConfig &source,
                                                               const QByteArray &signingSecret) const
{
    const QString organization = field(source.options, "organizationId"_L1);
    if (signingSecret.isEmpty() || organization.isEmpty()) {
        return std::nullopt;
    }
    // A draft order without a contact: recorded and shown, nobody is notified.
    const QString reference = Sample::testReference();
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeNamespace(u"http://schemas.xmlsoap.org/soap/envelope/"_s, u"soapenv"_s);
    xml.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    xml.writeStartElement(u"http://schemas.xmlsoap.org/soap/envelope/"_s, u"Envelope"_s);
    xml.writeStartElement(u"http://schemas.xmlsoap.org/soap/envelope/"_s, u"Body"_s);
    xml.writeDefaultNamespace(u"http://soap.sforce.com/2005/09/outbound"_s);
    xml.writeStartElement(u"http://soap.sforce.com/2005/09/outbound"_s, u"notifications"_s);
    xml.writeTextElement(u"http://soap.sforce.com/2005/09/outbound"_s, u"OrganizationId"_s, organization);
    xml.writeTextElement(u"http://soap.sforce.com/2005/09/outbound"_s, u"ActionId"_s, u"04k000000000000AAA"_s);
    xml.writeStartElement(u"http://soap.sforce.com/2005/09/outbound"_s, u"Notification"_s);
    xml.writeTextElement(u"http://soap.sforce.com/2005/09/outbound"_s, u"Id"_s, u"04l"_s + reference);
    xml.writeStartElement(u"http://soap.sforce.com/2005/09/outbound"_s, u"sObject"_s);
    xml.writeNamespace(u"urn:sobject.enterprise.soap.sforce.com"_s, u"sf"_s);
    xml.writeAttribute(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"type"_s, u"sf:Order"_s);
    xml.writeTextElement(u"urn:sobject.enterprise.soap.sforce.com"_s, u"Id"_s, u"801"_s + reference);
    xml.writeTextElement(u"urn:sobject.enterprise.soap.sforce.com"_s, u"OrderNumber"_s, reference);
    xml.writeTextElement(u"urn:sobject.enterprise.soap.sforce.com"_s, u"StatusCode"_s, u"Draft"_s);
    xml.writeTextElement(u"urn:sobject.enterprise.soap.sforce.com"_s, u"SystemModstamp"_s,
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    xml.writeEndDocument();
    return Sample::request(source, body, "text/xml; charset=utf-8",
                           "token=" + QUrl::toPercentEncoding(QString::fromUtf8(signingSecret)));
}

} // namespace Tidings
