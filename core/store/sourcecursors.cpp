#include "store/sourcecursors.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct CursorText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SourceCursors)
};

} // namespace

SourceCursors::SourceCursors(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QString> SourceCursors::load(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    bindValue(query, key);
    if (!query.exec()) {
        return Database::storageError(CursorText::tr("Tidings could not read where it stopped reading a source."),
                                      query.lastError().text());
    }
    return query.next() ? query.value(0).toString() : QString();
}

Status SourceCursors::save(const QString &key, const QString &value)
{
    const auto failed = [](const QString &sqlError) {
        return Database::storageError(CursorText::tr("Tidings could not save where it stopped reading a source."),
                                      sqlError);
    };
    Transaction tx(m_db);
    if (!tx.begun()) {
        return failed(tx.beginError());
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO settings(key, value) VALUES(?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    bindValue(query, key);
    bindValue(query, value);
    if (!query.exec()) {
        return failed(query.lastError().text());
    }
    return tx.commit();
}

} // namespace Tidings
