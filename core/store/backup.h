#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Backup and restore of the store (the data folder's tidings.sqlite). Secrets are never in the store, so
// a backup holds none: keys and passwords stay in the system keychain.
//
// A backup is taken while Tidings runs: SQLite's VACUUM INTO copies one consistent snapshot (a read
// transaction; WAL lets the writers go on meanwhile) into a temporary file beside the target, which is
// checked and only then renamed into place, so the target never holds half a copy.
//
// A restore is staged and applied at the next start, before anything opens the store: the checked backup
// is copied to <dataDir>/tidings.sqlite.restore; applyStagedRestore() then keeps the current store as
// tidings.sqlite.before-restore and moves the backup into its place.
namespace Tidings::Backup {

struct Info
{
    QString filePath;
    qint64 bytes = 0;
    int schemaVersion = 0;
    qint64 events = 0;        // raw_events rows
    qint64 notifications = 0; // notifications rows
    QDateTime newestEventAt;  // UTC; invalid when there are no events
};

// "tidings-backup-2026-11-29-0930.sqlite" for a backup taken at `when` (local time).
QString suggestedFileName(const QDateTime &when);

// Writes a consistent copy of the store in `dataDir` to `target` (replacing it only on success).
Result<Info> write(const QString &dataDir, const QString &target);

// Opens `file` read-only and checks that it is a whole Tidings store this version can use: SQLite's
// integrity check passes, its schema version is one this version knows, and the tables are there.
Result<Info> inspect(const QString &file);

// Checks `backupFile` and stages it for the next start. The current store is not touched.
Result<Info> stageRestore(const QString &backupFile, const QString &dataDir);

// Whether a restore is waiting for the next start.
bool hasStagedRestore(const QString &dataDir);

// At start, before the store is opened: applies a staged restore if there is one. True when one was
// applied; an error leaves the current store as it was (and the staged file in place).
Result<bool> applyStagedRestore(const QString &dataDir);

// File names in the data folder.
QString stagedFileIn(const QString &dataDir);
QString previousFileIn(const QString &dataDir);

} // namespace Tidings::Backup
