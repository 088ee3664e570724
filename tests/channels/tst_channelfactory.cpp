#include "channels/brandlogoattach.h"
#include "channels/channel.h"
#include "channels/sendgridchannel.h"
#include "fakes/sendrecorder.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ChannelConfig;
using Tidings::Error;
using Tidings::ErrorCode;
using Tidings::Test::checkOne;

using Secrets = QHash<QString, QString>;

class TestChannelFactory final : public QObject
{
    Q_OBJECT

private slots:
    void createChannel_data();
    void createChannel();
    void withoutNetwork();
    void secretNames_data();
    void secretNames();
    void registry_everyProviderCanBeSetUp_data();
    void registry_everyProviderCanBeSetUp();
    void brandLogo_onlyWhereTheMessageCarriesIt_data();
    void brandLogo_onlyWhereTheMessageCarriesIt();
};

void TestChannelFactory::createChannel_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Secrets>("secrets");
    QTest::addColumn<bool>("created");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const Secrets key{{u"apiKey"_s, u"SG.abc"_s}};
    QTest::newRow("sendgrid") << u"sendgrid"_s << key << true << -1 << QString();
    QTest::newRow("sendgrid, other case") << u"SendGrid"_s << key << true << -1 << QString();
    QTest::newRow("sendgrid without key")
        << u"sendgrid"_s << Secrets{} << false << int(ErrorCode::Config) << u"No API key is saved for Shop mail."_s;
    QTest::newRow("sendgrid with blank key") << u"sendgrid"_s << Secrets{{u"apiKey"_s, u"  "_s}} << false
                                             << int(ErrorCode::Config) << u"No API key is saved for Shop mail."_s;
    QTest::newRow("sendgrid, key under another name")
        << u"sendgrid"_s << Secrets{{u"token"_s, u"SG.abc"_s}} << false << int(ErrorCode::Config)
        << u"No API key is saved for Shop mail."_s;
    QTest::newRow("unknown type") << u"pigeon"_s << key << false << int(ErrorCode::Config) << u"pigeon"_s;
    QTest::newRow("no type") << QString() << key << false << int(ErrorCode::Config) << u"Shop mail"_s;
}

void TestChannelFactory::createChannel()
{
    QFETCH(QString, type);
    QFETCH(Secrets, secrets);
    QFETCH(bool, created);
    QFETCH(int, code);
    QFETCH(QString, message);

    ChannelConfig config;
    config.id = u"sg"_s;
    config.type = type;
    config.name = u"Shop mail"_s;
    config.fromEmail = u"orders@shop.example"_s;
    QNetworkAccessManager network;
    Error error;
    const auto channel = Tidings::createChannel(config, secrets, &network, &error);
    QCOMPARE(channel != nullptr, created);
    if (created) {
        QCOMPARE(channel->type(), u"sendgrid"_s);
        QVERIFY(qobject_cast<Tidings::SendGridChannel *>(channel.get()));
    } else {
        QCOMPARE(int(error.code), code);
        QVERIFY(!error.retryable);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"SG.abc"_s));
    }
    // The error out-parameter is optional.
    const auto again = Tidings::createChannel(config, secrets, &network);
    QCOMPARE(again != nullptr, created);
}

void TestChannelFactory::withoutNetwork()
{
    ChannelConfig config;
    config.type = u"sendgrid"_s;
    Error error;
    QVERIFY(!Tidings::createChannel(config, {{u"apiKey"_s, u"SG.abc"_s}}, nullptr, &error));
    QCOMPARE(error.code, ErrorCode::Internal);
}

void TestChannelFactory::secretNames_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("sendgrid") << u"sendgrid"_s << QStringList{u"apiKey"_s};
    QTest::newRow("unknown") << u"pigeon"_s << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestChannelFactory::secretNames()
{
    QFETCH(QString, type);
    QFETCH(QStringList, names);
    QCOMPARE(Tidings::secretNamesForChannel(type), names);
}

using namespace Tidings;

void TestChannelFactory::registry_everyProviderCanBeSetUp_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : channelTypes()) {
        QTest::newRow(qPrintable(type)) << type;
    }
    QVERIFY(channelTypes().size() >= 15); // every provider of issue 5
}

void TestChannelFactory::registry_everyProviderCanBeSetUp()
{
    QFETCH(QString, type);
    const ChannelTypeInfo *info = channelTypeInfo(type);
    QVERIFY(info);
    QCOMPARE(info->type, type.toLower());
    QCOMPARE(channelTypes().count(type), 1);
    QVERIFY(!info->displayName.isEmpty());
    QVERIFY(!info->summary.isEmpty());
    QVERIFY2(!info->setupSteps.isEmpty(), "the window shows the steps on the provider's side");
    QVERIFY(!info->secrets.isEmpty());
    QStringList keys;
    for (const ChannelOptionInfo &option : info->options) {
        QVERIFY(!option.key.isEmpty() && !option.label.isEmpty());
        QVERIFY2(!keys.contains(option.key), qPrintable(option.key));
        keys.append(option.key);
    }
    // With every secret given it builds; without a required one it says which.
    QNetworkAccessManager network;
    ChannelConfig config;
    config.id = u"c"_s;
    config.type = type;
    config.name = u"Channel"_s;
    QHash<QString, QString> secrets;
    for (const ChannelSecretInfo &secret : info->secrets) {
        secrets.insert(secret.name, u"value-for-"_s + secret.name);
    }
    Error error;
    QVERIFY2(Tidings::createChannel(config, secrets, &network, &error), qPrintable(error.message));
    for (const ChannelSecretInfo &secret : info->secrets) {
        if (secret.optional) {
            continue;
        }
        QHash<QString, QString> missing = secrets;
        missing.remove(secret.name);
        QVERIFY(!Tidings::createChannel(config, missing, &network, &error));
        QVERIFY2(error.message.contains(secret.label), qPrintable(error.message));
    }

    // "Test connection" is offered exactly where the channel has its own check (pointed at a closed
    // loopback port, so nothing leaves the machine).
    config.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    config.options.insert(u"host"_s, u"127.0.0.1"_s);
    config.options.insert(u"port"_s, 9);
    const auto channel = Tidings::createChannel(config, secrets, &network, &error);
    QVERIFY(channel);
    const std::optional<SendOutcome> checked = checkOne(*channel, 15000);
    QVERIFY(checked);
    QVERIFY(!checked->accepted);
    QVERIFY(checked->error);
    const bool defaultAnswer = checked->error->message.contains(u"cannot be checked without delivering"_s);
    QVERIFY2(defaultAnswer != info->canCheckConnection, qPrintable(checked->error->message));

    // "Sign in with …" is offered exactly where the channel has a sign-in preset, and it fills in the
    // refresh token the channel sends with.
    const std::optional<OAuthSignInProvider> signIn = Tidings::channelSignInProvider(config, secrets);
    QCOMPARE(signIn.has_value(), info->canSignIn);
    if (info->canSignIn) {
        QVERIFY(secretNamesForChannel(type).contains(u"refreshToken"_s));
        QVERIFY(!signIn.value().authority.isEmpty());
        QCOMPARE(signIn.value().authorizeUrl.scheme(), u"https"_s);
        QCOMPARE(signIn.value().tokenUrl.scheme(), u"https"_s);
        QVERIFY(!signIn.value().scopes.isEmpty());
        QCOMPARE(signIn.value().clientSecret, secrets.value(u"clientSecret"_s));
    }
}

void TestChannelFactory::brandLogo_onlyWhereTheMessageCarriesIt_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("carried");

    for (const QString &type : {u"smtp"_s, u"sendgrid-smtp"_s, u"gmail"_s, u"graph"_s, u"sendgrid"_s, u"mailgun"_s,
                                u"ses"_s, u"mandrill"_s}) {
        QTest::newRow(qPrintable(type)) << type << true;
    }
    for (const QString &type : {u"hubspot"_s, u"klaviyo"_s, u"activecampaign"_s, u"webhook"_s, u"slack"_s}) {
        QTest::newRow(qPrintable(type)) << type << false;
    }
}

void TestChannelFactory::brandLogo_onlyWhereTheMessageCarriesIt()
{
    QFETCH(QString, type);
    QFETCH(bool, carried);

    QVERIFY2(channelTypes().contains(type), qPrintable(channelTypes().join(u' ')));
    Brand brand;
    brand.logoFile = *BrandLogo::fromData("GIF89a" + QByteArray(20, '\0'));
    const Brand shown = brandForChannel(brand, type);
    QCOMPARE(shown.logoFile.isEmpty(), !carried);

    // After rendering: attached only when the HTML shows it.
    OutgoingMessage message;
    message.html = u"<img src=\"cid:logo.gif\">"_s;
    attachBrandLogo(message, shown);
    QCOMPARE(message.inlineImages.size(), carried ? 1 : 0);
    if (carried) {
        QCOMPARE(message.inlineImages.first().contentId, "logo.gif"_ba);
        QCOMPARE(message.inlineImages.first().fileName, u"logo.gif"_s);
        QCOMPARE(message.inlineImages.first().mimeType, "image/gif"_ba);
        QCOMPARE(message.inlineImages.first().data, brand.logoFile.data);
    }
    OutgoingMessage without;
    without.html = u"<p>No logo in this template</p>"_s;
    attachBrandLogo(without, brand);
    QVERIFY(without.inlineImages.isEmpty());

    // A logo on the web stays for every channel.
    Brand web;
    web.logoUrl = u"https://shop.example/logo.png"_s;
    QCOMPARE(brandForChannel(web, type).logoUrl, web.logoUrl);
}

QTEST_GUILESS_MAIN(TestChannelFactory)

#include "tst_channelfactory.moc"
