#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

namespace Tidings {

// The SQLite connection under a Qt connection, or nullptr when it is not the QSQLITE driver's.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);

// A prepared statement run through SQLite's own interface, for the ingest writer's hot path: QSqlQuery
// names each bound position (":1", ":2", ...) and keeps a hash entry and a QVariant for every value,
// which for a webhook's sixty values cost more than the statements themselves. Values are bound in
// order, like addBindValue; text is handed to SQLite as UTF-8 without a second copy. Owned by the
// thread of its connection; destroy it before the connection is closed.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // False when `db` is not a SQLite connection or SQLite refuses the SQL; lastError() says why.
    bool prepare(const QSqlDatabase &db, const QString &sql);

    bool isPrepared() const { return m_stmt != nullptr; }

    // The next positional value. Text columns are NOT NULL, so a null QString is stored as ''.
    SqliteStatement &bind(const QString &text);
    SqliteStatement &bindUtf8(const QByteArray &utf8Text);
    SqliteStatement &bindBlob(const QByteArray &bytes);
    SqliteStatement &bind(qint64 number);

    SqliteStatement &bind(int number) { return bind(qint64(number)); }

    // Runs the statement with the values bound since the last run. True when it ran; a query's first
    // row, if any, can then be read (hasRow(), text(), number()).
    bool exec();

    bool hasRow() const { return m_hasRow; }

    // Moves to the next row; false after the last one or on an error (lastError() then says so).
    bool next();
    QString text(int column) const;
    qint64 number(int column) const;
    // Ends the run early and lets go of the values; the next bind() does this too.
    void finish();

    QString lastError() const { return m_error; }

    // The row id of the connection's last insert, and the rows the last run changed.
    qint64 lastInsertId() const;
    int changes() const;

private:
    bool step();
    // The first bind after a run starts the next set of values.
    void beginBinding();
    // Keeps `bytes` for SQLite to read in place: their data stays where it is when m_kept grows.
    const QByteArray &keep(const QByteArray &bytes);
    bool checkBind(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_next = 1;
    bool m_ran = false;
    bool m_hasRow = false;
    bool m_bindFailed = false;
    QString m_error;
    // The bound text and bytes, kept alive until the statement has run: SQLite reads them in place.
    QVarLengthArray<QByteArray, 16> m_kept;
};

} // namespace Tidings
