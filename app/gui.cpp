#include "engine.h"
#include "enginebinding.h"
#include "mainwindow.h"
#include "runmodes.h"

#include <QApplication>

namespace Tidings::App {

int runGui(const QString &dataDir, SecretStore &secrets)
{
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
