#include "diagnostics/logbook.h"
#include "diagnostics/logviewerdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLogViewerTest, "tidings.logviewertest")

// Help → Log: the kept lines, new ones as they come, the warnings filter, and the diagnostic report on the
// clipboard without secrets.
class tst_LogViewer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialog_showsKeptAndNewLines_filtersWarnings();
    void copyReport_putsTheReportOnTheClipboard_altD();
    void window_helpLogOpensIt_withTheWindowsReport();
};

void tst_LogViewer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LogViewer::dialog_showsKeptAndNewLines_filtersWarnings()
{
    LogBook book;
    book.record(QtInfoMsg, u"tidings.engine"_s, u"listening for webhooks"_s);
    book.record(QtWarningMsg, u"tidings.dispatch"_s, u"send failed: timeout"_s);
    LogViewerDialog dialog(&book, [] { return QString(); });
    dialog.show();
    QVERIFY(dialog.view()->toPlainText().contains(u"listening for webhooks"_s));
    QVERIFY(dialog.view()->toPlainText().contains(u"send failed: timeout"_s));

    book.record(QtInfoMsg, u"tidings.engine"_s, u"a new line"_s);
    QTRY_VERIFY(dialog.view()->toPlainText().contains(u"a new line"_s));

    dialog.levelBox()->setCurrentIndex(dialog.levelBox()->findText(u"Warnings and errors"_s));
    QVERIFY(!dialog.view()->toPlainText().contains(u"listening for webhooks"_s));
    QVERIFY(dialog.view()->toPlainText().contains(u"send failed: timeout"_s));
    book.record(QtInfoMsg, u"tidings.engine"_s, u"quiet line"_s);
    book.record(QtCriticalMsg, u"tidings.engine"_s, u"loud line"_s);
    QTRY_VERIFY(dialog.view()->toPlainText().contains(u"loud line"_s));
    QVERIFY(!dialog.view()->toPlainText().contains(u"quiet line"_s));
}

void tst_LogViewer::copyReport_putsTheReportOnTheClipboard_altD()
{
    LogBook book;
    int asked = 0;
    LogViewerDialog dialog(&book, [&asked] {
        ++asked;
        return u"the report"_s;
    });
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QApplication::clipboard()->clear();
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(asked, 1); // a mnemonic clicks the button animated, a moment later
    QCOMPARE(QApplication::clipboard()->text(), u"the report"_s);
    QVERIFY(dialog.status()->text().contains(u"clipboard"_s));
}

void tst_LogViewer::window_helpLogOpensIt_withTheWindowsReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogBook book;
    book.install();
    MainWindow window(dir.path());
    window.show();
    qCWarning(lcLogViewerTest) << "provider refused api_key=mg-secret-value";

    auto *action = window.findChild<QAction *>(u"showLogAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+L"_s));
    action->trigger();
    auto *dialog = window.findChild<LogViewerDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->view()->toPlainText().contains(u"provider refused api_key=[redacted]"_s));
    QVERIFY(!dialog->view()->toPlainText().contains(u"mg-secret-value"_s));
    action->trigger(); // a second time raises the same one
    QCOMPARE(window.findChildren<LogViewerDialog *>().size(), 1);

    QApplication::clipboard()->clear();
    dialog->copyReportButton()->click();
    const QString report = QApplication::clipboard()->text();
    QVERIFY(report.startsWith(u"Tidings diagnostic report"_s));
    QVERIFY(report.contains(QDir::toNativeSeparators(dir.path())));
    QVERIFY(report.contains(u"provider refused"_s));
    QVERIFY(!report.contains(u"mg-secret-value"_s));
    if (!qEnvironmentVariableIsEmpty("TIDINGS_SCREENSHOTS")) {
        dialog->grab().save(u"/tmp/log-viewer.png"_s);
    }
    dialog->close();
}

QTEST_MAIN(tst_LogViewer)
#include "tst_logviewer.moc"
