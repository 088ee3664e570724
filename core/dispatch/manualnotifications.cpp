#include "dispatch/manualnotifications.h"

#include "channels/channel.h"
#include "channels/channeltypeinfo.h"
#include "dispatch/notificationactions.h"
#include "model/addresses.h"
#include "model/jsontext.h"
#include "model/notification.h"
#include "store/database.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct ManualText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ManualNotifications)
};

Error storage(const QString &what, const QSqlQuery &query)
{
    return Database::storageError(what, query.lastError().text());
}

// One change of a stored event: which order and shipment, and its triggers.
struct StoredChange
{
    QString sourceId;
    QString orderId;
    QString shipmentId;
    QStringList triggers;
};

// The order (and a shipment: `shipmentId`, or the newest when empty) as the store has it now, as an event.
Result<std::optional<OrderEvent>> storedOrder(QSqlDatabase db, const QString &sourceId, const QString &orderId,
                                              const QString &shipmentId, const QString &failed)
{
    QSqlQuery order(db);
    order.prepare(u"SELECT order_number, status, raw_status, customer_name, customer_email, customer_phone,"
                  " customer_locale, total, currency, items, customer_time_zone FROM orders"
                  " WHERE source_id = ? AND order_id = ?"_s);
    bindValue(order, sourceId);
    bindValue(order, orderId);
    if (!order.exec()) {
        return storage(failed, order);
    }
    if (!order.next()) {
        return std::optional<OrderEvent>();
    }
    OrderEvent event;
    event.sourceId = sourceId;
    event.orderId = orderId;
    event.orderNumber = order.value(0).toString();
    event.orderStatus = orderStatusFromName(order.value(1).toString()).value_or(OrderStatus::Unknown);
    event.rawOrderStatus = order.value(2).toString();
    event.customerName = order.value(3).toString();
    event.customerEmail = order.value(4).toString();
    event.customerPhone = order.value(5).toString();
    event.customerLocale = order.value(6).toString();
    event.totalPrice = order.value(7).toString();
    event.currency = order.value(8).toString();
    event.customerTimeZone = order.value(10).toString();
    const QJsonArray items = QJsonDocument::fromJson(order.value(9).toString().toUtf8()).array();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        event.lineItems.append(LineItem{item.value(u"sku"_s).toString(), item.value(u"name"_s).toString(),
                                        item.value(u"quantity"_s).toInt(), item.value(u"price"_s).toString()});
    }
    order.finish();

    QSqlQuery shipment(db);
    shipment.prepare(shipmentId.isEmpty()
                         ? u"SELECT shipment_id, status, raw_status, carrier, tracking_number, tracking_url"
                           " FROM shipments WHERE source_id = ? AND order_id = ? ORDER BY updated_at DESC LIMIT 1"_s
                         : u"SELECT shipment_id, status, raw_status, carrier, tracking_number, tracking_url"
                           " FROM shipments WHERE source_id = ? AND order_id = ? AND shipment_id = ?"_s);
    bindValue(shipment, sourceId);
    bindValue(shipment, orderId);
    if (!shipmentId.isEmpty()) {
        bindValue(shipment, shipmentId);
    }
    if (!shipment.exec()) {
        return storage(failed, shipment);
    }
    if (shipment.next()) {
        event.shipmentId = shipment.value(0).toString();
        event.shipmentStatus = shipmentStatusFromName(shipment.value(1).toString()).value_or(ShipmentStatus::Unknown);
        event.rawShipmentStatus = shipment.value(2).toString();
        event.carrier = shipment.value(3).toString();
        event.trackingNumber = shipment.value(4).toString();
        event.trackingUrl = QUrl(shipment.value(5).toString());
    } else {
        event.shipmentId = shipmentId; // a shipment the store no longer has still names the dedup key
    }
    return std::optional<OrderEvent>(event);
}

// The event's changes: stored at ingest (schema 8), or for an older event the triggers of what it queued.
Result<QList<StoredChange>> storedChanges(QSqlDatabase db, qint64 eventId, bool *known, const QString &failed)
{
    QSqlQuery event(db);
    event.prepare(u"SELECT changes FROM raw_events WHERE id = ?"_s);
    bindValue(event, eventId);
    if (!event.exec()) {
        return storage(failed, event);
    }
    if (!event.next()) {
        return Error::make(ErrorCode::NotFound, ManualText::tr("That event is no longer in the history."),
                           u"event %1"_s.arg(eventId));
    }
    QList<StoredChange> changes;
    *known = !event.value(0).isNull();
    if (*known) {
        const QJsonArray array = QJsonDocument::fromJson(event.value(0).toString().toUtf8()).array();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            StoredChange change{object.value(u"source"_s).toString(),
                                object.value(u"order"_s).toString(),
                                object.value(u"shipment"_s).toString(),
                                {}};
            for (const QJsonValue &trigger : object.value(u"triggers"_s).toArray()) {
                change.triggers.append(trigger.toString());
            }
            changes.append(change);
        }
        return changes;
    }
    event.finish();
    QSqlQuery queued(db);
    queued.prepare(u"SELECT DISTINCT source_id, order_id, shipment_id, trigger FROM notifications"
                   " WHERE event_id = ? AND resend_of IS NULL AND trigger <> ? ORDER BY id"_s);
    bindValue(queued, eventId);
    bindValue(queued, ManualNotifications::byHandTrigger());
    if (!queued.exec()) {
        return storage(failed, queued);
    }
    while (queued.next()) {
        const QString sourceId = queued.value(0).toString();
        const QString orderId = queued.value(1).toString();
        const QString shipmentId = queued.value(2).toString();
        auto same = std::find_if(changes.begin(), changes.end(), [&](const StoredChange &c) {
            return c.sourceId == sourceId && c.orderId == orderId && c.shipmentId == shipmentId;
        });
        if (same == changes.end()) {
            changes.append(StoredChange{sourceId, orderId, shipmentId, {}});
            same = changes.end() - 1;
        }
        if (!same->triggers.contains(queued.value(3).toString())) {
            same->triggers.append(queued.value(3).toString());
        }
    }
    return changes;
}

struct PlannedChange
{
    OrderEvent merged;
    ManualNotifications::ReplayItem item;
};

// The dry run, with the completed event of each item (replay() renders its context from it).
Result<QList<PlannedChange>> plan(QSqlDatabase db, qint64 eventId, const QList<RuleConfig> &rules,
                                  const QList<ChannelConfig> &channels, ManualNotifications::ReplayPlan *out,
                                  const QString &failed)
{
    out->eventId = eventId;
    auto changes = storedChanges(db, eventId, &out->changesKnown, failed);
    if (!changes) {
        return changes.error();
    }
    QList<PlannedChange> planned;
    QSqlQuery existing(db);
    existing.prepare(u"SELECT state FROM notifications WHERE dedup_key = ?"_s);
    for (const StoredChange &change : std::as_const(*changes)) {
        auto order = storedOrder(db, change.sourceId, change.orderId, change.shipmentId, failed);
        if (!order) {
            return order.error();
        }
        if (!*order) {
            out->skipped.append(
                ManualText::tr("Order %1 is no longer stored, so nothing can be sent for it.").arg(change.orderId));
            continue;
        }
        ChangeSet set;
        set.merged = **order;
        set.triggers = change.triggers;
        const Plan rulesPlan = planNotifications(set, rules, channels);
        out->skipped.append(rulesPlan.skipped);
        for (const PlannedNotification &notification : rulesPlan.notifications) {
            ManualNotifications::ReplayItem item{notification, ManualNotifications::Standing::WillBeSent};
            bindValue(existing, notification.dedupKey);
            if (!existing.exec()) {
                return storage(failed, existing);
            }
            if (existing.next()) {
                const NotificationState state = notificationStateFromName(existing.value(0).toString());
                item.standing = state == NotificationState::Queued || state == NotificationState::Sending
                                    ? ManualNotifications::Standing::AlreadyQueued
                                    : ManualNotifications::Standing::AlreadySent;
            }
            existing.finish();
            out->items.append(item);
            planned.append(PlannedChange{set.merged, item});
        }
    }
    return planned;
}

QString contextJson(const QJsonObject &context)
{
    return QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
}

} // namespace

int ManualNotifications::ReplayPlan::newCount() const
{
    return static_cast<int>(std::count_if(
        items.cbegin(), items.cend(), [](const ReplayItem &item) { return item.standing == Standing::WillBeSent; }));
}

ChannelKind ManualNotifications::kindOf(const ChannelConfig &channel)
{
    const ChannelTypeInfo *info = channelTypeInfo(channel.type);
    return info ? info->kind : ChannelKind::Email;
}

std::optional<Error> ManualNotifications::checkRecipient(ChannelKind kind, const QString &recipient)
{
    if (recipient.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, ManualText::tr("Enter who should receive the message."));
    }
    if (std::any_of(recipient.cbegin(), recipient.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return Error::make(ErrorCode::InvalidInput,
                           ManualText::tr("The address contains a line break or another invisible character. Type "
                                          "it again on one line."),
                           u"control character in recipient"_s);
    }
    if (recipient.size() > NotificationActions::MaxRecipientLength) {
        return Error::make(ErrorCode::InvalidInput, ManualText::tr("The address is too long."));
    }
    if (kind == ChannelKind::Sms) {
        if (!looksLikePhone(recipient)) {
            return Error::make(ErrorCode::InvalidInput,
                               ManualText::tr("\"%1\" is not a phone number. Enter one with its country code, like "
                                              "+44 20 7946 0958.")
                                   .arg(recipient));
        }
    } else if (!looksLikeEmail(recipient)) {
        return Error::make(
            ErrorCode::InvalidInput,
            ManualText::tr("\"%1\" is not an email address. Enter one like name@example.com.").arg(recipient));
    }
    return std::nullopt;
}

QByteArray ManualNotifications::changesToJson(const QList<ChangeSet> &changes)
{
    // Written directly, with the keys in the order Qt's JSON classes wrote them: it is stored with every event.
    QByteArray out = "[";
    for (const ChangeSet &change : changes) {
        if (out.size() > 1) {
            out += ',';
        }
        out += '{';
        JsonText::appendMember(out, "order", change.merged.orderId);
        JsonText::appendMember(out, "shipment", change.merged.shipmentId);
        JsonText::appendMember(out, "source", change.merged.sourceId);
        JsonText::appendKey(out, "triggers");
        out += '[';
        for (qsizetype i = 0; i < change.triggers.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            JsonText::appendString(out, change.triggers.at(i));
        }
        out += "]}";
    }
    out += ']';
    return out;
}

Result<ManualNotifications::Queued> ManualNotifications::notifyNow(QSqlDatabase db, const NotifyNowRequest &request,
                                                                   const QList<ChannelConfig> &channels,
                                                                   const QStringList &templateIds, const QDateTime &now)
{
    const QString failed = ManualText::tr("Tidings could not queue the message.");
    if (!templateIds.contains(request.templateId)) {
        return Error::make(ErrorCode::InvalidInput,
                           ManualText::tr("The template \"%1\" does not exist.").arg(request.templateId));
    }
    const auto channel = std::find_if(channels.cbegin(), channels.cend(),
                                      [&](const ChannelConfig &c) { return c.id == request.channelId; });
    if (channel == channels.cend() || !channel->enabled) {
        return Error::make(ErrorCode::InvalidInput,
                           ManualText::tr("The channel \"%1\" is missing or switched off.").arg(request.channelId));
    }
    const ChannelKind kind = kindOf(*channel);
    const QString recipient = request.recipient.trimmed();
    if (auto problem = checkRecipient(kind, recipient)) {
        return *problem;
    }

    Transaction tx(db);
    if (!tx.begun()) {
        return Database::storageError(failed, tx.beginError());
    }
    QSqlQuery event(db);
    event.prepare(u"SELECT source_id, order_id FROM raw_events WHERE id = ?"_s);
    bindValue(event, request.eventId);
    if (!event.exec()) {
        return storage(failed, event);
    }
    if (!event.next()) {
        return Error::make(ErrorCode::NotFound, ManualText::tr("That event is no longer in the history."),
                           u"event %1"_s.arg(request.eventId));
    }
    const QString sourceId = event.value(0).toString();
    const QString orderId = event.value(1).toString();
    event.finish();
    auto order = orderId.isEmpty() ? Result<std::optional<OrderEvent>>(std::optional<OrderEvent>())
                                   : storedOrder(db, sourceId, orderId, {}, failed);
    if (!order) {
        return order.error();
    }
    if (!*order) {
        return Error::make(ErrorCode::InvalidInput, ManualText::tr("This event names no order Tidings has stored."),
                           u"event %1 order '%2'"_s.arg(request.eventId).arg(orderId));
    }
    OrderEvent merged = **order;
    // A text message goes to the context's phone (DispatchWorker): the number the owner typed.
    if (kind == ChannelKind::Sms) {
        merged.customerPhone = recipient;
    }
    const bool toCustomer =
        recipient.compare(merged.customerEmail, Qt::CaseInsensitive) == 0 || recipient == merged.customerPhone;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO notifications(event_id, source_id, order_id, shipment_id, trigger, template_id,"
                   " channel_id, recipient, recipient_name, state, attempts, created_at, due_at, context, dedup_key)"
                   " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?)"_s);
    bindValue(insert, request.eventId);
    bindValue(insert, sourceId);
    bindValue(insert, orderId);
    bindValue(insert, merged.shipmentId);
    bindValue(insert, byHandTrigger());
    bindValue(insert, request.templateId);
    bindValue(insert, request.channelId);
    bindValue(insert, recipient);
    bindValue(insert, toCustomer ? merged.customerName : QString());
    bindValue(insert, now.toMSecsSinceEpoch());
    bindValue(insert, now.toMSecsSinceEpoch());
    bindValue(insert, contextJson(TemplateRenderer::buildContext(merged, Brand{})));
    bindValue(insert, QStringList{byHandTrigger(), QUuid::createUuid().toString(QUuid::WithoutBraces), sourceId,
                                  orderId, request.templateId, request.channelId, recipient.toLower()}
                          .join(u'\x1f'));
    if (!insert.exec()) {
        return storage(failed, insert);
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (auto status = tx.commit(); !status) {
        return status.error();
    }
    return Queued{request.eventId, {id}};
}

Result<ManualNotifications::ReplayPlan> ManualNotifications::planReplay(QSqlDatabase db, qint64 eventId,
                                                                        const QList<RuleConfig> &rules,
                                                                        const QList<ChannelConfig> &channels)
{
    ReplayPlan out;
    auto planned = plan(db, eventId, rules, channels, &out, ManualText::tr("Tidings could not read the event."));
    if (!planned) {
        return planned.error();
    }
    return out;
}

Result<ManualNotifications::Queued> ManualNotifications::replay(QSqlDatabase db, qint64 eventId,
                                                                const QList<RuleConfig> &rules,
                                                                const QList<ChannelConfig> &channels,
                                                                const QDateTime &now)
{
    const QString failed = ManualText::tr("Tidings could not queue the event's messages.");
    Transaction tx(db);
    if (!tx.begun()) {
        return Database::storageError(failed, tx.beginError());
    }
    ReplayPlan out;
    auto planned = plan(db, eventId, rules, channels, &out, failed);
    if (!planned) {
        return planned.error();
    }
    Queued queued{eventId, {}};
    QSqlQuery insert(db);
    // OR IGNORE: the dedup key is the guarantee, whatever was planned.
    insert.prepare(u"INSERT OR IGNORE INTO notifications(event_id, source_id, order_id, shipment_id, trigger,"
                   " template_id, channel_id, recipient, recipient_name, state, attempts, created_at, due_at, context,"
                   " dedup_key) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?)"_s);
    for (const PlannedChange &change : std::as_const(*planned)) {
        if (change.item.standing != Standing::WillBeSent) {
            continue;
        }
        const PlannedNotification &n = change.item.planned;
        bindValue(insert, eventId);
        bindValue(insert, change.merged.sourceId);
        bindValue(insert, change.merged.orderId);
        bindValue(insert, change.merged.shipmentId);
        bindValue(insert, n.trigger);
        bindValue(insert, n.templateId);
        bindValue(insert, n.channelId);
        bindValue(insert, n.recipient);
        bindValue(insert, n.recipientName);
        bindValue(insert, now.toMSecsSinceEpoch());
        bindValue(insert, now.toMSecsSinceEpoch());
        bindValue(insert, contextJson(TemplateRenderer::buildContext(change.merged, Brand{})));
        bindValue(insert, n.dedupKey);
        if (!insert.exec()) {
            return storage(failed, insert);
        }
        if (insert.numRowsAffected() > 0) {
            queued.notificationIds.append(insert.lastInsertId().toLongLong());
        }
    }
    if (auto status = tx.commit(); !status) {
        return status.error();
    }
    return queued;
}

} // namespace Tidings
