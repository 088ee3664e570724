#include "engine.h"
#include "mainwindow.h"
#include "runmodes.h"

#include <QApplication>

namespace Tidings::App {

int runGui(const QString &dataDir, SecretStore &secrets)
{
    Engine engine(dataDir, &secrets);
    Ui::MainWindow window(dataDir);
    QObject::connect(&engine, &Engine::eventsIngested, &window, &Ui::MainWindow::onEventsIngested);
    QObject::connect(&engine, &Engine::notificationsChanged, &window, &Ui::MainWindow::onNotificationsChanged);
    QObject::connect(&engine, &Engine::startFailed, &window, &Ui::MainWindow::showError);
    QObject::connect(&engine, &Engine::problem, &window, &Ui::MainWindow::showError);
    QObject::connect(&engine, &Engine::started, &window,
                     [&engine, &window] { window.setWebhookAddress(engine.webhookUrl()); });
    window.show();
    engine.start();
    const int code = QApplication::exec();
    engine.stop();
    return code;
}

} // namespace Tidings::App
