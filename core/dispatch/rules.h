#pragma once

#include "config/appconfig.h"
#include "model/orderevent.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidings {

// What the store knew about an order and a shipment before an event arrived.
struct OrderSnapshot
{
    QString orderNumber;
    OrderStatus status = OrderStatus::Unknown;
    QString rawStatus;
    QString customerName;
    QString customerEmail;
    QString customerPhone;
    QString customerLocale;
    QString customerTimeZone;
    QString total;
    QString currency;
    QList<LineItem> items;
};

struct ShipmentSnapshot
{
    ShipmentStatus status = ShipmentStatus::Unknown;
    QString rawStatus;
    QString carrier;
    QString trackingNumber;
    QString trackingUrl;
};

// The incoming event completed from the snapshots, and the changes it makes.
struct ChangeSet
{
    OrderEvent merged;    // what the order and shipment look like now (never moved backwards)
    QStringList triggers; // e.g. {"order.created", "order.status:paid"}
    bool stale = false;   // the event reports a state the order has already passed
    // Tells apart repeats of a trigger that can happen more than once for the same shipment (a delay, raised
    // again after a later quiet stretch): part of the dedup keys when set.
    QString occasion;
};

// Compares the new event with what was stored. Changes are derived from snapshots, never from topic names;
// a status the order has passed (delivered, then a late in_transit) triggers nothing.
ChangeSet deriveChanges(const std::optional<OrderSnapshot> &order, const std::optional<ShipmentSnapshot> &shipment,
                        const OrderEvent &incoming);

// One notification the rules ask for.
struct PlannedNotification
{
    QString trigger;
    QString ruleId;
    QString templateId;
    QString channelId;
    QString recipient;
    QString recipientName;
    QString dedupKey; // one notification per (order, shipment, trigger, channel, recipient)
};

struct Plan
{
    QList<PlannedNotification> notifications;
    QStringList skipped; // why a matching rule sent nothing, in the owner's words
};

Plan planNotifications(const ChangeSet &changes, const QList<RuleConfig> &rules, const QList<ChannelConfig> &channels);

// The channel `rule` sends through; nullptr when it is missing or switched off, and then why (in the owner's
// words) is appended to `skipped`.
const ChannelConfig *channelForRule(const RuleConfig &rule, const QList<ChannelConfig> &channels, QStringList *skipped);

QString dedupKeyFor(const OrderEvent &event, const QString &trigger, const QString &channelId, const QString &recipient,
                    const QString &occasion = {});

} // namespace Tidings
