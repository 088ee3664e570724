#pragma once

#include "inventory/stockpolicy.h"
#include "inventory/subscriptioncsv.h"
#include "model/result.h"
#include "model/statuses.h"
#include "store/stocksubscriptions.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Tidings {

// One product on the Inventory page (products table, with its subscribers counted).
struct ProductRow
{
    QString key; // the SKU, or for a product the platform gives none: "<source>:<product>/<variant>"
    QString sku;
    QString name;
    std::optional<qint64> available; // over all locations; empty: the platform gives no quantity
    StockStatus status = StockStatus::Unknown;
    std::optional<int> threshold; // the product's own low-stock threshold; empty: the shop's
    int effectiveThreshold = StockPolicy::DefaultThreshold;
    StockAlert alert = StockAlert::None; // what staff were last told
    int locations = 0;                   // stock levels known (per source and location)
    int waiting = 0;                     // back-in-stock subscribers not told yet
    int notified = 0;                    // subscribers told
    QDateTime updatedAt;                 // the last stock change, UTC; invalid for a product only subscribed to
};

// One stock change of a product, newest first on the page.
struct StockHistoryRow
{
    QDateTime occurredAt; // UTC
    QString sourceId;
    QString locationId;
    std::optional<qint64> available;           // at that location, as reported
    std::optional<qint64> total;               // the product's total after the change
    StockStatus status = StockStatus::Unknown; // the product's level after the change
    QString rawStatus;                         // the platform's own words
    QStringList triggers;                      // what it set off ("stock.status:low_stock", ...)
    int customersTold = 0;                     // back-in-stock messages queued by this change
};

// The Inventory page's reads and the owner's edits, on the GUI thread's connection. The ingest writer sees
// the edits at its next stock change (it reads thresholds and subscribers from the store).
class InventoryQueries final
{
public:
    explicit InventoryQueries(QSqlDatabase db);

    // Products whose SKU or name contains `search` (any case), by SKU, at most `limit`.
    Result<QList<ProductRow>> products(const QString &search = {}, int limit = 1000) const;
    Result<ProductRow> product(const QString &key) const;
    Result<QList<StockHistoryRow>> history(const QString &key, int limit = 200) const;

    // The shop's low-stock threshold (settings "low_stock_threshold"), for products without their own.
    Result<int> defaultThreshold() const;
    Status setDefaultThreshold(int threshold);
    // A product's own threshold (0 or more), or none to use the shop's. The product's level is re-evaluated
    // at once (no alert is sent for that: alerts follow stock changes).
    Status setThreshold(const QString &key, std::optional<int> threshold);

    // Adds waiting customers in the given order; a product not seen yet is listed from now on (no stock known).
    Result<SubscriptionImport> importSubscriptions(const QList<StockSubscription> &rows, const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace Tidings
