#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Tidings {

namespace {

struct StatementText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SqliteStatement)
};

} // namespace

sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver()) {
        return nullptr;
    }
    // The QSQLITE driver hands out its connection as a QVariant named "sqlite3*".
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_kept.clear();
    m_next = 1;
    m_ran = false;
    m_hasRow = false;
    m_bindFailed = false;
    m_db = sqliteHandleOf(db);
    if (!m_db) {
        m_error = StatementText::tr("The database connection is not a SQLite connection.");
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    m_error.clear();
    return true;
}

void SqliteStatement::beginBinding()
{
    if (m_ran) {
        finish();
    }
}

bool SqliteStatement::checkBind(int rc)
{
    ++m_next;
    if (rc != SQLITE_OK && !m_bindFailed) {
        m_bindFailed = true;
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : StatementText::tr("The statement is not prepared.");
    }
    return rc == SQLITE_OK;
}

SqliteStatement &SqliteStatement::bind(const QString &text)
{
    return bindUtf8(text.toUtf8());
}

const QByteArray &SqliteStatement::keep(const QByteArray &bytes)
{
    beginBinding();
    m_kept.append(bytes);
    return m_kept.last();
}

SqliteStatement &SqliteStatement::bindUtf8(const QByteArray &utf8Text)
{
    // A null or empty QByteArray has a valid, empty data pointer: bound as '' and never as NULL.
    const QByteArray &kept = keep(utf8Text);
    checkBind(sqlite3_bind_text(m_stmt, m_next, kept.constData(), int(kept.size()), SQLITE_STATIC));
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(const QByteArray &bytes)
{
    const QByteArray &kept = keep(bytes);
    checkBind(sqlite3_bind_blob(m_stmt, m_next, kept.constData(), int(kept.size()), SQLITE_STATIC));
    return *this;
}

SqliteStatement &SqliteStatement::bind(qint64 number)
{
    beginBinding();
    checkBind(sqlite3_bind_int64(m_stmt, m_next, number));
    return *this;
}

bool SqliteStatement::step()
{
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        m_hasRow = true;
        return true;
    case SQLITE_DONE:
        m_hasRow = false;
        return true;
    default:
        m_hasRow = false;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
}

bool SqliteStatement::exec()
{
    if (!m_stmt) {
        m_error = StatementText::tr("The statement is not prepared.");
        return false;
    }
    if (m_ran) {
        sqlite3_reset(m_stmt); // a second run of the same values
    }
    m_ran = true;
    if (m_bindFailed) {
        return false;
    }
    m_error.clear();
    const bool ok = step();
    if (!m_hasRow) {
        // Done: let go of the statement's hold on the database at once.
        sqlite3_reset(m_stmt);
    }
    return ok;
}

bool SqliteStatement::next()
{
    if (!m_hasRow) {
        return false;
    }
    return step() && m_hasRow;
}

QString SqliteStatement::text(int column) const
{
    if (!m_hasRow) {
        return {};
    }
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::number(int column) const
{
    return m_hasRow ? sqlite3_column_int64(m_stmt, column) : 0;
}

void SqliteStatement::finish()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_kept.clear();
    m_next = 1;
    m_ran = false;
    m_hasRow = false;
    m_bindFailed = false;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace Tidings
