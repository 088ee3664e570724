#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Tidings {

// One hour of the Monitor's activity chart.
struct HourActivity
{
    QDateTime start; // UTC, on the hour
    int events = 0;  // webhooks and polled changes received
    int sent = 0;    // messages the providers accepted
    int failed = 0;  // messages that failed for good

    friend bool operator==(const HourActivity &, const HourActivity &) = default;
};

// What the Monitor's header strip shows.
struct ActivitySummary
{
    int eventsToday = 0; // since local midnight
    int sentToday = 0;
    int failedToday = 0;
    int waiting = 0;           // queued or being sent, whenever they came in
    int uncertain = 0;         // interrupted mid-send, waiting for the owner
    QList<HourActivity> hours; // the last 24 hours, oldest first; the last one is the current hour

    friend bool operator==(const ActivitySummary &, const ActivitySummary &) = default;
};

// The Monitor's counts, on the GUI thread's connection. A million events cost the same as ten: rows are
// appended in time order, so the first row of a period is found by a binary search on the primary key (a
// few dozen look-ups) and only that period's rows are read; the waiting count walks the state index.
class ActivityQueries final
{
public:
    explicit ActivityQueries(QSqlDatabase db);

    // `now` in any time zone; "today" starts at midnight of the system's time zone.
    Result<ActivitySummary> summary(const QDateTime &now) const;

    // The first id of `table` whose `timeColumn` (ms since the epoch) is at or after `ms`, or one past the
    // last id when there is none. Rows of the table must be appended in (close to) time order.
    Result<qint64> firstIdAtOrAfter(const QString &table, const QString &timeColumn, qint64 ms) const;

private:
    QSqlDatabase m_db;
};

} // namespace Tidings
