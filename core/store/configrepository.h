#pragma once

#include "config/appconfig.h"
#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QHash>
#include <QSqlDatabase>

namespace Tidings {

// Reads and writes the configuration (everything but secrets) in the store.
class ConfigRepository final
{
public:
    explicit ConfigRepository(QSqlDatabase db);

    Result<AppConfig> load() const;
    // Replaces sources, channels, rules, webhook and brand settings in one transaction. Secrets are ignored.
    Status save(const AppConfig &config);

    // A random id made once per data folder; names this installation's keychain entries.
    Result<QString> profileId();

    // Adds the built-in templates that are missing (never overwrites an edited one).
    Status ensureBuiltInTemplates();
    Result<QHash<QString, MessageTemplate>> templates() const;

private:
    Result<QString> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

    QSqlDatabase m_db;
};

} // namespace Tidings
