#pragma once

#include "channels/channelconfig.h"
#include "model/result.h"
#include "sources/sourceconfig.h"
#include "templates/messagetemplate.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tidings {

// Maps one kind of change to one message: when `trigger` happens, render `templateId` and send it
// through `channelId` to `recipient` ("customer" or a fixed address, e.g. for staff copies).
// Triggers: "order.created", "shipment.created", "order.status:<status>", "shipment.status:<status>", and
// "shipment.delayed" (raised by Tidings itself when the carrier has been quiet too long; DelayWatcher).
struct RuleConfig
{
    QString id;
    QString trigger;
    QString templateId;
    QString channelId;
    QString recipient = QStringLiteral("customer");
    bool enabled = true;
};

struct WebhookSettings
{
    QString address = QStringLiteral("127.0.0.1"); // other addresses only when set explicitly
    quint16 port = 8787;
    qint64 maxBodyBytes = 1024 * 1024;
};

// A secret given in an imported file, bound for the keychain. Never written back out.
struct SecretValue
{
    QString kind; // "source" or "channel"
    QString ownerId;
    QString name;
    QString value;
};

// The whole configuration as the documented file shape (docs/configuration.md):
// {"webhook": {...}, "brand": {...}, "sources": [...], "channels": [...], "rules": [...]}
struct AppConfig
{
    WebhookSettings webhook;
    Brand brand;
    QList<SourceConfig> sources;
    QList<ChannelConfig> channels;
    QList<RuleConfig> rules;
    QList<SecretValue> secrets; // only from an import

    // Parses and validates a configuration file. Rules are optional: a file without "rules" gets the
    // default rules for its first channel. Errors name the entry and field at fault.
    static Result<AppConfig> fromJson(const QByteArray &json);

    // The file shape, without secret values: each entry's "secrets" object lists the names of the
    // secrets it uses with null values ("kept in the keychain").
    QByteArray toJson() const;

    const SourceConfig *source(const QString &id) const;
    const ChannelConfig *channel(const QString &id) const;
};

// The JSON objects of the file shape, shared by the file and the store. Readers take what is there and
// keep defaults for the rest; AppConfig::fromJson validates on top.
QJsonObject toJson(const WebhookSettings &webhook);
WebhookSettings webhookSettingsFromJson(const QJsonObject &object);
QJsonObject toJson(const Brand &brand);
Brand brandFromJson(const QJsonObject &object);

// The rules a new shop starts with: order confirmation, shipping notice, delay apology, backorder notice and
// back-in-stock message to the customer.
QList<RuleConfig> defaultRules(const QString &channelId);

// The triggers the rules understand, for validation and the rule editor.
bool isValidTrigger(const QString &trigger);

} // namespace Tidings
