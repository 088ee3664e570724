#include "model/statuses.h"

#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

class TestStatuses final : public QObject
{
    Q_OBJECT

private slots:
    void orderNames_roundTrip();
    void shipmentNames_roundTrip();
    void fromName_unknownText_isEmpty();
    void orderForwardChange_data();
    void orderForwardChange();
    void shipmentForwardChange_data();
    void shipmentForwardChange();
};

void TestStatuses::orderNames_roundTrip()
{
    for (int i = int(OrderStatus::Unknown); i <= int(OrderStatus::Failed); ++i) {
        const auto status = OrderStatus(i);
        QCOMPARE(orderStatusFromName(toName(status)), status);
        QVERIFY(!displayName(status).isEmpty());
    }
    QCOMPARE(toName(OrderStatus::PartiallyRefunded), u"partially_refunded"_s);
}

void TestStatuses::shipmentNames_roundTrip()
{
    for (int i = int(ShipmentStatus::Unknown); i <= int(ShipmentStatus::Cancelled); ++i) {
        const auto status = ShipmentStatus(i);
        QCOMPARE(shipmentStatusFromName(toName(status)), status);
        QVERIFY(!displayName(status).isEmpty());
    }
    QCOMPARE(toName(ShipmentStatus::OutForDelivery), u"out_for_delivery"_s);
}

void TestStatuses::fromName_unknownText_isEmpty()
{
    QVERIFY(!orderStatusFromName(u"teleported").has_value());
    QVERIFY(!shipmentStatusFromName(u"").has_value());
    QCOMPARE(stockStatusFromName(u"BACK_IN_STOCK"), StockStatus::BackInStock);
}

void TestStatuses::orderForwardChange_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("forward");
    QTest::newRow("pending to paid") << OrderStatus::Pending << OrderStatus::Paid << true;
    QTest::newRow("paid to shipped") << OrderStatus::Paid << OrderStatus::Shipped << true;
    QTest::newRow("same status") << OrderStatus::Paid << OrderStatus::Paid << false;
    QTest::newRow("shipped back to paid") << OrderStatus::Shipped << OrderStatus::Paid << false;
    QTest::newRow("delivered then late shipped") << OrderStatus::Delivered << OrderStatus::Shipped << false;
    QTest::newRow("paid to cancelled") << OrderStatus::Paid << OrderStatus::Cancelled << true;
    QTest::newRow("cancelled is final") << OrderStatus::Cancelled << OrderStatus::Refunded << false;
    QTest::newRow("to unknown is no news") << OrderStatus::Paid << OrderStatus::Unknown << false;
    QTest::newRow("on hold to pending") << OrderStatus::OnHold << OrderStatus::Pending << true;
}

void TestStatuses::orderForwardChange()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, forward);
    QCOMPARE(isForwardChange(from, to), forward);
}

void TestStatuses::shipmentForwardChange_data()
{
    QTest::addColumn<ShipmentStatus>("from");
    QTest::addColumn<ShipmentStatus>("to");
    QTest::addColumn<bool>("forward");
    QTest::newRow("label to in transit") << ShipmentStatus::LabelCreated << ShipmentStatus::InTransit << true;
    QTest::newRow("in transit to out for delivery")
        << ShipmentStatus::InTransit << ShipmentStatus::OutForDelivery << true;
    QTest::newRow("delivered then late in transit") << ShipmentStatus::Delivered << ShipmentStatus::InTransit << false;
    QTest::newRow("delivered then exception") << ShipmentStatus::Delivered << ShipmentStatus::Exception << false;
    QTest::newRow("attempted then out again")
        << ShipmentStatus::AttemptedDelivery << ShipmentStatus::OutForDelivery << true;
    QTest::newRow("out for delivery to delivered")
        << ShipmentStatus::OutForDelivery << ShipmentStatus::Delivered << true;
    QTest::newRow("same") << ShipmentStatus::InTransit << ShipmentStatus::InTransit << false;
}

void TestStatuses::shipmentForwardChange()
{
    QFETCH(ShipmentStatus, from);
    QFETCH(ShipmentStatus, to);
    QFETCH(bool, forward);
    QCOMPARE(isForwardChange(from, to), forward);
}

QTEST_APPLESS_MAIN(TestStatuses)
#include "tst_statuses.moc"
