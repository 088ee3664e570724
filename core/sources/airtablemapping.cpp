#include "sources/airtablemapping.h"

#include "model/statuses.h"
#include "sources/airtableadapter.h"
#include "sources/payloadfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

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
    static const QStringList fields = {u"orderId"_s,     u"orderNumber"_s, u"customerName"_s,   u"customerEmail"_s,
                                       u"orderStatus"_s, u"carrier"_s,     u"trackingNumber"_s, u"trackingUrl"_s,
                                       u"totalPrice"_s,  u"currency"_s};
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
    QHash<QString, QString> texts;
    bool any = false;
    for (auto it = context.targets.cbegin(); it != context.targets.cend(); ++it) {
        const auto found = values.constFind(it.key());
        if (found == values.constEnd()) {
            continue;
        }
        const QString text = cellText(*found);
        texts.insert(it.value(), text);
        any = any || !text.isEmpty();
    }
    if (!any) {
        return std::nullopt; // not an order row (another table, or no mapped column changed)
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

} // namespace AirtableRecord

} // namespace Tidings
