#include "sources/shopifyadapter.h"

#include "model/customertimezone.h"
#include "sources/hmac.h"
#include "sources/payloadfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QByteArray hmacHeader()
{
    return QByteArrayLiteral("x-shopify-hmac-sha256");
}

// A person's name from an object with first_name/last_name (customer) or name (address).
QString personName(const QJsonObject &object)
{
    const QString joined = joinName(field(object, "first_name"_L1), field(object, "last_name"_L1));
    return joined.isEmpty() ? field(object, "name"_L1) : joined;
}

QList<LineItem> lineItems(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    QList<LineItem> items;
    items.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (!entry.isObject()) {
            continue;
        }
        const QJsonObject object = entry.toObject();
        LineItem item;
        item.sku = field(object, "sku"_L1);
        item.name = firstNonEmpty({field(object, "title"_L1), field(object, "name"_L1)});
        const qint64 quantity = object.value("quantity"_L1).toInteger(0);
        item.quantity = quantity >= 0 && quantity <= std::numeric_limits<int>::max() ? static_cast<int>(quantity) : 0;
        item.price = field(object, "price"_L1);
        items.append(item);
    }
    return items;
}

QString firstOfArray(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QString text = scalarText(entry).trimmed();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

// "#1042.1" → "#1042": a fulfillment is named after its order plus a dot and a sequence number.
QString orderNumberFromFulfillmentName(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1) {
        return name;
    }
    for (qsizetype i = dot + 1; i < name.size(); ++i) {
        if (!name.at(i).isDigit()) {
            return name;
        }
    }
    return name.left(dot);
}

QString rawOrNull(const QString &value)
{
    return value.isEmpty() ? u"null"_s : value;
}

struct Envelope
{
    const SourceConfig &source;
    const ParsedWebhook &parsed;
    const QByteArray &body;
    QString triggeredAt;
};

OrderEvent baseEvent(const Envelope &envelope)
{
    OrderEvent event;
    event.sourceId = envelope.source.id;
    event.sourceType = ShopifyAdapter::typeName();
    event.sourceEventId = envelope.parsed.eventId;
    event.deliveryId = envelope.parsed.deliveryId;
    event.topic = envelope.parsed.topic;
    event.rawPayload = envelope.body;
    return event;
}

OrderEvent orderEvent(const QJsonObject &order, const Envelope &envelope)
{
    OrderEvent event = baseEvent(envelope);
    event.orderId = field(order, "id"_L1);
    event.orderNumber = firstNonEmpty({field(order, "name"_L1), field(order, "order_number"_L1)});

    const QJsonObject customer = order.value("customer"_L1).toObject();
    const QJsonObject shipping = order.value("shipping_address"_L1).toObject();
    const QJsonObject billing = order.value("billing_address"_L1).toObject();
    event.customerEmail =
        firstNonEmpty({field(order, "email"_L1), field(order, "contact_email"_L1), field(customer, "email"_L1)});
    event.customerName = firstNonEmpty({personName(customer), personName(shipping), personName(billing)});
    event.customerPhone =
        firstNonEmpty({field(order, "phone"_L1), field(customer, "phone"_L1), field(shipping, "phone"_L1)});
    event.customerLocale = field(order, "customer_locale"_L1);
    // Where the parcel goes is where the customer most likely reads their texts.
    const QJsonObject home = customer.value("default_address"_L1).toObject();
    for (const QJsonObject &address : {shipping, billing, home}) {
        if (!field(address, "country_code"_L1).isEmpty()) {
            event.customerTimeZone =
                customerTimeZone(field(address, "country_code"_L1), field(address, "province_code"_L1));
            break;
        }
    }

    const QString financial = field(order, "financial_status"_L1);
    const QString fulfillment = field(order, "fulfillment_status"_L1);
    const bool cancelled = !field(order, "cancelled_at"_L1).isEmpty();
    event.orderStatus = ShopifyAdapter::orderStatusFor(financial, fulfillment, cancelled);
    event.rawOrderStatus = u"financial="_s + rawOrNull(financial) + u";fulfillment="_s + rawOrNull(fulfillment);
    if (cancelled) {
        event.rawOrderStatus += u";cancelled"_s;
    }

    event.lineItems = lineItems(order.value("line_items"_L1));
    event.totalPrice = field(order, "total_price"_L1);
    event.currency = field(order, "currency"_L1);
    const QString created = field(order, "created_at"_L1);
    const QString updated = field(order, "updated_at"_L1);
    event.occurredAt = envelope.parsed.topic == "orders/create"_L1
                           ? firstTimestamp({created, updated, envelope.triggeredAt})
                           : firstTimestamp({updated, envelope.triggeredAt, created});
    return event;
}

OrderEvent fulfillmentEvent(const QJsonObject &fulfillment, const Envelope &envelope)
{
    OrderEvent event = baseEvent(envelope);
    event.orderId = field(fulfillment, "order_id"_L1);
    event.shipmentId = field(fulfillment, "id"_L1);
    event.orderNumber = orderNumberFromFulfillmentName(field(fulfillment, "name"_L1));
    event.customerEmail = field(fulfillment, "email"_L1);

    event.carrier = field(fulfillment, "tracking_company"_L1);
    event.trackingNumber = firstNonEmpty(
        {field(fulfillment, "tracking_number"_L1), firstOfArray(fulfillment.value("tracking_numbers"_L1))});
    const QString trackingUrl =
        firstNonEmpty({field(fulfillment, "tracking_url"_L1), firstOfArray(fulfillment.value("tracking_urls"_L1))});
    event.trackingUrl = webUrl(trackingUrl);

    const QString shipmentStatus = field(fulfillment, "shipment_status"_L1);
    const QString status = field(fulfillment, "status"_L1);
    event.shipmentStatus = ShopifyAdapter::shipmentStatusFor(shipmentStatus, status);
    event.rawShipmentStatus = u"shipment="_s + rawOrNull(shipmentStatus) + u";status="_s + rawOrNull(status);
    // Only a fulfillment that left the warehouse ("success") means the order shipped. "pending" and "open"
    // wait for a fulfillment service; "cancelled", "error" and "failure" never shipped.
    const bool shipped = status.isEmpty() || status == "success"_L1;
    event.orderStatus = shipped ? OrderStatus::Shipped : OrderStatus::Unknown;
    event.rawOrderStatus = u"fulfillment="_s + rawOrNull(status);

    event.lineItems = lineItems(fulfillment.value("line_items"_L1));
    event.occurredAt = firstTimestamp(
        {field(fulfillment, "updated_at"_L1), field(fulfillment, "created_at"_L1), envelope.triggeredAt});
    return event;
}

// fulfillment_events/create: a carrier's progress on one fulfillment (in transit, delivered, ...).
OrderEvent fulfillmentProgressEvent(const QJsonObject &progress, const Envelope &envelope)
{
    OrderEvent event = baseEvent(envelope);
    event.orderId = field(progress, "order_id"_L1);
    event.shipmentId = field(progress, "fulfillment_id"_L1);
    const QString status = field(progress, "status"_L1);
    event.shipmentStatus = ShopifyAdapter::shipmentStatusFor(status, {});
    event.rawShipmentStatus = u"event="_s + rawOrNull(status);
    event.occurredAt =
        firstTimestamp({field(progress, "happened_at"_L1), field(progress, "created_at"_L1), envelope.triggeredAt});
    return event;
}

} // namespace

QString ShopifyAdapter::typeName()
{
    return u"shopify"_s;
}

SourceTypeInfo ShopifyAdapter::typeInfo()
{
    SourceTypeInfo info;
    info.type = typeName();
    info.displayName = tr("Shopify");
    info.summary = tr("New orders, payments, cancellations, refunds, shipments and stock levels.");
    info.secrets = {{u"webhookSecret"_s, tr("Webhook signing secret"),
                     tr("Shopify shows it under Settings → Notifications → Webhooks: \"Your webhooks will be "
                        "signed with …\". Copy it here."),
                     false, false}};
    info.setupSteps = {
        tr("In Shopify admin, open Settings → Notifications → Webhooks."),
        tr("Click \"Create webhook\", choose the event \"Order creation\", format JSON, and paste this URL: %1"),
        tr("Repeat for \"Order update\", \"Order payment\", \"Order cancellation\", \"Order fulfillment\", "
           "\"Fulfillment creation\", \"Fulfillment update\", \"Refund create\", \"Inventory level update\" and "
           "\"Product update\" (it names the SKU of each "
           "stock level)."),
        tr("Copy the signing secret shown under the list of webhooks and paste it into Tidings."),
        tr("Click \"Send test notification\" in Shopify: the event appears in Tidings' Monitor."),
    };
    return info;
}

QString ShopifyAdapter::type() const
{
    return typeName();
}

QList<QByteArray> ShopifyAdapter::secretHeaderNames() const
{
    return {hmacHeader()};
}

std::optional<WebhookRequest> ShopifyAdapter::sampleWebhook(const SourceConfig &source,
                                                            const QByteArray &signingSecret) const
{
    if (signingSecret.isEmpty()) {
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stamp = now.toString(Qt::ISODate);
    // Shopify order ids are large integers; 2^52 keeps the sample's id exact in any JSON reader.
    const qint64 orderId = qint64(QRandomGenerator::system()->bounded(quint64(1) << 52));
    const QString number = u"#TEST-%1"_s.arg(orderId % 100000, 5, 10, QLatin1Char('0'));
    const QJsonObject item{{"id"_L1, 1},
                           {"title"_L1, tr("Test item from Tidings")},
                           {"sku"_L1, u"TIDINGS-TEST"_s},
                           {"quantity"_L1, 1},
                           {"price"_L1, u"0.00"_s}};
    const QJsonObject order{
        {"id"_L1, orderId},
        {"admin_graphql_api_id"_L1, u"gid://shopify/Order/%1"_s.arg(orderId)},
        {"name"_L1, number},
        {"created_at"_L1, stamp},
        {"updated_at"_L1, stamp},
        {"currency"_L1, u"USD"_s},
        {"total_price"_L1, u"0.00"_s},
        {"financial_status"_L1, u"pending"_s},
        {"fulfillment_status"_L1, QJsonValue::Null},
        {"test"_L1, true},
        {"note"_L1, tr("A test event sent by Tidings to check this connection. Nobody is notified.")},
        {"line_items"_L1, QJsonArray{item}},
    };
    WebhookRequest request;
    request.sourceId = source.id;
    request.target = "/webhooks/" + QUrl::toPercentEncoding(source.id);
    request.body = QJsonDocument(order).toJson(QJsonDocument::Compact);
    request.receivedAt = now;
    const QString domain = source.options.value("shopDomain"_L1).toString();
    request.headers = {
        {"content-type", "application/json"},
        {"x-shopify-topic", "orders/create"},
        {hmacHeader(),
         QMessageAuthenticationCode::hash(request.body, signingSecret, QCryptographicHash::Sha256).toBase64()},
        {"x-shopify-shop-domain", domain.isEmpty() ? QByteArray("tidings-test.myshopify.com") : domain.toUtf8()},
        {"x-shopify-api-version", "2024-10"},
        {"x-shopify-webhook-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
        {"x-shopify-event-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
        {"x-shopify-triggered-at", stamp.toUtf8()},
    };
    return request;
}

OrderStatus ShopifyAdapter::orderStatusFor(QStringView financialStatus, QStringView fulfillmentStatus, bool cancelled)
{
    if (cancelled) {
        return OrderStatus::Cancelled;
    }
    if (financialStatus == u"refunded") {
        return OrderStatus::Refunded;
    }
    if (financialStatus == u"partially_refunded") {
        return OrderStatus::PartiallyRefunded;
    }
    if (fulfillmentStatus == u"fulfilled") {
        return OrderStatus::Shipped;
    }
    if (fulfillmentStatus == u"partial") {
        return OrderStatus::PartiallyShipped;
    }
    if (financialStatus == u"paid") {
        return OrderStatus::Paid;
    }
    if (financialStatus == u"pending" || financialStatus == u"authorized" || financialStatus == u"partially_paid") {
        return OrderStatus::Pending;
    }
    if (financialStatus == u"voided") {
        return OrderStatus::Cancelled;
    }
    return OrderStatus::Unknown;
}

ShipmentStatus ShopifyAdapter::shipmentStatusFor(QStringView shipmentStatus, QStringView fulfillmentStatus)
{
    if (fulfillmentStatus == u"cancelled") {
        return ShipmentStatus::Cancelled;
    }

    struct Mapping
    {
        QStringView raw;
        ShipmentStatus status;
    };

    static constexpr Mapping mappings[] = {
        {u"label_printed", ShipmentStatus::LabelCreated},
        {u"label_purchased", ShipmentStatus::LabelCreated},
        {u"confirmed", ShipmentStatus::LabelCreated},
        {u"carrier_picked_up", ShipmentStatus::InTransit},
        {u"in_transit", ShipmentStatus::InTransit},
        {u"out_for_delivery", ShipmentStatus::OutForDelivery},
        {u"attempted_delivery", ShipmentStatus::AttemptedDelivery},
        {u"ready_for_pickup", ShipmentStatus::ReadyForPickup},
        {u"ready_for_recipient_pickup", ShipmentStatus::ReadyForPickup},
        {u"delivered", ShipmentStatus::Delivered},
        {u"picked_up", ShipmentStatus::Delivered},
        {u"failure", ShipmentStatus::Exception},
        {u"delayed", ShipmentStatus::Exception},
        {u"buyer_action_required", ShipmentStatus::Exception},
        {u"returning_to_sender", ShipmentStatus::ReturnedToSender},
    };
    for (const Mapping &mapping : mappings) {
        if (mapping.raw == shipmentStatus) {
            return mapping.status;
        }
    }
    return ShipmentStatus::Unknown;
}

Result<ParsedWebhook> ShopifyAdapter::parseWebhook(const WebhookRequest &request, const SourceConfig &source,
                                                   const QByteArray &signingSecret) const
{
    const QByteArray signature = request.header(hmacHeader());
    if (signature.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("A request reached this shop's webhook address without a Shopify signature, so it "
                              "was refused. Only Shopify should send requests to this address."),
                           u"missing X-Shopify-Hmac-Sha256 header"_s);
    }
    if (signingSecret.isEmpty()) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("No webhook signing secret is saved for this shop, so its webhooks cannot be checked "
                              "and were refused. Add the secret in Connections."),
                           u"no signing secret configured"_s);
    }
    if (!verifyHmacSha256Base64(request.body, signingSecret, signature)) {
        return Error::make(ErrorCode::Unauthorized,
                           tr("The webhook's signature does not match the signing secret saved for this shop. "
                              "Check the secret in Connections."),
                           u"X-Shopify-Hmac-Sha256 does not match the body"_s);
    }

    ParsedWebhook parsed;
    parsed.topic = QString::fromUtf8(request.header(QByteArrayLiteral("x-shopify-topic"))).trimmed();
    parsed.eventId = QString::fromUtf8(request.header(QByteArrayLiteral("x-shopify-event-id"))).trimmed();
    parsed.deliveryId = QString::fromUtf8(request.header(QByteArrayLiteral("x-shopify-webhook-id"))).trimmed();
    if (parsed.topic.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Shopify sent a webhook without a topic, so Tidings cannot tell what happened."),
                           u"missing X-Shopify-Topic header"_s);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(
            ErrorCode::InvalidInput,
            tr("Shopify sent a webhook (%1) whose content is not valid JSON, so it could not be read.")
                .arg(parsed.topic),
            u"body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject()) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Shopify sent a webhook (%1) whose content is not a JSON object, so it is not an "
                              "order or a fulfillment.")
                               .arg(parsed.topic),
                           u"body is JSON but not an object"_s);
    }
    const QJsonObject object = document.object();
    const Envelope envelope{source, parsed, request.body,
                            QString::fromUtf8(request.header(QByteArrayLiteral("x-shopify-triggered-at"))).trimmed()};

    if (parsed.topic.startsWith("orders/"_L1) && parsed.topic != "orders/delete"_L1) {
        OrderEvent event = orderEvent(object, envelope);
        if (event.orderId.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               tr("Shopify sent an order without an id, so it cannot be matched to an order."),
                               u"%1 payload has no id"_s.arg(parsed.topic));
        }
        const QString orderId = event.orderId;
        parsed.events.append(std::move(event));
        // An order carries its fulfillments: a missed fulfillments/create still reaches its shipment. The
        // order's own status says whether it shipped, so these leave the order status alone.
        for (const QJsonValue &entry : object.value("fulfillments"_L1).toArray()) {
            OrderEvent shipment = fulfillmentEvent(entry.toObject(), envelope);
            if (shipment.shipmentId.isEmpty()) {
                continue;
            }
            shipment.orderId = orderId;
            shipment.orderStatus = OrderStatus::Unknown;
            shipment.rawOrderStatus.clear();
            parsed.events.append(std::move(shipment));
        }
    } else if (parsed.topic == "fulfillments/create"_L1 || parsed.topic == "fulfillments/update"_L1) {
        OrderEvent event = fulfillmentEvent(object, envelope);
        if (event.orderId.isEmpty() || event.shipmentId.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               tr("Shopify sent a fulfillment without its id or its order's id, so it cannot be "
                                  "matched to an order."),
                               u"%1 payload has no id or order_id"_s.arg(parsed.topic));
        }
        parsed.events.append(std::move(event));
    } else if (parsed.topic == "fulfillment_events/create"_L1) {
        OrderEvent event = fulfillmentProgressEvent(object, envelope);
        if (event.orderId.isEmpty() || event.shipmentId.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               tr("Shopify sent a delivery update without its shipment or order, so it cannot be "
                                  "matched to an order."),
                               u"fulfillment_events/create payload has no fulfillment_id or order_id"_s);
        }
        parsed.events.append(std::move(event));
    } else if (parsed.topic == "refunds/create"_L1) {
        // Whether the refund is whole or partial shows in the order's financial_status, which the orders/updated
        // that follows carries; the refund itself is recorded against its order without a status.
        OrderEvent event = baseEvent(envelope);
        event.orderId = field(object, "order_id"_L1);
        event.occurredAt =
            firstTimestamp({field(object, "processed_at"_L1), field(object, "created_at"_L1), envelope.triggeredAt});
        if (event.orderId.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               tr("Shopify sent a refund without its order, so it cannot be matched to an order."),
                               u"refunds/create payload has no order_id"_s);
        }
        parsed.events.append(std::move(event));
    } else if (parsed.topic == "inventory_levels/update"_L1) {
        StockChange change;
        change.sourceId = source.id;
        change.sourceType = typeName();
        change.productId = field(object, "inventory_item_id"_L1);
        change.locationId = field(object, "location_id"_L1);
        const QJsonValue available = object.value("available"_L1);
        if (available.isDouble()) {
            change.available = available.toInteger();
        }
        change.occurredAt = firstTimestamp({field(object, "updated_at"_L1), envelope.triggeredAt});
        if (change.productId.isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               tr("Shopify sent a stock update without its inventory item, so it cannot be matched "
                                  "to a product."),
                               u"inventory_levels/update payload has no inventory_item_id"_s);
        }
        parsed.stockChanges.append(std::move(change));
    } else if (parsed.topic == "products/create"_L1 || parsed.topic == "products/update"_L1) {
        // Names each variant's SKU and name for its inventory item, which inventory_levels/update leaves out.
        // No quantity is taken from here: the levels per location are (inventory_quantity is their sum).
        const QString title = field(object, "title"_L1);
        const QDateTime updatedAt = firstTimestamp({field(object, "updated_at"_L1), envelope.triggeredAt});
        const QJsonArray variants = object.value("variants"_L1).toArray();
        for (const QJsonValue &value : variants) {
            const QJsonObject variant = value.toObject();
            StockChange change;
            change.sourceId = source.id;
            change.sourceType = typeName();
            change.productId = field(variant, "inventory_item_id"_L1);
            change.sku = field(variant, "sku"_L1).trimmed();
            const QString variantTitle = field(variant, "title"_L1);
            change.productName = variantTitle.isEmpty() || variantTitle == "Default Title"_L1
                                     ? title
                                     : tr("%1, %2", "product title, variant title").arg(title, variantTitle);
            change.occurredAt = updatedAt;
            // Untracked variants (no inventory item, or no SKU to find them by) say nothing about stock.
            if (!change.productId.isEmpty() && !change.sku.isEmpty()) {
                parsed.stockChanges.append(std::move(change));
            }
        }
    }
    return parsed;
}

} // namespace Tidings
