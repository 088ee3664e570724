#include "channels/extracertificates.h"
#include "commandline.h"
#include "credentials/keychainsecretstore.h"
#include "diagnostics/logbook.h"
#include "language/language.h"
#include "runmodes.h"
#include "store/backup.h"
#include "store/database.h"
#include "templates/exactpreview.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    using namespace Tidings;
    const bool console = App::wantsConsole(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (console) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        Ui::prepareExactPreview(); // before the QApplication
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"Tidings"_s);
    QCoreApplication::setApplicationName(u"Tidings"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDINGS_VERSION));
    // Per-event debug lines are off unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(u"tidings.*.debug=false"_s);
    qSetMessagePattern(u"%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: %{message}"_s);
    Ui::Languages::install(*app, Ui::Languages::effective());

    App::CommandLine commandLine;
    int exitCode = 0;
    if (!App::parseCommandLine(&commandLine, &exitCode)) {
        return exitCode;
    }
    const QString dataDir =
        commandLine.dataDir.isEmpty() ? Database::defaultDataDir() : QDir(commandLine.dataDir).absolutePath();
    // Everything logged from here on is also kept for Help → Log and in <data folder>/logs/tidings.log.
    LogBook log;
    if (auto opened = log.openFile(QDir(dataDir).filePath(u"logs"_s)); !opened) {
        QTextStream(stderr) << opened.error().message << '\n';
    }
    log.install();
    KeychainSecretStore secrets;

    std::optional<Error> startupProblem;
    // Before any connection is made: every https connection trusts them from then on.
    if (auto trusted = trustExtraCertificatesFromEnvironment(); !trusted) {
        startupProblem = trusted.error();
        qWarning().noquote() << trusted.error().message << trusted.error().detail;
    } else if (*trusted > 0) {
        qInfo().noquote() << "trusting" << *trusted << "extra certificate authorities from" << kExtraCaCertsVariable;
    }

    // A restore chosen in the window is applied now, before anything opens the store.
    if (auto restored = Backup::applyStagedRestore(dataDir); !restored) {
        startupProblem = restored.error();
        QTextStream(stderr) << restored.error().message << '\n';
    } else if (*restored) {
        qInfo().noquote() << "restored the data folder from the backup chosen before the restart";
    }

    switch (commandLine.mode) {
    case App::CommandLine::Mode::ConfigImport:
        return App::runConfigImport(commandLine, dataDir, secrets);
    case App::CommandLine::Mode::ConfigExport:
        return App::runConfigExport(commandLine, dataDir);
    case App::CommandLine::Mode::ConfigSendTest:
        return App::runConfigSendTest(commandLine, dataDir, secrets);
    case App::CommandLine::Mode::ConfigCheck:
        return App::runConfigCheck(commandLine, dataDir, secrets);
    case App::CommandLine::Mode::Headless:
        return App::runHeadless(commandLine, dataDir, secrets);
    case App::CommandLine::Mode::Gui:
        break;
    }
    return App::runGui(dataDir, secrets, startupProblem, commandLine.minimized);
}
