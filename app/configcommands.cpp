#include "channels/channeltest.h"
#include "config/appconfig.h"
#include "config/configimport.h"
#include "credentials/secretreader.h"
#include "runmodes.h"
#include "store/configrepository.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <functional>
#include <optional>

namespace Tidings::App {

int runConfigImport(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets)
{
    QTextStream err(stderr);
    QFile file(commandLine.configFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("Config", "Cannot read %1: %2")
                   .arg(commandLine.configFile, file.errorString())
            << '\n';
        return 1;
    }
    auto config = AppConfig::fromJson(file.readAll());
    if (!config) {
        err << QCoreApplication::translate("Config", "%1: %2").arg(commandLine.configFile, config.error().message)
            << '\n';
        return 1;
    }
    if (auto status = importConfiguration(*config, dataDir, secrets); !status) {
        err << status.error().message << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("Config", "Imported %n source(s)", nullptr, int(config->sources.size())) << ", "
        << QCoreApplication::translate("Config", "%n channel(s)", nullptr, int(config->channels.size())) << ", "
        << QCoreApplication::translate("Config", "%n rule(s)", nullptr, int(config->rules.size())) << "; "
        << QCoreApplication::translate("Config", "%n secret(s) saved to the keychain.", nullptr,
                                       int(config->secrets.size()))
        << '\n';
    return 0;
}

int runConfigExport(const CommandLine &commandLine, const QString &dataDir)
{
    QTextStream err(stderr);
    auto json = exportConfiguration(dataDir);
    if (!json) {
        err << json.error().message << '\n';
        return 1;
    }
    if (commandLine.outputFile.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*json) != json->size()) {
            return 1;
        }
        return 0;
    }
    QFile file(commandLine.outputFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*json) != json->size()) {
        err << QCoreApplication::translate("Config", "Cannot write %1: %2")
                   .arg(commandLine.outputFile, file.errorString())
            << '\n';
        return 1;
    }
    return 0;
}

namespace {

// A saved channel and its secrets from the keychain, as the command line's tests need them.
struct SavedChannel
{
    ChannelConfig channel;
    QHash<QString, QString> secrets;
    Brand brand;
};

std::optional<SavedChannel> loadChannel(const QString &channelId, const QString &dataDir, SecretStore &secrets,
                                        QTextStream &err)
{
    auto db = Database::open(dataDir, QStringLiteral("channel-test"));
    if (!db) {
        err << db.error().message << '\n';
        return std::nullopt;
    }
    ConfigRepository repository(db->handle());
    auto config = repository.load();
    auto profile = repository.profileId();
    if (!config || !profile) {
        err << (config ? profile.error().message : config.error().message) << '\n';
        return std::nullopt;
    }
    const ChannelConfig *channel = nullptr;
    QStringList ids;
    for (const ChannelConfig &candidate : std::as_const(config->channels)) {
        ids.append(candidate.id);
        if (candidate.id == channelId) {
            channel = &candidate;
        }
    }
    if (!channel) {
        err << QCoreApplication::translate("Config", "There is no channel \"%1\". Channels: %2.")
                   .arg(channelId, ids.isEmpty() ? QCoreApplication::translate("Config", "none yet") : ids.join(u", "))
            << '\n';
        return std::nullopt;
    }
    QStringList keys;
    const QStringList names = secretNamesForChannel(channel->type);
    for (const QString &name : names) {
        keys.append(secretKey(*profile, QStringLiteral("channel"), channel->id, name));
    }
    auto values = readSecretsBlocking(secrets, keys);
    if (!values) {
        err << values.error().message << '\n';
        return std::nullopt;
    }
    SavedChannel saved{*channel, {}, config->brand};
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (values->contains(keys.at(i))) {
            saved.secrets.insert(names.at(i), values->value(keys.at(i)));
        }
    }
    return saved;
}

// Runs `start` with a callback and waits in an event loop for its outcome.
SendOutcome waitFor(const std::function<void(std::function<void(const SendOutcome &)>)> &start)
{
    std::optional<SendOutcome> result;
    QEventLoop loop;
    start([&result, &loop](const SendOutcome &outcome) {
        result = outcome;
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return *result;
}

QString providerName(const ChannelConfig &channel)
{
    const ChannelTypeInfo *info = channelTypeInfo(channel.type);
    return info ? info->displayName : channel.type;
}

} // namespace

int runConfigSendTest(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const auto saved = loadChannel(commandLine.channelId, dataDir, secrets, err);
    if (!saved) {
        return 1;
    }
    auto message = ChannelTest::testMessageTo(commandLine.address, saved->brand);
    if (!message) {
        err << message.error().message << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    const SendOutcome result = waitFor([&](std::function<void(const SendOutcome &)> done) {
        ChannelTest::send(saved->channel, saved->secrets, *message, &network, std::move(done));
    });
    (result.accepted ? out : err) << ChannelTest::describe(result, providerName(saved->channel)) << '\n';
    return result.accepted ? 0 : 1;
}

int runConfigCheck(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const auto saved = loadChannel(commandLine.channelId, dataDir, secrets, err);
    if (!saved) {
        return 1;
    }
    QNetworkAccessManager network;
    const SendOutcome result = waitFor([&](std::function<void(const SendOutcome &)> done) {
        ChannelTest::checkConnection(saved->channel, saved->secrets, &network, std::move(done));
    });
    (result.accepted ? out : err) << ChannelTest::describeCheck(result, providerName(saved->channel)) << '\n';
    return result.accepted ? 0 : 1;
}

} // namespace Tidings::App
