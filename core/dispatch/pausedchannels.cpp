#include "dispatch/pausedchannels.h"

#include "store/configrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Tidings {

Result<QSet<QString>> PausedChannels::load(const QSqlDatabase &db)
{
    const auto setting = ConfigRepository(db).setting(settingKey());
    if (!setting) {
        return setting.error();
    }
    QSet<QString> ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(setting->toUtf8()).array()) {
        if (!id.toString().isEmpty()) {
            ids.insert(id.toString());
        }
    }
    return ids;
}

Status PausedChannels::save(const QSqlDatabase &db, const QSet<QString> &channelIds)
{
    QStringList ids(channelIds.cbegin(), channelIds.cend());
    ids.sort();
    const QByteArray json = QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
    return ConfigRepository(db).setSetting(settingKey(), QString::fromUtf8(json));
}

} // namespace Tidings
