#include "store/activityqueries.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

// The Monitor's header strip: today's counts and the 24-hour chart, read from a real store file.
class tst_ActivityQueries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyStore_countsNothing_andHas24Hours();
    void firstIdAtOrAfter_data();
    void firstIdAtOrAfter();
    void summary_countsTodayAndEachHour();

private:
    void addEvent(qint64 receivedAt);
    void addNotification(const QString &state, const QList<std::pair<qint64, QString>> &attempts = {});

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    QDateTime m_now;
};

void tst_ActivityQueries::init()
{
    auto db = Database::open(m_dir.path(), u"test"_s);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db.emplace(std::move(db).value());
    // Mid-afternoon local time, so "today" and "the last 24 hours" differ.
    m_now = QDateTime(QDate(2026, 11, 29), QTime(15, 30));
}

void tst_ActivityQueries::cleanup()
{
    QSqlQuery(m_db->handle()).exec(u"DELETE FROM delivery_attempts"_s);
    QSqlQuery(m_db->handle()).exec(u"DELETE FROM notifications"_s);
    QSqlQuery(m_db->handle()).exec(u"DELETE FROM raw_events"_s);
    m_db.reset();
}

void tst_ActivityQueries::addEvent(qint64 receivedAt)
{
    QSqlQuery query(m_db->handle());
    query.prepare(
        u"INSERT INTO raw_events(source_id, topic, received_at, body) VALUES('shop', 'orders/create', ?, '')"_s);
    query.addBindValue(receivedAt);
    QVERIFY(query.exec());
}

void tst_ActivityQueries::addNotification(const QString &state, const QList<std::pair<qint64, QString>> &attempts)
{
    QSqlQuery query(m_db->handle());
    query.prepare(u"INSERT INTO notifications(event_id, source_id, order_id, trigger, template_id, channel_id,"
                  " recipient, state, created_at, due_at) VALUES(1, 'shop', '1', 'order.created', 't', 'c',"
                  " 'jane@example.com', ?, 0, 0)"_s);
    query.addBindValue(state);
    QVERIFY(query.exec());
    const qint64 id = query.lastInsertId().toLongLong();
    int number = 0;
    for (const auto &[finishedAt, outcome] : attempts) {
        QSqlQuery attempt(m_db->handle());
        attempt.prepare(u"INSERT INTO delivery_attempts(notification_id, number, started_at, finished_at, outcome)"
                        " VALUES(?, ?, ?, ?, ?)"_s);
        attempt.addBindValue(id);
        attempt.addBindValue(++number);
        attempt.addBindValue(finishedAt);
        attempt.addBindValue(finishedAt);
        attempt.addBindValue(outcome);
        QVERIFY(attempt.exec());
    }
}

void tst_ActivityQueries::emptyStore_countsNothing_andHas24Hours()
{
    const auto summary = ActivityQueries(m_db->handle()).summary(m_now);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->eventsToday, 0);
    QCOMPARE(summary->waiting, 0);
    QCOMPARE(summary->hours.size(), 24);
    // Oldest first, on the hour, the last one holding now.
    const QDateTime last = summary->hours.constLast().start;
    QVERIFY(last <= m_now && m_now < last.addSecs(3600));
    QCOMPARE(summary->hours.constFirst().start, last.addSecs(-23 * 3600));
    QCOMPARE(last.time().minute(), 0);
}

void tst_ActivityQueries::firstIdAtOrAfter_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("expected"); // as a position in `times`, 1-based like the ids
    const QList<qint64> times{100, 200, 200, 300, 400, 500, 600, 700};
    QTest::newRow("before all") << times << qint64(50) << qint64(1);
    QTest::newRow("exactly the first") << times << qint64(100) << qint64(1);
    QTest::newRow("between") << times << qint64(250) << qint64(4);
    QTest::newRow("first of equal times") << times << qint64(200) << qint64(2);
    QTest::newRow("the last") << times << qint64(700) << qint64(8);
    QTest::newRow("after all: one past the last") << times << qint64(701) << qint64(9);
    QTest::newRow("empty table") << QList<qint64>() << qint64(100) << qint64(1);
    QList<qint64> many;
    for (qint64 i = 0; i < 1000; ++i) {
        many.append(i * 10);
    }
    QTest::newRow("a thousand rows") << many << qint64(5555) << qint64(557);
}

void tst_ActivityQueries::firstIdAtOrAfter()
{
    QFETCH(QList<qint64>, times);
    QFETCH(qint64, at);
    QFETCH(qint64, expected);
    QVERIFY(m_db->handle().transaction());
    for (qint64 time : times) {
        addEvent(time);
    }
    QVERIFY(m_db->handle().commit());
    QSqlQuery first(m_db->handle());
    QVERIFY(first.exec(u"SELECT COALESCE(MIN(id), 1) FROM raw_events"_s) && first.next());
    const qint64 offset = first.value(0).toLongLong() - 1; // ids continue after earlier rows
    const auto found = ActivityQueries(m_db->handle()).firstIdAtOrAfter(u"raw_events"_s, u"received_at"_s, at);
    QVERIFY(found);
    QCOMPARE(*found - offset, expected);
}

void tst_ActivityQueries::summary_countsTodayAndEachHour()
{
    const qint64 now = m_now.toMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    const qint64 midnight = QDateTime(m_now.date(), QTime(0, 0)).toMSecsSinceEpoch();
    // Yesterday evening (in the chart, not today), this morning, and this hour.
    addEvent(midnight - 2 * hour);
    addEvent(midnight - 2 * hour + 60 * 1000);
    addEvent(midnight + 9 * hour);
    addEvent(now - 10 * 60 * 1000);
    addEvent(now);
    addEvent(now - 30 * hour); // two days' view: neither today nor in the chart
    addNotification(u"sent"_s, {{midnight - 2 * hour, u"accepted"_s}});
    addNotification(u"sent"_s, {{now - 20 * 60 * 1000, u"retrying"_s}, {now - 5 * 60 * 1000, u"accepted"_s}});
    addNotification(u"failed"_s, {{now - 3 * hour, u"failed"_s}});
    addNotification(u"queued"_s);
    addNotification(u"sending"_s);
    addNotification(u"uncertain"_s, {{now - hour, u"interrupted"_s}});

    const auto summary = ActivityQueries(m_db->handle()).summary(m_now);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->eventsToday, 3);
    QCOMPARE(summary->sentToday, 1);
    QCOMPARE(summary->failedToday, 1);
    QCOMPARE(summary->waiting, 2);
    QCOMPARE(summary->uncertain, 1);

    int events = 0;
    int sent = 0;
    int failed = 0;
    for (const HourActivity &h : summary->hours) {
        events += h.events;
        sent += h.sent;
        failed += h.failed;
    }
    QCOMPARE(events, 5); // the one from 30 hours ago is outside the chart
    QCOMPARE(sent, 2);
    QCOMPARE(failed, 1);
    QCOMPARE(summary->hours.constLast().events, 2);
    QCOMPARE(summary->hours.constLast().sent, 1);
    QCOMPARE(summary->hours.at(20).failed, 1); // three hours ago
}

QTEST_GUILESS_MAIN(tst_ActivityQueries)
#include "tst_activityqueries.moc"
