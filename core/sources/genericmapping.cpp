#include "sources/genericmapping.h"

#include "sources/payloadfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

using namespace Payload;

QString sourceTypeName()
{
    return u"generic"_s;
}

// What a path found in an entry.
struct Looked
{
    QString path;     // empty when the field is not mapped
    QJsonValue value; // Undefined when the path leads nowhere
    QString text;     // the trimmed text of a scalar value

    bool mapped() const { return !path.isEmpty(); }

    bool found() const { return mapped() && !value.isUndefined(); }

    bool compound() const { return value.isArray() || value.isObject(); }
};

Looked look(const QJsonValue &root, const QString &path)
{
    Looked looked;
    looked.path = path;
    if (path.isEmpty()) {
        return looked;
    }
    looked.value = valueAt(root, path);
    looked.text = scalarText(looked.value).trimmed();
    return looked;
}

// "Out for delivery" → "out_for_delivery"; "Canceled" → "cancelled".
QString canonicalName(const QString &raw)
{
    QString name = raw.trimmed().toLower();
    name.replace(u' ', u'_').replace(u'-', u'_');
    if (name == "canceled"_L1) {
        return u"cancelled"_s;
    }
    return name;
}

QHash<QString, QString> sectionOf(const QJsonObject &object)
{
    QHash<QString, QString> section;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString()) {
            section.insert(it.key().trimmed().toCaseFolded(), it.value().toString());
        }
    }
    return section;
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(notWhole);
        return whole == notWhole ? std::nullopt : std::optional<qint64>(whole);
    }
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

// "customer__email" → {customer, email}; "contact[fields][7]" → {contact, fields, 7}.
QStringList formKeySteps(const QString &key)
{
    const qsizetype bracket = key.indexOf(u'[');
    QStringList steps = (bracket < 0 ? key : key.left(bracket)).split(u"__"_s);
    if (bracket >= 0) {
        const QString rest = key.mid(bracket);
        qsizetype at = 0;
        while (at < rest.size() && rest.at(at) == u'[') {
            const qsizetype close = rest.indexOf(u']', at);
            if (close < 0) {
                break;
            }
            const QString step = rest.mid(at + 1, close - at - 1);
            if (!step.isEmpty()) {
                steps.append(step);
            }
            at = close + 1;
        }
    }
    steps.removeAll(QString());
    return steps;
}

void insertAt(QJsonObject &object, QStringList steps, const QString &value)
{
    const QString first = steps.takeFirst();
    if (steps.isEmpty()) {
        if (!object.contains(first)) { // the first of repeated keys wins, as formValue() does
            object.insert(first, value);
        }
        return;
    }
    QJsonObject child = object.value(first).toObject();
    insertAt(child, steps, value);
    object.insert(first, child);
}

// Objects whose keys are 0, 1, 2, ... become arrays, so "items[0][sku]" reads as a list of items.
QJsonValue arraysFromIndexedObjects(const QJsonValue &value)
{
    if (!value.isObject()) {
        return value;
    }
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        it.value() = arraysFromIndexedObjects(it.value());
    }
    QList<qsizetype> indexes;
    for (const QString &key : object.keys()) {
        bool ok = false;
        const qsizetype index = key.toLongLong(&ok);
        if (!ok || index < 0 || QString::number(index) != key) {
            return object;
        }
        indexes.append(index);
    }
    std::sort(indexes.begin(), indexes.end());
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (indexes.at(i) != i) {
            return object;
        }
    }
    if (indexes.isEmpty()) {
        return object;
    }
    QJsonArray array;
    for (const qsizetype index : indexes) {
        array.append(object.value(QString::number(index)));
    }
    return array;
}

QJsonObject objectFromForm(const FormFields &fields)
{
    QJsonObject object;
    for (const auto &[key, value] : fields) {
        const QStringList steps = formKeySteps(key);
        if (!steps.isEmpty()) {
            insertAt(object, steps, value);
        }
    }
    return arraysFromIndexedObjects(object).toObject();
}

// Our contract's event names say the order's status when no status field does.
std::optional<OrderStatus> statusFromContractEvent(const QString &topic)
{
    static const QList<std::pair<QString, OrderStatus>> events = {
        {u"order.paid"_s, OrderStatus::Paid},           {u"order.shipped"_s, OrderStatus::Shipped},
        {u"order.delivered"_s, OrderStatus::Delivered}, {u"order.cancelled"_s, OrderStatus::Cancelled},
        {u"order.refunded"_s, OrderStatus::Refunded},
    };
    for (const auto &[name, status] : events) {
        if (topic.compare(name, Qt::CaseInsensitive) == 0) {
            return status;
        }
    }
    return std::nullopt;
}

// The event names a back-in-stock request goes by (any case): ours, and what form tools tend to call it.
bool isSubscribeEvent(const QString &topic)
{
    const QString folded = topic.trimmed().toLower();
    return folded == u"stock.subscribe" || folded == u"stock.subscribed" || folded == u"back_in_stock.subscribe" ||
           folded == u"back-in-stock.subscribe";
}

bool isStockField(const QString &name)
{
    return name == "productId"_L1 || name == "variantId"_L1 || name == "sku"_L1 || name == "productName"_L1 ||
           name == "locationId"_L1 || name == "available"_L1 || name == "stockStatus"_L1;
}

} // namespace

const QList<GenericMapping::Field> &GenericMapping::fields()
{
    using G = FieldGroup;
    static const QList<Field> all = {
        {u"eventId"_s, G::Event, tr("Event id"),
         tr("Unique for each change; a delivery with an id seen before is recorded as a duplicate."), false},
        {u"topic"_s, G::Event, tr("Event name"), tr("What happened, e.g. \"order.shipped\"; shown in the Monitor."),
         false},
        {u"occurredAt"_s, G::Event, tr("When it happened"),
         tr("A date and time (ISO 8601 or epoch); the time of arrival when absent."), false},
        {u"orderId"_s, G::Order, tr("Order id"), tr("Required: what identifies the order in your system."), true},
        {u"orderNumber"_s, G::Order, tr("Order number"), tr("The number the customer sees, e.g. \"#1042\"."), false},
        {u"orderStatus"_s, G::Order, tr("Order status"), tr("Read through the status map below."), false},
        {u"totalPrice"_s, G::Order, tr("Order total"), tr("The amount as text, e.g. \"73.30\"."), false},
        {u"currency"_s, G::Order, tr("Currency"), tr("A currency code such as EUR."), false},
        {u"customerName"_s, G::Customer, tr("Customer name"), tr("The full name; else first and last name are joined."),
         false},
        {u"customerFirstName"_s, G::Customer, tr("First name"), {}, false},
        {u"customerLastName"_s, G::Customer, tr("Last name"), {}, false},
        {u"customerEmail"_s, G::Customer, tr("Customer email"), tr("Where email notifications go."), false},
        {u"customerPhone"_s, G::Customer, tr("Customer phone"), tr("For text messages."), false},
        {u"customerLocale"_s, G::Customer, tr("Customer language"), tr("A language tag such as de-DE."), false},
        {u"shipmentId"_s, G::Shipment, tr("Shipment id"), tr("When absent, the tracking number names the shipment."),
         false},
        {u"shipmentStatus"_s, G::Shipment, tr("Shipment status"), tr("Read through the status map below."), false},
        {u"carrier"_s, G::Shipment, tr("Carrier"), {}, false},
        {u"trackingNumber"_s, G::Shipment, tr("Tracking number"), {}, false},
        {u"trackingUrl"_s, G::Shipment, tr("Tracking link"), tr("An http or https address."), false},
        {u"lineItems"_s, G::Items, tr("Items (a list)"), tr("The list of ordered items."), false},
        {u"itemSku"_s, G::Items, tr("Item SKU"), tr("Inside each entry of the items list."), false},
        {u"itemName"_s, G::Items, tr("Item name"), tr("Inside each entry of the items list."), false},
        {u"itemQuantity"_s, G::Items, tr("Item quantity"), tr("Inside each entry of the items list."), false},
        {u"itemPrice"_s, G::Items, tr("Item price"), tr("Inside each entry of the items list."), false},
        {u"productId"_s, G::Stock, tr("Product id"), tr("A stock change needs this or the SKU."), false},
        {u"variantId"_s, G::Stock, tr("Variant id"), {}, false},
        {u"sku"_s, G::Stock, tr("SKU"), {}, false},
        {u"productName"_s, G::Stock, tr("Product name"), {}, false},
        {u"locationId"_s, G::Stock, tr("Warehouse or location"), {}, false},
        {u"available"_s, G::Stock, tr("Quantity available"), tr("A whole number."), false},
        {u"stockStatus"_s, G::Stock, tr("Stock status"), tr("Read through the status map below."), false},
    };
    return all;
}

bool GenericMapping::isField(const QString &name)
{
    const QList<Field> &all = fields();
    return std::any_of(all.cbegin(), all.cend(), [&name](const Field &field) { return field.name == name; });
}

QString GenericMapping::groupName(FieldGroup group)
{
    switch (group) {
    case FieldGroup::Event:
        return tr("Event");
    case FieldGroup::Order:
        return tr("Order");
    case FieldGroup::Customer:
        return tr("Customer");
    case FieldGroup::Shipment:
        return tr("Shipment");
    case FieldGroup::Items:
        return tr("Items");
    case FieldGroup::Stock:
        return tr("Stock");
    }
    return {};
}

QJsonObject GenericMapping::presetMapping(const QString &preset)
{
    if (preset == "googlesheets"_L1) {
        // The Apps Script sends {"event_id", "edited_at", "row": {"<column header>": "<cell>"}}.
        return {
            {u"eventId"_s, u"event_id"_s},
            {u"topic"_s, u"event"_s},
            {u"occurredAt"_s, u"edited_at"_s},
            {u"orderId"_s, u"/row/Order ID"_s},
            {u"orderNumber"_s, u"/row/Order Number"_s},
            {u"orderStatus"_s, u"/row/Status"_s},
            {u"totalPrice"_s, u"/row/Total"_s},
            {u"currency"_s, u"/row/Currency"_s},
            {u"customerName"_s, u"/row/Customer"_s},
            {u"customerEmail"_s, u"/row/Email"_s},
            {u"customerPhone"_s, u"/row/Phone"_s},
            {u"carrier"_s, u"/row/Carrier"_s},
            {u"trackingNumber"_s, u"/row/Tracking Number"_s},
            {u"trackingUrl"_s, u"/row/Tracking URL"_s},
        };
    }
    if (preset == "netsuite"_L1) {
        // The SuiteScript sends {"event_id", "record_type", "occurred_at", "order": {...}, "fulfillment": {...}}.
        return {
            {u"eventId"_s, u"event_id"_s},
            {u"topic"_s, u"record_type"_s},
            {u"occurredAt"_s, u"occurred_at"_s},
            {u"orderId"_s, u"order.id"_s},
            {u"orderNumber"_s, u"order.number"_s},
            {u"orderStatus"_s, u"order.status"_s},
            {u"totalPrice"_s, u"order.total"_s},
            {u"currency"_s, u"order.currency"_s},
            {u"customerName"_s, u"order.customer"_s},
            {u"customerEmail"_s, u"order.email"_s},
            {u"customerPhone"_s, u"order.phone"_s},
            {u"shipmentId"_s, u"fulfillment.id"_s},
            {u"shipmentStatus"_s, u"fulfillment.status"_s},
            {u"carrier"_s, u"fulfillment.carrier"_s},
            {u"trackingNumber"_s, u"fulfillment.tracking_number"_s},
            {u"lineItems"_s, u"order.items"_s},
            {u"itemSku"_s, u"sku"_s},
            {u"itemName"_s, u"name"_s},
            {u"itemQuantity"_s, u"quantity"_s},
            {u"itemPrice"_s, u"price"_s},
        };
    }
    // The recommended contract (inbound-platforms.md §10), for Zapier, Power Automate, Klaviyo and the rest.
    return {
        {u"eventId"_s, u"event_id"_s},
        {u"topic"_s, u"event"_s},
        {u"occurredAt"_s, u"occurred_at"_s},
        {u"orderId"_s, u"order_id"_s},
        {u"orderNumber"_s, u"order_number"_s},
        {u"orderStatus"_s, u"status"_s},
        {u"totalPrice"_s, u"total"_s},
        {u"currency"_s, u"currency"_s},
        {u"customerName"_s, u"customer.name"_s},
        {u"customerFirstName"_s, u"customer.first_name"_s},
        {u"customerLastName"_s, u"customer.last_name"_s},
        {u"customerEmail"_s, u"customer.email"_s},
        {u"customerPhone"_s, u"customer.phone"_s},
        {u"customerLocale"_s, u"customer.locale"_s},
        {u"shipmentId"_s, u"shipment_id"_s},
        {u"shipmentStatus"_s, u"shipment_status"_s},
        {u"carrier"_s, u"carrier"_s},
        {u"trackingNumber"_s, u"tracking_number"_s},
        {u"trackingUrl"_s, u"tracking_url"_s},
        {u"lineItems"_s, u"items"_s},
        {u"itemSku"_s, u"sku"_s},
        {u"itemName"_s, u"name"_s},
        {u"itemQuantity"_s, u"quantity"_s},
        {u"itemPrice"_s, u"price"_s},
        {u"productId"_s, u"product_id"_s},
        {u"sku"_s, u"sku"_s},
        {u"productName"_s, u"product_name"_s},
        {u"available"_s, u"available"_s},
        {u"stockStatus"_s, u"stock_status"_s},
    };
}

QJsonObject GenericMapping::presetStatusMap(const QString &preset)
{
    if (preset == "netsuite"_L1) {
        // Sales order status letters and item fulfillment ship status letters (inbound-platforms.md §4, §12).
        return {
            {u"order"_s, QJsonObject{{u"A"_s, u"pending"_s},
                                     {u"B"_s, u"paid"_s},
                                     {u"C"_s, u"cancelled"_s},
                                     {u"D"_s, u"partially_shipped"_s},
                                     {u"E"_s, u"partially_shipped"_s},
                                     {u"F"_s, u"shipped"_s},
                                     {u"G"_s, u"shipped"_s},
                                     {u"H"_s, u"completed"_s}}},
            {u"shipment"_s,
             QJsonObject{{u"A"_s, u"label_created"_s}, {u"B"_s, u"label_created"_s}, {u"C"_s, u"in_transit"_s}}},
        };
    }
    if (preset == "googlesheets"_L1) {
        return {
            {u"New"_s, u"pending"_s},        {u"Open"_s, u"pending"_s},    {u"Processing"_s, u"paid"_s},
            {u"Dispatched"_s, u"shipped"_s}, {u"Sent"_s, u"shipped"_s},    {u"Done"_s, u"completed"_s},
            {u"Returned"_s, u"refunded"_s},  {u"On hold"_s, u"on_hold"_s},
        };
    }
    return {};
}

GenericMapping::GenericMapping(const QJsonObject &options)
{
    const QString preset = options.value("preset"_L1).toString();
    const QJsonValue mapping = options.value("mapping"_L1);
    m_mapping = mapping.isObject() ? mapping.toObject() : presetMapping(preset);
    const QJsonValue statusMap = options.value("statusMap"_L1);
    m_statusMap = statusMap.isObject() ? statusMap.toObject() : presetStatusMap(preset);

    m_anyStatus = sectionOf(m_statusMap);
    m_orderStatus = sectionOf(m_statusMap.value("order"_L1).toObject());
    m_shipmentStatus = sectionOf(m_statusMap.value("shipment"_L1).toObject());
    m_stockStatus = sectionOf(m_statusMap.value("stock"_L1).toObject());
}

QString GenericMapping::path(const QString &field) const
{
    return m_mapping.value(field).toString().trimmed();
}

QString GenericMapping::mapped(const QHash<QString, QString> &section, const QString &raw) const
{
    return section.value(raw.trimmed().toCaseFolded());
}

OrderStatus GenericMapping::orderStatusFor(const QString &raw) const
{
    for (const QString &name : {mapped(m_orderStatus, raw), mapped(m_anyStatus, raw), raw}) {
        if (const auto status = orderStatusFromName(canonicalName(name)); status && !name.isEmpty()) {
            return *status;
        }
    }
    return OrderStatus::Unknown;
}

ShipmentStatus GenericMapping::shipmentStatusFor(const QString &raw) const
{
    for (const QString &name : {mapped(m_shipmentStatus, raw), mapped(m_anyStatus, raw), raw}) {
        if (const auto status = shipmentStatusFromName(canonicalName(name)); status && !name.isEmpty()) {
            return *status;
        }
    }
    return ShipmentStatus::Unknown;
}

StockStatus GenericMapping::stockStatusFor(const QString &raw) const
{
    for (const QString &name : {mapped(m_stockStatus, raw), mapped(m_anyStatus, raw), raw}) {
        if (const auto status = stockStatusFromName(canonicalName(name)); status && !name.isEmpty()) {
            return *status;
        }
    }
    return StockStatus::Unknown;
}

QStringList GenericMapping::configurationProblems() const
{
    QStringList problems;
    for (auto it = m_mapping.begin(); it != m_mapping.end(); ++it) {
        if (!isField(it.key())) {
            problems.append(tr("The mapping names \"%1\", which is not a Tidings field.").arg(it.key()));
        } else if (!it.value().isString()) {
            problems.append(tr("%1: the path must be text, like \"order.id\" or \"/order/id\".").arg(it.key()));
        }
    }
    const auto checkTargets = [&problems](const QJsonObject &section, const QString &kind, auto isName) {
        for (auto it = section.begin(); it != section.end(); ++it) {
            if (it.value().isString() && !isName(canonicalName(it.value().toString()))) {
                problems.append(tr("Status map: \"%1\" is to mean \"%2\", which is not one of Tidings' %3.")
                                    .arg(it.key(), it.value().toString(), kind));
            }
        }
    };
    const auto anyName = [](const QString &name) {
        return orderStatusFromName(name) || shipmentStatusFromName(name) || stockStatusFromName(name);
    };
    checkTargets(m_statusMap, tr("order, shipment or stock statuses"), anyName);
    checkTargets(m_statusMap.value("order"_L1).toObject(), tr("order statuses"),
                 [](const QString &name) { return orderStatusFromName(name).has_value(); });
    checkTargets(m_statusMap.value("shipment"_L1).toObject(), tr("shipment statuses"),
                 [](const QString &name) { return shipmentStatusFromName(name).has_value(); });
    checkTargets(m_statusMap.value("stock"_L1).toObject(), tr("stock statuses"),
                 [](const QString &name) { return stockStatusFromName(name).has_value(); });
    return problems;
}

GenericMapping::Outcome GenericMapping::read(const QByteArray &body, bool form, const QDateTime &receivedAt) const
{
    return readBody(body, form, receivedAt, Wording::Request);
}

GenericMapping::Outcome GenericMapping::tryOn(const QByteArray &sample) const
{
    const QByteArray trimmed = sample.trimmed();
    const bool form = !trimmed.startsWith('{') && !trimmed.startsWith('[') && trimmed.contains('=');
    Outcome outcome = readBody(trimmed, form, QDateTime::currentDateTimeUtc(), Wording::Sample);
    outcome.problems = configurationProblems() + outcome.problems;
    return outcome;
}

GenericMapping::Outcome GenericMapping::readBody(const QByteArray &body, bool form, const QDateTime &receivedAt,
                                                 Wording wording) const
{
    Outcome outcome;
    const bool sample = wording == Wording::Sample;
    if (body.trimmed().isEmpty()) {
        outcome.problems.append(sample ? tr("The sample is empty. Paste what the sender posts.")
                                       : tr("The request has an empty body."));
        return outcome;
    }

    QJsonValue root;
    if (form) {
        const auto fields = parseForm(body);
        if (!fields) {
            outcome.problems.append(sample ? tr("The sample is form data that is not valid UTF-8 text.")
                                           : tr("The request is form data that is not valid UTF-8 text."));
            return outcome;
        }
        root = objectFromForm(*fields);
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            outcome.problems.append((sample ? tr("The sample is not valid JSON: %1 (at character %2).")
                                            : tr("The request body is not valid JSON: %1 (at character %2)."))
                                        .arg(error.errorString())
                                        .arg(error.offset));
            return outcome;
        }
        root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    if (root.isArray()) {
        const QJsonArray entries = root.toArray();
        if (entries.isEmpty()) {
            outcome.problems.append(sample ? tr("The sample is an empty list, so it holds no events.")
                                           : tr("The request is an empty list, so it holds no events."));
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!entries.at(i).isObject()) {
                outcome.problems.append(tr("Entry %1 of the list is not a JSON object.").arg(i + 1));
                continue;
            }
            readEntry(entries.at(i).toObject(), int(i), receivedAt, wording, outcome);
        }
    } else {
        readEntry(root.toObject(), -1, receivedAt, wording, outcome);
    }
    return outcome;
}

void GenericMapping::readEntry(const QJsonObject &entry, int index, const QDateTime &receivedAt, Wording wording,
                               Outcome &outcome) const
{
    const bool sample = wording == Wording::Sample;
    const QString prefix = index >= 0 ? tr("Entry %1: ").arg(index + 1) : QString();
    const auto field = [&](const char *name) { return look(entry, path(QString::fromLatin1(name))); };

    // A field the entry cannot do without: a sentence saying why it is missing.
    const auto requiredProblem = [&](const QString &name, const Looked &looked) -> QString {
        if (!looked.mapped()) {
            return prefix + tr("%1: no path is set in the mapping.").arg(name);
        }
        if (!looked.found()) {
            return prefix + (sample ? tr("%1: %2 is missing in the sample.") : tr("%1: %2 is missing in the request."))
                                .arg(name, looked.path);
        }
        if (looked.compound()) {
            return prefix + tr("%1: %2 holds a list or an object, not a single value.").arg(name, looked.path);
        }
        return prefix + (sample ? tr("%1: %2 is empty in the sample.") : tr("%1: %2 is empty in the request."))
                            .arg(name, looked.path);
    };

    // Mapped optional fields the entry lacks, said once per entry.
    QStringList absent;
    const auto optional = [&](const char *name) {
        Looked looked = field(name);
        if (looked.mapped() && !looked.found()) {
            absent.append(u"%1 (%2)"_s.arg(QLatin1StringView(name), looked.path));
        }
        return looked;
    };
    const auto noteAbsent = [&] {
        if (!absent.isEmpty()) {
            outcome.notes.append(
                prefix + (sample ? tr("Not in the sample, left empty: %1.") : tr("Not in the request, left empty: %1."))
                             .arg(absent.join(u", "_s)));
        }
    };
    const auto occurredAt = [&](const Looked &looked) {
        if (looked.found() && !looked.text.isEmpty()) {
            const QDateTime parsed = timestamp(looked.value);
            if (parsed.isValid()) {
                return parsed;
            }
            outcome.notes.append(prefix + tr("occurredAt: \"%1\" is not a time Tidings can read; the time of "
                                             "arrival is used instead.")
                                              .arg(looked.text));
        }
        return receivedAt;
    };

    const Looked orderId = field("orderId");
    const Looked productId = field("productId");
    const Looked sku = field("sku");
    bool mapsStock = false;
    for (auto it = m_mapping.begin(); it != m_mapping.end(); ++it) {
        if (isStockField(it.key()) && !it.value().toString().trimmed().isEmpty()) {
            mapsStock = true;
        }
    }

    const Looked eventId = optional("eventId");
    const Looked topic = optional("topic");
    const Looked when = optional("occurredAt");

    // A customer asking to be told when a product is back ("stock.subscribe", from a shop's form through Zapier).
    if (isSubscribeEvent(topic.text)) {
        StockSubscription subscription;
        subscription.sku = firstNonEmpty({sku.text, productId.text});
        subscription.email = optional("customerEmail").text.trimmed();
        const QString first = optional("customerFirstName").text;
        subscription.name =
            firstNonEmpty({optional("customerName").text, joinName(first, optional("customerLastName").text)});
        subscription.language = optional("customerLocale").text.left(2).toLower();
        subscription.subscribedAt = occurredAt(when);
        if (subscription.sku.isEmpty()) {
            outcome.problems.append(prefix + tr("A back-in-stock request needs the product's SKU (sku or productId)."));
            return;
        }
        if (!subscription.email.contains(u'@') || subscription.email.contains(u' ') ||
            subscription.email.contains(u'\n') || subscription.email.contains(u'\r')) {
            outcome.problems.append(prefix + tr("A back-in-stock request needs the customer's email address "
                                                "(customerEmail); \"%1\" is none.")
                                                 .arg(subscription.email));
            return;
        }
        noteAbsent();
        outcome.eventIds.append(
            !eventId.text.isEmpty()
                ? eventId.text
                : QStringList{u"subscribe"_s, subscription.sku, subscription.email.toLower()}.join(u':'));
        outcome.subscriptions.append(subscription);
        return;
    }

    if (mapsStock && orderId.text.isEmpty() && (!productId.text.isEmpty() || !sku.text.isEmpty())) {
        StockChange change;
        change.sourceType = sourceTypeName();
        change.productId = firstNonEmpty({productId.text, sku.text});
        change.variantId = optional("variantId").text;
        change.sku = sku.text;
        change.productName = optional("productName").text;
        change.locationId = optional("locationId").text;
        const Looked available = optional("available");
        if (available.found() && !available.text.isEmpty()) {
            change.available = wholeNumber(available.value);
            if (!change.available) {
                outcome.notes.append(
                    prefix + tr("available: \"%1\" is not a whole number; it is left empty.").arg(available.text));
            }
        }
        const Looked stockStatus = optional("stockStatus");
        change.rawStatus = stockStatus.text;
        change.status = stockStatusFor(stockStatus.text);
        if (!stockStatus.text.isEmpty() && change.status == StockStatus::Unknown) {
            outcome.notes.append(prefix + tr("stockStatus: \"%1\" is not in the status map, so the stock status "
                                             "counts as unknown.")
                                              .arg(stockStatus.text));
        }
        change.occurredAt = occurredAt(when);
        noteAbsent();
        outcome.eventIds.append(
            !eventId.text.isEmpty()
                ? eventId.text
                : QStringList{change.productId,
                              when.found() ? change.occurredAt.toString(Qt::ISODateWithMs) : QString(),
                              change.available ? QString::number(*change.available) : QString(), change.rawStatus}
                      .join(u':'));
        outcome.stockChanges.append(change);
        return;
    }

    if (orderId.text.isEmpty()) {
        outcome.problems.append(requiredProblem(u"orderId"_s, orderId));
        return;
    }

    OrderEvent event;
    event.sourceType = sourceTypeName();
    event.topic = topic.text;
    event.orderId = orderId.text;
    event.orderNumber = optional("orderNumber").text;

    const QString first = optional("customerFirstName").text;
    const QString last = optional("customerLastName").text;
    event.customerName = firstNonEmpty({optional("customerName").text, joinName(first, last)});
    event.customerEmail = optional("customerEmail").text;
    event.customerPhone = optional("customerPhone").text;
    event.customerLocale = optional("customerLocale").text;

    const Looked orderStatus = optional("orderStatus");
    event.rawOrderStatus = orderStatus.text;
    event.orderStatus = orderStatusFor(orderStatus.text);
    if (!orderStatus.text.isEmpty() && event.orderStatus == OrderStatus::Unknown) {
        outcome.notes.append(prefix + tr("orderStatus: \"%1\" is not in the status map, so the order's status "
                                         "counts as unknown. Add it to the status map.")
                                          .arg(orderStatus.text));
    } else if (orderStatus.text.isEmpty()) {
        if (const auto fromEvent = statusFromContractEvent(topic.text)) {
            event.orderStatus = *fromEvent;
            event.rawOrderStatus = u"event="_s + topic.text;
        }
    }

    event.carrier = optional("carrier").text;
    event.trackingNumber = optional("trackingNumber").text;
    event.shipmentId = firstNonEmpty({optional("shipmentId").text, event.trackingNumber});
    const Looked shipmentStatus = optional("shipmentStatus");
    event.rawShipmentStatus = shipmentStatus.text;
    event.shipmentStatus = shipmentStatusFor(shipmentStatus.text);
    if (!shipmentStatus.text.isEmpty() && event.shipmentStatus == ShipmentStatus::Unknown) {
        outcome.notes.append(prefix + tr("shipmentStatus: \"%1\" is not in the status map, so the shipment's "
                                         "status counts as unknown. Add it to the status map.")
                                          .arg(shipmentStatus.text));
    }
    const Looked trackingUrl = optional("trackingUrl");
    event.trackingUrl = webUrl(trackingUrl.text);
    if (!trackingUrl.text.isEmpty() && event.trackingUrl.isEmpty()) {
        outcome.notes.append(
            prefix + tr("trackingUrl: \"%1\" is not an http or https address; it is left out.").arg(trackingUrl.text));
    }

    event.totalPrice = optional("totalPrice").text;
    event.currency = optional("currency").text;

    const Looked items = optional("lineItems");
    if (items.found() && !items.value.isArray()) {
        outcome.notes.append(prefix + tr("lineItems: %1 is not a list; the items are left out.").arg(items.path));
    }
    const QJsonArray itemArray = items.value.toArray();
    QStringList itemsAbsent;
    for (const QJsonValue &itemValue : itemArray) {
        const auto itemField = [&](const char *name) {
            const Looked looked = look(itemValue, path(QString::fromLatin1(name)));
            const QString text = u"%1 (%2)"_s.arg(QLatin1StringView(name), looked.path);
            if (looked.mapped() && !looked.found() && !itemsAbsent.contains(text)) {
                itemsAbsent.append(text);
            }
            return looked;
        };
        LineItem item;
        item.sku = itemField("itemSku").text;
        item.name = itemField("itemName").text;
        const Looked quantity = itemField("itemQuantity");
        const std::optional<qint64> count = quantity.found() ? wholeNumber(quantity.value) : std::nullopt;
        item.quantity = count && *count >= 0 && *count <= std::numeric_limits<int>::max() ? int(*count) : 0;
        item.price = itemField("itemPrice").text;
        event.lineItems.append(item);
    }
    if (!itemsAbsent.isEmpty()) {
        outcome.notes.append(prefix + tr("Not in every item, left empty: %1.").arg(itemsAbsent.join(u", "_s)));
    }

    event.occurredAt = occurredAt(when);
    noteAbsent();

    const QString status = event.rawShipmentStatus.isEmpty() ? event.rawOrderStatus
                                                             : event.rawOrderStatus + u'/' + event.rawShipmentStatus;
    event.sourceEventId =
        !eventId.text.isEmpty()
            ? eventId.text
            : QStringList{event.orderId, when.found() ? event.occurredAt.toString(Qt::ISODateWithMs) : QString(),
                          status, event.trackingNumber}
                  .join(u':');
    outcome.eventIds.append(event.sourceEventId);
    outcome.events.append(event);
}

} // namespace Tidings
