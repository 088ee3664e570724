#include "store/configrepository.h"

#include "store/database.h"
#include "store/templaterepository.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ConfigRepository)
};

Error readError(const QSqlQuery &query)
{
    return Database::storageError(RepositoryText::tr("Tidings could not read its settings."), query.lastError().text());
}

Error writeError(const QSqlQuery &query)
{
    return Database::storageError(RepositoryText::tr("Tidings could not save its settings."), query.lastError().text());
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ConfigRepository::ConfigRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status ConfigRepository::saveBrand(const Brand &brand)
{
    // The setting names the picture; its bytes go in brand_images, never through base64 into the setting.
    Brand named = brand;
    named.logoFile = {};
    QJsonObject object = toJson(named);
    if (!brand.logoFile.isEmpty()) {
        const QString sha256 = brand.logoFile.sha256();
        QSqlQuery query(m_db);
        query.prepare(u"INSERT OR IGNORE INTO brand_images(sha256, mime_type, data, added_at) VALUES(?, ?, ?, ?)"_s);
        bindValue(query, sha256);
        bindValue(query, QString::fromLatin1(brand.logoFile.mimeType));
        bindValue(query, brand.logoFile.data);
        bindValue(query, QDateTime::currentMSecsSinceEpoch());
        if (!query.exec()) {
            return writeError(query);
        }
        object.insert(u"logoFile"_s,
                      QJsonObject{{u"type"_s, QString::fromLatin1(brand.logoFile.mimeType)}, {u"sha256"_s, sha256}});
    }
    return setSetting(u"brand"_s, toText(object));
}

Result<BrandLogo> ConfigRepository::brandImage(const QString &sha256) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT data FROM brand_images WHERE sha256 = ?"_s);
    bindValue(query, sha256);
    if (!query.exec()) {
        return readError(query);
    }
    if (!query.next()) {
        return Error::make(ErrorCode::NotFound, RepositoryText::tr("The logo picture is missing from the store."),
                           sha256);
    }
    return BrandLogo::fromData(query.value(0).toByteArray());
}

Result<QString> ConfigRepository::setting(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    bindValue(query, key);
    if (!query.exec()) {
        return readError(query);
    }
    return query.next() ? query.value(0).toString() : QString();
}

Status ConfigRepository::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO settings(key, value) VALUES(?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    bindValue(query, key);
    bindValue(query, value);
    if (!query.exec()) {
        return writeError(query);
    }
    return {};
}

Result<AppConfig> ConfigRepository::load() const
{
    AppConfig config;
    auto webhook = setting(u"webhook"_s);
    if (!webhook) {
        return webhook.error();
    }
    config.webhook = webhookSettingsFromJson(parseObject(*webhook));
    auto brand = setting(u"brand"_s);
    if (!brand) {
        return brand.error();
    }
    const QJsonObject brandObject = parseObject(*brand);
    config.brand = brandFromJson(brandObject);
    if (const QString logo = brandObject.value(u"logoFile"_s)[u"sha256"_s].toString(); !logo.isEmpty()) {
        auto image = brandImage(logo);
        if (!image && image.error().code != ErrorCode::NotFound) {
            return image.error();
        }
        config.brand.logoFile = image ? *image : BrandLogo{}; // gone (a store edited by hand): no logo
    }

    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, type, name, enabled, options FROM sources ORDER BY rowid"_s)) {
        return readError(query);
    }
    while (query.next()) {
        config.sources.append(SourceConfig{query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toString(), query.value(3).toBool(),
                                           parseObject(query.value(4).toString())});
    }
    if (!query.exec(u"SELECT id, type, name, base_url, from_email, from_name, reply_to, enabled, options "
                    "FROM channels ORDER BY rowid"_s)) {
        return readError(query);
    }
    while (query.next()) {
        ChannelConfig channel;
        channel.id = query.value(0).toString();
        channel.type = query.value(1).toString();
        channel.name = query.value(2).toString();
        channel.baseUrl = QUrl(query.value(3).toString());
        channel.fromEmail = query.value(4).toString();
        channel.fromName = query.value(5).toString();
        channel.replyTo = query.value(6).toString();
        channel.enabled = query.value(7).toBool();
        channel.options = parseObject(query.value(8).toString());
        config.channels.append(channel);
    }
    if (!query.exec(u"SELECT id, trigger, template_id, channel_id, recipient, enabled FROM rules "
                    "ORDER BY position, rowid"_s)) {
        return readError(query);
    }
    while (query.next()) {
        config.rules.append(RuleConfig{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                       query.value(3).toString(), query.value(4).toString(), query.value(5).toBool()});
    }
    return config;
}

Status ConfigRepository::save(const AppConfig &config)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return Database::storageError(RepositoryText::tr("Tidings could not save its settings."), tx.beginError());
    }
    QSqlQuery query(m_db);
    for (const QString &table : {u"sources"_s, u"channels"_s, u"rules"_s}) {
        if (!query.exec(u"DELETE FROM "_s + table)) {
            return writeError(query);
        }
    }
    query.prepare(u"INSERT INTO sources(id, type, name, enabled, options) VALUES(?, ?, ?, ?, ?)"_s);
    for (const SourceConfig &source : config.sources) {
        bindValue(query, source.id);
        bindValue(query, source.type);
        bindValue(query, source.name);
        bindValue(query, source.enabled);
        bindValue(query, toText(source.options));
        if (!query.exec()) {
            return writeError(query);
        }
    }
    query.prepare(u"INSERT INTO channels(id, type, name, base_url, from_email, from_name, reply_to, enabled, "
                  "options) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ChannelConfig &channel : config.channels) {
        bindValue(query, channel.id);
        bindValue(query, channel.type);
        bindValue(query, channel.name);
        bindValue(query, channel.baseUrl.toString());
        bindValue(query, channel.fromEmail);
        bindValue(query, channel.fromName);
        bindValue(query, channel.replyTo);
        bindValue(query, channel.enabled);
        bindValue(query, toText(channel.options));
        if (!query.exec()) {
            return writeError(query);
        }
    }
    if (auto status = insertRules(config.rules, 0); !status) {
        return status;
    }
    if (auto status = setSetting(u"webhook"_s, toText(toJson(config.webhook))); !status) {
        return status;
    }
    if (auto status = saveBrand(config.brand); !status) {
        return status;
    }
    return tx.commit();
}

Result<bool> ConfigRepository::hasSource(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM sources WHERE id = ?"_s);
    bindValue(query, id);
    if (!query.exec()) {
        return readError(query);
    }
    return query.next();
}

Status ConfigRepository::insertSource(const SourceConfig &source)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return Database::storageError(RepositoryText::tr("Tidings could not save its settings."), tx.beginError());
    }
    auto exists = hasSource(source.id);
    if (!exists) {
        return exists.error();
    }
    if (*exists) {
        return Error::make(
            ErrorCode::InvalidInput,
            RepositoryText::tr("A connection with the id \"%1\" already exists. Choose another id.").arg(source.id));
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sources(id, type, name, enabled, options) VALUES(?, ?, ?, ?, ?)"_s);
    bindValue(query, source.id);
    bindValue(query, source.type);
    bindValue(query, source.name);
    bindValue(query, source.enabled);
    bindValue(query, toText(source.options));
    if (!query.exec()) {
        return writeError(query);
    }
    return tx.commit();
}

Status ConfigRepository::updateSource(const SourceConfig &source)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE sources SET type = ?, name = ?, enabled = ?, options = ? WHERE id = ?"_s);
    bindValue(query, source.type);
    bindValue(query, source.name);
    bindValue(query, source.enabled);
    bindValue(query, toText(source.options));
    bindValue(query, source.id);
    if (!query.exec()) {
        return writeError(query);
    }
    if (query.numRowsAffected() != 1) {
        return Error::make(ErrorCode::NotFound,
                           RepositoryText::tr("The connection \"%1\" no longer exists.").arg(source.name),
                           u"no source with id %1"_s.arg(source.id));
    }
    return {};
}

Status ConfigRepository::removeSource(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sources WHERE id = ?"_s);
    bindValue(query, id);
    if (!query.exec()) {
        return writeError(query);
    }
    if (query.numRowsAffected() != 1) {
        return Error::make(ErrorCode::NotFound, RepositoryText::tr("That connection no longer exists."),
                           u"no source with id %1"_s.arg(id));
    }
    return {};
}

namespace {

void bindChannel(QSqlQuery &query, const ChannelConfig &channel)
{
    bindValue(query, channel.type);
    bindValue(query, channel.name);
    bindValue(query, channel.baseUrl.toString());
    bindValue(query, channel.fromEmail);
    bindValue(query, channel.fromName);
    bindValue(query, channel.replyTo);
    bindValue(query, channel.enabled);
    bindValue(query, toText(channel.options));
    bindValue(query, channel.id);
}

} // namespace

Status ConfigRepository::insertRules(const QList<RuleConfig> &rules, int firstPosition)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO rules(id, trigger, template_id, channel_id, recipient, enabled, position) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    int position = firstPosition;
    for (const RuleConfig &rule : rules) {
        bindValue(query, rule.id);
        bindValue(query, rule.trigger);
        bindValue(query, rule.templateId);
        bindValue(query, rule.channelId);
        bindValue(query, rule.recipient);
        bindValue(query, rule.enabled);
        bindValue(query, position++);
        if (!query.exec()) {
            return writeError(query);
        }
    }
    return {};
}

Status ConfigRepository::replaceRules(const QStringList &ids, const QList<RuleConfig> &rules)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return Database::storageError(RepositoryText::tr("Tidings could not save its settings."), tx.beginError());
    }
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM rules WHERE id = ?"_s);
    for (const QString &id : ids) {
        bindValue(remove, id);
        if (!remove.exec()) {
            return writeError(remove);
        }
    }
    QSqlQuery last(m_db);
    if (!last.exec(u"SELECT COALESCE(MAX(position) + 1, 0) FROM rules"_s) || !last.next()) {
        return readError(last);
    }
    if (auto status = insertRules(rules, last.value(0).toInt()); !status) {
        return status;
    }
    return tx.commit();
}

Status ConfigRepository::insertChannel(const ChannelConfig &channel, const QList<RuleConfig> &firstRules)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return Database::storageError(RepositoryText::tr("Tidings could not save its settings."), tx.beginError());
    }
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM channels WHERE id = ?"_s);
    bindValue(query, channel.id);
    if (!query.exec()) {
        return readError(query);
    }
    if (query.next()) {
        return Error::make(
            ErrorCode::InvalidInput,
            RepositoryText::tr("A channel with the id \"%1\" already exists. Choose another id.").arg(channel.id));
    }
    query.finish();
    query.prepare(u"INSERT INTO channels(type, name, base_url, from_email, from_name, reply_to, enabled, options, id) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindChannel(query, channel);
    if (!query.exec()) {
        return writeError(query);
    }
    if (auto status = insertRules(firstRules, 0); !status) {
        return status;
    }
    return tx.commit();
}

Status ConfigRepository::updateChannel(const ChannelConfig &channel)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE channels SET type = ?, name = ?, base_url = ?, from_email = ?, from_name = ?, "
                  "reply_to = ?, enabled = ?, options = ? WHERE id = ?"_s);
    bindChannel(query, channel);
    if (!query.exec()) {
        return writeError(query);
    }
    if (query.numRowsAffected() != 1) {
        return Error::make(ErrorCode::NotFound,
                           RepositoryText::tr("The channel \"%1\" no longer exists.").arg(channel.name),
                           u"no channel with id %1"_s.arg(channel.id));
    }
    return {};
}

Status ConfigRepository::removeChannel(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM rules WHERE channel_id = ?"_s);
    bindValue(query, id);
    if (!query.exec() || !query.next()) {
        return readError(query);
    }
    if (const int rules = query.value(0).toInt(); rules > 0) {
        return Error::make(ErrorCode::InvalidInput,
                           RepositoryText::tr("%n rule(s) send through this channel. Point them at another "
                                              "channel first, or turn the channel off instead.",
                                              nullptr, rules));
    }
    query.finish();
    query.prepare(u"DELETE FROM channels WHERE id = ?"_s);
    bindValue(query, id);
    if (!query.exec()) {
        return writeError(query);
    }
    if (query.numRowsAffected() != 1) {
        return Error::make(ErrorCode::NotFound, RepositoryText::tr("That channel no longer exists."),
                           u"no channel with id %1"_s.arg(id));
    }
    return {};
}

Result<QString> ConfigRepository::profileId()
{
    auto existing = setting(u"profile_id"_s);
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return *existing;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto status = setSetting(u"profile_id"_s, id); !status) {
        return status.error();
    }
    return id;
}

Status ConfigRepository::ensureBuiltInTemplates()
{
    return TemplateRepository(m_db).ensureBuiltIns(builtInTemplates(), QDateTime::currentDateTimeUtc());
}

Result<QHash<QString, MessageTemplate>> ConfigRepository::templates() const
{
    return TemplateRepository(m_db).liveDefaults();
}

} // namespace Tidings
