#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Tidings {

// Where a poll source has got to: the newest change committed (the platform's own "updated at", so the
// PC's clock never matters) and whether its first run (the backfill) is complete.
struct PollCursor
{
    QDateTime newestSeen; // UTC; invalid when the source has never shown a change
    bool backfillDone = false;
};

// The stock level the store keeps for one item of a source (table stock_levels), as far as polling needs it
// to tell a real change from the same level read again.
struct StoredStockLevel
{
    std::optional<qint64> available;
    QString rawStatus;
    qint64 updatedAtMs = 0; // when the store last changed it (the ingest clock)
};

// The poll sources' cursors (settings key "poll.cursor.<source id>"), the dedup keys already stored for a
// source and its stored stock levels. Used on the scheduler's thread with its own connection.
class PollStateRepository final
{
public:
    explicit PollStateRepository(QSqlDatabase db);

    static QString settingKey(const QString &sourceId);

    // nullopt when the source was never polled to the end of a page.
    Result<std::optional<PollCursor>> cursor(const QString &sourceId) const;
    Status saveCursor(const QString &sourceId, const PollCursor &cursor);
    // Forgets the cursor: the next run is a first run again.
    Status resetCursor(const QString &sourceId);

    // Which of `keys` the store already has for this source (in event_keys).
    Result<QSet<QString>> knownKeys(const QString &sourceId, const QStringList &keys) const;

    // The stored levels of `itemKeys` (StockChange::key()) of this source, by item key; an item without a
    // stored level is missing from the answer.
    Result<QHash<QString, StoredStockLevel>> storedStockLevels(const QString &sourceId,
                                                               const QStringList &itemKeys) const;

private:
    QSqlDatabase m_db;
};

} // namespace Tidings
