#include "dispatch/rules.h"

#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

OrderEvent orderEvent(OrderStatus status)
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.orderId = u"1001"_s;
    e.orderNumber = u"#1001"_s;
    e.customerEmail = u"jane@example.com"_s;
    e.customerName = u"Jane Doe"_s;
    e.orderStatus = status;
    return e;
}

OrderEvent shipmentEvent(ShipmentStatus status)
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.orderId = u"1001"_s;
    e.shipmentId = u"77"_s;
    e.orderStatus = OrderStatus::Shipped;
    e.shipmentStatus = status;
    return e;
}

ChannelConfig channel(const QString &id, bool enabled = true)
{
    ChannelConfig c;
    c.id = id;
    c.type = u"sendgrid"_s;
    c.enabled = enabled;
    return c;
}

} // namespace

class TestRules final : public QObject
{
    Q_OBJECT

private slots:
    void deriveChanges_data();
    void deriveChanges();
    void shipment_isCompletedFromStoredOrder();
    void plan_defaultRules_data();
    void plan_defaultRules();
    void plan_customerWithoutEmail_isSkippedWithReason();
    void plan_disabledChannel_isSkipped();
    void plan_fixedRecipient_getsCopy();
    void dedupKey_ignoresRecipientCase();
};

void TestRules::deriveChanges_data()
{
    QTest::addColumn<bool>("hasOrder");
    QTest::addColumn<OrderStatus>("stored");
    QTest::addColumn<bool>("hasShipment");
    QTest::addColumn<ShipmentStatus>("storedShipment");
    QTest::addColumn<OrderEvent>("incoming");
    QTest::addColumn<QStringList>("triggers");
    QTest::addColumn<bool>("stale");

    const auto none = OrderStatus::Unknown;
    const auto noShip = ShipmentStatus::Unknown;
    QTest::newRow("new paid order") << false << none << false << noShip << orderEvent(OrderStatus::Paid)
                                    << QStringList{u"order.created"_s, u"order.status:paid"_s} << false;
    QTest::newRow("known order, same status")
        << true << OrderStatus::Paid << false << noShip << orderEvent(OrderStatus::Paid) << QStringList{} << false;
    QTest::newRow("known order cancelled")
        << true << OrderStatus::Paid << false << noShip << orderEvent(OrderStatus::Cancelled)
        << QStringList{u"order.status:cancelled"_s} << false;
    QTest::newRow("late pending after paid")
        << true << OrderStatus::Paid << false << noShip << orderEvent(OrderStatus::Pending) << QStringList{} << true;
    QTest::newRow("first fulfillment") << true << OrderStatus::Paid << false << noShip
                                       << shipmentEvent(ShipmentStatus::Unknown)
                                       << QStringList{u"order.status:shipped"_s, u"shipment.created"_s} << false;
    QTest::newRow("fulfillment for unknown order")
        << false << none << false << noShip << shipmentEvent(ShipmentStatus::InTransit)
        << QStringList{u"shipment.created"_s, u"shipment.status:in_transit"_s} << false;
    QTest::newRow("out for delivery") << true << OrderStatus::Shipped << true << ShipmentStatus::InTransit
                                      << shipmentEvent(ShipmentStatus::OutForDelivery)
                                      << QStringList{u"shipment.status:out_for_delivery"_s} << false;
    QTest::newRow("late in transit after delivered")
        << true << OrderStatus::Shipped << true << ShipmentStatus::Delivered << shipmentEvent(ShipmentStatus::InTransit)
        << QStringList{} << true;
    QTest::newRow("cancelled new fulfillment") << true << OrderStatus::Shipped << false << noShip
                                               << shipmentEvent(ShipmentStatus::Cancelled) << QStringList{} << false;
}

void TestRules::deriveChanges()
{
    QFETCH(bool, hasOrder);
    QFETCH(OrderStatus, stored);
    QFETCH(bool, hasShipment);
    QFETCH(ShipmentStatus, storedShipment);
    QFETCH(OrderEvent, incoming);
    QFETCH(QStringList, triggers);
    QFETCH(bool, stale);

    std::optional<OrderSnapshot> order;
    if (hasOrder) {
        order = OrderSnapshot{};
        order->status = stored;
    }
    std::optional<ShipmentSnapshot> shipment;
    if (hasShipment) {
        shipment = ShipmentSnapshot{};
        shipment->status = storedShipment;
    }
    const ChangeSet changes = Tidings::deriveChanges(order, shipment, incoming);
    QCOMPARE(changes.triggers, triggers);
    QCOMPARE(changes.stale, stale);
    if (hasOrder && triggers.isEmpty() && stale) {
        QCOMPARE(changes.merged.orderStatus == stored || changes.merged.shipmentStatus == storedShipment, true);
    }
}

void TestRules::shipment_isCompletedFromStoredOrder()
{
    OrderSnapshot order;
    order.status = OrderStatus::Paid;
    order.orderNumber = u"#1001"_s;
    order.customerEmail = u"jane@example.com"_s;
    order.customerName = u"Jane Doe"_s;
    order.items = {LineItem{u"SKU-1"_s, u"Mug"_s, 2, u"12.00"_s}};
    OrderEvent incoming = shipmentEvent(ShipmentStatus::Unknown);
    incoming.carrier = u"DHL"_s;
    const ChangeSet changes = Tidings::deriveChanges(order, std::nullopt, incoming);
    QCOMPARE(changes.merged.orderNumber, u"#1001"_s);
    QCOMPARE(changes.merged.customerEmail, u"jane@example.com"_s);
    QCOMPARE(changes.merged.lineItems.size(), 1);
    QCOMPARE(changes.merged.carrier, u"DHL"_s);
}

void TestRules::plan_defaultRules_data()
{
    QTest::addColumn<QStringList>("triggers");
    QTest::addColumn<QStringList>("templates");
    QTest::newRow("order created") << QStringList{u"order.created"_s, u"order.status:paid"_s}
                                   << QStringList{u"order_confirmed"_s};
    QTest::newRow("shipped") << QStringList{u"order.status:shipped"_s, u"shipment.created"_s}
                             << QStringList{u"shipped"_s};
    QTest::newRow("status only") << QStringList{u"order.status:cancelled"_s} << QStringList{};
}

void TestRules::plan_defaultRules()
{
    QFETCH(QStringList, triggers);
    QFETCH(QStringList, templates);
    ChangeSet changes;
    changes.merged = orderEvent(OrderStatus::Paid);
    changes.triggers = triggers;
    const Plan plan = planNotifications(changes, defaultRules(u"mail"_s), {channel(u"mail"_s)});
    QStringList planned;
    for (const PlannedNotification &n : plan.notifications) {
        planned.append(n.templateId);
        QCOMPARE(n.recipient, u"jane@example.com"_s);
        QCOMPARE(n.channelId, u"mail"_s);
    }
    QCOMPARE(planned, templates);
}

void TestRules::plan_customerWithoutEmail_isSkippedWithReason()
{
    ChangeSet changes;
    changes.merged = orderEvent(OrderStatus::Paid);
    changes.merged.customerEmail.clear();
    changes.triggers = {u"order.created"_s};
    const Plan plan = planNotifications(changes, defaultRules(u"mail"_s), {channel(u"mail"_s)});
    QVERIFY(plan.notifications.isEmpty());
    QCOMPARE(plan.skipped.size(), 1);
    QVERIFY(plan.skipped.constFirst().contains(u"no customer email"_s));
}

void TestRules::plan_disabledChannel_isSkipped()
{
    ChangeSet changes;
    changes.merged = orderEvent(OrderStatus::Paid);
    changes.triggers = {u"order.created"_s};
    const Plan plan = planNotifications(changes, defaultRules(u"mail"_s), {channel(u"mail"_s, false)});
    QVERIFY(plan.notifications.isEmpty());
    QCOMPARE(plan.skipped.size(), 1);
}

void TestRules::plan_fixedRecipient_getsCopy()
{
    ChangeSet changes;
    changes.merged = orderEvent(OrderStatus::Cancelled);
    changes.triggers = {u"order.status:cancelled"_s};
    RuleConfig staff{u"staff"_s, u"order.status:cancelled"_s, u"order_confirmed"_s,
                     u"mail"_s,  u"owner@shop.example"_s,     true};
    const Plan plan = planNotifications(changes, {staff}, {channel(u"mail"_s)});
    QCOMPARE(plan.notifications.size(), 1);
    QCOMPARE(plan.notifications.constFirst().recipient, u"owner@shop.example"_s);
}

void TestRules::dedupKey_ignoresRecipientCase()
{
    const OrderEvent e = orderEvent(OrderStatus::Paid);
    QCOMPARE(dedupKeyFor(e, u"order.created"_s, u"mail"_s, u"Jane@Example.com"_s),
             dedupKeyFor(e, u"order.created"_s, u"mail"_s, u"jane@example.com"_s));
    QVERIFY(dedupKeyFor(e, u"order.created"_s, u"mail"_s, u"a@b.c"_s) !=
            dedupKeyFor(e, u"shipment.created"_s, u"mail"_s, u"a@b.c"_s));
}

QTEST_APPLESS_MAIN(TestRules)
#include "tst_rules.moc"
