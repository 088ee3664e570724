#pragma once

#include "model/error.h"
#include "model/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;

namespace Tidings {
class MonitorQueries;
}

namespace Tidings::Ui {

class EventDetailsView;
class MonitorFilterModel;
class MonitorModel;
class MonitorTableView;

// The Monitor: the live table of events (searchable, filterable by state, sortable) beside the
// details of the selected event. Shows a friendly explanation, with the webhook address, until the
// first event arrives.
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

    MonitorFilterModel *filterModel() const { return m_filter; }

    QString webhookAddress() const { return m_webhookAddress; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

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
    void updateStatusLine();

    MonitorQueries *m_queries;
    MonitorModel *m_model;
    MonitorFilterModel *m_filter;
    QString m_webhookAddress;
    QWidget *m_toolbar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    MonitorTableView *m_table = nullptr;
    EventDetailsView *m_details = nullptr;
    QLabel *m_statusLine = nullptr;
};

} // namespace Tidings::Ui
