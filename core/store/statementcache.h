#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Tidings {

// Prepared statements of one connection, kept for reuse: preparing parses the SQL, which on a hot path
// (the dispatcher's claim and outcome of every message) costs more than running it. Owned by the thread
// that owns the connection; destroy it before the connection is closed (declare it after the Database).
class StatementCache final
{
public:
    // Statements whose text varies (a list of channels to skip) are kept too; past this many the cache
    // starts afresh, so it never grows without bound.
    static constexpr int kMaxStatements = 32;

    StatementCache() = default;
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for `sql` on `db`, prepared on first use, ready for new bound values. nullptr when it
    // cannot be prepared; `error` then holds SQLite's words.
    QSqlQuery *prepared(const QSqlDatabase &db, const QString &sql, QString *error = nullptr);

    int size() const { return int(m_statements.size()); }

private:
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace Tidings
