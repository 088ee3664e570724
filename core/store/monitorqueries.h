#pragma once

#include "model/notification.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Tidings {

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
    // One event with its payload, notifications and delivery attempts; NotFound for an unknown id.
    Result<EventDetails> details(qint64 eventId);

    // The SQL this class runs, so tests can check each query plan uses the key or an index.
    static QStringList statements();

private:
    Status prepare();
    Result<QList<MonitorRow>> readEvents(QSqlQuery &query);
    Status foldNotifications(QList<MonitorRow> &rows, qint64 firstId, qint64 lastId);

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
