#pragma once

#include "model/orderevent.h"
#include "model/stockchange.h"
#include "sources/sourceconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Tidings {

// How an Airtable source's options turn a record's cells into an OrderEvent or a StockChange. Shared by the
// webhook payload fetcher (cells keyed by field id) and the list-records poller (cells keyed by name, or by id):
//
//   fieldMap   {"<column id or name>": "orderId" | "orderNumber" | "customerName" | "customerEmail" |
//               "orderStatus" | "carrier" | "trackingNumber" | "trackingUrl" | "totalPrice" | "currency" |
//               "sku" | "productName" | "stockQuantity" | "stockStatus" | "location"}
//              Without an orderId column the record id ("rec…") is the order id. A record with a sku and a
//              stockQuantity or stockStatus value but no orderId value is a product's stock, not an order
//              (see stockChange()); a record with only stock columns filled is never an order.
//   statusMap  {"<status word>": "<normalized order or shipment status>"}, any letter case. A word that is
//              itself a status name ("Shipped") needs no entry; anything else is Unknown with the raw word kept.
//   tableId    optional: only records of this table count (webhook payloads name every changed table).
struct AirtableMapping
{
    QHash<QString, QString> byFieldId;                       // "fld…" → target
    QHash<QString, QString> byName;                          // column name → target
    QHash<QString, QHash<QString, QString>> resolvedByTable; // table id → field id → target, from names
    QHash<QString, QString> statuses;                        // folded word → normalized name
    QString tableId;
    bool mapsOrderId = false;
    bool mapsStock = false; // a sku column and a stockQuantity or stockStatus column

    // The source's fieldMap, statusMap and tableId options; targets that are not mappable are left out and
    // listed in `ignored` when given.
    static AirtableMapping fromOptions(const SourceConfig &source, QStringList *ignored = nullptr);

    // Field id → target for the records of one table: the ids in the map, and the names resolved for it.
    QHash<QString, QString> targetsFor(const QString &tableId) const;
};

namespace AirtableRecord {

// What the events of one record carry besides its cells.
struct Context
{
    const SourceConfig &source;
    const AirtableMapping &mapping;
    const QHash<QString, QString> &targets; // cell key → target, keys as in `values`
    QString sourceEventId;
    QDateTime occurredAt;
    QByteArray rawPayload;
    QString topic;
};

// Every target a fieldMap may name.
const QStringList &mappableFields();

// True for an Airtable id: `prefix` ("app", "tbl", "fld", "rec", …) and 14 letters and digits.
bool isAirtableId(const QString &text, QStringView prefix);

// An option holding a JSON object, given either as an object or as JSON text (as the window stores it).
QJsonObject objectOption(const QJsonObject &options, QLatin1StringView key);

// The text of a cell, in the webhook (V2) format or the list-records JSON format: text, numbers, checkboxes
// as they are; single selects and collaborators as their name; barcodes as their text; lists (lookups,
// multiple selects) joined with ", ".
QString cellText(const QJsonValue &value);

// The order (and, with a tracking number or link, the shipment: one row, one parcel, shipment id = record
// id) of one record, or nullopt when none of the mapped order cells has a value (not an order row: stock
// columns do not count) or the mapped order id cell is empty. Ask stockChange() first.
std::optional<OrderEvent> event(const QString &recordId, const QJsonObject &values, const Context &context);

// The stock level of one record: when its sku cell and its stockQuantity or stockStatus cell have a value and
// its orderId cell (when mapped) has none. productId = sku, no variant, locationId from "location". The
// quantity is a whole number (a decimal rounded down; text that is no number gives none); the status goes
// through statusMap, then the usual words in any case ("In stock", "Low", "Out of stock", "Sold out",
// "Backorder" → out of stock), rawStatus keeping the cell as written; with only a quantity it stays Unknown
// (the store derives it). occurredAt is the context's (invalid when the caller has no time for the record:
// the scheduler then compares the level with the stored one). nullopt when the record is no stock row.
std::optional<StockChange> stockChange(const QString &recordId, const QJsonObject &values, const Context &context);

} // namespace AirtableRecord

} // namespace Tidings
