#include "dispatch/rules.h"

#include <QCoreApplication>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct RulesText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Rules)
};

void fillEmpty(QString &target, const QString &fallback)
{
    if (target.isEmpty()) {
        target = fallback;
    }
}

} // namespace

ChangeSet deriveChanges(const std::optional<OrderSnapshot> &order, const std::optional<ShipmentSnapshot> &shipment,
                        const OrderEvent &incoming)
{
    ChangeSet changes;
    changes.merged = incoming;
    OrderEvent &merged = changes.merged;

    if (order) {
        fillEmpty(merged.orderNumber, order->orderNumber);
        fillEmpty(merged.customerName, order->customerName);
        fillEmpty(merged.customerEmail, order->customerEmail);
        fillEmpty(merged.customerPhone, order->customerPhone);
        fillEmpty(merged.customerLocale, order->customerLocale);
        fillEmpty(merged.customerTimeZone, order->customerTimeZone);
        fillEmpty(merged.totalPrice, order->total);
        fillEmpty(merged.currency, order->currency);
        if (merged.lineItems.isEmpty()) {
            merged.lineItems = order->items;
        }
        if (isForwardChange(order->status, incoming.orderStatus)) {
            changes.triggers.append(u"order.status:"_s + toName(incoming.orderStatus));
        } else {
            if (incoming.orderStatus != OrderStatus::Unknown && incoming.orderStatus != order->status) {
                changes.stale = true;
            }
            merged.orderStatus = order->status;
            merged.rawOrderStatus = order->rawStatus;
        }
    } else if (!incoming.hasShipment()) {
        changes.triggers.append(u"order.created"_s);
        if (incoming.orderStatus != OrderStatus::Unknown) {
            changes.triggers.append(u"order.status:"_s + toName(incoming.orderStatus));
        }
    }

    if (incoming.hasShipment()) {
        if (shipment) {
            fillEmpty(merged.carrier, shipment->carrier);
            fillEmpty(merged.trackingNumber, shipment->trackingNumber);
            if (merged.trackingUrl.isEmpty()) {
                merged.trackingUrl = QUrl(shipment->trackingUrl);
            }
            if (isForwardChange(shipment->status, incoming.shipmentStatus)) {
                changes.triggers.append(u"shipment.status:"_s + toName(incoming.shipmentStatus));
            } else {
                if (incoming.shipmentStatus != ShipmentStatus::Unknown && incoming.shipmentStatus != shipment->status) {
                    changes.stale = true;
                }
                merged.shipmentStatus = shipment->status;
                merged.rawShipmentStatus = shipment->rawStatus;
            }
        } else if (incoming.shipmentStatus != ShipmentStatus::Cancelled) {
            changes.triggers.append(u"shipment.created"_s);
            if (incoming.shipmentStatus != ShipmentStatus::Unknown) {
                changes.triggers.append(u"shipment.status:"_s + toName(incoming.shipmentStatus));
            }
        }
    }
    return changes;
}

QString dedupKeyFor(const OrderEvent &event, const QString &trigger, const QString &channelId, const QString &recipient,
                    const QString &occasion)
{
    // Without an occasion the key is what it always was, so messages sent before still count.
    const QString what = occasion.isEmpty() ? trigger : trigger + u'@' + occasion;
    return QStringList{event.sourceId, event.orderId, event.shipmentId, what, channelId, recipient.toLower()}.join(
        u'\x1f');
}

const ChannelConfig *channelForRule(const RuleConfig &rule, const QList<ChannelConfig> &channels, QStringList *skipped)
{
    const auto channel = std::find_if(channels.cbegin(), channels.cend(),
                                      [&](const ChannelConfig &c) { return c.id == rule.channelId; });
    if (channel == channels.cend() || !channel->enabled) {
        skipped->append(RulesText::tr("Rule \"%1\" uses a channel that is missing or switched off.").arg(rule.id));
        return nullptr;
    }
    return &*channel;
}

Plan planNotifications(const ChangeSet &changes, const QList<RuleConfig> &rules, const QList<ChannelConfig> &channels)
{
    Plan plan;
    const OrderEvent &event = changes.merged;
    for (const QString &trigger : changes.triggers) {
        for (const RuleConfig &rule : rules) {
            if (!rule.enabled || rule.trigger != trigger) {
                continue;
            }
            if (!channelForRule(rule, channels, &plan.skipped)) {
                continue;
            }
            PlannedNotification planned;
            planned.trigger = trigger;
            planned.ruleId = rule.id;
            planned.templateId = rule.templateId;
            planned.channelId = rule.channelId;
            if (rule.recipient == u"customer") {
                planned.recipient = event.customerEmail.trimmed();
                planned.recipientName = event.customerName;
                if (planned.recipient.isEmpty()) {
                    plan.skipped.append(RulesText::tr("The order has no customer email address, so rule \"%1\" "
                                                      "sent nothing.")
                                            .arg(rule.id));
                    continue;
                }
            } else {
                planned.recipient = rule.recipient;
            }
            planned.dedupKey = dedupKeyFor(event, trigger, planned.channelId, planned.recipient, changes.occasion);
            plan.notifications.append(planned);
        }
    }
    return plan;
}

} // namespace Tidings
