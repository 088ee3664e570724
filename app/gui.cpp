#include "backup/backupactions.h"
#include "engine.h"
#include "enginebinding.h"
#include "mainwindow.h"
#include "runmodes.h"
#include "widgets/messagebanner.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QProcess>

namespace Tidings::App {

int runGui(const QString &dataDir, SecretStore &secrets, const std::optional<Error> &startupProblem)
{
    QGuiApplication::setDesktopFileName(QStringLiteral("app.tidings.Tidings"));
    QIcon icon;
    for (const char *size : {"32", "64", "256"}) {
        icon.addFile(QStringLiteral(":/icons/png/%1.png").arg(QLatin1StringView(size)));
    }
    QApplication::setWindowIcon(icon);
    Engine engine(dataDir, &secrets);
    Ui::MainWindow window(dataDir);
    Ui::bindEngine(engine, window);
    if (startupProblem) {
        window.showError(*startupProblem);
    }
    bool restart = false;
    QObject::connect(window.backupActions(), &Ui::BackupActions::restartRequested, &window, [&restart, &window] {
        restart = true;
        window.close();
    });
    window.show();
    engine.start();
    const int code = QApplication::exec();
    engine.stop();
    if (restart) {
        // The staged restore is applied by the new process, once this one has let go of the store.
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    }
    return code;
}

} // namespace Tidings::App
