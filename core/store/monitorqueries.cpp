#include "store/monitorqueries.h"

#include "store/database.h"
#include "store/monitorfiltersql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <array>
#include <limits>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct MonitorText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::MonitorQueries)
};

QString selectEvents(const QString &rest)
{
    return u"SELECT id, received_at, source_id, topic, order_id, order_number, customer, summary, duplicate"
           " FROM raw_events "_s +
           rest;
}

QString latestSql()
{
    return selectEvents(u"ORDER BY id DESC LIMIT ?"_s);
}

QString afterSql()
{
    return selectEvents(u"WHERE id > ? ORDER BY id DESC LIMIT ?"_s);
}

QString rangeSql()
{
    return selectEvents(u"WHERE id BETWEEN ? AND ? ORDER BY id DESC"_s);
}

QString summaryColumns()
{
    return u"SELECT event_id, id, state, channel_id, recipient, attempts, last_error FROM notifications "_s;
}

QString summariesSql()
{
    return summaryColumns() + u"WHERE event_id BETWEEN ? AND ?"_s;
}

QString payloadSql()
{
    return u"SELECT headers, body FROM raw_events WHERE id = ?"_s;
}

QString notificationsSql()
{
    return u"SELECT id, event_id, source_id, order_id, shipment_id, trigger, template_id, channel_id, recipient,"
           " recipient_name, state, attempts, created_at, due_at, last_error, provider_message_id, context,"
           " COALESCE(resend_of, 0) FROM notifications WHERE event_id = ? ORDER BY id"_s;
}

QString attemptsSql()
{
    return u"SELECT a.id, a.notification_id, a.number, a.started_at, a.finished_at, a.outcome, a.http_status,"
           " a.provider_message_id, a.message, a.provider_answer"
           " FROM notifications n JOIN delivery_attempts a ON a.notification_id = n.id"
           " WHERE n.event_id = ? ORDER BY a.notification_id, a.number, a.id"_s;
}

// What the fold needs of a notification.
struct NotificationSummary
{
    qint64 id = 0;
    NotificationState state = NotificationState::Queued;
    QString channelId;
    QString recipient;
    int attempts = 0;
    QString lastError;
};

// How much a notification's state matters to the owner: a failure outranks work in flight, which
// outranks success.
int relevance(NotificationState state)
{
    switch (state) {
    case NotificationState::Failed:
        return 5;
    case NotificationState::Uncertain:
        return 4;
    case NotificationState::Sending:
        return 3;
    case NotificationState::Queued:
        return 2;
    case NotificationState::Sent:
        return 1;
    case NotificationState::Cancelled:
        return 0;
    }
    return 0;
}

// Adds one notification to a row; `shownId` is the id of the notification the row describes so far.
void fold(MonitorRow &row, qint64 &shownId, const NotificationSummary &n)
{
    const bool first = row.notificationCount == 0;
    ++row.notificationCount;
    row.attempts += n.attempts;
    const int rank = relevance(n.state);
    const int shownRank = relevance(row.state);
    if (first || rank > shownRank || (rank == shownRank && n.id > shownId)) {
        shownId = n.id;
        row.state = n.state;
        row.channelId = n.channelId;
        row.recipient = n.recipient;
        row.lastError = n.lastError;
    }
}

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

AttemptOutcome attemptOutcomeFromName(const QString &name)
{
    for (auto outcome : {AttemptOutcome::Accepted, AttemptOutcome::Retrying, AttemptOutcome::Failed,
                         AttemptOutcome::Interrupted, AttemptOutcome::Held, AttemptOutcome::QuietHours}) {
        if (toName(outcome) == name) {
            return outcome;
        }
    }
    return AttemptOutcome::Failed;
}

Error queryError(const QSqlQuery &query)
{
    return Database::storageError(MonitorText::tr("Tidings could not read the event list from its database."),
                                  query.lastError().text());
}

QString idList(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids) {
        list.append(QString::number(id));
    }
    return list.join(u", "_s);
}

void append(QStringList &where, QVariantList &values, const SqlPart &part)
{
    if (!part.isEmpty()) {
        where.append(part.sql);
        values.append(part.values);
    }
}

// The conditions every event of a walk must meet: each clause's check (but the driver's, whose index
// already chose the events) and its `always`.
void appendChecks(QStringList &where, QVariantList &values, const QList<FilterClause> &clauses, int driver)
{
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        if (i != driver) {
            append(where, values, clauses.at(i).check);
        }
        append(where, values, clauses.at(i).always);
    }
}

struct Statement
{
    QString sql;
    QVariantList values;
};

// A page's statement: driven by the index of clause `driver`, or walking down the ids from `beforeId` to
// `lowestId` (a window of the walk) checking each event when `driver` is -1.
Statement pageStatement(const QList<FilterClause> &clauses, int driver, qint64 beforeId, int limit, qint64 lowestId = 0)
{
    QStringList where{u"e.id < ?"_s};
    QVariantList values{beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()};
    if (driver >= 0) {
        // Few events match the driver: SQLite reads their ids from its index into a sorted set and
        // walks that set down from `beforeId`.
        const SqlPart &ids = clauses.at(driver).ids;
        where.append(u"e.id IN ("_s + ids.sql + u")"_s);
        values.append(ids.values);
    } else if (lowestId > 0) {
        where.append(u"e.id >= ?"_s);
        values.append(lowestId);
    }
    appendChecks(where, values, clauses, driver);
    values.append(limit);
    return {selectEvents(u"e WHERE "_s + where.join(u" AND "_s) + u" ORDER BY e.id DESC LIMIT ?"_s), values};
}

} // namespace

MonitorQueries::MonitorQueries(QSqlDatabase db)
    : m_db(std::move(db))
{}

MonitorQueries::~MonitorQueries() = default;

QStringList MonitorQueries::statements()
{
    return {latestSql(), afterSql(), rangeSql(), summariesSql(), payloadSql(), notificationsSql(), attemptsSql()};
}

Status MonitorQueries::prepare()
{
    if (m_prepared) {
        return {};
    }
    const std::array<std::pair<QSqlQuery *, QString>, 7> statements{{
        {&m_latest, latestSql()},
        {&m_after, afterSql()},
        {&m_range, rangeSql()},
        {&m_summaries, summariesSql()},
        {&m_payload, payloadSql()},
        {&m_notifications, notificationsSql()},
        {&m_attempts, attemptsSql()},
    }};
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            return Database::storageError(MonitorText::tr("Tidings could not read its database."),
                                          query->lastError().text());
        }
    }
    m_prepared = true;
    return {};
}

Result<QList<MonitorRow>> MonitorQueries::readEvents(QSqlQuery &query)
{
    if (!query.exec()) {
        const Error error = queryError(query);
        query.finish();
        return error;
    }
    QList<MonitorRow> rows;
    while (query.next()) {
        MonitorRow row;
        row.eventId = query.value(0).toLongLong();
        row.receivedAt = fromMs(query.value(1).toLongLong());
        row.sourceId = query.value(2).toString();
        row.topic = query.value(3).toString();
        row.orderId = query.value(4).toString();
        row.orderNumber = query.value(5).toString();
        row.customer = query.value(6).toString();
        row.summary = query.value(7).toString();
        row.duplicate = query.value(8).toInt() != 0;
        rows.append(std::move(row));
    }
    query.finish();
    return rows;
}

Status MonitorQueries::foldNotifications(QList<MonitorRow> &rows, qint64 firstId, qint64 lastId)
{
    m_summaries.bindValue(0, firstId);
    m_summaries.bindValue(1, lastId);
    return foldFrom(rows, m_summaries);
}

Status MonitorQueries::foldFrom(QList<MonitorRow> &rows, QSqlQuery &summaries)
{
    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        indexOf.insert(rows.at(i).eventId, i);
    }
    QHash<qint64, qint64> shownIds;
    if (!summaries.exec()) {
        const Error error = queryError(summaries);
        summaries.finish();
        return error;
    }
    while (summaries.next()) {
        const auto at = indexOf.constFind(summaries.value(0).toLongLong());
        if (at == indexOf.constEnd()) {
            continue;
        }
        NotificationSummary n;
        n.id = summaries.value(1).toLongLong();
        n.state = notificationStateFromName(summaries.value(2).toString());
        n.channelId = summaries.value(3).toString();
        n.recipient = summaries.value(4).toString();
        n.attempts = summaries.value(5).toInt();
        n.lastError = summaries.value(6).toString();
        MonitorRow &row = rows[*at];
        fold(row, shownIds[row.eventId], n);
    }
    summaries.finish();
    return {};
}

Result<QList<MonitorRow>> MonitorQueries::latest(int limit)
{
    return after(0, limit);
}

Result<QList<MonitorRow>> MonitorQueries::after(qint64 eventId, int limit)
{
    if (limit <= 0) {
        return QList<MonitorRow>();
    }
    if (auto status = prepare(); !status) {
        return status.error();
    }
    // Without a lower bound SQLite walks the table backwards from its newest row; with one it
    // searches the rowid range. Either way it stops after `limit` rows.
    QSqlQuery &query = eventId > 0 ? m_after : m_latest;
    int column = 0;
    if (eventId > 0) {
        query.bindValue(column++, eventId);
    }
    query.bindValue(column, limit);
    auto rows = readEvents(query);
    if (!rows || rows->isEmpty()) {
        return rows;
    }
    // The newest rows form an unbroken run of ids: every event between the oldest and the newest
    // one read is among them, so one index range covers all of their notifications.
    if (auto status = foldNotifications(rows.value(), rows->constLast().eventId, rows->constFirst().eventId); !status) {
        return status.error();
    }
    return rows;
}

Result<QList<MonitorRow>> MonitorQueries::rows(const QList<qint64> &eventIds)
{
    if (eventIds.isEmpty()) {
        return QList<MonitorRow>();
    }
    if (auto status = prepare(); !status) {
        return status.error();
    }
    QList<qint64> ids = eventIds;
    std::sort(ids.begin(), ids.end(), std::greater<>());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    // Events written together have consecutive ids: read each run of them with two range queries.
    QList<MonitorRow> result;
    qsizetype start = 0;
    while (start < ids.size()) {
        qsizetype end = start + 1;
        while (end < ids.size() && ids.at(end) == ids.at(end - 1) - 1) {
            ++end;
        }
        const qint64 newest = ids.at(start);
        const qint64 oldest = ids.at(end - 1);
        m_range.bindValue(0, oldest);
        m_range.bindValue(1, newest);
        auto run = readEvents(m_range);
        if (!run) {
            return run.error();
        }
        if (!run->isEmpty()) {
            if (auto status = foldNotifications(run.value(), oldest, newest); !status) {
                return status.error();
            }
            result.append(std::move(run.value()));
        }
        start = end;
    }
    return result;
}

Status MonitorQueries::foldScattered(QList<MonitorRow> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const MonitorRow &row : std::as_const(rows)) {
        ids.append(row.eventId);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The ids are numbers this class read, so they are spelled into the SQL instead of bound one by one.
    if (!query.prepare(summaryColumns() + u"WHERE event_id IN ("_s + idList(ids) + u")"_s)) {
        return queryError(query);
    }
    return foldFrom(rows, query);
}

Result<QList<MonitorRow>> MonitorQueries::read(const QString &sql, const QVariantList &values)
{
    if (auto status = prepare(); !status) {
        return status.error();
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return queryError(query);
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    return readEvents(query);
}

Status MonitorQueries::foldRows(QList<MonitorRow> &rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    const qint64 newest = rows.constFirst().eventId;
    const qint64 oldest = rows.constLast().eventId;
    // Rows close together share one index range of notifications; rows far apart (a filter that
    // matches a few events in a long history) are looked up by their ids instead.
    const bool close = newest - oldest < 4 * rows.size();
    return close ? foldNotifications(rows, oldest, newest) : foldScattered(rows);
}

Result<QList<MonitorRow>> MonitorQueries::readFolded(const QString &sql, const QVariantList &values)
{
    auto rows = read(sql, values);
    if (!rows) {
        return rows;
    }
    if (auto status = foldRows(rows.value()); !status) {
        return status.error();
    }
    return rows;
}

Result<qint64> MonitorQueries::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return queryError(query);
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        const Error error = queryError(query);
        query.finish();
        return error;
    }
    const qint64 value = query.value(0).toLongLong();
    query.finish();
    return value;
}

Result<QList<MonitorRow>> MonitorQueries::walk(const QList<FilterClause> &clauses, qint64 beforeId, int limit)
{
    qint64 floor = 0;
    for (const FilterClause &clause : clauses) {
        if (!clause.floor.isEmpty()) {
            const auto id = scalar(clause.floor.sql, clause.floor.values);
            if (!id) {
                return id.error();
            }
            floor = std::max(floor, *id);
        }
    }
    qint64 upper = beforeId;
    if (upper <= 0) {
        const auto newest = newestId();
        if (!newest) {
            return newest.error();
        }
        upper = *newest + 1;
    }
    // Matches may lie far down, or in runs with long gaps between them (an order number's start matches
    // one stretch of history; a shop stopped sending), so the walk goes a window at a time, and a window
    // without a match jumps to the newest event below it that every clause with a way to find its next
    // match could let through (the lowest of their next matches), instead of walking the gap.
    bool jumps = false;
    for (const FilterClause &clause : clauses) {
        jumps = jumps || !clause.next.isEmpty();
    }
    // Windows start small, so a gap costs little before the jump over it, and grow while they find
    // matches, so a stretch of sparse matches takes few statements.
    const qint64 smallest = std::max<qint64>(1, m_walkWindow / 10);
    qint64 window = smallest;
    QList<MonitorRow> rows;
    while (rows.size() < limit && upper > floor + 1) {
        const qint64 lowest = std::max(floor + 1, upper - window);
        const Statement statement = pageStatement(clauses, -1, upper, int(limit - rows.size()), lowest);
        auto found = read(statement.sql, statement.values);
        if (!found) {
            return found.error();
        }
        if (!found->isEmpty() || !jumps) {
            rows.append(std::move(found).value());
            upper = lowest;
            window = std::min(2 * window, m_walkWindow);
            continue;
        }
        window = smallest;
        qint64 next = lowest - 1;
        for (const FilterClause &clause : clauses) {
            if (clause.next.isEmpty()) {
                continue;
            }
            QVariantList values = clause.next.values;
            while (values.size() < clause.next.sql.count(u'?')) {
                values.append(lowest);
            }
            const auto id = scalar(clause.next.sql, values);
            if (!id) {
                return id.error();
            }
            next = std::min(next, *id);
        }
        upper = next + 1; // 1 when nothing is left: the walk ends
    }
    if (auto status = foldRows(rows); !status) {
        return status.error();
    }
    return rows;
}

Result<int> MonitorQueries::driverOf(const MonitorFilter &filter)
{
    if (filter == m_planFilter) {
        return m_planDriver;
    }
    const QList<FilterClause> clauses = filterClauses(filter);
    // With several clauses a walk meets matches only as often as all of them hold at once, so reading
    // a larger set of one clause's ids and checking the others on it still costs less.
    const int bound = clauses.size() > 1 ? 5 * m_maxIndexedMatches : m_maxIndexedMatches;
    int driver = -1;
    int fewest = bound + 1;
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const SqlPart &ids = clauses.at(i).ids;
        if (ids.isEmpty()) {
            continue;
        }
        // Counting stops past the bound, so a condition most events meet costs no more than one that few do.
        QSqlQuery count(m_db);
        count.setForwardOnly(true);
        if (!count.prepare(u"SELECT COUNT(*) FROM ("_s + ids.sql + u" LIMIT ?)"_s)) {
            return queryError(count);
        }
        for (const QVariant &value : ids.values) {
            count.addBindValue(value);
        }
        count.addBindValue(bound + 1);
        if (!count.exec() || !count.next()) {
            const Error error = queryError(count);
            count.finish();
            return error;
        }
        const int matches = count.value(0).toInt();
        count.finish();
        if (matches < fewest) {
            fewest = matches;
            driver = int(i);
        }
    }
    m_planFilter = filter;
    m_planDriver = driver;
    return driver;
}

QString MonitorQueries::pageSql(const MonitorFilter &filter, int driver)
{
    return pageStatement(filterClauses(filter), driver, 0, 1, driver < 0 ? 1 : 0).sql;
}

Result<QList<MonitorRow>> MonitorQueries::page(const MonitorFilter &filter, qint64 beforeId, int limit)
{
    if (limit <= 0) {
        return QList<MonitorRow>();
    }
    if (beforeId <= 0) {
        m_planFilter = {}; // a first page counts the matches again: they change as events arrive
        m_planDriver = -1;
    }
    const auto driver = filter.isEmpty() ? Result<int>(-1) : driverOf(filter);
    if (!driver) {
        return driver.error();
    }
    const QList<FilterClause> clauses = filterClauses(filter);
    if (*driver < 0 && !clauses.isEmpty()) {
        return walk(clauses, beforeId, limit);
    }
    const Statement statement = pageStatement(clauses, *driver, beforeId, limit);
    return readFolded(statement.sql, statement.values);
}

Result<QList<MonitorRow>> MonitorQueries::newer(const MonitorFilter &filter, qint64 afterId, qint64 throughId)
{
    if (throughId <= afterId) {
        return QList<MonitorRow>();
    }
    QStringList where{u"e.id > ?"_s, u"e.id <= ?"_s};
    QVariantList values{afterId, throughId};
    appendChecks(where, values, filterClauses(filter), -1);
    return readFolded(selectEvents(u"e WHERE "_s + where.join(u" AND "_s) + u" ORDER BY e.id DESC"_s), values);
}

Result<QList<MonitorRow>> MonitorQueries::rows(const QList<qint64> &eventIds, const MonitorFilter &filter)
{
    if (filter.isEmpty()) {
        return rows(eventIds);
    }
    if (eventIds.isEmpty()) {
        return QList<MonitorRow>();
    }
    QStringList where{u"e.id IN ("_s + idList(eventIds) + u")"_s};
    QVariantList values;
    appendChecks(where, values, filterClauses(filter), -1);
    return readFolded(selectEvents(u"e WHERE "_s + where.join(u" AND "_s) + u" ORDER BY e.id DESC"_s), values);
}

Result<qint64> MonitorQueries::newestId()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT COALESCE(MAX(id), 0) FROM raw_events"_s) || !query.next()) {
        const Error error = queryError(query);
        query.finish();
        return error;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<QList<std::pair<QString, QString>>> MonitorQueries::names(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        const Error error = queryError(query);
        query.finish();
        return error;
    }
    QList<std::pair<QString, QString>> names;
    while (query.next()) {
        names.append({query.value(0).toString(), query.value(1).toString()});
    }
    query.finish();
    return names;
}

Result<QList<std::pair<QString, QString>>> MonitorQueries::sourceNames()
{
    return names(u"SELECT id, name FROM sources ORDER BY name, id"_s);
}

Result<QList<std::pair<QString, QString>>> MonitorQueries::channelNames()
{
    return names(u"SELECT id, name FROM channels ORDER BY name, id"_s);
}

Result<EventDetails> MonitorQueries::details(qint64 eventId)
{
    if (auto status = prepare(); !status) {
        return status.error();
    }
    EventDetails details;
    m_range.bindValue(0, eventId);
    m_range.bindValue(1, eventId);
    auto found = readEvents(m_range);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error::make(ErrorCode::NotFound, MonitorText::tr("This event is no longer in the database."),
                           u"raw_events.id=%1"_s.arg(eventId));
    }
    details.row = found->constFirst();

    m_payload.bindValue(0, eventId);
    if (!m_payload.exec()) {
        const Error error = queryError(m_payload);
        m_payload.finish();
        return error;
    }
    if (m_payload.next()) {
        details.headersJson = m_payload.value(0).toString().toUtf8();
        details.body = m_payload.value(1).toByteArray();
    }
    m_payload.finish();

    m_notifications.bindValue(0, eventId);
    if (!m_notifications.exec()) {
        const Error error = queryError(m_notifications);
        m_notifications.finish();
        return error;
    }
    qint64 shownId = 0;
    while (m_notifications.next()) {
        const QSqlQuery &q = m_notifications;
        Notification n;
        n.id = q.value(0).toLongLong();
        n.eventId = q.value(1).toLongLong();
        n.sourceId = q.value(2).toString();
        n.orderId = q.value(3).toString();
        n.shipmentId = q.value(4).toString();
        n.trigger = q.value(5).toString();
        n.templateId = q.value(6).toString();
        n.channelId = q.value(7).toString();
        n.recipient = q.value(8).toString();
        n.recipientName = q.value(9).toString();
        n.state = notificationStateFromName(q.value(10).toString());
        n.attempts = q.value(11).toInt();
        n.createdAt = fromMs(q.value(12).toLongLong());
        n.dueAt = fromMs(q.value(13).toLongLong());
        n.lastError = q.value(14).toString();
        n.providerMessageId = q.value(15).toString();
        n.context = q.value(16).toString();
        n.resendOf = q.value(17).toLongLong();
        fold(details.row, shownId, {n.id, n.state, n.channelId, n.recipient, n.attempts, n.lastError});
        details.notifications.append(std::move(n));
    }
    m_notifications.finish();

    m_attempts.bindValue(0, eventId);
    if (!m_attempts.exec()) {
        const Error error = queryError(m_attempts);
        m_attempts.finish();
        return error;
    }
    while (m_attempts.next()) {
        const QSqlQuery &q = m_attempts;
        DeliveryAttempt a;
        a.id = q.value(0).toLongLong();
        a.notificationId = q.value(1).toLongLong();
        a.number = q.value(2).toInt();
        a.startedAt = fromMs(q.value(3).toLongLong());
        a.finishedAt = fromMs(q.value(4).toLongLong());
        a.outcome = attemptOutcomeFromName(q.value(5).toString());
        a.httpStatus = q.value(6).toInt();
        a.providerMessageId = q.value(7).toString();
        a.message = q.value(8).toString();
        a.providerAnswer = q.value(9).toString();
        details.attempts[a.notificationId].append(std::move(a));
    }
    m_attempts.finish();
    return details;
}

} // namespace Tidings
