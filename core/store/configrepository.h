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

    // One source at a time, for the Connections page; secrets are not stored here. insertSource fails with
    // InvalidInput when the id is taken; updateSource and removeSource fail with NotFound for an unknown id.
    Result<bool> hasSource(const QString &id) const;
    Status insertSource(const SourceConfig &source);
    Status updateSource(const SourceConfig &source);
    Status removeSource(const QString &id);

    // One channel at a time, as for sources. removeChannel refuses (InvalidInput) while rules send through it.
    // insertChannel stores `firstRules` with the channel, in one transaction (the default rules for a shop's
    // first email channel).
    Status insertChannel(const ChannelConfig &channel, const QList<RuleConfig> &firstRules = {});
    Status updateChannel(const ChannelConfig &channel);
    Status removeChannel(const QString &id);

    // Removes the rules named `ids` (those that exist) and adds `rules` after the others, in one transaction:
    // the rules a setting of the window owns (the Inventory page's staff alerts).
    Status replaceRules(const QStringList &ids, const QList<RuleConfig> &rules);

    // A random id made once per data folder; names this installation's keychain entries.
    Result<QString> profileId();

    // Makes the built-in templates live where they are missing or were updated (TemplateRepository::ensureBuiltIns;
    // never replaces the owner's own version), and reads the live ones in the default language, by id.
    Status ensureBuiltInTemplates();
    Result<QHash<QString, MessageTemplate>> templates() const;

    // The brand setting. A logo from a file is kept in brand_images by its SHA-256 (the setting names it), so
    // that messages sent with an earlier logo can still show theirs. Not a transaction of its own.
    Status saveBrand(const Brand &brand);
    // A logo kept by saveBrand; NotFound when there is none with that SHA-256.
    Result<BrandLogo> brandImage(const QString &sha256) const;

    // A row of the settings table (key, value); an empty value when the key has none. Secrets never go here.
    Result<QString> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Status insertRules(const QList<RuleConfig> &rules, int firstPosition);

    QSqlDatabase m_db;
};

} // namespace Tidings
