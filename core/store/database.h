#pragma once

#include "model/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <mutex>

namespace Tidings {

// One SQLite connection, owned by one thread. Opening applies the pragmas (WAL, full fsync on
// commit, foreign keys) and runs pending migrations. The connection is removed on destruction.
class Database final
{
public:
    // The newest schema version this build knows.
    static int latestSchemaVersion();

    // The per-user data directory (QStandardPaths::AppDataLocation) unless overridden.
    static QString defaultDataDir();
    static QString fileIn(const QString &dataDir);

    // Opens (creating as needed) <dataDir>/tidings.sqlite under a unique connection name for this thread.
    static Result<Database> open(const QString &dataDir, const QString &purpose);
    // Opens an explicit file; `migrateTo` < 0 means the latest version (tests use lower values).
    static Result<Database> openFile(const QString &filePath, const QString &purpose, int migrateTo = -1);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase handle() const;

    QString filePath() const { return m_filePath; }

    int schemaVersion() const;

    // Runs migrations from the current version up to `version`.
    Status migrateTo(int version);

    // A storage error in the owner's words, with the SQL error kept as detail.
    static Error storageError(const QString &what, const QString &sqlError);

private:
    Database(QString connectionName, QString filePath);

    QString m_connectionName;
    QString m_filePath;
};

// Binds the next positional value. Text columns are NOT NULL, so a null QString is bound as ''.
inline void bindValue(QSqlQuery &query, const QString &value)
{
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
}

template <typename T>
void bindValue(QSqlQuery &query, const T &value)
{
    query.addBindValue(value);
}

// Begins an IMMEDIATE transaction; rolls back on destruction unless commit() succeeded.
// Write transactions of this process take turns on a mutex first: a thread waiting for the write
// lock is woken the moment it is free, instead of SQLite's busy handler sleeping in steps of up to
// 100 ms. Readers (the Monitor) never take it; WAL lets them read while a write is under way.
class Transaction final
{
public:
    enum class Durability {
        Full,    // fsync on commit: survives power loss (the default)
        Relaxed, // no fsync of its own: survives a crash of Tidings, and reaches the disk with the next
                 // full commit. Only for state that is safe to lose on power loss.
    };

    explicit Transaction(QSqlDatabase db, Durability durability = Durability::Full);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_begun; }

    QString beginError() const { return m_error; }

    Status commit();

private:
    QSqlDatabase m_db;
    std::unique_lock<std::mutex> m_writeLock;
    Durability m_durability;
    bool m_begun = false;
    bool m_done = false;
    QString m_error;
};

} // namespace Tidings
