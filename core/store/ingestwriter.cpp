#include "store/ingestwriter.h"

#include "dispatch/manualnotifications.h"
#include "store/lineitemsjson.h"
#include "store/sqlitestatement.h"
#include "store/stockledger.h"
#include "store/stocksubscriptions.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcIngest, "tidings.ingest")

struct IngestText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::IngestWriter)
};

QString describeTrigger(const QString &trigger)
{
    if (trigger == u"shipment.delayed") {
        return IngestText::tr("Shipment delayed: no news from the carrier");
    }
    if (trigger == u"order.backordered") {
        return IngestText::tr("Order held by a backorder");
    }
    if (trigger == u"stock.status:low_stock") {
        return IngestText::tr("Low stock");
    }
    if (trigger == u"stock.status:out_of_stock") {
        return IngestText::tr("Out of stock");
    }
    if (trigger.startsWith(u"order.status:")) {
        const auto status = orderStatusFromName(QStringView(trigger).mid(13));
        return IngestText::tr("Order: %1").arg(displayName(status.value_or(OrderStatus::Unknown)));
    }
    if (trigger.startsWith(u"shipment.status:")) {
        const auto status = shipmentStatusFromName(QStringView(trigger).mid(16));
        return IngestText::tr("Shipment: %1").arg(displayName(status.value_or(ShipmentStatus::Unknown)));
    }
    return trigger;
}

// One line for the Monitor: "New order (Paid)", "Shipped (In transit)", "Shipment: Delivered".
QString describeChanges(const QStringList &triggers)
{
    const auto statusOf = [&](const QString &prefix) {
        for (const QString &trigger : triggers) {
            if (trigger.startsWith(prefix)) {
                return trigger.mid(prefix.size());
            }
        }
        return QString();
    };
    QStringList parts;
    QStringList rest = triggers;
    if (triggers.contains(u"order.created"_s)) {
        const auto status = orderStatusFromName(statusOf(u"order.status:"_s));
        parts.append(status ? IngestText::tr("New order (%1)").arg(displayName(*status)) : IngestText::tr("New order"));
        rest.removeIf([](const QString &t) { return t == u"order.created" || t.startsWith(u"order.status:"); });
    }
    if (triggers.contains(u"shipment.created"_s)) {
        const auto status = shipmentStatusFromName(statusOf(u"shipment.status:"_s));
        parts.append(status ? IngestText::tr("Shipped (%1)").arg(displayName(*status)) : IngestText::tr("Shipped"));
        rest.removeIf([](const QString &t) {
            return t == u"shipment.created" || t == u"order.status:shipped" || t.startsWith(u"shipment.status:");
        });
    }
    for (const QString &trigger : std::as_const(rest)) {
        parts.append(describeTrigger(trigger));
    }
    return parts.join(u"; "_s);
}

// "Stock of TSH-ORG-GRN-M: 3 available", "Stock of Travel mug: out of stock".
QString describeStock(const StockChange &change)
{
    const QString item = !change.sku.isEmpty()           ? change.sku
                         : !change.productName.isEmpty() ? change.productName
                                                         : IngestText::tr("item %1").arg(change.productId);
    if (change.available) {
        return IngestText::tr("Stock of %1: %n available", nullptr, static_cast<int>(*change.available)).arg(item);
    }
    if (change.status == StockStatus::Unknown) {
        return IngestText::tr("Product %1: %2").arg(item, change.productName); // names it, no stock
    }
    return IngestText::tr("Stock of %1: %2").arg(item, displayName(change.status));
}

} // namespace

// The statements of every webhook, run through SQLite's own interface (see SqliteStatement).
struct IngestWriter::Prepared
{
    SqliteStatement findKey;
    SqliteStatement insertKey;
    SqliteStatement insertEvent;
    SqliteStatement findOrder;
    SqliteStatement upsertOrder;
    SqliteStatement findShipment;
    SqliteStatement upsertShipment;
    SqliteStatement insertNotification;
    SqliteStatement findShipmentByTracking;
    SqliteStatement findNotified;
    SqliteStatement updateSummary;
    // Each item is a savepoint of the batch's transaction: a failure undoes that item only.
    SqliteStatement savepoint;
    SqliteStatement release;
    SqliteStatement rollbackTo;
};

IngestWriter::IngestWriter(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_clock(std::make_shared<SystemClock>())
{}

IngestWriter::~IngestWriter()
{
    close();
}

Status IngestWriter::open()
{
    auto db = Database::open(m_dataDir, u"ingest"_s);
    if (!db) {
        return db.error();
    }
    m_db.emplace(std::move(db).value());
    m_q = std::make_unique<Prepared>();
    m_stock = std::make_unique<StockLedger>(m_db->handle());
    const auto prepare = [this](SqliteStatement &statement, const QString &sql) {
        if (!statement.prepare(m_db->handle(), sql)) {
            return Database::storageError(IngestText::tr("Tidings cannot prepare its database."),
                                          statement.lastError());
        }
        return Error();
    };
    const std::initializer_list<std::pair<SqliteStatement *, QString>> statements{
        {&m_q->findKey, u"SELECT raw_event_id FROM event_keys WHERE source_id = ? AND key = ?"_s},
        {&m_q->insertKey, u"INSERT OR IGNORE INTO event_keys(source_id, key, raw_event_id) VALUES(?, ?, ?)"_s},
        {&m_q->insertEvent,
         u"INSERT INTO raw_events(source_id, topic, received_at, headers, body, duplicate, order_id, order_number,"
         " customer, summary, changes) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_q->findOrder,
         u"SELECT order_number, status, raw_status, customer_name, customer_email, customer_phone, customer_locale,"
         " total, currency, items, customer_time_zone FROM orders WHERE source_id = ? AND order_id = ?"_s},
        {&m_q->upsertOrder,
         u"INSERT INTO orders(source_id, order_id, order_number, status, raw_status, customer_name, customer_email,"
         " customer_phone, customer_locale, total, currency, items, updated_at, customer_time_zone)"
         " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, order_id) DO UPDATE SET "
         "order_number = excluded.order_number,"
         " status = excluded.status, raw_status = excluded.raw_status, customer_name = excluded.customer_name,"
         " customer_email = excluded.customer_email, customer_phone = excluded.customer_phone,"
         " customer_locale = excluded.customer_locale, total = excluded.total, currency = excluded.currency,"
         " items = excluded.items, updated_at = excluded.updated_at,"
         " customer_time_zone = excluded.customer_time_zone"_s},
        {&m_q->findShipment, u"SELECT status, raw_status, carrier, tracking_number, tracking_url FROM shipments"
                             " WHERE source_id = ? AND order_id = ? AND shipment_id = ?"_s},
        {&m_q->upsertShipment,
         u"INSERT INTO shipments(source_id, order_id, shipment_id, status, raw_status, carrier, tracking_number,"
         " tracking_url, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, order_id, shipment_id)"
         " DO UPDATE SET status = excluded.status, raw_status = excluded.raw_status, carrier = excluded.carrier,"
         " tracking_number = excluded.tracking_number, tracking_url = excluded.tracking_url,"
         " updated_at = excluded.updated_at"_s},
        // Pinned to its template's live version as it is inserted: the choice of the notifications_pin_template
        // trigger (migration 10: the customer's language, else the shop's customer language, else the default),
        // made here so the trigger does not fire and rewrite the row just written. The order's snapshot, and so its
        // customer_locale, is written before its notifications.
        {&m_q->insertNotification,
         u"INSERT OR IGNORE INTO notifications(event_id, source_id, order_id, shipment_id, trigger, template_id,"
         " channel_id, recipient, recipient_name, state, attempts, created_at, due_at, context, dedup_key,"
         " template_version)"
         " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'queued', 0, ?10, ?11, ?12, ?13, COALESCE("
         "  (SELECT l.version_id FROM template_live l, orders o"
         "   WHERE o.source_id = ?2 AND o.order_id = ?3 AND o.customer_locale <> ''"
         "   AND l.template_id = ?6 AND l.language = lower(substr(o.customer_locale, 1, 2))),"
         "  (SELECT l.version_id FROM template_live l, settings s"
         "   WHERE s.key = 'customer_language' AND s.value <> '' AND l.template_id = ?6 AND l.language = s.value),"
         "  (SELECT l.version_id FROM template_live l WHERE l.template_id = ?6 AND l.language = '')))"_s},
        {&m_q->findNotified, u"SELECT 1 FROM notifications WHERE dedup_key = ?"_s},
        {&m_q->updateSummary, u"UPDATE raw_events SET summary = ? WHERE id = ?"_s},
        {&m_q->savepoint, u"SAVEPOINT item"_s},
        {&m_q->release, u"RELEASE item"_s},
        {&m_q->rollbackTo, u"ROLLBACK TO item"_s},
        {&m_q->findShipmentByTracking, u"SELECT source_id, order_id, shipment_id FROM shipments"
                                       " WHERE tracking_number = ? ORDER BY updated_at DESC LIMIT 1"_s},
    };
    for (const auto &[query, sql] : statements) {
        if (Error error = prepare(*query, sql); !error.message.isEmpty()) {
            return error;
        }
    }
    return {};
}

void IngestWriter::close()
{
    m_stock.reset();
    m_q.reset();
    m_db.reset();
}

void IngestWriter::setRules(const QList<RuleConfig> &rules, const QList<ChannelConfig> &channels)
{
    QMutexLocker locker(&m_mutex);
    m_rules = rules;
    m_channels = channels;
}

void IngestWriter::submit(IngestItem item, Done done)
{
    bool schedule = false;
    {
        QMutexLocker locker(&m_mutex);
        m_pending.append(Pending{std::move(item), std::move(done)});
        schedule = !m_flushScheduled;
        m_flushScheduled = true;
    }
    if (schedule) {
        QMetaObject::invokeMethod(this, &IngestWriter::flush, Qt::QueuedConnection);
    }
}

void IngestWriter::flush()
{
    QList<Pending> batch;
    QList<RuleConfig> rules;
    QList<ChannelConfig> channels;
    bool more = false;
    {
        QMutexLocker locker(&m_mutex);
        if (m_pending.size() <= m_maxBatch) {
            batch.swap(m_pending);
        } else {
            batch = m_pending.mid(0, m_maxBatch);
            m_pending.remove(0, m_maxBatch);
            more = true;
        }
        m_flushScheduled = more;
        rules = m_rules;
        channels = m_channels;
    }
    if (more) {
        QMetaObject::invokeMethod(this, &IngestWriter::flush, Qt::QueuedConnection);
    }
    if (batch.isEmpty()) {
        return;
    }

    QList<IngestOutcome> outcomes;
    outcomes.reserve(batch.size());
    std::optional<Error> batchError;
    if (!m_db) {
        batchError = Error::make(ErrorCode::Storage, IngestText::tr("The database is not open."));
    } else {
        Transaction tx(m_db->handle());
        if (!tx.begun()) {
            batchError =
                Database::storageError(IngestText::tr("Tidings could not save an incoming event."), tx.beginError());
        } else {
            for (const Pending &pending : std::as_const(batch)) {
                outcomes.append(ingestOne(pending.item, rules, channels));
            }
            if (auto status = tx.commit(); !status) {
                batchError = status.error();
            }
        }
    }

    QList<qint64> ids;
    int queued = 0;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        IngestOutcome outcome;
        if (batchError) {
            outcome.error = *batchError;
        } else {
            outcome = outcomes.at(i);
            if (outcome.ok) {
                ids.append(outcome.rawEventId);
                queued += outcome.notificationsQueued;
            }
        }
        if (batch.at(i).done) {
            batch.at(i).done(outcome);
        }
    }
    if (!ids.isEmpty()) {
        emit eventsIngested(ids, queued);
    }
}

std::optional<OrderSnapshot> IngestWriter::loadOrder(const QString &sourceId, const QString &orderId, QString *error)
{
    SqliteStatement &q = m_q->findOrder;
    q.bind(sourceId);
    q.bind(orderId);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.hasRow()) {
        q.finish();
        return std::nullopt;
    }
    OrderSnapshot snapshot;
    snapshot.orderNumber = q.text(0);
    snapshot.status = orderStatusFromName(q.text(1)).value_or(OrderStatus::Unknown);
    snapshot.rawStatus = q.text(2);
    snapshot.customerName = q.text(3);
    snapshot.customerEmail = q.text(4);
    snapshot.customerPhone = q.text(5);
    snapshot.customerLocale = q.text(6);
    snapshot.total = q.text(7);
    snapshot.currency = q.text(8);
    snapshot.items = lineItemsFromJson(q.text(9));
    snapshot.customerTimeZone = q.text(10);
    q.finish();
    return snapshot;
}

bool IngestWriter::stillQuiet(const OrderEvent &event, const QString &lastUpdate, QString *error)
{
    // Rare (one per delayed parcel), so not among the prepared statements.
    QSqlQuery q(m_db->handle());
    q.prepare(u"SELECT updated_at FROM shipments WHERE source_id = ? AND order_id = ? AND shipment_id = ?"_s);
    bindValue(q, event.sourceId);
    bindValue(q, event.orderId);
    bindValue(q, event.shipmentId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return q.next() && QString::number(q.value(0).toLongLong()) == lastUpdate;
}

std::optional<ShipmentSnapshot> IngestWriter::loadShipment(const QString &sourceId, const QString &orderId,
                                                           const QString &shipmentId, QString *error)
{
    SqliteStatement &q = m_q->findShipment;
    q.bind(sourceId);
    q.bind(orderId);
    q.bind(shipmentId);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.hasRow()) {
        q.finish();
        return std::nullopt;
    }
    ShipmentSnapshot snapshot;
    snapshot.status = shipmentStatusFromName(q.text(0)).value_or(ShipmentStatus::Unknown);
    snapshot.rawStatus = q.text(1);
    snapshot.carrier = q.text(2);
    snapshot.trackingNumber = q.text(3);
    snapshot.trackingUrl = q.text(4);
    q.finish();
    return snapshot;
}

bool IngestWriter::matchByTrackingNumber(OrderEvent &event, QString *error)
{
    SqliteStatement &q = m_q->findShipmentByTracking;
    q.bind(event.trackingNumber);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    const bool found = q.hasRow();
    if (found) {
        event.sourceId = q.text(0);
        event.orderId = q.text(1);
        event.shipmentId = q.text(2);
    }
    q.finish();
    return found;
}

bool IngestWriter::saveSnapshots(const OrderEvent &merged, qint64 now, QString *error)
{
    SqliteStatement &o = m_q->upsertOrder;
    o.bind(merged.sourceId);
    o.bind(merged.orderId);
    o.bind(merged.orderNumber);
    o.bind(toName(merged.orderStatus));
    o.bind(merged.rawOrderStatus);
    o.bind(merged.customerName);
    o.bind(merged.customerEmail);
    o.bind(merged.customerPhone);
    o.bind(merged.customerLocale);
    o.bind(merged.totalPrice);
    o.bind(merged.currency);
    o.bindUtf8(lineItemsToJson(merged.lineItems));
    o.bind(now);
    o.bind(merged.customerTimeZone);
    if (!o.exec()) {
        *error = o.lastError();
        return false;
    }
    if (!merged.hasShipment()) {
        return true;
    }
    SqliteStatement &s = m_q->upsertShipment;
    s.bind(merged.sourceId);
    s.bind(merged.orderId);
    s.bind(merged.shipmentId);
    s.bind(toName(merged.shipmentStatus));
    s.bind(merged.rawShipmentStatus);
    s.bind(merged.carrier);
    s.bind(merged.trackingNumber);
    s.bind(merged.trackingUrl.toString());
    s.bind(now);
    if (!s.exec()) {
        *error = s.lastError();
        return false;
    }
    return true;
}

IngestOutcome IngestWriter::ingestOne(const IngestItem &item, const QList<RuleConfig> &rules,
                                      const QList<ChannelConfig> &channels)
{
    IngestOutcome outcome;
    QString sqlError;
    const auto fail = [&](const QString &error) {
        m_q->rollbackTo.exec();
        m_q->release.exec();
        IngestOutcome failed;
        failed.error = Database::storageError(IngestText::tr("Tidings could not save an incoming event."), error);
        return failed;
    };
    if (!m_q->savepoint.exec()) {
        return fail(m_q->savepoint.lastError());
    }

    // Duplicate deliveries are recorded, for the audit trail, but change nothing.
    bool duplicate = false;
    for (const QString &key : item.dedupKeys) {
        SqliteStatement &q = m_q->findKey;
        q.bind(item.sourceId);
        q.bind(key);
        if (!q.exec()) {
            return fail(q.lastError());
        }
        duplicate = q.hasRow();
        q.finish();
        if (duplicate) {
            break;
        }
    }

    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    QList<ChangeSet> changeSets;
    QList<StockLedger::Applied> stock;
    QStringList summary;
    if (duplicate) {
        summary.append(IngestText::tr("Duplicate delivery: already handled, nothing sent"));
    } else {
        for (OrderEvent event : item.events) {
            if (event.orderId.isEmpty()) {
                // A carrier tracker knows the parcel, not the order: find the shipment by its tracking number.
                const bool found = !event.trackingNumber.isEmpty() && matchByTrackingNumber(event, &sqlError);
                if (!sqlError.isEmpty()) {
                    return fail(sqlError);
                }
                if (!found) {
                    summary.append(event.trackingNumber.isEmpty()
                                       ? IngestText::tr("Names no order: recorded, nothing sent")
                                       : IngestText::tr("No order with tracking number %1 yet: recorded, nothing sent")
                                             .arg(event.trackingNumber));
                    continue;
                }
            }
            auto order = loadOrder(event.sourceId, event.orderId, &sqlError);
            if (!sqlError.isEmpty()) {
                return fail(sqlError);
            }
            std::optional<ShipmentSnapshot> shipment;
            if (event.hasShipment()) {
                shipment = loadShipment(event.sourceId, event.orderId, event.shipmentId, &sqlError);
                if (!sqlError.isEmpty()) {
                    return fail(sqlError);
                }
            }
            ChangeSet changes = deriveChanges(order, shipment, event);
            if (item.raised && !stillQuiet(event, item.raised->occasion, &sqlError)) {
                if (!sqlError.isEmpty()) {
                    return fail(sqlError);
                }
                // The carrier's news reached the store after the check that raised this: no delay to tell.
                changes.triggers.clear();
                summary.append(IngestText::tr("Skipped: the carrier sent news after the check"));
                changeSets.append(std::move(changes));
                continue;
            }
            if (item.raised) {
                changes.triggers = QStringList{item.raised->trigger};
                changes.occasion = item.raised->occasion;
            } else if (!saveSnapshots(changes.merged, now, &sqlError)) {
                return fail(sqlError);
            }
            // A new order for something that had run out before it was placed waits for it: told once.
            if (!item.raised && changes.triggers.contains(u"order.created"_s)) {
                QList<LineItem> waiting;
                const qint64 orderedAt =
                    changes.merged.occurredAt.isValid() ? changes.merged.occurredAt.toMSecsSinceEpoch() : now;
                if (!m_stock->backorderedItems(changes.merged.lineItems, orderedAt, &waiting, &sqlError) ||
                    (!waiting.isEmpty() && !m_stock->saveBackorder(changes.merged.sourceId, changes.merged.orderId,
                                                                   waiting, now, &sqlError))) {
                    return fail(sqlError);
                }
                if (!waiting.isEmpty()) {
                    changes.triggers.append(u"order.backordered"_s);
                }
            }
            if (!changes.triggers.isEmpty()) {
                summary.append(describeChanges(changes.triggers));
            } else {
                summary.append(changes.stale ? IngestText::tr("Skipped: older than the status already known")
                                             : IngestText::tr("Skipped: no new status"));
            }
            changeSets.append(std::move(changes));
        }
        // Every level first, then each product once: a delivery naming several locations of a product moves
        // it once, to its total over all of them.
        QStringList productKeys;
        QHash<QString, QList<StockChange>> savedByProduct;
        for (StockChange change : item.stockChanges) {
            bool saved = false;
            if (!m_stock->saveLevel(&change, now, &saved, &sqlError)) {
                return fail(sqlError);
            }
            summary.append(saved ? describeStock(change)
                                 : IngestText::tr("Skipped: older than the stock of %1 already known")
                                       .arg(change.sku.isEmpty() ? change.productName : change.sku));
            if (!saved) {
                continue;
            }
            const QString key = StockLedger::productKey(change);
            if (!savedByProduct.contains(key)) {
                productKeys.append(key);
            }
            savedByProduct[key].append(change);
        }
        for (const QString &key : std::as_const(productKeys)) {
            StockLedger::Applied applied;
            if (!m_stock->evaluate(key, savedByProduct.value(key), now, &applied, &sqlError)) {
                return fail(sqlError);
            }
            if (!applied.transition.triggers.isEmpty()) {
                summary.append(describeChanges(applied.transition.triggers));
            }
            stock.append(std::move(applied));
        }
        if (!item.subscriptions.isEmpty()) {
            SubscriptionImport added;
            if (!insertStockSubscriptions(m_db->handle(), item.subscriptions, now, &added, &sqlError)) {
                return fail(sqlError);
            }
            for (const StockSubscription &subscription : item.subscriptions) {
                summary.append(
                    IngestText::tr("%1 waits for %2 to be back in stock").arg(subscription.email, subscription.sku));
            }
            if (added.alreadyWaiting > 0) {
                summary.append(IngestText::tr("%n of them already waited", nullptr, added.alreadyWaiting));
            }
        }
        if (item.events.isEmpty() && item.stockChanges.isEmpty() && item.subscriptions.isEmpty()) {
            summary.append(IngestText::tr("Recorded; Tidings does not act on \"%1\"").arg(item.topic));
        }
    }

    QList<Plan> plans;
    for (const ChangeSet &changes : std::as_const(changeSets)) {
        Plan plan = planNotifications(changes, rules, channels);
        summary.append(plan.skipped);
        // One message per order, shipment, status, channel and recipient: one that went out before (the unique
        // dedup key would drop it silently) is named, so the Monitor says why nothing was sent.
        for (qsizetype i = 0; i < plan.notifications.size();) {
            SqliteStatement &q = m_q->findNotified;
            q.bind(plan.notifications.at(i).dedupKey);
            if (!q.exec()) {
                return fail(q.lastError());
            }
            const bool notified = q.hasRow();
            q.finish();
            if (notified) {
                summary.append(
                    IngestText::tr("Skipped: %1 was already told of this (%2)")
                        .arg(plan.notifications.at(i).recipient, describeTrigger(plan.notifications.at(i).trigger)));
                plan.notifications.removeAt(i);
            } else {
                ++i;
            }
        }
        if (item.suppressNotifications && !plan.notifications.isEmpty()) {
            plan.notifications.clear();
            summary.append(IngestText::tr("Earlier order from the first poll: stored, nothing sent"));
        }
        plans.append(std::move(plan));
    }

    // What the Monitor shows for the row: the completed event, or for a duplicate what it carried.
    const OrderEvent *first = changeSets.isEmpty() ? (item.events.isEmpty() ? nullptr : &item.events.constFirst())
                                                   : &changeSets.constFirst().merged;
    SqliteStatement &e = m_q->insertEvent;
    e.bind(item.sourceId);
    e.bind(item.topic);
    e.bind(item.receivedAt.isValid() ? item.receivedAt.toMSecsSinceEpoch() : now);
    e.bindUtf8(item.headersJson.isEmpty() ? QByteArrayLiteral("{}") : item.headersJson);
    e.bindBlob(item.body);
    e.bind(duplicate ? 1 : 0);
    e.bind(first ? first->orderId : QString());
    e.bind(first ? first->orderNumber : QString());
    e.bind(first ? (first->customerName.isEmpty() ? first->customerEmail : first->customerName) : QString());
    e.bind(summary.join(u"; "_s));
    e.bindUtf8(ManualNotifications::changesToJson(changeSets)); // for Replay
    if (!e.exec()) {
        return fail(e.lastError());
    }
    outcome.rawEventId = e.lastInsertId();

    if (!duplicate) {
        for (const QString &key : item.dedupKeys) {
            SqliteStatement &q = m_q->insertKey;
            q.bind(item.sourceId);
            q.bind(key);
            q.bind(outcome.rawEventId);
            if (!q.exec()) {
                return fail(q.lastError());
            }
        }
    }

    for (qsizetype i = 0; i < changeSets.size(); ++i) {
        const OrderEvent &merged = changeSets.at(i).merged;
        if (plans.at(i).notifications.isEmpty()) {
            continue;
        }
        QList<LineItem> backordered;
        if (!m_stock->backorderOf(merged.sourceId, merged.orderId, &backordered, &sqlError)) {
            return fail(sqlError);
        }
        QByteArray context;
        QByteArray backorderContext;
        if (backordered.isEmpty()) {
            context = TemplateRenderer::storedContextJson(merged);
            backorderContext = context;
        } else {
            QJsonObject contextObject = TemplateRenderer::buildContext(merged, Brand{});
            TemplateRenderer::applyBackorder(contextObject, backordered);
            context = QJsonDocument(contextObject).toJson(QJsonDocument::Compact);
            // The backorder notice names what happened, for automation channels (Klaviyo's metric); only an order
            // held by a backorder has one, so only then is the context written a second time.
            contextObject.insert(u"milestone"_s, u"Order Backordered"_s);
            backorderContext = QJsonDocument(contextObject).toJson(QJsonDocument::Compact);
        }
        for (const PlannedNotification &planned : plans.at(i).notifications) {
            SqliteStatement &n = m_q->insertNotification;
            n.bind(outcome.rawEventId);
            n.bind(merged.sourceId);
            n.bind(merged.orderId);
            n.bind(merged.shipmentId);
            n.bind(planned.trigger);
            n.bind(planned.templateId);
            n.bind(planned.channelId);
            n.bind(planned.recipient);
            n.bind(planned.recipientName);
            n.bind(now);
            n.bind(now);
            n.bindUtf8(planned.trigger == u"order.backordered" ? backorderContext : context);
            n.bind(planned.dedupKey);
            if (!n.exec()) {
                return fail(n.lastError());
            }
            outcome.notificationsQueued += n.changes() > 0 ? 1 : 0;
        }
    }

    // Stock changes after the event row, which their history and messages name.
    QStringList stockSummary;
    for (const StockLedger::Applied &applied : std::as_const(stock)) {
        StockLedger::Queued queued;
        if (!m_stock->queue(applied, outcome.rawEventId, rules, channels, now, item.suppressNotifications, &queued,
                            &sqlError)) {
            return fail(sqlError);
        }
        outcome.notificationsQueued += queued.notifications;
        stockSummary.append(queued.summary);
    }
    if (!stockSummary.isEmpty()) {
        SqliteStatement &u = m_q->updateSummary;
        u.bind((summary + stockSummary).join(u"; "_s));
        u.bind(outcome.rawEventId);
        if (!u.exec()) {
            return fail(u.lastError());
        }
    }

    if (!m_q->release.exec()) {
        return fail(m_q->release.lastError());
    }
    outcome.ok = true;
    outcome.duplicate = duplicate;
    qCDebug(lcIngest) << "ingested" << item.sourceId << item.topic << "event" << outcome.rawEventId
                      << (duplicate ? "duplicate" : "") << outcome.notificationsQueued << "notifications";
    return outcome;
}

} // namespace Tidings
