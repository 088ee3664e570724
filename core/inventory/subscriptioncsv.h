#pragma once

#include "model/stocksubscription.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidings {

struct SubscriptionCsv
{
    QList<StockSubscription> rows; // in the file's order
    // One sentence per line that was left out, in the owner's words, with its line number.
    QStringList problems;
};

// Reads a back-in-stock list exported from a shop or a form tool: comma, semicolon or tab separated, quoted
// fields as in RFC 4180, a header row naming the columns (any order, any case): "sku" (also "product sku",
// "variant sku") and "email" (also "e-mail", "email address") are required; "name", "language" (or "locale")
// and "subscribed at" (also "date", "created at"; ISO 8601) are optional. At most `maxRows` rows are read.
SubscriptionCsv parseSubscriptionCsv(const QByteArray &data, int maxRows = 100000);

} // namespace Tidings
