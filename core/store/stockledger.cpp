#include "store/stockledger.h"

#include "channels/channel.h"
#include "dispatch/rules.h"
#include "store/database.h"
#include "store/inventorysettings.h"
#include "store/lineitemsjson.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct LedgerText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::StockLedger)
};

const QString BackInStock = u"stock.status:back_in_stock"_s;

QVariant nullableNumber(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> numberOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// The platform's statuses of a product's locations as one: in stock somewhere wins, then low, then out when
// every location is out; Unknown when no location says.
StockStatus reportedOf(const QStringList &statuses)
{
    bool low = false;
    bool out = false;
    for (const QString &name : statuses) {
        switch (stockStatusFromName(name).value_or(StockStatus::Unknown)) {
        case StockStatus::InStock:
        case StockStatus::BackInStock:
            return StockStatus::InStock;
        case StockStatus::LowStock:
            low = true;
            break;
        case StockStatus::OutOfStock:
            out = true;
            break;
        case StockStatus::Unknown:
            break;
        }
    }
    return low ? StockStatus::LowStock : (out ? StockStatus::OutOfStock : StockStatus::Unknown);
}

QString firstNameOf(const QString &name)
{
    return name.simplified().section(u' ', 0, 0);
}

// What happened, for automation channels (Klaviyo names its metric after it). Not translated: flows and
// segments are built on these names.
QString milestoneOf(const QString &trigger)
{
    if (trigger == u"stock.status:low_stock") {
        return u"Low Stock"_s;
    }
    if (trigger == u"stock.status:out_of_stock") {
        return u"Out of Stock"_s;
    }
    return u"Back in Stock"_s;
}

// A change that only names the item (Shopify's products/update): no quantity, no status.
bool namesOnly(const StockChange &change)
{
    return !change.available && change.status == StockStatus::Unknown;
}

ChannelKind kindOf(const ChannelConfig &channel)
{
    const ChannelTypeInfo *info = channelTypeInfo(channel.type);
    return info ? info->kind : ChannelKind::Email;
}

} // namespace

StockLedger::StockLedger(QSqlDatabase db)
    : m_db(std::move(db))
{}

QSqlQuery *StockLedger::statement(const QString &sql, QString *error)
{
    return m_statements.prepared(m_db, sql, error);
}

std::optional<int> StockLedger::settingNumber(const QString &key, QString *error)
{
    QSqlQuery *q = statement(u"SELECT value FROM settings WHERE key = ?"_s, error);
    if (!q) {
        return std::nullopt;
    }
    bindValue(*q, key);
    if (!q->exec()) {
        *error = q->lastError().text();
        return std::nullopt;
    }
    std::optional<int> number;
    if (q->next()) {
        bool ok = false;
        const int value = q->value(0).toString().toInt(&ok);
        if (ok && value >= 0) {
            number = value;
        }
    }
    q->finish();
    return number;
}

QString StockLedger::productKey(const StockChange &change)
{
    const QString sku = change.sku.trimmed();
    return sku.isEmpty() ? change.sourceId + u':' + change.productId + u'/' + change.variantId : sku;
}

bool StockLedger::saveLevel(StockChange *change, qint64 now, bool *saved, QString *error)
{
    // Shopify's stock updates name the inventory item only: its SKU and name are those stored for it before.
    if (change->sku.isEmpty() || change->productName.isEmpty()) {
        QSqlQuery *q = statement(u"SELECT sku, product_name FROM stock_levels WHERE source_id = ? AND product_id = ?"
                                 " AND variant_id = ? AND sku <> '' ORDER BY updated_at DESC LIMIT 1"_s,
                                 error);
        if (!q) {
            return false;
        }
        bindValue(*q, change->sourceId);
        bindValue(*q, change->productId);
        bindValue(*q, change->variantId);
        if (!q->exec()) {
            *error = q->lastError().text();
            return false;
        }
        if (q->next()) {
            if (change->sku.isEmpty()) {
                change->sku = q->value(0).toString();
            }
            if (change->productName.isEmpty()) {
                change->productName = q->value(1).toString();
            }
        }
        q->finish();
    }

    // What a platform leaves out keeps its stored value; a change older than the stored one changes nothing.
    QSqlQuery *upsert = statement(
        u"INSERT INTO stock_levels(source_id, item_key, product_id, variant_id, sku, product_name, location_id,"
        " available, status, raw_status, occurred_at, updated_at, product_key)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(source_id, item_key) DO UPDATE SET"
        " sku = CASE WHEN excluded.sku <> '' THEN excluded.sku ELSE sku END,"
        " product_name = CASE WHEN excluded.product_name <> '' THEN excluded.product_name ELSE product_name END,"
        " available = excluded.available, status = excluded.status, raw_status = excluded.raw_status,"
        " occurred_at = excluded.occurred_at, updated_at = excluded.updated_at, product_key = excluded.product_key"
        " WHERE excluded.occurred_at >= stock_levels.occurred_at"_s,
        error);
    if (!upsert) {
        return false;
    }
    bindValue(*upsert, change->sourceId);
    bindValue(*upsert, change->key());
    bindValue(*upsert, change->productId);
    bindValue(*upsert, change->variantId);
    bindValue(*upsert, change->sku);
    bindValue(*upsert, change->productName);
    bindValue(*upsert, change->locationId);
    upsert->addBindValue(nullableNumber(change->available));
    bindValue(*upsert, toName(change->status));
    bindValue(*upsert, change->rawStatus);
    bindValue(*upsert, change->occurredAt.isValid() ? change->occurredAt.toMSecsSinceEpoch() : now);
    bindValue(*upsert, now);
    bindValue(*upsert, productKey(*change));
    if (!upsert->exec()) {
        *error = upsert->lastError().text();
        return false;
    }
    *saved = upsert->numRowsAffected() > 0;
    if (*saved && namesOnly(*change) && !change->sku.isEmpty()) {
        return relink(*change, error);
    }
    return true;
}

bool StockLedger::relink(const StockChange &change, QString *error)
{
    // Levels of the item stored before its SKU was known move to the product of that SKU, with their history.
    const QString key = productKey(change);
    StockChange unnamed = change;
    unnamed.sku.clear();
    const QString oldKey = productKey(unnamed);
    const std::initializer_list<std::pair<QString, QStringList>> steps{
        {u"UPDATE stock_levels SET product_key = ?, sku = ? WHERE product_key = ?"_s, {key, change.sku, oldKey}},
        {u"UPDATE stock_history SET product_key = ? WHERE product_key = ?"_s, {key, oldKey}},
        // What staff were told carries over, so the same crossing is not told again under the SKU.
        {u"INSERT INTO products(product_key, sku, name, available, status, threshold, alert, out_since, updated_at)"
         " SELECT ?, ?, name, available, status, threshold, alert, out_since, updated_at FROM products"
         " WHERE product_key = ? ON CONFLICT(product_key) DO NOTHING"_s,
         {key, change.sku, oldKey}},
        {u"DELETE FROM products WHERE product_key = ?"_s, {oldKey}},
    };
    for (const auto &[sql, values] : steps) {
        QSqlQuery *q = statement(sql, error);
        if (!q) {
            return false;
        }
        for (const QString &value : values) {
            bindValue(*q, value);
        }
        if (!q->exec()) {
            *error = q->lastError().text();
            return false;
        }
    }
    return true;
}

bool StockLedger::evaluate(const QString &key, const QList<StockChange> &changes, qint64 now, Applied *applied,
                           QString *error)
{
    applied->productKey = key;
    applied->changes = changes;
    const StockChange &last = changes.constLast();
    const qint64 occurredAt = last.occurredAt.isValid() ? last.occurredAt.toMSecsSinceEpoch() : now;

    QSqlQuery *product =
        statement(u"SELECT available, status, threshold, alert FROM products WHERE product_key = ?"_s, error);
    if (!product) {
        return false;
    }
    bindValue(*product, key);
    if (!product->exec()) {
        *error = product->lastError().text();
        return false;
    }
    std::optional<int> ownThreshold;
    if (product->next()) {
        applied->before.available = numberOrNone(product->value(0));
        applied->before.status = stockStatusFromName(product->value(1).toString()).value_or(StockStatus::Unknown);
        if (!product->value(2).isNull()) {
            ownThreshold = product->value(2).toInt();
        }
        applied->before.alert = stockAlertFromName(product->value(3).toString());
    }
    product->finish();
    if (ownThreshold) {
        applied->threshold = *ownThreshold;
    } else {
        const auto shop = settingNumber(InventorySettings::lowStockThresholdKey(), error);
        if (!error->isEmpty()) {
            return false;
        }
        applied->threshold = shop.value_or(StockPolicy::DefaultThreshold);
    }

    // The product over every source and location that reports it.
    QSqlQuery *levels =
        statement(u"SELECT available, status, sku, product_name FROM stock_levels WHERE product_key = ?"_s, error);
    if (!levels) {
        return false;
    }
    bindValue(*levels, key);
    if (!levels->exec()) {
        *error = levels->lastError().text();
        return false;
    }
    std::optional<qint64> total;
    QStringList statuses;
    QString sku;
    QString name;
    while (levels->next()) {
        if (!levels->value(0).isNull()) {
            total = total.value_or(0) + levels->value(0).toLongLong();
        }
        statuses.append(levels->value(1).toString());
        sku = levels->value(2).toString().isEmpty() ? sku : levels->value(2).toString();
        name = levels->value(3).toString().isEmpty() ? name : levels->value(3).toString();
    }
    applied->transition = StockPolicy::apply(applied->before, total, reportedOf(statuses), applied->threshold);
    const ProductStock &after = applied->transition.after;

    QSqlQuery *save =
        statement(u"INSERT INTO products(product_key, sku, name, available, status, alert, out_since, updated_at)"
                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(product_key) DO UPDATE SET"
                  " sku = CASE WHEN excluded.sku <> '' THEN excluded.sku ELSE sku END,"
                  " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END,"
                  " available = excluded.available, status = excluded.status, alert = excluded.alert,"
                  " out_since = CASE WHEN excluded.status <> 'out_of_stock' THEN NULL"
                  "  WHEN status = 'out_of_stock' AND out_since IS NOT NULL THEN out_since ELSE excluded.out_since END,"
                  " updated_at = excluded.updated_at"_s,
                  error);
    if (!save) {
        return false;
    }
    bindValue(*save, key);
    bindValue(*save, sku);
    bindValue(*save, name);
    save->addBindValue(nullableNumber(after.available));
    bindValue(*save, toName(after.status));
    bindValue(*save, toName(after.alert));
    // When Tidings learned it ran out, not the platform's time of the change: an order placed before that may
    // have taken the last one (its stock update can arrive before the order), and WooCommerce's product time
    // does not move when only the stock does.
    save->addBindValue(after.status == StockStatus::OutOfStock ? QVariant(now)
                                                               : QVariant(QMetaType::fromType<qint64>()));
    bindValue(*save, occurredAt);
    if (!save->exec()) {
        *error = save->lastError().text();
        return false;
    }
    applied->changes.last().sku = sku;
    applied->changes.last().productName = name;
    return true;
}

bool StockLedger::queue(const Applied &applied, qint64 eventId, const QList<RuleConfig> &rules,
                        const QList<ChannelConfig> &channels, qint64 now, bool suppress, Queued *queued, QString *error)
{
    const StockChange &change = applied.changes.constLast();
    const ProductStock &after = applied.transition.after;
    const QStringList &triggers = applied.transition.triggers;

    // A row per change; what the product's level set off is on the last.
    QSqlQuery *history =
        statement(u"INSERT INTO stock_history(product_key, event_id, source_id, location_id, available, total, status,"
                  " raw_status, triggers, occurred_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  error);
    if (!history) {
        return false;
    }
    qint64 historyId = 0;
    for (qsizetype i = 0; i < applied.changes.size(); ++i) {
        const StockChange &each = applied.changes.at(i);
        const bool isLast = i == applied.changes.size() - 1;
        if (namesOnly(each) && !(isLast && !triggers.isEmpty())) {
            continue; // a product's name and SKU, no stock: not a change of stock
        }
        bindValue(*history, applied.productKey);
        bindValue(*history, eventId);
        bindValue(*history, each.sourceId);
        bindValue(*history, each.locationId);
        history->addBindValue(nullableNumber(each.available));
        history->addBindValue(nullableNumber(after.available));
        bindValue(*history, toName(after.status));
        bindValue(*history, each.rawStatus);
        bindValue(*history, isLast ? triggers.join(u' ') : QString());
        bindValue(*history, each.occurredAt.isValid() ? each.occurredAt.toMSecsSinceEpoch() : now);
        if (!history->exec()) {
            *error = history->lastError().text();
            return false;
        }
        historyId = history->lastInsertId().toLongLong();
    }
    if (triggers.isEmpty()) {
        return true;
    }
    if (suppress) {
        queued->summary.append(LedgerText::tr("Stock from the first poll: stored, nothing sent"));
        return true;
    }

    // The product as staff and customers read it: the total over every location, not this one's.
    StockChange whole = change;
    whole.available = after.available;
    whole.status = after.status;
    QSqlQuery *insert = statement(
        u"INSERT OR IGNORE INTO notifications(event_id, source_id, order_id, shipment_id, trigger, template_id,"
        " channel_id, recipient, recipient_name, state, attempts, created_at, due_at, context, dedup_key,"
        " template_version) VALUES(?, ?, '', '', ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?,"
        " (SELECT version_id FROM template_live WHERE template_id = ? AND language = ? AND language <> ''))"_s,
        error);
    if (!insert) {
        return false;
    }
    const auto queueOne = [&](const QString &trigger, const RuleConfig &rule, const QString &recipient,
                              const QString &recipientName, const QJsonObject &context, const QString &dedupKey,
                              const QString &language) {
        bindValue(*insert, eventId);
        bindValue(*insert, change.sourceId);
        bindValue(*insert, trigger);
        bindValue(*insert, rule.templateId);
        bindValue(*insert, rule.channelId);
        bindValue(*insert, recipient);
        bindValue(*insert, recipientName);
        bindValue(*insert, now);
        bindValue(*insert, now);
        bindValue(*insert, QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)));
        bindValue(*insert, dedupKey);
        bindValue(*insert, rule.templateId);
        bindValue(*insert, language);
        if (!insert->exec()) {
            *error = insert->lastError().text();
            return false;
        }
        queued->notifications += insert->numRowsAffected() > 0 ? 1 : 0;
        return true;
    };

    QList<RuleConfig> customerRules;
    for (const QString &trigger : triggers) {
        for (const RuleConfig &rule : rules) {
            if (!rule.enabled || rule.trigger != trigger) {
                continue;
            }
            const ChannelConfig *channel = channelForRule(rule, channels, &queued->summary);
            if (!channel) {
                continue;
            }
            const ChannelKind kind = kindOf(*channel);
            if (rule.recipient == u"customer" && trigger == BackInStock && kind != ChannelKind::Chat) {
                if (kind == ChannelKind::Sms) {
                    queued->summary.append(LedgerText::tr("Rule \"%1\" sends text messages, but waiting customers "
                                                          "leave only an email address.")
                                               .arg(rule.id));
                } else {
                    customerRules.append(rule);
                }
                continue;
            }
            if (rule.recipient == u"customer" && kind != ChannelKind::Chat) {
                continue; // low and out of stock are for staff: no customer is told
            }
            // Staff: one message per crossing (the history row is the crossing).
            const QString recipient = rule.recipient == u"customer" ? u"staff"_s : rule.recipient;
            QJsonObject context = TemplateRenderer::buildStockContext(whole, Brand{}, {}, {}, applied.threshold);
            context.insert(u"milestone"_s, milestoneOf(trigger));
            const QString key = QStringList{u"stock"_s, applied.productKey, trigger + u'@' + QString::number(historyId),
                                            rule.channelId, recipient.toLower()}
                                    .join(u'\x1f');
            if (!queueOne(trigger, rule, recipient, {}, context, key, {})) {
                return false;
            }
        }
    }
    if (customerRules.isEmpty() || !applied.transition.restocked) {
        return true;
    }

    // Waiting customers, first come first told, no more than are back (and the shop's limit).
    const auto limitSetting = settingNumber(InventorySettings::backInStockLimitKey(), error);
    if (!error->isEmpty()) {
        return false;
    }
    qint64 cap = limitSetting.value_or(InventorySettings::DefaultBackInStockLimit);
    if (after.available) {
        cap = std::min(cap, *after.available);
    }
    QSqlQuery *waiting = statement(u"SELECT id, email, name, language FROM stock_subscriptions"
                                   " WHERE product_key = ? AND notified_at IS NULL"
                                   " ORDER BY subscribed_at, id LIMIT ?"_s,
                                   error);
    if (!waiting) {
        return false;
    }
    bindValue(*waiting, applied.productKey);
    bindValue(*waiting, cap);
    if (!waiting->exec()) {
        *error = waiting->lastError().text();
        return false;
    }

    struct Waiting
    {
        qint64 id;
        QString email;
        QString name;
        QString language;
    };

    QList<Waiting> customers;
    while (waiting->next()) {
        customers.append(Waiting{waiting->value(0).toLongLong(), waiting->value(1).toString(),
                                 waiting->value(2).toString(), waiting->value(3).toString()});
    }
    waiting->finish();

    QSqlQuery *told = statement(u"UPDATE stock_subscriptions SET notified_at = ? WHERE id = ?"_s, error);
    if (!told) {
        return false;
    }
    for (const Waiting &customer : std::as_const(customers)) {
        QJsonObject context = TemplateRenderer::buildStockContext(whole, Brand{}, {}, customer.language);
        context.insert(u"milestone"_s, milestoneOf(BackInStock));
        context.insert(u"customer"_s, QJsonObject{{u"name"_s, customer.name},
                                                  {u"firstName"_s, firstNameOf(customer.name)},
                                                  {u"email"_s, customer.email},
                                                  {u"phone"_s, QString()}});
        for (const RuleConfig &rule : std::as_const(customerRules)) {
            const QString key = QStringList{u"stock"_s, applied.productKey,
                                            u"subscription:"_s + QString::number(customer.id), rule.channelId}
                                    .join(u'\x1f');
            if (!queueOne(BackInStock, rule, customer.email, customer.name, context, key, customer.language)) {
                return false;
            }
        }
        bindValue(*told, now);
        bindValue(*told, customer.id);
        if (!told->exec()) {
            *error = told->lastError().text();
            return false;
        }
    }
    QSqlQuery *count = statement(u"UPDATE stock_history SET customers_told = ? WHERE id = ?"_s, error);
    if (!count) {
        return false;
    }
    bindValue(*count, int(customers.size()));
    bindValue(*count, historyId);
    if (!count->exec()) {
        *error = count->lastError().text();
        return false;
    }
    queued->summary.append(LedgerText::tr("%n waiting customer(s) told", nullptr, int(customers.size())));
    return true;
}

bool StockLedger::backorderedItems(const QList<LineItem> &items, qint64 orderedAt, QList<LineItem> *backordered,
                                   QString *error)
{
    SqliteStatement &q = m_findOutOfStock;
    if (!q.isPrepared() && !q.prepare(m_db, u"SELECT 1 FROM products WHERE product_key = ? AND status = 'out_of_stock'"
                                            " AND out_since IS NOT NULL AND out_since < ?"_s)) {
        *error = q.lastError();
        return false;
    }
    for (const LineItem &item : items) {
        const QString sku = item.sku.trimmed();
        if (sku.isEmpty()) {
            continue;
        }
        q.bind(sku).bind(orderedAt);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        if (q.hasRow()) {
            backordered->append(item);
        }
        q.finish();
    }
    return true;
}

bool StockLedger::saveBackorder(const QString &sourceId, const QString &orderId, const QList<LineItem> &items,
                                qint64 now, QString *error)
{
    QSqlQuery *q = statement(
        u"INSERT OR IGNORE INTO backorders(source_id, order_id, items, noticed_at) VALUES(?, ?, ?, ?)"_s, error);
    if (!q) {
        return false;
    }
    bindValue(*q, sourceId);
    bindValue(*q, orderId);
    bindValue(*q, QString::fromUtf8(lineItemsToJson(items)));
    bindValue(*q, now);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    return true;
}

bool StockLedger::backorderOf(const QString &sourceId, const QString &orderId, QList<LineItem> *items, QString *error)
{
    SqliteStatement &q = m_findBackorder;
    if (!q.isPrepared() && !q.prepare(m_db, u"SELECT items FROM backorders WHERE source_id = ? AND order_id = ?"_s)) {
        *error = q.lastError();
        return false;
    }
    q.bind(sourceId).bind(orderId);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    if (q.hasRow()) {
        *items = lineItemsFromJson(q.text(0));
    }
    q.finish();
    return true;
}

} // namespace Tidings
