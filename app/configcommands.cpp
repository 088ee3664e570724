#include "config/appconfig.h"
#include "config/configimport.h"
#include "runmodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

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

} // namespace Tidings::App
