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
        // Templates get versions: a version is never changed once written; publishing makes a new one live for
        // its (template, language); the owner's edits wait in template_drafts until then. Every notification is
        // pinned, when it is queued, to the live version in its customer's language (else the default
        // language, ''), so publishing never changes a message already queued, and the Monitor can show a sent
        // message exactly as it was rendered. The trigger pins every way a notification is queued; a copy that
        // names its version (a resend) keeps it. NULL: no stored template (the staff failure alert, built in). Until
        // now a stored template was never changed, so the messages already sent are pinned to what they used.
        {9,
         "template versions, drafts and languages; brand versions; notifications pinned to both",
         {
             u"CREATE TABLE template_versions ("
             " id INTEGER PRIMARY KEY, template_id TEXT NOT NULL, language TEXT NOT NULL DEFAULT '',"
             " kind TEXT NOT NULL DEFAULT 'email', name TEXT NOT NULL, subject TEXT NOT NULL, html TEXT NOT NULL,"
             " body_text TEXT NOT NULL, built_in INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"_s,
             u"CREATE INDEX template_versions_template ON template_versions(template_id, language)"_s,
             u"CREATE TABLE template_live ("
             " template_id TEXT NOT NULL, language TEXT NOT NULL DEFAULT '',"
             " version_id INTEGER NOT NULL REFERENCES template_versions(id), published_at INTEGER NOT NULL,"
             " PRIMARY KEY (template_id, language)) WITHOUT ROWID"_s,
             u"CREATE TABLE template_drafts ("
             " template_id TEXT NOT NULL, language TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'email',"
             " name TEXT NOT NULL, subject TEXT NOT NULL, html TEXT NOT NULL, body_text TEXT NOT NULL,"
             " updated_at INTEGER NOT NULL, PRIMARY KEY (template_id, language)) WITHOUT ROWID"_s,
             u"INSERT INTO template_versions(template_id, name, subject, html, body_text, built_in, created_at)"
             " SELECT id, name, subject, html, body_text, built_in, updated_at FROM templates ORDER BY id"_s,
             u"INSERT INTO template_live(template_id, language, version_id, published_at)"
             " SELECT template_id, '', id, created_at FROM template_versions"_s,
             u"DROP TABLE templates"_s,
             u"ALTER TABLE notifications ADD COLUMN template_version INTEGER"_s,
             u"UPDATE notifications SET template_version ="
             " (SELECT version_id FROM template_live l WHERE l.template_id = notifications.template_id)"_s,
             u"CREATE TRIGGER notifications_pin_template AFTER INSERT ON notifications"
             " WHEN NEW.template_version IS NULL BEGIN"
             " UPDATE notifications SET template_version = COALESCE("
             "  (SELECT l.version_id FROM template_live l, orders o"
             "   WHERE o.source_id = NEW.source_id AND o.order_id = NEW.order_id AND o.customer_locale <> ''"
             "   AND l.template_id = NEW.template_id AND l.language = lower(substr(o.customer_locale, 1, 2))),"
             "  (SELECT l.version_id FROM template_live l WHERE l.template_id = NEW.template_id AND l.language = ''))"
             " WHERE id = NEW.id; END"_s,
             // The brand as the renderer saw it (the context keys TemplateRenderer::applyBrand sets), one row per
             // look the dispatcher has sent with; each notification names the one it was sent with.
             u"CREATE TABLE brand_versions (id INTEGER PRIMARY KEY, context TEXT NOT NULL, created_at INTEGER NOT NULL)"_s,
             u"ALTER TABLE notifications ADD COLUMN brand_version INTEGER"_s,
         }},
        // Many orders do not say the customer's language (WooCommerce never does). The setting customer_language
        // (TemplateRepository::CustomerLanguageKey, a two-letter code or '') names the variant those customers
        // get, and the one customers get whose language has no variant; the default language ('') comes last.
        {10,
         "notifications pinned to the shop's customer language when the order gives none",
         {
             u"DROP TRIGGER notifications_pin_template"_s,
             u"CREATE TRIGGER notifications_pin_template AFTER INSERT ON notifications"
             " WHEN NEW.template_version IS NULL BEGIN"
             " UPDATE notifications SET template_version = COALESCE("
             "  (SELECT l.version_id FROM template_live l, orders o"
             "   WHERE o.source_id = NEW.source_id AND o.order_id = NEW.order_id AND o.customer_locale <> ''"
             "   AND l.template_id = NEW.template_id AND l.language = lower(substr(o.customer_locale, 1, 2))),"
             "  (SELECT l.version_id FROM template_live l, settings s"
             "   WHERE s.key = 'customer_language' AND s.value <> ''"
             "   AND l.template_id = NEW.template_id AND l.language = s.value),"
             "  (SELECT l.version_id FROM template_live l WHERE l.template_id = NEW.template_id AND l.language = ''))"
             " WHERE id = NEW.id; END"_s,
         }},
        // Inventory. A product is a SKU (or, when the platform gives none, "<source>:<product>/<variant>"): its
        // stock over every source and location, the owner's low-stock threshold (NULL: the shop's setting
        // low_stock_threshold) and the alert staff were last told of (StockAlert: '', 'low', 'out'), so each
        // crossing is told once; out_since: when it ran out (an order placed after that waits for it).
        // stock_history keeps every change with what it set off. Customers waiting for a
        // product are told once, in the order they subscribed (notified_at set in the same transaction as their
        // message). backorders: the orders that came in while an item was out of stock, told of the delay once.
        {11,
         "inventory: products, stock history, back-in-stock subscriptions, backorders",
         {
             u"CREATE TABLE products ("
             " product_key TEXT PRIMARY KEY, sku TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '',"
             " available INTEGER, status TEXT NOT NULL DEFAULT 'unknown', threshold INTEGER,"
             " alert TEXT NOT NULL DEFAULT '', out_since INTEGER, updated_at INTEGER NOT NULL DEFAULT 0)"
             " WITHOUT ROWID"_s,
             u"ALTER TABLE stock_levels ADD COLUMN product_key TEXT NOT NULL DEFAULT ''"_s,
             u"UPDATE stock_levels SET product_key = CASE WHEN sku <> '' THEN sku"
             " ELSE source_id || ':' || product_id || '/' || variant_id END"_s,
             u"CREATE INDEX stock_levels_product ON stock_levels(product_key)"_s,
             u"INSERT INTO products(product_key, sku, name, available, status, updated_at)"
             " SELECT product_key, max(sku), max(product_name), sum(available), 'unknown', max(updated_at)"
             " FROM stock_levels GROUP BY product_key"_s,
             u"CREATE TABLE stock_history ("
             " id INTEGER PRIMARY KEY, product_key TEXT NOT NULL, event_id INTEGER NOT NULL DEFAULT 0,"
             " source_id TEXT NOT NULL, location_id TEXT NOT NULL DEFAULT '', available INTEGER, total INTEGER,"
             " status TEXT NOT NULL, raw_status TEXT NOT NULL DEFAULT '', triggers TEXT NOT NULL DEFAULT '',"
             " customers_told INTEGER NOT NULL DEFAULT 0, occurred_at INTEGER NOT NULL)"_s,
             u"CREATE INDEX stock_history_product ON stock_history(product_key, id)"_s,
             u"CREATE TABLE stock_subscriptions ("
             " id INTEGER PRIMARY KEY, product_key TEXT NOT NULL, email TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
             " language TEXT NOT NULL DEFAULT '', subscribed_at INTEGER NOT NULL, notified_at INTEGER)"_s,
             u"CREATE UNIQUE INDEX stock_subscriptions_waiting"
             " ON stock_subscriptions(product_key, email COLLATE NOCASE) WHERE notified_at IS NULL"_s,
             u"CREATE INDEX stock_subscriptions_queue ON stock_subscriptions(product_key, notified_at, subscribed_at, id)"_s,
             u"CREATE TABLE backorders ("
             " source_id TEXT NOT NULL, order_id TEXT NOT NULL, items TEXT NOT NULL, noticed_at INTEGER NOT NULL,"
             " PRIMARY KEY (source_id, order_id)) WITHOUT ROWID"_s,
         }},
        // Quiet hours on the customer's clock: the time zone of the order's address (customerTimeZone()).
        {12,
         "orders: the customer's time zone, from the order's address",
         {
             u"ALTER TABLE orders ADD COLUMN customer_time_zone TEXT NOT NULL DEFAULT ''"_s,
         }},
        // A logo from a file, carried inside each email: the pictures by their SHA-256, kept after a change so
        // that a message sent with an earlier logo still shows it (brand_versions name the picture).
        {13,
         "brand images: a logo chosen from a file",
         {
             u"CREATE TABLE brand_images (sha256 TEXT PRIMARY KEY, mime_type TEXT NOT NULL, data BLOB NOT NULL,"
             " added_at INTEGER NOT NULL) WITHOUT ROWID"_s,
         }},
        // The Templates page finds its recent orders by walking the newest messages (PreviewQueries), so no ingest
        // has to write an index entry (and a page per commit) for it.
        {14,
         "notifications: without the by-order index no query needs",
         {
             u"DROP INDEX IF EXISTS notifications_order"_s,
         }},
        // Every index on raw_events and notifications is one more B-tree page in each of the webhook writer's
        // commits, and an index that starts with the state is rewritten by the dispatcher at each state change.
        // The Monitor's date range now reads raw_events_source_time (one range per source), and its state
        // filter the dispatcher's index, which carries the event id for it: one index where there were three.
        {15,
         "monitor filters: date range and state through the connection-health and dispatch indexes",
         {
             u"DROP INDEX IF EXISTS raw_events_received"_s,
             u"DROP INDEX IF EXISTS notifications_state_event"_s,
             u"DROP INDEX IF EXISTS notifications_due"_s,
             u"CREATE INDEX notifications_due ON notifications(state, due_at, event_id)"_s,
         }},
    };
    return steps;
}

} // namespace Tidings
