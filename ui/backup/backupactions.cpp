#include "backup/backupactions.h"

#include "widgets/messagebanner.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <limits>
#include <memory>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

QString fileFilter()
{
    return BackupActions::tr("Tidings backups (*.sqlite);;All files (*)");
}

} // namespace

BackupActions::BackupActions(QString dataDir, QWidget *window, MessageBanner *banner)
    : QObject(window)
    , m_dataDir(std::move(dataDir))
    , m_window(window)
    , m_banner(banner)
    , m_backUp(new QAction(tr("&Back Up Data…"), this))
    , m_restore(new QAction(tr("&Restore from Backup…"), this))
{
    m_backUp->setObjectName(u"backUpAction"_s);
    m_backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUp->setStatusTip(tr("Save a copy of your orders, messages and settings while Tidings keeps running"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::chooseBackupFile);
    m_restore->setObjectName(u"restoreAction"_s);
    m_restore->setStatusTip(tr("Replace your data with a backup; Tidings restarts to do it"));
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseRestoreFile);
}

BackupActions::~BackupActions()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void BackupActions::chooseBackupFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(
        m_window, tr("Back Up Data"), QDir(folder).filePath(Backup::suggestedFileName(QDateTime::currentDateTime())),
        fileFilter());
    if (!file.isEmpty()) {
        backUpTo(file);
    }
}

void BackupActions::backUpTo(const QString &file)
{
    if (m_thread) {
        return;
    }
    m_backUp->setEnabled(false);
    m_restore->setEnabled(false);
    m_progress = new QProgressDialog(tr("Backing up your data…"), QString(), 0, 0, m_window);
    m_progress->setObjectName(u"backupProgress"_s);
    m_progress->setWindowTitle(tr("Back Up Data"));
    m_progress->setMinimumDuration(500);
    m_progress->setWindowModality(Qt::WindowModal);

    auto result = std::make_shared<Result<Backup::Info>>(Error::make(ErrorCode::Internal, QString()));
    m_thread = QThread::create([dataDir = m_dataDir, file, result] { *result = Backup::write(dataDir, file); });
    m_thread->setObjectName(u"tidings-backup"_s);
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finishBackup(*result);
    });
    m_thread->start(QThread::LowPriority);
}

void BackupActions::finishBackup(const Result<Backup::Info> &result)
{
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    m_backUp->setEnabled(true);
    m_restore->setEnabled(true);
    if (!result) {
        m_banner->showMessage(MessageBanner::Kind::Error, result.error().message, result.error().detail);
        emit backupFinished(false);
        return;
    }
    const QLocale locale;
    m_banner->showMessage(
        MessageBanner::Kind::Information,
        tr("Backup saved to %1 (%2): %n event(s). Keys and passwords are not in it; they stay in the system "
           "keychain.",
           nullptr, int(std::min<qint64>(result->events, std::numeric_limits<int>::max())))
            .arg(QDir::toNativeSeparators(result->filePath), locale.formattedDataSize(result->bytes)));
    emit backupFinished(true);
}

void BackupActions::chooseRestoreFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Restore from Backup"), folder, fileFilter());
    if (!file.isEmpty()) {
        restoreFrom(file);
    }
}

bool BackupActions::restoreFrom(const QString &file, bool confirm)
{
    const auto info = Backup::inspect(file);
    if (!info) {
        m_banner->showMessage(MessageBanner::Kind::Error, info.error().message, info.error().detail);
        return false;
    }
    if (confirm) {
        const QLocale locale;
        const QString newest = info->newestEventAt.isValid()
                                   ? tr("Its newest event is from %1.")
                                         .arg(locale.toString(info->newestEventAt.toLocalTime(), QLocale::LongFormat))
                                   : tr("It holds no events yet.");
        QMessageBox box(QMessageBox::Question, tr("Restore from Backup"), tr("Replace your data with this backup?"),
                        QMessageBox::Cancel, m_window);
        box.setObjectName(u"restoreConfirmation"_s);
        box.setInformativeText(
            tr("The backup holds %n event(s).", nullptr, int(std::min<qint64>(info->events, 1000000000))) + u' ' +
            newest + u"\n\n"_s +
            tr("Tidings will restart to restore it. Your current data is kept in the data folder as "
               "tidings.sqlite.before-restore. Connections and keys in the keychain are not changed."));
        QPushButton *restore = box.addButton(tr("Restore and Restart"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != restore) {
            return false;
        }
    }
    const auto staged = Backup::stageRestore(file, m_dataDir);
    if (!staged) {
        m_banner->showMessage(MessageBanner::Kind::Error, staged.error().message, staged.error().detail);
        return false;
    }
    emit restartRequested();
    return true;
}

} // namespace Tidings::Ui
