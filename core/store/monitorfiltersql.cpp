#include "store/monitorfiltersql.h"

#include <QStringList>

#include <limits>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

// The notification states each state choice is made of: an event shows the most relevant state of its
// notifications (failed > uncertain > sending > queued > sent > cancelled), so it is in a group when one
// of its notifications is in the group's states and none is in a more relevant state.
struct StateGroup
{
    QString states;     // SQL list of the group's states
    QString moreUrgent; // SQL list of the states that outrank them; empty: none
};

StateGroup stateGroup(MonitorFilter::State state)
{
    switch (state) {
    case MonitorFilter::State::Failed:
        return {u"'failed', 'uncertain'"_s, {}};
    case MonitorFilter::State::Waiting:
        return {u"'queued', 'sending'"_s, u"'failed', 'uncertain'"_s};
    case MonitorFilter::State::Sent:
        return {u"'sent'"_s, u"'failed', 'uncertain', 'sending', 'queued'"_s};
    case MonitorFilter::State::All:
    case MonitorFilter::State::Duplicates:
        break;
    }
    return {};
}

FilterClause stateClause(MonitorFilter::State state)
{
    FilterClause clause;
    if (state == MonitorFilter::State::Duplicates) {
        clause.ids.sql = u"SELECT id FROM raw_events WHERE duplicate = 1"_s; // the partial raw_events_duplicate
        clause.check.sql = u"+e.duplicate = 1"_s;
        clause.always.sql = u"NOT EXISTS (SELECT 1 FROM notifications n WHERE n.event_id = e.id)"_s;
        clause.next.sql = u"SELECT COALESCE(MAX(id), 0) FROM raw_events WHERE duplicate = 1 AND id < ?"_s;
        return clause;
    }
    const StateGroup group = stateGroup(state);
    // Through notifications(state, due_at, event_id), the dispatcher's index, which holds the event ids.
    clause.ids.sql = u"SELECT event_id FROM notifications WHERE state IN (%1)"_s.arg(group.states);
    clause.check.sql =
        u"EXISTS (SELECT 1 FROM notifications n WHERE n.event_id = e.id AND +n.state IN (%1))"_s.arg(group.states);
    if (state == MonitorFilter::State::Sent) {
        // Most messages are sent, so the newest sent one below an id is a few entries down notifications(event_id).
        clause.next.sql = u"SELECT COALESCE((SELECT event_id FROM notifications WHERE event_id < ? AND +state = 'sent'"
                          " ORDER BY event_id DESC LIMIT 1), 0)"_s;
    } else {
        // Few messages wait or fail: their entries in notifications(state, due_at, event_id) are read whole,
        // however far down the newest of them lies (a walk down the event ids would read every event between).
        QStringList next;
        for (const QString &name : group.states.split(u", "_s)) {
            next.append(u"SELECT MAX(event_id) AS id FROM notifications INDEXED BY notifications_due"
                        " WHERE state = %1 AND event_id < ?"_s.arg(name));
        }
        clause.next.sql = u"SELECT COALESCE(MAX(id), 0) FROM ("_s + next.join(u" UNION ALL "_s) + u")"_s;
    }
    if (!group.moreUrgent.isEmpty()) {
        clause.always.sql =
            u"NOT EXISTS (SELECT 1 FROM notifications n WHERE n.event_id = e.id AND +n.state IN (%1))"_s.arg(
                group.moreUrgent);
    }
    return clause;
}

FilterClause sourceClause(const QString &sourceId)
{
    FilterClause clause;
    clause.ids = {u"SELECT id FROM raw_events WHERE source_id = ?"_s, {sourceId}};
    clause.check = {u"+e.source_id = ?"_s, {sourceId}};
    return clause;
}

FilterClause channelClause(const QString &channelId)
{
    FilterClause clause;
    clause.ids = {u"SELECT event_id FROM notifications WHERE channel_id = ?"_s, {channelId}};
    clause.check = {u"EXISTS (SELECT 1 FROM notifications n WHERE n.event_id = e.id AND +n.channel_id = ?)"_s,
                    {channelId}};
    clause.next = {u"SELECT COALESCE(MAX(event_id), 0) FROM notifications WHERE channel_id = ? AND event_id < ?"_s,
                   {channelId}};
    return clause;
}

// Every source that has an event, one seek each down raw_events_source_time: a shop has a handful.
QString withEventSources(const QString &select)
{
    return u"WITH RECURSIVE event_sources(id) AS (SELECT MIN(source_id) FROM raw_events"
           " UNION ALL SELECT (SELECT MIN(source_id) FROM raw_events WHERE source_id > event_sources.id)"
           " FROM event_sources WHERE event_sources.id IS NOT NULL) "_s +
           select;
}

FilterClause receivedClause(const QDateTime &from, const QDateTime &to)
{
    const qint64 fromMs = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    FilterClause clause;
    // The range of each source in raw_events_source_time, the index connection health reads.
    clause.ids = {withEventSources(u"SELECT r.id FROM event_sources JOIN raw_events r ON r.source_id = event_sources.id"
                                   " AND r.received_at >= ? AND r.received_at < ?"_s),
                  {fromMs, toMs}};
    clause.check = {u"+e.received_at >= ? AND +e.received_at < ?"_s, {fromMs, toMs}};
    if (from.isValid()) {
        // Events are stored in the order they are received, so no event older than the newest one received
        // before the range can be in it: a walk down the ids stops there instead of reading to the first
        // event. (An event stored while the clock had been set back is the exception this misses.)
        clause.floor = {
            withEventSources(u"SELECT COALESCE(MAX((SELECT r.id FROM raw_events r WHERE r.source_id = event_sources.id"
                             " AND r.received_at < ? ORDER BY r.received_at DESC, r.id DESC LIMIT 1)), 0)"
                             " FROM event_sources"_s),
            {fromMs}};
    }
    return clause;
}

// The text is the start of an order number, an email address or a tracking number. Each is a range of
// an index (no substring search: that would read every row), so a search costs a few index pages.
FilterClause textClause(const QString &text)
{
    QStringList orderNumbers{text};
    orderNumbers.append(text.startsWith(u'#') ? text.mid(1) : u"#"_s + text);
    orderNumbers.removeAll(QString());
    QStringList trackingNumbers{text};
    if (text.toUpper() != text) {
        trackingNumbers.append(text.toUpper()); // carriers print them in capitals; the index is case-sensitive
    }
    const QString end = prefixEnd(text);

    QStringList ids;
    QStringList checks;
    FilterClause clause;
    for (const QString &number : std::as_const(orderNumbers)) {
        ids.append(u"SELECT id FROM raw_events WHERE order_number >= ? AND order_number < ?"_s);
        clause.ids.values << number << prefixEnd(number);
    }
    ids.append(u"SELECT event_id FROM notifications WHERE recipient >= ? COLLATE NOCASE"
               " AND recipient < ? COLLATE NOCASE"_s);
    clause.ids.values << text << end;
    ids.append(u"SELECT r.id FROM orders o JOIN raw_events r ON r.source_id = o.source_id AND r.order_id = o.order_id"
               " WHERE o.customer_email >= ? COLLATE NOCASE AND o.customer_email < ? COLLATE NOCASE"_s);
    clause.ids.values << text << end;
    for (const QString &number : std::as_const(trackingNumbers)) {
        ids.append(u"SELECT r.id FROM shipments s JOIN raw_events r ON r.source_id = s.source_id"
                   " AND r.order_id = s.order_id WHERE s.tracking_number >= ? AND s.tracking_number < ?"
                   " AND s.tracking_number <> ''"_s);
        clause.ids.values << number << prefixEnd(number);
    }
    clause.ids.sql = ids.join(u" UNION ALL "_s);

    for (const QString &number : std::as_const(orderNumbers)) {
        checks.append(u"(+e.order_number >= ? AND +e.order_number < ?)"_s);
        clause.check.values << number << prefixEnd(number);
    }
    checks.append(u"EXISTS (SELECT 1 FROM notifications n WHERE n.event_id = e.id"
                  " AND +n.recipient >= ? COLLATE NOCASE AND +n.recipient < ? COLLATE NOCASE)"_s);
    clause.check.values << text << end;
    checks.append(u"EXISTS (SELECT 1 FROM orders o WHERE o.source_id = e.source_id AND o.order_id = e.order_id"
                  " AND +o.customer_email >= ? COLLATE NOCASE AND +o.customer_email < ? COLLATE NOCASE)"_s);
    clause.check.values << text << end;
    for (const QString &number : std::as_const(trackingNumbers)) {
        checks.append(u"EXISTS (SELECT 1 FROM shipments s WHERE s.source_id = e.source_id"
                      " AND s.order_id = e.order_id AND +s.tracking_number >= ? AND +s.tracking_number < ?)"_s);
        clause.check.values << number << prefixEnd(number);
    }
    clause.check.sql = u"("_s + checks.join(u" OR "_s) + u")"_s;
    // Index ranges, not in id order: this reads the search's matches below the window (the jump is taken
    // only after a window without a match).
    clause.next = {u"WITH m(id) AS ("_s + clause.ids.sql + u") SELECT COALESCE(MAX(id), 0) FROM m WHERE id < ?"_s,
                   clause.ids.values};
    return clause;
}

} // namespace

QString prefixEnd(const QString &prefix)
{
    // SQLite compares text as UTF-8 bytes; no character encodes above U+10FFFF.
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

QList<FilterClause> filterClauses(const MonitorFilter &filter)
{
    QList<FilterClause> clauses;
    if (filter.state != MonitorFilter::State::All) {
        clauses.append(stateClause(filter.state));
    }
    if (!filter.sourceId.isEmpty()) {
        clauses.append(sourceClause(filter.sourceId));
    }
    if (!filter.channelId.isEmpty()) {
        clauses.append(channelClause(filter.channelId));
    }
    if (filter.receivedFrom.isValid() || filter.receivedTo.isValid()) {
        clauses.append(receivedClause(filter.receivedFrom, filter.receivedTo));
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        clauses.append(textClause(text));
    }
    return clauses;
}

} // namespace Tidings
