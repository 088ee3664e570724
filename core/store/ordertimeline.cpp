#include "store/ordertimeline.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::OrderTimelineQueries)
};

Error readError(const QSqlQuery &query)
{
    return Database::storageError(TimelineText::tr("Tidings could not read this order's history."),
                                  query.lastError().text());
}

} // namespace

OrderTimelineQueries::OrderTimelineQueries(MonitorQueries &queries, QSqlDatabase db)
    : m_queries(queries)
    , m_db(std::move(db))
{}

Result<OrderTimeline> OrderTimelineQueries::timeline(const QString &sourceId, const QString &orderId, int maxEvents)
{
    QList<qint64> ids;
    {
        QSqlQuery query(m_db);
        // raw_events_order: (source_id, order_id); the newest first, so a very busy order shows its latest news.
        query.prepare(u"SELECT id FROM raw_events WHERE source_id = ? AND order_id = ? ORDER BY id DESC LIMIT ?"_s);
        bindValue(query, sourceId);
        bindValue(query, orderId);
        bindValue(query, maxEvents + 1);
        if (!query.exec()) {
            return readError(query);
        }
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    if (ids.isEmpty() || orderId.isEmpty()) {
        return Error::make(ErrorCode::NotFound, TimelineText::tr("There is nothing stored for this order."));
    }
    OrderTimeline timeline;
    timeline.sourceId = sourceId;
    timeline.orderId = orderId;
    timeline.truncated = ids.size() > maxEvents;
    if (timeline.truncated) {
        ids.removeLast();
    }
    std::reverse(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        auto details = m_queries.details(id);
        if (!details) {
            return details.error();
        }
        if (!details->row.orderNumber.isEmpty()) {
            timeline.orderNumber = details->row.orderNumber;
        }
        timeline.events.append(std::move(details).value());
    }
    return timeline;
}

} // namespace Tidings
