#pragma once

#include "model/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Tidings {

// Which notifications went over to their channel's fallback channel, kept in the settings table (one key per
// notification, "dispatch.fallback.<id>") so that it outlives a restart without a schema change. The worker
// needs it to never follow a second fallback from a moved notification, to count the fallback's own attempts
// from the move, and to say in the Monitor why the message went out through another channel.
//
// None of these opens a transaction: they run inside the caller's.
struct FallbackMove
{
    QString fromChannelId;
    int attemptsBefore = 0; // attempts fromChannelId used up before the move
    bool held = false;      // it moved because fromChannelId waits for the owner to sign in again

    static std::optional<FallbackMove> find(const QSqlDatabase &db, qint64 notificationId);
    static Status record(const QSqlDatabase &db, qint64 notificationId, const FallbackMove &move);
    // Once the notification is sent or failed for good.
    static Status forget(const QSqlDatabase &db, qint64 notificationId);
    // Forgets the moves of notifications that no longer wait (cancelled by hand, removed).
    static Status prune(const QSqlDatabase &db);
    // The notifications that have a move recorded, so the worker looks a move up only for those (a look-up per
    // outcome cost the dispatcher a sixth of its throughput).
    static Result<QSet<qint64>> movedIds(const QSqlDatabase &db);
};

} // namespace Tidings
