#include "store/database.h"
#include "store/statementcache.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

class TestStatementCache : public QObject
{
    Q_OBJECT

private slots:

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path(), u"cache-test"_s);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    }

    void reusesOneStatementPerText_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<int>("expectedSize");
        QTest::addColumn<bool>("firstKept");

        const QString one = u"SELECT value FROM settings WHERE key = ?"_s;
        const QString two = u"SELECT COUNT(*) FROM settings"_s;
        QTest::newRow("same text twice") << QStringList{one, one} << 1 << true;
        QTest::newRow("two texts") << QStringList{one, two, one} << 2 << true;
        QStringList many;
        for (int i = 0; i <= StatementCache::kMaxStatements; ++i) {
            many.append(u"SELECT %1 FROM settings"_s.arg(i));
        }
        // The text after the limit starts the cache afresh: the first one is prepared again.
        QTest::newRow("past the limit") << (many + QStringList{many.first()}) << 2 << false;
    }

    void reusesOneStatementPerText()
    {
        QFETCH(QStringList, texts);
        QFETCH(int, expectedSize);
        QFETCH(bool, firstKept);

        auto db = Database::open(m_dir.path(), u"cache-reuse"_s);
        QVERIFY(db.ok());
        StatementCache cache;
        QSqlQuery *first = nullptr;
        QList<QSqlQuery *> seen;
        for (const QString &text : texts) {
            QSqlQuery *query = cache.prepared(db->handle(), text);
            QVERIFY(query);
            if (!first) {
                first = query;
            }
            seen.append(query);
        }
        QCOMPARE(cache.size(), expectedSize);
        if (firstKept && texts.last() == texts.first()) {
            QCOMPARE(seen.last(), first); // the same statement, not prepared again
        }
    }

    void runsAgainWithNewValues()
    {
        auto db = Database::open(m_dir.path(), u"cache-values"_s);
        QVERIFY(db.ok());
        QSqlQuery insert(db->handle());
        QVERIFY(insert.exec(u"INSERT INTO settings(key, value) VALUES('a', '1'), ('b', '2')"_s));

        StatementCache cache;
        const QString text = u"SELECT value FROM settings WHERE key = ?"_s;
        for (const auto &[key, value] :
             {std::pair{u"a"_s, u"1"_s}, std::pair{u"b"_s, u"2"_s}, std::pair{u"a"_s, u"1"_s}}) {
            QSqlQuery *query = cache.prepared(db->handle(), text);
            QVERIFY(query);
            bindValue(*query, key);
            QVERIFY(query->exec());
            QVERIFY(query->next());
            QCOMPARE(query->value(0).toString(), value);
            // Left mid-read on purpose: the next use must start afresh.
        }
    }

    void refusesBadSqlWithWhy()
    {
        auto db = Database::open(m_dir.path(), u"cache-bad"_s);
        QVERIFY(db.ok());
        StatementCache cache;
        QString error;
        QCOMPARE(cache.prepared(db->handle(), u"SELECT value FROM no_such_table"_s, &error), nullptr);
        QVERIFY2(error.contains(u"no_such_table"_s), qPrintable(error));
        QCOMPARE(cache.size(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
