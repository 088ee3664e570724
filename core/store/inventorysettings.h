#pragma once

#include <QString>

namespace Tidings::InventorySettings {

// Rows of the settings table the inventory reads (values are decimal text).
// The shop's low-stock threshold, for products without their own (StockPolicy::DefaultThreshold when unset).
inline QString lowStockThresholdKey()
{
    return QStringLiteral("low_stock_threshold");
}

// At most this many waiting customers are told per restock when the platform gives no quantity; with a
// quantity, no more than the quantity back either.
inline QString backInStockLimitKey()
{
    return QStringLiteral("back_in_stock_limit");
}

constexpr int DefaultBackInStockLimit = 50;

} // namespace Tidings::InventorySettings
