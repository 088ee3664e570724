#include "fakes/queryplan.h"
#include "store/database.h"
#include "store/monitorfiltersql.h"
#include "store/monitorqueries.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace Tidings;

Q_DECLARE_METATYPE(Tidings::MonitorFilter)

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
    void page_filter_data();
    void page_filter();
    void page_keysetPaging_readsEveryEventOnce_data();
    void page_keysetPaging_readsEveryEventOnce();
    void newer_readsOnlyTheRangeAndTheFilter();
    void rows_withFilter_keepsOnlyMatchingEvents();
    void filterStatements_walkAnIndexInIdOrder_data();
    void filterStatements_walkAnIndexInIdOrder();

private:
    // Eight events of two shops over eight days, with orders, a shipment and notifications: the filters' cases.
    void addFilterEvents();
    static QList<qint64> ids(const QList<MonitorRow> &rows);
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
        const auto plan = Test::queryPlan(m_reader->handle(), sql);
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().detail));
        const QStringList details = *plan;
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

QList<qint64> tst_MonitorQueries::ids(const QList<MonitorRow> &rows)
{
    QList<qint64> list;
    for (const MonitorRow &row : rows) {
        list.append(row.eventId);
    }
    return list;
}

void tst_MonitorQueries::addFilterEvents()
{
    constexpr qint64 Day = 24 * 3600 * 1000;

    struct Spec
    {
        const char *source;
        const char *number;
        bool duplicate;
        QList<std::pair<const char *, const char *>> notifications; // state, channel
        const char *recipient;
    };

    const QList<Spec> specs{
        {"shop", "#1001", false, {{"sent", "mail"}}, "jo@example.com"},
        {"shop", "#1002", false, {{"failed", "slack"}}, "ann@example.com"},
        {"other", "#1003", false, {{"queued", "mail"}}, "ann@example.com"},
        {"other", "#1003", false, {{"sent", "mail"}, {"uncertain", "mail"}}, "bo@example.com"},
        {"other", "#2001", true, {}, ""},
        {"shop", "#2002", false, {{"sending", "slack"}}, "owner@example.com"},
        {"shop", "#2003", false, {{"cancelled", "mail"}}, "cy@example.com"},
        {"shop", "#2004", false, {}, ""},
    };
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const Spec &spec = specs.at(i);
        QSqlQuery event(m_writer->handle());
        event.prepare(u"INSERT INTO raw_events (id, source_id, topic, received_at, body, duplicate, order_id,"
                      " order_number) VALUES (?, ?, 'orders/create', ?, x'7b7d', ?, ?, ?)"_s);
        event.addBindValue(i + 1);
        event.addBindValue(QString::fromLatin1(spec.source));
        event.addBindValue(BaseTime + i * Day);
        event.addBindValue(spec.duplicate ? 1 : 0);
        event.addBindValue(QString(u"id-"_s + QString::fromLatin1(spec.number)));
        event.addBindValue(QString::fromLatin1(spec.number));
        QVERIFY2(event.exec(), qPrintable(event.lastError().text()));
        for (const auto &[state, channel] : spec.notifications) {
            exec(u"INSERT INTO notifications (event_id, source_id, order_id, trigger, template_id, channel_id,"
                 " recipient, state, created_at, due_at) VALUES (%1, '%2', 'o', 't', 't', '%3', '%4', '%5', 0, 0)"_s
                     .arg(i + 1)
                     .arg(QString::fromLatin1(spec.source), QString::fromLatin1(channel),
                          QString::fromLatin1(spec.recipient), QString::fromLatin1(state)));
        }
    }
    exec(u"INSERT INTO orders (source_id, order_id, order_number, status, customer_email, updated_at) VALUES"
         " ('shop', 'id-#1001', '#1001', 'paid', 'jo@example.com', 0),"
         " ('shop', 'id-#2002', '#2002', 'paid', 'Kim@Example.com', 0)"_s);
    exec(u"INSERT INTO shipments (source_id, order_id, shipment_id, status, tracking_number, updated_at)"
         " VALUES ('other', 'id-#1003', 's1', 'in_transit', '1ZABC123', 0)"_s);
}

void tst_MonitorQueries::page_filter_data()
{
    QTest::addColumn<MonitorFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected");

    constexpr qint64 Day = 24 * 3600 * 1000;
    const auto at = [](qint64 day) { return QDateTime::fromMSecsSinceEpoch(BaseTime + day * Day, Qt::UTC); };
    const auto make = [](auto change) {
        MonitorFilter filter;
        change(filter);
        return filter;
    };
    using State = MonitorFilter::State;
    QTest::newRow("none") << MonitorFilter() << QList<qint64>{8, 7, 6, 5, 4, 3, 2, 1};
    QTest::newRow("failed or uncertain") << make([](auto &f) { f.state = State::Failed; }) << QList<qint64>{4, 2};
    QTest::newRow("waiting, nothing failed") << make([](auto &f) { f.state = State::Waiting; }) << QList<qint64>{6, 3};
    QTest::newRow("sent, nothing worse") << make([](auto &f) { f.state = State::Sent; }) << QList<qint64>{1};
    QTest::newRow("duplicates") << make([](auto &f) { f.state = State::Duplicates; }) << QList<qint64>{5};
    QTest::newRow("source") << make([](auto &f) { f.sourceId = u"other"_s; }) << QList<qint64>{5, 4, 3};
    QTest::newRow("channel") << make([](auto &f) { f.channelId = u"slack"_s; }) << QList<qint64>{6, 2};
    QTest::newRow("received from") << make([&](auto &f) { f.receivedFrom = at(5); }) << QList<qint64>{8, 7, 6};
    QTest::newRow("received from, to") << make([&](auto &f) {
        f.receivedFrom = at(2);
        f.receivedTo = at(4);
    }) << QList<qint64>{4, 3};
    QTest::newRow("order number without #") << make([](auto &f) { f.text = u"1003"_s; }) << QList<qint64>{4, 3};
    QTest::newRow("order number prefix") << make([](auto &f) { f.text = u" #100 "_s; }) << QList<qint64>{4, 3, 2, 1};
    QTest::newRow("recipient prefix") << make([](auto &f) { f.text = u"ann@"_s; }) << QList<qint64>{3, 2};
    QTest::newRow("customer email, any case")
        << make([](auto &f) { f.text = u"kim@example.COM"_s; }) << QList<qint64>{6};
    QTest::newRow("recipient or customer email")
        << make([](auto &f) { f.text = u"JO@example.com"_s; }) << QList<qint64>{1};
    QTest::newRow("tracking number, any case") << make([](auto &f) { f.text = u"1zabc"_s; }) << QList<qint64>{4, 3};
    QTest::newRow("text matching nothing") << make([](auto &f) { f.text = u"nobody"_s; }) << QList<qint64>{};
    QTest::newRow("state and source") << make([](auto &f) {
        f.state = State::Failed;
        f.sourceId = u"other"_s;
    }) << QList<qint64>{4};
    QTest::newRow("channel, date and text") << make([&](auto &f) {
        f.channelId = u"mail"_s;
        f.receivedFrom = at(1);
        f.text = u"#10"_s;
    }) << QList<qint64>{4, 3};
}

void tst_MonitorQueries::page_filter()
{
    QFETCH(MonitorFilter, filter);
    QFETCH(QList<qint64>, expected);

    addFilterEvents();

    // Through the indexes of the matching events, then walking down every id checking each: in one
    // window, and in windows of two ids (a search jumps over the windows without a match).
    struct Way
    {
        int maxIndexed;
        qint64 window;
    };

    for (const Way way : {Way{MonitorQueries::DefaultMaxIndexedMatches, MonitorQueries::DefaultWalkWindow},
                          Way{0, MonitorQueries::DefaultWalkWindow}, Way{0, 2}, Way{0, 1}}) {
        m_queries->setMaxIndexedMatches(way.maxIndexed);
        m_queries->setWalkWindow(way.window);
        const auto page = m_queries->page(filter, 0, 100);
        QVERIFY2(page.ok(), qPrintable(page ? QString() : page.error().detail));
        QCOMPARE(ids(*page), expected);
        // Page by page, one row each.
        QList<qint64> paged;
        for (qint64 before = 0;;) {
            const auto one = m_queries->page(filter, before, 1);
            QVERIFY(one.ok());
            if (one->isEmpty()) {
                break;
            }
            paged.append(one->constFirst().eventId);
            before = paged.constLast();
        }
        QCOMPARE(paged, expected);
    }
    m_queries->setWalkWindow(MonitorQueries::DefaultWalkWindow);
    // A row read through a filter is the row read without one.
    const auto filtered = m_queries->page(filter, 0, 100);
    const auto plain = m_queries->rows(expected);
    QCOMPARE(*filtered, *plain);
}

void tst_MonitorQueries::page_keysetPaging_readsEveryEventOnce_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("maxIndexed");
    QTest::newRow("pages of 3, indexed") << 3 << MonitorQueries::DefaultMaxIndexedMatches;
    QTest::newRow("pages of 3, walking") << 3 << 0;
    QTest::newRow("pages of 1") << 1 << 0;
    QTest::newRow("page as large as the matches") << 6 << 0;
    QTest::newRow("page larger than the matches") << 7 << MonitorQueries::DefaultMaxIndexedMatches;
}

void tst_MonitorQueries::page_keysetPaging_readsEveryEventOnce()
{
    QFETCH(int, pageSize);
    QFETCH(int, maxIndexed);

    // Twelve events: the even ids sent, the odd ones failed.
    for (int i = 1; i <= 12; ++i) {
        addNotification(addEvent(QString::number(i)), i % 2 ? u"failed"_s : u"sent"_s);
    }
    m_queries->setMaxIndexedMatches(maxIndexed);
    MonitorFilter filter;
    filter.state = MonitorFilter::State::Failed;
    QList<qint64> read;
    qint64 before = 0;
    int pages = 0;
    while (true) {
        const auto page = m_queries->page(filter, before, pageSize);
        QVERIFY(page.ok());
        QVERIFY(page->size() <= pageSize);
        read.append(ids(*page));
        ++pages;
        if (page->size() < pageSize) {
            break;
        }
        before = page->constLast().eventId; // keyset: the next page starts below the last row read
    }
    QCOMPARE(read, (QList<qint64>{11, 9, 7, 5, 3, 1}));
    QCOMPARE(pages, 6 / pageSize + 1);
    QVERIFY(m_queries->page(filter, 1, pageSize)->isEmpty());
    QCOMPARE(ids(*m_queries->page(filter, 12, 2)), (QList<qint64>{11, 9}));
    QCOMPARE(ids(*m_queries->page(filter, 11, 2)), (QList<qint64>{9, 7}));
}

void tst_MonitorQueries::newer_readsOnlyTheRangeAndTheFilter()
{
    addFilterEvents();
    MonitorFilter failed;
    failed.state = MonitorFilter::State::Failed;
    QCOMPARE(ids(*m_queries->newer(failed, 0, 8)), (QList<qint64>{4, 2}));
    QCOMPARE(ids(*m_queries->newer(failed, 2, 8)), (QList<qint64>{4}));
    QCOMPARE(ids(*m_queries->newer(failed, 0, 3)), (QList<qint64>{2}));
    QCOMPARE(ids(*m_queries->newer(MonitorFilter(), 5, 7)), (QList<qint64>{7, 6}));
    QVERIFY(m_queries->newer(MonitorFilter(), 8, 8)->isEmpty());
    QCOMPARE(*m_queries->newestId(), 8);
}

void tst_MonitorQueries::rows_withFilter_keepsOnlyMatchingEvents()
{
    addFilterEvents();
    MonitorFilter filter;
    filter.channelId = u"slack"_s;
    QCOMPARE(ids(*m_queries->rows({1, 2, 6, 99}, filter)), (QList<qint64>{6, 2}));
    QCOMPARE(ids(*m_queries->rows({1, 2}, MonitorFilter())), (QList<qint64>{2, 1}));
    QVERIFY(m_queries->rows({}, filter)->isEmpty());
}

void tst_MonitorQueries::filterStatements_walkAnIndexInIdOrder_data()
{
    QTest::addColumn<MonitorFilter>("filter");
    const auto make = [](auto change) {
        MonitorFilter filter;
        change(filter);
        return filter;
    };
    using State = MonitorFilter::State;
    for (State state : {State::Waiting, State::Sent, State::Failed, State::Duplicates}) {
        QTest::addRow("state %d", int(state)) << make([state](auto &f) { f.state = state; });
    }
    QTest::newRow("source") << make([](auto &f) { f.sourceId = u"shop"_s; });
    QTest::newRow("channel") << make([](auto &f) { f.channelId = u"mail"_s; });
    QTest::newRow("received") << make([](auto &f) {
        f.receivedFrom = QDateTime::fromMSecsSinceEpoch(BaseTime, Qt::UTC);
        f.receivedTo = QDateTime::fromMSecsSinceEpoch(BaseTime + 1000, Qt::UTC);
    });
    QTest::newRow("text") << make([](auto &f) { f.text = u"1ZABC"_s; });
    QTest::newRow("all of them") << make([](auto &f) {
        f.state = State::Failed;
        f.sourceId = u"shop"_s;
        f.channelId = u"mail"_s;
        f.receivedFrom = QDateTime::fromMSecsSinceEpoch(BaseTime, Qt::UTC);
        f.text = u"#10"_s;
    });
}

void tst_MonitorQueries::filterStatements_walkAnIndexInIdOrder()
{
    QFETCH(MonitorFilter, filter);
    // Enough rows for the planner to have a real choice.
    exec(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000)"
         " INSERT INTO raw_events (source_id, received_at, body, order_id, order_number) SELECT 'shop', n, x'7b7d',"
         " 'o' || n, '#' || n FROM c"_s);
    exec(u"INSERT INTO notifications (event_id, source_id, order_id, trigger, template_id, channel_id, recipient,"
         " state, created_at, due_at) SELECT id, 'shop', order_id, '', '', 'mail', 'x' || id || '@example.com',"
         " 'sent', 0, 0 FROM raw_events"_s);
    exec(u"ANALYZE"_s);

    // Driven by each clause's index in turn, then walking down the ids.
    const int clauses = int(filter.state != MonitorFilter::State::All) + int(!filter.sourceId.isEmpty()) +
                        int(!filter.channelId.isEmpty()) + int(filter.receivedFrom.isValid()) +
                        int(!filter.text.isEmpty());
    for (int driver = -1; driver < clauses; ++driver) {
        const QString sql = MonitorQueries::pageSql(filter, driver);
        const auto plan = Test::queryPlan(m_reader->handle(), sql);
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().detail));
        const QStringList details = *plan;
        const QString explained = sql + u"\n  -> "_s + details.join(u"\n  -> "_s);
        // Nothing is read whole: no table scan and no sort of every match; the page stops at its LIMIT. (The
        // date range reads the list of sources that have events, a handful of rows, a seek each.)
        for (const QString &detail : std::as_const(details)) {
            QVERIFY2(!detail.startsWith(u"SCAN"_s) || detail == u"SCAN event_sources"_s, qPrintable(explained));
            QVERIFY2(!detail.contains(u"TEMP B-TREE FOR ORDER BY"_s), qPrintable(explained));
        }
    }
    // A walk's jump to a clause's next match seeks or reads index ranges, never a whole table or index.
    const QRegularExpression wholeTable(u"^SCAN (raw_events|notifications|orders|shipments)\\b"_s);
    for (const FilterClause &clause : filterClauses(filter)) {
        if (clause.next.isEmpty()) {
            continue;
        }
        const auto plan = Test::queryPlan(m_reader->handle(), clause.next.sql);
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().detail));
        const QStringList details = *plan;
        const QString explained = clause.next.sql + u"\n  -> "_s + details.join(u"\n  -> "_s);
        for (const QString &detail : std::as_const(details)) {
            QVERIFY2(!wholeTable.match(detail).hasMatch(), qPrintable(explained));
        }
    }
}

QTEST_GUILESS_MAIN(tst_MonitorQueries)

#include "tst_monitorqueries.moc"
