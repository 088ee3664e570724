#pragma once

#include "model/orderevent.h"
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

// How an Airtable source's options turn a record's cells into an OrderEvent. Shared by the webhook payload
// fetcher (cells keyed by field id) and the list-records poller (cells keyed by name, or by id):
//
//   fieldMap   {"<column id or name>": "orderId" | "orderNumber" | "customerName" | "customerEmail" |
//               "orderStatus" | "carrier" | "trackingNumber" | "trackingUrl" | "totalPrice" | "currency"}
//              Without an orderId column the record id ("rec…") is the order id.
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
// id) of one record, or nullopt when none of the mapped cells has a value (not an order row) or the mapped
// order id cell is empty.
std::optional<OrderEvent> event(const QString &recordId, const QJsonObject &values, const Context &context);

} // namespace AirtableRecord

} // namespace Tidings
