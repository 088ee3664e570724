#include "model/statuses.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Tidings {

namespace {

struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Status)
};

constexpr std::array orderNames{
    std::pair{OrderStatus::Unknown, "unknown"},
    std::pair{OrderStatus::Pending, "pending"},
    std::pair{OrderStatus::Paid, "paid"},
    std::pair{OrderStatus::OnHold, "on_hold"},
    std::pair{OrderStatus::PartiallyShipped, "partially_shipped"},
    std::pair{OrderStatus::Shipped, "shipped"},
    std::pair{OrderStatus::Delivered, "delivered"},
    std::pair{OrderStatus::Completed, "completed"},
    std::pair{OrderStatus::Cancelled, "cancelled"},
    std::pair{OrderStatus::Refunded, "refunded"},
    std::pair{OrderStatus::PartiallyRefunded, "partially_refunded"},
    std::pair{OrderStatus::Failed, "failed"},
};

constexpr std::array shipmentNames{
    std::pair{ShipmentStatus::Unknown, "unknown"},
    std::pair{ShipmentStatus::LabelCreated, "label_created"},
    std::pair{ShipmentStatus::InTransit, "in_transit"},
    std::pair{ShipmentStatus::OutForDelivery, "out_for_delivery"},
    std::pair{ShipmentStatus::AttemptedDelivery, "attempted_delivery"},
    std::pair{ShipmentStatus::ReadyForPickup, "ready_for_pickup"},
    std::pair{ShipmentStatus::Delivered, "delivered"},
    std::pair{ShipmentStatus::Exception, "exception"},
    std::pair{ShipmentStatus::ReturnedToSender, "returned_to_sender"},
    std::pair{ShipmentStatus::Cancelled, "cancelled"},
};

constexpr std::array stockNames{
    std::pair{StockStatus::Unknown, "unknown"},           std::pair{StockStatus::InStock, "in_stock"},
    std::pair{StockStatus::LowStock, "low_stock"},        std::pair{StockStatus::OutOfStock, "out_of_stock"},
    std::pair{StockStatus::BackInStock, "back_in_stock"},
};

template <typename Table, typename Enum>
QString nameIn(const Table &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("unknown");
}

template <typename Enum, typename Table>
std::optional<Enum> valueIn(const Table &table, QStringView name)
{
    for (const auto &[key, text] : table) {
        if (name.compare(QLatin1StringView(text), Qt::CaseInsensitive) == 0) {
            return key;
        }
    }
    return std::nullopt;
}

} // namespace

QString toName(OrderStatus status)
{
    return nameIn(orderNames, status);
}

QString toName(ShipmentStatus status)
{
    return nameIn(shipmentNames, status);
}

QString toName(StockStatus status)
{
    return nameIn(stockNames, status);
}

std::optional<OrderStatus> orderStatusFromName(QStringView name)
{
    return valueIn<OrderStatus>(orderNames, name);
}

std::optional<ShipmentStatus> shipmentStatusFromName(QStringView name)
{
    return valueIn<ShipmentStatus>(shipmentNames, name);
}

std::optional<StockStatus> stockStatusFromName(QStringView name)
{
    return valueIn<StockStatus>(stockNames, name);
}

QString displayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Unknown:
        return StatusText::tr("Unknown");
    case OrderStatus::Pending:
        return StatusText::tr("Awaiting payment");
    case OrderStatus::Paid:
        return StatusText::tr("Paid");
    case OrderStatus::OnHold:
        return StatusText::tr("On hold");
    case OrderStatus::PartiallyShipped:
        return StatusText::tr("Partially shipped");
    case OrderStatus::Shipped:
        return StatusText::tr("Shipped");
    case OrderStatus::Delivered:
        return StatusText::tr("Delivered");
    case OrderStatus::Completed:
        return StatusText::tr("Completed");
    case OrderStatus::Cancelled:
        return StatusText::tr("Cancelled");
    case OrderStatus::Refunded:
        return StatusText::tr("Refunded");
    case OrderStatus::PartiallyRefunded:
        return StatusText::tr("Partially refunded");
    case OrderStatus::Failed:
        return StatusText::tr("Failed");
    }
    return {};
}

QString displayName(ShipmentStatus status)
{
    switch (status) {
    case ShipmentStatus::Unknown:
        return StatusText::tr("Unknown");
    case ShipmentStatus::LabelCreated:
        return StatusText::tr("Label created");
    case ShipmentStatus::InTransit:
        return StatusText::tr("In transit");
    case ShipmentStatus::OutForDelivery:
        return StatusText::tr("Out for delivery");
    case ShipmentStatus::AttemptedDelivery:
        return StatusText::tr("Delivery attempted");
    case ShipmentStatus::ReadyForPickup:
        return StatusText::tr("Ready for pickup");
    case ShipmentStatus::Delivered:
        return StatusText::tr("Delivered");
    case ShipmentStatus::Exception:
        return StatusText::tr("Delivery problem");
    case ShipmentStatus::ReturnedToSender:
        return StatusText::tr("Returned to sender");
    case ShipmentStatus::Cancelled:
        return StatusText::tr("Cancelled");
    }
    return {};
}

QString displayName(StockStatus status)
{
    switch (status) {
    case StockStatus::Unknown:
        return StatusText::tr("Unknown");
    case StockStatus::InStock:
        return StatusText::tr("In stock");
    case StockStatus::LowStock:
        return StatusText::tr("Low stock");
    case StockStatus::OutOfStock:
        return StatusText::tr("Out of stock");
    case StockStatus::BackInStock:
        return StatusText::tr("Back in stock");
    }
    return {};
}

int progress(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Unknown:
        return 0;
    case OrderStatus::Pending:
    case OrderStatus::OnHold:
        return 1;
    case OrderStatus::Paid:
        return 2;
    case OrderStatus::PartiallyShipped:
        return 3;
    case OrderStatus::Shipped:
        return 4;
    case OrderStatus::Delivered:
        return 5;
    case OrderStatus::Completed:
        return 6;
    case OrderStatus::PartiallyRefunded:
        return 7;
    case OrderStatus::Cancelled:
    case OrderStatus::Refunded:
    case OrderStatus::Failed:
        return 8;
    }
    return 0;
}

int progress(ShipmentStatus status)
{
    switch (status) {
    case ShipmentStatus::Unknown:
        return 0;
    case ShipmentStatus::LabelCreated:
        return 1;
    case ShipmentStatus::InTransit:
        return 2;
    case ShipmentStatus::OutForDelivery:
    case ShipmentStatus::AttemptedDelivery:
    case ShipmentStatus::ReadyForPickup:
    case ShipmentStatus::Exception:
        return 3;
    case ShipmentStatus::Delivered:
        return 4;
    case ShipmentStatus::ReturnedToSender:
    case ShipmentStatus::Cancelled:
        return 5;
    }
    return 0;
}

bool isForwardChange(OrderStatus from, OrderStatus to)
{
    if (to == from || to == OrderStatus::Unknown) {
        return false;
    }
    // On hold and pending sit at the same step and may swap; terminal states never move back.
    return progress(to) >= progress(from) && progress(from) < progress(OrderStatus::Cancelled);
}

bool isForwardChange(ShipmentStatus from, ShipmentStatus to)
{
    if (to == from || to == ShipmentStatus::Unknown) {
        return false;
    }
    return progress(to) >= progress(from) && progress(from) < progress(ShipmentStatus::Delivered);
}

} // namespace Tidings
