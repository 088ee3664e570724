#include "connections/connectionspage.h"
#include "gui/monitorfixture.h"
#include "inventory/inventorypage.h"
#include "inventory/productsmodel.h"
#include "mainwindow.h"
#include "monitor/monitormodel.h"
#include "monitor/monitorpage.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Ui;
using Tidings::Test::EventSpec;
using Tidings::Test::MonitorFixture;

namespace {

const QString WebhookUrl = u"http://127.0.0.1:8787/hooks/corner-shop"_s;

template <typename T>
T *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found) {
        qWarning("no child %s", qPrintable(name));
    }
    return found;
}

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStore_explainsWhereEventsComeFrom();
    void window_hasTitleDefaultSizeMenusAndOnlyWorkingPages();
    void eventsIngested_rowAppearsInTable();
    void eventsIngested_inventoryShowsTheNewStock();
    void selectingRow_detailsShowPayloadNotificationAndAttempt();
    void duplicate_detailsSayNothingWasSent();
    void notificationsChanged_updatesRowAndOpenDetails();
    void liveInsert_keepsSelectionAndDetails();
    void liveInsert_whenScrolledDown_keepsVisibleRowsStill();
    void search_hidesRowsThatDoNotMatch();
    void stateFilter_showsOnlyFailed();
    void showError_showsDismissibleBanner();
    void ctrlF_focusesSearch_enterFocusesDetails_tabReachesDetails();
    void geometry_isRememberedAcrossWindows();
    void storeCannotOpen_windowSaysWhy();
    void about_namesTheVersionsItRunsOn();
    void shortcuts_listEveryShortcutByPage();

private:
    qint64 addOrder(const QString &number, const QString &state, const QByteArray &body = "{}");
    QTableView *table() const;

    std::unique_ptr<MonitorFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TidingsTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void tst_MainWindow::init()
{
    m_fixture = std::make_unique<MonitorFixture>();
    QVERIFY(m_fixture->isValid());
    m_window = std::make_unique<MainWindow>(m_fixture->dataDir());
    m_window->setWebhookAddress(WebhookUrl);
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

qint64 tst_MainWindow::addOrder(const QString &number, const QString &state, const QByteArray &body)
{
    EventSpec spec;
    spec.orderNumber = number;
    spec.customer = u"Customer "_s + number;
    spec.summary = u"Order "_s + number + u" placed"_s;
    spec.body = body;
    spec.duplicate = state.isEmpty();
    const qint64 id = m_fixture->addEvent(spec);
    if (!state.isEmpty()) {
        m_fixture->addNotification(id, state, u"buyer"_s + number + u"@example.com"_s);
    }
    return id;
}

QTableView *tst_MainWindow::table() const
{
    return child<QTableView>(*m_window, u"monitorTable"_s);
}

void tst_MainWindow::emptyStore_explainsWhereEventsComeFrom()
{
    m_window->show();
    auto *empty = child<QLabel>(*m_window, u"monitorEmptyState"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY(empty->text().contains(WebhookUrl));
    auto *status = child<QLabel>(*m_window, u"monitorStatusLine"_s);
    QVERIFY(status->text().contains(u"Listening on "_s + WebhookUrl));
}

void tst_MainWindow::window_hasTitleDefaultSizeMenusAndOnlyWorkingPages()
{
    QCOMPARE(m_window->windowTitle(), u"Tidings"_s);
    auto *navigation = child<QListWidget>(*m_window, u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 6);
    QCOMPARE(navigation->item(0)->text(), u"Monitor"_s);
    QCOMPARE(navigation->item(1)->text(), u"Connections"_s);
    QCOMPARE(navigation->item(2)->text(), u"Channels"_s);
    QCOMPARE(navigation->item(3)->text(), u"Credentials"_s);
    QCOMPARE(navigation->item(4)->text(), u"Templates"_s);
    QCOMPARE(navigation->item(5)->text(), u"Inventory"_s);
    QVERIFY(!navigation->item(0)->icon().isNull());
    QVERIFY(!navigation->item(1)->icon().isNull());
    auto *quit = child<QAction>(*m_window, u"quitAction"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(u"Ctrl+Q"_s));
    auto *monitor = child<QAction>(*m_window, u"showMonitorAction"_s);
    QVERIFY(monitor);
    QCOMPARE(monitor->shortcut(), QKeySequence(u"Ctrl+1"_s));
    auto *connections = child<QAction>(*m_window, u"showConnectionsAction"_s);
    QVERIFY(connections);
    QCOMPARE(connections->shortcut(), QKeySequence(u"Ctrl+2"_s));
    connections->trigger();
    QCOMPARE(navigation->currentRow(), 1);
    // Without a running engine nothing can be added yet, but the page is there.
    QVERIFY(m_window->connectionsPage());
    QVERIFY(!m_window->connectionsPage()->addSourceAction()->isEnabled());
    auto *inventory = child<QAction>(*m_window, u"showInventoryAction"_s);
    QVERIFY(inventory);
    QCOMPARE(inventory->shortcut(), QKeySequence(u"Ctrl+6"_s));
    inventory->trigger();
    QCOMPARE(navigation->currentRow(), 5);
    QVERIFY(m_window->inventoryPage());
    monitor->trigger();
    QCOMPARE(navigation->currentRow(), 0);
    QVERIFY(child<QAction>(*m_window, u"aboutAction"_s));
}

void tst_MainWindow::eventsIngested_rowAppearsInTable()
{
    m_window->show();
    const qint64 id = addOrder(u"#1042"_s, u"queued"_s);
    m_window->onEventsIngested({id});
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QTRY_VERIFY(table()->isVisible());
    QCOMPARE(table()->model()->index(0, MonitorModel::Order).data().toString(), u"#1042"_s);
    auto *status = child<QLabel>(*m_window, u"monitorStatusLine"_s);
    QVERIFY2(status->text().contains(u"1 event"_s), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"1 waiting"_s), qPrintable(status->text()));
}

void tst_MainWindow::eventsIngested_inventoryShowsTheNewStock()
{
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *navigation = child<QListWidget>(*m_window, u"navigation"_s);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(navigation->currentRow(), 5);
    InventoryPage *page = m_window->inventoryPage();
    QVERIFY(page && page->isVisible());
    QVERIFY(page->emptyState()->isVisible());
    // What the ingest writer stores for a stock update, then tells the window of.
    QSqlQuery insert(m_fixture->db());
    QVERIFY(insert.exec(u"INSERT INTO products(product_key, sku, name, available, status, updated_at)"
                        " VALUES('MUG-01', 'MUG-01', 'Enamel mug', 3, 'low_stock', 1718000000000)"_s));
    const qint64 id = addOrder(u"#1042"_s, u"queued"_s);
    m_window->onEventsIngested({id});
    m_window->onEventsIngested({id}); // a second batch before the refresh: still one
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QVERIFY(page->table()->isVisible());
    QCOMPARE(page->model()->index(0, ProductsModel::InStock).data().toString(), u"3"_s);
}

void tst_MainWindow::selectingRow_detailsShowPayloadNotificationAndAttempt()
{
    const qint64 id = addOrder(u"#1042"_s, {}, R"({"id":1042,"email":"jo@example.com"})");
    const qint64 n = m_fixture->addNotification(id, u"sent"_s, u"jo@example.com"_s, 2);
    m_fixture->addAttempt(n, 1, u"retrying"_s, 503, QString(), u"The provider is busy; trying again soon."_s,
                          u"Service Unavailable"_s);
    m_fixture->addAttempt(n, 2, u"accepted"_s, 202, u"sg-msg-77"_s, QString(), u"{\"message\":\"success\"}"_s);
    m_window->onEventsIngested({id});
    m_window->show();
    QTRY_COMPARE(table()->model()->rowCount(), 1);

    table()->selectRow(0);
    auto *payload = child<QPlainTextEdit>(*m_window, u"detailsPayload"_s);
    auto *messages = child<QTextBrowser>(*m_window, u"detailsMessages"_s);
    auto *headers = child<QPlainTextEdit>(*m_window, u"detailsHeaders"_s);
    QVERIFY(payload && messages && headers);
    QTRY_VERIFY(payload->toPlainText().contains(u"\"email\": \"jo@example.com\""_s));
    QVERIFY(payload->isReadOnly());
    QVERIFY(headers->toPlainText().contains(u"Content-Type: application/json"_s));
    const QString text = messages->toPlainText();
    QVERIFY2(text.contains(u"order_confirmed"_s), qPrintable(text));
    QVERIFY2(text.contains(u"jo@example.com"_s), qPrintable(text));
    QVERIFY2(text.contains(u"HTTP 202"_s), qPrintable(text));
    QVERIFY2(text.contains(u"HTTP 503"_s), qPrintable(text));
    QVERIFY2(text.contains(u"sg-msg-77"_s), qPrintable(text));
    QVERIFY2(text.contains(u"The provider is busy; trying again soon."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Service Unavailable"_s), qPrintable(text));
    QCOMPARE(child<QLabel>(*m_window, u"detailsSummary"_s)->text(), u"Order #1042 placed"_s);
}

void tst_MainWindow::duplicate_detailsSayNothingWasSent()
{
    const qint64 id = addOrder(u"#7"_s, {});
    m_window->onEventsIngested({id});
    m_window->show();
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, MonitorModel::Status).data().toString(), u"Duplicate — nothing sent"_s);
    table()->selectRow(0);
    QTRY_VERIFY(child<QTextBrowser>(*m_window, u"detailsMessages"_s)->toPlainText().contains(u"nothing"_s));
}

void tst_MainWindow::notificationsChanged_updatesRowAndOpenDetails()
{
    const qint64 id = addOrder(u"#1"_s, {});
    const qint64 n = m_fixture->addNotification(id, u"sending"_s, u"jo@example.com"_s, 1);
    m_window->onEventsIngested({id});
    m_window->show();
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    table()->selectRow(0);
    auto *messages = child<QTextBrowser>(*m_window, u"detailsMessages"_s);
    QTRY_VERIFY(!messages->toPlainText().isEmpty());
    QVERIFY(!messages->toPlainText().contains(u"The address jo@example.com does not exist."_s));

    QVERIFY(m_fixture->setNotificationState(n, u"failed"_s, 1, u"The address jo@example.com does not exist."_s));
    m_window->onNotificationsChanged({id});
    QTRY_COMPARE(table()->model()->index(0, MonitorModel::Status).data().toString(),
                 displayName(NotificationState::Failed));
    QTRY_VERIFY(messages->toPlainText().contains(u"The address jo@example.com does not exist."_s));
}

void tst_MainWindow::liveInsert_keepsSelectionAndDetails()
{
    const qint64 a = addOrder(u"#1"_s, u"sent"_s, R"({"marker":"first-event"})");
    addOrder(u"#2"_s, u"sent"_s);
    m_window->onEventsIngested({a, a + 1});
    m_window->show();
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    table()->selectRow(1);
    QCOMPARE(table()->currentIndex().data(MonitorModel::EventIdRole).toLongLong(), a);
    auto *payload = child<QPlainTextEdit>(*m_window, u"detailsPayload"_s);
    QTRY_VERIFY(payload->toPlainText().contains(u"first-event"_s));

    QList<qint64> fresh;
    for (int i = 0; i < 3; ++i) {
        fresh.append(addOrder(u"#n%1"_s.arg(i), u"queued"_s));
    }
    m_window->onEventsIngested(fresh);
    QTRY_COMPARE(table()->model()->rowCount(), 5);
    QCOMPARE(table()->currentIndex().data(MonitorModel::EventIdRole).toLongLong(), a);
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(MonitorModel::EventIdRole).toLongLong(), a);
    QVERIFY(payload->toPlainText().contains(u"first-event"_s));
}

void tst_MainWindow::liveInsert_whenScrolledDown_keepsVisibleRowsStill()
{
    QList<qint64> ids;
    for (int i = 0; i < 80; ++i) {
        ids.append(addOrder(u"#%1"_s.arg(i), u"sent"_s));
    }
    m_window->onEventsIngested(ids);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(table()->model()->rowCount(), 80);

    QScrollBar *bar = table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    table()->scrollTo(table()->model()->index(40, 0), QAbstractItemView::PositionAtTop);
    QVERIFY(bar->value() > 0);
    const auto topEvent = [this] {
        return table()->indexAt(QPoint(4, 4)).data(MonitorModel::EventIdRole).toLongLong();
    };
    const qint64 before = topEvent();
    QVERIFY(before != 0);

    QList<qint64> fresh;
    for (int i = 0; i < 4; ++i) {
        fresh.append(addOrder(u"#new%1"_s.arg(i), u"queued"_s));
    }
    m_window->onEventsIngested(fresh);
    QTRY_COMPARE(table()->model()->rowCount(), 84);
    QCOMPARE(topEvent(), before);

    // At the very top the newcomers come into view.
    bar->setValue(0);
    const qint64 newest = addOrder(u"#newest"_s, u"queued"_s);
    m_window->onEventsIngested({newest});
    QTRY_COMPARE(table()->model()->rowCount(), 85);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(topEvent(), newest);
}

void tst_MainWindow::search_hidesRowsThatDoNotMatch()
{
    const qint64 a = addOrder(u"#1001"_s, u"sent"_s);
    const qint64 b = addOrder(u"#2002"_s, u"failed"_s);
    m_window->onEventsIngested({a, b});
    m_window->show();
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    auto *search = child<QLineEdit>(*m_window, u"monitorSearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"2002"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, MonitorModel::Order).data().toString(), u"#2002"_s);
    auto *status = child<QLabel>(*m_window, u"monitorStatusLine"_s);
    QVERIFY2(status->text().contains(u"1 matching event"_s), qPrintable(status->text()));
    search->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 2);
}

void tst_MainWindow::stateFilter_showsOnlyFailed()
{
    const qint64 a = addOrder(u"#1"_s, u"sent"_s);
    const qint64 b = addOrder(u"#2"_s, u"failed"_s);
    const qint64 c = addOrder(u"#3"_s, {});
    m_window->onEventsIngested({a, b, c});
    m_window->show();
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    auto *combo = child<QComboBox>(*m_window, u"monitorStateFilter"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    combo->setCurrentIndex(combo->findText(u"Failed or uncertain"_s));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, MonitorModel::Order).data().toString(), u"#2"_s);
    combo->setCurrentIndex(combo->findText(u"Duplicates"_s));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, MonitorModel::Order).data().toString(), u"#3"_s);
}

void tst_MainWindow::showError_showsDismissibleBanner()
{
    m_window->show();
    auto *banner = child<MessageBanner>(*m_window, u"messageBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    m_window->showError(Error::make(ErrorCode::Network, u"SendGrid could not be reached."_s, u"timeout"_s, true));
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"SendGrid could not be reached."_s);
    QCOMPARE(banner->details(), u"timeout"_s);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QSignalSpy dismissed(banner, &MessageBanner::dismissed);
    auto *close = child<QToolButton>(*banner, u"messageBannerClose"_s);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(dismissed.count(), 1);
}

void tst_MainWindow::ctrlF_focusesSearch_enterFocusesDetails_tabReachesDetails()
{
    const qint64 id = addOrder(u"#1"_s, u"sent"_s);
    m_window->onEventsIngested({id});
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(table()->model()->rowCount(), 1);

    auto *search = child<QLineEdit>(*m_window, u"monitorSearch"_s);
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    // Tab: search -> state filter -> date filter (one shop, one channel: no combos for them) -> table -> details.
    QTest::keyClick(search, Qt::Key_Tab);
    auto *combo = child<QComboBox>(*m_window, u"monitorStateFilter"_s);
    QTRY_VERIFY(combo->hasFocus());
    QTest::keyClick(combo, Qt::Key_Tab);
    auto *received = child<QComboBox>(*m_window, u"monitorDateFilter"_s);
    QTRY_VERIFY(received->hasFocus());
    QTest::keyClick(received, Qt::Key_Tab);
    QTRY_VERIFY(table()->hasFocus());

    table()->setCurrentIndex(table()->model()->index(0, 0));
    auto *messages = child<QTextBrowser>(*m_window, u"detailsMessages"_s);
    QTRY_VERIFY(messages->isVisible());
    QTest::keyClick(table(), Qt::Key_Return);
    QTRY_VERIFY(messages->hasFocus());

    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Tab);
    QTRY_VERIFY(m_window->focusWidget() && m_window->focusWidget() != table());
    QWidget *focused = m_window->focusWidget();
    QVERIFY2(child<QWidget>(*m_window, u"detailsPane"_s)->isAncestorOf(focused), qPrintable(focused->objectName()));
}

void tst_MainWindow::geometry_isRememberedAcrossWindows()
{
    m_window->resize(900, 610);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QSize size = m_window->size();
    m_window->close();
    m_window.reset();

    MainWindow again(m_fixture->dataDir());
    QCOMPARE(again.size(), size);
}

void tst_MainWindow::storeCannotOpen_windowSaysWhy()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MainWindow window(dir.filePath(u"blocker/data"_s));
    window.show();
    auto *banner = child<MessageBanner>(window, u"messageBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!banner->text().isEmpty());
    QVERIFY(window.findChild<QLabel *>(u"storeProblem"_s));
    QVERIFY(!window.monitorPage());
    QVERIFY(!window.connectionsPage());
    QVERIFY(!window.findChild<QAction *>(u"showConnectionsAction"_s)->isEnabled());
    window.onEventsIngested({1}); // harmless without a store
    window.setWebhookAddress(WebhookUrl);
}

void tst_MainWindow::about_namesTheVersionsItRunsOn()
{
    QString sqlite;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"about-check"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT sqlite_version()"_s) && query.next());
        sqlite = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"about-check"_s);
    const QString text = m_window->aboutText();
    QVERIFY2(text.contains(QStringLiteral(TIDINGS_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(u"SQLite</td><td>&nbsp;&nbsp;"_s + sqlite), qPrintable(text));
    QVERIFY(text.contains(u"QtKeychain"_s));
}

void tst_MainWindow::shortcuts_listEveryShortcutByPage()
{
    const QList<ShortcutEntry> entries = m_window->shortcuts();
    const auto find = [&entries](const QString &action) {
        for (const ShortcutEntry &entry : entries) {
            if (entry.action == action) {
                return entry;
            }
        }
        return ShortcutEntry{};
    };
    QCOMPARE(find(u"Quit"_s).keys, QKeySequence(u"Ctrl+Q"_s));
    QCOMPARE(find(u"Quit"_s).where, u"Everywhere"_s);
    QCOMPARE(find(u"Back Up Data"_s).keys, QKeySequence(u"Ctrl+Shift+B"_s));
    QCOMPARE(find(u"Keyboard Shortcuts"_s).keys, QKeySequence(u"Ctrl+/"_s));
    QCOMPARE(find(u"Search events"_s).where, u"Monitor"_s);
    QCOMPARE(find(u"Search events"_s).keys, QKeySequence(QKeySequence::Find));
    QCOMPARE(find(u"Add connection"_s).where, u"Connections"_s);
    QCOMPARE(find(u"Add connection"_s).keys, QKeySequence(QKeySequence::New));
    // The window's own come first, then each page's in page order.
    QCOMPARE(entries.first().where, u"Everywhere"_s);
    QCOMPARE(entries.last().where, u"Inventory"_s);
    QCOMPARE(find(u"Templates"_s).keys, QKeySequence(u"Ctrl+5"_s));
    QCOMPARE(find(u"Inventory"_s).keys, QKeySequence(u"Ctrl+6"_s));
    QCOMPARE(find(u"Import Waiting Customers"_s).where, u"Inventory"_s);
    QCOMPARE(find(u"Import Waiting Customers"_s).keys, QKeySequence(u"Ctrl+I"_s));
    QCOMPARE(find(u"Publish"_s).where, u"Templates"_s);
    QCOMPARE(find(u"Replace Key"_s).where, u"Credentials"_s);
    QCOMPARE(find(u"Log and Diagnostic Report"_s).keys, QKeySequence(u"Ctrl+Shift+L"_s));

    // Ctrl+/ opens the list with one row per shortcut.
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    int rows = -1;
    QTimer poll; // reads the dialog once it is open (its exec() runs the event loop)
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&rows, &poll] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        poll.stop();
        auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutsList"_s);
        rows = 0;
        for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
            rows += tree->topLevelItem(i)->childCount();
        }
        dialog->reject();
    });
    poll.start();
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    QTRY_COMPARE(rows, int(entries.size()));
}

QTEST_MAIN(tst_MainWindow)

#include "tst_mainwindow.moc"
