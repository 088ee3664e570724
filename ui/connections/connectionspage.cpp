#include "connections/connectionspage.h"

#include "connections/addsourcewizard.h"
#include "connections/sourcesetuppage.h"
#include "connections/sourcesmodel.h"
#include "engine.h"
#include "sources/polling/poller.h"
#include "sources/sourceadapter.h"
#include "store/sourcehealthqueries.h"
#include "widgets/copybutton.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

// A push button that mirrors an action (text with its mnemonic, enabled, tooltip), so every action has
// a visible button and an Alt+letter.
QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setAutoDefault(false);
    const auto sync = [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

QString shortcutHint(const QAction *action)
{
    return action->shortcut().isEmpty() ? QString()
                                        : u" ("_s + action->shortcut().toString(QKeySequence::NativeText) + u')';
}

} // namespace

ConnectionsPage::ConnectionsPage(SourceHealthQueries *queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_types(allSourceTypeInfos())
    , m_model(new SourcesModel(this))
    , m_refreshSoon(new QTimer(this))
    , m_refreshDaily(new QTimer(this))
{
    setObjectName(u"connectionsPage"_s);
    m_model->setSourceTypes(m_types);

    // Actions: each has a button with a mnemonic, the common ones a shortcut too.
    const auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                                   void (ConnectionsPage::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = makeAction(u"addSourceAction"_s, tr("&Add connection…"), QKeySequence::New, &ConnectionsPage::addSource);
    m_edit = makeAction(u"editSourceAction"_s, tr("&Edit…"), QKeySequence(Qt::Key_F2), &ConnectionsPage::editSource);
    m_toggle = makeAction(u"toggleSourceAction"_s, tr("Turn o&ff"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          &ConnectionsPage::toggleEnabled);
    m_test = makeAction(u"testEventAction"_s, tr("Send a &test event"), QKeySequence(Qt::CTRL | Qt::Key_T),
                        &ConnectionsPage::sendTestEvent);
    m_remove =
        makeAction(u"removeSourceAction"_s, tr("&Remove…"), QKeySequence::Delete, &ConnectionsPage::removeSource);
    m_pollNow = makeAction(u"pollNowAction"_s, tr("Check &now"), QKeySequence(Qt::Key_F5), &ConnectionsPage::pollNow);
    m_pollNow->setToolTip(tr("Ask the platform for new and changed orders now, instead of at the next check") +
                          shortcutHint(m_pollNow));
    m_add->setToolTip(tr("Connect a shop or order system") + shortcutHint(m_add));
    m_edit->setToolTip(tr("Change the selected connection, or see its setup again") + shortcutHint(m_edit));
    m_toggle->setToolTip(tr("While off, Tidings refuses the connection's webhooks") + shortcutHint(m_toggle));
    m_test->setToolTip(tr("Send a signed sample order to this computer's webhook address, as the platform "
                          "would. Nobody is notified.") +
                       shortcutHint(m_test));
    m_remove->setToolTip(tr("Remove the selected connection") + shortcutHint(m_remove));

    m_toolbar = new QWidget(this);
    auto *toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_add, m_edit, m_toggle, m_pollNow, m_test, m_remove}) {
        toolbarLayout->addWidget(buttonFor(action, m_toolbar));
    }
    toolbarLayout->addStretch(1);

    // Table.
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(SourcesModel::RawValueRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(u"connectionsTable"_s);
    m_table->setAccessibleName(tr("Connections"));
    m_table->setModel(sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order they were added in, until a header is clicked
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().averageCharWidth();
    const auto textWidth = [this](const QString &text) { return fontMetrics().horizontalAdvance(text); };
    header->resizeSection(SourcesModel::Name, 26 * em);
    header->resizeSection(SourcesModel::Platform, 30 * em);
    header->resizeSection(SourcesModel::Enabled,
                          textWidth(m_model->headerData(SourcesModel::Enabled, Qt::Horizontal).toString()) + 10 * em);
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    header->resizeSection(SourcesModel::LastEvent, textWidth(sampleDate) + 4 * em);
    header->resizeSection(SourcesModel::EventsToday,
                          textWidth(m_model->headerData(SourcesModel::EventsToday, Qt::Horizontal).toString()) +
                              4 * em);
    header->setMinimumSectionSize(6 * em);

    // Details of the selected connection.
    m_detailsPane = new QWidget(this);
    m_detailsPane->setObjectName(u"connectionDetails"_s);
    m_detailsTitle = new QLabel(m_detailsPane);
    m_detailsTitle->setObjectName(u"connectionDetailsTitle"_s);
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailsTitle->setFont(titleFont);
    m_detailsTitle->setTextFormat(Qt::PlainText);
    m_detailsAddress = new QLineEdit(m_detailsPane);
    m_detailsAddress->setObjectName(u"connectionAddress"_s);
    m_detailsAddress->setReadOnly(true);
    auto *addressLabel = new QLabel(tr("Webhook &address:"), m_detailsPane);
    addressLabel->setBuddy(m_detailsAddress);
    m_detailsAddressLabel = addressLabel;
    auto *copyAddress =
        new CopyButton([this] { return m_detailsAddress->text(); }, tr("Copy the webhook address"), m_detailsPane);
    copyAddress->setObjectName(u"copyConnectionAddress"_s);
    const auto valueLabel = [this](const QString &name) {
        auto *label = new QLabel(m_detailsPane);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setFocusPolicy(Qt::ClickFocus);
        return label;
    };
    m_healthStatus = valueLabel(u"connectionHealthStatus"_s);
    m_lastEvent = valueLabel(u"connectionLastEvent"_s);
    m_lastRefused = valueLabel(u"connectionLastRefused"_s);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_detailsAddress, 1);
    addressRow->addWidget(copyAddress);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(addressLabel, addressRow);
    for (const auto &[text, value] :
         {std::pair{tr("Status:"), m_healthStatus}, std::pair{tr("Last event:"), m_lastEvent},
          std::pair{tr("Last refused:"), m_lastRefused}}) {
        auto *label = new QLabel(text, m_detailsPane);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // beside the first line of a long value
        label->setBuddy(value);
        form->addRow(label, value);
        if (value == m_lastRefused) {
            m_lastRefusedLabel = label;
        }
    }
    auto *detailsLayout = new QVBoxLayout(m_detailsPane);
    detailsLayout->setContentsMargins(4, 8, 4, 4);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addLayout(form);
    detailsLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"connectionsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_table->setMinimumHeight(fontMetrics().height() * 6);
    m_detailsPane->setMinimumHeight(fontMetrics().height() * 11);

    // Empty state.
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(u"connectionsEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setMaximumWidth(60 * em);
    m_emptyState->setText(u"<p style='font-size:large'><b>"_s + tr("No connections yet").toHtmlEscaped() +
                          u"</b></p><p>"_s +
                          tr("Connect your shop or order system, and Tidings hears of every new order and shipment "
                             "and tells your customers about it. A short guided setup shows what to do on the "
                             "platform's side.")
                              .toHtmlEscaped() +
                          u"</p>"_s);
    auto *emptyAdd = new QPushButton(tr("Add your first connection…"), this);
    emptyAdd->setObjectName(u"addFirstSourceButton"_s);
    connect(emptyAdd, &QPushButton::clicked, this, &ConnectionsPage::addSource);
    auto *emptyHolder = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyHolder);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyState, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"connectionsStack"_s);
    m_stack->addWidget(emptyHolder);
    m_stack->addWidget(splitter);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(u"connectionsStatusLine"_s);
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_statusLine);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(250);
    connect(m_refreshSoon, &QTimer::timeout, this, &ConnectionsPage::refreshHealth);
    // "Events today" starts again at midnight; a minute late is fine.
    m_refreshDaily->setInterval(60 * 1000);
    connect(m_refreshDaily, &QTimer::timeout, this, &ConnectionsPage::refreshHealth);
    m_refreshDaily->start();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table, &QTableView::activated, this, &ConnectionsPage::editSource);
    connect(m_model, &SourcesModel::enabledChangeRequested, this, &ConnectionsPage::setEnabledFor);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConnectionsPage::updateDetails);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateEmptyState();
            updateActions();
        });
    }

    updateEmptyState();
    updateActions();
    updateDetails();
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::setEngine(Engine *engine)
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
    }
    m_engine = engine;
    if (engine) {
        connect(engine, &Engine::sourcesChanged, this, &ConnectionsPage::reloadSources);
        connect(engine, &Engine::started, this, &ConnectionsPage::reloadSources);
        connect(engine, &Engine::startFailed, this, &ConnectionsPage::reloadSources);
        connect(engine, &Engine::webhookRejected, this, [this] { m_refreshSoon->start(); });
        // A check's start shows at once (the button greys out); its end is read with the events it brought.
        connect(engine, &Engine::pollStarted, this, [this] { refreshHealth(); });
        connect(engine, &Engine::pollFinished, this, [this] { m_refreshSoon->start(); });
        connect(engine, &Engine::pollFailed, this, [this] { m_refreshSoon->start(); });
    }
    reloadSources();
}

void ConnectionsPage::setSourceTypes(const QList<SourceTypeInfo> &types)
{
    m_types = types;
    m_model->setSourceTypes(types);
    updateActions();
}

void ConnectionsPage::setWebhookAddress(const QString &url)
{
    m_webhookAddress = url;
    showStatus(m_status);
    updateDetails();
}

AddSourceWizard *ConnectionsPage::wizard() const
{
    return m_wizard;
}

QString ConnectionsPage::currentSourceId() const
{
    return m_table->currentIndex().data(SourcesModel::SourceIdRole).toString();
}

void ConnectionsPage::selectSource(const QString &sourceId)
{
    const QAbstractItemModel *view = m_table->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        const QModelIndex index = view->index(row, SourcesModel::Name);
        if (index.data(SourcesModel::SourceIdRole).toString() == sourceId) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            return;
        }
    }
}

const SourceTypeInfo *ConnectionsPage::typeOf(const QString &sourceId) const
{
    const int row = m_model->rowOfSource(sourceId);
    if (row < 0) {
        return nullptr;
    }
    return findTypeInfo(m_types, m_model->source(row));
}

void ConnectionsPage::reloadSources()
{
    m_model->setSources(m_engine ? m_engine->config().sources : QList<SourceConfig>());
    refreshHealth();
    updateActions();
    updateDetails();
    showStatus(m_status);
}

void ConnectionsPage::eventsIngested(const QList<qint64> &eventIds)
{
    Q_UNUSED(eventIds)
    if (!m_refreshSoon->isActive()) {
        m_refreshSoon->start();
    }
}

void ConnectionsPage::refreshHealth()
{
    m_refreshSoon->stop();
    const QDateTime startOfToday = QDate::currentDate().startOfDay().toUTC();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->source(row).id;
        SourceHealth health = m_engine ? m_engine->sourceHealth(id) : SourceHealth();
        if (m_queries) {
            const auto stats = m_queries->eventStats(id, startOfToday);
            if (!stats) {
                emit errorOccurred(stats.error());
                return;
            }
            health.lastEventAt = stats->lastEventAt;
            health.eventsToday = stats->eventsSince;
        }
        m_model->setHealth(id, health);
    }
}

void ConnectionsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    // Ctrl+2 and the navigation land on what there is to do.
    setFocusProxy(empty ? m_stack->widget(0)->findChild<QPushButton *>(u"addFirstSourceButton"_s)
                        : static_cast<QWidget *>(m_table));
}

void ConnectionsPage::updateActions()
{
    const QString id = currentSourceId();
    const int row = m_model->rowOfSource(id);
    const bool running = m_engine != nullptr;
    m_add->setEnabled(running && !m_types.isEmpty());
    m_edit->setEnabled(running && row >= 0 && typeOf(id) != nullptr);
    m_toggle->setEnabled(running && row >= 0);
    m_toggle->setText(row >= 0 && !m_model->source(row).enabled ? tr("Turn o&n") : tr("Turn o&ff"));
    m_test->setEnabled(running && row >= 0 && m_engine->canSendTestEvent(id));
    m_remove->setEnabled(running && row >= 0);
    const bool poll = row >= 0 && isPollSource(m_model->source(row));
    m_pollNow->setVisible(std::any_of(m_types.cbegin(), m_types.cend(), [](const auto &type) { return type.poll; }));
    m_pollNow->setEnabled(running && poll && m_model->source(row).enabled && !m_model->health(row).polling);
    if (poll) {
        m_test->setToolTip(tr("Tidings reads this connection itself: use Check now to see it work."));
    } else if (row >= 0 && running && !m_engine->canSendTestEvent(id)) {
        const auto adapter = createSourceAdapter(m_model->source(row).type);
        const bool hasSample = adapter && adapter->sampleWebhook(m_model->source(row), "x").has_value();
        m_test->setToolTip(hasSample ? tr("A test event needs the connection to be on, with its secret saved, and "
                                          "Tidings receiving webhooks.")
                                     : tr("Tidings has no test event for this platform. Use the platform's own "
                                          "test, if it has one."));
    } else {
        m_test->setToolTip(tr("Send a signed sample order to this computer's webhook address, as the platform "
                              "would. Nobody is notified.") +
                           shortcutHint(m_test));
    }
}

void ConnectionsPage::updateDetails()
{
    const QString id = currentSourceId();
    const int row = m_model->rowOfSource(id);
    m_detailsPane->setEnabled(row >= 0);
    if (row < 0) {
        m_detailsTitle->setText(m_model->rowCount() > 0 ? tr("Select a connection to see how it is doing.")
                                                        : QString());
        m_detailsAddress->clear();
        for (QLabel *label : {m_healthStatus, m_lastEvent, m_lastRefused}) {
            label->clear();
        }
        return;
    }
    const SourceConfig &source = m_model->source(row);
    const SourceHealth &health = m_model->health(row);
    m_detailsTitle->setText(tr("%1 — %2").arg(source.name, m_model->platformName(source)));
    const bool poll = isPollSource(source);
    m_detailsAddressLabel->setText(poll ? tr("Reads &from:") : tr("Webhook &address:"));
    m_lastRefusedLabel->setText(poll ? tr("Last check:") : tr("Last refused:"));
    const QString address = poll       ? source.options.value("baseUrl"_L1).toString()
                            : m_engine ? m_engine->webhookUrl(source.id)
                                       : QString();
    if (m_detailsAddress->text() != address) {
        m_detailsAddress->setText(address);
        m_detailsAddress->setCursorPosition(0);
    }

    const QLocale locale;
    if (poll) {
        updatePollDetails(source, health);
        return;
    }
    switch (SourcesModel::healthKind(source, health)) {
    case SourcesModel::HealthKind::Off:
        m_healthStatus->setText(tr("Turned off: Tidings refuses its webhooks until you turn it on."));
        break;
    case SourcesModel::HealthKind::Waiting:
        m_healthStatus->setText(tr("Waiting for the first event. Finish the setup on the platform's side (Edit "
                                   "shows the steps again), or send a test event."));
        break;
    case SourcesModel::HealthKind::Receiving:
        m_healthStatus->setText(tr("Receiving events."));
        break;
    case SourcesModel::HealthKind::Refusing:
        m_healthStatus->setText(tr("Its latest request was refused; see why below."));
        break;
    }
    m_lastEvent->setText(health.lastEventAt.isValid()
                             ? tr("%1 (%n today)", nullptr, health.eventsToday)
                                   .arg(locale.toString(health.lastEventAt.toLocalTime(), QLocale::LongFormat))
                             : tr("None yet."));
    m_lastRefused->setText(health.lastRejectionAt.isValid()
                               ? tr("%1, HTTP %2. %3")
                                     .arg(locale.toString(health.lastRejectionAt.toLocalTime(), QLocale::LongFormat))
                                     .arg(health.lastRejectionStatus)
                                     .arg(health.lastRejectionReason)
                               : tr("Nothing refused since Tidings started."));
}

void ConnectionsPage::updatePollDetails(const SourceConfig &source, const SourceHealth &health)
{
    const QLocale locale;
    const auto when = [&locale](const QDateTime &utc) {
        return locale.toString(utc.toLocalTime(), QLocale::LongFormat);
    };
    const QString next =
        health.nextPollAt.isValid() ? tr("Next check: %1.").arg(SourcesModel::timeText(health.nextPollAt)) : QString();
    if (!source.enabled) {
        m_healthStatus->setText(tr("Turned off: Tidings does not check it until you turn it on."));
    } else if (health.polling) {
        m_healthStatus->setText(tr("Checking now…"));
    } else if (health.lastPollFailedAt.isValid()) {
        m_healthStatus->setText(tr("Its latest check failed; see why below. Tidings tries again by itself."));
    } else if (health.lastPollAt.isValid()) {
        m_healthStatus->setText(
            tr("Checking every %n minute(s).", nullptr, int(PollSettings::from(source).intervalMs / 60000)));
    } else {
        m_healthStatus->setText(tr("Waiting for the first check."));
    }
    m_lastEvent->setText(health.lastEventAt.isValid()
                             ? tr("%1 (%n today)", nullptr, health.eventsToday).arg(when(health.lastEventAt))
                             : tr("None yet."));
    QString check;
    if (health.lastPollFailedAt.isValid()) {
        check = tr("%1: %2").arg(when(health.lastPollFailedAt), health.lastPollError);
    } else if (health.lastPollAt.isValid()) {
        const QString took = health.lastPollDurationMs < 1000
                                 ? tr("under a second")
                                 : tr("%1 s").arg(locale.toString(health.lastPollDurationMs / 1000.0, 'f', 1));
        check = tr("%1, took %2, found %n new change(s).", nullptr, health.lastPollFound)
                    .arg(when(health.lastPollAt), took);
    } else {
        check = tr("Not yet.");
    }
    m_lastRefused->setText(next.isEmpty() || !source.enabled ? check : check + u' ' + next);
}

void ConnectionsPage::pollNow()
{
    const QString id = currentSourceId();
    const int row = m_model->rowOfSource(id);
    if (!m_engine || row < 0 || !isPollSource(m_model->source(row))) {
        return;
    }
    m_engine->pollNow(id);
    showStatus(tr("Checking \"%1\" now…").arg(m_model->source(row).name));
}

void ConnectionsPage::showStatus(const QString &text)
{
    m_status = text;
    QStringList parts;
    parts.append(m_webhookAddress.isEmpty() ? tr("Not receiving webhooks")
                                            : tr("Receiving webhooks at %1").arg(m_webhookAddress));
    parts.append(tr("%n connection(s)", nullptr, m_model->rowCount()));
    if (!text.isEmpty()) {
        parts.append(text);
    }
    m_statusLine->setText(parts.join(u"  ·  "_s));
}

void ConnectionsPage::openWizard(AddSourceWizard *wizard)
{
    m_wizard = wizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AddSourceWizard::sourceSaved, this, [this, editing = wizard->isEditing()](const QString &id) {
        const int row = m_model->rowOfSource(id);
        const QString name = row >= 0 ? m_model->source(row).name : id;
        selectSource(id);
        showStatus(editing ? tr("Saved \"%1\".").arg(name)
                           : tr("Added \"%1\". Its events appear in the Monitor as they arrive.").arg(name));
    });
    connect(wizard, &QDialog::finished, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    wizard->open();
}

void ConnectionsPage::addSource()
{
    if (!m_engine || m_wizard) {
        return;
    }
    openWizard(new AddSourceWizard(m_engine, m_types, this));
}

void ConnectionsPage::editSource()
{
    const QString id = currentSourceId();
    const int row = m_model->rowOfSource(id);
    const SourceTypeInfo *type = typeOf(id);
    if (!m_engine || m_wizard || row < 0 || !type) {
        return;
    }
    openWizard(new AddSourceWizard(m_engine, *type, m_model->source(row), this));
}

void ConnectionsPage::signInAgain(const QString &sourceId)
{
    selectSource(sourceId);
    if (currentSourceId() != sourceId || m_wizard) {
        return;
    }
    editSource();
    if (AddSourceWizard *wizard = m_wizard) {
        wizard->next(); // details → setup
        if (wizard->currentId() == AddSourceWizard::SetupPageId) {
            wizard->setupPage()->startSignInWhenReady();
        }
    }
}

void ConnectionsPage::toggleEnabled()
{
    const QString id = currentSourceId();
    const int row = m_model->rowOfSource(id);
    if (row >= 0) {
        setEnabledFor(id, !m_model->source(row).enabled);
    }
}

void ConnectionsPage::setEnabledFor(const QString &sourceId, bool enabled)
{
    if (!m_engine) {
        return;
    }
    if (auto status = m_engine->setSourceEnabled(sourceId, enabled); !status) {
        emit errorOccurred(status.error());
        return;
    }
    const int row = m_model->rowOfSource(sourceId);
    const QString name = row >= 0 ? m_model->source(row).name : sourceId;
    const bool poll = row >= 0 && isPollSource(m_model->source(row));
    showStatus(enabled ? tr("\"%1\" is on.").arg(name)
               : poll  ? tr("\"%1\" is off; Tidings does not check it.").arg(name)
                       : tr("\"%1\" is off; its webhooks are refused.").arg(name));
    updateActions();
}

void ConnectionsPage::sendTestEvent()
{
    const QString id = currentSourceId();
    const int row = m_model->rowOfSource(id);
    if (!m_engine || row < 0) {
        return;
    }
    const QString name = m_model->source(row).name;
    const QPointer<ConnectionsPage> self(this);
    const Status started = m_engine->sendTestEvent(id, [self, name](const Status &status) {
        if (!self) {
            return;
        }
        self->m_test->setEnabled(true);
        self->updateActions();
        if (!status) {
            self->showStatus(QString());
            emit self->errorOccurred(status.error());
            return;
        }
        self->showStatus(tr("Test event for \"%1\" accepted; it is in the Monitor.").arg(name));
        self->refreshHealth();
    });
    if (!started) {
        emit errorOccurred(started.error());
        return;
    }
    m_test->setEnabled(false);
    showStatus(tr("Sending a test event for \"%1\"…").arg(name));
}

void ConnectionsPage::removeSource()
{
    const QString id = currentSourceId();
    const int row = m_model->rowOfSource(id);
    if (!m_engine || row < 0) {
        return;
    }
    const SourceConfig source = m_model->source(row);
    const QString platform = m_model->platformName(source);
    const auto answer = MessageBox::confirm(
        this, tr("Remove connection"),
        tr("Remove \"%1\"?\n\nTidings will refuse its webhooks and delete its secret from the keychain. Events "
           "already received stay in the Monitor. Delete the webhooks in %2 too, or it keeps sending them.")
            .arg(source.name, platform),
        tr("&Remove"));
    if (answer != QMessageBox::Yes) {
        return;
    }
    const QPointer<ConnectionsPage> self(this);
    const Status removed = m_engine->removeSource(id, [self](const Status &status) {
        if (self && !status) {
            emit self->errorOccurred(status.error());
        }
    });
    if (!removed) {
        emit errorOccurred(removed.error());
        return;
    }
    showStatus(tr("Removed \"%1\".").arg(source.name));
}

} // namespace Tidings::Ui
