#include "config/appconfig.h"

#include "channels/channel.h"
#include "channels/channeldelivery.h"
#include "model/addresses.h"
#include "model/statuses.h"
#include "sources/polling/poller.h"
#include "sources/sourceadapter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

struct ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::AppConfig)
};

Error configError(const QString &message)
{
    return Error::make(ErrorCode::Config, message);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

// Options are everything in an entry we do not model as a field.
QJsonObject optionsOf(QJsonObject entry, std::initializer_list<QString> known)
{
    for (const QString &key : known) {
        entry.remove(key);
    }
    return entry;
}

Result<void> readSecrets(const QJsonObject &entry, const QString &kind, const QString &ownerId,
                         const QStringList &allowed, QList<SecretValue> *out)
{
    const QJsonValue secrets = entry.value(u"secrets"_s);
    if (secrets.isUndefined() || secrets.isNull()) {
        return {};
    }
    if (!secrets.isObject()) {
        return configError(ConfigText::tr("\"%1\": \"secrets\" must be an object.").arg(ownerId));
    }
    const QJsonObject object = secrets.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return configError(ConfigText::tr("\"%1\": unknown secret \"%2\" (expected one of: %3).")
                                   .arg(ownerId, it.key(), allowed.join(u", "_s)));
        }
        if (it.value().isNull()) {
            continue; // null means: keep what the keychain has
        }
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            return configError(
                ConfigText::tr("\"%1\": secret \"%2\" must be a non-empty text or null.").arg(ownerId, it.key()));
        }
        out->append(SecretValue{kind, ownerId, it.key(), it.value().toString()});
    }
    return {};
}

QJsonObject secretPlaceholders(const QStringList &names)
{
    QJsonObject object;
    for (const QString &name : names) {
        object.insert(name, QJsonValue::Null);
    }
    return object;
}

Result<QList<QJsonObject>> arrayOfObjects(const QJsonObject &root, const QString &key)
{
    QList<QJsonObject> out;
    const QJsonValue value = root.value(key);
    if (value.isUndefined()) {
        return out;
    }
    if (!value.isArray()) {
        return configError(ConfigText::tr("\"%1\" must be a list.").arg(key));
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return configError(ConfigText::tr("Entry %1 of \"%2\" must be an object.").arg(i + 1).arg(key));
        }
        out.append(array.at(i).toObject());
    }
    return out;
}

Result<QString> requiredId(const QJsonObject &entry, const QString &list, qsizetype index, QSet<QString> *seen)
{
    const QString id = entry.value(u"id"_s).toString();
    if (!isValidId(id)) {
        return configError(ConfigText::tr("Entry %1 of \"%2\" needs an \"id\" of letters, digits, '-', '_' or '.' "
                                          "(at most 64).")
                               .arg(index + 1)
                               .arg(list));
    }
    if (seen->contains(id)) {
        return configError(ConfigText::tr("The id \"%1\" appears twice in \"%2\".").arg(id, list));
    }
    seen->insert(id);
    return id;
}

} // namespace

QJsonObject toJson(const WebhookSettings &webhook)
{
    return QJsonObject{
        {u"address"_s, webhook.address}, {u"port"_s, webhook.port}, {u"maxBodyBytes"_s, webhook.maxBodyBytes}};
}

WebhookSettings webhookSettingsFromJson(const QJsonObject &object)
{
    WebhookSettings webhook;
    webhook.address = object.value(u"address"_s).toString(webhook.address);
    webhook.port = static_cast<quint16>(object.value(u"port"_s).toInt(webhook.port));
    webhook.maxBodyBytes = object.value(u"maxBodyBytes"_s).toInteger(webhook.maxBodyBytes);
    return webhook;
}

QJsonObject toJson(const Brand &brand)
{
    QJsonArray socialLinks;
    for (const BrandLink &link : brand.socialLinks) {
        socialLinks.append(QJsonObject{{u"label"_s, link.label}, {u"url"_s, link.url}});
    }
    QJsonObject object{{u"shopName"_s, brand.shopName},       {u"logoUrl"_s, brand.logoUrl},
                       {u"accentColor"_s, brand.accentColor}, {u"supportEmail"_s, brand.supportEmail},
                       {u"footer"_s, brand.footer},           {u"fontFamily"_s, brand.fontFamily},
                       {u"address"_s, brand.address},         {u"supportPhone"_s, brand.supportPhone},
                       {u"socialLinks"_s, socialLinks}};
    if (!brand.logoFile.isEmpty()) {
        object.insert(u"logoFile"_s, QJsonObject{{u"type"_s, QString::fromLatin1(brand.logoFile.mimeType)},
                                                 {u"data"_s, QString::fromLatin1(brand.logoFile.data.toBase64())}});
    }
    return object;
}

Brand brandFromJson(const QJsonObject &object)
{
    Brand brand;
    brand.shopName = object.value(u"shopName"_s).toString();
    brand.logoUrl = object.value(u"logoUrl"_s).toString();
    brand.accentColor = object.value(u"accentColor"_s).toString(brand.accentColor);
    brand.supportEmail = object.value(u"supportEmail"_s).toString();
    brand.footer = object.value(u"footer"_s).toString();
    brand.fontFamily = object.value(u"fontFamily"_s).toString(brand.fontFamily);
    brand.address = object.value(u"address"_s).toString();
    brand.supportPhone = object.value(u"supportPhone"_s).toString();
    const QJsonArray socialLinks = object.value(u"socialLinks"_s).toArray();
    for (const QJsonValue &entry : socialLinks) {
        const QJsonObject link = entry.toObject();
        brand.socialLinks.append(BrandLink{link.value(u"label"_s).toString(), link.value(u"url"_s).toString()});
    }
    // The type is read from the bytes; bytes that are no picture keep an empty type, which setBrand refuses.
    const QByteArray logo = QByteArray::fromBase64(object.value(u"logoFile"_s)[u"data"_s].toString().toLatin1());
    brand.logoFile = BrandLogo{BrandLogo::sniffType(logo), logo};
    return brand;
}

QList<RuleConfig> defaultRules(const QString &channelId)
{
    return {
        RuleConfig{u"order-confirmed"_s, u"order.created"_s, u"order_confirmed"_s, channelId, u"customer"_s, true},
        RuleConfig{u"order-shipped"_s, u"shipment.created"_s, u"shipped"_s, channelId, u"customer"_s, true},
        // Sends nothing until delay detection is switched on (DelayDetection): only then is the trigger raised.
        RuleConfig{u"shipment-delayed"_s, u"shipment.delayed"_s, u"shipment_delayed"_s, channelId, u"customer"_s, true},
        // Only for orders placed after an item ran out (an Inventory product out of stock).
        RuleConfig{u"order-backordered"_s, u"order.backordered"_s, u"backorder_delay"_s, channelId, u"customer"_s,
                   true},
        // Only customers waiting for the product (imported on the Inventory page), at most as many as came back.
        RuleConfig{u"back-in-stock"_s, u"stock.status:back_in_stock"_s, u"back_in_stock"_s, channelId, u"customer"_s,
                   true},
    };
}

bool isValidTrigger(const QString &trigger)
{
    if (trigger == u"order.created" || trigger == u"shipment.created" || trigger == u"shipment.delayed" ||
        trigger == u"order.backordered") {
        return true;
    }
    if (trigger.startsWith(u"stock.status:")) {
        const auto status = stockStatusFromName(QStringView(trigger).mid(13));
        return status == StockStatus::LowStock || status == StockStatus::OutOfStock ||
               status == StockStatus::BackInStock;
    }
    if (trigger.startsWith(u"order.status:")) {
        return orderStatusFromName(QStringView(trigger).mid(13)).has_value();
    }
    if (trigger.startsWith(u"shipment.status:")) {
        return shipmentStatusFromName(QStringView(trigger).mid(16)).has_value();
    }
    return false;
}

Result<AppConfig> AppConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return configError(ConfigText::tr("The configuration file is not valid JSON (at character %1: %2).")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return configError(ConfigText::tr("The configuration file must contain one JSON object."));
    }
    const QJsonObject root = document.object();
    AppConfig config;

    if (const QJsonValue webhook = root.value(u"webhook"_s); !webhook.isUndefined()) {
        if (!webhook.isObject()) {
            return configError(ConfigText::tr("\"webhook\" must be an object."));
        }
        const QJsonObject object = webhook.toObject();
        config.webhook = webhookSettingsFromJson(object);
        if (QHostAddress(config.webhook.address).isNull()) {
            return configError(ConfigText::tr("\"webhook.address\" must be an IP address such as 127.0.0.1."));
        }
        const int port = object.value(u"port"_s).toInt(WebhookSettings{}.port);
        if (port < 0 || port > 65535) {
            return configError(ConfigText::tr("\"webhook.port\" must be between 0 and 65535."));
        }
        config.webhook.port = static_cast<quint16>(port);
        if (config.webhook.maxBodyBytes < 1024 || config.webhook.maxBodyBytes > 64 * 1024 * 1024) {
            return configError(ConfigText::tr("\"webhook.maxBodyBytes\" must be between 1 KiB and 64 MiB."));
        }
    }

    if (const QJsonValue brand = root.value(u"brand"_s); brand.isObject()) {
        config.brand = brandFromJson(brand.toObject());
        if (!config.brand.logoFile.isEmpty()) {
            if (auto logo = BrandLogo::fromData(config.brand.logoFile.data); !logo) {
                return configError(ConfigText::tr("\"brand.logoFile\": %1").arg(logo.error().message));
            }
        }
    } else if (!brand.isUndefined()) {
        return configError(ConfigText::tr("\"brand\" must be an object."));
    }

    auto sources = arrayOfObjects(root, u"sources"_s);
    if (!sources) {
        return sources.error();
    }
    QSet<QString> sourceIds;
    for (qsizetype i = 0; i < sources->size(); ++i) {
        const QJsonObject &entry = sources->at(i);
        auto id = requiredId(entry, u"sources"_s, i, &sourceIds);
        if (!id) {
            return id.error();
        }
        SourceConfig source;
        source.id = *id;
        source.type = entry.value(u"type"_s).toString();
        if (source.type != source.type.toLower() || !createSourceAdapter(source.type)) {
            return configError(ConfigText::tr("Source \"%1\": unknown type \"%2\".").arg(source.id, source.type));
        }
        source.name = entry.value(u"name"_s).toString(source.id);
        source.enabled = entry.value(u"enabled"_s).toBool(true);
        source.options = optionsOf(entry, {u"id"_s, u"type"_s, u"name"_s, u"enabled"_s, u"secrets"_s});
        if (auto status = readSecrets(entry, u"source"_s, source.id, secretNamesForConfig(source), &config.secrets);
            !status) {
            return status.error();
        }
        config.sources.append(source);
    }

    auto channels = arrayOfObjects(root, u"channels"_s);
    if (!channels) {
        return channels.error();
    }
    QSet<QString> channelIds;
    for (qsizetype i = 0; i < channels->size(); ++i) {
        const QJsonObject &entry = channels->at(i);
        auto id = requiredId(entry, u"channels"_s, i, &channelIds);
        if (!id) {
            return id.error();
        }
        ChannelConfig channel;
        channel.id = *id;
        channel.type = entry.value(u"type"_s).toString();
        if (channel.type != channel.type.toLower() || secretNamesForChannel(channel.type).isEmpty()) {
            return configError(ConfigText::tr("Channel \"%1\": unknown type \"%2\".").arg(channel.id, channel.type));
        }
        channel.name = entry.value(u"name"_s).toString(channel.id);
        channel.baseUrl = QUrl(entry.value(u"baseUrl"_s).toString(), QUrl::StrictMode);
        if (!channel.baseUrl.isValid() || channel.baseUrl.host().isEmpty() ||
            (channel.baseUrl.scheme() != u"https" && channel.baseUrl.scheme() != u"http")) {
            return configError(
                ConfigText::tr("Channel \"%1\" needs a \"baseUrl\" such as https://api.sendgrid.com.").arg(channel.id));
        }
        channel.fromEmail = entry.value(u"fromEmail"_s).toString();
        if (!looksLikeEmail(channel.fromEmail)) {
            return configError(ConfigText::tr("Channel \"%1\" needs a valid \"fromEmail\".").arg(channel.id));
        }
        channel.fromName = entry.value(u"fromName"_s).toString();
        channel.replyTo = entry.value(u"replyTo"_s).toString();
        if (!channel.replyTo.isEmpty() && !looksLikeEmail(channel.replyTo)) {
            return configError(ConfigText::tr("Channel \"%1\": \"replyTo\" is not an email address.").arg(channel.id));
        }
        for (const QString &text : {channel.fromName, channel.fromEmail, channel.replyTo}) {
            if (text.contains(u'\r') || text.contains(u'\n')) {
                return configError(
                    ConfigText::tr("Channel \"%1\": addresses and names must be on one line.").arg(channel.id));
            }
        }
        channel.enabled = entry.value(u"enabled"_s).toBool(true);
        channel.options = optionsOf(entry, {u"id"_s, u"type"_s, u"name"_s, u"baseUrl"_s, u"fromEmail"_s, u"fromName"_s,
                                            u"replyTo"_s, u"enabled"_s, u"secrets"_s});
        if (auto status =
                readSecrets(entry, u"channel"_s, channel.id, secretNamesForChannel(channel.type), &config.secrets);
            !status) {
            return status.error();
        }
        config.channels.append(channel);
    }
    // Once all are read: a fallback may name a channel further down the list.
    for (const ChannelConfig &channel : std::as_const(config.channels)) {
        if (auto status = checkChannelDelivery(channel, config.channels); !status) {
            return status.error();
        }
    }

    if (root.contains(u"rules"_s)) {
        auto rules = arrayOfObjects(root, u"rules"_s);
        if (!rules) {
            return rules.error();
        }
        QSet<QString> ruleIds;
        for (qsizetype i = 0; i < rules->size(); ++i) {
            const QJsonObject &entry = rules->at(i);
            auto id = requiredId(entry, u"rules"_s, i, &ruleIds);
            if (!id) {
                return id.error();
            }
            RuleConfig rule;
            rule.id = *id;
            rule.trigger = entry.value(u"trigger"_s).toString();
            if (!isValidTrigger(rule.trigger)) {
                return configError(ConfigText::tr("Rule \"%1\": unknown trigger \"%2\".").arg(rule.id, rule.trigger));
            }
            rule.templateId = entry.value(u"template"_s).toString();
            if (rule.templateId.isEmpty()) {
                return configError(ConfigText::tr("Rule \"%1\" needs a \"template\".").arg(rule.id));
            }
            rule.channelId = entry.value(u"channel"_s).toString();
            if (!channelIds.contains(rule.channelId)) {
                return configError(ConfigText::tr("Rule \"%1\" names channel \"%2\", which is not in \"channels\".")
                                       .arg(rule.id, rule.channelId));
            }
            rule.recipient = entry.value(u"recipient"_s).toString(u"customer"_s);
            if (rule.recipient != u"customer" && !looksLikeEmail(rule.recipient)) {
                return configError(ConfigText::tr("Rule \"%1\": \"recipient\" must be \"customer\" or an email "
                                                  "address.")
                                       .arg(rule.id));
            }
            rule.enabled = entry.value(u"enabled"_s).toBool(true);
            config.rules.append(rule);
        }
    } else if (!config.channels.isEmpty()) {
        config.rules = defaultRules(config.channels.constFirst().id);
    }
    return config;
}

QByteArray AppConfig::toJson() const
{
    QJsonObject root;
    root.insert(u"webhook"_s, Tidings::toJson(webhook));
    root.insert(u"brand"_s, Tidings::toJson(brand));
    QJsonArray sourceArray;
    for (const SourceConfig &source : sources) {
        QJsonObject entry = source.options;
        entry.insert(u"id"_s, source.id);
        entry.insert(u"type"_s, source.type);
        entry.insert(u"name"_s, source.name);
        entry.insert(u"enabled"_s, source.enabled);
        entry.insert(u"secrets"_s, secretPlaceholders(secretNamesForConfig(source)));
        sourceArray.append(entry);
    }
    root.insert(u"sources"_s, sourceArray);
    QJsonArray channelArray;
    for (const ChannelConfig &channel : channels) {
        QJsonObject entry = channel.options;
        entry.insert(u"id"_s, channel.id);
        entry.insert(u"type"_s, channel.type);
        entry.insert(u"name"_s, channel.name);
        entry.insert(u"baseUrl"_s, channel.baseUrl.toString());
        entry.insert(u"fromEmail"_s, channel.fromEmail);
        entry.insert(u"fromName"_s, channel.fromName);
        if (!channel.replyTo.isEmpty()) {
            entry.insert(u"replyTo"_s, channel.replyTo);
        }
        entry.insert(u"enabled"_s, channel.enabled);
        entry.insert(u"secrets"_s, secretPlaceholders(secretNamesForChannel(channel.type)));
        channelArray.append(entry);
    }
    root.insert(u"channels"_s, channelArray);
    QJsonArray ruleArray;
    for (const RuleConfig &rule : rules) {
        ruleArray.append(QJsonObject{{u"id"_s, rule.id},
                                     {u"trigger"_s, rule.trigger},
                                     {u"template"_s, rule.templateId},
                                     {u"channel"_s, rule.channelId},
                                     {u"recipient"_s, rule.recipient},
                                     {u"enabled"_s, rule.enabled}});
    }
    root.insert(u"rules"_s, ruleArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const SourceConfig *AppConfig::source(const QString &id) const
{
    for (const SourceConfig &source : sources) {
        if (source.id == id) {
            return &source;
        }
    }
    return nullptr;
}

const ChannelConfig *AppConfig::channel(const QString &id) const
{
    for (const ChannelConfig &channel : channels) {
        if (channel.id == id) {
            return &channel;
        }
    }
    return nullptr;
}

} // namespace Tidings
