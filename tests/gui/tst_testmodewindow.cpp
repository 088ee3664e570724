#include "enginebinding.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "gui/screenshot.h"
#include "mainwindow.h"
#include "pipelinefixture.h"
#include "testmode/testmodecontroller.h"
#include "testmode/testmodedialog.h"
#include "widgets/messagebanner.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// Test mode from the window: Sending → Test Mode… (Ctrl+Shift+T), the banner that stays while it is on, and
// Go Live.
class tst_TestModeWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ctrlShiftT_switchesOn_bannerStays_goLiveSwitchesOff();
    void dialog_showsWhySettingsCannotWork();
};

void tst_TestModeWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TestModeWindow::ctrlShiftT_switchesOn_bannerStays_goLiveSwitchesOff()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    Ui::MainWindow window(pipeline.dataDir());
    window.show();
    const QString error = pipeline.startEngine([&window](Engine &engine) { Ui::bindEngine(engine, window); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Ui::MessageBanner *banner = window.testMode()->banner();
    QVERIFY(banner->isHidden());

    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<Ui::TestModeDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<Ui::TestModeDialog *>()) && dialog->isVisible());
    QVERIFY(!dialog->enabledBox()->isChecked());
    // The sender address of the shop's email channel is offered as the owner's own.
    QVERIFY(!dialog->emailField()->text().isEmpty());
    dialog->enabledBox()->setChecked(true);
    dialog->emailField()->setText(u"owner@shop.test"_s);
    QVERIFY(screenshot(dialog, u"testmode"_s, u"dialog"_s));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    QVERIFY(pipeline.engine().testMode().enabled);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"owner@shop.test"_s), qPrintable(banner->text()));
    QCOMPARE(banner->kind(), Ui::MessageBanner::Kind::Warning);
    // It cannot be waved away; Go Live is the way out.
    auto *close = banner->findChild<QWidget *>(u"messageBannerClose"_s);
    QVERIFY(close && !close->isVisible());
    QVERIFY(banner->actionButton() && banner->actionButton()->isVisible());
    QVERIFY(screenshot(&window, u"testmode"_s, u"banner"_s));

    // The first order of the day reaches the owner.
    WebhookClient client;
    QCOMPARE(client
                 .postShopify(pipeline.webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1")
                 .status,
             200);
    QTRY_COMPARE(pipeline.fake().acceptedCount(), 1);
    QCOMPARE(pipeline.fake().request(0).to().value(u"email"_s).toString(), u"owner@shop.test"_s);

    // Go Live asks first; Cancel keeps test mode.
    Ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QVERIFY(pipeline.engine().testMode().enabled);
    QVERIFY(banner->isVisible());
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QVERIFY(!pipeline.engine().testMode().enabled);
    QTRY_VERIFY(banner->isHidden());
    // The address stays for next time.
    QCOMPARE(pipeline.engine().testMode().email, u"owner@shop.test"_s);
}

void tst_TestModeWindow::dialog_showsWhySettingsCannotWork()
{
    int saves = 0;
    Ui::TestModeDialog dialog(TestMode{}, [&saves](const TestMode &) {
        ++saves;
        return Status();
    });
    dialog.show();
    dialog.enabledBox()->setChecked(true);
    dialog.emailField()->clear();
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(u"email address"_s), qPrintable(dialog.problemLabel()->text()));
    QCOMPARE(saves, 0);

    dialog.emailField()->setText(u"owner@shop.test"_s);
    QVERIFY(!dialog.problemLabel()->isVisible()); // typing clears the old problem
    dialog.phoneField()->setText(u"ring me"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(dialog.problemLabel()->text().contains(u"not a phone"_s), qPrintable(dialog.problemLabel()->text()));
    QCOMPARE(saves, 0);

    dialog.phoneField()->setText(u"+44 7700 900123"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(saves, 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.mode(), (TestMode{true, u"owner@shop.test"_s, u"+44 7700 900123"_s}));
}

QTEST_MAIN(tst_TestModeWindow)
#include "tst_testmodewindow.moc"
