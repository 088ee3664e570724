#pragma once

#include "model/statuses.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Tidings {

// Which alert a product's staff were last told of, so each crossing is told once. It is set when an alert goes
// out and cleared ("re-armed") only when stock is well above the threshold again (StockPolicy::rearmLevel), so
// a quantity wobbling around the threshold (4, 5, 4, 5 as orders and returns come in) alerts once, not at
// every update.
enum class StockAlert {
    None,
    Low,
    Out,
};

QString toName(StockAlert alert);
StockAlert stockAlertFromName(QStringView name); // None for anything else

// A product's stock, as the store keeps it (products table).
struct ProductStock
{
    std::optional<qint64> available;           // summed over locations; empty when the platform gives no quantity
    StockStatus status = StockStatus::Unknown; // InStock, LowStock or OutOfStock once known
    StockAlert alert = StockAlert::None;
};

// What one update did to a product.
struct StockTransition
{
    ProductStock after;
    // For rules: "stock.status:low_stock", "stock.status:out_of_stock", "stock.status:back_in_stock".
    QStringList triggers;
    bool restocked = false; // out of stock before, available now: waiting customers can be told
};

// The rules of stock levels and staff alerts, without the store (unit-tested on their own).
namespace StockPolicy {

// The shop's low-stock threshold when the owner has set none.
constexpr int DefaultThreshold = 5;

// InStock, LowStock (at or below `threshold`, above zero) or OutOfStock (zero or less). Without a quantity,
// the platform's own status (`reported`): BackInStock counts as InStock; Unknown stays Unknown.
StockStatus levelOf(std::optional<qint64> available, int threshold, StockStatus reported);

// The quantity above which an alert is re-armed: the threshold plus a margin of a fifth of it (at least one).
qint64 rearmLevel(int threshold);

// From `before` to a new quantity (or platform status): the new level, the alert state, and what to tell.
// Low stock is told when the level first falls to low; out of stock when it first reaches zero (a fall
// straight from plenty to zero tells only "out of stock"). Back in stock is told when a product that was out
// of stock has some again.
StockTransition apply(const ProductStock &before, std::optional<qint64> available, StockStatus reported, int threshold);

} // namespace StockPolicy

} // namespace Tidings
