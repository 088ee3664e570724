#include "monitor/monitorpage.h"

#include "engine.h"
#include "monitor/activitystrip.h"
#include "monitor/csvexport.h"
#include "monitor/eventdetailsview.h"
#include "monitor/monitormodel.h"
#include "monitor/monitorsortmodel.h"
#include "monitor/monitortableview.h"
#include "monitor/notifynowdialog.h"
#include "monitor/ordertimelinedialog.h"
#include "monitor/replaydialog.h"
#include "monitor/resenddialog.h"
#include "store/monitorqueries.h"
#include "widgets/messagebox.h"
#include "widgets/pageactions.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 StateMagic = 0x7d0e0002;

// Long enough to wait for the next key of a word being typed, short enough to feel immediate.
constexpr int SearchDelayMs = 150;

// A label that moves the focus to its field with its Alt+key.
QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// The start of the day `days - 1` days before today, local time (1: today); invalid for 0 (all time).
QDateTime receivedSince(int days)
{
    if (days <= 0) {
        return {};
    }
    return QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)).toUTC();
}

} // namespace

MonitorPage::MonitorPage(MonitorQueries *queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_model(new MonitorModel(queries, MonitorModel::DefaultPageSize, this))
    , m_sort(new MonitorSortModel(this))
{
    setObjectName(u"monitorPage"_s);
    m_sort->setSourceModel(m_model);

    // Search and state filter.
    m_toolbar = new QWidget(this);
    m_search = new QLineEdit(m_toolbar);
    m_search->setObjectName(u"monitorSearch"_s);
    m_search->setPlaceholderText(tr("Search order number, email or tracking number (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search events"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);

    m_stateFilter = new QComboBox(m_toolbar);
    m_stateFilter->setObjectName(u"monitorStateFilter"_s);
    m_stateFilter->setAccessibleName(tr("Show events by state"));
    m_stateFilter->addItem(tr("All"), int(MonitorFilter::State::All));
    m_stateFilter->addItem(tr("Waiting"), int(MonitorFilter::State::Waiting));
    m_stateFilter->addItem(tr("Sent"), int(MonitorFilter::State::Sent));
    m_stateFilter->addItem(tr("Failed or uncertain"), int(MonitorFilter::State::Failed));
    m_stateFilter->addItem(tr("Duplicates"), int(MonitorFilter::State::Duplicates));

    // Shown only when there is a choice: most owners have one shop and one channel.
    m_sourceFilter = new QComboBox(m_toolbar);
    m_sourceFilter->setObjectName(u"monitorSourceFilter"_s);
    m_sourceFilter->setAccessibleName(tr("Show events from shop"));
    m_channelFilter = new QComboBox(m_toolbar);
    m_channelFilter->setObjectName(u"monitorChannelFilter"_s);
    m_channelFilter->setAccessibleName(tr("Show events with messages through channel"));

    m_dateFilter = new QComboBox(m_toolbar);
    m_dateFilter->setObjectName(u"monitorDateFilter"_s);
    m_dateFilter->setAccessibleName(tr("Show events received"));
    m_dateFilter->addItem(tr("Today"), 1);
    m_dateFilter->addItem(tr("Last 7 days"), 7);
    m_dateFilter->addItem(tr("Last 30 days"), 30);
    m_dateFilter->addItem(tr("All time"), 0);
    m_dateFilter->setCurrentIndex(m_dateFilter->count() - 1);

    auto *toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    toolbarLayout->addWidget(m_search, 2);
    toolbarLayout->addSpacing(8);
    toolbarLayout->addWidget(labelFor(tr("&Show:"), m_stateFilter, m_toolbar));
    toolbarLayout->addWidget(m_stateFilter);
    for (QComboBox *combo : {m_sourceFilter, m_channelFilter}) {
        QLabel *label = labelFor(combo == m_sourceFilter ? tr("Sh&op:") : tr("Cha&nnel:"), combo, m_toolbar);
        label->hide();
        combo->hide();
        toolbarLayout->addWidget(label);
        toolbarLayout->addWidget(combo);
    }
    toolbarLayout->addWidget(labelFor(tr("Recei&ved:"), m_dateFilter, m_toolbar));
    toolbarLayout->addWidget(m_dateFilter);
    toolbarLayout->addStretch(3);
    m_resend = addPageAction(this, u"resendAction"_s, tr("&Resend…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                             &MonitorPage::resendSelected);
    m_resend->setToolTip(tr("Send one of the selected event's messages again, to the same or another address"));
    m_resendAll = addPageAction(this, u"resendAllAction"_s, tr("Resend &All Shown…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MonitorPage::resendAllShown);
    m_resendAll->setToolTip(tr("Send the messages of every event the table shows again (use Show: Failed or "
                               "uncertain first), each to the address it went to"));
    m_cancel = addPageAction(this, u"cancelMessageAction"_s, tr("&Cancel Message"), QKeySequence(QKeySequence::Delete),
                             &MonitorPage::cancelSelected);
    m_cancel->setToolTip(tr("The selected event's message that is still waiting is not sent"));
    m_notifyNow = addPageAction(this, u"notifyNowAction"_s, tr("&Notify Now…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MonitorPage::notifyNowSelected);
    m_notifyNow->setToolTip(tr("Send a message you choose for the selected event's order now"));
    m_replay = addPageAction(this, u"replayAction"_s, tr("Re&play Through Rules…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), &MonitorPage::replaySelected);
    m_replay->setToolTip(tr("See what your current rules would send for the selected event, then send what is new"));
    m_orderHistory = addPageAction(this, u"orderHistoryAction"_s, tr("Order &History…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &MonitorPage::orderHistorySelected);
    m_orderHistory->setToolTip(tr("Everything that happened to the selected event's order, with each message "
                                  "exactly as it was sent"));
    m_export = addPageAction(this, u"exportCsvAction"_s, tr("E&xport CSV…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MonitorPage::exportView);
    m_export->setToolTip(tr("Save the events the table shows, as it shows them, for a spreadsheet"));
    // Not in the Tab chain (search, filter, table, details): their shortcuts are the keyboard path.
    for (QAction *action : {m_export, m_resend, m_resendAll, m_cancel, m_notifyNow, m_replay, m_orderHistory}) {
        QToolButton *button = textButtonFor(action, m_toolbar);
        button->setFocusPolicy(Qt::NoFocus);
        toolbarLayout->addWidget(button);
    }

    // Table and details.
    m_table = new MonitorTableView(this);
    m_table->setObjectName(u"monitorTable"_s);
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_sort);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MonitorModel::Received, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MonitorModel::Event, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    const auto textWidth = [this](const QString &text) { return fontMetrics().horizontalAdvance(text); };
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    const int iconAndPadding = style()->pixelMetric(QStyle::PM_SmallIconSize) + 3 * em;
    header->resizeSection(MonitorModel::Received, textWidth(sampleDate) + 3 * em);
    header->resizeSection(MonitorModel::Source, 10 * em);
    header->resizeSection(MonitorModel::Order, 9 * em);
    header->resizeSection(MonitorModel::Customer, 16 * em);
    header->resizeSection(MonitorModel::Status,
                          textWidth(MonitorModel::tr("Duplicate — nothing sent")) + iconAndPadding + 2 * em);
    header->resizeSection(MonitorModel::Channel, 10 * em);
    header->resizeSection(MonitorModel::Recipient, 24 * em);
    header->resizeSection(MonitorModel::Attempts,
                          textWidth(m_model->headerData(MonitorModel::Attempts, Qt::Horizontal).toString()) + 4 * em);
    header->setMinimumSectionSize(4 * em);
    // Most owners have one shop, and the details name it; the header's menu brings the column back.
    header->setSectionHidden(MonitorModel::Source, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MonitorPage::showColumnMenu);
    m_table->setMinimumHeight(fontMetrics().height() * 8);

    m_details = new EventDetailsView(this);
    m_details->setMinimumHeight(fontMetrics().height() * 10);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"monitorSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    // Empty state.
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(u"monitorEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_emptyState->setFocusPolicy(Qt::StrongFocus);
    m_emptyState->setMargin(32);
    m_emptyState->setMaximumWidth(60 * em);
    auto *emptyHolder = new QWidget(this);
    auto *emptyLayout = new QHBoxLayout(emptyHolder);
    emptyLayout->addWidget(m_emptyState, 0, Qt::AlignCenter);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"monitorStack"_s);
    m_stack->addWidget(emptyHolder);
    m_stack->addWidget(m_splitter);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(u"monitorStatusLine"_s);
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_statusLine);

    setTabOrder(m_search, m_stateFilter);
    setTabOrder(m_stateFilter, m_sourceFilter);
    setTabOrder(m_sourceFilter, m_channelFilter);
    setTabOrder(m_channelFilter, m_dateFilter);
    setTabOrder(m_dateFilter, m_table);
    setTabOrder(m_table, m_details);

    auto *find = new QAction(tr("Search events"), this);
    find->setObjectName(u"monitorFindAction"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, &MonitorPage::focusSearch);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &MonitorPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_stateFilter, m_sourceFilter, m_channelFilter, m_dateFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MonitorPage::applyFilter);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MonitorPage::showCurrentDetails);
    connect(m_table, &MonitorTableView::detailsRequested, m_details, &EventDetailsView::focusDetails);
    connect(m_model, &MonitorModel::loadFailed, this, &MonitorPage::errorOccurred);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateEmptyState();
            updateStatusLine();
        });
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateStatusLine();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MonitorPage::updateStatusLine);

    updateEmptyState();
    updateStatusLine();
    updateActions();
}

MonitorPage::~MonitorPage() = default;

void MonitorPage::setEngine(Engine *engine)
{
    m_engine = engine;
    updateActions();
}

ResendDialog *MonitorPage::resendDialog() const
{
    return m_resendDialog;
}

void MonitorPage::updateActions()
{
    const bool resendable = m_current && !ResendDialog::resendable(*m_current).isEmpty();
    bool uncertain = false;
    const bool withdrawable = !toWithdraw(&uncertain).isEmpty();
    m_resend->setEnabled(m_engine && resendable && !m_resendDialog);
    m_resendAll->setEnabled(m_engine != nullptr);
    m_cancel->setEnabled(m_engine && withdrawable);
    const bool hasOrder = m_current && !m_current->row.orderId.isEmpty();
    m_notifyNow->setEnabled(m_engine && hasOrder && !m_notifyNowDialog);
    m_replay->setEnabled(m_engine && hasOrder && !m_current->row.duplicate && !m_replayDialog);
    m_orderHistory->setEnabled(hasOrder && !m_orderHistoryDialog);
    m_cancel->setText(withdrawable && uncertain ? tr("&Don't Send Again") : tr("&Cancel Message"));
}

QList<Notification> MonitorPage::resendableShown() const
{
    QList<Notification> list;
    for (int row = 0; row < m_sort->rowCount(); ++row) {
        const qint64 eventId = m_sort->index(row, 0).data(MonitorModel::EventIdRole).toLongLong();
        const auto details = m_queries->details(eventId);
        if (!details) {
            continue;
        }
        QSet<qint64> resentAlready;
        for (const Notification &n : details->notifications) {
            if (n.resendOf > 0) {
                resentAlready.insert(n.resendOf);
            }
        }
        for (const Notification &n : ResendDialog::resendable(*details)) {
            if (!resentAlready.contains(n.id)) {
                list.append(n);
            }
        }
    }
    return list;
}

void MonitorPage::resendAllShown()
{
    if (!m_engine) {
        return;
    }
    const QList<Notification> messages = resendableShown();
    if (messages.isEmpty()) {
        m_statusLine->setText(tr("None of the events shown has a message that can be sent again."));
        return;
    }
    const int count = int(messages.size());
    const QString question = tr("Send %n message(s) of the %1 events shown again, each to the address it went to? "
                                "The first ones stay in the history.",
                                nullptr, count)
                                 .arg(m_sort->rowCount());
    if (MessageBox::confirm(this, tr("Resend All Shown"), question, tr("Resend %n Message(s)", nullptr, count)) !=
        QMessageBox::Yes) {
        return;
    }

    struct Progress
    {
        int pending = 0;
        int resent = 0;
        std::optional<Error> error;
    };

    auto progress = std::make_shared<Progress>();
    progress->pending = count;
    const QPointer<MonitorPage> self(this);
    const auto answered = [self, progress] {
        if (--progress->pending > 0 || !self) {
            return;
        }
        self->m_statusLine->setText(tr("Queued %n message(s) to be sent again.", nullptr, progress->resent));
        if (progress->error) {
            emit self->errorOccurred(*progress->error);
        }
    };
    for (const Notification &n : messages) {
        const Status started = m_engine->resendNotification(n.id, {}, [progress, answered](const Result<qint64> &r) {
            if (r) {
                ++progress->resent;
            } else if (!progress->error) {
                progress->error = r.error();
            }
            answered();
        });
        if (!started) {
            emit errorOccurred(started.error());
            return;
        }
    }
}

void MonitorPage::resendSelected()
{
    if (!m_engine || !m_current || m_resendDialog || ResendDialog::resendable(*m_current).isEmpty()) {
        return;
    }
    auto *dialog = new ResendDialog(m_engine, *m_current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_resendDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        updateActions();
    });
    dialog->open();
    updateActions();
}

NotifyNowDialog *MonitorPage::notifyNowDialog() const
{
    return m_notifyNowDialog;
}

ReplayDialog *MonitorPage::replayDialog() const
{
    return m_replayDialog;
}

void MonitorPage::notifyNowSelected()
{
    if (!m_engine || !m_current || m_current->row.orderId.isEmpty() || m_notifyNowDialog) {
        return;
    }
    auto *dialog = new NotifyNowDialog(m_engine, *m_current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_notifyNowDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        updateActions();
    });
    dialog->open();
    updateActions();
}

void MonitorPage::replaySelected()
{
    if (!m_engine || !m_current || m_current->row.orderId.isEmpty() || m_current->row.duplicate || m_replayDialog) {
        return;
    }
    auto *dialog = new ReplayDialog(m_engine, *m_current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_replayDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        updateActions();
    });
    dialog->open();
    updateActions();
}

OrderTimelineDialog *MonitorPage::orderHistoryDialog() const
{
    return m_orderHistoryDialog;
}

void MonitorPage::orderHistorySelected()
{
    if (!m_current || m_current->row.orderId.isEmpty() || m_orderHistoryDialog) {
        return;
    }
    auto *dialog = new OrderTimelineDialog(m_queries, m_engine ? m_engine->config().brand : Brand{},
                                           m_current->row.sourceId, m_current->row.orderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_orderHistoryDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        updateActions();
    });
    dialog->open();
    updateActions();
}

Status MonitorPage::exportCsv(const QString &path) const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column)) {
            columns.append(column);
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CsvExport::fromModel(*m_sort, columns)) < 0 || !file.commit()) {
        return Error::make(
            ErrorCode::Storage,
            tr("Tidings could not save the events to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            file.errorString());
    }
    return {};
}

void MonitorPage::exportView()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("tidings-events-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export View as CSV"), QDir(folder).filePath(name),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (const Status saved = exportCsv(path); !saved) {
        emit errorOccurred(saved.error());
        return;
    }
    m_statusLine->setText(
        tr("Saved %n event(s) to %1.", nullptr, m_sort->rowCount()).arg(QDir::toNativeSeparators(path)));
}

QList<Notification> MonitorPage::toWithdraw(bool *uncertain) const
{
    QList<Notification> list;
    for (const NotificationState state : {NotificationState::Queued, NotificationState::Uncertain}) {
        for (const Notification &n : m_current ? m_current->notifications : QList<Notification>()) {
            if (n.state == state) {
                list.append(n);
            }
        }
        if (!list.isEmpty()) {
            if (uncertain) {
                *uncertain = state == NotificationState::Uncertain;
            }
            break;
        }
    }
    return list;
}

void MonitorPage::cancelSelected()
{
    bool uncertain = false;
    const QList<Notification> messages = toWithdraw(&uncertain);
    if (!m_engine || messages.isEmpty()) {
        return;
    }
    QStringList recipients;
    for (const Notification &n : messages) {
        recipients.append(n.recipient);
    }
    const int count = int(messages.size());
    const QString question =
        uncertain ? tr("Tidings was interrupted while sending the message to %1, so it may have gone out. Leave it "
                       "as it is? Tidings will not send it again; you can still resend it.",
                       nullptr, count)
                        .arg(recipients.join(u", "_s))
                  : tr("Cancel the message to %1 that is waiting to go out? It will not be sent; you can still "
                       "resend it later.",
                       nullptr, count)
                        .arg(recipients.join(u", "_s));
    const QString title = uncertain ? tr("Don't Send Again") : tr("Cancel Waiting Message");
    if (MessageBox::confirm(this, title, question, uncertain ? tr("Don't Send Again") : tr("Cancel Message")) !=
        QMessageBox::Yes) {
        return;
    }
    const QPointer<MonitorPage> self(this);
    for (const Notification &n : messages) {
        const Status started = m_engine->cancelNotification(n.id, [self](const Status &status) {
            if (self && !status) {
                emit self->errorOccurred(status.error());
            }
        });
        if (!started) {
            emit errorOccurred(started.error());
            return;
        }
    }
}

Status MonitorPage::reload()
{
    updateFilterChoices();
    return m_model->reload();
}

MonitorFilter MonitorPage::filterFromRow() const
{
    MonitorFilter filter;
    filter.state = MonitorFilter::State(m_stateFilter->currentData().toInt());
    filter.sourceId = m_sourceFilter->currentData().toString();
    filter.channelId = m_channelFilter->currentData().toString();
    filter.receivedFrom = receivedSince(m_dateFilter->currentData().toInt());
    filter.text = m_search->text().trimmed();
    return filter;
}

void MonitorPage::applyFilter()
{
    m_searchDelay->stop();
    const MonitorFilter filter = filterFromRow();
    if (filter == m_model->filter()) {
        return; // the search text typed back, say
    }
    if (const Status status = m_model->setFilter(filter); !status) {
        emit errorOccurred(status.error());
    }
}

void MonitorPage::updateFilterChoices()
{
    const auto fill = [this](QComboBox *combo, const QString &all,
                             const Result<QList<std::pair<QString, QString>>> &names) {
        if (!names) {
            return;
        }
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[id, name] : names.value()) {
            combo->addItem(name.isEmpty() ? id : name, id);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
        // Shown only when there is a choice (besides "All"), with its label.
        const bool choice = combo->count() > 2;
        combo->setVisible(choice);
        for (QLabel *label : m_toolbar->findChildren<QLabel *>()) {
            if (label->buddy() == combo) {
                label->setVisible(choice);
            }
        }
    };
    fill(m_sourceFilter, tr("All shops"), m_queries->sourceNames());
    fill(m_channelFilter, tr("All channels"), m_queries->channelNames());
}

void MonitorPage::setWebhookAddress(const QString &url)
{
    m_webhookAddress = url;
    updateEmptyState();
    updateStatusLine();
}

void MonitorPage::eventsIngested(const QList<qint64> &eventIds)
{
    m_model->eventsIngested(eventIds);
}

void MonitorPage::eventsChanged(const QList<qint64> &eventIds)
{
    m_model->eventsChanged(eventIds);
    if (m_details->eventId() != 0 && eventIds.contains(m_details->eventId())) {
        showCurrentDetails();
    }
}

void MonitorPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MonitorPage::showCurrentDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_current.reset();
    updateActions();
    if (!current.isValid()) {
        m_details->showPlaceholder(tr("Select an event to see what Tidings did about it."));
        return;
    }
    const qint64 eventId = current.data(MonitorModel::EventIdRole).toLongLong();
    const auto details = m_queries->details(eventId);
    if (!details) {
        m_details->showPlaceholder(details.error().message);
        if (details.error().code != ErrorCode::NotFound) {
            emit errorOccurred(details.error());
        }
        return;
    }
    m_details->setDetails(details.value());
    m_current = details.value();
    updateActions();
}

void MonitorPage::updateEmptyState()
{
    // A filter that matches nothing keeps the table and its filter row, so it can be changed back.
    const bool empty = m_model->rowCount() == 0 && m_model->filter().isEmpty();
    QString text = u"<p style='font-size:large'><b>"_s + tr("No events yet").toHtmlEscaped() + u"</b></p><p>"_s +
                   tr("Events appear here as soon as your shop sends them. For each one you will see which "
                      "messages Tidings sent, to whom, and whether they arrived at your email provider.")
                       .toHtmlEscaped() +
                   u"</p>"_s;
    if (!m_webhookAddress.isEmpty()) {
        text += u"<p>"_s + tr("Your shop sends its webhooks to:").toHtmlEscaped() + u"<br><b>"_s +
                m_webhookAddress.toHtmlEscaped() + u"</b></p>"_s;
    }
    m_emptyState->setText(text);
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_toolbar->setVisible(!empty);
}

void MonitorPage::updateStatusLine()
{
    int failed = 0;
    int uncertain = 0;
    int waiting = 0;
    const int total = m_model->rowCount();
    for (int row = 0; row < total; ++row) {
        switch (MonitorModel::statusKind(m_model->monitorRow(row))) {
        case MonitorModel::StatusKind::Failed:
            ++failed;
            break;
        case MonitorModel::StatusKind::Uncertain:
            ++uncertain;
            break;
        case MonitorModel::StatusKind::Waiting:
        case MonitorModel::StatusKind::Sending:
            ++waiting;
            break;
        default:
            break;
        }
    }
    QStringList parts;
    parts.append(m_webhookAddress.isEmpty() ? tr("Not listening for webhooks")
                                            : tr("Listening on %1").arg(m_webhookAddress));
    const bool more = m_model->canFetchMore();
    if (!m_model->filter().isEmpty()) {
        parts.append(more ? tr("The newest %n matching event(s); scroll for older ones", nullptr, total)
                          : tr("%n matching event(s)", nullptr, total));
    } else if (total == 0) {
        parts.append(tr("No events yet"));
    } else {
        parts.append(more ? tr("The newest %n event(s); scroll for older ones", nullptr, total)
                          : tr("%n event(s)", nullptr, total));
    }
    if (waiting > 0) {
        parts.append(tr("%n waiting", nullptr, waiting));
    }
    if (uncertain > 0) {
        parts.append(tr("%n uncertain", nullptr, uncertain));
    }
    if (failed > 0) {
        parts.append(tr("%n failed", nullptr, failed));
    }
    m_statusLine->setText(parts.join(u"  ·  "_s));
}

QByteArray MonitorPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateMagic << m_splitter->saveState() << m_details->splitter()->saveState()
           << m_table->horizontalHeader()->saveState();
    return state;
}

void MonitorPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    QByteArray splitter;
    QByteArray detailsSplitter;
    QByteArray header;
    stream >> magic >> splitter >> detailsSplitter >> header;
    if (stream.status() != QDataStream::Ok || magic != StateMagic) {
        return;
    }
    m_splitter->restoreState(splitter);
    m_details->splitter()->restoreState(detailsSplitter);
    m_table->horizontalHeader()->restoreState(header);
}

void MonitorPage::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(u"monitorColumnMenu"_s);
    int visible = 0;
    for (int column = 0; column < MonitorModel::ColumnCount; ++column) {
        visible += header->isSectionHidden(column) ? 0 : 1;
    }
    for (int column = 0; column < MonitorModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot be brought back.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void MonitorPage::setActivityStrip(ActivityStrip *strip)
{
    strip->setParent(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, strip);
}

} // namespace Tidings::Ui
