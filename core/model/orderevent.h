#pragma once

#include "model/statuses.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Tidings {

struct LineItem
{
    QString sku;
    QString name;
    int quantity = 0;
    QString price; // decimal text as the platform sent it; money is never a double
};

// One normalized change of an order, shipment or stock level, whatever platform it came from.
// Every platform id is a string. Fields a platform did not send stay empty; ingest fills them
// from the stored snapshot of the order.
struct OrderEvent
{
    QString sourceId;      // our id of the connected shop (the webhook path segment)
    QString sourceType;    // platform, lower case: "shopify", ...
    QString sourceEventId; // the platform's id of this event, for deduplication
    QString deliveryId;    // the platform's id of this delivery attempt, when it has one
    QString topic;         // the platform's own event name, e.g. "orders/create"

    QString orderId;
    QString orderNumber; // what the customer sees, e.g. "#1042"

    QString customerName;
    QString customerEmail;
    QString customerPhone;
    QString customerLocale;
    QString customerTimeZone; // IANA id from the order's address (customerTimeZone()); "" when it does not tell

    OrderStatus orderStatus = OrderStatus::Unknown;
    QString rawOrderStatus;

    QString shipmentId; // empty when the event is about the order only
    ShipmentStatus shipmentStatus = ShipmentStatus::Unknown;
    QString rawShipmentStatus;
    QString carrier;
    QString trackingNumber;
    QUrl trackingUrl;

    QList<LineItem> lineItems;
    QString totalPrice;
    QString currency;

    QDateTime occurredAt; // UTC
    QByteArray rawPayload;

    bool hasShipment() const { return !shipmentId.isEmpty(); }
};

} // namespace Tidings

Q_DECLARE_METATYPE(Tidings::OrderEvent)
