#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

class MainWindow;

// Tidings in the system tray: its state in the tooltip (running, sending paused, accounts that need signing in),
// a message when an account needs signing in, and quick actions: Open Tidings, Monitor, Pause All Sending, Quit.
// While it is shown, closing the window leaves Tidings running here.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(MainWindow *window);
    ~TrayIcon() override;

    // Whether the desktop has a tray to show it in.
    static bool available();

    void setEngine(Engine *engine);
    // Shows the icon (where there is a tray) and lets closing the window keep Tidings running.
    void show();

    QString toolTip() const;

    QMenu *menu() const { return m_menu; }

    QAction *openAction() const { return m_open; }

    QAction *monitorAction() const { return m_monitor; }

    QAction *pauseAction() const { return m_pause; }

    QAction *quitAction() const { return m_quit; }

    // The last message shown as a notification (for tests; the desktop shows it).
    QString lastMessage() const { return m_lastMessage; }

private:
    void updateStatus();
    void notify(const QString &title, const QString &text);
    void announceFailures();
    void openWindow();

    QPointer<MainWindow> m_window;
    Engine *m_engine = nullptr;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_monitor;
    QAction *m_pause;
    QAction *m_quit;
    QString m_lastMessage;
    QList<std::pair<QString, QString>> m_failures; // recipient and why, not announced yet
};

} // namespace Tidings::Ui
