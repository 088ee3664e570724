#pragma once

#include "model/orderevent.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Tidings {

// One HTTP delivery exactly as received: the raw body is what signatures are checked on.
struct WebhookRequest
{
    QString sourceId;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// What a source adapter made of a verified delivery.
struct ParsedWebhook
{
    QString topic;
    QString eventId;          // the platform's id of the event (same across duplicate deliveries)
    QString deliveryId;       // the platform's id of this delivery
    QList<OrderEvent> events; // empty for topics we record but do not act on
};

} // namespace Tidings
