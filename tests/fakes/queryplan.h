#pragma once

#include "model/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Tidings::Test {

// SQLite's EXPLAIN QUERY PLAN of `sql` on `db`, one line per step, with 1 bound to every '?'. An error (the
// statement does not prepare or run) carries SQLite's message, for the test to fail with.
Result<QStringList> queryPlan(const QSqlDatabase &db, const QString &sql);

} // namespace Tidings::Test
