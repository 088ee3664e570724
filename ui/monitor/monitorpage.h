#pragma once

#include "model/error.h"
#include "model/result.h"
#include "store/monitorqueries.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;

class QAction;

namespace Tidings {
class Engine;
class MonitorQueries;
} // namespace Tidings

namespace Tidings::Ui {

class ActivityStrip;
class EventDetailsView;
class MonitorSortModel;
class MonitorModel;
class MonitorTableView;
class NotifyNowDialog;
class ReplayDialog;
class OrderTimelineDialog;
class ResendDialog;

// The Monitor: the live table of events (searchable; filterable by state, shop, channel and date; sortable)
// beside the
// details of the selected event. Shows a friendly explanation, with the webhook address, until the
// first event arrives. With an engine, the selected event's messages can be resent (Ctrl+R, to the same or
// another address) and a waiting one cancelled (Delete, after asking); a message chosen by hand sent for its
// order (Notify Now, Ctrl+Shift+N), and the event run through the current rules again (Replay, Ctrl+Shift+Y).
class MonitorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorPage)

public:
    // `queries` must outlive the page.
    explicit MonitorPage(MonitorQueries *queries, QWidget *parent = nullptr);
    ~MonitorPage() override;

    // Loads the newest events; call once at start.
    Status reload();

    MonitorModel *model() const { return m_model; }

    MonitorSortModel *sortModel() const { return m_sort; }

    // The running pipeline, for Resend and Cancel; nullptr disables them.
    void setEngine(Engine *engine);

    QAction *resendAction() const { return m_resend; }

    QAction *cancelAction() const { return m_cancel; }

    QAction *exportAction() const { return m_export; }

    QAction *resendAllAction() const { return m_resendAll; }

    QAction *notifyNowAction() const { return m_notifyNow; }

    QAction *replayAction() const { return m_replay; }

    QAction *orderHistoryAction() const { return m_orderHistory; }

    // Writes the rows the table shows (its filter and sort, its visible columns) to `path` as CSV; the
    // error says why not. The action asks for the file first.
    Status exportCsv(const QString &path) const;

    // The Resend dialog while it is open (for tests), else nullptr.
    ResendDialog *resendDialog() const;
    // The Notify Now and Replay dialogs while open (for tests), else nullptr.
    NotifyNowDialog *notifyNowDialog() const;
    ReplayDialog *replayDialog() const;
    OrderTimelineDialog *orderHistoryDialog() const;

    // Resend… on the selected event; Cancel Waiting Message on it (asks first).
    void resendSelected();
    // Resend All Shown…: for every event the table shows, each message that went out, failed, was cancelled or
    // is uncertain (and was not resent since) is sent again to its own address, after one question that
    // says how many.
    void resendAllShown();
    // The messages resendAllShown() would send again, by the events the table shows.
    QList<Notification> resendableShown() const;
    void cancelSelected();
    // Notify Now… (Ctrl+Shift+N) and Replay Through Rules… (Ctrl+Shift+Y) on the selected event's order.
    void notifyNowSelected();
    void replaySelected();
    // Order History… (Ctrl+Shift+H): every event, decision, message and attempt of the selected event's order, each
    // message exactly as sent. Works without an engine too (it only reads).
    void orderHistorySelected();
    void exportView();

    QString webhookAddress() const { return m_webhookAddress; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    // Puts the header strip (today's counts and the 24-hour chart) above the table; the page owns it from now.
    void setActivityStrip(ActivityStrip *strip);

public slots:
    void setWebhookAddress(const QString &url);
    void eventsIngested(const QList<qint64> &eventIds);
    void eventsChanged(const QList<qint64> &eventIds);
    void focusSearch();

signals:
    void errorOccurred(const Tidings::Error &error);

private:
    void showCurrentDetails();
    void showColumnMenu(const QPoint &position);
    void updateEmptyState();
    // Reads the filter row into the model's filter (a reload when it changed).
    void applyFilter();
    MonitorFilter filterFromRow() const;
    // Fills the shop and channel choices from the configuration, keeping the current choice.
    void updateFilterChoices();
    void updateStatusLine();
    void updateActions();
    // The selected event's messages Cancel acts on: the waiting ones, else the uncertain ones (`uncertain`
    // says which).
    QList<Notification> toWithdraw(bool *uncertain) const;

    MonitorQueries *m_queries;
    MonitorModel *m_model;
    MonitorSortModel *m_sort;
    QString m_webhookAddress;
    QWidget *m_toolbar = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr; // a search runs once typing pauses
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QComboBox *m_dateFilter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    MonitorTableView *m_table = nullptr;
    EventDetailsView *m_details = nullptr;
    QLabel *m_statusLine = nullptr;
    Engine *m_engine = nullptr;
    QAction *m_resend = nullptr;
    QAction *m_resendAll = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_export = nullptr;
    QAction *m_notifyNow = nullptr;
    QAction *m_replay = nullptr;
    QAction *m_orderHistory = nullptr;
    std::optional<EventDetails> m_current; // the selected event as the details pane shows it
    QPointer<ResendDialog> m_resendDialog;
    QPointer<NotifyNowDialog> m_notifyNowDialog;
    QPointer<ReplayDialog> m_replayDialog;
    QPointer<OrderTimelineDialog> m_orderHistoryDialog;
};

} // namespace Tidings::Ui
