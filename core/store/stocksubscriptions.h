#pragma once

#include "model/stocksubscription.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Tidings {

struct SubscriptionImport
{
    int added = 0;
    int alreadyWaiting = 0; // the same customer already waits for the same product: kept once
};

// Adds waiting customers to stock_subscriptions in the given order, inside the caller's transaction; a product
// not seen yet is listed from now on (products, no stock known). Rows without a time get `nowMs`, each a
// millisecond after the one before, so they keep their order. False (with SQLite's words in `error`) on failure.
bool insertStockSubscriptions(const QSqlDatabase &db, const QList<StockSubscription> &rows, qint64 nowMs,
                              SubscriptionImport *outcome, QString *error);

} // namespace Tidings
