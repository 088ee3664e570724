#include "engine.h"
#include "enginebinding.h"
#include "mainwindow.h"
#include "runmodes.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>

namespace Tidings::App {

int runGui(const QString &dataDir, SecretStore &secrets)
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
    window.show();
    engine.start();
    const int code = QApplication::exec();
    engine.stop();
    return code;
}

} // namespace Tidings::App
