#pragma once

#include "model/orderevent.h"

#include <QList>
#include <QString>

namespace Tidings {

// An order's line items as the store keeps them: a compact JSON array of {sku, name, quantity, price}.
QString lineItemsToJson(const QList<LineItem> &items);
QList<LineItem> lineItemsFromJson(const QString &json);

} // namespace Tidings
