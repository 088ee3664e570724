#include "delay/delaydetectiondialog.h"
#include "enginebinding.h"
#include "gui/screenshot.h"
#include "mainwindow.h"
#include "pipelinefixture.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// Sending → Delay Detection…: switched on and set by keyboard alone, saved for the next start.
class tst_DelayDetectionDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyboard_switchesOnAndSaves();
    void withoutRule_saysNothingWouldBeSent_andShowsRefusal();
};

void tst_DelayDetectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DelayDetectionDialog::keyboard_switchesOnAndSaves()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    Ui::MainWindow window(pipeline.dataDir());
    window.show();
    const QString error = pipeline.startEngine([&window](Engine &engine) { Ui::bindEngine(engine, window); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pipeline.engine().delayDetection(), DelayDetection{}); // off until the owner switches it on

    auto *action = window.findChild<QAction *>(u"delayDetectionAction"_s);
    QVERIFY(action);
    QVERIFY(action->text().contains(u"&D"_s)); // Alt+S, D
    action->trigger();
    QPointer<Ui::DelayDetectionDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<Ui::DelayDetectionDialog *>()) && dialog->isVisible());
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // The shop's configuration has the default rules: the delayed email goes to the customer.
    QVERIFY(dialog->noRuleLabel()->isHidden());
    QVERIFY(!dialog->enabledBox()->isChecked());
    QVERIFY(!dialog->daysBox()->isEnabled());
    QCOMPARE(dialog->daysBox()->value(), 5);

    QTRY_VERIFY(dialog->enabledBox()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(dialog->enabledBox()->isChecked());
    QVERIFY(dialog->daysBox()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(dialog->daysBox()->hasFocus());
    dialog->daysBox()->selectAll();
    QTest::keyClicks(QApplication::focusWidget(), u"7"_s);
    QCOMPARE(dialog->daysBox()->value(), 7);
    QVERIFY(screenshot(dialog, u"delay"_s, u"dialog"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog);

    QCOMPARE(pipeline.engine().delayDetection(), (DelayDetection{true, 7}));
    auto db = Database::open(pipeline.dataDir(), u"check"_s);
    QVERIFY(db.ok());
    QCOMPARE(DelayDetection::load(db->handle()).value(), (DelayDetection{true, 7}));
}

void tst_DelayDetectionDialog::withoutRule_saysNothingWouldBeSent_andShowsRefusal()
{
    int saves = 0;
    Ui::DelayDetectionDialog dialog(DelayDetection{true, 5}, false, [&saves](const DelayDetection &) {
        ++saves;
        return Status(Error::make(ErrorCode::Storage, u"The disk is full."_s));
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.noRuleLabel()->isVisible());
    QVERIFY2(dialog.noRuleLabel()->text().contains(u"shipment.delayed"_s), qPrintable(dialog.noRuleLabel()->text()));
    QVERIFY(screenshot(&dialog, u"delay"_s, u"norule"_s));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(saves, 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->isVisible());
    QCOMPARE(dialog.problemLabel()->text(), u"The disk is full."_s);
    // Changing anything hides the old answer.
    dialog.daysBox()->setValue(6);
    QVERIFY(dialog.problemLabel()->isHidden());
}

QTEST_MAIN(tst_DelayDetectionDialog)
#include "tst_delaydetectiondialog.moc"
