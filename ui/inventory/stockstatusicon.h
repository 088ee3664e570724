#pragma once

#include "model/statuses.h"

#include <QColor>
#include <QIcon>

namespace Tidings::Ui {

// The colour of a stock level: green in stock, amber low, red out of stock, grey unknown.
QColor stockStatusColor(StockStatus status);

// A small dot in that colour, beside the level's word (the word says it too: colour is not the only sign).
QIcon stockStatusIcon(StockStatus status);

} // namespace Tidings::Ui
