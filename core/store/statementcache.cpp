#include "store/statementcache.h"

#include <QSqlError>

namespace Tidings {

QSqlQuery *StatementCache::prepared(const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd()) {
        QSqlQuery *query = it->get();
        // A select left with rows unread would keep its read snapshot open; values of the last run go.
        query->finish();
        return query;
    }
    auto query = std::make_shared<QSqlQuery>(db);
    if (!query->prepare(sql)) {
        if (error) {
            *error = query->lastError().text();
        }
        return nullptr;
    }
    if (m_statements.size() >= kMaxStatements) {
        m_statements.clear();
    }
    return m_statements.insert(sql, std::move(query))->get();
}

} // namespace Tidings
