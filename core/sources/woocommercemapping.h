#pragma once

#include "model/statuses.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

// How WooCommerce's order statuses, tracking meta and stock statuses read in our vocabulary. Kept apart
// from the adapter so the tables can be read (and tested) on their own.
namespace Tidings::WooCommerce {

// "wc-On-Hold" → "on-hold": WooCommerce stores statuses with a "wc-" prefix; the REST API sends them
// without. Lower case, trimmed.
QString statusKey(QStringView raw);

// The owner's `statusMap` option: statusKey(raw) → the status it stands for, or nullopt for "ignore".
using StatusMap = QHash<QString, std::optional<OrderStatus>>;

// Reads `statusMap` from a source's options: a JSON object, or the text of one (the settings page
// stores text). Values are normalized status names ("shipped", "on_hold"; "on-hold" works too) or
// "ignore". Entries that name no status are left out, so the built-in mapping applies to them.
StatusMap statusMapFrom(const QJsonValue &option);

// The normalized status of an order, or nullopt when the order is not worth an event (drafts, trash,
// or a status the owner maps to "ignore"). `custom` wins over the built-in table. A status nobody
// knows gives Unknown. An order with refunds is PartiallyRefunded unless its status is refunded,
// cancelled, failed or unknown.
std::optional<OrderStatus> orderStatusFor(QStringView rawStatus, bool hasRefunds, const StatusMap &custom = {});

// One tracking number found in an order's meta data.
struct Tracking
{
    QString id;      // the plugin's id of the entry (tracking_id), or empty
    QString number;  // never empty
    QString carrier; // the custom provider's name, else the provider slug ("dhl"), else empty
    QUrl url;        // http(s) only
};

// The meta key of the Shipment Tracking extension (also used by Advanced Shipment Tracking).
QString shipmentTrackingMetaKey();

// Every tracking number in an order's `meta_data` array under shipmentTrackingMetaKey() and, when
// given, `extraKey`. A value may be an array of entries, one entry ({tracking_number, ...}), an
// object keyed by index (PHP arrays with gaps), or a bare tracking number. The same number twice
// counts once.
QList<Tracking> trackingFrom(const QJsonValue &metaData, const QString &extraKey = {});

// What one unit of a line item cost the customer, as decimal text: (total + total_tax) / quantity
// when the shop's prices include tax, else total / quantity, rounded half up to the decimals of
// `total` ("41.93" + "7.97" over 2 → "24.95"). WooCommerce's own `price` is a float without tax
// ("20.966387"); it is the fallback when the totals cannot be read.
QString unitPrice(const QJsonObject &lineItem, bool pricesIncludeTax);

// "instock" → InStock, "outofstock" and "onbackorder" → OutOfStock (back-ordered goods are not on
// the shelf), anything else → Unknown.
StockStatus stockStatusFor(QStringView raw);

} // namespace Tidings::WooCommerce
