#include "store/pollstaterepository.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct PollStateText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::PollStateRepository)
};

} // namespace

PollStateRepository::PollStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString PollStateRepository::settingKey(const QString &sourceId)
{
    return u"poll.cursor."_s + sourceId;
}

Result<std::optional<PollCursor>> PollStateRepository::cursor(const QString &sourceId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    bindValue(query, settingKey(sourceId));
    if (!query.exec()) {
        return Database::storageError(PollStateText::tr("Tidings could not read where it stopped polling."),
                                      query.lastError().text());
    }
    if (!query.next()) {
        return std::optional<PollCursor>();
    }
    const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    PollCursor cursor;
    cursor.newestSeen = QDateTime::fromString(object.value(u"newestSeen"_s).toString(), Qt::ISODateWithMs);
    if (cursor.newestSeen.isValid()) {
        cursor.newestSeen = cursor.newestSeen.toUTC();
    }
    cursor.backfillDone = object.value(u"backfillDone"_s).toBool();
    return std::optional<PollCursor>(cursor);
}

Status PollStateRepository::saveCursor(const QString &sourceId, const PollCursor &cursor)
{
    const QJsonObject object{{u"newestSeen"_s, cursor.newestSeen.isValid()
                                                   ? cursor.newestSeen.toUTC().toString(Qt::ISODateWithMs)
                                                   : QString()},
                             {u"backfillDone"_s, cursor.backfillDone}};
    Transaction tx(m_db);
    if (!tx.begun()) {
        return Database::storageError(PollStateText::tr("Tidings could not save where it stopped polling."),
                                      tx.beginError());
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO settings(key, value) VALUES(?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    bindValue(query, settingKey(sourceId));
    bindValue(query, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return Database::storageError(PollStateText::tr("Tidings could not save where it stopped polling."),
                                      query.lastError().text());
    }
    return tx.commit();
}

Status PollStateRepository::resetCursor(const QString &sourceId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    bindValue(query, settingKey(sourceId));
    if (!query.exec()) {
        return Database::storageError(PollStateText::tr("Tidings could not save where it stopped polling."),
                                      query.lastError().text());
    }
    return {};
}

Result<QSet<QString>> PollStateRepository::knownKeys(const QString &sourceId, const QStringList &keys) const
{
    QSet<QString> known;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM event_keys WHERE source_id = ? AND key = ?"_s);
    for (const QString &key : keys) {
        bindValue(query, sourceId);
        bindValue(query, key);
        if (!query.exec()) {
            return Database::storageError(PollStateText::tr("Tidings could not read which changes it has already "
                                                            "seen."),
                                          query.lastError().text());
        }
        if (query.next()) {
            known.insert(key);
        }
        query.finish();
    }
    return known;
}

Result<QHash<QString, StoredStockLevel>> PollStateRepository::storedStockLevels(const QString &sourceId,
                                                                                const QStringList &itemKeys) const
{
    QHash<QString, StoredStockLevel> levels;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT available, raw_status, updated_at FROM stock_levels WHERE source_id = ? AND item_key = ?"_s);
    for (const QString &key : itemKeys) {
        if (levels.contains(key)) {
            continue;
        }
        bindValue(query, sourceId);
        bindValue(query, key);
        if (!query.exec()) {
            return Database::storageError(PollStateText::tr("Tidings could not read the stock levels it knows."),
                                          query.lastError().text());
        }
        if (query.next()) {
            StoredStockLevel level;
            if (!query.value(0).isNull()) {
                level.available = query.value(0).toLongLong();
            }
            level.rawStatus = query.value(1).toString();
            level.updatedAtMs = query.value(2).toLongLong();
            levels.insert(key, level);
        }
        query.finish();
    }
    return levels;
}

} // namespace Tidings
