#include "store/database.h"
#include "store/sourcehealthqueries.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Tidings;

namespace {

constexpr qint64 BaseTime = 1'700'000'000'000; // ms since epoch, UTC
constexpr qint64 Hour = 3'600'000;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class tst_SourceHealthQueries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eventStats_noEvents_isEmpty();
    void eventStats_countsOnlyThisSourceSince_data();
    void eventStats_countsOnlyThisSourceSince();
    void eventStats_seesEventsCommittedByAnotherConnection();
    void statements_useTheSourceTimeIndex();
    void eventStats_manyEvents_staysCheap();

private:
    void addEvent(const QString &sourceId, qint64 receivedAt, bool duplicate = false);
    void exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_writer;
    std::optional<Database> m_reader;
    std::unique_ptr<SourceHealthQueries> m_queries;
};

void tst_SourceHealthQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto writer = Database::open(m_dir->path(), u"ingest"_s);
    QVERIFY(writer.ok());
    m_writer.emplace(std::move(writer).value());
    auto reader = Database::open(m_dir->path(), u"monitor"_s);
    QVERIFY(reader.ok());
    m_reader.emplace(std::move(reader).value());
    m_queries = std::make_unique<SourceHealthQueries>(m_reader->handle());
}

void tst_SourceHealthQueries::cleanup()
{
    m_queries.reset();
    m_reader.reset();
    m_writer.reset();
    m_dir.reset();
}

void tst_SourceHealthQueries::exec(const QString &sql)
{
    QSqlQuery query(m_writer->handle());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

void tst_SourceHealthQueries::addEvent(const QString &sourceId, qint64 receivedAt, bool duplicate)
{
    QSqlQuery query(m_writer->handle());
    query.prepare(u"INSERT INTO raw_events (source_id, topic, received_at, body, duplicate) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(sourceId);
    query.addBindValue(u"orders/create"_s);
    query.addBindValue(receivedAt);
    query.addBindValue(QByteArray("{}"));
    query.addBindValue(duplicate ? 1 : 0);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void tst_SourceHealthQueries::eventStats_noEvents_isEmpty()
{
    addEvent(u"other"_s, BaseTime);
    const auto stats = m_queries->eventStats(u"shop"_s, at(0));
    QVERIFY(stats.ok());
    QVERIFY(!stats->lastEventAt.isValid());
    QCOMPARE(stats->eventsSince, 0);
}

void tst_SourceHealthQueries::eventStats_countsOnlyThisSourceSince_data()
{
    QTest::addColumn<qint64>("since");
    QTest::addColumn<int>("expectedCount");

    // shop: events at -30h, -2h, -1h (duplicate), 0; other: +1h (newer, must not count or win).
    QTest::newRow("since long ago: all four") << qint64(BaseTime - 100 * Hour) << 4;
    QTest::newRow("since a day ago: three, duplicates count") << qint64(BaseTime - 24 * Hour) << 3;
    QTest::newRow("since exactly the newest: inclusive") << qint64(BaseTime) << 1;
    QTest::newRow("since after the newest: none") << qint64(BaseTime + 1) << 0;
}

void tst_SourceHealthQueries::eventStats_countsOnlyThisSourceSince()
{
    QFETCH(qint64, since);
    QFETCH(int, expectedCount);
    addEvent(u"shop"_s, BaseTime - 30 * Hour);
    addEvent(u"shop"_s, BaseTime - 2 * Hour);
    addEvent(u"shop"_s, BaseTime - 1 * Hour, true);
    addEvent(u"shop"_s, BaseTime);
    addEvent(u"other"_s, BaseTime + Hour);

    const auto stats = m_queries->eventStats(u"shop"_s, at(since));
    QVERIFY(stats.ok());
    QCOMPARE(stats->lastEventAt, at(BaseTime));
    QCOMPARE(stats->lastEventAt.timeSpec(), Qt::UTC);
    QCOMPARE(stats->eventsSince, expectedCount);
}

void tst_SourceHealthQueries::eventStats_seesEventsCommittedByAnotherConnection()
{
    QCOMPARE(m_queries->eventStats(u"shop"_s, at(BaseTime))->eventsSince, 0);
    addEvent(u"shop"_s, BaseTime + 5);
    const auto stats = m_queries->eventStats(u"shop"_s, at(BaseTime));
    QVERIFY(stats.ok());
    QCOMPARE(stats->eventsSince, 1);
    QCOMPARE(stats->lastEventAt, at(BaseTime + 5));
}

void tst_SourceHealthQueries::statements_useTheSourceTimeIndex()
{
    // Enough rows over a few sources for the planner to have a real choice.
    exec(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000)"
         " INSERT INTO raw_events (source_id, received_at, order_id, body)"
         " SELECT 'shop-' || (n % 5), n, 'o' || n, x'7b7d' FROM c"_s);
    exec(u"ANALYZE"_s);

    const QStringList statements = SourceHealthQueries::statements();
    QCOMPARE(statements.size(), 2);
    for (const QString &sql : statements) {
        QSqlQuery plan(m_reader->handle());
        QVERIFY2(plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql), qPrintable(plan.lastError().text()));
        for (int i = 0; i < sql.count(u'?'); ++i) {
            plan.bindValue(i, i == 0 ? QVariant(u"shop-1"_s) : QVariant(qint64(1500)));
        }
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList details;
        while (plan.next()) {
            details.append(plan.value(3).toString());
        }
        const QString all = details.join(u"\n  -> "_s);
        QVERIFY2(all.contains(u"raw_events_source_time"_s), qPrintable(sql + u"\n  -> "_s + all));
        QVERIFY2(!all.contains(u"SCAN"_s), qPrintable(sql + u"\n  -> "_s + all));
    }
}

void tst_SourceHealthQueries::eventStats_manyEvents_staysCheap()
{
    // 200,000 stored events of five sources, 2,000 of the asked-for source "today": one read of a source's
    // health must not walk the rest. A scan would take tens of milliseconds here; the index read takes
    // well under one. The bound is loose so a busy machine does not fail it.
    exec(
        u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 200000)"
        " INSERT INTO raw_events (source_id, received_at, body) SELECT 'shop-' || (n % 5), n * 1000, x'7b7d' FROM c"_s);
    const QDateTime since = at(190'000'000);
    QVERIFY(m_queries->eventStats(u"shop-1"_s, since).ok()); // prepares the statements
    QElapsedTimer timer;
    timer.start();
    constexpr int Reads = 50;
    for (int i = 0; i < Reads; ++i) {
        const auto stats = m_queries->eventStats(u"shop-1"_s, since);
        QVERIFY(stats.ok());
        QCOMPARE(stats->eventsSince, 2000);
        QCOMPARE(stats->lastEventAt, at(199'996'000));
    }
    const double perRead = double(timer.nsecsElapsed()) / Reads / 1e6;
    qInfo("one source's health: %.3f ms per read with 200,000 stored events", perRead);
    QVERIFY2(perRead < 20.0, qPrintable(u"%1 ms per read"_s.arg(perRead)));
}

QTEST_GUILESS_MAIN(tst_SourceHealthQueries)

#include "tst_sourcehealthqueries.moc"
