#include "store/activityqueries.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ActivityQueries)
};

constexpr qint64 HourMs = 60 * 60 * 1000;

Error readError(const QSqlQuery &query)
{
    return Database::storageError(ActivityText::tr("Tidings could not count today's activity."),
                                  query.lastError().text());
}

} // namespace

ActivityQueries::ActivityQueries(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> ActivityQueries::firstIdAtOrAfter(const QString &table, const QString &timeColumn, qint64 ms) const
{
    // Table and column names come from this file only (summary()), never from input.
    QSqlQuery bounds(m_db);
    if (!bounds.exec(u"SELECT MIN(id), MAX(id) FROM "_s + table) || !bounds.next()) {
        return readError(bounds);
    }
    if (bounds.value(0).isNull()) {
        return qint64(1);
    }
    qint64 low = bounds.value(0).toLongLong();
    qint64 high = bounds.value(1).toLongLong() + 1; // the answer lies in [low, high]
    QSqlQuery probe(m_db);
    probe.prepare(u"SELECT id, "_s + timeColumn + u" FROM "_s + table + u" WHERE id >= ? ORDER BY id LIMIT 1"_s);
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        probe.bindValue(0, middle);
        if (!probe.exec()) {
            return readError(probe);
        }
        if (!probe.next()) {
            high = middle;
        } else if (probe.value(1).toLongLong() >= ms) {
            high = middle; // the row found (id >= middle) is late enough; an earlier one may be too
        } else {
            low = probe.value(0).toLongLong() + 1;
        }
        probe.finish();
    }
    return low;
}

Result<ActivitySummary> ActivityQueries::summary(const QDateTime &now) const
{
    ActivitySummary summary;
    const qint64 midnight = QDateTime(now.toLocalTime().date(), QTime(0, 0)).toMSecsSinceEpoch();
    // Hours of the system's clock (a time zone may be off UTC by a half or quarter hour).
    const QDateTime local = now.toLocalTime();
    const qint64 currentHour = QDateTime(local.date(), QTime(local.time().hour(), 0)).toMSecsSinceEpoch();
    const qint64 chartStart = currentHour - 23 * HourMs;
    const qint64 since = std::min(midnight, chartStart);
    for (int i = 0; i < 24; ++i) {
        summary.hours.append(HourActivity{QDateTime::fromMSecsSinceEpoch(chartStart + i * HourMs, Qt::UTC)});
    }
    const auto addTo = [&](qint64 hour, bool today, int count, int ActivitySummary::*todayCount,
                           int HourActivity::*hourCount) {
        if (today) {
            summary.*todayCount += count;
        }
        if (hour >= 0 && hour < 24) {
            summary.hours[int(hour)].*hourCount += count;
        }
    };
    // Counted by the database, per hour of the chart (-1 before it) and by whether it is today's: only a few
    // dozen rows come back, however busy the day was (this runs on the window's thread).
    const QString bucket = u"CASE WHEN %1 >= :chart THEN (%1 - :chart) / %2 ELSE -1 END, %1 >= :midnight"_s;

    const auto firstEvent = firstIdAtOrAfter(u"raw_events"_s, u"received_at"_s, since);
    if (!firstEvent) {
        return firstEvent.error();
    }
    QSqlQuery events(m_db);
    events.prepare(u"SELECT "_s + bucket.arg(u"received_at"_s).arg(HourMs) +
                   u", COUNT(*) FROM raw_events WHERE id >= :first GROUP BY 1, 2"_s);
    events.bindValue(u":chart"_s, chartStart);
    events.bindValue(u":midnight"_s, midnight);
    events.bindValue(u":first"_s, *firstEvent);
    if (!events.exec()) {
        return readError(events);
    }
    while (events.next()) {
        addTo(events.value(0).toLongLong(), events.value(1).toBool(), events.value(2).toInt(),
              &ActivitySummary::eventsToday, &HourActivity::events);
    }

    const auto firstAttempt = firstIdAtOrAfter(u"delivery_attempts"_s, u"finished_at"_s, since);
    if (!firstAttempt) {
        return firstAttempt.error();
    }
    QSqlQuery attempts(m_db);
    attempts.prepare(u"SELECT "_s + bucket.arg(u"finished_at"_s).arg(HourMs) +
                     u", COUNT(*), outcome FROM delivery_attempts WHERE id >= :first"
                     " AND outcome IN ('accepted', 'failed') GROUP BY 1, 2, 4"_s);
    attempts.bindValue(u":chart"_s, chartStart);
    attempts.bindValue(u":midnight"_s, midnight);
    attempts.bindValue(u":first"_s, *firstAttempt);
    if (!attempts.exec()) {
        return readError(attempts);
    }
    while (attempts.next()) {
        const bool sent = attempts.value(3).toString() == u"accepted"_s;
        addTo(attempts.value(0).toLongLong(), attempts.value(1).toBool(), attempts.value(2).toInt(),
              sent ? &ActivitySummary::sentToday : &ActivitySummary::failedToday,
              sent ? &HourActivity::sent : &HourActivity::failed);
    }

    QSqlQuery states(m_db);
    if (!states.exec(u"SELECT state, COUNT(*) FROM notifications WHERE state IN ('queued', 'sending', 'uncertain')"
                     " GROUP BY state"_s)) {
        return readError(states);
    }
    while (states.next()) {
        const int count = states.value(1).toInt();
        (states.value(0).toString() == u"uncertain"_s ? summary.uncertain : summary.waiting) += count;
    }
    return summary;
}

} // namespace Tidings
