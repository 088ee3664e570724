#include "store/database.h"
#include "store/monitorqueries.h"

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

qint64 lastId(QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

} // namespace

class tst_MonitorQueries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void latest_emptyStore_returnsNothing();
    void latest_returnsNewestFirstUpToLimit();
    void latest_readsEveryEventColumn();
    void after_returnsOnlyNewerEvents_newestFirst();
    void rows_returnsRequestedEventsNewestFirst_skipsUnknownIds();
    void rows_emptyList_returnsNothing();
    void row_foldsNotifications_mostRelevantStateWins_data();
    void row_foldsNotifications_mostRelevantStateWins();
    void row_sameState_newestNotificationIsShown();
    void row_countsNotificationsAndSumsAttempts();
    void row_duplicate_hasNoNotifications();
    void rowsAndLatest_agreeOnTheSameEvent();
    void details_returnsPayloadNotificationsAndAttempts();
    void details_heldAttempt_readsAsHeld();
    void details_unknownEvent_isNotFound();
    void statements_useTheKeyOrAnIndex();
    void reads_seeRowsCommittedByAnotherConnection();

private:
    qint64 addEvent(const QString &orderNumber, bool duplicate = false, const QByteArray &body = "{}");
    qint64 addNotification(qint64 eventId, const QString &state, const QString &recipient = u"a@example.com"_s,
                           int attempts = 0, const QString &lastError = {});
    qint64 addAttempt(qint64 notificationId, int number, const QString &outcome, int httpStatus,
                      const QString &providerMessageId, const QString &message, const QString &answer);
    void exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_writer;
    std::optional<Database> m_reader;
    std::unique_ptr<MonitorQueries> m_queries;
    int m_events = 0;
};

void tst_MonitorQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto writer = Database::open(m_dir->path(), u"ingest"_s);
    QVERIFY2(writer.ok(), qPrintable(writer ? QString() : writer.error().detail));
    m_writer.emplace(std::move(writer).value());
    auto reader = Database::open(m_dir->path(), u"monitor"_s);
    QVERIFY(reader.ok());
    m_reader.emplace(std::move(reader).value());
    m_queries = std::make_unique<MonitorQueries>(m_reader->handle());
    m_events = 0;
}

void tst_MonitorQueries::cleanup()
{
    m_queries.reset();
    m_reader.reset();
    m_writer.reset();
    m_dir.reset();
}

void tst_MonitorQueries::exec(const QString &sql)
{
    QSqlQuery query(m_writer->handle());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

qint64 tst_MonitorQueries::addEvent(const QString &orderNumber, bool duplicate, const QByteArray &body)
{
    ++m_events;
    QSqlQuery query(m_writer->handle());
    query.prepare(u"INSERT INTO raw_events (source_id, topic, received_at, headers, body, duplicate, order_id,"
                  " order_number, customer, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(u"shop"_s);
    query.addBindValue(u"orders/create"_s);
    query.addBindValue(BaseTime + m_events * 1000);
    query.addBindValue(u"{\"Content-Type\":\"application/json\"}"_s);
    query.addBindValue(body);
    query.addBindValue(duplicate ? 1 : 0);
    query.addBindValue(QString(u"id-"_s + orderNumber));
    query.addBindValue(orderNumber);
    query.addBindValue(QString(u"Customer "_s + orderNumber));
    query.addBindValue(QString(u"Order "_s + orderNumber + u" placed"_s));
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return 0;
    }
    return lastId(query);
}

qint64 tst_MonitorQueries::addNotification(qint64 eventId, const QString &state, const QString &recipient, int attempts,
                                           const QString &lastError)
{
    QSqlQuery query(m_writer->handle());
    query.prepare(
        u"INSERT INTO notifications (event_id, source_id, order_id, trigger, template_id, channel_id,"
        " recipient, state, attempts, created_at, due_at, last_error)"
        " VALUES (?, 'shop', 'o', 'order.created', 'order_confirmed', 'mail', ?, ?, ?, ?, ?, COALESCE(?, ''))"_s);
    query.addBindValue(eventId);
    query.addBindValue(recipient);
    query.addBindValue(state);
    query.addBindValue(attempts);
    query.addBindValue(BaseTime);
    query.addBindValue(BaseTime);
    query.addBindValue(lastError);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return 0;
    }
    return lastId(query);
}

qint64 tst_MonitorQueries::addAttempt(qint64 notificationId, int number, const QString &outcome, int httpStatus,
                                      const QString &providerMessageId, const QString &message, const QString &answer)
{
    QSqlQuery query(m_writer->handle());
    query.prepare(u"INSERT INTO delivery_attempts (notification_id, number, started_at, finished_at, outcome,"
                  " http_status, provider_message_id, message, provider_answer)"
                  " VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''))"_s);
    query.addBindValue(notificationId);
    query.addBindValue(number);
    query.addBindValue(BaseTime + number * 60'000);
    query.addBindValue(BaseTime + number * 60'000 + 250);
    query.addBindValue(outcome);
    query.addBindValue(httpStatus);
    query.addBindValue(providerMessageId);
    query.addBindValue(message);
    query.addBindValue(answer);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return 0;
    }
    return lastId(query);
}

void tst_MonitorQueries::latest_emptyStore_returnsNothing()
{
    const auto rows = m_queries->latest(500);
    QVERIFY(rows.ok());
    QVERIFY(rows->isEmpty());
}

void tst_MonitorQueries::latest_returnsNewestFirstUpToLimit()
{
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i) {
        ids.append(addEvent(QString::number(1000 + i)));
    }
    const auto rows = m_queries->latest(4);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(rows->at(i).eventId, ids.at(9 - i));
    }
    QCOMPARE(m_queries->latest(0)->size(), 0);
    QCOMPARE(m_queries->latest(100)->size(), 10);
}

void tst_MonitorQueries::latest_readsEveryEventColumn()
{
    const qint64 id = addEvent(u"#1042"_s);
    const auto rows = m_queries->latest(1);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const MonitorRow &row = rows->constFirst();
    QCOMPARE(row.eventId, id);
    QCOMPARE(row.receivedAt, QDateTime::fromMSecsSinceEpoch(BaseTime + 1000, Qt::UTC));
    QCOMPARE(row.receivedAt.timeSpec(), Qt::UTC);
    QCOMPARE(row.sourceId, u"shop"_s);
    QCOMPARE(row.topic, u"orders/create"_s);
    QCOMPARE(row.orderId, u"id-#1042"_s);
    QCOMPARE(row.orderNumber, u"#1042"_s);
    QCOMPARE(row.customer, u"Customer #1042"_s);
    QCOMPARE(row.summary, u"Order #1042 placed"_s);
    QCOMPARE(row.duplicate, false);
    QCOMPARE(row.notificationCount, 0);
    QCOMPARE(row.attempts, 0);
}

void tst_MonitorQueries::after_returnsOnlyNewerEvents_newestFirst()
{
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        ids.append(addEvent(QString::number(i)));
        addNotification(ids.last(), u"sent"_s);
    }
    auto rows = m_queries->after(ids.at(2), 100);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).eventId, ids.at(5));
    QCOMPARE(rows->at(2).eventId, ids.at(3));
    for (const MonitorRow &row : *rows) {
        QCOMPARE(row.notificationCount, 1);
    }

    // Over the limit: the newest ones.
    rows = m_queries->after(ids.at(0), 2);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).eventId, ids.at(5));
    QCOMPARE(rows->at(1).eventId, ids.at(4));

    QVERIFY(m_queries->after(ids.at(5), 100)->isEmpty());
}

void tst_MonitorQueries::rows_returnsRequestedEventsNewestFirst_skipsUnknownIds()
{
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i) {
        ids.append(addEvent(QString::number(i)));
        addNotification(ids.last(), i % 2 ? u"failed"_s : u"sent"_s, u"r%1@example.com"_s.arg(i));
    }
    // Two runs (1,2,3 and 6), a duplicate id and an id that names nothing.
    const auto rows = m_queries->rows({ids.at(2), ids.at(6), ids.at(1), ids.at(3), ids.at(2), 9999});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->at(0).eventId, ids.at(6));
    QCOMPARE(rows->at(1).eventId, ids.at(3));
    QCOMPARE(rows->at(2).eventId, ids.at(2));
    QCOMPARE(rows->at(3).eventId, ids.at(1));
    QCOMPARE(rows->at(0).recipient, u"r6@example.com"_s);
    QCOMPARE(rows->at(1).state, NotificationState::Failed);
    QCOMPARE(rows->at(2).state, NotificationState::Sent);
    for (const MonitorRow &row : *rows) {
        QCOMPARE(row.notificationCount, 1);
    }
}

void tst_MonitorQueries::rows_emptyList_returnsNothing()
{
    addEvent(u"1"_s);
    const auto rows = m_queries->rows({});
    QVERIFY(rows.ok());
    QVERIFY(rows->isEmpty());
}

void tst_MonitorQueries::row_foldsNotifications_mostRelevantStateWins_data()
{
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<NotificationState>("expected");
    QTest::addColumn<QString>("expectedRecipient");

    QTest::newRow("sent only") << QStringList{u"sent"_s} << NotificationState::Sent << u"0@x.test"_s;
    QTest::newRow("queued only") << QStringList{u"queued"_s} << NotificationState::Queued << u"0@x.test"_s;
    QTest::newRow("failed beats sent") << QStringList{u"sent"_s, u"failed"_s} << NotificationState::Failed
                                       << u"1@x.test"_s;
    QTest::newRow("failed beats sending")
        << QStringList{u"failed"_s, u"sending"_s} << NotificationState::Failed << u"0@x.test"_s;
    QTest::newRow("sending beats queued")
        << QStringList{u"queued"_s, u"sending"_s} << NotificationState::Sending << u"1@x.test"_s;
    QTest::newRow("queued beats sent") << QStringList{u"sent"_s, u"queued"_s, u"sent"_s} << NotificationState::Queued
                                       << u"1@x.test"_s;
    QTest::newRow("sent beats cancelled")
        << QStringList{u"cancelled"_s, u"sent"_s} << NotificationState::Sent << u"1@x.test"_s;
    QTest::newRow("cancelled only") << QStringList{u"cancelled"_s} << NotificationState::Cancelled << u"0@x.test"_s;
    QTest::newRow("all four") << QStringList{u"sent"_s, u"queued"_s, u"failed"_s, u"sending"_s}
                              << NotificationState::Failed << u"2@x.test"_s;
}

void tst_MonitorQueries::row_foldsNotifications_mostRelevantStateWins()
{
    QFETCH(QStringList, states);
    QFETCH(NotificationState, expected);
    QFETCH(QString, expectedRecipient);

    const qint64 id = addEvent(u"1"_s);
    for (int i = 0; i < states.size(); ++i) {
        addNotification(id, states.at(i), u"%1@x.test"_s.arg(i), 1, u"error %1"_s.arg(i));
    }
    const auto viaRows = m_queries->rows({id});
    const auto viaLatest = m_queries->latest(10);
    const auto viaDetails = m_queries->details(id);
    QVERIFY(viaRows.ok() && viaLatest.ok() && viaDetails.ok());
    for (const MonitorRow &row : {viaRows->constFirst(), viaLatest->constFirst(), viaDetails->row}) {
        QCOMPARE(row.state, expected);
        QCOMPARE(row.recipient, expectedRecipient);
        QCOMPARE(row.lastError, u"error "_s + expectedRecipient.left(1));
        QCOMPARE(row.notificationCount, states.size());
    }
}

void tst_MonitorQueries::row_sameState_newestNotificationIsShown()
{
    const qint64 id = addEvent(u"1"_s);
    addNotification(id, u"failed"_s, u"old@x.test"_s, 1, u"first"_s);
    addNotification(id, u"failed"_s, u"new@x.test"_s, 1, u"second"_s);
    const auto rows = m_queries->rows({id});
    QVERIFY(rows.ok());
    QCOMPARE(rows->constFirst().recipient, u"new@x.test"_s);
    QCOMPARE(rows->constFirst().lastError, u"second"_s);
}

void tst_MonitorQueries::row_countsNotificationsAndSumsAttempts()
{
    const qint64 id = addEvent(u"1"_s);
    const qint64 other = addEvent(u"2"_s);
    addNotification(id, u"sent"_s, u"a@x.test"_s, 2);
    addNotification(id, u"failed"_s, u"b@x.test"_s, 5, u"The address does not exist."_s);
    addNotification(other, u"queued"_s, u"c@x.test"_s, 0);
    const auto rows = m_queries->latest(10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    const MonitorRow &row = rows->at(1);
    QCOMPARE(row.eventId, id);
    QCOMPARE(row.notificationCount, 2);
    QCOMPARE(row.attempts, 7);
    QCOMPARE(row.channelId, u"mail"_s);
    QCOMPARE(row.state, NotificationState::Failed);
    QCOMPARE(row.lastError, u"The address does not exist."_s);
    QCOMPARE(rows->at(0).notificationCount, 1);
    QCOMPARE(rows->at(0).attempts, 0);
}

void tst_MonitorQueries::row_duplicate_hasNoNotifications()
{
    const qint64 id = addEvent(u"1"_s, true);
    const auto rows = m_queries->rows({id});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QVERIFY(rows->constFirst().duplicate);
    QCOMPARE(rows->constFirst().notificationCount, 0);
}

void tst_MonitorQueries::rowsAndLatest_agreeOnTheSameEvent()
{
    for (int i = 0; i < 5; ++i) {
        const qint64 id = addEvent(QString::number(i), i == 3);
        if (i != 3) {
            addNotification(id, i % 2 ? u"queued"_s : u"sent"_s, u"x@x.test"_s, i);
        }
    }
    const auto latest = m_queries->latest(5);
    QVERIFY(latest.ok());
    QList<qint64> ids;
    for (const MonitorRow &row : *latest) {
        ids.append(row.eventId);
    }
    const auto rows = m_queries->rows(ids);
    QVERIFY(rows.ok());
    QCOMPARE(*rows, *latest);
}

void tst_MonitorQueries::details_returnsPayloadNotificationsAndAttempts()
{
    const QByteArray body = R"({"id":1042,"email":"jo@example.com"})";
    const qint64 id = addEvent(u"#1042"_s, false, body);
    const qint64 sent = addNotification(id, u"sent"_s, u"jo@example.com"_s, 2);
    const qint64 queued = addNotification(id, u"queued"_s, u"shop@example.com"_s, 0);
    addAttempt(sent, 2, u"accepted"_s, 202, u"msg-2"_s, u"Accepted"_s, u"{\"ok\":true}"_s);
    addAttempt(sent, 1, u"retrying"_s, 503, QString(), u"The provider is busy."_s, u"Service Unavailable"_s);

    const auto details = m_queries->details(id);
    QVERIFY2(details.ok(), qPrintable(details ? QString() : details.error().detail));
    QCOMPARE(details->row.eventId, id);
    QCOMPARE(details->row.orderNumber, u"#1042"_s);
    QCOMPARE(details->row.state, NotificationState::Queued);
    QCOMPARE(details->row.notificationCount, 2);
    QCOMPARE(details->body, body);
    QCOMPARE(details->headersJson, QByteArray(R"({"Content-Type":"application/json"})"));

    QCOMPARE(details->notifications.size(), 2);
    const Notification &n = details->notifications.at(0);
    QCOMPARE(n.id, sent);
    QCOMPARE(n.eventId, id);
    QCOMPARE(n.templateId, u"order_confirmed"_s);
    QCOMPARE(n.channelId, u"mail"_s);
    QCOMPARE(n.recipient, u"jo@example.com"_s);
    QCOMPARE(n.state, NotificationState::Sent);
    QCOMPARE(n.attempts, 2);
    QCOMPARE(n.createdAt, QDateTime::fromMSecsSinceEpoch(BaseTime, Qt::UTC));
    QCOMPARE(details->notifications.at(1).id, queued);

    QVERIFY(!details->attempts.contains(queued));
    const QList<DeliveryAttempt> attempts = details->attempts.value(sent);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).number, 1);
    QCOMPARE(attempts.at(0).outcome, AttemptOutcome::Retrying);
    QCOMPARE(attempts.at(0).httpStatus, 503);
    QCOMPARE(attempts.at(0).message, u"The provider is busy."_s);
    QCOMPARE(attempts.at(1).number, 2);
    QCOMPARE(attempts.at(1).outcome, AttemptOutcome::Accepted);
    QCOMPARE(attempts.at(1).providerMessageId, u"msg-2"_s);
    QCOMPARE(attempts.at(1).providerAnswer, u"{\"ok\":true}"_s);
    QCOMPARE(attempts.at(1).startedAt, QDateTime::fromMSecsSinceEpoch(BaseTime + 120'000, Qt::UTC));
    QCOMPARE(attempts.at(1).finishedAt, QDateTime::fromMSecsSinceEpoch(BaseTime + 120'250, Qt::UTC));
}

void tst_MonitorQueries::details_heldAttempt_readsAsHeld()
{
    // The dispatcher's record of a send whose channel's sign-in was refused: queued again, no attempt used.
    const qint64 id = addEvent(u"#1043"_s, false, "{}");
    const qint64 waiting = addNotification(id, u"queued"_s, u"jo@example.com"_s, 0);
    addAttempt(waiting, 1, u"held"_s, 0, QString(),
               u"Sign in again in Channels. The message waits until the account is signed in again."_s, QString());

    const auto details = m_queries->details(id);
    QVERIFY2(details.ok(), qPrintable(details ? QString() : details.error().detail));
    const QList<DeliveryAttempt> attempts = details->attempts.value(waiting);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).outcome, AttemptOutcome::Held);
    QCOMPARE(toName(AttemptOutcome::Held), u"held"_s);
}

void tst_MonitorQueries::details_unknownEvent_isNotFound()
{
    addEvent(u"1"_s);
    const auto details = m_queries->details(4242);
    QVERIFY(!details.ok());
    QCOMPARE(details.error().code, ErrorCode::NotFound);
    QVERIFY(!details.error().message.isEmpty());
}

void tst_MonitorQueries::statements_useTheKeyOrAnIndex()
{
    // Enough rows for the planner to have a real choice.
    exec(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000)"
         " INSERT INTO raw_events (source_id, received_at, body) SELECT 'shop', n, x'7b7d' FROM c"_s);
    exec(u"INSERT INTO notifications (event_id, source_id, order_id, trigger, template_id, channel_id, recipient,"
         " state, created_at, due_at) SELECT id, 'shop', '', '', '', '', '', 'sent', 0, 0 FROM raw_events"_s);
    exec(u"ANALYZE"_s);

    const QStringList statements = MonitorQueries::statements();
    QVERIFY(!statements.isEmpty());
    for (const QString &sql : statements) {
        QSqlQuery plan(m_reader->handle());
        QVERIFY2(plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql), qPrintable(plan.lastError().text()));
        for (int i = 0; i < sql.count(u'?'); ++i) {
            plan.bindValue(i, 1);
        }
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList details;
        while (plan.next()) {
            details.append(plan.value(3).toString());
        }
        QVERIFY(!details.isEmpty());
        for (const QString &detail : details) {
            // Only a walk backwards over the newest events that stops at LIMIT may scan.
            const bool scan = detail.startsWith(u"SCAN"_s);
            QVERIFY2(!scan || (detail == u"SCAN raw_events"_s && sql.contains(u"ORDER BY id DESC LIMIT"_s)),
                     qPrintable(sql + u"\n  -> "_s + details.join(u"\n  -> "_s)));
        }
    }
}

void tst_MonitorQueries::reads_seeRowsCommittedByAnotherConnection()
{
    QVERIFY(m_queries->latest(10)->isEmpty());
    const qint64 id = addEvent(u"1"_s);
    const auto rows = m_queries->after(0, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().eventId, id);

    addNotification(id, u"sending"_s);
    QCOMPARE(m_queries->rows({id})->constFirst().state, NotificationState::Sending);
    exec(u"UPDATE notifications SET state = 'sent', attempts = 1"_s);
    QCOMPARE(m_queries->rows({id})->constFirst().state, NotificationState::Sent);
    QCOMPARE(m_queries->rows({id})->constFirst().attempts, 1);
}

QTEST_GUILESS_MAIN(tst_MonitorQueries)

#include "tst_monitorqueries.moc"
