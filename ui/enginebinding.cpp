#include "enginebinding.h"

#include "engine.h"
#include "mainwindow.h"

namespace Tidings::Ui {

void bindEngine(Engine &engine, MainWindow &window)
{
    window.setEngine(&engine);
    QObject::connect(&engine, &Engine::eventsIngested, &window, &MainWindow::onEventsIngested);
    QObject::connect(&engine, &Engine::notificationsChanged, &window, &MainWindow::onNotificationsChanged);
    QObject::connect(&engine, &Engine::startFailed, &window, &MainWindow::showError);
    QObject::connect(&engine, &Engine::problem, &window, &MainWindow::showError);
    QObject::connect(&engine, &Engine::started, &window,
                     [&engine, &window] { window.setWebhookAddress(engine.webhookUrl()); });
}

} // namespace Tidings::Ui
