#include "connectionswindow.h"
#include "trayicon.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

// The tray icon's menu and state on a running engine, and the window closing into the tray. (The offscreen
// platform has no tray to show the icon in; everything but the drawing is the same.)
class tst_TrayIcon final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menu_hasTheQuickActions_andTheStateInTheTooltip();
    void pauseAll_pausesTheEngine_andShowsIt_data();
    void pauseAll_pausesTheEngine_andShowsIt();
    void closingTheWindow_keepsTidingsInTheTray_openBringsItBack();

private:
    std::unique_ptr<ConnectionsWindow> m_ui;
    TrayIcon *m_tray = nullptr;
};

void tst_TrayIcon::initTestCase()
{
    ConnectionsWindow::prepareApplication(u"tst_trayicon"_s);
}

void tst_TrayIcon::init()
{
    m_ui = std::make_unique<ConnectionsWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_tray = new TrayIcon(&m_ui->window());
    m_tray->setEngine(&m_ui->pipeline().engine());
}

void tst_TrayIcon::cleanup()
{
    m_tray = nullptr;
    m_ui.reset();
}

void tst_TrayIcon::menu_hasTheQuickActions_andTheStateInTheTooltip()
{
    QStringList texts;
    for (const QAction *action : m_tray->menu()->actions()) {
        if (!action->isSeparator()) {
            texts.append(action->text());
        }
    }
    QCOMPARE(texts, (QStringList{u"&Open Tidings"_s, u"&Monitor"_s, u"&Pause All Sending"_s, u"&Quit Tidings"_s}));
    QVERIFY(m_tray->pauseAction()->isEnabled());
    QVERIFY(!m_tray->pauseAction()->isChecked());
    QCOMPARE(m_tray->toolTip(), u"Tidings: receiving orders and sending messages"_s);

    // Monitor: the window comes up on the Monitor page.
    m_ui->window().findChild<QAction *>(u"showChannelsAction"_s)->trigger();
    m_ui->window().hide();
    m_tray->monitorAction()->trigger();
    QVERIFY(m_ui->window().isVisible());
    QCOMPARE(m_ui->window().findChild<QListWidget *>(u"navigation"_s)->currentRow(), 0);
}

void tst_TrayIcon::pauseAll_pausesTheEngine_andShowsIt_data()
{
    QTest::addColumn<bool>("fromTheEngine"); // paused elsewhere (the window, a restart) instead of the tray

    QTest::newRow("from the tray") << false;
    QTest::newRow("from the engine") << true;
}

void tst_TrayIcon::pauseAll_pausesTheEngine_andShowsIt()
{
    QFETCH(bool, fromTheEngine);

    Engine &engine = m_ui->pipeline().engine();
    QSignalSpy changed(&engine, &Engine::sendingPausedChanged);
    if (fromTheEngine) {
        engine.setSendingPaused(true);
    } else {
        m_tray->pauseAction()->trigger();
    }
    QCOMPARE(changed.count(), 1);
    QVERIFY(engine.isSendingPaused());
    QVERIFY(m_tray->pauseAction()->isChecked());
    QCOMPARE(m_tray->toolTip(), u"Tidings: sending is paused"_s);

    m_tray->pauseAction()->trigger();
    QCOMPARE(changed.count(), 2);
    QVERIFY(!engine.isSendingPaused());
    QCOMPARE(m_tray->toolTip(), u"Tidings: receiving orders and sending messages"_s);
}

void tst_TrayIcon::closingTheWindow_keepsTidingsInTheTray_openBringsItBack()
{
    MainWindow &window = m_ui->window();
    window.setKeepRunningInTray(true);
    window.show();
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    QVERIFY(!window.close()); // the close is turned into a hide
    QCOMPARE(hidden.count(), 1);
    QVERIFY(!window.isVisible());
    QVERIFY(m_ui->pipeline().engine().isRunning());

    m_tray->openAction()->trigger();
    QVERIFY(window.isVisible());

    // Without a tray, closing closes.
    window.setKeepRunningInTray(false);
    QVERIFY(window.close());
    QCOMPARE(hidden.count(), 1);
}

QTEST_MAIN(tst_TrayIcon)
#include "tst_trayicon.moc"
