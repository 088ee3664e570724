#pragma once

#include "model/error.h"
#include "model/sourcehealth.h"
#include "sources/sourceconfig.h"
#include "sources/sourcetypeinfo.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Tidings {
class Engine;
class SourceHealthQueries;
} // namespace Tidings

namespace Tidings::Ui {

class AddSourceWizard;
class SourcesModel;

// Connections: every connected source with how it is doing (last event, events today, the last refused
// request and why), and the actions on them: add (a guided setup), edit, turn on or off, send a test event,
// remove. Health follows new events and refusals without resetting the table or its selection.
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    // `queries` must outlive the page. Nothing can be changed until setEngine().
    explicit ConnectionsPage(SourceHealthQueries *queries, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    void setEngine(Engine *engine);

    // The platforms offered by the wizard; sourceTypeInfos() unless a test sets others.
    void setSourceTypes(const QList<SourceTypeInfo> &types);

    SourcesModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }

    // The add or edit dialog while it is open, else nullptr.
    AddSourceWizard *wizard() const;

    QString currentSourceId() const;
    void selectSource(const QString &sourceId);

    QAction *addSourceAction() const { return m_add; }

    QAction *editSourceAction() const { return m_edit; }

    QAction *toggleSourceAction() const { return m_toggle; }

    QAction *testEventAction() const { return m_test; }

    QAction *removeSourceAction() const { return m_remove; }

    QAction *pollNowAction() const { return m_pollNow; }

public slots:
    void addSource();
    void editSource();
    // Opens the setup of a poll source that signs in (Google Sheets, Salesforce) and starts its sign-in once
    // the saved client secret is read; Save keeps the new sign-in.
    void signInAgain(const QString &sourceId);
    void toggleEnabled();
    void sendTestEvent();
    void removeSource();
    // Poll sources: asks the platform for changes now instead of at the next interval.
    void pollNow();
    // New raw_events rows were committed: health is read again shortly (several batches, one read).
    void eventsIngested(const QList<qint64> &eventIds);
    // Reads every source's health now.
    void refreshHealth();
    void setWebhookAddress(const QString &url);

signals:
    void errorOccurred(const Tidings::Error &error);

private:
    void reloadSources();
    void updateActions();
    void updateDetails();
    void updatePollDetails(const SourceConfig &source, const SourceHealth &health);
    void updateEmptyState();
    void showStatus(const QString &text);
    void setEnabledFor(const QString &sourceId, bool enabled);
    void openWizard(AddSourceWizard *wizard);
    const SourceTypeInfo *typeOf(const QString &sourceId) const;

    SourceHealthQueries *m_queries;
    QPointer<Engine> m_engine;
    QList<SourceTypeInfo> m_types;
    SourcesModel *m_model;
    QPointer<AddSourceWizard> m_wizard;
    QTimer *m_refreshSoon;
    QTimer *m_refreshDaily;

    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_test = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_pollNow = nullptr;
    QWidget *m_toolbar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QLabel *m_healthStatus = nullptr;
    QLabel *m_lastEvent = nullptr;
    QLabel *m_lastRefused = nullptr;
    QLabel *m_lastRefusedLabel = nullptr;
    QLabel *m_detailsAddressLabel = nullptr;
    QLineEdit *m_detailsAddress = nullptr;
    QWidget *m_detailsPane = nullptr;
    QLabel *m_statusLine = nullptr;
    QString m_webhookAddress;
    QString m_status;
};

} // namespace Tidings::Ui
