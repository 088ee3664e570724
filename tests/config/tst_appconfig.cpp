#include "channels/channeldelivery.h"
#include "config/appconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

QJsonObject validConfig()
{
    return QJsonObject{
        {u"webhook"_s, QJsonObject{{u"address"_s, u"127.0.0.1"_s}, {u"port"_s, 9000}}},
        {u"sources"_s, QJsonArray{QJsonObject{{u"id"_s, u"shop"_s},
                                              {u"type"_s, u"shopify"_s},
                                              {u"shopDomain"_s, u"x.myshopify.com"_s},
                                              {u"secrets"_s, QJsonObject{{u"webhookSecret"_s, u"whsec-1"_s}}}}}},
        {u"channels"_s, QJsonArray{QJsonObject{{u"id"_s, u"mail"_s},
                                               {u"type"_s, u"sendgrid"_s},
                                               {u"baseUrl"_s, u"https://api.sendgrid.com"_s},
                                               {u"fromEmail"_s, u"orders@shop.example"_s},
                                               {u"secrets"_s, QJsonObject{{u"apiKey"_s, u"key-value-1"_s}}}}}},
    };
}

// validConfig() with `mailOptions` merged into its "mail" channel, and a second channel of `otherType`
// ("mailgun": email, "twilio": text messages) with the id "other".
QJsonObject withDelivery(const QJsonObject &mailOptions, const QString &otherType = u"mailgun"_s)
{
    QJsonObject c = validConfig();
    QJsonObject mail = c.value(u"channels"_s).toArray().at(0).toObject();
    for (auto it = mailOptions.begin(); it != mailOptions.end(); ++it) {
        mail.insert(it.key(), it.value());
    }
    const QJsonObject other{{u"id"_s, u"other"_s},
                            {u"type"_s, otherType},
                            {u"baseUrl"_s, u"https://api.example.com"_s},
                            {u"fromEmail"_s, u"orders@shop.example"_s},
                            {u"domain"_s, u"mg.shop.example"_s}};
    c.insert(u"channels"_s, QJsonArray{mail, other});
    return c;
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

class TestAppConfig final : public QObject
{
    Q_OBJECT

private slots:
    void parse_validFile_readsEverything();
    void parse_withoutRules_getsDefaultRules();
    void parse_invalid_data();
    void parse_invalid();
    void parse_channelDelivery_data();
    void parse_channelDelivery();
    void export_neverContainsSecretValues();
    void export_thenImport_roundTrips();
    void shippedExample_parses();
};

void TestAppConfig::parse_validFile_readsEverything()
{
    auto config = AppConfig::fromJson(toBytes(validConfig()));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
    QCOMPARE(config->webhook.port, quint16(9000));
    QCOMPARE(config->sources.size(), 1);
    QCOMPARE(config->sources.constFirst().options.value(u"shopDomain"_s).toString(), u"x.myshopify.com"_s);
    QCOMPARE(config->channels.constFirst().baseUrl, QUrl(u"https://api.sendgrid.com"_s));
    QCOMPARE(config->secrets.size(), 2);
    QCOMPARE(config->secrets.at(0).kind, u"source"_s);
    QCOMPARE(config->secrets.at(1).name, u"apiKey"_s);
}

void TestAppConfig::parse_withoutRules_getsDefaultRules()
{
    auto config = AppConfig::fromJson(toBytes(validConfig()));
    QVERIFY(config.ok());
    QCOMPARE(config->rules.size(), 5);
    QCOMPARE(config->rules.at(0).trigger, u"order.created"_s);
    QCOMPARE(config->rules.at(1).templateId, u"shipped"_s);
    QCOMPARE(config->rules.at(1).channelId, u"mail"_s);
    QCOMPARE(config->rules.at(2).trigger, u"shipment.delayed"_s);
    QCOMPARE(config->rules.at(2).templateId, u"shipment_delayed"_s);
    QCOMPARE(config->rules.at(2).recipient, u"customer"_s);
    QCOMPARE(config->rules.at(3).trigger, u"order.backordered"_s);
    QCOMPARE(config->rules.at(3).templateId, u"backorder_delay"_s);
    QCOMPARE(config->rules.at(4).trigger, u"stock.status:back_in_stock"_s);
    QCOMPARE(config->rules.at(4).templateId, u"back_in_stock"_s);
    QCOMPARE(config->rules.at(4).recipient, u"customer"_s);
    for (const RuleConfig &rule : std::as_const(config->rules)) {
        QVERIFY2(isValidTrigger(rule.trigger), qPrintable(rule.trigger));
    }

    QJsonObject explicitEmpty = validConfig();
    explicitEmpty.insert(u"rules"_s, QJsonArray{});
    auto none = AppConfig::fromJson(toBytes(explicitEmpty));
    QVERIFY(none.ok());
    QVERIFY(none->rules.isEmpty());
}

void TestAppConfig::parse_invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not json") << QByteArray("{nope") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"one JSON object"_s;

    QJsonObject c = validConfig();
    c.insert(u"webhook"_s, QJsonObject{{u"port"_s, 70000}});
    QTest::newRow("port range") << toBytes(c) << u"webhook.port"_s;

    c = validConfig();
    c.insert(u"webhook"_s, QJsonObject{{u"address"_s, u"localhost\r\n"_s}});
    QTest::newRow("bad address") << toBytes(c) << u"webhook.address"_s;

    c = validConfig();
    QJsonArray sources = c.value(u"sources"_s).toArray();
    QJsonObject source = sources.at(0).toObject();
    source.insert(u"type"_s, u"Shopify"_s);
    sources.replace(0, source);
    c.insert(u"sources"_s, sources);
    QTest::newRow("type must be lower case") << toBytes(c) << u"unknown type"_s;

    c = validConfig();
    QJsonArray channels = c.value(u"channels"_s).toArray();
    QJsonObject channel = channels.at(0).toObject();
    channel.remove(u"baseUrl"_s);
    channels.replace(0, channel);
    c.insert(u"channels"_s, channels);
    QTest::newRow("missing baseUrl") << toBytes(c) << u"baseUrl"_s;

    channel = validConfig().value(u"channels"_s).toArray().at(0).toObject();
    channel.insert(u"fromName"_s, u"Shop\r\nBcc: evil@example.com"_s);
    c = validConfig();
    c.insert(u"channels"_s, QJsonArray{channel});
    QTest::newRow("header injection in fromName") << toBytes(c) << u"one line"_s;

    channel = validConfig().value(u"channels"_s).toArray().at(0).toObject();
    channel.insert(u"secrets"_s, QJsonObject{{u"password"_s, u"x"_s}});
    c = validConfig();
    c.insert(u"channels"_s, QJsonArray{channel});
    QTest::newRow("unknown secret name") << toBytes(c) << u"unknown secret"_s;

    c = validConfig();
    c.insert(u"channels"_s, QJsonArray{validConfig().value(u"channels"_s).toArray().at(0),
                                       validConfig().value(u"channels"_s).toArray().at(0)});
    QTest::newRow("duplicate id") << toBytes(c) << u"appears twice"_s;

    c = validConfig();
    c.insert(u"rules"_s, QJsonArray{QJsonObject{{u"id"_s, u"r"_s},
                                                {u"trigger"_s, u"order.teleported"_s},
                                                {u"template"_s, u"shipped"_s},
                                                {u"channel"_s, u"mail"_s}}});
    QTest::newRow("unknown trigger") << toBytes(c) << u"unknown trigger"_s;

    // Stock rules act on crossings: "in stock" is no crossing, nothing would ever raise it.
    c = validConfig();
    c.insert(u"rules"_s, QJsonArray{QJsonObject{{u"id"_s, u"r"_s},
                                                {u"trigger"_s, u"stock.status:in_stock"_s},
                                                {u"template"_s, u"back_in_stock"_s},
                                                {u"channel"_s, u"mail"_s}}});
    QTest::newRow("stock trigger that is never raised") << toBytes(c) << u"unknown trigger"_s;

    c = validConfig();
    c.insert(u"rules"_s, QJsonArray{QJsonObject{{u"id"_s, u"r"_s},
                                                {u"trigger"_s, u"shipment.status:delivered"_s},
                                                {u"template"_s, u"shipped"_s},
                                                {u"channel"_s, u"nope"_s}}});
    QTest::newRow("rule names missing channel") << toBytes(c) << u"not in \"channels\""_s;

    c = validConfig();
    c.insert(u"brand"_s, QJsonObject{{u"logoFile"_s, QJsonObject{{u"data"_s, u"PGh0bWw+"_s}}}}); // "<html>"
    QTest::newRow("logo file that is no picture") << toBytes(c) << u"brand.logoFile"_s;
}

void TestAppConfig::parse_invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    auto config = AppConfig::fromJson(json);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code, ErrorCode::Config);
    QVERIFY2(config.error().message.contains(mentions), qPrintable(config.error().message));
}

void TestAppConfig::parse_channelDelivery_data()
{
    QTest::addColumn<QJsonObject>("mailOptions");
    QTest::addColumn<QString>("otherType");
    QTest::addColumn<QString>("mentions"); // empty: valid

    const auto retry = [](const QJsonObject &values) { return QJsonObject{{u"retry"_s, values}}; };
    const QJsonObject fallback{{u"fallbackChannelId"_s, u"other"_s}};
    QTest::newRow("valid retry and fallback")
        << QJsonObject{{u"retry"_s,
                        QJsonObject{{u"maxAttempts"_s, 5}, {u"maxAgeHours"_s, 24}, {u"fallbackAfter"_s, 2}}},
                       {u"fallbackChannelId"_s, u"other"_s}}
        << u"mailgun"_s << QString();
    QTest::newRow("empty fallback: none") << QJsonObject{{u"fallbackChannelId"_s, u""_s}} << u"mailgun"_s << QString();
    QTest::newRow("retry not an object") << QJsonObject{{u"retry"_s, 5}} << u"mailgun"_s
                                         << u"\"retry\" must be an object"_s;
    QTest::newRow("unknown retry key") << retry({{u"attempts"_s, 5}}) << u"mailgun"_s
                                       << u"unknown retry setting \"attempts\""_s;
    QTest::newRow("maxAttempts zero") << retry({{u"maxAttempts"_s, 0}}) << u"mailgun"_s
                                      << u"\"retry.maxAttempts\" must be a whole number from 1 to 100"_s;
    QTest::newRow("maxAttempts not whole")
        << retry({{u"maxAttempts"_s, 2.5}}) << u"mailgun"_s << u"retry.maxAttempts"_s;
    QTest::newRow("maxAttempts as text") << retry({{u"maxAttempts"_s, u"5"_s}}) << u"mailgun"_s
                                         << u"retry.maxAttempts"_s;
    QTest::newRow("maxAgeHours over 30 days") << retry({{u"maxAgeHours"_s, 1000}}) << u"mailgun"_s
                                              << u"\"retry.maxAgeHours\" must be a whole number from 1 to 720"_s;
    QTest::newRow("fallback missing") << QJsonObject{{u"fallbackChannelId"_s, u"nope"_s}} << u"mailgun"_s
                                      << u"fallback channel \"nope\" is not in \"channels\""_s;
    QTest::newRow("fallback itself") << QJsonObject{{u"fallbackChannelId"_s, u"mail"_s}} << u"mailgun"_s
                                     << u"its own fallback"_s;
    QTest::newRow("fallback of another kind") << fallback << u"twilio"_s << u"same kind of message"_s;
    QTest::newRow("fallback not text") << QJsonObject{{u"fallbackChannelId"_s, 3}} << u"mailgun"_s
                                       << u"must be the id of another channel"_s;
}

void TestAppConfig::parse_channelDelivery()
{
    QFETCH(QJsonObject, mailOptions);
    QFETCH(QString, otherType);
    QFETCH(QString, mentions);
    auto config = AppConfig::fromJson(toBytes(withDelivery(mailOptions, otherType)));
    if (!mentions.isEmpty()) {
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, ErrorCode::Config);
        QVERIFY2(config.error().message.contains(u"Channel \"mail\""_s), qPrintable(config.error().message));
        QVERIFY2(config.error().message.contains(mentions), qPrintable(config.error().message));
        return;
    }
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
    const ChannelDelivery delivery = ChannelDelivery::fromOptions(config->channels.constFirst().options);
    ChannelDelivery expected = ChannelDelivery::fromOptions(mailOptions);
    QCOMPARE(delivery.maxAttempts, expected.maxAttempts);
    QCOMPARE(delivery.maxAgeHours, expected.maxAgeHours);
    QCOMPARE(delivery.fallbackAfter, expected.fallbackAfter);
    QCOMPARE(delivery.fallbackChannelId, expected.fallbackChannelId);
    // Written back the same way, and read again unchanged.
    QJsonObject written;
    delivery.writeTo(&written);
    QVERIFY(ChannelDelivery::fromOptions(written) == delivery);
    auto again = AppConfig::fromJson(config->toJson());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY(ChannelDelivery::fromOptions(again->channels.constFirst().options) == delivery);
}

void TestAppConfig::export_neverContainsSecretValues()
{
    auto config = AppConfig::fromJson(toBytes(validConfig()));
    QVERIFY(config.ok());
    const QByteArray exported = config->toJson();
    QVERIFY(!exported.contains("whsec-1"));
    QVERIFY(!exported.contains("key-value-1"));
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    const QJsonObject secrets = root.value(u"channels"_s).toArray().at(0).toObject().value(u"secrets"_s).toObject();
    QVERIFY(secrets.contains(u"apiKey"_s));
    QVERIFY(secrets.value(u"apiKey"_s).isNull());
}

void TestAppConfig::export_thenImport_roundTrips()
{
    // With a logo from a file: the file carries the picture itself, so it moves to another computer with it.
    QJsonObject withLogo = validConfig();
    const QByteArray gif = "GIF89a" + QByteArray(20, '\x01');
    withLogo.insert(u"brand"_s,
                    QJsonObject{{u"shopName"_s, u"Juniper"_s},
                                {u"logoFile"_s, QJsonObject{{u"data"_s, QString::fromLatin1(gif.toBase64())}}}});
    auto config = AppConfig::fromJson(toBytes(withLogo));
    QVERIFY(config.ok());
    QCOMPARE(config->brand.logoFile.data, gif);
    QCOMPARE(config->brand.logoFile.mimeType, "image/gif"_ba);
    QVERIFY(config->toJson().contains(gif.toBase64()));
    auto again = AppConfig::fromJson(config->toJson());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY(again->secrets.isEmpty()); // null placeholders keep what the keychain has
    QCOMPARE(again->toJson(), config->toJson());
    QCOMPARE(again->brand.logoFile, config->brand.logoFile);
}

void TestAppConfig::shippedExample_parses()
{
    QFile file(QStringLiteral(TIDINGS_SOURCE_DIR "/resources/examples/shopify-sendgrid.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto config = AppConfig::fromJson(file.readAll());
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
    QCOMPARE(config->sources.constFirst().type, u"shopify"_s);
    QCOMPARE(config->channels.constFirst().type, u"sendgrid"_s);
    // A file that lists its own rules keeps exactly those: no default (the delayed email) is added to them.
    QCOMPARE(config->rules.size(), 2);
    for (const RuleConfig &rule : std::as_const(config->rules)) {
        QVERIFY(rule.trigger != u"shipment.delayed"_s);
    }
}

QTEST_APPLESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
