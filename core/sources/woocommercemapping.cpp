#include "sources/woocommercemapping.h"

#include "sources/payloadfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::WooCommerce {

namespace {

using namespace Payload;

struct Mapping
{
    QStringView raw;
    std::optional<OrderStatus> status; // nullopt: ignore the order
};

// Core statuses, then the ones shipping plugins add (Advanced Shipment Tracking and others).
constexpr Mapping builtIn[] = {
    {u"pending", OrderStatus::Pending},
    {u"processing", OrderStatus::Paid},
    {u"on-hold", OrderStatus::OnHold},
    {u"completed", OrderStatus::Shipped},
    {u"cancelled", OrderStatus::Cancelled},
    {u"refunded", OrderStatus::Refunded},
    {u"failed", OrderStatus::Failed},
    {u"shipped", OrderStatus::Shipped},
    {u"partial-shipped", OrderStatus::PartiallyShipped},
    {u"partially-shipped", OrderStatus::PartiallyShipped},
    {u"delivered", OrderStatus::Delivered},
    {u"trash", std::nullopt},
    {u"checkout-draft", std::nullopt},
    {u"auto-draft", std::nullopt},
    {u"draft", std::nullopt},
};

void addTracking(const QJsonValue &value, QList<Tracking> &found, QSet<QString> &seen, int depth);

void addEntry(const QJsonObject &entry, QList<Tracking> &found, QSet<QString> &seen)
{
    Tracking tracking;
    tracking.number = field(entry, "tracking_number"_L1);
    if (tracking.number.isEmpty() || seen.contains(tracking.number)) {
        return;
    }
    tracking.id = field(entry, "tracking_id"_L1);
    tracking.carrier = firstNonEmpty({field(entry, "custom_tracking_provider"_L1), field(entry, "tracking_provider"_L1),
                                      field(entry, "carrier"_L1)});
    // A predefined provider leaves custom_tracking_link empty; Advanced Shipment Tracking may store the
    // link it built. Without either, the link stays empty (no provider table here).
    tracking.url = webUrl(firstNonEmpty(
        {field(entry, "custom_tracking_link"_L1), field(entry, "formatted_tracking_link"_L1),
         field(entry, "ast_tracking_link"_L1), field(entry, "tracking_url"_L1), field(entry, "tracking_link"_L1)}));
    seen.insert(tracking.number);
    found.append(tracking);
}

void addTracking(const QJsonValue &value, QList<Tracking> &found, QSet<QString> &seen, int depth)
{
    if (depth > 2) {
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains("tracking_number"_L1)) {
            addEntry(object, found, seen);
            return;
        }
        for (const QJsonValue &member : object) { // {"0": {...}, "2": {...}}
            addTracking(member, found, seen, depth + 1);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            addTracking(element, found, seen, depth + 1);
        }
    } else {
        const QString number = scalarText(value).trimmed();
        if (!number.isEmpty() && !value.isBool() && !seen.contains(number)) {
            seen.insert(number);
            found.append(Tracking{{}, number, {}, {}});
        }
    }
}

// "41.93" → {4193, 2}. Plain decimals only: no exponent, no thousands separator.
struct Decimal
{
    qint64 units = 0;
    int decimals = 0;
};

std::optional<Decimal> parseDecimal(const QString &text)
{
    static constexpr qint64 limit = qint64(1) << 50; // far beyond any order, far from overflow
    Decimal value;
    bool negative = false;
    bool point = false;
    bool digits = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == 0 && c == u'-') {
            negative = true;
        } else if (c == u'.' && !point) {
            point = true;
        } else if (c.isDigit() && value.units < limit && value.decimals < 6) {
            value.units = value.units * 10 + c.digitValue();
            value.decimals += point ? 1 : 0;
            digits = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits) {
        return std::nullopt;
    }
    value.units = negative ? -value.units : value.units;
    return value;
}

qint64 scaled(const Decimal &value, int decimals)
{
    qint64 units = value.units;
    for (int i = value.decimals; i < decimals; ++i) {
        units *= 10;
    }
    return units;
}

} // namespace

QString unitPrice(const QJsonObject &lineItem, bool pricesIncludeTax)
{
    const QString fallback = field(lineItem, "price"_L1);
    const qint64 quantity = lineItem.value("quantity"_L1).toInteger(0);
    const auto total = parseDecimal(field(lineItem, "total"_L1));
    const auto tax = pricesIncludeTax ? parseDecimal(field(lineItem, "total_tax"_L1)) : Decimal{};
    if (quantity <= 0 || quantity > 1'000'000 || !total || !tax) {
        return fallback;
    }
    const int decimals = std::max(total->decimals, tax->decimals);
    const qint64 sum = scaled(*total, decimals) + scaled(*tax, decimals);
    if (sum < 0) {
        return fallback;
    }
    // One division, half up, straight to total's decimals.
    qint64 divisor = quantity;
    for (int i = total->decimals; i < decimals; ++i) {
        divisor *= 10;
    }
    const qint64 unit = (2 * sum + divisor) / (2 * divisor);
    QString text = QString::number(unit);
    if (total->decimals > 0) {
        text = text.rightJustified(total->decimals + 1, u'0');
        text.insert(text.size() - total->decimals, u'.');
    }
    return text;
}

QString statusKey(QStringView raw)
{
    QString key = raw.trimmed().toString().toLower();
    if (key.startsWith("wc-"_L1)) {
        key.remove(0, 3);
    }
    return key;
}

StatusMap statusMapFrom(const QJsonValue &option)
{
    QJsonObject object = option.toObject();
    if (option.isString()) {
        object = QJsonDocument::fromJson(option.toString().toUtf8()).object();
    }
    StatusMap map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = statusKey(it.key());
        QString name = it.value().toString().trimmed();
        if (key.isEmpty() || name.isEmpty()) {
            continue;
        }
        if (name.compare("ignore"_L1, Qt::CaseInsensitive) == 0) {
            map.insert(key, std::nullopt);
            continue;
        }
        name.replace(u'-', u'_').replace(u' ', u'_');
        if (const auto status = orderStatusFromName(name); status && *status != OrderStatus::Unknown) {
            map.insert(key, *status);
        }
    }
    return map;
}

std::optional<OrderStatus> orderStatusFor(QStringView rawStatus, bool hasRefunds, const StatusMap &custom)
{
    const QString key = statusKey(rawStatus);
    std::optional<OrderStatus> status = OrderStatus::Unknown;
    if (const auto found = custom.constFind(key); found != custom.cend()) {
        status = *found;
    } else {
        for (const Mapping &mapping : builtIn) {
            if (mapping.raw == key) {
                status = mapping.status;
                break;
            }
        }
    }
    if (!status) {
        return std::nullopt;
    }
    const bool closed = *status == OrderStatus::Refunded || *status == OrderStatus::Cancelled ||
                        *status == OrderStatus::Failed || *status == OrderStatus::Unknown;
    return hasRefunds && !closed ? OrderStatus::PartiallyRefunded : *status;
}

QString shipmentTrackingMetaKey()
{
    return u"_wc_shipment_tracking_items"_s;
}

QList<Tracking> trackingFrom(const QJsonValue &metaData, const QString &extraKey)
{
    QList<Tracking> found;
    QSet<QString> seen;
    const QString defaultKey = shipmentTrackingMetaKey();
    const QString otherKey = extraKey.trimmed();
    for (const QJsonValue &entry : metaData.toArray()) {
        const QJsonObject meta = entry.toObject();
        const QString key = meta.value("key"_L1).toString();
        if (key.isEmpty() || (key != defaultKey && key != otherKey)) {
            continue;
        }
        addTracking(meta.value("value"_L1), found, seen, 0);
    }
    return found;
}

StockStatus stockStatusFor(QStringView raw)
{
    const QString key = raw.trimmed().toString().toLower();
    if (key == "instock"_L1) {
        return StockStatus::InStock;
    }
    if (key == "outofstock"_L1 || key == "onbackorder"_L1) {
        return StockStatus::OutOfStock;
    }
    return StockStatus::Unknown;
}

} // namespace Tidings::WooCommerce
