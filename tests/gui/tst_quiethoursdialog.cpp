#include "enginebinding.h"
#include "gui/screenshot.h"
#include "mainwindow.h"
#include "pipelinefixture.h"
#include "quiethours/quiethoursdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimeEdit>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// Sending → Quiet Hours…: set, save, reopen shows it; what cannot work is refused in place.
class tst_QuietHoursDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fromTheMenu_saved_reopenShowsIt();
    void dialog_refusesWhatCannotWork_andPicksAnAlertChannel();
};

void tst_QuietHoursDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_QuietHoursDialog::fromTheMenu_saved_reopenShowsIt()
{
    PipelineFixture pipeline;
    QVERIFY2(pipeline.setUpError().isEmpty(), qPrintable(pipeline.setUpError()));
    Ui::MainWindow window(pipeline.dataDir());
    window.show();
    const QString error = pipeline.startEngine([&window](Engine &engine) { Ui::bindEngine(engine, window); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto *action = window.findChild<QAction *>(u"quietHoursAction"_s);
    QVERIFY(action);
    QVERIFY(action->text().contains(u"&Q"_s)); // reached from the keyboard: Alt+S, Q
    action->trigger();
    QPointer<Ui::QuietHoursDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<Ui::QuietHoursDialog *>()) && dialog->isVisible());
    QVERIFY(!dialog->enabledBox()->isChecked());
    QVERIFY(!dialog->startEdit()->isEnabled()); // nothing to set while off
    dialog->enabledBox()->setChecked(true);
    QVERIFY(dialog->startEdit()->isEnabled());
    dialog->startEdit()->setTime(QTime(22, 0));
    dialog->endEdit()->setTime(QTime(7, 30));
    dialog->zoneBox()->setEditText(u"Europe/Berlin"_s);
    QVERIFY2(dialog->explanationLabel()->text().contains(u"22:00"_s) &&
                 dialog->explanationLabel()->text().contains(u"07:30"_s) &&
                 dialog->explanationLabel()->text().contains(u"Europe/Berlin"_s),
             qPrintable(dialog->explanationLabel()->text()));
    // The shop has no Slack channel: only "No Slack alert" is offered.
    QCOMPARE(dialog->alertBox()->count(), 1);
    QVERIFY(screenshot(dialog, u"quiethours"_s, u"dialog"_s));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    const QuietHours saved{true, QTime(22, 0), QTime(7, 30), u"Europe/Berlin"_s};
    QCOMPARE(pipeline.engine().quietHours(), saved);
    // An email channel cannot carry alerts.
    QVERIFY(!pipeline.engine().setFailureAlertChannel(pipeline.engine().config().channels.constFirst().id).ok());
    QCOMPARE(pipeline.engine().failureAlertChannel(), QString());

    action->trigger();
    QTRY_VERIFY((dialog = window.findChild<Ui::QuietHoursDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->enabledBox()->isChecked());
    QCOMPARE(dialog->startEdit()->time(), QTime(22, 0));
    QCOMPARE(dialog->endEdit()->time(), QTime(7, 30));
    QCOMPARE(dialog->zoneBox()->currentText(), u"Europe/Berlin"_s);
    QCOMPARE(dialog->hours(), saved);
    dialog->reject();
}

void tst_QuietHoursDialog::dialog_refusesWhatCannotWork_andPicksAnAlertChannel()
{
    int saves = 0;
    QString alertSaved;
    Ui::QuietHoursDialog dialog(QuietHours{}, {{u"slack"_s, u"Team Slack"_s}}, QString(),
                                [&saves, &alertSaved](const QuietHours &, const QString &alert) {
                                    ++saves;
                                    alertSaved = alert;
                                    return Status();
                                });
    dialog.show();
    QVERIFY2(dialog.explanationLabel()->text().contains(u"any time"_s), qPrintable(dialog.explanationLabel()->text()));
    dialog.enabledBox()->setChecked(true);
    dialog.startEdit()->setTime(QTime(8, 0));
    dialog.endEdit()->setTime(QTime(8, 0));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(u"same time"_s), qPrintable(dialog.problemLabel()->text()));
    QCOMPARE(saves, 0);

    dialog.endEdit()->setTime(QTime(9, 0));
    QVERIFY(!dialog.problemLabel()->isVisible()); // a change clears the old problem
    dialog.zoneBox()->setEditText(u"Atlantis/Capital"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(dialog.problemLabel()->text().contains(u"Atlantis/Capital"_s), qPrintable(dialog.problemLabel()->text()));
    QCOMPARE(saves, 0);

    dialog.zoneBox()->setCurrentIndex(0); // this computer's zone
    QCOMPARE(dialog.alertBox()->count(), 2);
    dialog.alertBox()->setCurrentIndex(1);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(saves, 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.hours(), (QuietHours{true, QTime(8, 0), QTime(9, 0), QString()}));
    QCOMPARE(alertSaved, u"slack"_s);
}

QTEST_MAIN(tst_QuietHoursDialog)
#include "tst_quiethoursdialog.moc"
