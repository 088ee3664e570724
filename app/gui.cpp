#include "backup/backupactions.h"
#include "engine.h"
#include "enginebinding.h"
#include "mainwindow.h"
#include "runmodes.h"
#include "trayicon.h"
#include "widgets/messagebanner.h"
#include "wizard/firstrun.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QProcess>

namespace Tidings::App {

int runGui(const QString &dataDir, SecretStore &secrets, const std::optional<Error> &startupProblem, bool minimized)
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
    const auto restartLater = [&restart, &window] {
        restart = true;
        window.quit();
    };
    QObject::connect(window.backupActions(), &Ui::BackupActions::restartRequested, &window, restartLater);
    QObject::connect(&window, &Ui::MainWindow::restartRequested, &window, restartLater);
    auto *tray = new Ui::TrayIcon(&window); // the window's child
    tray->setEngine(&engine);
    if (Ui::TrayIcon::available()) {
        // Closing the window leaves Tidings running in the tray; Quit ends it.
        QApplication::setQuitOnLastWindowClosed(false);
        tray->show();
    }
    if (!minimized) {
        window.show();
    } else if (!Ui::TrayIcon::available()) {
        window.showMinimized(); // without a tray, the task bar is where it can be found again
    }
    if (!minimized) {
        // The first start: nothing set up yet, so the owner is guided through it (once; Help has it again).
        QObject::connect(
            &engine, &Engine::started, &window,
            [&engine, &window] {
                if (Ui::FirstRun::isDue(engine)) {
                    window.showGettingStarted();
                }
            },
            Qt::SingleShotConnection);
    }
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
