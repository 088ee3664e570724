#include "sources/airtablemapping.h"

#include "model/statuses.h"
#include "sources/airtableadapter.h"
#include "sources/payloadfields.h"
#include "sources/stockcells.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcAirtableMapping, "tidings.airtable")

using namespace Payload;

QString statusKey(const QString &word)
{
    return word.simplified().toCaseFolded();
}

struct StatusPair
{
    OrderStatus order = OrderStatus::Unknown;
    ShipmentStatus shipment = ShipmentStatus::Unknown;
};

StatusPair statusFor(const QString &raw, const AirtableMapping &mapping)
{
    const QString key = statusKey(raw);
    QString name = mapping.statuses.value(key, raw);
    name = name.simplified().toLower().replace(u' ', u'_').replace(u'-', u'_');
    StatusPair pair;
    if (const auto order = orderStatusFromName(name)) {
        pair.order = *order;
        if (pair.order == OrderStatus::Delivered) {
            pair.shipment = ShipmentStatus::Delivered;
        }
    } else if (const auto shipment = shipmentStatusFromName(name)) {
        pair.shipment = *shipment;
    }
    return pair;
}

bool isStockTarget(const QString &target)
{
    return target == u"sku" || target == u"productName" || target == u"stockQuantity" || target == u"stockStatus" ||
           target == u"location";
}

// Mapped target → cell text, for the targets whose cell the record has.
QHash<QString, QString> textsOf(const QJsonObject &values, const AirtableRecord::Context &context)
{
    QHash<QString, QString> texts;
    for (auto it = context.targets.cbegin(); it != context.targets.cend(); ++it) {
        const auto found = values.constFind(it.key());
        if (found != values.constEnd()) {
            texts.insert(it.value(), AirtableRecord::cellText(*found));
        }
    }
    return texts;
}

} // namespace

AirtableMapping AirtableMapping::fromOptions(const SourceConfig &source, QStringList *ignored)
{
    AirtableMapping mapping;
    const QJsonObject fieldMap = AirtableRecord::objectOption(source.options, "fieldMap"_L1);
    for (auto it = fieldMap.constBegin(); it != fieldMap.constEnd(); ++it) {
        const QString column = it.key().trimmed();
        const QString target = scalarText(it.value()).trimmed();
        if (!AirtableRecord::mappableFields().contains(target)) {
            qCWarning(lcAirtableMapping) << "Field map of" << source.id << "maps" << column << "to unknown field"
                                         << target;
            if (ignored) {
                ignored->append(column);
            }
            continue;
        }
        mapping.mapsOrderId = mapping.mapsOrderId || target == u"orderId";
        if (AirtableRecord::isAirtableId(column, u"fld")) {
            mapping.byFieldId.insert(column, target);
        } else {
            mapping.byName.insert(column, target);
        }
    }
    const QJsonObject statusMap = AirtableRecord::objectOption(source.options, "statusMap"_L1);
    for (auto it = statusMap.constBegin(); it != statusMap.constEnd(); ++it) {
        mapping.statuses.insert(statusKey(it.key()), scalarText(it.value()));
    }
    mapping.tableId = field(source.options, "tableId"_L1);
    QSet<QString> targets;
    for (const QHash<QString, QString> *map : {&mapping.byFieldId, &mapping.byName}) {
        for (const QString &target : *map) {
            targets.insert(target);
        }
    }
    mapping.mapsStock =
        targets.contains(u"sku"_s) && (targets.contains(u"stockQuantity"_s) || targets.contains(u"stockStatus"_s));
    return mapping;
}

QHash<QString, QString> AirtableMapping::targetsFor(const QString &table) const
{
    QHash<QString, QString> targets = byFieldId;
    const QHash<QString, QString> resolved = resolvedByTable.value(table);
    for (auto it = resolved.cbegin(); it != resolved.cend(); ++it) {
        targets.insert(it.key(), it.value());
    }
    return targets;
}

namespace AirtableRecord {

const QStringList &mappableFields()
{
    static const QStringList fields = {
        u"orderId"_s, u"orderNumber"_s,    u"customerName"_s,  u"customerEmail"_s, u"orderStatus"_s,
        u"carrier"_s, u"trackingNumber"_s, u"trackingUrl"_s,   u"totalPrice"_s,    u"currency"_s,
        u"sku"_s,     u"productName"_s,    u"stockQuantity"_s, u"stockStatus"_s,   u"location"_s};
    return fields;
}

bool isAirtableId(const QString &text, QStringView prefix)
{
    if (text.size() != 17 || !text.startsWith(prefix)) {
        return false;
    }
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128 && (c.isLetterOrNumber()); });
}

QJsonObject objectOption(const QJsonObject &options, QLatin1StringView key)
{
    const QJsonValue value = options.value(key);
    if (value.isObject()) {
        return value.toObject();
    }
    if (value.isString()) {
        return QJsonDocument::fromJson(value.toString().toUtf8()).object();
    }
    return {};
}

QString cellText(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return firstNonEmpty({field(object, "name"_L1), field(object, "text"_L1), field(object, "email"_L1),
                              field(object, "url"_L1), field(object, "label"_L1)});
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &entry : value.toArray()) {
            const QString text = cellText(entry);
            if (!text.isEmpty()) {
                parts.append(text);
            }
        }
        return parts.join(u", "_s);
    }
    return scalarText(value).trimmed();
}

std::optional<OrderEvent> event(const QString &recordId, const QJsonObject &values, const Context &context)
{
    const QHash<QString, QString> texts = textsOf(values, context);
    const bool any = std::any_of(texts.keyValueBegin(), texts.keyValueEnd(), [](const auto &entry) {
        return !isStockTarget(entry.first) && !entry.second.isEmpty();
    });
    if (!any) {
        return std::nullopt; // not an order row (another table, no mapped column changed, or only stock cells)
    }

    OrderEvent event;
    event.sourceId = context.source.id;
    event.sourceType = AirtableAdapter::typeName();
    event.sourceEventId = context.sourceEventId;
    event.topic = context.topic;
    event.rawPayload = context.rawPayload;
    event.occurredAt = context.occurredAt;
    if (context.mapping.mapsOrderId) {
        event.orderId = texts.value(u"orderId"_s);
        if (event.orderId.isEmpty()) {
            qCWarning(lcAirtableMapping) << "Record" << recordId << "of" << context.source.id
                                         << "has no value in its order id column; skipped";
            return std::nullopt;
        }
    } else {
        event.orderId = recordId;
    }
    event.orderNumber = texts.value(u"orderNumber"_s);
    event.customerName = texts.value(u"customerName"_s);
    event.customerEmail = texts.value(u"customerEmail"_s);
    event.carrier = texts.value(u"carrier"_s);
    event.trackingNumber = texts.value(u"trackingNumber"_s);
    event.trackingUrl = webUrl(texts.value(u"trackingUrl"_s));
    event.totalPrice = texts.value(u"totalPrice"_s);
    event.currency = texts.value(u"currency"_s);

    const QString rawStatus = texts.value(u"orderStatus"_s);
    const StatusPair status = rawStatus.isEmpty() ? StatusPair{} : statusFor(rawStatus, context.mapping);
    event.orderStatus = status.order;
    event.rawOrderStatus = rawStatus;
    if (!event.trackingNumber.isEmpty() || !event.trackingUrl.isEmpty()) {
        event.shipmentId = recordId; // one row, one parcel
        event.shipmentStatus = status.shipment;
        event.rawShipmentStatus = rawStatus;
    }
    return event;
}

std::optional<StockChange> stockChange(const QString &recordId, const QJsonObject &values, const Context &context)
{
    if (!context.mapping.mapsStock) {
        return std::nullopt;
    }
    const QHash<QString, QString> texts = textsOf(values, context);
    const QString sku = texts.value(u"sku"_s);
    const QString quantity = texts.value(u"stockQuantity"_s);
    const QString status = texts.value(u"stockStatus"_s);
    if (sku.isEmpty() || !texts.value(u"orderId"_s).isEmpty() || (quantity.isEmpty() && status.isEmpty())) {
        return std::nullopt;
    }
    StockChange change;
    change.sourceId = context.source.id;
    change.sourceType = AirtableAdapter::typeName();
    change.productId = sku;
    change.sku = sku;
    change.productName = texts.value(u"productName"_s);
    change.locationId = texts.value(u"location"_s);
    change.available = StockCells::quantityOf(quantity);
    change.rawStatus = status;
    if (status.isEmpty() && !change.available) {
        change.rawStatus = quantity; // words in the quantity column ("Sold out"): read as the status
    }
    if (!change.rawStatus.isEmpty()) {
        const QString mapped = context.mapping.statuses.value(statusKey(change.rawStatus));
        const QString name = mapped.simplified().toLower().replace(u' ', u'_').replace(u'-', u'_');
        const std::optional<StockStatus> fromMap = mapped.isEmpty() ? std::nullopt : stockStatusFromName(name);
        change.status = fromMap.value_or(StockCells::statusOf(change.rawStatus));
    }
    if (!quantity.isEmpty() && !change.available) {
        qCDebug(lcAirtableMapping) << "Record" << recordId << "of" << context.source.id
                                   << "has no number in its stock quantity column:" << quantity;
    }
    change.occurredAt = context.occurredAt;
    return change;
}

} // namespace AirtableRecord

} // namespace Tidings
