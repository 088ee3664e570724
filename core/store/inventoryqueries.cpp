#include "store/inventoryqueries.h"

#include "store/database.h"
#include "store/inventorysettings.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct InventoryText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::InventoryQueries)
};

Error readError(const QSqlQuery &query)
{
    return Database::storageError(InventoryText::tr("Tidings could not read the stock levels."),
                                  query.lastError().text());
}

Error writeError(const QString &what, const QString &sqlError)
{
    return Database::storageError(what, sqlError);
}

std::optional<qint64> numberOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QDateTime timeOrInvalid(const QVariant &value)
{
    const qint64 ms = value.toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// The columns products() and product() read, in ProductRow's order; "?" is the shop's threshold.
const QString productColumns =
    u"SELECT p.product_key, p.sku, p.name, p.available, p.status, p.threshold, p.alert, p.updated_at,"
    " (SELECT count(*) FROM stock_levels l WHERE l.product_key = p.product_key),"
    " (SELECT count(*) FROM stock_subscriptions s WHERE s.product_key = p.product_key AND s.notified_at IS NULL),"
    " (SELECT count(*) FROM stock_subscriptions s WHERE s.product_key = p.product_key AND s.notified_at IS NOT NULL)"
    " FROM products p"_s;

ProductRow productFrom(const QSqlQuery &q, int shopThreshold)
{
    ProductRow row;
    row.key = q.value(0).toString();
    row.sku = q.value(1).toString();
    row.name = q.value(2).toString();
    row.available = numberOrNone(q.value(3));
    row.status = stockStatusFromName(q.value(4).toString()).value_or(StockStatus::Unknown);
    if (!q.value(5).isNull()) {
        row.threshold = q.value(5).toInt();
    }
    row.effectiveThreshold = row.threshold.value_or(shopThreshold);
    row.alert = stockAlertFromName(q.value(6).toString());
    row.updatedAt = timeOrInvalid(q.value(7));
    row.locations = q.value(8).toInt();
    row.waiting = q.value(9).toInt();
    row.notified = q.value(10).toInt();
    return row;
}

QString likePattern(const QString &search)
{
    QString escaped = search.trimmed();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

InventoryQueries::InventoryQueries(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<int> InventoryQueries::defaultThreshold() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(InventorySettings::lowStockThresholdKey());
    if (!q.exec()) {
        return readError(q);
    }
    if (q.next()) {
        bool ok = false;
        const int value = q.value(0).toString().toInt(&ok);
        if (ok && value >= 0) {
            return value;
        }
    }
    return StockPolicy::DefaultThreshold;
}

Status InventoryQueries::setDefaultThreshold(int threshold)
{
    if (threshold < 0) {
        return Error::make(ErrorCode::InvalidInput, InventoryText::tr("A low-stock threshold cannot be below zero."));
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(InventorySettings::lowStockThresholdKey());
    q.addBindValue(QString::number(threshold));
    if (!q.exec()) {
        return writeError(InventoryText::tr("Tidings could not save the shop's low-stock threshold."),
                          q.lastError().text());
    }
    // Products without their own threshold take the new one at once.
    QSqlQuery levels(m_db);
    levels.prepare(u"UPDATE products SET status = CASE WHEN available <= 0 THEN 'out_of_stock'"
                   " WHEN available <= ? THEN 'low_stock' ELSE 'in_stock' END"
                   " WHERE threshold IS NULL AND available IS NOT NULL"_s);
    levels.addBindValue(threshold);
    if (!levels.exec()) {
        return writeError(InventoryText::tr("Tidings could not save the shop's low-stock threshold."),
                          levels.lastError().text());
    }
    return {};
}

Result<QList<ProductRow>> InventoryQueries::products(const QString &search, int limit) const
{
    const auto shop = defaultThreshold();
    if (!shop) {
        return shop.error();
    }
    QSqlQuery q(m_db);
    const bool filtered = !search.trimmed().isEmpty();
    q.prepare(productColumns +
              (filtered ? u" WHERE p.sku LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\' OR p.product_key LIKE ? "
                          "ESCAPE '\\'"_s
                        : QString()) +
              u" ORDER BY CASE WHEN p.sku <> '' THEN p.sku ELSE p.name END COLLATE NOCASE LIMIT ?"_s);
    if (filtered) {
        const QString pattern = likePattern(search);
        q.addBindValue(pattern);
        q.addBindValue(pattern);
        q.addBindValue(pattern);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        return readError(q);
    }
    QList<ProductRow> rows;
    while (q.next()) {
        rows.append(productFrom(q, *shop));
    }
    return rows;
}

Result<ProductRow> InventoryQueries::product(const QString &key) const
{
    const auto shop = defaultThreshold();
    if (!shop) {
        return shop.error();
    }
    QSqlQuery q(m_db);
    q.prepare(productColumns + u" WHERE p.product_key = ?"_s);
    q.addBindValue(key);
    if (!q.exec()) {
        return readError(q);
    }
    if (!q.next()) {
        return Error::make(ErrorCode::NotFound, InventoryText::tr("Tidings knows no product %1.").arg(key));
    }
    return productFrom(q, *shop);
}

Result<QList<StockHistoryRow>> InventoryQueries::history(const QString &key, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT occurred_at, source_id, location_id, available, total, status, raw_status, triggers,"
              " customers_told FROM stock_history WHERE product_key = ? ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(key);
    q.addBindValue(limit);
    if (!q.exec()) {
        return readError(q);
    }
    QList<StockHistoryRow> rows;
    while (q.next()) {
        StockHistoryRow row;
        row.occurredAt = timeOrInvalid(q.value(0));
        row.sourceId = q.value(1).toString();
        row.locationId = q.value(2).toString();
        row.available = numberOrNone(q.value(3));
        row.total = numberOrNone(q.value(4));
        row.status = stockStatusFromName(q.value(5).toString()).value_or(StockStatus::Unknown);
        row.rawStatus = q.value(6).toString();
        row.triggers = q.value(7).toString().split(u' ', Qt::SkipEmptyParts);
        row.customersTold = q.value(8).toInt();
        rows.append(row);
    }
    return rows;
}

Status InventoryQueries::setThreshold(const QString &key, std::optional<int> threshold)
{
    if (threshold && *threshold < 0) {
        return Error::make(ErrorCode::InvalidInput, InventoryText::tr("A low-stock threshold cannot be below zero."));
    }
    const auto shop = defaultThreshold();
    if (!shop) {
        return shop.error();
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE products SET threshold = ?, status = CASE WHEN available IS NULL THEN status"
              " WHEN available <= 0 THEN 'out_of_stock' WHEN available <= ? THEN 'low_stock' ELSE 'in_stock' END"
              " WHERE product_key = ?"_s);
    q.addBindValue(threshold ? QVariant(*threshold) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(threshold.value_or(*shop));
    q.addBindValue(key);
    if (!q.exec()) {
        return writeError(InventoryText::tr("Tidings could not save the low-stock threshold of %1.").arg(key),
                          q.lastError().text());
    }
    if (q.numRowsAffected() == 0) {
        return Error::make(ErrorCode::NotFound, InventoryText::tr("Tidings knows no product %1.").arg(key));
    }
    return {};
}

Result<SubscriptionImport> InventoryQueries::importSubscriptions(const QList<StockSubscription> &rows,
                                                                 const QDateTime &now)
{
    const QString failed = InventoryText::tr("Tidings could not save the waiting customers; none were added.");
    Transaction transaction(m_db);
    if (!transaction.begun()) {
        return writeError(failed, transaction.beginError());
    }
    SubscriptionImport outcome;
    QString error;
    if (!insertStockSubscriptions(m_db, rows, now.toMSecsSinceEpoch(), &outcome, &error)) {
        return writeError(failed, error);
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return outcome;
}

} // namespace Tidings
