#include "queryplan.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Tidings::Test {

using namespace Qt::StringLiterals;

Result<QStringList> queryPlan(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery plan(db);
    if (!plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql)) {
        return Error::make(ErrorCode::Storage, sql, plan.lastError().text());
    }
    for (int i = 0; i < sql.count(u'?'); ++i) {
        plan.bindValue(i, 1);
    }
    if (!plan.exec()) {
        return Error::make(ErrorCode::Storage, sql, plan.lastError().text());
    }
    QStringList details;
    while (plan.next()) {
        details.append(plan.value(3).toString());
    }
    return details;
}

} // namespace Tidings::Test
