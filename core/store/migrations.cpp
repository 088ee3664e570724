#include "store/migrations.h"

namespace Tidings {

using namespace Qt::StringLiterals;

// Times are stored as INTEGER milliseconds since the epoch, UTC. Secrets are never stored here.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps{
        {1,
         "configuration: settings, sources, channels, templates, rules",
         {
             u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             u"CREATE TABLE sources ("
             " id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,"
             " enabled INTEGER NOT NULL DEFAULT 1, options TEXT NOT NULL DEFAULT '{}')"_s,
             u"CREATE TABLE channels ("
             " id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, base_url TEXT NOT NULL,"
             " from_email TEXT NOT NULL DEFAULT '', from_name TEXT NOT NULL DEFAULT '',"
             " reply_to TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1,"
             " options TEXT NOT NULL DEFAULT '{}')"_s,
             u"CREATE TABLE templates ("
             " id TEXT PRIMARY KEY, name TEXT NOT NULL, subject TEXT NOT NULL, html TEXT NOT NULL,"
             " body_text TEXT NOT NULL, built_in INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE rules ("
             " id TEXT PRIMARY KEY, trigger TEXT NOT NULL, template_id TEXT NOT NULL, channel_id TEXT NOT NULL,"
             " recipient TEXT NOT NULL DEFAULT 'customer', enabled INTEGER NOT NULL DEFAULT 1,"
             " position INTEGER NOT NULL DEFAULT 0)"_s,
         }},
        {2,
         "event pipeline: raw events, order and shipment snapshots, outbox, delivery attempts",
         {
             u"CREATE TABLE raw_events ("
             " id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, topic TEXT NOT NULL DEFAULT '',"
             " received_at INTEGER NOT NULL, headers TEXT NOT NULL DEFAULT '{}', body BLOB NOT NULL,"
             " duplicate INTEGER NOT NULL DEFAULT 0, order_id TEXT NOT NULL DEFAULT '',"
             " order_number TEXT NOT NULL DEFAULT '', customer TEXT NOT NULL DEFAULT '',"
             " summary TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE TABLE event_keys ("
             " source_id TEXT NOT NULL, key TEXT NOT NULL, raw_event_id INTEGER NOT NULL,"
             " PRIMARY KEY (source_id, key)) WITHOUT ROWID"_s,
             u"CREATE TABLE orders ("
             " source_id TEXT NOT NULL, order_id TEXT NOT NULL, order_number TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL, raw_status TEXT NOT NULL DEFAULT '',"
             " customer_name TEXT NOT NULL DEFAULT '', customer_email TEXT NOT NULL DEFAULT '',"
             " customer_phone TEXT NOT NULL DEFAULT '', customer_locale TEXT NOT NULL DEFAULT '',"
             " total TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL DEFAULT '',"
             " items TEXT NOT NULL DEFAULT '[]', updated_at INTEGER NOT NULL,"
             " PRIMARY KEY (source_id, order_id)) WITHOUT ROWID"_s,
             u"CREATE TABLE shipments ("
             " source_id TEXT NOT NULL, order_id TEXT NOT NULL, shipment_id TEXT NOT NULL,"
             " status TEXT NOT NULL, raw_status TEXT NOT NULL DEFAULT '', carrier TEXT NOT NULL DEFAULT '',"
             " tracking_number TEXT NOT NULL DEFAULT '', tracking_url TEXT NOT NULL DEFAULT '',"
             " updated_at INTEGER NOT NULL,"
             " PRIMARY KEY (source_id, order_id, shipment_id)) WITHOUT ROWID"_s,
             u"CREATE TABLE notifications ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES raw_events(id),"
             " source_id TEXT NOT NULL, order_id TEXT NOT NULL, shipment_id TEXT NOT NULL DEFAULT '',"
             " trigger TEXT NOT NULL, template_id TEXT NOT NULL, channel_id TEXT NOT NULL,"
             " recipient TEXT NOT NULL, recipient_name TEXT NOT NULL DEFAULT '',"
             " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,"
             " due_at INTEGER NOT NULL, last_error TEXT NOT NULL DEFAULT '',"
             " provider_message_id TEXT NOT NULL DEFAULT '', context TEXT NOT NULL DEFAULT '{}',"
             " dedup_key TEXT, resend_of INTEGER)"_s,
             u"CREATE UNIQUE INDEX notifications_dedup ON notifications(dedup_key) WHERE dedup_key IS NOT NULL"_s,
             u"CREATE INDEX notifications_due ON notifications(state, due_at)"_s,
             u"CREATE INDEX notifications_event ON notifications(event_id)"_s,
             u"CREATE TABLE delivery_attempts ("
             " id INTEGER PRIMARY KEY, notification_id INTEGER NOT NULL REFERENCES notifications(id),"
             " number INTEGER NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL DEFAULT 0,"
             " outcome TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0,"
             " provider_message_id TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',"
             " provider_answer TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE INDEX delivery_attempts_notification ON delivery_attempts(notification_id)"_s,
         }},
        {3,
         "monitor look-ups by order",
         {
             u"CREATE INDEX raw_events_order ON raw_events(source_id, order_id)"_s,
             u"CREATE INDEX notifications_order ON notifications(source_id, order_id)"_s,
         }},
        {4,
         "stock levels; carrier trackers find shipments by tracking number",
         {
             u"CREATE TABLE stock_levels ("
             " source_id TEXT NOT NULL, item_key TEXT NOT NULL, product_id TEXT NOT NULL DEFAULT '',"
             " variant_id TEXT NOT NULL DEFAULT '', sku TEXT NOT NULL DEFAULT '',"
             " product_name TEXT NOT NULL DEFAULT '', location_id TEXT NOT NULL DEFAULT '', available INTEGER,"
             " status TEXT NOT NULL DEFAULT 'unknown', raw_status TEXT NOT NULL DEFAULT '',"
             " occurred_at INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL,"
             " PRIMARY KEY (source_id, item_key)) WITHOUT ROWID"_s,
             u"CREATE INDEX shipments_tracking ON shipments(tracking_number) WHERE tracking_number <> ''"_s,
         }},
        {5,
         "connection health: a source's newest event and today's count",
         {
             u"CREATE INDEX raw_events_source_time ON raw_events(source_id, received_at)"_s,
         }},
        // Each Monitor filter starts from one of these, in the event order it pages by, or probes it per event.
        {6,
         "monitor filters: order number, email and tracking number search; channel and date range",
         {
             u"CREATE INDEX raw_events_order_number ON raw_events(order_number)"_s,
             u"CREATE INDEX raw_events_received ON raw_events(received_at)"_s,
             u"CREATE INDEX raw_events_duplicate ON raw_events(duplicate) WHERE duplicate = 1"_s,
             // With the event id in the index a state's or a channel's events are read without their rows.
             u"CREATE INDEX notifications_state_event ON notifications(state, event_id)"_s,
             u"CREATE INDEX notifications_channel ON notifications(channel_id, event_id)"_s,
             u"CREATE INDEX notifications_recipient ON notifications(recipient COLLATE NOCASE)"_s,
             u"CREATE INDEX orders_customer_email ON orders(customer_email COLLATE NOCASE)"_s,
         }},
        // DelayWatcher reads only the shipments still on their way and quiet since a given time.
        {7,
         "delay detection: shipments by status and last update",
         {
             u"CREATE INDEX shipments_status_updated ON shipments(status, updated_at)"_s,
         }},
        // Replay (ManualNotifications) runs an event's changes through the current rules; the changes depend on
        // the snapshots before the event, which later events overwrite, so they are kept. NULL: stored before.
        {8,
         "what each event changed (its triggers), for Replay",
         {
             u"ALTER TABLE raw_events ADD COLUMN changes TEXT"_s,
         }},
    };
    return steps;
}

} // namespace Tidings
