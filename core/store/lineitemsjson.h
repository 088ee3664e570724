#pragma once

#include "model/orderevent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tidings {

// An order's line items as the store keeps them: a compact JSON array of {sku, name, quantity, price}, as
// UTF-8 text. Written directly: it is stored with every order the writer saves.
QByteArray lineItemsToJson(const QList<LineItem> &items);
QList<LineItem> lineItemsFromJson(const QString &json);

} // namespace Tidings
