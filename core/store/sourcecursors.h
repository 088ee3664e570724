#pragma once

#include "model/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Tidings {

// Where a source that reads a platform's change feed keeps its place (e.g. "airtable.cursor.<sourceId>"), in
// the settings table. Use it on the thread that owns the connection.
class SourceCursors final
{
public:
    explicit SourceCursors(QSqlDatabase db);

    // The saved value, or an empty string when none was saved.
    Result<QString> load(const QString &key) const;
    // Saves durably (fsync) before returning.
    Status save(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace Tidings
