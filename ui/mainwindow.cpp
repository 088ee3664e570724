#include "mainwindow.h"

#include "backup/backupactions.h"
#include "channels/channelspage.h"
#include "connections/connectionspage.h"
#include "credentials/credentialspage.h"
#include "delay/delaydetectiondialog.h"
#include "diagnostics/diagnosticreport.h"
#include "diagnostics/logviewerdialog.h"
#include "diagnostics/versions.h"
#include "engine.h"
#include "inventory/inventorymessagesdialog.h"
#include "inventory/inventorypage.h"
#include "language/languagemenu.h"
#include "monitor/activitystrip.h"
#include "monitor/monitorpage.h"
#include "quiethours/quiethoursdialog.h"
#include "store/inventoryqueries.h"
#include "store/previewqueries.h"
#include "templates/templatespage.h"
#include "testmode/testmodecontroller.h"
#include "widgets/messagebanner.h"
#include "wizard/gettingstartedwizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int PageTitleRole = Qt::UserRole; // a navigation item's title without its badge
constexpr int InventoryRefreshMs = 500;     // ingested events refresh the Inventory page at most this often

QString geometryKey()
{
    return u"window/geometry"_s;
}

QString monitorStateKey()
{
    return u"window/monitorState"_s;
}

} // namespace

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Tidings"));

    m_banner = new MessageBanner(this);
    m_backup = new BackupActions(dataDir, this, m_banner);
    m_testMode = new TestModeController(this);
    m_signInBanner = new MessageBanner(this);
    m_signInBanner->setObjectName(u"signInBanner"_s);
    m_signInBanner->setAction(tr("Sign &In Again…"));
    connect(m_signInBanner, &MessageBanner::actionTriggered, this, &MainWindow::signInAgain);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // Wide enough for the longest page name beside its icon, and never narrower than before.
    int titleWidth = 0;
    for (const QString &title :
         {tr("Monitor"), tr("Connections"), tr("Channels"), tr("Credentials"), tr("Templates"), tr("Inventory")}) {
        titleWidth = std::max(titleWidth, fontMetrics().horizontalAdvance(title));
    }
    m_navigation->setFixedWidth(
        std::max(fontMetrics().horizontalAdvance(u'M') * 10, titleWidth + 22 + fontMetrics().averageCharWidth() * 6));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);

    auto db = Database::open(dataDir, u"monitor"_s);
    if (db) {
        m_db.emplace(std::move(db).value());
        m_queries = std::make_unique<MonitorQueries>(m_db->handle());
        m_monitor = new MonitorPage(m_queries.get(), this);
        m_activity = new ActivityStrip(m_db->handle());
        m_monitor->setActivityStrip(m_activity);
        connect(m_monitor, &MonitorPage::errorOccurred, this, &MainWindow::showError);
        addPage(m_monitor, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Monitor"));
        if (auto loaded = m_monitor->reload(); !loaded) {
            showError(loaded.error());
        }
        m_healthQueries = std::make_unique<SourceHealthQueries>(m_db->handle());
        m_connections = new ConnectionsPage(m_healthQueries.get(), this);
        connect(m_connections, &ConnectionsPage::errorOccurred, this, &MainWindow::showError);
        addPage(m_connections, style()->standardIcon(QStyle::SP_DriveNetIcon), tr("Connections"));
        m_channels = new ChannelsPage(this);
        connect(m_channels, &ChannelsPage::errorOccurred, this, &MainWindow::showError);
        addPage(m_channels, style()->standardIcon(QStyle::SP_CommandLink), tr("Channels"));
        m_credentials = new CredentialsPage(this);
        connect(m_credentials, &CredentialsPage::errorOccurred, this, &MainWindow::showError);
        connect(m_credentials, &CredentialsPage::signInRequested, this, [this](const QString &channelId) {
            showPage(m_pages->indexOf(m_channels));
            m_channels->signInAgain(channelId);
        });
        connect(m_credentials, &CredentialsPage::sourceSignInRequested, this, [this](const QString &sourceId) {
            showPage(m_pages->indexOf(m_connections));
            m_connections->signInAgain(sourceId);
        });
        addPage(m_credentials,
                QIcon::fromTheme(u"dialog-password"_s, style()->standardIcon(QStyle::SP_DialogYesButton)),
                tr("Credentials"));
        m_previewQueries = std::make_unique<PreviewQueries>(m_db->handle());
        m_templates = new TemplatesPage(m_previewQueries.get(), this);
        connect(m_templates, &TemplatesPage::errorOccurred, this, &MainWindow::showError);
        connect(m_templates, &TemplatesPage::noticeShown, this,
                [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Information, message); });
        addPage(m_templates, QIcon::fromTheme(u"text-html"_s, style()->standardIcon(QStyle::SP_FileIcon)),
                tr("Templates"));
        m_inventoryQueries = std::make_unique<InventoryQueries>(m_db->handle());
        m_inventory = new InventoryPage(m_inventoryQueries.get(), this);
        addPage(m_inventory, QIcon::fromTheme(u"package-x-generic"_s, style()->standardIcon(QStyle::SP_DirIcon)),
                tr("Inventory"));
        connect(m_inventory, &InventoryPage::messagesRequested, this,
                [this] { InventoryMessagesDialog::openFor(m_engine, this); });
        m_inventoryRefresh = new QTimer(this);
        m_inventoryRefresh->setSingleShot(true);
        m_inventoryRefresh->setInterval(InventoryRefreshMs);
        connect(m_inventoryRefresh, &QTimer::timeout, this, [this] {
            if (m_inventory->isVisible()) {
                m_inventory->refresh(); // a hidden page reads again when it is shown
            }
        });
    } else {
        addPage(createStoreProblemPage(db.error()), style()->standardIcon(QStyle::SP_MessageBoxCritical),
                tr("Monitor"));
        showError(db.error());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_monitor && m_pages->currentWidget() == m_monitor && m_unseenFailures > 0) {
            m_unseenFailures = 0;
            updateMonitorBadge();
        }
    });
    m_navigation->setCurrentRow(0);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    body->addWidget(separator);
    body->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    central->setObjectName(u"centralWidget"_s);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bannerHolder = new QVBoxLayout;
    bannerHolder->setContentsMargins(8, 8, 8, 0);
    bannerHolder->addWidget(m_banner);
    bannerHolder->addWidget(m_testMode->banner());
    bannerHolder->addWidget(m_signInBanner);
    layout->addLayout(bannerHolder);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey()).toByteArray())) {
        resize(1100, 700);
    }
    if (m_monitor) {
        m_monitor->restoreState(settings.value(monitorStateKey()).toByteArray());
    }
}

MainWindow::~MainWindow()
{
    // The pages read through m_queries; let them go first.
    delete takeCentralWidget();
}

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(PageTitleRole, title); // the text may carry a badge
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
}

QWidget *MainWindow::createStoreProblemPage(const Error &error)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"storeProblem"_s);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(32);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QString text = u"<p><b>"_s + error.message.toHtmlEscaped() + u"</b></p><p>"_s +
                   tr("The Monitor needs the database to show events. Fix the problem above and start Tidings "
                      "again.")
                       .toHtmlEscaped() +
                   u"</p>"_s;
    if (!error.detail.isEmpty()) {
        text += u"<p><small>"_s + error.detail.toHtmlEscaped() + u"</small></p>"_s;
    }
    label->setText(text);
    return label;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_backup->backUpAction());
    file->addAction(m_backup->restoreAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *monitor = view->addAction(tr("&Monitor"));
    monitor->setObjectName(u"showMonitorAction"_s);
    monitor->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(monitor, &QAction::triggered, this, [this] { showPage(0); });
    QAction *connections = view->addAction(tr("&Connections"));
    connections->setObjectName(u"showConnectionsAction"_s);
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connections->setEnabled(m_connections != nullptr);
    connect(connections, &QAction::triggered, this, [this] { showPage(m_pages->indexOf(m_connections)); });
    QAction *channels = view->addAction(tr("C&hannels"));
    channels->setObjectName(u"showChannelsAction"_s);
    channels->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    channels->setEnabled(m_channels != nullptr);
    connect(channels, &QAction::triggered, this, [this] { showPage(m_pages->indexOf(m_channels)); });
    QAction *credentials = view->addAction(tr("C&redentials"));
    credentials->setObjectName(u"showCredentialsAction"_s);
    credentials->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    credentials->setEnabled(m_credentials != nullptr);
    connect(credentials, &QAction::triggered, this, [this] { showPage(m_pages->indexOf(m_credentials)); });
    QAction *templates = view->addAction(tr("&Templates"));
    templates->setObjectName(u"showTemplatesAction"_s);
    templates->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    templates->setEnabled(m_templates != nullptr);
    connect(templates, &QAction::triggered, this, [this] { showPage(m_pages->indexOf(m_templates)); });
    QAction *inventory = view->addAction(tr("&Inventory"));
    inventory->setObjectName(u"showInventoryAction"_s);
    inventory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    inventory->setEnabled(m_inventory != nullptr);
    connect(inventory, &QAction::triggered, this, [this] { showPage(m_pages->indexOf(m_inventory)); });
    view->addSeparator();
    auto *language = new LanguageMenu(this);
    view->addMenu(language);
    connect(language, &LanguageMenu::restartRequested, this, &MainWindow::restartRequested);

    QMenu *sending = menuBar()->addMenu(tr("&Sending"));
    m_pauseAction = sending->addAction(tr("&Pause All Sending"));
    m_pauseAction->setObjectName(u"pauseSendingAction"_s);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAction->setToolTip(tr("Nothing is sent while paused; messages wait and go out when you resume"));
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        if (m_engine && m_engine->isSendingPaused() != paused) {
            m_engine->setSendingPaused(paused);
        }
    });
    sending->addAction(m_testMode->action());
    QAction *delay = sending->addAction(tr("&Delay Detection…"));
    delay->setObjectName(u"delayDetectionAction"_s);
    delay->setToolTip(tr("Tell customers, or your staff, when the carrier has gone quiet about a parcel"));
    connect(delay, &QAction::triggered, this, [this] { DelayDetectionDialog::openFor(m_engine, this); });
    QAction *inventoryMessages = sending->addAction(tr("Inventory &Messages…"));
    inventoryMessages->setObjectName(u"inventoryMessagesMenuAction"_s);
    inventoryMessages->setToolTip(tr("Tell your team when a product runs low or out, and customers when it is back "
                                     "or their order waits for it"));
    connect(inventoryMessages, &QAction::triggered, this, [this] { InventoryMessagesDialog::openFor(m_engine, this); });
    QAction *quietHours = sending->addAction(tr("&Quiet Hours…"));
    quietHours->setObjectName(u"quietHoursAction"_s);
    quietHours->setToolTip(tr("Hold text and Slack messages through the night, and alert your staff on Slack when "
                              "a message fails for good"));
    connect(quietHours, &QAction::triggered, this, [this] { QuietHoursDialog::openFor(m_engine, this); });
    m_resendInterruptedAction = sending->addAction(tr("Resend &Interrupted Messages Automatically"));
    m_resendInterruptedAction->setObjectName(u"resendInterruptedAction"_s);
    m_resendInterruptedAction->setCheckable(true);
    m_resendInterruptedAction->setToolTip(
        tr("A message Tidings was sending when it stopped may have gone out. Off: it is marked uncertain for you to "
           "decide in the Monitor. On: it is sent again at the next start, and may arrive twice."));
    connect(m_resendInterruptedAction, &QAction::toggled, this, [this](bool resend) {
        if (!m_engine || m_engine->resendsInterruptedAutomatically() == resend) {
            return;
        }
        if (const Status saved = m_engine->setResendInterruptedAutomatically(resend); !saved) {
            const QSignalBlocker block(m_resendInterruptedAction);
            m_resendInterruptedAction->setChecked(!resend);
            showError(saved.error());
        }
    });
    updateSendingActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *gettingStarted = help->addAction(tr("&Getting Started…"));
    gettingStarted->setObjectName(u"gettingStartedAction"_s);
    connect(gettingStarted, &QAction::triggered, this, &MainWindow::showGettingStarted);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setObjectName(u"shortcutsAction"_s);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *log = help->addAction(tr("&Log and Diagnostic Report"));
    log->setObjectName(u"showLogAction"_s);
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(log, &QAction::triggered, this, &MainWindow::showLog);
    QAction *about = help->addAction(tr("&About Tidings"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showLog()
{
    if (auto *open = findChild<LogViewerDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    const auto report = [this] {
        LogBook *log = LogBook::current();
        return diagnosticReport(m_engine ? m_engine->config() : AppConfig(), m_dataDir,
                                log ? log->entries() : QList<LogEntry>());
    };
    auto *dialog = new LogViewerDialog(LogBook::current(), report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages->count()) {
        return;
    }
    m_navigation->setCurrentRow(index);
    m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::onNotificationFailed()
{
    if (m_monitor && m_pages->currentWidget() == m_monitor && isVisible() && !isMinimized()) {
        return; // the owner is looking at it
    }
    ++m_unseenFailures;
    updateMonitorBadge();
}

void MainWindow::updateMonitorBadge()
{
    const int index = m_monitor ? m_pages->indexOf(m_monitor) : -1;
    QListWidgetItem *item = index >= 0 ? m_navigation->item(index) : nullptr;
    if (!item) {
        return;
    }
    const QString title = item->data(PageTitleRole).toString();
    // Short enough for the navigation column; the tooltip and the accessible name say what it counts.
    item->setText(m_unseenFailures > 0 ? tr("%1 (%2)").arg(title).arg(m_unseenFailures) : title);
    const QString why =
        m_unseenFailures > 0
            ? tr("%n message(s) could not be sent since you last looked at the Monitor", nullptr, m_unseenFailures)
            : QString();
    item->setToolTip(why);
    item->setData(Qt::AccessibleDescriptionRole, why);
    QFont font = item->font();
    font.setBold(m_unseenFailures > 0);
    item->setFont(font);
}

void MainWindow::updateSendingActions()
{
    const QSignalBlocker pause(m_pauseAction);
    const QSignalBlocker resend(m_resendInterruptedAction);
    m_pauseAction->setEnabled(m_engine != nullptr);
    m_pauseAction->setChecked(m_engine && m_engine->isSendingPaused());
    m_resendInterruptedAction->setEnabled(m_engine != nullptr);
    m_resendInterruptedAction->setChecked(m_engine && m_engine->resendsInterruptedAutomatically());
}

void MainWindow::setEngine(Engine *engine)
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
    }
    m_engine = engine;
    m_testMode->setEngine(engine);
    if (engine) {
        connect(engine, &Engine::channelNeedsSignIn, this, &MainWindow::updateSignInBanner);
        connect(engine, &Engine::channelSignInRestored, this, &MainWindow::updateSignInBanner);
        connect(engine, &Engine::channelsChanged, this, &MainWindow::updateSignInBanner);
        connect(engine, &Engine::sendingPausedChanged, this, &MainWindow::updateSendingActions);
        connect(engine, &Engine::notificationFailed, this, &MainWindow::onNotificationFailed);
    }
    updateSendingActions();
    updateSignInBanner();
    if (m_monitor) {
        m_monitor->setEngine(engine);
    }
    if (m_connections) {
        m_connections->setEngine(engine);
    }
    if (m_channels) {
        m_channels->setEngine(engine);
    }
    if (m_credentials) {
        m_credentials->setEngine(engine);
    }
    if (m_templates) {
        m_templates->setEngine(engine);
    }
    if (m_inventory && engine) {
        // The history names each change's connection as the owner named it.
        const auto names = [this] {
            QHash<QString, QString> byId;
            for (const SourceConfig &source : m_engine->config().sources) {
                byId.insert(source.id, source.name.isEmpty() ? source.id : source.name);
            }
            m_inventory->setSourceNames(byId);
        };
        names();
        connect(engine, &Engine::sourcesChanged, this, names);
    }
}

QList<ShortcutEntry> MainWindow::shortcuts() const
{
    // Where an action works: the page it belongs to, or everywhere for the window's own.
    const auto whereOf = [this](const QAction *action) -> std::pair<int, QString> {
        for (QObject *owner = action->parent(); owner; owner = owner->parent()) {
            auto *widget = qobject_cast<QWidget *>(owner);
            const int index = widget ? m_pages->indexOf(widget) : -1;
            if (index >= 0) {
                return {index + 1, m_navigation->item(index)->data(PageTitleRole).toString()};
            }
        }
        return {0, tr("Everywhere")};
    };
    QList<std::pair<int, ShortcutEntry>> found;
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->isSeparator()) {
            continue;
        }
        const auto [order, where] = whereOf(action);
        found.append({order, ShortcutEntry{where, action->text().remove(u'&').remove(u'…'), action->shortcut()}});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ShortcutEntry> entries;
    for (const auto &entry : std::as_const(found)) {
        entries.append(entry.second);
    }
    return entries;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcuts(), this);
    dialog.exec();
}

QString MainWindow::aboutText() const
{
    QString rows;
    for (const ComponentVersion &component : componentVersions()) {
        rows += u"<tr><td>"_s + component.name.toHtmlEscaped() + u"</td><td>&nbsp;&nbsp;"_s +
                component.version.toHtmlEscaped() + u"</td></tr>"_s;
    }
    return u"<h3>"_s + tr("Tidings %1").arg(QStringLiteral(TIDINGS_VERSION)).toHtmlEscaped() + u"</h3><p>"_s +
           tr("Tells your customers about their orders: when your shop reports a new order, a shipment or a "
              "delivery, Tidings sends a message in your shop's style and shows you what happened to it.")
               .toHtmlEscaped() +
           u"</p><p>"_s + tr("Runs on:").toHtmlEscaped() + u"</p><table>"_s + rows + u"</table>"_s;
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About Tidings"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    QPushButton *copy = box.addButton(tr("&Copy Versions"), QMessageBox::ActionRole);
    copy->setToolTip(tr("Copies these versions, to paste into a message to support"));
    box.addButton(QMessageBox::Close);
    // The copy button must not close the box.
    copy->disconnect();
    connect(copy, &QPushButton::clicked, &box, [] { QGuiApplication::clipboard()->setText(componentVersionsText()); });
    box.exec();
}

void MainWindow::onEventsIngested(const QList<qint64> &eventIds)
{
    if (m_monitor) {
        m_monitor->eventsIngested(eventIds);
        m_activity->scheduleRefresh();
    }
    if (m_connections) {
        m_connections->eventsIngested(eventIds);
    }
    // Not restarted by each batch: a steady stream of events still refreshes it twice a second.
    if (m_inventoryRefresh && !m_inventoryRefresh->isActive()) {
        m_inventoryRefresh->start();
    }
}

void MainWindow::onNotificationsChanged(const QList<qint64> &eventIds)
{
    if (m_monitor) {
        m_monitor->eventsChanged(eventIds);
        m_activity->scheduleRefresh();
    }
}

void MainWindow::updateSignInBanner()
{
    const QHash<QString, Error> waiting = m_engine ? m_engine->channelsNeedingSignIn() : QHash<QString, Error>();
    if (waiting.isEmpty()) {
        m_signInChannelId.clear();
        m_signInBanner->hide();
        return;
    }
    // The one named stays the same while it waits, so the button does not jump between channels.
    if (!waiting.contains(m_signInChannelId)) {
        QStringList ids = waiting.keys();
        std::sort(ids.begin(), ids.end());
        m_signInChannelId = ids.constFirst();
    }
    const Error why = waiting.value(m_signInChannelId);
    QString text = tr("%1 Its messages wait and go out once you have signed in.").arg(why.message);
    if (waiting.size() > 1) {
        text += u' ' + tr("%n more channel(s) need signing in too: see Channels.", nullptr,
                          static_cast<int>(waiting.size() - 1));
    }
    m_signInBanner->showMessage(MessageBanner::Kind::Error, text, why.detail);
}

void MainWindow::signInAgain()
{
    if (!m_channels || m_signInChannelId.isEmpty()) {
        return;
    }
    showPage(m_pages->indexOf(m_channels));
    m_channels->signInAgain(m_signInChannelId);
}

void MainWindow::showError(const Tidings::Error &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message, error.detail);
}

void MainWindow::setWebhookAddress(const QString &url)
{
    if (m_monitor) {
        m_monitor->setWebhookAddress(url);
    }
    if (m_connections) {
        m_connections->setWebhookAddress(url);
    }
}

void MainWindow::showMonitor()
{
    showPage(0);
}

GettingStartedWizard *MainWindow::showGettingStarted()
{
    if (auto *open = findChild<GettingStartedWizard *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *wizard = new GettingStartedWizard(m_engine, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void MainWindow::quit()
{
    m_quitting = true;
    if (!close()) {
        m_quitting = false;
        return;
    }
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_keepRunningInTray && !m_quitting) {
        // Tidings goes on receiving and sending; the tray icon brings the window back.
        event->ignore();
        hide();
        emit hiddenToTray();
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    if (m_monitor) {
        settings.setValue(monitorStateKey(), m_monitor->saveState());
    }
    QMainWindow::closeEvent(event);
}

} // namespace Tidings::Ui
