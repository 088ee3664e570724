#include "store/database.h"
#include "store/migrations.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabase_hasLatestSchema();
    void freshDatabase_usesWalAndFullSync();
    void upgrade_fromEachEarlierVersion_data();
    void upgrade_fromEachEarlierVersion();
    void upgradeTo9_keepsTemplatesAndPinsNotifications();
    void newerDatabase_isRefusedWithAClearMessage();
    void missingFolder_isCreated();

private:
    static QStringList tables(const Database &db);
    static QStringList definitions(const Database &db, const QString &type);
};

QStringList TestMigrations::tables(const Database &db)
{
    QStringList names;
    QSqlQuery query(db.handle());
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    return names;
}

// Each index or trigger with its SQL: an upgraded database must have the fresh one's, and none it dropped.
QStringList TestMigrations::definitions(const Database &db, const QString &type)
{
    QStringList rows;
    QSqlQuery query(db.handle());
    query.prepare(u"SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = ? ORDER BY name"_s);
    query.addBindValue(type);
    query.exec();
    while (query.next()) {
        rows.append(query.value(0).toString() + u": "_s + query.value(1).toString());
    }
    return rows;
}

void TestMigrations::freshDatabase_hasLatestSchema()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), u"test"_s);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    const QStringList names = tables(*db);
    for (const QString &table :
         {u"settings"_s, u"sources"_s, u"channels"_s, u"template_versions"_s, u"template_live"_s, u"template_drafts"_s,
          u"brand_versions"_s, u"rules"_s, u"raw_events"_s, u"event_keys"_s, u"orders"_s, u"shipments"_s,
          u"notifications"_s, u"delivery_attempts"_s}) {
        QVERIFY2(names.contains(table), qPrintable(table));
    }
}

void TestMigrations::freshDatabase_usesWalAndFullSync()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), u"test"_s);
    QVERIFY(db.ok());
    QSqlQuery query(db->handle());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
}

void TestMigrations::upgrade_fromEachEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    // Every version a database can be at: none, and each migration's (numbers are reserved, so they may skip).
    QTest::addRow("from v0") << 0;
    for (const Migration &step : migrations()) {
        if (step.version < Database::latestSchemaVersion()) {
            QTest::addRow("from v%d", step.version) << step.version;
        }
    }
}

void TestMigrations::upgrade_fromEachEarlierVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"tidings.sqlite"_s);
    {
        auto old = Database::openFile(file, u"old"_s, fromVersion);
        QVERIFY(old.ok());
        QCOMPARE(old->schemaVersion(), fromVersion);
        if (fromVersion >= 1) {
            // Data written by the older version must survive the upgrade.
            QSqlQuery query(old->handle());
            QVERIFY(query.exec(u"INSERT INTO settings(key, value) VALUES('kept', 'yes')"_s));
        }
    }
    auto upgraded = Database::openFile(file, u"new"_s);
    QVERIFY(upgraded.ok());
    QCOMPARE(upgraded->schemaVersion(), Database::latestSchemaVersion());

    // The upgraded schema matches a fresh one, table by table and column by column.
    QTemporaryDir freshDir;
    auto fresh = Database::open(freshDir.path(), u"fresh"_s);
    QVERIFY(fresh.ok());
    QCOMPARE(tables(*upgraded), tables(*fresh));
    for (const QString &table : tables(*fresh)) {
        QCOMPARE(upgraded->handle().record(table).count(), fresh->handle().record(table).count());
    }
    QCOMPARE(definitions(*upgraded, u"index"_s), definitions(*fresh, u"index"_s));
    QCOMPARE(definitions(*upgraded, u"trigger"_s), definitions(*fresh, u"trigger"_s));
    if (fromVersion >= 1) {
        QSqlQuery query(upgraded->handle());
        QVERIFY(query.exec(u"SELECT value FROM settings WHERE key = 'kept'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"yes"_s);
    }
}

// Version 9 moves the one-row-per-template table into versions: an owner's text survives, and every notification
// (queued or already sent: stored templates were never changed before) is pinned to the version it used.
void TestMigrations::upgradeTo9_keepsTemplatesAndPinsNotifications()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"tidings.sqlite"_s);
    {
        auto old = Database::openFile(file, u"old8"_s, 8);
        QVERIFY(old.ok());
        QSqlQuery query(old->handle());
        QVERIFY(query.exec(u"INSERT INTO templates(id, name, subject, html, body_text, built_in, updated_at)"
                           " VALUES('shipped', 'Shipped', 'Mine {{order.number}}', '<p>x</p>', 'x', 0, 5)"_s));
        QVERIFY(query.exec(u"INSERT INTO raw_events(id, source_id, received_at, body) VALUES(1, 's', 1, '{}')"_s));
        for (const QString &state : {u"queued"_s, u"sent"_s}) {
            QVERIFY(query.exec(
                u"INSERT INTO notifications(event_id, source_id, order_id, trigger, template_id,"
                " channel_id, recipient, state, created_at, due_at)"
                " VALUES(1, 's', 'o1', 'shipment.created', 'shipped', 'c', 'a@example.com', '%1', 1, 1)"_s.arg(state)));
        }
    }
    auto upgraded = Database::openFile(file, u"new9"_s);
    QVERIFY(upgraded.ok());
    QSqlQuery query(upgraded->handle());
    QVERIFY(query.exec(u"SELECT v.subject, v.built_in FROM template_live l JOIN template_versions v"
                       " ON v.id = l.version_id WHERE l.template_id = 'shipped' AND l.language = ''"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"Mine {{order.number}}"_s);
    QCOMPARE(query.value(1).toInt(), 0);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM notifications n JOIN template_live l"
                       " ON l.version_id = n.template_version"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestMigrations::newerDatabase_isRefusedWithAClearMessage()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"tidings.sqlite"_s);
    {
        auto db = Database::openFile(file, u"future"_s);
        QVERIFY(db.ok());
        QSqlQuery query(db->handle());
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
    }
    auto db = Database::openFile(file, u"now"_s);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Storage);
    QVERIFY(db.error().message.contains(u"newer version"_s));
}

void TestMigrations::missingFolder_isCreated()
{
    QTemporaryDir dir;
    const QString nested = dir.filePath(u"a/b/c"_s);
    auto db = Database::open(nested, u"nested"_s);
    QVERIFY(db.ok());
    QVERIFY(QFile::exists(Database::fileIn(nested)));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
