#pragma once

#include "model/error.h"
#include "shortcutsdialog.h"
#include "store/database.h"
#include "store/inventoryqueries.h"
#include "store/monitorqueries.h"
#include "store/previewqueries.h"
#include "store/sourcehealthqueries.h"

#include <QList>
#include <QMainWindow>

#include <memory>
#include <optional>

class QListWidget;
class QStackedWidget;
class QTimer;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

class ActivityStrip;
class BackupActions;
class ChannelsPage;
class ConnectionsPage;
class CredentialsPage;
class GettingStartedWizard;
class InventoryPage;
class MessageBanner;
class MonitorPage;
class TemplatesPage;
class TestModeController;

// The one window: a navigation list on the left, the selected page on the right, and a banner across
// the top for errors. It reads the store through its own connection and is told of changes by the
// engine through its public slots (queued connections from other threads are fine).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Opens a read connection to the store in `dataDir`; if that fails the window says why.
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Null when the store could not be opened.
    MonitorPage *monitorPage() const { return m_monitor; }

    // Null when the store could not be opened.
    ConnectionsPage *connectionsPage() const { return m_connections; }

    // Null when the store could not be opened.
    ChannelsPage *channelsPage() const { return m_channels; }

    // Null when the store could not be opened.
    CredentialsPage *credentialsPage() const { return m_credentials; }

    // Null when the store could not be opened.
    TemplatesPage *templatesPage() const { return m_templates; }

    // Null when the store could not be opened.
    InventoryPage *inventoryPage() const { return m_inventory; }

    MessageBanner *messageBanner() const { return m_banner; }

    // Stays while a channel's account needs signing in again (Engine::channelsNeedingSignIn), with the button
    // that starts it. Other messages do not replace it.
    MessageBanner *signInBanner() const { return m_signInBanner; }

    // Sending → Test Mode… and the banner that stays while test mode is on.
    TestModeController *testMode() const { return m_testMode; }

    // File → Back up data / Restore from backup.
    BackupActions *backupActions() const { return m_backup; }

    // What Help → About shows: what Tidings is, and the versions it runs on.
    QString aboutText() const;

    // Every keyboard shortcut of the window, grouped by the page it works on (the window's own first).
    QList<ShortcutEntry> shortcuts() const;

    // The running pipeline, for the pages that change it (Connections). Set by bindEngine().
    void setEngine(Engine *engine);

    // True while Tidings has a tray icon: closing the window then hides it and Tidings keeps running (once, the
    // tray says so). File → Quit always quits.
    void setKeepRunningInTray(bool keep) { m_keepRunningInTray = keep; }

    bool keepsRunningInTray() const { return m_keepRunningInTray; }

    void showMonitor();
    // Help → Getting Started… and the first start: opens the Getting Started wizard (or brings it forward).
    GettingStartedWizard *showGettingStarted();
    // Saves the window's layout and ends Tidings (File → Quit, the tray's Quit).
    void quit();

signals:
    // The window was closed while Tidings keeps running in the tray.
    void hiddenToTray();
    // The owner asked for a restart (a new language): quit, then start again.
    void restartRequested();

public slots:
    // New raw_events rows were committed.
    void onEventsIngested(const QList<qint64> &eventIds);
    // Notifications (or their delivery attempts) of these raw_events changed.
    void onNotificationsChanged(const QList<qint64> &eventIds);
    void showError(const Tidings::Error &error);
    void setWebhookAddress(const QString &url);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addPage(QWidget *page, const QIcon &icon, const QString &title);
    void showPage(int index);
    QWidget *createStoreProblemPage(const Error &error);
    void showAbout();
    void showShortcuts();
    void updateSignInBanner();
    void updateSendingActions();
    // A message failed for good: counted on the Monitor's navigation item until the owner looks at the Monitor.
    void onNotificationFailed();
    void updateMonitorBadge();
    void showLog();
    void signInAgain();

    QString m_dataDir;
    bool m_keepRunningInTray = false;
    bool m_quitting = false;
    // Declared before the queries: destroyed after them.
    std::optional<Database> m_db;
    std::unique_ptr<MonitorQueries> m_queries;
    std::unique_ptr<SourceHealthQueries> m_healthQueries;
    std::unique_ptr<PreviewQueries> m_previewQueries;
    std::unique_ptr<InventoryQueries> m_inventoryQueries;

    Engine *m_engine = nullptr;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_signInBanner = nullptr;
    TestModeController *m_testMode = nullptr;
    QString m_signInChannelId; // the channel the sign-in banner's button is for
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    MonitorPage *m_monitor = nullptr;
    ActivityStrip *m_activity = nullptr; // the Monitor's header strip
    ConnectionsPage *m_connections = nullptr;
    ChannelsPage *m_channels = nullptr;
    CredentialsPage *m_credentials = nullptr;
    TemplatesPage *m_templates = nullptr;
    InventoryPage *m_inventory = nullptr;
    // Ingested events (stock updates among them) refresh the Inventory page at most this often, not per event.
    QTimer *m_inventoryRefresh = nullptr;
    int m_unseenFailures = 0;                     // failed since the owner last looked at the Monitor
    QAction *m_pauseAction = nullptr;             // Sending → Pause All Sending
    QAction *m_resendInterruptedAction = nullptr; // Sending → Resend Interrupted Messages Automatically
    BackupActions *m_backup = nullptr;
};

} // namespace Tidings::Ui
