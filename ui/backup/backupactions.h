#pragma once

#include "model/error.h"
#include "store/backup.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QProgressDialog;
class QThread;
class QWidget;

namespace Tidings::Ui {

class MessageBanner;

// File → Back up data… and Restore from backup…. A backup is written on a thread of its own while
// Tidings keeps running (a busy progress dialog meanwhile); a restore is checked, confirmed, staged
// and applied by restarting Tidings. Results and problems show in the window's banner.
class BackupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupActions)

public:
    BackupActions(QString dataDir, QWidget *window, MessageBanner *banner);
    ~BackupActions() override;

    QAction *backUpAction() const { return m_backUp; }

    QAction *restoreAction() const { return m_restore; }

    // Writes a backup to `file` in the background; backupFinished() tells when it is done.
    void backUpTo(const QString &file);

    bool isBackingUp() const { return m_thread != nullptr; }

    // Checks `file`, asks the owner (unless `confirm` is false), stages it and asks for a restart.
    // False when the file cannot be used or the owner said no; the banner says why.
    bool restoreFrom(const QString &file, bool confirm = true);

signals:
    void backupFinished(bool ok);
    // A restore is staged: Tidings should close and start again.
    void restartRequested();

private:
    void chooseBackupFile();
    void chooseRestoreFile();
    void finishBackup(const Result<Backup::Info> &result);

    QString m_dataDir;
    QWidget *m_window;
    MessageBanner *m_banner;
    QAction *m_backUp;
    QAction *m_restore;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Tidings::Ui
