#include "trayicon.h"

#include "engine.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

#include <utility>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

TrayIcon::TrayIcon(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu(window))
{
    setObjectName(u"trayIcon"_s);
    m_icon->setIcon(QApplication::windowIcon());
    m_open = m_menu->addAction(tr("&Open Tidings"));
    m_open->setObjectName(u"trayOpenAction"_s);
    m_monitor = m_menu->addAction(tr("&Monitor"));
    m_monitor->setObjectName(u"trayMonitorAction"_s);
    m_menu->addSeparator();
    m_pause = m_menu->addAction(tr("&Pause All Sending"));
    m_pause->setObjectName(u"trayPauseAction"_s);
    m_pause->setCheckable(true);
    m_pause->setEnabled(false);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit Tidings"));
    m_quit->setObjectName(u"trayQuitAction"_s);
    m_icon->setContextMenu(m_menu);

    connect(m_open, &QAction::triggered, this, &TrayIcon::openWindow);
    connect(m_monitor, &QAction::triggered, this, [this] {
        openWindow();
        if (m_window) {
            m_window->showMonitor();
        }
    });
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (m_engine && m_engine->isSendingPaused() != paused) {
            m_engine->setSendingPaused(paused);
        }
    });
    connect(m_quit, &QAction::triggered, this, [this] {
        if (m_window) {
            m_window->quit();
        }
    });
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            openWindow();
        }
    });
    updateStatus();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setEngine(Engine *engine)
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
    }
    m_engine = engine;
    if (engine) {
        connect(engine, &Engine::sendingPausedChanged, this, &TrayIcon::updateStatus);
        connect(engine, &Engine::channelSignInRestored, this, &TrayIcon::updateStatus);
        connect(engine, &Engine::channelNeedsSignIn, this, [this](const QString &channelId, const Error &why) {
            updateStatus();
            QString name = channelId;
            if (const ChannelConfig *channel = m_engine->config().channel(channelId)) {
                name = channel->name;
            }
            notify(tr("“%1” needs signing in again").arg(name), why.message);
        });
        connect(engine, &Engine::notificationFailed, this,
                [this](qint64, const QString &, const QString &recipient, const QString &reason) {
                    // An outage fails many at once: one message for the burst, from the event loop.
                    if (m_failures.isEmpty()) {
                        QTimer::singleShot(0, this, &TrayIcon::announceFailures);
                    }
                    m_failures.append({recipient, reason});
                });
    }
    updateStatus();
}

void TrayIcon::show()
{
    if (m_window) {
        m_window->setKeepRunningInTray(available());
    }
    if (available()) {
        m_icon->show();
    }
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::updateStatus()
{
    QString state;
    const bool paused = m_engine && m_engine->isSendingPaused();
    const qsizetype waiting = m_engine ? m_engine->channelsNeedingSignIn().size() : 0;
    if (!m_engine) {
        state = tr("starting");
    } else if (paused) {
        state = tr("sending is paused");
    } else if (waiting > 0) {
        state = tr("%n channel(s) need signing in", nullptr, static_cast<int>(waiting));
    } else {
        state = tr("receiving orders and sending messages");
    }
    m_icon->setToolTip(tr("Tidings: %1").arg(state));
    m_pause->setEnabled(m_engine != nullptr);
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
}

void TrayIcon::announceFailures()
{
    const QList<std::pair<QString, QString>> failures = std::exchange(m_failures, {});
    if (failures.size() == 1) {
        notify(tr("A message to %1 could not be sent").arg(failures.first().first), failures.first().second);
    } else if (!failures.isEmpty()) {
        notify(tr("%n message(s) could not be sent", nullptr, int(failures.size())),
               tr("The Monitor shows them under Show: Failed or uncertain, with why. You can resend them there."));
    }
}

void TrayIcon::notify(const QString &title, const QString &text)
{
    m_lastMessage = title + u": "_s + text;
    if (m_icon->isVisible()) {
        m_icon->showMessage(title, text, QSystemTrayIcon::Warning);
    }
}

void TrayIcon::openWindow()
{
    if (!m_window) {
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace Tidings::Ui
