#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Tidings {

// What the store knows about one source's traffic.
struct SourceEventStats
{
    QDateTime lastEventAt; // UTC; invalid when the source has no events
    int eventsSince = 0;   // events received at or after the `since` asked for

    friend bool operator==(const SourceEventStats &, const SourceEventStats &) = default;
};

// The Connections page's reads, on the connection of the thread that owns them (the GUI thread's
// "monitor" connection). Both statements walk the raw_events(source_id, received_at) index: the last
// event is one seek, the count reads only that source's events since `since` (one day's worth), so a
// read costs the same with a million stored events as with ten.
class SourceHealthQueries final
{
public:
    explicit SourceHealthQueries(QSqlDatabase db);
    ~SourceHealthQueries();
    SourceHealthQueries(const SourceHealthQueries &) = delete;
    SourceHealthQueries &operator=(const SourceHealthQueries &) = delete;

    Result<SourceEventStats> eventStats(const QString &sourceId, const QDateTime &since);

    // The SQL this class runs, so tests can check each query plan uses the index.
    static QStringList statements();

private:
    Status prepare();

    QSqlDatabase m_db;
    bool m_prepared = false;
    QSqlQuery m_lastEvent;
    QSqlQuery m_countSince;
};

} // namespace Tidings
