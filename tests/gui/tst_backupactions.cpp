#include "backup/backupactions.h"
#include "mainwindow.h"
#include "store/backup.h"
#include "store/database.h"
#include "widgets/messagebanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Tidings;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

namespace {

void addEvents(const QString &dataDir, int count)
{
    auto db = Database::open(dataDir, u"seed"_s);
    QVERIFY(db.ok());
    QSqlQuery query(db->handle());
    for (int i = 0; i < count; ++i) {
        query.prepare(u"INSERT INTO raw_events (source_id, received_at, body) VALUES ('shop', ?, '{}')"_s);
        query.addBindValue(qint64(1'790'000'000'000) + i);
        QVERIFY(query.exec());
    }
}

// Clicks the button of the restore question whose text contains `label`, once it is shown.
void answerRestoreQuestion(const QString &label)
{
    QTimer::singleShot(0, [label] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"restoreConfirmation"_s) {
            answerRestoreQuestion(label);
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&').contains(label)) {
                button->click();
                return;
            }
        }
    });
}

} // namespace

class TestBackupActions final : public QObject
{
    Q_OBJECT

private slots:
    void menu_hasBothActionsWithAKeyboardPath();
    void backUp_runsInTheBackgroundAndSaysWhereItWent();
    void backUp_failure_showsInTheWindow();
    void restore_notABackup_isRefusedInTheWindow();
    void restore_askedAndCancelled_stagesNothing();
    void restore_confirmed_stagesAndAsksForARestart();
};

void TestBackupActions::menu_hasBothActionsWithAKeyboardPath()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    QAction *backUp = window.findChild<QAction *>(u"backUpAction"_s);
    QAction *restore = window.findChild<QAction *>(u"restoreAction"_s);
    QVERIFY(backUp && restore);
    QCOMPARE(backUp->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QMenu *file = window.menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file);
    QVERIFY(file->actions().contains(backUp));
    QVERIFY(file->actions().contains(restore));
    QVERIFY(restore->text().contains(u'&')); // reachable by its mnemonic from the File menu
}

void TestBackupActions::backUp_runsInTheBackgroundAndSaysWhereItWent()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    addEvents(dataDir, 3);
    MainWindow window(dataDir);
    window.show();
    BackupActions *actions = window.backupActions();
    QSignalSpy finished(actions, &BackupActions::backupFinished);
    const QString target = dir.filePath(u"my backup.sqlite"_s);
    actions->backUpTo(target);
    QVERIFY(actions->isBackingUp());
    QVERIFY(!actions->backUpAction()->isEnabled()); // one at a time
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(actions->backUpAction()->isEnabled());
    QCOMPARE(window.messageBanner()->kind(), MessageBanner::Kind::Information);
    QVERIFY2(window.messageBanner()->text().contains(u"my backup.sqlite"_s),
             qPrintable(window.messageBanner()->text()));
    QVERIFY(window.messageBanner()->text().contains(u"keychain"_s));
    QCOMPARE(Backup::inspect(target)->events, 3);
}

void TestBackupActions::backUp_failure_showsInTheWindow()
{
    QTemporaryDir dir;
    addEvents(dir.path(), 1);
    MainWindow window(dir.path());
    QSignalSpy finished(window.backupActions(), &BackupActions::backupFinished);
    window.backupActions()->backUpTo(dir.filePath(u"no/such/folder/b.sqlite"_s));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(window.messageBanner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(window.messageBanner()->isVisible() || !window.isVisible());
    QVERIFY(window.messageBanner()->text().contains(u"b.sqlite"_s));
}

void TestBackupActions::restore_notABackup_isRefusedInTheWindow()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    addEvents(dataDir, 1);
    const QString notes = dir.filePath(u"notes.sqlite"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a backup\n");
    file.close();
    MainWindow window(dataDir);
    QSignalSpy restart(window.backupActions(), &BackupActions::restartRequested);
    QVERIFY(!window.backupActions()->restoreFrom(notes, false));
    QCOMPARE(window.messageBanner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(window.messageBanner()->text().contains(u"not a Tidings backup"_s));
    QCOMPARE(restart.count(), 0);
    QVERIFY(!Backup::hasStagedRestore(dataDir));
}

void TestBackupActions::restore_askedAndCancelled_stagesNothing()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    addEvents(dataDir, 2);
    const QString backup = dir.filePath(u"b.sqlite"_s);
    QVERIFY(Backup::write(dataDir, backup).ok());
    MainWindow window(dataDir);
    window.show();
    QSignalSpy restart(window.backupActions(), &BackupActions::restartRequested);
    answerRestoreQuestion(u"Cancel"_s);
    QVERIFY(!window.backupActions()->restoreFrom(backup));
    QCOMPARE(restart.count(), 0);
    QVERIFY(!Backup::hasStagedRestore(dataDir));
}

void TestBackupActions::restore_confirmed_stagesAndAsksForARestart()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    addEvents(dataDir, 2);
    const QString backup = dir.filePath(u"b.sqlite"_s);
    QVERIFY(Backup::write(dataDir, backup).ok());
    addEvents(dataDir, 5);
    MainWindow window(dataDir);
    window.show();
    QSignalSpy restart(window.backupActions(), &BackupActions::restartRequested);
    answerRestoreQuestion(u"Restore and Restart"_s);
    QVERIFY(window.backupActions()->restoreFrom(backup));
    QCOMPARE(restart.count(), 1);
    QVERIFY(Backup::hasStagedRestore(dataDir));
    QCOMPARE(Backup::inspect(Backup::stagedFileIn(dataDir))->events, 2);
}

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
