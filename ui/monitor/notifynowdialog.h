#pragma once

#include "store/monitorqueries.h"
#include "templates/messagetemplate.h"

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

// Notify Now (the Monitor's Ctrl+Shift+N): the owner picks a template, a channel and the recipient (prefilled
// from the order: its email, or its phone for a text-message channel) and sends one message for the selected
// event's order at once. It is sent even if the customer was told before: it is the owner's own decision.
// The dialog is the confirmation; problems show in it.
class NotifyNowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyNowDialog)

public:
    NotifyNowDialog(Engine *engine, const EventDetails &details, QWidget *parent = nullptr);
    ~NotifyNowDialog() override;

    QComboBox *templateBox() const { return m_template; }

    QComboBox *channelBox() const { return m_channel; }

    QLineEdit *recipientField() const { return m_recipient; }

    QLabel *summaryLabel() const { return m_summary; }

    QLabel *problemLabel() const { return m_problem; }

    QPushButton *sendButton() const { return m_send; }

    void accept() override;

signals:
    // The message is queued; the Monitor shows it going out.
    void notified(qint64 notificationId);

private:
    // The channel changed: the recipient becomes the order's email or phone, unless the owner typed one.
    void channelChanged();
    void updateSummary();
    void showProblem(const QString &text);

    Engine *m_engine;
    qint64 m_eventId = 0;
    QString m_order;
    QString m_email; // the order's, from its stored messages
    QString m_phone;
    bool m_recipientEdited = false;
    QComboBox *m_template = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_send = nullptr;
    bool m_busy = false;
};

} // namespace Tidings::Ui
