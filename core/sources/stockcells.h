#pragma once

#include "model/statuses.h"

#include <QString>

#include <optional>

// A product's stock as people write it in a cell of a spreadsheet or an Airtable base.
namespace Tidings::StockCells {

// A stock quantity as a sheet shows it: "12", "12.0", "1,234", "1.234,5", "7 pcs". A decimal is rounded down
// (2.75 metres of cloth: 2 whole ones); text that is no number gives none.
std::optional<qint64> quantityOf(const QString &text);

// The stock status an owner's words mean, any case: "In stock", "Available" → InStock; "Low" → LowStock;
// "Out of stock", "Sold out", "Backorder", "Unavailable" → OutOfStock; "Back in stock" → BackInStock; also
// Tidings' own names ("out_of_stock"). Anything else is Unknown.
StockStatus statusOf(const QString &text);

} // namespace Tidings::StockCells
