#pragma once

#include "config/appconfig.h"
#include "inventory/stockpolicy.h"
#include "model/orderevent.h"
#include "model/stockchange.h"
#include "store/sqlitestatement.h"
#include "store/statementcache.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidings {

// The inventory half of ingest, on the ingest writer's connection and inside its transaction: stock levels
// per location, each product's level over all of them, staff alerts once per crossing (StockPolicy), customers
// waiting for a product told once each when it is back, and orders held by a backorder.
class StockLedger final
{
public:
    explicit StockLedger(QSqlDatabase db);

    // Saves one change at its location. The SKU and name the platform left out are filled in from what the
    // store knew of the item. `saved` is false when the change is older than the level stored (nothing changed).
    // False (with `error`) when SQLite failed.
    bool saveLevel(StockChange *change, qint64 now, bool *saved, QString *error);

    // What the saved changes of one product did to it, over every source and location that reports it.
    struct Applied
    {
        QString productKey;
        QList<StockChange> changes; // the product's changes in this delivery, in order (at least one)
        ProductStock before;
        StockTransition transition; // `after`, and the triggers for rules
        int threshold = StockPolicy::DefaultThreshold;
    };

    // Moves the product's level after saveLevel() saved `changes` (all of product `productKey`).
    bool evaluate(const QString &productKey, const QList<StockChange> &changes, qint64 now, Applied *applied,
                  QString *error);

    struct Queued
    {
        int notifications = 0;
        QStringList summary; // for the Monitor, in the owner's words
    };

    // After the raw event `eventId` is written: a history row per change and, unless `suppress`, the messages the rules
    // ask for. Staff rules get one message per trigger; customer rules for back in stock get one per waiting
    // customer, in the order they subscribed, at most the quantity back (and the shop's limit).
    bool queue(const Applied &applied, qint64 eventId, const QList<RuleConfig> &rules,
               const QList<ChannelConfig> &channels, qint64 now, bool suppress, Queued *queued, QString *error);

    // The items of an order placed at `orderedAt` whose product had run out before then (as Tidings learned it:
    // a product that ran out by this very order is not waited for).
    bool backorderedItems(const QList<LineItem> &items, qint64 orderedAt, QList<LineItem> *backordered, QString *error);
    // Remembers an order held by a backorder (the first time only).
    bool saveBackorder(const QString &sourceId, const QString &orderId, const QList<LineItem> &items, qint64 now,
                       QString *error);
    // The items an order was held for; empty when it was not.
    bool backorderOf(const QString &sourceId, const QString &orderId, QList<LineItem> *items, QString *error);

    // The key of a product: its SKU, or "<source>:<product>/<variant>" when the platform gives none.
    static QString productKey(const StockChange &change);

private:
    bool relink(const StockChange &change, QString *error);
    QSqlQuery *statement(const QString &sql, QString *error);
    std::optional<int> settingNumber(const QString &key, QString *error);

    QSqlDatabase m_db;
    StatementCache m_statements;
    // The two lookups of every new order, on SQLite's own interface (see SqliteStatement).
    SqliteStatement m_findOutOfStock;
    SqliteStatement m_findBackorder;
};

} // namespace Tidings
