#include "engine.h"
#include "runmodes.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace Tidings::App {

namespace {

Q_LOGGING_CATEGORY(lcHeadless, "tidings.headless")

} // namespace

int runHeadless(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets)
{
    if (!commandLine.configFile.isEmpty()) {
        if (const int code = runConfigImport(commandLine, dataDir, secrets); code != 0) {
            return code;
        }
    }
    Engine engine(dataDir, &secrets);
    SignalWatcher watcher;
    int exitCode = 0;
    QObject::connect(&engine, &Engine::started, &engine, [&engine] {
        qCInfo(lcHeadless).noquote() << "Tidings is running. Webhooks:"
                                     << engine.webhookUrl(QStringLiteral("<source id>")) << "- stop with Ctrl+C";
    });
    QObject::connect(&engine, &Engine::startFailed, &engine, [&exitCode](const Error &error) {
        QTextStream(stderr) << error.message << (error.detail.isEmpty() ? QString() : u" (" + error.detail + u')')
                            << '\n';
        exitCode = 1;
        QCoreApplication::exit(1);
    });
    QObject::connect(&engine, &Engine::problem, &engine,
                     [](const Error &error) { qCWarning(lcHeadless).noquote() << error.message << error.detail; });
    QObject::connect(&engine, &Engine::webhookRejected, &engine,
                     [](const QString &sourceId, int status, const QString &reason) {
                         qCWarning(lcHeadless).noquote() << "rejected webhook for" << sourceId << status << reason;
                     });
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &engine, [&engine](int signalNumber) {
        qCInfo(lcHeadless) << "signal" << signalNumber << "received; shutting down";
        engine.stop();
        QCoreApplication::quit();
    });
    engine.start();
    const int loopCode = QCoreApplication::exec();
    engine.stop();
    qCInfo(lcHeadless) << "stopped";
    return exitCode != 0 ? exitCode : loopCode;
}

} // namespace Tidings::App
