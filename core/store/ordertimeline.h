#pragma once

#include "model/result.h"
#include "store/monitorqueries.h"

#include <QList>
#include <QSqlDatabase>

namespace Tidings {

// Everything Tidings knows and did about one order, oldest first: each event as received (with its payload and
// what was decided about it), each notification and each delivery attempt with the provider's answer.
struct OrderTimeline
{
    QString sourceId;
    QString orderId;
    QString orderNumber;
    QList<EventDetails> events; // oldest first
    bool truncated = false;     // the order had more events than were read (the newest are shown)
};

class OrderTimelineQueries final
{
public:
    // Reads through `queries` (the Monitor's connection) and `db`, the same connection.
    OrderTimelineQueries(MonitorQueries &queries, QSqlDatabase db);

    // The events of (sourceId, orderId), at most `maxEvents` (the newest); NotFound when there are none.
    Result<OrderTimeline> timeline(const QString &sourceId, const QString &orderId, int maxEvents = 200);

private:
    MonitorQueries &m_queries;
    QSqlDatabase m_db;
};

} // namespace Tidings
