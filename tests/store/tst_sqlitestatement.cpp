#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

enum class Kind {
    Text,
    Utf8,
    Blob,
    Number
};

QString temporary(const QString &text)
{
    return text + u"!"_s; // a value that dies before the statement runs
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path(), u"statement-test"_s);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db.emplace(std::move(db).value());
        QSqlQuery create(m_db->handle());
        QVERIFY(create.exec(u"CREATE TABLE IF NOT EXISTS scratch(id INTEGER PRIMARY KEY, v, k TEXT UNIQUE)"_s));
        QVERIFY(create.exec(u"DELETE FROM scratch"_s));
    }

    void cleanup() { m_db.reset(); }

    void storesWhatWasBound_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("text") << Kind::Text << QVariant(u"Order #1001"_s) << u"text"_s << QVariant(u"Order #1001"_s);
        QTest::newRow("text beyond ASCII")
            << Kind::Text << QVariant(u"Grüße aus Köln 🎉"_s) << u"text"_s << QVariant(u"Grüße aus Köln 🎉"_s);
        // Text columns are NOT NULL: a missing value is stored as '', as bindValue() does for QSqlQuery.
        QTest::newRow("null text is empty") << Kind::Text << QVariant(QString()) << u"text"_s << QVariant(u""_s);
        QTest::newRow("UTF-8 text") << Kind::Utf8 << QVariant(u"{\"name\":\"Zoë\"}"_s.toUtf8()) << u"text"_s
                                    << QVariant(u"{\"name\":\"Zoë\"}"_s);
        QTest::newRow("null UTF-8 is empty") << Kind::Utf8 << QVariant(QByteArray()) << u"text"_s << QVariant(u""_s);
        QTest::newRow("bytes with a zero")
            << Kind::Blob << QVariant(QByteArray("a\0b", 3)) << u"blob"_s << QVariant(QByteArray("a\0b", 3));
        QTest::newRow("no bytes") << Kind::Blob << QVariant(QByteArray()) << u"blob"_s << QVariant(QByteArray());
        QTest::newRow("largest number") << Kind::Number << QVariant(std::numeric_limits<qint64>::max()) << u"integer"_s
                                        << QVariant(std::numeric_limits<qint64>::max());
        QTest::newRow("negative number") << Kind::Number << QVariant(qint64(-42)) << u"integer"_s
                                         << QVariant(qint64(-42));
    }

    void storesWhatWasBound()
    {
        QFETCH(Kind, kind);
        QFETCH(QVariant, value);
        QFETCH(QString, expectedType);
        QFETCH(QVariant, expected);

        SqliteStatement insert;
        QVERIFY2(insert.prepare(m_db->handle(), u"INSERT INTO scratch(v) VALUES(?)"_s), qPrintable(insert.lastError()));
        switch (kind) {
        case Kind::Text:
            insert.bind(value.toString());
            break;
        case Kind::Utf8:
            insert.bindUtf8(value.toByteArray());
            break;
        case Kind::Blob:
            insert.bindBlob(value.toByteArray());
            break;
        case Kind::Number:
            insert.bind(value.toLongLong());
            break;
        }
        QVERIFY2(insert.exec(), qPrintable(insert.lastError()));
        QCOMPARE(insert.changes(), 1);

        // Read back through Qt's driver, which knows nothing of how it was written.
        QSqlQuery read(m_db->handle());
        read.prepare(u"SELECT typeof(v), v FROM scratch WHERE id = ?"_s);
        read.addBindValue(insert.lastInsertId());
        QVERIFY(read.exec());
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), expectedType);
        if (expected.typeId() == QMetaType::QByteArray) {
            QCOMPARE(read.value(1).toByteArray(), expected.toByteArray());
        } else if (expected.typeId() == QMetaType::LongLong) {
            QCOMPARE(read.value(1).toLongLong(), expected.toLongLong());
        } else {
            QCOMPARE(read.value(1).toString(), expected.toString());
        }
    }

    // SQLite reads bound text in place when the statement runs, long after the caller's value is gone; more
    // values than the statement keeps inline move its store, which must not move the text.
    void keepsBoundTextUntilItRuns()
    {
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < 20; ++i) {
            columns.append(u"c%1"_s.arg(i));
            marks.append(u"?"_s);
        }
        QSqlQuery create(m_db->handle());
        QVERIFY(create.exec(u"CREATE TABLE wide(%1)"_s.arg(columns.join(u", "_s))));

        SqliteStatement insert;
        QVERIFY(insert.prepare(m_db->handle(),
                               u"INSERT INTO wide(%1) VALUES(%2)"_s.arg(columns.join(u", "_s), marks.join(u", "_s))));
        for (int i = 0; i < 20; ++i) {
            insert.bind(temporary(u"value %1"_s.arg(i)));
        }
        QVERIFY2(insert.exec(), qPrintable(insert.lastError()));

        SqliteStatement read;
        QVERIFY(read.prepare(m_db->handle(), u"SELECT %1 FROM wide"_s.arg(columns.join(u", "_s))));
        QVERIFY(read.exec());
        QVERIFY(read.hasRow());
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(read.text(i), u"value %1!"_s.arg(i));
        }
    }

    void runsAgainWithNewValues()
    {
        SqliteStatement insert;
        QVERIFY(insert.prepare(m_db->handle(), u"INSERT INTO scratch(v, k) VALUES(?, ?)"_s));
        QList<qint64> ids;
        for (const QString &key : {u"a"_s, u"b"_s, u"c"_s}) {
            insert.bind(key.toUpper()).bind(key);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError()));
            ids.append(insert.lastInsertId());
        }
        QCOMPARE(ids.size(), 3);
        QVERIFY(ids.at(0) < ids.at(1) && ids.at(1) < ids.at(2));

        SqliteStatement find;
        QVERIFY(find.prepare(m_db->handle(), u"SELECT v, id FROM scratch WHERE k >= ? ORDER BY k"_s));
        find.bind(u"b"_s);
        QVERIFY(find.exec());
        QStringList seen;
        for (bool row = find.hasRow(); row; row = find.next()) {
            seen.append(find.text(0));
        }
        QCOMPARE(seen, (QStringList{u"B"_s, u"C"_s}));
        QVERIFY(find.lastError().isEmpty());

        find.bind(u"z"_s); // past every key: no row, and no stale one
        QVERIFY(find.exec());
        QVERIFY(!find.hasRow());
        QCOMPARE(find.text(0), QString());

        find.bind(u"c"_s);
        QVERIFY(find.exec());
        QVERIFY(find.hasRow());
        QCOMPARE(find.number(1), ids.at(2));
        find.finish();
    }

    void saysWhyItFailed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("values");
        QTest::addColumn<bool>("prepares");
        QTest::addColumn<QString>("errorMentions");

        QTest::newRow("bad SQL") << u"SELEC v FROM scratch"_s << 0 << false << u"syntax error"_s;
        QTest::newRow("no such table") << u"SELECT * FROM nowhere"_s << 0 << false << u"no such table"_s;
        QTest::newRow("a key already taken") << u"INSERT INTO scratch(k) VALUES(?)"_s << 1 << true << u"UNIQUE"_s;
        QTest::newRow("more values than places")
            << u"INSERT INTO scratch(k) VALUES(?)"_s << 2 << true << u"column index out of range"_s;
    }

    void saysWhyItFailed()
    {
        QFETCH(QString, sql);
        QFETCH(int, values);
        QFETCH(bool, prepares);
        QFETCH(QString, errorMentions);

        QSqlQuery taken(m_db->handle());
        QVERIFY(taken.exec(u"INSERT INTO scratch(k) VALUES('taken')"_s));

        SqliteStatement statement;
        QCOMPARE(statement.prepare(m_db->handle(), sql), prepares);
        if (!prepares) {
            QVERIFY2(statement.lastError().contains(errorMentions), qPrintable(statement.lastError()));
            QVERIFY(!statement.exec()); // never runs
            return;
        }
        for (int i = 0; i < values; ++i) {
            statement.bind(u"taken"_s);
        }
        QVERIFY(!statement.exec());
        QVERIFY2(statement.lastError().contains(errorMentions), qPrintable(statement.lastError()));

        // The failure does not stick: the next values run.
        statement.bind(u"free"_s);
        QVERIFY2(statement.exec(), qPrintable(statement.lastError()));
        QVERIFY(statement.lastError().isEmpty());
        QCOMPARE(statement.changes(), 1);
    }

    void refusesAConnectionThatIsNotOpen()
    {
        SqliteStatement statement;
        QVERIFY(!statement.prepare(QSqlDatabase(), u"SELECT 1"_s));
        QVERIFY(!statement.lastError().isEmpty());
        QVERIFY(!statement.exec());
    }

    // A query that was read and finished holds nothing: the transaction around it commits.
    void finishedQueryLetsTheTransactionCommit()
    {
        SqliteStatement insert;
        SqliteStatement find;
        QVERIFY(insert.prepare(m_db->handle(), u"INSERT INTO scratch(k) VALUES(?)"_s));
        QVERIFY(find.prepare(m_db->handle(), u"SELECT k FROM scratch"_s));
        {
            Transaction tx(m_db->handle());
            QVERIFY(tx.begun());
            insert.bind(u"one"_s);
            QVERIFY(insert.exec());
            QVERIFY(find.exec());
            QCOMPARE(find.text(0), u"one"_s);
            find.finish();
            const Status committed = tx.commit();
            QVERIFY2(committed.ok(), qPrintable(committed.ok() ? QString() : committed.error().message));
        }
        QSqlQuery count(m_db->handle());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM scratch"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
