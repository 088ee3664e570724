#pragma once

#include "store/monitorqueries.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

// Resend (the Monitor's Ctrl+R): one of an event's messages that went out, failed or was cancelled is sent
// again, with the same content, to the same address or one the owner types (checked before it is sent).
// The dialog is the confirmation; the first message stays in the history. Problems show in the dialog.
class ResendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResendDialog)

public:
    ResendDialog(Engine *engine, const EventDetails &details, QWidget *parent = nullptr);
    ~ResendDialog() override;

    // The event's messages that can be resent (not waiting or being sent), oldest first.
    static QList<Notification> resendable(const EventDetails &details);

    QComboBox *messageBox() const { return m_message; }

    QLineEdit *recipientField() const { return m_recipient; }

    QPushButton *resendButton() const { return m_resend; }

    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

signals:
    // The copy is queued; the Monitor shows it going out.
    void resent(qint64 notificationId, const QString &recipient);

private:
    void showMessage(int index);
    void showProblem(const QString &text);

    Engine *m_engine;
    QList<Notification> m_notifications;
    QComboBox *m_message = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_resend = nullptr;
    bool m_busy = false;
};

} // namespace Tidings::Ui
