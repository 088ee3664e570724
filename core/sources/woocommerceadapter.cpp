#include "sources/woocommerceadapter.h"

#include "model/customertimezone.h"
#include "sources/hmac.h"
#include "sources/payloadfields.h"
#include "sources/samplewebhook.h"
#include "sources/woocommercemapping.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QByteArray signatureHeader()
{
    return QByteArrayLiteral("x-wc-webhook-signature");
}

QString headerText(const WebhookRequest &request, const QByteArray &lowerCaseName)
{
    return QString::fromUtf8(request.header(lowerCaseName)).trimmed();
}

// What every event of one delivery shares.
struct Context
{
    const SourceConfig &source;
    const ParsedWebhook &parsed;
    const QByteArray &body;
    QString deliveryId;
    QDateTime receivedAt;
};

QList<LineItem> lineItems(const QJsonObject &order)
{
    const QJsonArray array = order.value("line_items"_L1).toArray();
    const bool pricesIncludeTax = order.value("prices_include_tax"_L1).toBool(true);
    QList<LineItem> items;
    items.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (!entry.isObject()) {
            continue;
        }
        const QJsonObject object = entry.toObject();
        LineItem item;
        item.sku = field(object, "sku"_L1);
        item.name = field(object, "name"_L1);
        const qint64 quantity = object.value("quantity"_L1).toInteger(0);
        item.quantity = quantity >= 0 && quantity <= std::numeric_limits<int>::max() ? static_cast<int>(quantity) : 0;
        item.price = WooCommerce::unitPrice(object, pricesIncludeTax);
        items.append(item);
    }
    return items;
}

// The text of the first meta_data entry with `key`.
QString metaText(const QJsonObject &object, QLatin1StringView key)
{
    for (const QJsonValue &entry : object.value("meta_data"_L1).toArray()) {
        const QJsonObject meta = entry.toObject();
        if (meta.value("key"_L1).toString() == key) {
            return scalarText(meta.value("value"_L1)).trimmed();
        }
    }
    return {};
}

QDateTime changedAt(const QJsonObject &object, const Context &context)
{
    const QDateTime at = firstTimestamp({field(object, "date_modified_gmt"_L1), field(object, "date_created_gmt"_L1)});
    return at.isValid() ? at : context.receivedAt;
}

QString synthesizedEventId(const QString &resource, const QJsonObject &object, const QByteArray &body)
{
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(16);
    const QString status = resource == "product"_L1 ? field(object, "stock_status"_L1) : field(object, "status"_L1);
    return QStringList{resource, field(object, "id"_L1), field(object, "date_modified_gmt"_L1), status,
                       QString::fromLatin1(digest)}
        .join(u':');
}

// The order event, then one shipment event per tracking number. Nothing for drafts and trashed orders.
QList<OrderEvent> orderEvents(const QJsonObject &order, const Context &context)
{
    const QString rawStatus = field(order, "status"_L1);
    const bool hasRefunds = !order.value("refunds"_L1).toArray().isEmpty();
    const auto status = WooCommerce::orderStatusFor(
        rawStatus, hasRefunds, WooCommerce::statusMapFrom(context.source.options.value("statusMap"_L1)));
    if (!status) {
        return {};
    }

    OrderEvent event;
    event.sourceId = context.source.id;
    event.sourceType = WooCommerceAdapter::typeName();
    event.sourceEventId = context.parsed.eventId;
    event.deliveryId = context.deliveryId;
    event.topic = context.parsed.topic;
    event.rawPayload = context.body;
    event.orderId = field(order, "id"_L1);
    event.orderNumber = firstNonEmpty({field(order, "number"_L1), event.orderId});

    const QJsonObject billing = order.value("billing"_L1).toObject();
    const QJsonObject shipping = order.value("shipping"_L1).toObject();
    event.customerEmail = field(billing, "email"_L1);
    event.customerName = firstNonEmpty({joinName(field(billing, "first_name"_L1), field(billing, "last_name"_L1)),
                                        joinName(field(shipping, "first_name"_L1), field(shipping, "last_name"_L1))});
    event.customerPhone = firstNonEmpty({field(billing, "phone"_L1), field(shipping, "phone"_L1)});
    event.customerLocale = metaText(order, "wpml_language"_L1); // WPML keeps the order's language here
    const QJsonObject &placed = field(shipping, "country"_L1).isEmpty() ? billing : shipping;
    event.customerTimeZone = customerTimeZone(field(placed, "country"_L1), field(placed, "state"_L1));

    event.orderStatus = *status;
    event.rawOrderStatus = rawStatus;
    event.lineItems = lineItems(order);
    event.totalPrice = field(order, "total"_L1);
    event.currency = field(order, "currency"_L1);
    event.occurredAt = changedAt(order, context);

    QList<OrderEvent> events{event};
    // Tracking left on a cancelled, refunded or failed order is history, not news.
    if (*status == OrderStatus::Cancelled || *status == OrderStatus::Refunded || *status == OrderStatus::Failed) {
        return events;
    }
    const QString extraKey = scalarText(context.source.options.value("trackingMetaKey"_L1)).trimmed();
    for (const WooCommerce::Tracking &tracking : WooCommerce::trackingFrom(order.value("meta_data"_L1), extraKey)) {
        OrderEvent shipment = event;
        shipment.shipmentId = firstNonEmpty({tracking.id, tracking.number});
        shipment.carrier = tracking.carrier;
        shipment.trackingNumber = tracking.number;
        shipment.trackingUrl = tracking.url;
        // A tracking number says a label exists; only the carrier can say the parcel moves. LabelCreated
        // (as for a Shopify fulfillment without carrier news) leaves in_transit to carrier updates.
        shipment.shipmentStatus =
            *status == OrderStatus::Delivered ? ShipmentStatus::Delivered : ShipmentStatus::LabelCreated;
        shipment.rawShipmentStatus = u"order="_s + rawStatus;
        if (*status != OrderStatus::PartiallyShipped && *status != OrderStatus::Delivered) {
            shipment.orderStatus = OrderStatus::Shipped;
        }
        events.append(shipment);
    }
    return events;
}

bool managesStock(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool();
    }
    const QString text = scalarText(value).trimmed().toLower();
    return text == "parent"_L1 || text == "true"_L1 || text == "yes"_L1 || text == "1"_L1;
}

std::optional<StockChange> stockChange(const QJsonObject &product, const QString &parentId, const Context &context)
{
    StockChange change;
    change.sourceId = context.source.id;
    change.sourceType = WooCommerceAdapter::typeName();
    const QString id = field(product, "id"_L1);
    if (!parentId.isEmpty()) {
        change.productId = parentId;
        change.variantId = id;
    } else {
        change.productId = id;
    }
    change.sku = field(product, "sku"_L1);
    change.productName = field(product, "name"_L1);
    if (managesStock(product.value("manage_stock"_L1))) {
        const QJsonValue quantity = product.value("stock_quantity"_L1);
        bool ok = false;
        const qint64 number = quantity.isDouble() ? quantity.toInteger(std::numeric_limits<qint64>::min())
                                                  : scalarText(quantity).trimmed().toLongLong(&ok);
        if ((quantity.isDouble() && number != std::numeric_limits<qint64>::min()) || ok) {
            change.available = number;
        }
    }
    change.rawStatus = field(product, "stock_status"_L1);
    change.status = WooCommerce::stockStatusFor(change.rawStatus);
    change.occurredAt = changedAt(product, context);
    if (change.productId.isEmpty() || (!change.available && change.rawStatus.isEmpty())) {
        return std::nullopt;
    }
    return change;
}

// The product's own stock level, then each variation's when the payload carries them as objects (the
// REST API lists only their ids; a variation's own update arrives as a product of type "variation").
QList<StockChange> stockChanges(const QJsonObject &product, const Context &context)
{
    QList<StockChange> changes;
    const QString parentId = field(product, "parent_id"_L1);
    const bool variation = field(product, "type"_L1) == "variation"_L1 && !parentId.isEmpty() && parentId != "0"_L1;
    if (auto change = stockChange(product, variation ? parentId : QString(), context)) {
        changes.append(*change);
    }
    const QString productId = field(product, "id"_L1);
    for (const QJsonValue &entry : product.value("variations"_L1).toArray()) {
        if (entry.isObject()) {
            if (auto change = stockChange(entry.toObject(), productId, context)) {
                changes.append(*change);
            }
        }
    }
    return changes;
}

} // namespace

QString WooCommerceAdapter::typeName()
{
    return u"woocommerce"_s;
}

SourceTypeInfo WooCommerceAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("WooCommerce");
    info.summary = tr("New orders, payments, status changes, cancellations, refunds, tracking numbers and stock.");
    // WooCommerce decodes HTML entities in the secret before signing, so the generated secret must not
    // contain '&'.
    info.secrets = {{u"webhookSecret"_s, tr("Webhook secret"),
                     tr("Tidings made this secret. Paste it into the \"Secret\" field of every WooCommerce "
                        "webhook that sends to Tidings."),
                     true, false}};
    info.options = {
        {u"statusMap"_s, tr("Custom order statuses"),
         tr("Only for statuses added by plugins: a JSON object from the WooCommerce status to one of Tidings' "
            "statuses (pending, paid, on_hold, partially_shipped, shipped, delivered, completed, cancelled, "
            "refunded, partially_refunded, failed) or \"ignore\"."),
         u"{\"wc-dispatched\": \"shipped\", \"wc-quote\": \"ignore\"}"_s, false},
        {u"trackingMetaKey"_s, tr("Tracking meta key"),
         tr("Only if a tracking plugin other than WooCommerce Shipment Tracking or Advanced Shipment Tracking "
            "stores the tracking number: the order meta key it uses."),
         u"_tracking_number"_s, false},
    };
    info.setupSteps = {
        tr("In WordPress admin, open WooCommerce → Settings → Advanced → Webhooks and click \"Add webhook\"."),
        tr("Name it \"Tidings – orders\", set Status to \"Active\" and Topic to \"Order created\"."),
        tr("Delivery URL: %1"),
        tr("Secret: paste the webhook secret Tidings shows here. API version: \"WP REST API Integration v3\". "
           "Click \"Save webhook\"; WooCommerce sends a test ping and Tidings answers it."),
        tr("Add a second webhook the same way with the topic \"Order updated\" (status changes, refunds and "
           "tracking numbers), and a third with \"Product updated\" if you want stock notices."),
    };
    return info;
}

QString WooCommerceAdapter::type() const
{
    return typeName();
}

QList<QByteArray> WooCommerceAdapter::secretHeaderNames() const
{
    return {signatureHeader()};
}

QList<OrderEvent> WooCommerceAdapter::orderEventsFrom(const QJsonObject &order, const SourceConfig &source,
                                                      const QString &topic, const QByteArray &rawPayload)
{
    ParsedWebhook parsed;
    parsed.topic = topic;
    const Context context{source, parsed, rawPayload, {}, {}};
    return orderEvents(order, context);
}

bool WooCommerceAdapter::isPingBody(const QByteArray &body)
{
    static constexpr QByteArrayView prefix("webhook_id=");
    if (!body.startsWith(prefix) || body.size() == prefix.size() || body.size() > prefix.size() + 20) {
        return false;
    }
    for (qsizetype i = prefix.size(); i < body.size(); ++i) {
        if (body.at(i) < '0' || body.at(i) > '9') {
            return false;
        }
    }
    return true;
}

Result<ParsedWebhook> WooCommerceAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                       const QByteArray &signingSecret) const
{
    const QByteArray signature = request.header(signatureHeader());
    ParsedWebhook parsed;
    if (signature.isEmpty() && isPingBody(request.body)) {
        parsed.topic = u"ping"_s; // unsigned by design; it carries nothing but the webhook's id
        return parsed;
    }
    if (signature.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached this shop's webhook address without a WooCommerce signature, so "
                              "it was refused. Only WooCommerce should send requests to this address."),
                           u"missing X-WC-Webhook-Signature header"_s);
    }
    if (signingSecret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No webhook secret is saved for this shop, so its webhooks cannot be checked and "
                              "were refused. Add the secret in Connections."),
                           u"no signing secret configured"_s);
    }
    if (!verifyHmacSha256Base64(request.body, signingSecret, signature)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("The webhook's signature does not match the secret saved for this shop. Check that "
                              "the \"Secret\" field of the webhook in WooCommerce holds the secret Tidings shows."),
                           u"X-WC-Webhook-Signature does not match the body"_s);
    }
    if (isPingBody(request.body)) {
        parsed.topic = u"ping"_s;
        return parsed;
    }

    parsed.topic = headerText(request, QByteArrayLiteral("x-wc-webhook-topic"));
    QString resource = headerText(request, QByteArrayLiteral("x-wc-webhook-resource")).toLower();
    QString event = headerText(request, QByteArrayLiteral("x-wc-webhook-event")).toLower();
    if (parsed.topic.isEmpty() && !resource.isEmpty() && !event.isEmpty()) {
        parsed.topic = resource + u'.' + event;
    }
    if (parsed.topic.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("WooCommerce sent a webhook without a topic, so Tidings cannot tell what happened."),
                           u"missing X-WC-Webhook-Topic header"_s);
    }
    if (const qsizetype dot = parsed.topic.indexOf(u'.'); dot > 0) {
        resource = parsed.topic.left(dot).toLower();
        event = parsed.topic.mid(dot + 1).toLower();
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::make(
            ErrorCode::InvalidInput,
            tr("WooCommerce sent a webhook (%1) whose content is not a JSON object, so it could not "
               "be read.")
                .arg(parsed.topic),
            parseError.error != QJsonParseError::NoError
                ? u"body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                : u"body is JSON but not an object"_s);
    }
    const QJsonObject object = document.object();
    parsed.eventId = synthesizedEventId(resource, object, request.body);

    const bool acted = event == "created"_L1 || event == "updated"_L1 || event == "restored"_L1;
    if (!acted || (resource != "order"_L1 && resource != "product"_L1)) {
        return parsed; // recorded, nobody notified (order.deleted carries only the id)
    }
    if (field(object, "id"_L1).isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("WooCommerce sent a webhook (%1) without the id of the order or product, so it "
                              "cannot be matched.")
                               .arg(parsed.topic),
                           u"%1 payload has no id"_s.arg(parsed.topic));
    }
    const Context context{source, parsed, request.body,
                          headerText(request, QByteArrayLiteral("x-wc-webhook-delivery-id")), request.receivedAt};
    if (resource == "order"_L1) {
        parsed.events = orderEvents(object, context);
    } else {
        parsed.stockChanges = stockChanges(object, context);
    }
    return parsed;
}

std::optional<WebhookRequest> WooCommerceAdapter::sampleWebhook(const SourceConfig &source,
                                                                const QByteArray &signingSecret) const
{
    if (signingSecret.isEmpty()) {
        return std::nullopt;
    }
    const QString reference = Sample::testReference();
    const QString now = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    const QJsonObject order{
        {"id"_L1, reference.mid(5).toLongLong()},
        {"number"_L1, reference},
        {"status"_L1, u"pending"_s},
        {"currency"_L1, u"USD"_s},
        {"total"_L1, u"0.00"_s},
        {"date_created_gmt"_L1, now},
        {"date_modified_gmt"_L1, now},
        {"billing"_L1, QJsonObject{{"first_name"_L1, tr("Test")}, {"last_name"_L1, tr("Customer")}}},
        {"customer_note"_L1, tr("A test event sent by Tidings to check this connection. Nobody is notified.")},
        {"line_items"_L1, QJsonArray{}},
    };
    WebhookRequest request =
        Sample::request(source, QJsonDocument(order).toJson(QJsonDocument::Compact), "application/json");
    request.headers.insert("x-wc-webhook-topic", "order.created");
    request.headers.insert("x-wc-webhook-resource", "order");
    request.headers.insert("x-wc-webhook-event", "created");
    request.headers.insert("x-wc-webhook-delivery-id", reference.toUtf8());
    request.headers.insert(
        signatureHeader(),
        QMessageAuthenticationCode::hash(request.body, signingSecret, QCryptographicHash::Sha256).toBase64());
    return request;
}

} // namespace Tidings
