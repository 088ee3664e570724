#pragma once

#include "model/orderevent.h"
#include "model/stockchange.h"
#include "model/stocksubscription.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Tidings {

// One HTTP delivery exactly as received: the raw body is what signatures are checked on.
struct WebhookRequest
{
    QString sourceId;
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray target; // path and query exactly as sent, e.g. "/webhooks/shop?x=1" (HubSpot signs it)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QDateTime receivedAt; // UTC, when the server read the request (timestamp windows are checked against it)

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }

    // The media type without parameters, lower case: "application/json", "application/x-www-form-urlencoded".
    QByteArray mediaType() const
    {
        const QByteArray value = header(QByteArrayLiteral("content-type"));
        const qsizetype semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
    }
};

// What a source adapter made of a verified delivery.
struct ParsedWebhook
{
    QString topic;
    QString eventId;          // the platform's id of the event (same across duplicate deliveries)
    QString deliveryId;       // the platform's id of this delivery
    QList<OrderEvent> events; // empty for topics we record but do not act on
    QList<StockChange> stockChanges;
    QList<StockSubscription> subscriptions; // customers asking to be told when a product is back

    // What the platform expects back on success. Empty: the server's own JSON answer. Salesforce, for
    // one, needs a SOAP acknowledgement or it sends the message again.
    QByteArray responseBody;
    QByteArray responseContentType;

    // When not null, what the store keeps instead of the raw body: the body with credentials the platform
    // put in it removed (Salesforce's SessionId). Signatures were checked on the raw body before this.
    QByteArray bodyToStore;
};

} // namespace Tidings
