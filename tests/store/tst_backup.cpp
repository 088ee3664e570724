#include "store/backup.h"
#include "store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

// Commits batches of ten settings rows, one transaction each, until told to stop: a backup must hold
// every batch whole or not at all.
class BatchWriter final : public QThread
{
public:
    explicit BatchWriter(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {}

    std::atomic<bool> stop{false};
    std::atomic<int> committed{0};
    QString error;

protected:
    void run() override
    {
        auto db = Database::open(m_dataDir, u"batches"_s);
        if (!db) {
            error = db.error().message;
            return;
        }
        for (int batch = 0; !stop.load(); ++batch) {
            Transaction transaction(db->handle());
            QSqlQuery query(db->handle());
            query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
            for (int row = 0; row < 10; ++row) {
                query.addBindValue(u"batch.%1.%2"_s.arg(batch).arg(row));
                query.addBindValue(QString::number(batch));
                if (!query.exec()) {
                    error = u"insert failed"_s;
                    return;
                }
            }
            if (!transaction.commit()) {
                error = u"commit failed"_s;
                return;
            }
            committed.fetch_add(1);
        }
    }

private:
    QString m_dataDir;
};

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.handle());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

void addEvent(const Database &db, qint64 receivedAtMs)
{
    QSqlQuery query(db.handle());
    query.prepare(u"INSERT INTO raw_events (source_id, received_at, body) VALUES ('shop', ?, '{}')"_s);
    query.addBindValue(receivedAtMs);
    QVERIFY(query.exec());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void suggestedFileName_carriesTheTime();
    void write_copiesTheStoreAndSaysWhatItHolds();
    void write_duringLiveWrites_holdsWholeBatchesOnly();
    void write_toAFolderThatIsNotThere_failsAndLeavesNothing();
    void write_replacesAnOlderBackupOnlyWhenDone();
    void inspect_refusesWhatIsNotABackup_data();
    void inspect_refusesWhatIsNotABackup();
    void restore_isAppliedAtTheNextStartAndKeepsTheCurrentData();
    void restore_nothingStaged_changesNothing();
    void restore_damagedStagedFile_keepsTheCurrentStore();
};

void TestBackup::suggestedFileName_carriesTheTime()
{
    QCOMPARE(Backup::suggestedFileName(QDateTime(QDate(2026, 11, 29), QTime(9, 30))),
             u"tidings-backup-2026-11-29-0930.sqlite"_s);
}

void TestBackup::write_copiesTheStoreAndSaysWhatItHolds()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    const QDateTime newest(QDate(2026, 11, 28), QTime(17, 5), Qt::UTC);
    {
        auto db = Database::open(dataDir, u"test"_s);
        QVERIFY(db.ok());
        addEvent(*db, newest.addSecs(-60).toMSecsSinceEpoch());
        addEvent(*db, newest.toMSecsSinceEpoch());
    }
    const QString target = dir.filePath(u"copy.sqlite"_s);
    auto info = Backup::write(dataDir, target);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message + info.error().detail));
    QCOMPARE(info->filePath, target);
    QCOMPARE(info->events, 2);
    QCOMPARE(info->notifications, 0);
    QCOMPARE(info->newestEventAt, newest);
    QCOMPARE(info->schemaVersion, Database::latestSchemaVersion());
    QVERIFY(info->bytes > 0);
    QVERIFY(!QFile::exists(target + u".part"_s));

    auto copy = Database::openFile(target, u"copy"_s);
    QVERIFY(copy.ok());
    QCOMPARE(scalar(*copy, u"SELECT count(*) FROM raw_events"_s), 2);
}

void TestBackup::write_duringLiveWrites_holdsWholeBatchesOnly()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    QVERIFY(Database::open(dataDir, u"create"_s).ok());
    BatchWriter writer(dataDir);
    writer.start();
    QTRY_VERIFY(writer.committed.load() >= 20 || !writer.error.isEmpty());

    const int before = writer.committed.load();
    const QString target = dir.filePath(u"live.sqlite"_s);
    auto info = Backup::write(dataDir, target);
    const int after = writer.committed.load();
    QTRY_VERIFY(writer.committed.load() > after || !writer.error.isEmpty()); // the writer was never held up
    writer.stop = true;
    writer.wait();
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().detail));

    // Restored into a new data folder, it is a consistent store: whole batches, between the two counts.
    const QString restoredDir = dir.filePath(u"restored"_s);
    QVERIFY(Backup::stageRestore(target, restoredDir).ok());
    auto applied = Backup::applyStagedRestore(restoredDir);
    QVERIFY(applied.ok() && *applied);
    auto restored = Database::open(restoredDir, u"restored"_s);
    QVERIFY(restored.ok());
    const qint64 rows = scalar(*restored, u"SELECT count(*) FROM settings WHERE key LIKE 'batch.%'"_s);
    QCOMPARE(rows % 10, 0);
    QVERIFY2(rows / 10 >= before && rows / 10 <= after + 1, qPrintable(u"%1 %2 %3"_s.arg(rows).arg(before).arg(after)));
    QCOMPARE(scalar(*restored, u"SELECT count(*) FROM (SELECT value FROM settings WHERE key LIKE 'batch.%' "
                               u"GROUP BY value HAVING count(*) <> 10)"_s),
             0);
    QCOMPARE(scalar(*restored, u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"_s), 0);
}

void TestBackup::write_toAFolderThatIsNotThere_failsAndLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(Database::open(dir.path(), u"create"_s).ok());
    const QString target = dir.filePath(u"missing/folder/copy.sqlite"_s);
    auto info = Backup::write(dir.path(), target);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Storage);
    QVERIFY(info.error().message.contains(u"copy.sqlite"_s));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".part"_s));

    QTemporaryDir empty;
    auto nothing = Backup::write(empty.filePath(u"never-used"_s), dir.filePath(u"x.sqlite"_s));
    QVERIFY(!nothing.ok());
    QCOMPARE(nothing.error().code, ErrorCode::NotFound);
}

void TestBackup::write_replacesAnOlderBackupOnlyWhenDone()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    {
        auto db = Database::open(dataDir, u"test"_s);
        QVERIFY(db.ok());
        addEvent(*db, 1000);
    }
    const QString target = dir.filePath(u"backup.sqlite"_s);
    QVERIFY(Backup::write(dataDir, target).ok());
    {
        auto db = Database::open(dataDir, u"test"_s);
        addEvent(*db, 2000);
    }
    auto second = Backup::write(dataDir, target);
    QVERIFY(second.ok());
    QCOMPARE(second->events, 2);
    QCOMPARE(Backup::inspect(target)->events, 2);
}

void TestBackup::inspect_refusesWhatIsNotABackup_data()
{
    QTest::addColumn<QByteArray>("content"); // "" for a missing file
    QTest::addColumn<QString>("sql");        // run on a new SQLite file instead, when set
    QTest::addColumn<int>("code");

    QTest::newRow("missing file") << QByteArray() << QString() << int(ErrorCode::NotFound);
    QTest::newRow("empty file") << QByteArray("\0", 0) << QString() << int(ErrorCode::InvalidInput);
    QTest::newRow("a text file") << QByteArray("order id,status\n1001,shipped\n") << QString()
                                 << int(ErrorCode::InvalidInput);
    QTest::newRow("half a database") << QByteArray("SQLite format 3\0", 16) + QByteArray(1000, '\x01') << QString()
                                     << int(ErrorCode::InvalidInput);
    QTest::newRow("another program's database")
        << QByteArray() << u"CREATE TABLE photos (id INTEGER)"_s << int(ErrorCode::InvalidInput);
    QTest::newRow("a newer Tidings") << QByteArray() << u"PRAGMA user_version = 9999"_s << int(ErrorCode::InvalidInput);
}

void TestBackup::inspect_refusesWhatIsNotABackup()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sql);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"candidate.sqlite"_s);
    if (!sql.isEmpty()) {
        auto db = Database::openFile(file, u"candidate"_s);
        QVERIFY(db.ok());
        QSqlQuery query(db->handle());
        if (sql.startsWith(u"CREATE"_s)) {
            QVERIFY(query.exec(u"PRAGMA user_version = 0"_s));
            for (const char *table : {"settings", "notifications", "raw_events"}) {
                QVERIFY(query.exec(u"DROP TABLE IF EXISTS %1"_s.arg(QLatin1StringView(table))));
            }
        }
        QVERIFY(query.exec(sql));
    } else if (qstrcmp(QTest::currentDataTag(), "missing file") != 0) {
        writeFile(file, content);
    }
    auto info = Backup::inspect(file);
    QVERIFY(!info.ok());
    QCOMPARE(int(info.error().code), code);
    QVERIFY(!info.error().message.isEmpty());
}

void TestBackup::restore_isAppliedAtTheNextStartAndKeepsTheCurrentData()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    const QString target = dir.filePath(u"backup.sqlite"_s);
    {
        auto db = Database::open(dataDir, u"test"_s);
        addEvent(*db, 1000);
        QVERIFY(Backup::write(dataDir, target).ok());
        addEvent(*db, 2000); // after the backup: only in the current data, whose log is not checkpointed yet
        addEvent(*db, 3000);

        auto staged = Backup::stageRestore(target, dataDir);
        QVERIFY(staged.ok());
        QCOMPARE(staged->events, 1);
        QVERIFY(Backup::hasStagedRestore(dataDir));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM raw_events"_s), 3); // nothing changes while running
    }

    auto applied = Backup::applyStagedRestore(dataDir);
    QVERIFY(applied.ok());
    QVERIFY(*applied);
    QVERIFY(!Backup::hasStagedRestore(dataDir));
    {
        auto db = Database::open(dataDir, u"after"_s);
        QVERIFY(db.ok());
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM raw_events"_s), 1);
    }
    // The data from before the restore is kept whole, its newest commits included.
    auto previous = Database::openFile(Backup::previousFileIn(dataDir), u"previous"_s);
    QVERIFY(previous.ok());
    QCOMPARE(scalar(*previous, u"SELECT count(*) FROM raw_events"_s), 3);
}

void TestBackup::restore_nothingStaged_changesNothing()
{
    QTemporaryDir dir;
    {
        auto db = Database::open(dir.path(), u"test"_s);
        addEvent(*db, 1000);
    }
    auto applied = Backup::applyStagedRestore(dir.path());
    QVERIFY(applied.ok());
    QVERIFY(!*applied);
    QVERIFY(!QFile::exists(Backup::previousFileIn(dir.path())));
}

void TestBackup::restore_damagedStagedFile_keepsTheCurrentStore()
{
    QTemporaryDir dir;
    {
        auto db = Database::open(dir.path(), u"test"_s);
        addEvent(*db, 1000);
    }
    writeFile(Backup::stagedFileIn(dir.path()), QByteArray("SQLite format 3\0", 16) + QByteArray(512, '\x02'));
    auto applied = Backup::applyStagedRestore(dir.path());
    QVERIFY(!applied.ok());
    QVERIFY(applied.error().message.contains(u"kept your current data"_s));
    QVERIFY(!Backup::hasStagedRestore(dir.path())); // set aside: the next start does not fail again
    auto db = Database::open(dir.path(), u"after"_s);
    QVERIFY(db.ok());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM raw_events"_s), 1);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
