#include "store/deferredsync.h"

#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Tidings {

using namespace Qt::StringLiterals;

DeferredSync::DeferredSync(QString key, QString failure, std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_failure(std::move(failure))
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(deadline);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto status = syncNow(); !status) {
            emit problem(status.error());
        }
    });
}

void DeferredSync::committedRelaxed()
{
    m_owed = true;
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

Status DeferredSync::syncNow()
{
    m_timer.stop();
    if (!m_owed || !m_db.isValid()) {
        return {};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        m_timer.start(); // try again after the deadline
        return Database::storageError(m_failure, tx.beginError());
    }
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    bindValue(query, m_key);
    bindValue(query, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        m_timer.start();
        return Database::storageError(m_failure, query.lastError().text());
    }
    if (auto status = tx.commit(); !status) {
        m_timer.start();
        return status;
    }
    m_owed = false;
    return {};
}

} // namespace Tidings
