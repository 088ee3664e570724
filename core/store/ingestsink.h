#pragma once

#include "model/error.h"
#include "model/orderevent.h"
#include "model/stockchange.h"
#include "model/stocksubscription.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tidings {

// One accepted delivery (webhook or poll page) on its way into the store.
struct IngestItem
{
    QString sourceId;
    QString sourceType;
    QString topic;
    QStringList dedupKeys;  // e.g. {"event:123", "delivery:abc"}; a match on any marks the item duplicate
    QByteArray body;        // raw bytes as received
    QByteArray headersJson; // the request headers as a JSON object (never secrets: signatures are dropped)
    QDateTime receivedAt;   // UTC
    QList<OrderEvent> events;
    QList<StockChange> stockChanges;
    QList<StockSubscription> subscriptions; // customers asking to be told when a product is back in stock
    // Store the events and snapshots but queue no notification: a poll source's first run reaching back
    // into orders that happened before Tidings knew the shop (unless the owner asked to be notified).
    bool suppressNotifications = false;

    // Set by a check of Tidings' own (DelayWatcher), not by a platform: each event names a stored shipment, and
    // `trigger` is raised for it as is. Nothing new is known of the shipment, so its snapshot is neither compared
    // nor saved (its last update stays the carrier's). `occasion` as in ChangeSet.
    struct Raised
    {
        QString trigger;
        QString occasion;
    };

    std::optional<Raised> raised;
};

struct IngestOutcome
{
    bool ok = false;
    bool duplicate = false;
    qint64 rawEventId = 0;
    int notificationsQueued = 0;
    std::optional<Error> error; // set when !ok: nothing was stored
};

// Where sources hand accepted deliveries. Implementations commit durably (raw event, order snapshot,
// notifications in one transaction) before calling `done`. Thread-safe; `done` may run on any thread.
class IngestSink
{
public:
    using Done = std::function<void(const IngestOutcome &)>;

    virtual ~IngestSink() = default;
    virtual void submit(IngestItem item, Done done) = 0;
};

} // namespace Tidings
