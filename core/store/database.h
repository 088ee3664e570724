#pragma once

#include "model/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_begun; }

    QString beginError() const { return m_error; }

    Status commit();

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
    QString m_error;
};

} // namespace Tidings
