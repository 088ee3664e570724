#include "dispatch/fallbackmove.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct FallbackText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::FallbackMove)
};

const QString KeyPrefix = u"dispatch.fallback."_s;

QString keyOf(qint64 notificationId)
{
    return KeyPrefix + QString::number(notificationId);
}

Error storageError(const QSqlQuery &query)
{
    return Database::storageError(FallbackText::tr("Tidings could not record a move to a fallback channel."),
                                  query.lastError().text());
}

} // namespace

std::optional<FallbackMove> FallbackMove::find(const QSqlDatabase &db, qint64 notificationId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    bindValue(query, keyOf(notificationId));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    FallbackMove move;
    move.fromChannelId = object.value(u"from"_s).toString();
    move.attemptsBefore = object.value(u"attemptsBefore"_s).toInt();
    move.held = object.value(u"held"_s).toBool();
    return move;
}

Status FallbackMove::record(const QSqlDatabase &db, qint64 notificationId, const FallbackMove &move)
{
    const QJsonObject object{
        {u"from"_s, move.fromChannelId}, {u"attemptsBefore"_s, move.attemptsBefore}, {u"held"_s, move.held}};
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO settings(key, value) VALUES(?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    bindValue(query, keyOf(notificationId));
    bindValue(query, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return storageError(query);
    }
    return {};
}

Status FallbackMove::forget(const QSqlDatabase &db, qint64 notificationId)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    bindValue(query, keyOf(notificationId));
    if (!query.exec()) {
        return storageError(query);
    }
    return {};
}

Status FallbackMove::prune(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM settings WHERE key LIKE ? AND CAST(substr(key, ?) AS INTEGER) NOT IN "
                  "(SELECT id FROM notifications WHERE state IN ('queued', 'sending', 'uncertain'))"_s);
    bindValue(query, QString(KeyPrefix + u'%'));
    bindValue(query, static_cast<int>(KeyPrefix.size() + 1));
    if (!query.exec()) {
        return storageError(query);
    }
    return {};
}

Result<QSet<qint64>> FallbackMove::movedIds(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT substr(key, ?) FROM settings WHERE key LIKE ?"_s);
    bindValue(query, static_cast<int>(KeyPrefix.size() + 1));
    bindValue(query, QString(KeyPrefix + u'%'));
    if (!query.exec()) {
        return storageError(query);
    }
    QSet<qint64> ids;
    while (query.next()) {
        ids.insert(query.value(0).toLongLong());
    }
    return ids;
}

} // namespace Tidings
