#pragma once

#include "store/monitorfilter.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace Tidings {

// A piece of SQL with the values of its '?' placeholders, in order.
struct SqlPart
{
    QString sql;
    QVariantList values;

    bool isEmpty() const { return sql.isEmpty(); }
};

// One condition of a MonitorFilter, written two ways about the events table aliased `e`:
//  - `ids` selects the ids of the matching events through an index (empty if the condition has no such
//    form), to drive a page when few events match;
//  - `check` tests one event through its key or a per-event index probe, to test the events of a walk
//    down the ids when many match.
// `always` must hold too and is only ever a check; `floor` selects an id no match is at or below (empty:
// none), where a walk down the ids can stop.
// Columns of `e` in a check are written `+e.column` so SQLite never drives the page from a column's index
// (that would read every match and sort it) and keeps walking the ids in order.
struct FilterClause
{
    SqlPart ids;
    SqlPart check;
    SqlPart always;
    SqlPart floor;
    // Selects the newest id the clause lets through below an id (0: none), for a walk to jump over a window
    // without a match (see MonitorQueries::walk()); each '?' after `values` is that id. Empty when no index
    // finds it.
    SqlPart next;
};

// The clauses of `filter`, one per field it sets.
QList<FilterClause> filterClauses(const MonitorFilter &filter);

// The first string after every string that starts with `prefix` (for `column >= prefix AND column < end`).
QString prefixEnd(const QString &prefix);

} // namespace Tidings
