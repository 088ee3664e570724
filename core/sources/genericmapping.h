#pragma once

#include "model/orderevent.h"
#include "model/statuses.h"
#include "model/stockchange.h"
#include "model/stocksubscription.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidings {

// Where the fields of a generic JSON webhook are, and how its words for statuses read in Tidings' vocabulary.
// Used by GenericAdapter for every delivery and by the mapping editor's "Test with this sample" button: both
// go through read(), so what the test shows is what a webhook gives.
//
// The source's options hold:
//   "mapping":   { "<field>": "<path>" }: a JSON pointer ("/order/id") or a dotted path ("order.id",
//                "items.0.sku"), see fields(). lineItems names an array; itemSku, itemName, itemQuantity and
//                itemPrice are paths inside each of its entries. When absent, the preset's mapping is used
//                (presetMapping()); the recommended contract for no preset.
//   "statusMap": { "<their word>": "<normalized name>" } for order, shipment and stock statuses alike
//                (case-insensitive: "Dispatched": "shipped"), plus optional sections "order", "shipment" and
//                "stock" holding the same kind of object for words that mean different things in each (NetSuite's
//                "C" is a cancelled order but a shipped fulfillment). A word in no map that is already a normalized
//                name ("shipped", "Out for delivery") counts as that name; any other gives Unknown, raw kept.
//   "preset":    which sender the source was set up for; chooses the default mapping and status map.
//
// A body that is a JSON array holds one event per entry. A form body (Zapier's "Form" payload) becomes an
// object first: "customer__email" and "customer[email]" both nest as customer.email.
//
// An entry whose event name (topic) is "stock.subscribe" is a customer asking to be told when a product is back
// in stock: a StockSubscription of its sku (or productId), customerEmail, name and customerLocale, at occurredAt.
// An entry becomes a StockChange instead of an OrderEvent when the mapping names a stock field and the entry
// has a product id or SKU but no order id. Every event needs an order id; every stock change a product id or
// SKU. The dedup id is the mapped eventId, or "<orderId>:<occurredAt>:<status>:<trackingNumber>" (stock:
// "<product>:<occurredAt>:<available>:<status>") when the sender sends none.
class GenericMapping final
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::GenericMapping)

public:
    enum class FieldGroup {
        Event,
        Order,
        Customer,
        Shipment,
        Items,
        Stock,
    };

    struct Field
    {
        QString name; // key in the mapping, e.g. "orderId"
        FieldGroup group = FieldGroup::Order;
        QString label; // translated, e.g. "Order id"
        QString help;  // translated, one sentence
        bool required = false;
    };

    // What one body gave. problems are owner-readable sentences that stop the delivery (or the test);
    // notes are things worth knowing that do not (a field not found, a status word not in the map).
    struct Outcome
    {
        QList<OrderEvent> events;
        QList<StockChange> stockChanges;
        QList<StockSubscription> subscriptions;
        QStringList eventIds; // the dedup id of every entry that gave an event or a stock change, in body order
        QStringList problems;
        QStringList notes;

        bool ok() const { return problems.isEmpty(); }
    };

    // Every field a mapping can name, in the order the editor lists them.
    static const QList<Field> &fields();
    static bool isField(const QString &name);
    static QString groupName(FieldGroup group); // translated

    // The presets' defaults: "zapier", "powerautomate", "klaviyo" and "custom" use the recommended contract;
    // "googlesheets" reads the row the Apps Script sends by column name; "netsuite" reads the SuiteScript's body.
    static QJsonObject presetMapping(const QString &preset);
    static QJsonObject presetStatusMap(const QString &preset);

    // From a source's options (see above). Options without "mapping" use presetMapping(options.preset).
    explicit GenericMapping(const QJsonObject &options = {});

    QJsonObject mapping() const { return m_mapping; }

    QJsonObject statusMap() const { return m_statusMap; }

    // The path for `field`, or an empty string when it is not mapped.
    QString path(const QString &field) const;

    // Reads a delivery's body. `form` is true for application/x-www-form-urlencoded bodies. An entry without a
    // time gets `receivedAt`.
    Outcome read(const QByteArray &body, bool form, const QDateTime &receivedAt) const;

    // Reads a sample the owner pasted (JSON, or form text), as read() would, and also reports mistakes in the
    // mapping itself (an unknown field name, a status map target that is no status) as problems. Problems
    // speak of "the sample".
    Outcome tryOn(const QByteArray &sample) const;

    OrderStatus orderStatusFor(const QString &raw) const;
    ShipmentStatus shipmentStatusFor(const QString &raw) const;
    StockStatus stockStatusFor(const QString &raw) const;

private:
    enum class Wording {
        Request,
        Sample,
    };

    QString mapped(const QHash<QString, QString> &section, const QString &raw) const;
    QStringList configurationProblems() const;
    Outcome readBody(const QByteArray &body, bool form, const QDateTime &receivedAt, Wording wording) const;
    void readEntry(const QJsonObject &entry, int index, const QDateTime &receivedAt, Wording wording,
                   Outcome &outcome) const;

    QJsonObject m_mapping;
    QJsonObject m_statusMap;
    // Case-folded word → normalized name, per section.
    QHash<QString, QString> m_anyStatus;
    QHash<QString, QString> m_orderStatus;
    QHash<QString, QString> m_shipmentStatus;
    QHash<QString, QString> m_stockStatus;
};

} // namespace Tidings
