#include "store/sourcehealthqueries.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct HealthText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::SourceHealthQueries)
};

QString lastEventSql()
{
    return u"SELECT MAX(received_at) FROM raw_events WHERE source_id = ?"_s;
}

QString countSinceSql()
{
    return u"SELECT COUNT(*) FROM raw_events WHERE source_id = ? AND received_at >= ?"_s;
}

Error readError(const QSqlQuery &query)
{
    return Database::storageError(HealthText::tr("Tidings could not read how your connections are doing."),
                                  query.lastError().text());
}

} // namespace

SourceHealthQueries::SourceHealthQueries(QSqlDatabase db)
    : m_db(std::move(db))
{}

SourceHealthQueries::~SourceHealthQueries() = default;

QStringList SourceHealthQueries::statements()
{
    return {lastEventSql(), countSinceSql()};
}

Status SourceHealthQueries::prepare()
{
    if (m_prepared) {
        return {};
    }
    m_lastEvent = QSqlQuery(m_db);
    m_countSince = QSqlQuery(m_db);
    if (!m_lastEvent.prepare(lastEventSql())) {
        return readError(m_lastEvent);
    }
    if (!m_countSince.prepare(countSinceSql())) {
        return readError(m_countSince);
    }
    m_prepared = true;
    return {};
}

Result<SourceEventStats> SourceHealthQueries::eventStats(const QString &sourceId, const QDateTime &since)
{
    if (auto status = prepare(); !status) {
        return status.error();
    }
    SourceEventStats stats;
    bindValue(m_lastEvent, sourceId);
    if (!m_lastEvent.exec()) {
        return readError(m_lastEvent);
    }
    if (m_lastEvent.next() && !m_lastEvent.value(0).isNull()) {
        stats.lastEventAt = QDateTime::fromMSecsSinceEpoch(m_lastEvent.value(0).toLongLong(), Qt::UTC);
    }
    m_lastEvent.finish();

    bindValue(m_countSince, sourceId);
    bindValue(m_countSince, since.toMSecsSinceEpoch());
    if (!m_countSince.exec()) {
        return readError(m_countSince);
    }
    if (m_countSince.next()) {
        stats.eventsSince = m_countSince.value(0).toInt();
    }
    m_countSince.finish();
    return stats;
}

} // namespace Tidings
