#pragma once

#include "model/notification.h"
#include "model/result.h"
#include "store/monitorfilter.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <utility>

namespace Tidings {

struct FilterClause;

// One line of the Monitor: an event as it was received, with the notifications it produced folded
// into one state.
struct MonitorRow
{
    qint64 eventId = 0;
    QDateTime receivedAt; // UTC
    QString sourceId;
    QString topic;
    QString orderId;
    QString orderNumber;
    QString customer;
    QString summary;
    bool duplicate = false;
    int notificationCount = 0;
    // The next fields describe the most relevant notification: failed > uncertain > sending > queued >
    // sent > cancelled, the newest one on a tie. They mean nothing while notificationCount is 0.
    NotificationState state = NotificationState::Queued;
    QString channelId;
    QString recipient;
    int attempts = 0; // summed over all of the event's notifications
    QString lastError;

    friend bool operator==(const MonitorRow &, const MonitorRow &) = default;
};

// Everything the Monitor's details pane shows about one event.
struct EventDetails
{
    MonitorRow row;
    QByteArray headersJson;
    QByteArray body;
    QList<Notification> notifications;              // oldest first
    QHash<qint64, QList<DeliveryAttempt>> attempts; // by notification id, in attempt order
};

// The Monitor's reads, on the connection of the thread that owns them (the GUI thread's "monitor"
// connection). Statements are prepared once and kept; every read goes through the primary key or an
// index, so a read costs the same with a million events as with ten. Each read finishes its
// statements before returning, so no read transaction stays open and blocks a WAL checkpoint.
class MonitorQueries final
{
public:
    explicit MonitorQueries(QSqlDatabase db);
    ~MonitorQueries();
    MonitorQueries(const MonitorQueries &) = delete;
    MonitorQueries &operator=(const MonitorQueries &) = delete;

    // The newest `limit` events, newest first.
    Result<QList<MonitorRow>> latest(int limit);
    // Of the events with an id above `eventId`, the newest `limit`, newest first.
    Result<QList<MonitorRow>> after(qint64 eventId, int limit);
    // These events, newest first. Ids that name no event are left out.
    Result<QList<MonitorRow>> rows(const QList<qint64> &eventIds);
    // Of these events, the ones `filter` lets through, newest first.
    Result<QList<MonitorRow>> rows(const QList<qint64> &eventIds, const MonitorFilter &filter);

    // A page of the events `filter` lets through, newest first: the newest `limit` with an id below
    // `beforeId`. Keyset paging: the next page starts below the last row read. A first page (`beforeId` 0,
    // from the newest event) chooses again how to read the filter; the next pages keep its choice.
    Result<QList<MonitorRow>> page(const MonitorFilter &filter, qint64 beforeId, int limit);
    // The events `filter` lets through with an id above `afterId` and up to `throughId`, newest first. Live
    // updates read the ids stored since the last look (see newestId()), never a walk down to an old row.
    Result<QList<MonitorRow>> newer(const MonitorFilter &filter, qint64 afterId, qint64 throughId);
    // The id of the newest event stored, 0 when there is none.
    Result<qint64> newestId();

    // How many matching events a condition's index may hand over before a page walks down the ids
    // instead: reading and sorting this many ids costs about what walking to a page of them costs when
    // more match.
    static constexpr int DefaultMaxIndexedMatches = 20'000;
    // How many ids one statement of a walk checks at most: a few tens of milliseconds.
    static constexpr qint64 DefaultWalkWindow = 10'000;

    // Tests set a few ids, to walk their handful of events in several windows.
    void setWalkWindow(qint64 ids) { m_walkWindow = qMax<qint64>(1, ids); }

    // Tests set 0 to make every page walk, to compare both ways of reading one.
    void setMaxIndexedMatches(int count) { m_maxIndexedMatches = count; }

    // The SQL page() runs for `filter`: driven by the index of its clause number `driver`, or walking down the
    // ids when `driver` is -1. For tests of the query plans.
    static QString pageSql(const MonitorFilter &filter, int driver);

    // The configured shops and channels as (id, name), by name: the choices of the Monitor's filters.
    Result<QList<std::pair<QString, QString>>> sourceNames();
    Result<QList<std::pair<QString, QString>>> channelNames();

    // The connection these reads go through (the order timeline reads on it too).
    QSqlDatabase database() const { return m_db; }

    // One event with its payload, notifications and delivery attempts; NotFound for an unknown id.
    Result<EventDetails> details(qint64 eventId);

    // The SQL this class runs, so tests can check each query plan uses the key or an index.
    static QStringList statements();

private:
    Status prepare();
    Result<QList<MonitorRow>> readEvents(QSqlQuery &query);
    Status foldNotifications(QList<MonitorRow> &rows, qint64 firstId, qint64 lastId);
    Status foldFrom(QList<MonitorRow> &rows, QSqlQuery &summaries);
    // Folds the notifications of rows whose ids are far apart (a filtered page) by their ids.
    Status foldScattered(QList<MonitorRow> &rows);
    Result<QList<MonitorRow>> read(const QString &sql, const QVariantList &values);
    Status foldRows(QList<MonitorRow> &rows);
    Result<QList<MonitorRow>> readFolded(const QString &sql, const QVariantList &values);
    Result<qint64> scalar(const QString &sql, const QVariantList &values);
    // A page read by walking down the ids, a window at a time, checking each event.
    Result<QList<MonitorRow>> walk(const QList<FilterClause> &clauses, qint64 beforeId, int limit);
    Result<int> driverOf(const MonitorFilter &filter);
    Result<QList<std::pair<QString, QString>>> names(const QString &sql);

    // The clause a page of this filter is driven by, chosen on its first page and kept for the next ones.
    MonitorFilter m_planFilter;
    int m_planDriver = -1;
    int m_maxIndexedMatches = DefaultMaxIndexedMatches;
    qint64 m_walkWindow = DefaultWalkWindow;

    QSqlDatabase m_db;
    bool m_prepared = false;
    QSqlQuery m_latest;
    QSqlQuery m_after;
    QSqlQuery m_range;
    QSqlQuery m_summaries;
    QSqlQuery m_payload;
    QSqlQuery m_notifications;
    QSqlQuery m_attempts;
};

} // namespace Tidings
