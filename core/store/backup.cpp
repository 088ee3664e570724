#include "store/backup.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <filesystem>
#include <optional>

using namespace Qt::StringLiterals;

namespace Tidings::Backup {

namespace {

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Backup)
};

std::atomic<int> s_inspections{0};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Renames, replacing `to` where the platform allows it in one step (POSIX rename).
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            code);
    if (code) {
        *error = QString::fromLocal8Bit(code.message());
        return false;
    }
    return true;
}

void removeIfThere(const QString &path)
{
    if (QFileInfo::exists(path)) {
        QFile::remove(path);
    }
}

Error notABackup(const QString &file, const QString &detail)
{
    return Error::make(ErrorCode::InvalidInput,
                       BackupText::tr("%1 is not a Tidings backup, or it is damaged. Choose a file made with "
                                      "File → Back up data.")
                           .arg(native(file)),
                       detail);
}

// Reads what inspect() reports, on an open read-only connection.
Result<Info> readInfo(QSqlDatabase &db, const QString &file)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
        return notABackup(file, query.lastError().text());
    }
    if (const QString verdict = query.value(0).toString(); verdict != "ok"_L1) {
        return notABackup(file, verdict);
    }
    Info info;
    info.filePath = file;
    info.bytes = QFileInfo(file).size();
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return notABackup(file, query.lastError().text());
    }
    info.schemaVersion = query.value(0).toInt();
    if (info.schemaVersion < 1) {
        return notABackup(file, u"user_version %1"_s.arg(info.schemaVersion));
    }
    if (info.schemaVersion > Database::latestSchemaVersion()) {
        return Error::make(ErrorCode::InvalidInput,
                           BackupText::tr("This backup was made by a newer version of Tidings. Update Tidings, "
                                          "then restore it."),
                           u"schema %1 > %2"_s.arg(info.schemaVersion).arg(Database::latestSchemaVersion()));
    }
    if (!query.exec(u"SELECT count(*), max(received_at) FROM raw_events"_s) || !query.next()) {
        return notABackup(file, query.lastError().text());
    }
    info.events = query.value(0).toLongLong();
    if (!query.value(1).isNull()) {
        info.newestEventAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    }
    if (!query.exec(u"SELECT count(*) FROM notifications"_s) || !query.next()) {
        return notABackup(file, query.lastError().text());
    }
    info.notifications = query.value(0).toLongLong();
    if (!query.exec(u"SELECT count(*) FROM settings"_s) || !query.next()) {
        return notABackup(file, query.lastError().text());
    }
    return info;
}

} // namespace

QString suggestedFileName(const QDateTime &when)
{
    return u"tidings-backup-%1.sqlite"_s.arg(when.toString(u"yyyy-MM-dd-HHmm"_s));
}

QString stagedFileIn(const QString &dataDir)
{
    return Database::fileIn(dataDir) + u".restore"_s;
}

QString previousFileIn(const QString &dataDir)
{
    return Database::fileIn(dataDir) + u".before-restore"_s;
}

Result<Info> inspect(const QString &file)
{
    const QFileInfo fileInfo(file);
    if (!fileInfo.isFile()) {
        return Error::make(ErrorCode::NotFound, BackupText::tr("There is no file %1.").arg(native(file)));
    }
    if (fileInfo.size() == 0) {
        return notABackup(file, u"empty file"_s);
    }
    const QString name = u"tidings-inspect-%1"_s.arg(++s_inspections);
    Result<Info> result = Error::make(ErrorCode::Internal, QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            result = notABackup(file, db.lastError().text());
        } else {
            result = readInfo(db, file);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<Info> write(const QString &dataDir, const QString &target)
{
    if (!QFileInfo::exists(Database::fileIn(dataDir))) {
        return Error::make(ErrorCode::NotFound, BackupText::tr("There is no data to back up yet."));
    }
    const QString partial = target + u".part"_s;
    removeIfThere(partial);
    {
        auto db = Database::open(dataDir, u"backup"_s);
        if (!db) {
            return db.error();
        }
        QSqlQuery query(db->handle());
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(partial);
        if (!query.exec()) {
            removeIfThere(partial);
            return Database::storageError(
                BackupText::tr("The backup could not be written to %1. Check that the folder exists, that you "
                               "may write there and that the disk has room.")
                    .arg(native(target)),
                query.lastError().text());
        }
    }
    auto info = inspect(partial);
    if (!info) {
        removeIfThere(partial);
        return Error::make(ErrorCode::Storage, BackupText::tr("The backup came out damaged and was not kept."),
                           info.error().detail);
    }
    QString error;
    if (!replaceFile(partial, target, &error)) {
        removeIfThere(partial);
        return Error::make(ErrorCode::Storage,
                           BackupText::tr("The backup could not be saved as %1.").arg(native(target)), error);
    }
    Info saved = *info;
    saved.filePath = target;
    return saved;
}

Result<Info> stageRestore(const QString &backupFile, const QString &dataDir)
{
    auto info = inspect(backupFile);
    if (!info) {
        return info.error();
    }
    const QString staged = stagedFileIn(dataDir);
    const QString partial = staged + u".part"_s;
    removeIfThere(partial);
    QFile source(backupFile);
    if (!QDir().mkpath(dataDir) || !source.copy(partial)) {
        removeIfThere(partial);
        return Error::make(
            ErrorCode::Storage,
            BackupText::tr("The backup could not be copied into the data folder %1.").arg(native(dataDir)),
            source.errorString());
    }
    QString error;
    if (!replaceFile(partial, staged, &error)) {
        removeIfThere(partial);
        return Error::make(
            ErrorCode::Storage,
            BackupText::tr("The backup could not be copied into the data folder %1.").arg(native(dataDir)), error);
    }
    return info;
}

bool hasStagedRestore(const QString &dataDir)
{
    return QFileInfo::exists(stagedFileIn(dataDir));
}

Result<bool> applyStagedRestore(const QString &dataDir)
{
    const QString staged = stagedFileIn(dataDir);
    if (!QFileInfo::exists(staged)) {
        return false;
    }
    if (auto info = inspect(staged); !info) {
        // Set aside, so the next start opens the current store instead of failing again.
        QString ignored;
        replaceFile(staged, staged + u"-failed"_s, &ignored);
        return Error::make(ErrorCode::Storage,
                           BackupText::tr("The backup chosen for restoring could not be used, so Tidings kept "
                                          "your current data. %1")
                               .arg(info.error().message),
                           info.error().detail);
    }
    const QString current = Database::fileIn(dataDir);
    const QString previous = previousFileIn(dataDir);
    QString error;
    if (QFileInfo::exists(current)) {
        // The current store with its write-ahead log (which may hold its newest commits) is kept whole.
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            removeIfThere(previous + suffix);
        }
        if (!replaceFile(current, previous, &error)) {
            return Error::make(ErrorCode::Storage,
                               BackupText::tr("Tidings could not set your current data aside to restore the "
                                              "backup, so nothing was changed."),
                               error);
        }
        if (QFileInfo::exists(current + u"-wal"_s) && !replaceFile(current + u"-wal"_s, previous + u"-wal"_s, &error)) {
            QString ignored;
            replaceFile(previous, current, &ignored);
            return Error::make(ErrorCode::Storage,
                               BackupText::tr("Tidings could not set your current data aside to restore the "
                                              "backup, so nothing was changed."),
                               error);
        }
        removeIfThere(current + u"-shm"_s);
    }
    if (!replaceFile(staged, current, &error)) {
        QString ignored;
        replaceFile(previous, current, &ignored);
        replaceFile(previous + u"-wal"_s, current + u"-wal"_s, &ignored);
        return Error::make(ErrorCode::Storage,
                           BackupText::tr("The backup could not be put in place, so Tidings kept your current data."),
                           error);
    }
    return true;
}

} // namespace Tidings::Backup
