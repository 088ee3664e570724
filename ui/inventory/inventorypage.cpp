#include "inventory/inventorypage.h"

#include "inventory/productsmodel.h"
#include "inventory/stockhistorymodel.h"
#include "inventory/subscriptioncsv.h"
#include "inventory/thresholddelegate.h"
#include "inventory/thresholddialog.h"
#include "store/inventoryqueries.h"
#include "widgets/messagebanner.h"
#include "widgets/pageactions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int SearchDelayMs = 250; // a search runs once typing pauses
constexpr int ProblemsShown = 8;   // an import's problems listed in the strip; the rest are counted
constexpr int HistoryShown = 200;  // stock changes of one product, newest first
constexpr qint64 MaxCsvBytes = 64ll * 1024 * 1024;

// A button that shows `action`'s text with its mnemonic (a QToolButton for an action drops the '&'), triggers it
// and follows its enabled state and tooltip.
QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    return button;
}

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 5);
    return table;
}

} // namespace

InventoryPage::InventoryPage(InventoryQueries *queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_model(new ProductsModel(this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_history(new StockHistoryModel(this))
{
    setObjectName(u"inventoryPage"_s);
    const int em = fontMetrics().averageCharWidth();
    const auto textWidth = [this](const QString &text) { return fontMetrics().horizontalAdvance(text); };

    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(ProductsModel::SortRole);
    m_sort->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sort->setSortLocaleAware(true);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"inventoryMessage"_s);

    // Actions.
    m_thresholdAction = makePageAction(this, u"editThresholdAction"_s, tr("&Threshold…"), QKeySequence());
    m_thresholdAction->setToolTip(tr("Give the chosen product its own low-stock threshold, or the shop's (F2 in "
                                     "the table does it too)"));
    connect(m_thresholdAction, &QAction::triggered, this, &InventoryPage::editThreshold);
    m_importAction = addPageAction(this, u"importSubscriptionsAction"_s, tr("&Import Waiting Customers…"),
                                   QKeySequence(Qt::CTRL | Qt::Key_I), &InventoryPage::importSubscriptions);
    m_importAction->setToolTip(tr("Add customers waiting for products to be back in stock, from a CSV file with "
                                  "at least SKU and Email columns (Ctrl+I)"));
    m_messagesAction = makePageAction(this, u"inventoryMessagesAction"_s, tr("&Messages…"), QKeySequence());
    m_messagesAction->setToolTip(tr("Choose who is told about stock: your team when a product runs low or out, "
                                    "customers when it is back or their order waits for it"));
    connect(m_messagesAction, &QAction::triggered, this, &InventoryPage::messagesRequested);
    auto *find = new QAction(tr("Search products"), this);
    find->setObjectName(u"inventoryFindAction"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut); // only while the page shows
    addAction(find);
    connect(find, &QAction::triggered, this, &InventoryPage::focusSearch);

    // Search, the shop's threshold, the buttons.
    m_toolbar = new QWidget(this);
    m_search = new QLineEdit(m_toolbar);
    m_search->setObjectName(u"inventorySearch"_s);
    m_search->setPlaceholderText(tr("Search by SKU or name"));
    m_search->setAccessibleName(tr("Search products"));
    m_search->setToolTip(tr("Shows the products whose SKU or name contains what you type (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(30 * em);
    m_shopThreshold = new QSpinBox(m_toolbar);
    m_shopThreshold->setObjectName(u"shopThresholdBox"_s);
    m_shopThreshold->setRange(0, ThresholdDialog::MaximumThreshold);
    m_shopThreshold->setKeyboardTracking(false); // saved at Enter, an arrow step or leaving it; not per digit
    m_shopThreshold->setAlignment(Qt::AlignRight);
    m_shopThreshold->setMinimumWidth(10 * em);
    m_shopThreshold->setToolTip(tr("Staff are told when a product's stock falls to this many, unless the product "
                                   "has a threshold of its own"));
    auto *shopLabel = new QLabel(tr("Sh&op threshold:"), m_toolbar);
    shopLabel->setBuddy(m_shopThreshold);
    auto *toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    toolbarLayout->addWidget(m_search, 3);
    toolbarLayout->addSpacing(2 * em);
    toolbarLayout->addWidget(shopLabel);
    toolbarLayout->addWidget(m_shopThreshold);
    toolbarLayout->addStretch(1);
    toolbarLayout->addWidget(buttonFor(m_thresholdAction, m_toolbar));
    toolbarLayout->addWidget(buttonFor(m_importAction, m_toolbar));
    toolbarLayout->addWidget(buttonFor(m_messagesAction, m_toolbar));

    // The products.
    m_table = makeTable(this);
    m_table->setObjectName(u"productsTable"_s);
    m_table->setAccessibleName(tr("Products"));
    m_table->setModel(m_sort);
    m_table->setItemDelegateForColumn(ProductsModel::Threshold, new ThresholdDelegate(m_table));
    // Only the threshold is editable: F2 and a double click anywhere in a row edit it (see eventFilter).
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProductsModel::Sku, Qt::AscendingOrder);
    m_table->installEventFilter(this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ProductsModel::Name, QHeaderView::Stretch);
    const auto headerWidth = [this, &textWidth](int column) {
        return textWidth(m_model->headerData(column, Qt::Horizontal).toString()) + fontMetrics().averageCharWidth() * 5;
    };
    header->resizeSection(ProductsModel::Sku, 16 * em);
    header->resizeSection(ProductsModel::InStock, std::max(headerWidth(ProductsModel::InStock), 10 * em));
    header->resizeSection(ProductsModel::Status, textWidth(displayName(StockStatus::OutOfStock)) + 8 * em);
    header->resizeSection(ProductsModel::Threshold, std::max(headerWidth(ProductsModel::Threshold),
                                                             textWidth(tr("Shop's (%1)").arg(100)) + 4 * em));
    header->resizeSection(ProductsModel::Waiting, headerWidth(ProductsModel::Waiting) + em);
    header->resizeSection(ProductsModel::Told, headerWidth(ProductsModel::Told) + 2 * em);
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    header->resizeSection(ProductsModel::LastChange, textWidth(sampleDate) + 5 * em);
    m_table->setMinimumHeight(fontMetrics().height() * 6);
    setFocusProxy(m_table); // View → Inventory lands in the table

    // The chosen product's history.
    auto *historyPane = new QWidget(this);
    m_historyTitle = new QLabel(historyPane);
    m_historyTitle->setObjectName(u"stockHistoryTitle"_s);
    m_historyTitle->setTextFormat(Qt::PlainText);
    m_historyTitle->setWordWrap(true);
    QFont titleFont = m_historyTitle->font();
    titleFont.setBold(true);
    m_historyTitle->setFont(titleFont);
    m_historyView = makeTable(historyPane);
    m_historyView->setObjectName(u"stockHistoryTable"_s);
    m_historyView->setAccessibleName(tr("Stock changes"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTitle->setBuddy(m_historyView);
    QHeaderView *historyHeader = m_historyView->horizontalHeader();
    historyHeader->setSectionResizeMode(StockHistoryModel::SetOff, QHeaderView::Stretch);
    historyHeader->resizeSection(StockHistoryModel::Time, textWidth(sampleDate) + 3 * em);
    historyHeader->resizeSection(StockHistoryModel::Source, 14 * em);
    historyHeader->resizeSection(StockHistoryModel::Location, 12 * em);
    historyHeader->resizeSection(StockHistoryModel::Reported, 10 * em);
    historyHeader->resizeSection(StockHistoryModel::Total, 11 * em);
    historyHeader->resizeSection(StockHistoryModel::Level, textWidth(displayName(StockStatus::OutOfStock)) + 8 * em);
    historyHeader->resizeSection(
        StockHistoryModel::CustomersTold,
        textWidth(m_history->headerData(StockHistoryModel::CustomersTold, Qt::Horizontal).toString()) + 4 * em);
    m_historyView->setMinimumHeight(fontMetrics().height() * 5);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->setSpacing(4);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyView, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"inventorySplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(historyPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    // Before any product is known.
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(u"inventoryEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_emptyState->setFixedWidth(60 * em); // a wrapped label in a centring layout needs its width given
    m_emptyState->setText(
        u"<p style='font-size:large'><b>"_s + tr("No products yet").toHtmlEscaped() + u"</b></p><p>"_s +
        tr("Stock levels appear here when a connected shop reports them: how many of each product are left, "
           "whether it is running low, and which customers wait for it to be back in stock.")
            .toHtmlEscaped() +
        u"</p><p>"_s +
        tr("Customers who asked to be told when a product is back can be added from a CSV file with SKU and Email "
           "columns.")
            .toHtmlEscaped() +
        u"</p>"_s);
    m_emptyState->setMinimumHeight(m_emptyState->heightForWidth(m_emptyState->width()));
    auto *emptyImport = buttonFor(m_importAction, this);
    emptyImport->setObjectName(u"emptyImportButton"_s);
    // Who is told can be chosen before the first product arrives.
    auto *emptyMessages = buttonFor(m_messagesAction, this);
    emptyMessages->setObjectName(u"emptyMessagesButton"_s);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(emptyImport);
    emptyButtons->addWidget(emptyMessages);
    emptyButtons->addStretch(1);
    auto *emptyHolder = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyHolder);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyState, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(em);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_emptyImportButton = emptyImport;

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"inventoryStack"_s);
    m_stack->addWidget(emptyHolder);
    m_stack->addWidget(m_splitter);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(u"inventoryStatusLine"_s);
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_statusLine);

    setTabOrder(m_search, m_shopThreshold);
    setTabOrder(m_shopThreshold, m_table);
    setTabOrder(m_table, m_historyView);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &InventoryPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter in the search goes to the products found.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) {
            refresh();
        }
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_shopThreshold, &QSpinBox::valueChanged, this, &InventoryPage::saveShopThreshold);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_refreshing) {
            showHistory();
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ProductsModel::Threshold) {
            m_table->edit(index.siblingAtColumn(ProductsModel::Threshold));
        }
    });
    // Stored after the editor has closed (the table is read again then).
    connect(
        m_model, &ProductsModel::thresholdEdited, this,
        [this](const QString &key, std::optional<int> threshold) { setThreshold(key, threshold); },
        Qt::QueuedConnection);

    loadShopThreshold();
    refresh();
}

InventoryPage::~InventoryPage() = default;

void InventoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Customers may have been told since (that is no ingested event): the counts are read again.
    if (!event->spontaneous()) {
        refresh();
    }
}

bool InventoryPage::eventFilter(QObject *watched, QEvent *event)
{
    // F2 anywhere in a row edits its threshold, the one cell that can be edited (not when an editor, which has
    // the focus then, passes it on).
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2 && m_table->hasFocus()) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            const QModelIndex threshold = current.siblingAtColumn(ProductsModel::Threshold);
            m_table->setCurrentIndex(threshold);
            m_table->edit(threshold);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InventoryPage::refresh()
{
    m_searchDelay->stop();
    const QString key = currentKey();
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : ProductsModel::Sku;
    auto products = m_queries->products(m_search->text().trimmed());
    if (!products) {
        showError(products.error());
        return;
    }
    {
        m_refreshing = true;
        m_model->setProducts(std::move(products).value());
        int row = m_model->rowOf(key);
        if (row < 0 && m_model->rowCount() > 0) {
            row = m_sort->mapToSource(m_sort->index(0, 0)).row(); // the first one shown
        }
        if (row >= 0) {
            const QModelIndex shown = m_sort->mapFromSource(m_model->index(row, column));
            m_table->selectionModel()->setCurrentIndex(shown,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(shown);
        }
        m_refreshing = false;
    }
    showHistory();
    updateEmptyState();
    updateStatusLine();
    updateActions();
}

void InventoryPage::setSourceNames(const QHash<QString, QString> &names)
{
    m_history->setSourceNames(names);
}

QString InventoryPage::currentKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ProductsModel::KeyRole).toString() : QString();
}

bool InventoryPage::selectProduct(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_sort->mapFromSource(m_model->index(row, ProductsModel::Sku)));
    return true;
}

void InventoryPage::showHistory()
{
    updateActions();
    const QString key = currentKey();
    const int row = m_model->rowOf(key);
    if (key.isEmpty() || row < 0) {
        m_history->setHistory({});
        m_historyTitle->setText(tr("Choose a product to see its stock changes."));
        return;
    }
    const ProductRow &product = m_model->products().at(row);
    const QString name = product.name.isEmpty()  ? product.sku
                         : product.sku.isEmpty() ? product.name
                                                 : tr("%1 (%2)").arg(product.name, product.sku);
    auto history = m_queries->history(key, HistoryShown);
    if (!history) {
        m_history->setHistory({});
        m_historyTitle->setText(tr("Stock changes of %1").arg(name));
        showError(history.error());
        return;
    }
    m_history->setHistory(std::move(history).value());
    m_historyTitle->setText(m_history->rowCount() == 0 ? tr("No stock change of %1 reported yet.").arg(name)
                                                       : tr("Stock changes of %1").arg(name));
}

void InventoryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InventoryPage::loadShopThreshold()
{
    const auto threshold = m_queries->defaultThreshold();
    if (!threshold) {
        showError(threshold.error());
        return;
    }
    const QSignalBlocker block(m_shopThreshold);
    m_shopThreshold->setValue(*threshold);
    m_model->setShopThreshold(*threshold);
}

void InventoryPage::saveShopThreshold(int threshold)
{
    if (const Status saved = m_queries->setDefaultThreshold(threshold); !saved) {
        showError(saved.error());
        loadShopThreshold(); // back to what is stored
        return;
    }
    m_model->setShopThreshold(threshold);
    refresh(); // the products without their own threshold, and perhaps their levels
}

bool InventoryPage::setThreshold(const QString &key, std::optional<int> threshold)
{
    const Status saved = m_queries->setThreshold(key, threshold);
    refresh(); // the stored value either way
    if (!saved) {
        showError(saved.error());
        return false;
    }
    return true;
}

void InventoryPage::editThreshold()
{
    const int row = m_model->rowOf(currentKey());
    if (row < 0) {
        return;
    }
    const ProductRow product = m_model->products().at(row);
    const QString name = product.name.isEmpty()  ? product.sku
                         : product.sku.isEmpty() ? product.name
                                                 : tr("%1 (%2)").arg(product.name, product.sku);
    auto *dialog = new ThresholdDialog(name, product.threshold, m_model->shopThreshold(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, key = product.key] { setThreshold(key, dialog->threshold()); });
    dialog->open();
}

void InventoryPage::importSubscriptions()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Waiting Customers"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        importSubscriptionsFrom(path);
    }
}

void InventoryPage::importSubscriptionsFrom(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(Error::make(ErrorCode::InvalidInput,
                              tr("Tidings could not read %1: %2").arg(shownPath, file.errorString())));
        return;
    }
    if (file.size() > MaxCsvBytes) {
        showError(
            Error::make(ErrorCode::InvalidInput,
                        tr("%1 is too large for a list of customers. Split it into smaller files.").arg(shownPath)));
        return;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        showError(Error::make(ErrorCode::InvalidInput,
                              tr("Tidings could not read %1: %2").arg(shownPath, file.errorString())));
        return;
    }
    const SubscriptionCsv csv = parseSubscriptionCsv(data);

    QString problems;
    if (!csv.problems.isEmpty()) {
        const int count = int(csv.problems.size());
        problems = tr("%n line(s) left out:", nullptr, count);
        for (int i = 0; i < count && i < ProblemsShown; ++i) {
            problems += u"\n• "_s + csv.problems.at(i);
        }
        if (count > ProblemsShown) {
            problems += u'\n' + tr("…and %n more.", nullptr, count - ProblemsShown);
        }
    }
    if (csv.rows.isEmpty()) {
        QString text = tr("No waiting customers were added from %1.").arg(shownPath);
        if (!problems.isEmpty()) {
            text += u'\n' + problems;
        }
        m_banner->showMessage(MessageBanner::Kind::Warning, text);
        return;
    }
    const auto imported = m_queries->importSubscriptions(csv.rows, QDateTime::currentDateTimeUtc());
    if (!imported) {
        showError(imported.error());
        return;
    }
    const QString added = tr("%n waiting customer(s)", nullptr, imported->added);
    QString text = imported->alreadyWaiting == 0
                       ? tr("Added %1.").arg(added)
                       : tr("Added %1; %n were already waiting.", nullptr, imported->alreadyWaiting).arg(added);
    if (!problems.isEmpty()) {
        text += u'\n' + problems;
    }
    m_banner->showMessage(problems.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning, text);
    refresh();
}

void InventoryPage::showError(const Error &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message, error.detail);
}

void InventoryPage::updateEmptyState()
{
    // A search that finds nothing keeps the table and the search, so it can be changed back.
    const bool empty = m_model->rowCount() == 0 && m_search->text().trimmed().isEmpty();
    const bool focused = m_stack->isAncestorOf(focusWidget()) || hasFocus();
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_toolbar->setVisible(!empty);
    m_statusLine->setVisible(!empty);
    setFocusProxy(empty ? static_cast<QWidget *>(m_emptyImportButton) : m_table);
    if (focused && isVisible()) {
        focusProxy()->setFocus(Qt::OtherFocusReason);
    }
}

void InventoryPage::updateStatusLine()
{
    int low = 0;
    int out = 0;
    int waiting = 0;
    for (const ProductRow &product : m_model->products()) {
        low += product.status == StockStatus::LowStock ? 1 : 0;
        out += product.status == StockStatus::OutOfStock ? 1 : 0;
        waiting += product.waiting;
    }
    QStringList parts{tr("%n product(s)", nullptr, m_model->rowCount())};
    if (low > 0) {
        parts.append(tr("%n running low", nullptr, low));
    }
    if (out > 0) {
        parts.append(tr("%n out of stock", nullptr, out));
    }
    if (waiting > 0) {
        parts.append(tr("%n customer(s) waiting", nullptr, waiting));
    }
    m_statusLine->setText(parts.join(u"  ·  "_s));
}

void InventoryPage::updateActions()
{
    m_thresholdAction->setEnabled(m_model->rowOf(currentKey()) >= 0);
}

} // namespace Tidings::Ui
