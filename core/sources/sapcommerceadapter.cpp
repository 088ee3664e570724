#include "sources/sapcommerceadapter.h"

#include "sources/hmac.h"
#include "sources/payloadfields.h"
#include "sources/samplewebhook.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QByteArray authorizationHeader()
{
    return QByteArrayLiteral("authorization");
}

// Equal in time that depends on neither where the texts differ nor how long they are.
bool sameSecret(const QByteArray &given, const QByteArray &expected)
{
    return constantTimeEquals(QCryptographicHash::hash(given, QCryptographicHash::Sha256),
                              QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
}

struct BasicCredentials
{
    QByteArray username;
    QByteArray password;
};

// "Basic base64(username:password)", scheme in any case. nullopt when the header is anything else.
std::optional<BasicCredentials> basicCredentials(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).toLower() != "basic") {
        return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(value.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        return std::nullopt;
    }
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0) {
        return std::nullopt;
    }
    return BasicCredentials{decoded.decoded.left(colon), decoded.decoded.mid(colon + 1)};
}

// An enum attribute: the Integration API writes it as {"code": "COMPLETED"}; a flattened model as text.
QString enumCode(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isObject() ? field(value.toObject(), "code"_L1) : scalarText(value).trimmed();
}

// A reference that may be modelled as an object with a key attribute or flattened to its key.
QString keyOf(const QJsonObject &object, QLatin1StringView key, QLatin1StringView keyAttribute)
{
    const QJsonValue value = object.value(key);
    return value.isObject() ? field(value.toObject(), keyAttribute) : scalarText(value).trimmed();
}

// Money as a number, text, or {"value": ...} (OCC's Price).
QString amount(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isObject() ? field(value.toObject(), "value"_L1) : scalarText(value).trimmed();
}

// ISO with "+0000" offsets and epoch numbers (payloadfields), plus OData v2's "/Date(1715534441000)/".
QDateTime sapTime(const QString &text)
{
    static const QRegularExpression odata(uR"(^/Date\((-?\d+)([+-]\d{4})?\)/$)"_s);
    const QRegularExpressionMatch match = odata.match(text.trimmed());
    if (match.hasMatch()) {
        bool ok = false;
        const qint64 milliseconds = match.captured(1).toLongLong(&ok);
        return ok ? QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC) : QDateTime();
    }
    return timestamp(text);
}

QDateTime firstSapTime(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        const QDateTime parsed = sapTime(candidate);
        if (parsed.isValid()) {
            return parsed;
        }
    }
    return {};
}

int quantityOf(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    const qint64 quantity = value.isString() ? value.toString().trimmed().toLongLong() : value.toInteger(0);
    return quantity >= 0 && quantity <= std::numeric_limits<int>::max() ? static_cast<int>(quantity) : 0;
}

LineItem lineItem(const QJsonObject &entry, const QJsonObject &orderEntry, int quantity)
{
    LineItem item;
    const QJsonValue product = orderEntry.value("product"_L1);
    if (product.isObject()) {
        item.sku = field(product.toObject(), "code"_L1);
        item.name = field(product.toObject(), "name"_L1);
    } else {
        item.sku = scalarText(product).trimmed();
    }
    item.quantity = quantity;
    item.price = firstNonEmpty({amount(orderEntry, "basePrice"_L1), amount(entry, "basePrice"_L1)});
    return item;
}

QList<LineItem> orderEntries(const QJsonObject &order)
{
    QList<LineItem> items;
    for (const QJsonValue &value : order.value("entries"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        if (!entry.isEmpty()) {
            items.append(lineItem(entry, entry, quantityOf(entry, "quantity"_L1)));
        }
    }
    return items;
}

QList<LineItem> consignmentEntries(const QJsonObject &consignment)
{
    QList<LineItem> items;
    // The integration object's consignmentEntries; OCC's ConsignmentWsDTO calls them entries.
    const QLatin1StringView key =
        consignment.contains("consignmentEntries"_L1) ? "consignmentEntries"_L1 : "entries"_L1;
    for (const QJsonValue &value : consignment.value(key).toArray()) {
        const QJsonObject entry = value.toObject();
        if (!entry.isEmpty()) {
            const int shipped = quantityOf(entry, "shippedQuantity"_L1);
            items.append(lineItem(entry, entry.value("orderEntry"_L1).toObject(),
                                  shipped > 0 ? shipped : quantityOf(entry, "quantity"_L1)));
        }
    }
    return items;
}

// A customer's uid is usually the email; a guest's is "<guid>|email".
QString emailFromUid(const QString &uid)
{
    const QString email = uid.mid(uid.lastIndexOf(u'|') + 1).trimmed();
    return email.contains(u'@') ? email : QString();
}

struct Customer
{
    QString email;
    QString name;
};

Customer customerOf(const QJsonObject &order)
{
    const QJsonObject user = order.value("user"_L1).toObject();
    const QJsonObject address = order.value("deliveryAddress"_L1).toObject();
    Customer customer;
    customer.email = firstNonEmpty({field(user, "email"_L1), field(user, "contactEmail"_L1),
                                    emailFromUid(field(user, "uid"_L1)), field(address, "email"_L1)});
    customer.name = firstNonEmpty(
        {field(user, "name"_L1), joinName(field(address, "firstName"_L1), field(address, "lastName"_L1))});
    return customer;
}

enum class ItemKind {
    Order,
    Consignment,
    Other,
};

ItemKind kindOf(const QJsonObject &item)
{
    const QString context = field(item, "@odata.context"_L1);
    if (context.contains("Consignment"_L1)) {
        return ItemKind::Consignment;
    }
    if (context.contains("Order"_L1)) {
        return ItemKind::Order;
    }
    for (const auto key :
         {"trackingID"_L1, "consignmentEntries"_L1, "warehouse"_L1, "carrier"_L1, "carrierDetails"_L1}) {
        if (item.contains(key)) {
            return ItemKind::Consignment;
        }
    }
    if (item.contains("order"_L1)) {
        return ItemKind::Other; // an item about an order (a return request, ...): not the order itself
    }
    for (const auto key : {"entries"_L1, "deliveryStatus"_L1, "user"_L1, "totalPrice"_L1, "currency"_L1}) {
        if (item.contains(key)) {
            return ItemKind::Order;
        }
    }
    return ItemKind::Other;
}

QString dedupId(const QString &kind, const QString &code, const QString &modified, const QString &status)
{
    return QStringList{kind, code, modified, status}.join(u':');
}

} // namespace

QString SapCommerceAdapter::typeName()
{
    return u"sapcommerce"_s;
}

SourceTypeInfo SapCommerceAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("SAP Commerce Cloud");
    info.summary = tr("New and changed orders and consignments (shipments) through SAP Commerce webhook services.");
    info.secrets = {{u"webhookSecret"_s, tr("Webhook password"),
                     tr("Tidings made this password. Use it, with the username below, as the Basic credential of "
                        "the consumed destination in SAP Commerce."),
                     true, false}};
    info.options = {{u"username"_s, tr("Webhook username"),
                     tr("The username SAP Commerce sends with the password (Basic authentication). Choose any name "
                        "and enter the same one in the destination's Basic credential."),
                     u"tidings"_s, true}};
    info.setupSteps = {
        tr("In Backoffice, open Integration UI Tool and model an integration object for Order (code, status, "
           "deliveryStatus, date, modifiedtime, user with uid and name, entries with quantity, basePrice and product "
           "code and name, totalPrice, currency isocode) and one for Consignment (code, status, trackingID, carrier, "
           "modifiedtime, order with code)."),
        tr("Open System → API → Destinations, create a Basic credential with the username and password shown "
           "here, and a consumed destination with this URL: %1"),
        tr("Open Integration UI Tool → Webhooks and create a webhook for each integration object, sending to that "
           "destination."),
        tr("Place a test order: it appears in Tidings' Monitor; a consignment that ships adds its shipment."),
    };
    return info;
}

QString SapCommerceAdapter::type() const
{
    return typeName();
}

QList<QByteArray> SapCommerceAdapter::secretHeaderNames() const
{
    return {authorizationHeader()};
}

OrderStatus SapCommerceAdapter::orderStatusFor(QStringView status, QStringView deliveryStatus)
{
    const QString code = status.toString().toUpper();
    const QString delivery = deliveryStatus.toString().toUpper();
    const auto in = [&code](std::initializer_list<QLatin1StringView> codes) {
        return std::find(codes.begin(), codes.end(), code) != codes.end();
    };

    if (in({"CANCELLED"_L1, "CANCELLING"_L1})) {
        return OrderStatus::Cancelled;
    }
    if (in({"PAYMENT_NOT_AUTHORIZED"_L1, "PROCESSING_ERROR"_L1, "CHECKED_INVALID"_L1})) {
        return OrderStatus::Failed;
    }
    if (in({"SUSPENDED"_L1, "WAIT_FRAUD_MANUAL_CHECK"_L1})) {
        return OrderStatus::OnHold;
    }
    if (delivery == "PARTSHIPPED"_L1) {
        return OrderStatus::PartiallyShipped;
    }
    if (delivery == "SHIPPED"_L1 || code == "COMPLETED"_L1) {
        return OrderStatus::Shipped;
    }
    if (in({"PAYMENT_AUTHORIZED"_L1, "PAYMENT_CAPTURED"_L1, "PAYMENT_AMOUNT_RESERVED"_L1, "CHECKED_VALID"_L1,
            "FRAUD_CHECKED"_L1, "ORDER_SPLIT"_L1})) {
        return OrderStatus::Paid;
    }
    if (in({"CREATED"_L1, "ON_VALIDATION"_L1})) {
        return OrderStatus::Pending;
    }
    return OrderStatus::Unknown;
}

ShipmentStatus SapCommerceAdapter::shipmentStatusFor(QStringView consignmentStatus)
{
    struct Mapping
    {
        QLatin1StringView raw;
        ShipmentStatus status;
    };

    static constexpr Mapping mappings[] = {
        {"WAITING"_L1, ShipmentStatus::LabelCreated},
        {"READY"_L1, ShipmentStatus::LabelCreated},
        {"PICKPACK"_L1, ShipmentStatus::LabelCreated},
        {"SHIPPED"_L1, ShipmentStatus::InTransit},
        {"IN_TRANSIT"_L1, ShipmentStatus::InTransit},
        {"DELIVERING"_L1, ShipmentStatus::OutForDelivery},
        {"READY_FOR_PICKUP"_L1, ShipmentStatus::ReadyForPickup},
        {"DELIVERY_COMPLETED"_L1, ShipmentStatus::Delivered},
        {"PICKUP_COMPLETE"_L1, ShipmentStatus::Delivered},
        {"DELIVERY_REJECTED"_L1, ShipmentStatus::Exception},
        {"CANCELLED"_L1, ShipmentStatus::Cancelled},
    };
    for (const Mapping &mapping : mappings) {
        if (consignmentStatus.compare(mapping.raw, Qt::CaseInsensitive) == 0) {
            return mapping.status;
        }
    }
    return ShipmentStatus::Unknown;
}

void SapCommerceAdapter::readOrder(const QJsonObject &order, OrderEvent &event)
{
    const QString code = field(order, "code"_L1);
    const QString status = enumCode(order, "status"_L1);
    const QString deliveryStatus = enumCode(order, "deliveryStatus"_L1);
    const Customer customer = customerOf(order);
    event.orderId = code;
    event.orderNumber = code;
    event.customerEmail = customer.email;
    event.customerName = customer.name;
    event.orderStatus = orderStatusFor(status, deliveryStatus);
    event.rawOrderStatus = u"status="_s + status + u";deliveryStatus="_s + deliveryStatus;
    event.lineItems = orderEntries(order);
    event.totalPrice = firstNonEmpty({amount(order, "totalPrice"_L1), amount(order, "totalPriceWithTax"_L1)});
    event.currency = firstNonEmpty({keyOf(order, "currency"_L1, "isocode"_L1), field(order, "currencyIso"_L1),
                                    field(order.value("totalPrice"_L1).toObject(), "currencyIso"_L1),
                                    field(order.value("totalPriceWithTax"_L1).toObject(), "currencyIso"_L1)});
    event.occurredAt = firstSapTime({field(order, "modifiedtime"_L1), field(order, "date"_L1),
                                     field(order, "created"_L1), field(order, "creationtime"_L1)});
}

void SapCommerceAdapter::readConsignment(const QJsonObject &consignment, const QJsonObject &order, OrderEvent &event)
{
    const QString status = enumCode(consignment, "status"_L1);
    const QJsonValue carrier = consignment.value("carrier"_L1);
    const QJsonObject carrierDetails = consignment.value("carrierDetails"_L1).toObject();
    const Customer customer = customerOf(order);
    event.shipmentId = field(consignment, "code"_L1);
    event.customerEmail = customer.email;
    event.customerName = customer.name;
    event.trackingNumber = field(consignment, "trackingID"_L1);
    event.carrier = firstNonEmpty({scalarText(carrier).trimmed(), field(carrier.toObject(), "name"_L1),
                                   field(carrier.toObject(), "code"_L1), field(carrierDetails, "name"_L1),
                                   field(carrierDetails, "code"_L1)});
    event.trackingUrl = webUrl(field(consignment, "trackingUrl"_L1));
    event.shipmentStatus = shipmentStatusFor(status);
    event.rawShipmentStatus = u"status="_s + status;
    event.lineItems = consignmentEntries(consignment);
    event.occurredAt = firstSapTime({field(consignment, "modifiedtime"_L1), field(consignment, "statusDate"_L1),
                                     field(consignment, "shippingDate"_L1)});
}

Result<ParsedWebhook> SapCommerceAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                       const QByteArray &signingSecret) const
{
    const QByteArray expectedUser = source.options.value("username"_L1).toString().trimmed().toUtf8();
    if (expectedUser.isEmpty() || signingSecret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No webhook username or password is saved for this SAP Commerce connection, so its "
                              "webhooks cannot be checked and were refused. Complete the connection in Connections."),
                           u"no username option or no webhookSecret configured"_s);
    }
    const QByteArray header = request.header(authorizationHeader());
    if (header.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached this SAP Commerce connection's address without a username and "
                              "password, so it was refused. Give the consumed destination in SAP Commerce a Basic "
                              "credential with the username and password shown in Tidings."),
                           u"missing Authorization header"_s);
    }
    const std::optional<BasicCredentials> credentials = basicCredentials(header);
    if (!credentials) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("SAP Commerce signed in with something other than a username and password (OAuth, "
                              "perhaps), so the request was refused. Give the consumed destination a Basic credential "
                              "with the username and password shown in Tidings."),
                           u"Authorization is not Basic"_s);
    }
    const bool userMatches = sameSecret(credentials->username, expectedUser);
    const bool passwordMatches = sameSecret(credentials->password, signingSecret);
    if (!(userMatches && passwordMatches)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("SAP Commerce sent a username or password that does not match this connection, so the "
                              "request was refused. Check the Basic credential of the consumed destination in SAP "
                              "Commerce against Tidings."),
                           u"Basic credentials do not match"_s);
    }

    auto read = jsonObject(
        request.body, tr("SAP Commerce sent a webhook whose content is not a JSON object, so it could not be read."));
    if (!read) {
        return read.error();
    }
    QJsonObject item = std::move(read).value();
    if (item.size() == 1 && item.value("d"_L1).isObject()) {
        item = item.value("d"_L1).toObject(); // OData v2 wraps an entity in "d"
    }

    const QString code = field(item, "code"_L1);
    const QString status = enumCode(item, "status"_L1);
    const QString modified = field(item, "modifiedtime"_L1);
    const ItemKind kind = kindOf(item);

    ParsedWebhook parsed;
    OrderEvent event;
    event.sourceId = source.id;
    event.sourceType = typeName();
    event.rawPayload = request.body;

    if (kind == ItemKind::Order) {
        parsed.topic = u"order"_s;
        parsed.eventId = dedupId(parsed.topic, code, modified, status);
        if (code.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               tr("SAP Commerce sent an order without its code, so it cannot be matched to an order. "
                                  "Add the attribute \"code\" to the Order integration object."),
                               u"order payload has no code"_s);
        }
        readOrder(item, event);
    } else if (kind == ItemKind::Consignment) {
        parsed.topic = u"consignment"_s;
        parsed.eventId = dedupId(parsed.topic, code, modified, status);
        const QString orderCode = keyOf(item, "order"_L1, "code"_L1);
        if (code.isEmpty() || orderCode.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               tr("SAP Commerce sent a consignment without its code or its order's code, so it cannot "
                                  "be matched to an order. Add \"code\" and \"order\" (with its code) to the "
                                  "Consignment integration object."),
                               u"consignment payload has no code or order code"_s);
        }
        event.orderId = orderCode;
        event.orderNumber = orderCode;
        readConsignment(item, item.value("order"_L1).toObject(), event);
    } else {
        parsed.topic = u"item"_s;
        if (!code.isEmpty()) {
            parsed.eventId = dedupId(parsed.topic, code, modified, status);
        }
        return parsed; // recorded, nobody is told
    }

    event.sourceEventId = parsed.eventId;
    event.topic = parsed.topic;
    parsed.events.append(std::move(event));
    return parsed;
}

std::optional<WebhookRequest> SapCommerceAdapter::sampleWebhook(const SourceConfig &source,
                                                                const QByteArray &signingSecret) const
{
    const QString username = field(source.options, "username"_L1);
    if (signingSecret.isEmpty() || username.isEmpty()) {
        return std::nullopt;
    }
    // An order without a customer email: recorded and shown, nobody is notified.
    const QString reference = Sample::testReference();
    const QJsonObject order{
        {"code"_L1, reference},
        {"status"_L1, QJsonObject{{"code"_L1, u"CREATED"_s}}},
        {"totalPrice"_L1, 0},
        {"currency"_L1, QJsonObject{{"isocode"_L1, u"USD"_s}}},
        {"modifiedtime"_L1, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss+0000"_s)},
        {"entries"_L1, QJsonArray{}}};
    WebhookRequest request =
        Sample::request(source, QJsonDocument(order).toJson(QJsonDocument::Compact), "application/json");
    request.headers.insert("authorization", "Basic " + QByteArray(username.toUtf8() + ':' + signingSecret).toBase64());
    return request;
}

} // namespace Tidings
