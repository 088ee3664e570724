#pragma once

#include "model/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace Tidings {

// The channels the owner paused one by one, kept in the settings table (key "paused_channels", a JSON list of
// ids, sorted) so the choice outlives a restart. The dispatcher keeps it while it runs; the Engine when it does not.
struct PausedChannels
{
    static QString settingKey() { return QStringLiteral("paused_channels"); }

    static Result<QSet<QString>> load(const QSqlDatabase &db);
    static Status save(const QSqlDatabase &db, const QSet<QString> &channelIds);
};

} // namespace Tidings
