#include "store/database.h"

#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcStore, "tidings.store")

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Database)
};

std::atomic<int> s_connectionCounter{0};

std::mutex &writeMutex()
{
    static std::mutex mutex;
    return mutex;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

QString Database::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Database::fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"tidings.sqlite"_s);
}

Result<Database> Database::open(const QString &dataDir, const QString &purpose)
{
    if (!QDir().mkpath(dataDir)) {
        return Error::make(ErrorCode::Storage,
                           StoreText::tr("Tidings cannot create its data folder %1. Check that the disk is "
                                         "writable and that you have permission to write there.")
                               .arg(QDir::toNativeSeparators(dataDir)));
    }
    return openFile(fileIn(dataDir), purpose);
}

Result<Database> Database::openFile(const QString &filePath, const QString &purpose, int migrateTo)
{
    const QString name = u"tidings-%1-%2"_s.arg(purpose).arg(++s_connectionCounter);
    Database database(name, filePath);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            return storageError(
                StoreText::tr("Tidings cannot open its database %1.").arg(QDir::toNativeSeparators(filePath)),
                db.lastError().text());
        }
        QString error;
        // WAL lets the monitor read while ingest and dispatch write. synchronous=FULL makes every
        // commit durable across power loss; ingest batches many events per commit to stay fast.
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                      u"PRAGMA foreign_keys=ON"_s, u"PRAGMA temp_store=MEMORY"_s}) {
            if (!exec(db, pragma, &error)) {
                return storageError(StoreText::tr("Tidings cannot prepare its database."), error);
            }
        }
    }
    const int target = migrateTo < 0 ? latestSchemaVersion() : migrateTo;
    if (auto status = database.migrateTo(target); !status) {
        return status.error();
    }
    return database;
}

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_filePath(std::move(other.m_filePath))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        std::swap(m_connectionName, other.m_connectionName);
        std::swap(m_filePath, other.m_filePath);
    }
    return *this;
}

Database::~Database()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(handle());
    if (query.exec(u"PRAGMA user_version"_s) && query.next()) {
        return query.value(0).toInt();
    }
    return 0;
}

Status Database::migrateTo(int version)
{
    QSqlDatabase db = handle();
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        return Error::make(ErrorCode::Storage,
                           StoreText::tr("This database was written by a newer version of Tidings (schema %1). "
                                         "Update Tidings to open it.")
                               .arg(current));
    }
    for (const Migration &step : migrations()) {
        if (step.version <= current || step.version > version) {
            continue;
        }
        Transaction tx(db);
        if (!tx.begun()) {
            return storageError(StoreText::tr("Tidings cannot update its database."), tx.beginError());
        }
        QString error;
        for (const QString &sql : step.statements) {
            if (!exec(db, sql, &error)) {
                return storageError(
                    StoreText::tr("Tidings cannot update its database to version %1.").arg(step.version), error);
            }
        }
        if (!exec(db, u"PRAGMA user_version=%1"_s.arg(step.version), &error)) {
            return storageError(StoreText::tr("Tidings cannot update its database."), error);
        }
        if (auto status = tx.commit(); !status) {
            return status;
        }
        qCInfo(lcStore) << "schema migrated to" << step.version << "-" << step.description;
    }
    return {};
}

Error Database::storageError(const QString &what, const QString &sqlError)
{
    qCWarning(lcStore).noquote() << what << sqlError;
    return Error::make(ErrorCode::Storage, what, sqlError);
}

Transaction::Transaction(QSqlDatabase db, Durability durability)
    : m_db(std::move(db))
    , m_writeLock(writeMutex())
    , m_durability(durability)
{
    QSqlQuery query(m_db);
    if (m_durability == Durability::Relaxed) {
        query.exec(u"PRAGMA synchronous=NORMAL"_s);
    }
    m_begun = query.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_begun) {
        m_error = query.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_begun && !m_done) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
    if (m_durability == Durability::Relaxed) {
        QSqlQuery(m_db).exec(u"PRAGMA synchronous=FULL"_s);
    }
    // m_writeLock is released after the transaction has ended.
}

Status Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        return Database::storageError(StoreText::tr("Tidings could not save to its database."),
                                      query.lastError().text());
    }
    m_done = true;
    m_writeLock.unlock();
    return {};
}

} // namespace Tidings
