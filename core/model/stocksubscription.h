#pragma once

#include <QDateTime>
#include <QString>

namespace Tidings {

// A customer waiting to be told when a product is back in stock: imported from a CSV file, or sent by a source
// as a subscribe event (a form through Zapier, say).
struct StockSubscription
{
    QString sku;
    QString email;
    QString name;
    QString language;       // two-letter code, or empty: the shop's customer language
    QDateTime subscribedAt; // UTC; invalid: when it arrived (the order it arrived in is kept)
};

} // namespace Tidings
