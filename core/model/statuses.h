#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Tidings {

// The normalized vocabulary of ARCHITECTURE.md. Platforms' raw values are kept beside these.

enum class OrderStatus {
    Unknown,
    Pending,
    Paid,
    OnHold,
    PartiallyShipped,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    Refunded,
    PartiallyRefunded,
    Failed,
};

enum class ShipmentStatus {
    Unknown,
    LabelCreated,
    InTransit,
    OutForDelivery,
    AttemptedDelivery,
    ReadyForPickup,
    Delivered,
    Exception,
    ReturnedToSender,
    Cancelled,
};

enum class StockStatus {
    Unknown,
    InStock,
    LowStock,
    OutOfStock,
    BackInStock,
};

// Stable lower-case names (snake_case), used in the store, the configuration file and templates.
QString toName(OrderStatus status);
QString toName(ShipmentStatus status);
QString toName(StockStatus status);
std::optional<OrderStatus> orderStatusFromName(QStringView name);
std::optional<ShipmentStatus> shipmentStatusFromName(QStringView name);
std::optional<StockStatus> stockStatusFromName(QStringView name);

// Translated words for the owner's screen.
QString displayName(OrderStatus status);
QString displayName(ShipmentStatus status);
QString displayName(StockStatus status);

// Progress along the happy path; a status of lower progress than the stored one is stale
// (delivered, then a late in_transit) and notifies nobody.
int progress(OrderStatus status);
int progress(ShipmentStatus status);

// True when moving from `from` to `to` is news worth telling: a real change that does not go back.
bool isForwardChange(OrderStatus from, OrderStatus to);
bool isForwardChange(ShipmentStatus from, ShipmentStatus to);

} // namespace Tidings
