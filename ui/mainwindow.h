#pragma once

#include "model/error.h"
#include "shortcutsdialog.h"
#include "store/database.h"
#include "store/monitorqueries.h"
#include "store/sourcehealthqueries.h"

#include <QList>
#include <QMainWindow>

#include <memory>
#include <optional>

class QListWidget;
class QStackedWidget;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

class BackupActions;
class ChannelsPage;
class ConnectionsPage;
class MessageBanner;
class MonitorPage;

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

    MessageBanner *messageBanner() const { return m_banner; }

    // File → Back up data / Restore from backup.
    BackupActions *backupActions() const { return m_backup; }

    // What Help → About shows: what Tidings is, and the versions it runs on.
    QString aboutText() const;

    // Every keyboard shortcut of the window, grouped by the page it works on (the window's own first).
    QList<ShortcutEntry> shortcuts() const;

    // The running pipeline, for the pages that change it (Connections). Set by bindEngine().
    void setEngine(Engine *engine);

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

    // Declared before the queries: destroyed after them.
    std::optional<Database> m_db;
    std::unique_ptr<MonitorQueries> m_queries;
    std::unique_ptr<SourceHealthQueries> m_healthQueries;

    MessageBanner *m_banner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    MonitorPage *m_monitor = nullptr;
    ConnectionsPage *m_connections = nullptr;
    ChannelsPage *m_channels = nullptr;
    BackupActions *m_backup = nullptr;
};

} // namespace Tidings::Ui
