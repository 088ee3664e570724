#pragma once

#include "model/statuses.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Tidings {

// One normalized change of a product's stock level, whatever platform reported it. Ids are strings.
// A platform that only says "in stock / out of stock" leaves `available` empty and sets `status`;
// one that sends a quantity sets `available` and may leave `status` Unknown (it is derived later from
// the quantity and the owner's threshold).
struct StockChange
{
    QString sourceId;
    QString sourceType;
    QString productId; // the platform's product (or inventory item) id
    QString variantId; // when the platform tracks variants separately
    QString sku;
    QString productName;
    QString locationId; // warehouse or location, when the platform has several
    std::optional<qint64> available;
    StockStatus status = StockStatus::Unknown;
    QString rawStatus;    // the platform's own words, e.g. "instock", "outofstock"
    QDateTime occurredAt; // UTC

    // What identifies the stock level this change is about: product, variant and location.
    QString key() const { return productId + u'/' + variantId + u'@' + locationId; }
};

} // namespace Tidings

Q_DECLARE_METATYPE(Tidings::StockChange)
