#include "store/stocksubscriptions.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Tidings {

using namespace Qt::StringLiterals;

bool insertStockSubscriptions(const QSqlDatabase &db, const QList<StockSubscription> &rows, qint64 nowMs,
                              SubscriptionImport *outcome, QString *error)
{
    QSqlQuery product(db);
    QSqlQuery insert(db);
    if (!product.prepare(u"INSERT OR IGNORE INTO products(product_key, sku, updated_at) VALUES(?, ?, 0)"_s) ||
        !insert.prepare(u"INSERT OR IGNORE INTO stock_subscriptions(product_key, email, name, language,"
                        " subscribed_at) VALUES(?, ?, ?, ?, ?)"_s)) {
        *error = product.lastError().isValid() ? product.lastError().text() : insert.lastError().text();
        return false;
    }
    qint64 next = nowMs;
    for (const StockSubscription &row : rows) {
        const QString key = row.sku.trimmed();
        product.addBindValue(key);
        product.addBindValue(key);
        if (!product.exec()) {
            *error = product.lastError().text();
            return false;
        }
        insert.addBindValue(key);
        insert.addBindValue(row.email.trimmed());
        insert.addBindValue(row.name.trimmed().isNull() ? u""_s : row.name.trimmed());
        insert.addBindValue(row.language.isNull() ? u""_s : row.language);
        insert.addBindValue(row.subscribedAt.isValid() ? row.subscribedAt.toMSecsSinceEpoch() : next++);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        if (insert.numRowsAffected() > 0) {
            ++outcome->added;
        } else {
            ++outcome->alreadyWaiting;
        }
    }
    return true;
}

} // namespace Tidings
