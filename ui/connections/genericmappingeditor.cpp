#include "connections/genericmappingeditor.h"

#include "sources/genericmapping.h"
#include "sources/payloadfields.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

enum MappingColumn {
    FieldColumn,
    PathColumn,
    MappingColumnCount,
};

enum StatusColumn {
    WordColumn,
    MeansColumn,
    ScopeColumn,
    StatusColumnCount,
};

constexpr int FieldNameRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole;

const QString AnyScope = u"any"_s;

struct Scope
{
    QString key;
    QString label;
};

QList<Scope> scopes()
{
    return {{AnyScope, GenericMappingEditor::tr("Any")},
            {u"order"_s, GenericMappingEditor::tr("Orders")},
            {u"shipment"_s, GenericMappingEditor::tr("Shipments")},
            {u"stock"_s, GenericMappingEditor::tr("Stock")}};
}

QString scopeLabel(const QString &key)
{
    for (const Scope &scope : scopes()) {
        if (scope.key == key) {
            return scope.label;
        }
    }
    return key;
}

// The normalized names a word can mean for `scope`, in the vocabulary's order.
QStringList statusNames(const QString &scope)
{
    QStringList names;
    const auto add = [&names](const QString &name) {
        if (!names.contains(name)) {
            names.append(name);
        }
    };
    if (scope == AnyScope || scope == "order"_L1) {
        for (int i = int(OrderStatus::Pending); i <= int(OrderStatus::Failed); ++i) {
            add(toName(static_cast<OrderStatus>(i)));
        }
    }
    if (scope == AnyScope || scope == "shipment"_L1) {
        for (int i = int(ShipmentStatus::LabelCreated); i <= int(ShipmentStatus::Cancelled); ++i) {
            add(toName(static_cast<ShipmentStatus>(i)));
        }
    }
    if (scope == AnyScope || scope == "stock"_L1) {
        for (int i = int(StockStatus::InStock); i <= int(StockStatus::BackInStock); ++i) {
            add(toName(static_cast<StockStatus>(i)));
        }
    }
    return names;
}

// Chooses a status word's meaning and scope from lists; the word itself is plain text.
class StatusMapDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == WordColumn) {
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
        auto *combo = new QComboBox(parent);
        if (index.column() == MeansColumn) {
            combo->setAccessibleName(GenericMappingEditor::tr("Means"));
            const QString scope = index.siblingAtColumn(ScopeColumn).data(ValueRole).toString();
            for (const QString &name : statusNames(scope.isEmpty() ? AnyScope : scope)) {
                combo->addItem(name, name);
            }
        } else {
            combo->setAccessibleName(GenericMappingEditor::tr("Applies to"));
            for (const Scope &scope : scopes()) {
                combo->addItem(scope.label, scope.key);
            }
        }
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        if (!combo) {
            QStyledItemDelegate::setEditorData(editor, index);
            return;
        }
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(ValueRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        if (!combo) {
            QStyledItemDelegate::setModelData(editor, model, index);
            return;
        }
        model->setData(index, combo->currentData(), ValueRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &label, const QString &value)
{
    if (value.isEmpty()) {
        return nullptr;
    }
    return new QTreeWidgetItem(parent, {label, value});
}

QString statusText(const QString &normalized, const QString &raw)
{
    if (raw.isEmpty()) {
        return normalized;
    }
    return GenericMappingEditor::tr("%1 (their word: %2)").arg(normalized, raw);
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toUTC(), QLocale::ShortFormat) + GenericMappingEditor::tr(" UTC");
}

void describeEvent(QTreeWidgetItem *item, const OrderEvent &event)
{
    addRow(item, GenericMappingEditor::tr("Order id"), event.orderId);
    addRow(item, GenericMappingEditor::tr("Order number"), event.orderNumber);
    if (event.orderStatus != OrderStatus::Unknown || !event.rawOrderStatus.isEmpty()) {
        addRow(item, GenericMappingEditor::tr("Order status"),
               statusText(displayName(event.orderStatus), event.rawOrderStatus));
    }
    addRow(item, GenericMappingEditor::tr("Customer"), event.customerName);
    addRow(item, GenericMappingEditor::tr("Email"), event.customerEmail);
    addRow(item, GenericMappingEditor::tr("Phone"), event.customerPhone);
    addRow(item, GenericMappingEditor::tr("Language"), event.customerLocale);
    if (event.hasShipment()) {
        addRow(item, GenericMappingEditor::tr("Shipment"), event.shipmentId);
        addRow(item, GenericMappingEditor::tr("Shipment status"),
               statusText(displayName(event.shipmentStatus), event.rawShipmentStatus));
        addRow(item, GenericMappingEditor::tr("Carrier"), event.carrier);
        addRow(item, GenericMappingEditor::tr("Tracking number"), event.trackingNumber);
        addRow(item, GenericMappingEditor::tr("Tracking link"), event.trackingUrl.toDisplayString());
    }
    for (const LineItem &line : event.lineItems) {
        const QString what = Payload::firstNonEmpty({line.name, line.sku, GenericMappingEditor::tr("(no name)")});
        const QString price = line.price.isEmpty() ? QString() : GenericMappingEditor::tr(" at %1").arg(line.price);
        addRow(item, GenericMappingEditor::tr("Item"),
               GenericMappingEditor::tr("%1 × %2").arg(line.quantity).arg(what) + price);
    }
    addRow(item, GenericMappingEditor::tr("Total"), QStringList{event.totalPrice, event.currency}.join(u' ').trimmed());
    addRow(item, GenericMappingEditor::tr("When"), timeText(event.occurredAt));
    addRow(item, GenericMappingEditor::tr("Event id"), event.sourceEventId);
}

void describeStockChange(QTreeWidgetItem *item, const StockChange &change)
{
    addRow(item, GenericMappingEditor::tr("Product"), change.productId);
    addRow(item, GenericMappingEditor::tr("SKU"), change.sku);
    addRow(item, GenericMappingEditor::tr("Name"), change.productName);
    addRow(item, GenericMappingEditor::tr("Location"), change.locationId);
    addRow(item, GenericMappingEditor::tr("Available"),
           change.available ? QLocale().toString(*change.available) : QString());
    addRow(item, GenericMappingEditor::tr("Stock status"), statusText(toName(change.status), change.rawStatus));
    addRow(item, GenericMappingEditor::tr("When"), timeText(change.occurredAt));
}

} // namespace

GenericMappingEditor::GenericMappingEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"genericMappingEditor"_s);

    // Where each field is.
    m_mapping = new QTableWidget(0, MappingColumnCount, this);
    m_mapping->setObjectName(u"mappingTable"_s);
    m_mapping->setAccessibleName(tr("Where each field is"));
    m_mapping->setHorizontalHeaderLabels({tr("Tidings field"), tr("Path in the JSON")});
    m_mapping->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_mapping->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_mapping->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mapping->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_mapping->setTabKeyNavigation(false);
    m_mapping->setAlternatingRowColors(true);
    buildMappingTable();
    auto *mappingLabel = new QLabel(tr("&Where each field is:"), this);
    mappingLabel->setBuddy(m_mapping);
    auto *pathHelp = new QLabel(tr("A JSON pointer such as /order/id, or a dotted path such as order.id or "
                                   "items.0.sku. Item fields are read inside each entry of the items list. Press F2 "
                                   "or start typing to edit."),
                                this);
    pathHelp->setWordWrap(true);
    pathHelp->setForegroundRole(QPalette::PlaceholderText);

    // What their status words mean.
    m_statusMap = new QTableWidget(0, StatusColumnCount, this);
    m_statusMap->setObjectName(u"statusMapTable"_s);
    m_statusMap->setAccessibleName(tr("Status words"));
    m_statusMap->setHorizontalHeaderLabels({tr("Their word"), tr("Means"), tr("Applies to")});
    m_statusMap->horizontalHeader()->setSectionResizeMode(WordColumn, QHeaderView::Stretch);
    m_statusMap->horizontalHeader()->setSectionResizeMode(MeansColumn, QHeaderView::ResizeToContents);
    m_statusMap->horizontalHeader()->setSectionResizeMode(ScopeColumn, QHeaderView::ResizeToContents);
    m_statusMap->verticalHeader()->hide();
    m_statusMap->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_statusMap->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statusMap->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_statusMap->setTabKeyNavigation(false);
    m_statusMap->setItemDelegate(new StatusMapDelegate(m_statusMap));
    auto *statusLabel = new QLabel(tr("&Status words:"), this);
    statusLabel->setBuddy(m_statusMap);
    auto *statusHelp = new QLabel(tr("Words your system uses for a status, in any case (e.g. \"Dispatched\" means "
                                     "shipped). Words that already are a Tidings status need no entry."),
                                  this);
    statusHelp->setWordWrap(true);
    statusHelp->setForegroundRole(QPalette::PlaceholderText);

    m_addStatus = new QPushButton(tr("&Add word"), this);
    m_addStatus->setObjectName(u"addStatusButton"_s);
    m_addStatus->setToolTip(tr("Add a status word (Insert in the table)"));
    m_removeStatus = new QPushButton(tr("Re&move word"), this);
    m_removeStatus->setObjectName(u"removeStatusButton"_s);
    m_removeStatus->setToolTip(tr("Remove the selected status word (Delete in the table)"));
    connect(m_addStatus, &QPushButton::clicked, this, &GenericMappingEditor::addStatusWord);
    connect(m_removeStatus, &QPushButton::clicked, this, &GenericMappingEditor::removeStatusWord);
    auto *insertAction = new QAction(tr("Add status word"), m_statusMap);
    insertAction->setShortcut(QKeySequence(Qt::Key_Insert));
    insertAction->setShortcutContext(Qt::WidgetShortcut);
    connect(insertAction, &QAction::triggered, this, &GenericMappingEditor::addStatusWord);
    auto *deleteAction = new QAction(tr("Remove status word"), m_statusMap);
    deleteAction->setShortcut(QKeySequence(QKeySequence::Delete));
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &GenericMappingEditor::removeStatusWord);
    m_statusMap->addActions({insertAction, deleteAction});

    // Trying it on a sample.
    m_sample = new QPlainTextEdit(this);
    m_sample->setObjectName(u"sampleEdit"_s);
    m_sample->setAccessibleName(tr("Sample body"));
    m_sample->setTabChangesFocus(true);
    m_sample->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sample->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sample->setPlaceholderText(tr("Paste a body your system sends, e.g. from Zapier's test step or the "
                                    "sender's log."));
    auto *sampleLabel = new QLabel(tr("Sam&ple body:"), this);
    sampleLabel->setBuddy(m_sample);

    m_test = new QPushButton(tr("&Test with this sample"), this);
    m_test->setObjectName(u"testButton"_s);
    m_test->setToolTip(tr("Read the sample with this mapping (Ctrl+Return)"));
    connect(m_test, &QPushButton::clicked, this, &GenericMappingEditor::testSample);
    auto *testShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    testShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(testShortcut, &QShortcut::activated, this, &GenericMappingEditor::testSample);
    auto *testShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    testShortcutEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(testShortcutEnter, &QShortcut::activated, this, &GenericMappingEditor::testSample);

    m_summary = new MessageBanner(this);
    m_summary->setObjectName(u"resultSummary"_s);

    m_result = new QTreeWidget(this);
    m_result->setObjectName(u"resultTree"_s);
    m_result->setAccessibleName(tr("Test result"));
    m_result->setHeaderLabels({tr("What"), tr("Value")});
    m_result->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_result->setRootIsDecorated(true);
    m_result->setWordWrap(true);
    m_result->setUniformRowHeights(false);
    auto *resultLabel = new QLabel(tr("&Result:"), this);
    resultLabel->setBuddy(m_result);

    // Layout: the mapping on the left, the status words, sample and result on the right.
    auto *left = new QVBoxLayout;
    left->addWidget(mappingLabel);
    left->addWidget(m_mapping, 1);
    left->addWidget(pathHelp);

    auto *statusButtons = new QHBoxLayout;
    statusButtons->addWidget(m_addStatus);
    statusButtons->addWidget(m_removeStatus);
    statusButtons->addStretch(1);

    auto *testRow = new QHBoxLayout;
    testRow->addStretch(1);
    testRow->addWidget(m_test);

    auto *right = new QVBoxLayout;
    right->addWidget(statusLabel);
    right->addWidget(statusHelp);
    right->addWidget(m_statusMap, 2);
    right->addLayout(statusButtons);
    right->addSpacing(8);
    right->addWidget(sampleLabel);
    right->addWidget(m_sample, 3);
    right->addLayout(testRow);
    right->addWidget(m_summary);
    right->addWidget(resultLabel);
    right->addWidget(m_result, 4);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addSpacing(12);
    layout->addLayout(right, 1);

    setTabOrder(m_mapping, m_statusMap);
    setTabOrder(m_statusMap, m_addStatus);
    setTabOrder(m_addStatus, m_removeStatus);
    setTabOrder(m_removeStatus, m_sample);
    setTabOrder(m_sample, m_test);
    setTabOrder(m_test, m_result);

    connect(m_mapping, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling) {
            emit changed();
        }
    });
    connect(m_statusMap, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling) {
            emit changed();
        }
    });

    setOptions({});
}

GenericMappingEditor::~GenericMappingEditor() = default;

void GenericMappingEditor::buildMappingTable()
{
    const QList<GenericMapping::Field> &fields = GenericMapping::fields();
    m_mapping->setRowCount(int(fields.size()));
    for (int row = 0; row < int(fields.size()); ++row) {
        const GenericMapping::Field &field = fields.at(row);
        auto *name =
            new QTableWidgetItem(tr("%1 (%2)", "field label and its name in the mapping").arg(field.label, field.name));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(FieldNameRole, field.name);
        QString tip = GenericMapping::groupName(field.group) + u": "_s + field.label;
        if (!field.help.isEmpty()) {
            tip += u"\n"_s + field.help;
        }
        name->setToolTip(tip);
        if (field.required) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_mapping->setItem(row, FieldColumn, name);
        auto *path = new QTableWidgetItem;
        path->setToolTip(tip);
        m_mapping->setItem(row, PathColumn, path);
    }
}

void GenericMappingEditor::setOptions(const QJsonObject &options)
{
    const GenericMapping mapping(options);
    m_filling = true;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString field = m_mapping->item(row, FieldColumn)->data(FieldNameRole).toString();
        m_mapping->item(row, PathColumn)->setText(mapping.path(field));
    }

    m_statusMap->setRowCount(0);
    const QJsonObject statusMap = mapping.statusMap();
    for (auto it = statusMap.begin(); it != statusMap.end(); ++it) {
        if (it.value().isString()) {
            appendStatusRow(it.key(), it.value().toString(), AnyScope);
        }
    }
    for (const QString &scope : {u"order"_s, u"shipment"_s, u"stock"_s}) {
        const QJsonObject section = statusMap.value(scope).toObject();
        for (auto it = section.begin(); it != section.end(); ++it) {
            appendStatusRow(it.key(), it.value().toString(), scope);
        }
    }
    m_filling = false;
    m_result->clear();
    m_summary->hide();
}

QJsonObject GenericMappingEditor::options() const
{
    QJsonObject mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString path = m_mapping->item(row, PathColumn)->text().trimmed();
        if (!path.isEmpty()) {
            mapping.insert(m_mapping->item(row, FieldColumn)->data(FieldNameRole).toString(), path);
        }
    }

    QJsonObject statusMap;
    QHash<QString, QJsonObject> sections;
    for (int row = 0; row < m_statusMap->rowCount(); ++row) {
        const QTableWidgetItem *word = m_statusMap->item(row, WordColumn);
        const QTableWidgetItem *means = m_statusMap->item(row, MeansColumn);
        const QTableWidgetItem *scope = m_statusMap->item(row, ScopeColumn);
        const QString wordText = word ? word->text().trimmed() : QString();
        const QString meaning = means ? means->data(ValueRole).toString() : QString();
        const QString scopeKey = scope ? scope->data(ValueRole).toString() : AnyScope;
        if (wordText.isEmpty() || meaning.isEmpty()) {
            continue;
        }
        if (scopeKey == AnyScope || scopeKey.isEmpty()) {
            statusMap.insert(wordText, meaning);
        } else {
            sections[scopeKey].insert(wordText, meaning);
        }
    }
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        statusMap.insert(it.key(), it.value());
    }
    return {{u"mapping"_s, mapping}, {u"statusMap"_s, statusMap}};
}

void GenericMappingEditor::appendStatusRow(const QString &word, const QString &meaning, const QString &scope)
{
    const int row = m_statusMap->rowCount();
    m_statusMap->insertRow(row);
    m_statusMap->setItem(row, WordColumn, new QTableWidgetItem(word));
    auto *means = new QTableWidgetItem(meaning);
    means->setData(ValueRole, meaning);
    m_statusMap->setItem(row, MeansColumn, means);
    auto *applies = new QTableWidgetItem(scopeLabel(scope));
    applies->setData(ValueRole, scope);
    m_statusMap->setItem(row, ScopeColumn, applies);
}

void GenericMappingEditor::addStatusWord()
{
    m_filling = true;
    appendStatusRow({}, u"shipped"_s, AnyScope);
    m_filling = false;
    const int row = m_statusMap->rowCount() - 1;
    m_statusMap->setFocus();
    m_statusMap->setCurrentCell(row, WordColumn);
    m_statusMap->editItem(m_statusMap->item(row, WordColumn));
    emit changed();
}

void GenericMappingEditor::removeStatusWord()
{
    const int row = m_statusMap->currentRow();
    if (row < 0) {
        return;
    }
    m_statusMap->removeRow(row);
    emit changed();
}

void GenericMappingEditor::testSample()
{
    const GenericMapping mapping(options());
    const GenericMapping::Outcome outcome = mapping.tryOn(m_sample->toPlainText().toUtf8());

    m_result->clear();
    const QIcon problemIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon noteIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);

    if (!outcome.ok()) {
        m_summary->showMessage(
            MessageBanner::Kind::Error,
            tr("The sample cannot be read with this mapping: %n problem(s). Fix the paths or the sample, then "
               "test again.",
               nullptr, int(outcome.problems.size())));
        for (const QString &problem : outcome.problems) {
            auto *item = new QTreeWidgetItem(m_result, {tr("Problem"), problem});
            item->setIcon(0, problemIcon);
            item->setToolTip(1, problem);
        }
    } else {
        const int events = int(outcome.events.size());
        const int stock = int(outcome.stockChanges.size());
        m_summary->showMessage(
            MessageBanner::Kind::Information,
            stock == 0 ? tr("The sample gives %n event(s).", nullptr, events)
                       : tr("The sample gives %1 and %2.")
                             .arg(tr("%n event(s)", nullptr, events), tr("%n stock change(s)", nullptr, stock)));
    }

    for (int i = 0; i < outcome.events.size(); ++i) {
        const OrderEvent &event = outcome.events.at(i);
        const QString title = event.orderNumber.isEmpty() || event.orderNumber == event.orderId
                                  ? tr("Order %1").arg(event.orderId)
                                  : tr("Order %1 (%2)").arg(event.orderNumber, event.orderId);
        auto *item = new QTreeWidgetItem(m_result, {tr("Event %1").arg(i + 1), title});
        describeEvent(item, event);
        item->setExpanded(true);
    }
    for (int i = 0; i < outcome.stockChanges.size(); ++i) {
        const StockChange &change = outcome.stockChanges.at(i);
        auto *item = new QTreeWidgetItem(
            m_result, {tr("Stock change %1").arg(i + 1), Payload::firstNonEmpty({change.productName, change.sku})});
        describeStockChange(item, change);
        item->setExpanded(true);
    }
    if (!outcome.notes.isEmpty()) {
        auto *notes =
            new QTreeWidgetItem(m_result, {tr("Notes"), tr("%n note(s)", nullptr, int(outcome.notes.size()))});
        notes->setIcon(0, noteIcon);
        for (const QString &note : outcome.notes) {
            auto *item = new QTreeWidgetItem(notes, {QString(), note});
            item->setToolTip(1, note);
        }
        notes->setExpanded(true);
    }
    m_result->resizeColumnToContents(0);
}

} // namespace Tidings::Ui
