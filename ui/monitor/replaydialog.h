#pragma once

#include "dispatch/manualnotifications.h"
#include "store/monitorqueries.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

// Replay Through Rules (the Monitor's Ctrl+Shift+Y): a dry run first. The selected event's changes go through
// the current rules (on the dispatcher's thread, "Working…" meanwhile) and the dialog lists each message the
// rules ask for, whether it was already sent or is waiting, or will be sent, and why a rule sends nothing.
// Confirming sends only the new ones; with nothing new the dialog says so and offers only Close.
class ReplayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayDialog)

public:
    ReplayDialog(Engine *engine, const EventDetails &details, QWidget *parent = nullptr);
    ~ReplayDialog() override;

    enum Column {
        Rule,
        Template,
        Channel,
        Recipient,
        Outcome
    };

    QTreeWidget *list() const { return m_list; }

    QLabel *statusLabel() const { return m_status; }

    QLabel *skippedLabel() const { return m_skipped; }

    QPushButton *sendButton() const { return m_send; }

    QPushButton *closeButton() const { return m_close; }

    // The dry run arrived (or failed): the list and the buttons are final.
    bool isPlanned() const { return m_planned; }

    void accept() override;

    static QString describe(ManualNotifications::Standing standing);

signals:
    void planned();
    void replayed(int queued);

private:
    void showPlan(const Result<ManualNotifications::ReplayPlan> &plan);
    void showProblem(const QString &text);

    Engine *m_engine;
    qint64 m_eventId = 0;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_close = nullptr;
    bool m_planned = false;
    bool m_busy = false;
};

} // namespace Tidings::Ui
