#include "store/database.h"
#include "store/deferredsync.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestDeferredSync : public QObject
{
    Q_OBJECT

private slots:

    void fullCommitFollowsRelaxedOnes_data()
    {
        QTest::addColumn<int>("relaxedCommits");
        QTest::addColumn<bool>("syncAtOnce"); // as at shutdown, instead of waiting for the deadline
        QTest::addColumn<bool>("expectRow");

        QTest::newRow("nothing owed, nothing written") << 0 << true << false;
        QTest::newRow("one relaxed commit, by the deadline") << 1 << false << true;
        QTest::newRow("a burst, by the deadline") << 50 << false << true;
        QTest::newRow("owed, at once") << 3 << true << true;
    }

    void fullCommitFollowsRelaxedOnes()
    {
        QFETCH(int, relaxedCommits);
        QFETCH(bool, syncAtOnce);
        QFETCH(bool, expectRow);

        QTemporaryDir dir;
        auto db = Database::open(dir.path(), u"sync-test"_s);
        QVERIFY(db.ok());
        DeferredSync sync(u"test.synced_at"_s, u"could not sync"_s, 20ms);
        sync.setDatabase(db->handle());
        for (int i = 0; i < relaxedCommits; ++i) {
            Transaction tx(db->handle(), Transaction::Durability::Relaxed);
            QVERIFY(tx.begun());
            QSqlQuery write(db->handle());
            QVERIFY(write.exec(u"INSERT INTO settings(key, value) VALUES('row%1', 'x')"_s.arg(i)));
            QVERIFY(tx.commit().ok());
            sync.committedRelaxed();
            QVERIFY(sync.isPending()); // one deadline for the whole burst, started by the first
        }
        if (syncAtOnce) {
            QVERIFY(sync.syncNow().ok());
            QVERIFY(!sync.isPending());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!sync.isPending(), 5000);
        }
        QCOMPARE(count(db->handle(), u"SELECT COUNT(*) FROM settings WHERE key = 'test.synced_at'"_s),
                 expectRow ? 1 : 0);
        // Nothing more is owed: a second sync writes nothing new.
        QSqlQuery before(db->handle());
        QVERIFY(before.exec(u"SELECT value FROM settings WHERE key = 'test.synced_at'"_s));
        const QString first = before.next() ? before.value(0).toString() : QString();
        before.finish();
        QVERIFY(sync.syncNow().ok());
        QSqlQuery after(db->handle());
        QVERIFY(after.exec(u"SELECT value FROM settings WHERE key = 'test.synced_at'"_s));
        QCOMPARE(after.next() ? after.value(0).toString() : QString(), first);
    }

private:
    static int count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }
};

QTEST_GUILESS_MAIN(TestDeferredSync)
#include "tst_deferredsync.moc"
