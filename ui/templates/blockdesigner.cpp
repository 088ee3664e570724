#include "templates/blockdesigner.h"

#include "templates/mustachehighlighter.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

using Kind = TemplateBlock::Kind;
using FieldType = TemplateBlockField::Type;

constexpr int IdRole = Qt::UserRole + 1;
constexpr int SummaryLength = 60;

// A block's words as a line for the list: no tags, no section marks, one line, cut short.
QString summaryOf(const TemplateBlock &block)
{
    QString text;
    switch (block.kind) {
    case Kind::Heading:
    case Kind::Text:
    case Kind::SmallPrint:
        text = block.value(u"text"_s);
        break;
    case Kind::Button:
        text = block.value(u"label"_s);
        break;
    case Kind::OrderTable:
        text = block.value(u"title"_s);
        break;
    case Kind::Image:
        text = block.value(u"src"_s);
        break;
    case Kind::CustomHtml:
        text = block.value(u"html"_s);
        break;
    case Kind::StatusStrip:
        text = QStringList{block.value(u"ordered"_s), block.value(u"shipped"_s), block.value(u"outForDelivery"_s),
                           block.value(u"delivered"_s)}
                   .join(u" › "_s);
        break;
    case Kind::ShipmentDetails:
    case Kind::Divider:
        break;
    }
    static const QRegularExpression tags(uR"(<[^>]*>|\{\{[#^/][^}]*\}\})"_s);
    text.remove(tags);
    text = text.simplified();
    if (text.size() > SummaryLength) {
        text = text.left(SummaryLength - 1).trimmed() + u'…';
    }
    return text;
}

// When a block in a section is shown, in words.
QString conditionText(const QString &condition)
{
    static const QHash<QString, const char *> known{
        {u"hasTracking"_s,
         QT_TRANSLATE_NOOP("Tidings::Ui::BlockDesigner", "Shown only when the shipment has a tracking link.")},
        {u"hasItems"_s, QT_TRANSLATE_NOOP("Tidings::Ui::BlockDesigner", "Shown only when the order lists its items.")},
        {u"hasProgress"_s,
         QT_TRANSLATE_NOOP("Tidings::Ui::BlockDesigner", "Shown only for messages about an order on its way.")},
        {u"shipment"_s, QT_TRANSLATE_NOOP("Tidings::Ui::BlockDesigner", "Shown only when the order has a shipment.")},
        {u"hasBackorder"_s,
         QT_TRANSLATE_NOOP("Tidings::Ui::BlockDesigner", "Shown only when items of the order are on backorder.")},
        {u"product.url"_s,
         QT_TRANSLATE_NOOP("Tidings::Ui::BlockDesigner", "Shown only when the product has a web address.")},
        {u"product.sku"_s, QT_TRANSLATE_NOOP("Tidings::Ui::BlockDesigner", "Shown only when the product has a SKU.")},
    };
    if (const char *text = known.value(condition)) {
        return BlockDesigner::tr(text);
    }
    return BlockDesigner::tr("Shown only when {{%1}} has a value.").arg(condition);
}

} // namespace

BlockDesigner::BlockDesigner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"blockDesigner"_s);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"blockList"_s);
    m_list->setAccessibleName(tr("Blocks"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSpacing(1);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideRight); // two lines: the kind, and the block's words cut short
    m_list->setToolTip(tr("The email from top to bottom. Drag a block to move it, or use Alt+Up and Alt+Down"));
    setFocusProxy(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showProperties();
        updateActions();
    });
    // A drop (or a move by keyboard) reorders the list's rows: the email follows the list.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_filling) {
            writeHtml();
            updateActions();
        }
    });
    // Enter on a block (or F2) goes to its first field.
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (QWidget *first = m_properties->findChild<QWidget *>(u"firstField"_s)) {
            first->setFocus(Qt::OtherFocusReason);
        }
    });
    auto *editFirst = new QAction(tr("Edit Block"), this);
    editFirst->setShortcut(Qt::Key_F2);
    editFirst->setShortcutContext(Qt::WidgetShortcut);
    connect(editFirst, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            emit m_list->itemActivated(item);
        }
    });
    m_list->addAction(editFirst);

    auto *addMenu = new QMenu(this);
    addMenu->setObjectName(u"addBlockMenu"_s);
    const auto addEntry = [this, addMenu](const QString &text, Kind kind, const QString &condition = {}) {
        QAction *action = addMenu->addAction(text, this, [this, kind, condition] { addBlock(kind, condition); });
        action->setObjectName(u"addBlock_"_s + QString::number(int(kind)) + condition);
    };
    addEntry(tr("Heading"), Kind::Heading);
    addEntry(tr("Text"), Kind::Text);
    addEntry(tr("Small print"), Kind::SmallPrint);
    addEntry(tr("Image"), Kind::Image);
    addEntry(tr("Divider"), Kind::Divider);
    addMenu->addSeparator();
    addEntry(tr("Status strip"), Kind::StatusStrip, u"hasProgress"_s);
    addEntry(tr("Shipment details"), Kind::ShipmentDetails, u"shipment"_s);
    addEntry(tr("Tracking button"), Kind::Button, u"hasTracking"_s);
    addEntry(tr("Order table"), Kind::OrderTable, u"hasItems"_s);
    addMenu->addSeparator();
    addEntry(tr("Button to a link"), Kind::Button);
    addEntry(tr("Custom HTML"), Kind::CustomHtml);
    m_addButton = new QToolButton(this);
    m_addButton->setObjectName(u"addBlockButton"_s);
    m_addButton->setText(tr("Add Block"));
    m_addButton->setToolTip(tr("Adds a block under the one selected (Insert)"));
    m_addButton->setMenu(addMenu);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *showAddMenu = new QAction(tr("Add Block"), this);
    showAddMenu->setShortcut(Qt::Key_Insert);
    showAddMenu->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(showAddMenu, &QAction::triggered, m_addButton, &QToolButton::showMenu);
    addAction(showAddMenu);

    const auto makeAction = [this](const QString &objectName, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
        return action;
    };
    m_remove = makeAction(u"removeBlockAction"_s, tr("Remove"), QKeySequence::Delete);
    m_remove->setToolTip(tr("Removes the selected block (Delete)"));
    connect(m_remove, &QAction::triggered, this, &BlockDesigner::removeSelected);
    m_duplicate = makeAction(u"duplicateBlockAction"_s, tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setToolTip(tr("Adds a copy of the selected block under it (Ctrl+D)"));
    connect(m_duplicate, &QAction::triggered, this, &BlockDesigner::duplicateSelected);
    m_moveUp = makeAction(u"moveBlockUpAction"_s, tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUp->setToolTip(tr("Moves the selected block up (Alt+Up)"));
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_moveDown = makeAction(u"moveBlockDownAction"_s, tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDown->setToolTip(tr("Moves the selected block down (Alt+Down)"));
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(1); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    for (QAction *action : {m_remove, m_duplicate, m_moveUp, m_moveDown}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    // The layout's parts: the same in every email, from the brand kit.
    const auto brandButton = [this](const QString &objectName, const QString &text) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setFlat(true);
        button->setToolTip(tr("The same in every email: change it in the Brand Kit"));
        button->setStyleSheet(u"text-align:left;padding:6px;border:1px dashed palette(mid);"_s);
        connect(button, &QPushButton::clicked, this, &BlockDesigner::brandKitRequested);
        return button;
    };
    auto *header = brandButton(u"brandHeaderButton"_s, tr("Logo and shop name · from the Brand Kit…"));
    auto *footer = brandButton(u"brandFooterButton"_s, tr("Footer: support, address, links · from the Brand Kit…"));

    auto *listColumn = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(header);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(footer);

    m_properties = new QWidget(this);
    m_properties->setObjectName(u"blockProperties"_s);
    auto *propertiesLayout = new QVBoxLayout(m_properties);
    m_propertiesTitle = new QLabel(m_properties);
    m_propertiesTitle->setObjectName(u"blockPropertiesTitle"_s);
    QFont titleFont = m_propertiesTitle->font();
    titleFont.setBold(true);
    m_propertiesTitle->setFont(titleFont);
    m_condition = new QLabel(m_properties);
    m_condition->setObjectName(u"blockCondition"_s);
    m_condition->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    propertiesLayout->addWidget(m_propertiesTitle);
    propertiesLayout->addWidget(m_condition);
    propertiesLayout->addLayout(m_form);
    propertiesLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_properties);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The list over the properties: the editor column is about as wide as a line of the form.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"designerSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listColumn);
    splitter->addWidget(scroll);
    splitter->setSizes({fontMetrics().height() * 16, fontMetrics().height() * 14});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter);

    showProperties();
    updateActions();
}

BlockDesigner::~BlockDesigner() = default;

QString BlockDesigner::kindName(const TemplateBlock &block)
{
    switch (block.kind) {
    case Kind::Heading:
        return tr("Heading");
    case Kind::Text:
        return tr("Text");
    case Kind::SmallPrint:
        return tr("Small print");
    case Kind::Image:
        return tr("Image");
    case Kind::Divider:
        return tr("Divider");
    case Kind::StatusStrip:
        return tr("Status strip");
    case Kind::ShipmentDetails:
        return tr("Shipment details");
    case Kind::Button:
        return block.condition == u"hasTracking"_s ? tr("Tracking button") : tr("Button");
    case Kind::OrderTable:
        return block.value(u"list"_s) == u"backorder.items"_s ? tr("Items on backorder") : tr("Order table");
    case Kind::CustomHtml:
        break;
    }
    return tr("Custom HTML");
}

void BlockDesigner::setHtml(const QString &html)
{
    if (html == m_html && !m_blocks.isEmpty()) {
        return;
    }
    const int row = m_list->currentRow();
    m_html = html;
    m_blocks.clear();
    for (const TemplateBlock &block : TemplateBlocks::parse(html)) {
        m_blocks.insert(m_nextId++, block);
    }
    fillList(row);
}

QList<TemplateBlock> BlockDesigner::blocks() const
{
    QList<TemplateBlock> out;
    for (int row = 0; row < m_list->count(); ++row) {
        out.append(m_blocks.value(m_list->item(row)->data(IdRole).toInt()));
    }
    return out;
}

void BlockDesigner::fillList(int selectRow)
{
    m_filling = true;
    m_list->clear();
    QList<int> ids = m_blocks.keys();
    std::sort(ids.begin(), ids.end()); // the order they were read in
    for (const int id : std::as_const(ids)) {
        m_list->addItem(makeItem(id));
    }
    m_filling = false;
    if (m_list->count() > 0) {
        m_list->setCurrentRow(std::clamp(selectRow, 0, m_list->count() - 1));
    }
    setProblems(m_problems);
    showProperties();
    updateActions();
}

QListWidgetItem *BlockDesigner::makeItem(int id)
{
    auto *item = new QListWidgetItem;
    item->setData(IdRole, id);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
    updateItem(item);
    return item;
}

void BlockDesigner::updateItem(QListWidgetItem *item)
{
    const TemplateBlock block = m_blocks.value(item->data(IdRole).toInt());
    const QString summary = summaryOf(block);
    item->setText(summary.isEmpty() ? kindName(block) : kindName(block) + u'\n' + summary);
    QFont font = item->font();
    font.setItalic(block.kind == Kind::CustomHtml);
    item->setFont(font);
}

void BlockDesigner::setProblems(const QList<TemplateProblem> &problems)
{
    m_problems = problems;
    const QList<TemplateBlock> ordered = blocks();
    QHash<int, QStringList> messages;
    QHash<int, bool> errors;
    for (const TemplateProblem &problem : problems) {
        if (problem.part != TemplateProblem::Part::Html) {
            continue;
        }
        const int row = TemplateBlocks::blockAtLine(ordered, problem.line);
        if (row < 0) {
            continue;
        }
        messages[row].append(problem.message);
        errors[row] = errors.value(row) || problem.severity == TemplateProblem::Severity::Error;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool marked = messages.contains(row);
        item->setIcon(!marked ? QIcon()
                              : style()->standardIcon(errors.value(row) ? QStyle::SP_MessageBoxCritical
                                                                        : QStyle::SP_MessageBoxWarning));
        const QString tip = messages.value(row).join(u'\n');
        item->setToolTip(tip);
        item->setData(Qt::AccessibleDescriptionRole, tip);
    }
}

TemplateBlock BlockDesigner::newBlock(Kind kind, const QString &condition) const
{
    TemplateBlock block;
    block.kind = kind;
    block.condition = condition;
    // The built-in words of the template's language, where a built-in template has this block.
    for (const TemplateBlock &example : m_examples) {
        if (example.kind == kind && example.condition == condition &&
            (kind != Kind::OrderTable || example.value(u"list"_s) == u"items"_s)) {
            block.values = example.values;
            break;
        }
    }
    if (kind == Kind::OrderTable) {
        for (const TemplateBlock &example : m_examples) {
            if (example.kind == kind && example.value(u"prices"_s) == u"yes"_s) {
                block.values.insert(u"price"_s, example.value(u"price"_s));
                block.values.insert(u"total"_s, example.value(u"total"_s));
                break;
            }
        }
    }
    const auto fallback = [&block](const QString &key, const QString &value) {
        if (block.value(key).isEmpty()) {
            block.values.insert(key, value);
        }
    };
    switch (kind) {
    case Kind::Heading:
        block.values.insert(u"text"_s, tr("A heading"));
        break;
    case Kind::Text:
        block.values.insert(u"text"_s, tr("Your words. Variables such as {{order.number}} are filled in for each "
                                          "order."));
        break;
    case Kind::SmallPrint:
        block.values.insert(u"text"_s, tr("Small print"));
        break;
    case Kind::Image:
        block.values.insert(u"src"_s, u"https://"_s);
        block.values.insert(u"alt"_s, u"{{brand.shopName}}"_s);
        break;
    case Kind::Divider:
        break;
    case Kind::StatusStrip:
        fallback(u"ordered"_s, tr("Ordered"));
        fallback(u"shipped"_s, tr("Shipped"));
        fallback(u"outForDelivery"_s, tr("Out for delivery"));
        fallback(u"delivered"_s, tr("Delivered"));
        break;
    case Kind::ShipmentDetails:
        fallback(u"carrier"_s, tr("Carrier"));
        fallback(u"trackingNumber"_s, tr("Tracking number"));
        fallback(u"status"_s, tr("Status"));
        fallback(u"fallbackStatus"_s, tr("Shipped"));
        break;
    case Kind::Button:
        if (condition.isEmpty()) {
            // The words under the button from a built-in one; the label and link are the owner's.
            QString under;
            for (const TemplateBlock &example : m_examples) {
                if (example.kind == Kind::Button) {
                    under = example.value(u"fallback"_s);
                    break;
                }
            }
            block.values = {{u"label"_s, tr("Visit our shop")}, {u"url"_s, u"https://"_s}, {u"fallback"_s, under}};
        } else {
            fallback(u"url"_s, u"{{shipment.trackingUrl}}"_s);
            fallback(u"label"_s, tr("Track your package"));
        }
        fallback(u"fallback"_s, tr("Button not working? Open this link:"));
        break;
    case Kind::OrderTable:
        fallback(u"title"_s, tr("Your order"));
        fallback(u"quantity"_s, tr("Qty"));
        fallback(u"sku"_s, tr("SKU"));
        fallback(u"price"_s, tr("Price"));
        fallback(u"total"_s, tr("Total"));
        block.values.insert(u"list"_s, u"items"_s);
        block.values.insert(u"prices"_s, u"yes"_s);
        break;
    case Kind::CustomHtml:
        block.values.insert(u"html"_s, u"<p>%1</p>\n"_s.arg(tr("Your HTML")));
        break;
    }
    return block;
}

void BlockDesigner::addBlock(Kind kind, const QString &condition)
{
    const int id = m_nextId++;
    m_blocks.insert(id, newBlock(kind, condition));
    const int row = m_list->currentRow() < 0 ? m_list->count() : m_list->currentRow() + 1;
    m_filling = true;
    m_list->insertItem(row, makeItem(id));
    m_filling = false;
    m_list->setCurrentRow(row);
    writeHtml();
    updateActions();
    m_list->setFocus(Qt::OtherFocusReason);
}

void BlockDesigner::duplicateSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const int id = m_nextId++;
    m_blocks.insert(id, m_blocks.value(item->data(IdRole).toInt()));
    const int row = m_list->currentRow() + 1;
    m_filling = true;
    m_list->insertItem(row, makeItem(id));
    m_filling = false;
    m_list->setCurrentRow(row);
    writeHtml();
    setProblems(m_problems);
    updateActions();
}

void BlockDesigner::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    // moveRow, as a drop does: rowsMoved writes the HTML.
    m_list->model()->moveRow(QModelIndex(), row, QModelIndex(), delta > 0 ? target + 1 : target);
    m_list->setCurrentRow(target);
}

void BlockDesigner::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const int row = m_list->currentRow();
    m_blocks.remove(item->data(IdRole).toInt());
    m_filling = true;
    delete m_list->takeItem(row);
    m_filling = false;
    if (m_list->count() > 0) {
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    }
    writeHtml();
    showProperties();
    updateActions();
}

void BlockDesigner::writeHtml()
{
    QList<TemplateBlock> ordered = blocks();
    m_html = TemplateBlocks::write(ordered);
    for (int row = 0; row < m_list->count(); ++row) {
        m_blocks[m_list->item(row)->data(IdRole).toInt()].line = ordered.at(row).line;
    }
    emit htmlEdited(m_html);
}

void BlockDesigner::setValue(int id, const QString &key, const QString &value)
{
    auto found = m_blocks.find(id);
    if (found == m_blocks.end() || found->value(key) == value) {
        return;
    }
    found->values.insert(key, value);
    if (key == u"prices"_s && !value.isEmpty()) {
        // The columns a table without prices never named get the words a new table has.
        const TemplateBlock named = newBlock(Kind::OrderTable, found->condition);
        for (const QString &column : {u"price"_s, u"total"_s}) {
            if (found->value(column).isEmpty()) {
                found->values.insert(column, named.value(column));
            }
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toInt() == id) {
            updateItem(m_list->item(row));
        }
    }
    writeHtml();
}

QString BlockDesigner::labelFor(const TemplateBlock &block, const TemplateBlockField &field) const
{
    const QString &key = field.key;
    if (key == u"text"_s) {
        return block.kind == Kind::Heading ? tr("Heading:") : tr("Text:");
    }
    static const QHash<QString, const char *> labels{
        {u"src"_s, QT_TR_NOOP("Image address:")},
        {u"alt"_s, QT_TR_NOOP("Text if images are off:")},
        {u"ordered"_s, QT_TR_NOOP("Step 1, ordered:")},
        {u"shipped"_s, QT_TR_NOOP("Step 2, shipped:")},
        {u"outForDelivery"_s, QT_TR_NOOP("Step 3, out for delivery:")},
        {u"delivered"_s, QT_TR_NOOP("Step 4, delivered:")},
        {u"carrier"_s, QT_TR_NOOP("Carrier label:")},
        {u"trackingNumber"_s, QT_TR_NOOP("Tracking number label:")},
        {u"status"_s, QT_TR_NOOP("Status label:")},
        {u"fallbackStatus"_s, QT_TR_NOOP("Status when the carrier says none:")},
        {u"label"_s, QT_TR_NOOP("Button text:")},
        {u"url"_s, QT_TR_NOOP("Link:")},
        {u"fallback"_s, QT_TR_NOOP("Words under the button:")},
        {u"title"_s, QT_TR_NOOP("Title:")},
        {u"quantity"_s, QT_TR_NOOP("Quantity column:")},
        {u"sku"_s, QT_TR_NOOP("Before the SKU:")},
        {u"prices"_s, QT_TR_NOOP("Show prices and the total")},
        {u"price"_s, QT_TR_NOOP("Price column:")},
        {u"total"_s, QT_TR_NOOP("Total:")},
        {u"html"_s, QT_TR_NOOP("HTML:")},
    };
    return tr(labels.value(key, "?"));
}

void BlockDesigner::showProperties()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_lastField.clear();
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_propertiesTitle->setText(m_list->count() == 0 ? tr("No blocks yet: add one with Add Block (Insert).")
                                                        : tr("Choose a block to change it."));
        m_condition->hide();
        return;
    }
    const int id = item->data(IdRole).toInt();
    const TemplateBlock block = m_blocks.value(id);
    m_propertiesTitle->setText(kindName(block));
    if (block.condition.isEmpty()) {
        m_condition->hide();
    } else {
        m_condition->setText(conditionText(block.condition));
        m_condition->show();
    }
    if (block.kind == Kind::Divider) {
        m_form->addRow(new QLabel(tr("A thin line across the email. Nothing to set."), m_properties));
    }
    bool first = true;
    for (const TemplateBlockField &field : TemplateBlocks::fields(block.kind)) {
        const QString key = field.key;
        QWidget *editor = nullptr;
        switch (field.type) {
        case FieldType::Fixed:
            continue;
        case FieldType::Flag: {
            auto *box = new QCheckBox(labelFor(block, field), m_properties);
            box->setChecked(block.value(key) == u"yes"_s);
            connect(box, &QCheckBox::toggled, this,
                    [this, id, key](bool on) { setValue(id, key, on ? u"yes"_s : QString()); });
            m_form->addRow(box);
            editor = box;
            break;
        }
        case FieldType::Lines:
        case FieldType::Code: {
            auto *text = new QPlainTextEdit(m_properties);
            text->setPlainText(block.value(key));
            text->setTabChangesFocus(true);
            if (field.type == FieldType::Code) {
                text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
                text->setLineWrapMode(QPlainTextEdit::NoWrap);
                text->setMinimumHeight(fontMetrics().height() * 12);
            } else {
                text->setMinimumHeight(fontMetrics().height() * 6);
            }
            new MustacheHighlighter(text->document());
            connect(text, &QPlainTextEdit::textChanged, this,
                    [this, id, key, text] { setValue(id, key, text->toPlainText()); });
            editor = text;
            break;
        }
        case FieldType::Line:
        case FieldType::Link: {
            auto *line = new QLineEdit(block.value(key), m_properties);
            if (field.type == FieldType::Link) {
                line->setToolTip(tr("A web address starting with https://, or a variable that holds one, such as "
                                    "{{shipment.trackingUrl}}"));
            }
            connect(line, &QLineEdit::textEdited, this,
                    [this, id, key](const QString &value) { setValue(id, key, value); });
            editor = line;
            break;
        }
        }
        editor->setObjectName(first ? u"firstField"_s : u"field_"_s + key);
        editor->setProperty("blockField", key);
        editor->installEventFilter(this);
        if (field.type != FieldType::Flag) {
            auto *label = new QLabel(labelFor(block, field), m_properties);
            label->setBuddy(editor);
            m_form->addRow(label, editor);
        }
        editor->setAccessibleName(QString(labelFor(block, field)).remove(u':'));
        first = false;
    }
    // A table without prices has no price column to name.
    if (auto *prices = m_properties->findChild<QCheckBox *>(u"field_prices"_s)) {
        for (const QString &key : {u"price"_s, u"total"_s}) {
            if (auto *column = m_properties->findChild<QWidget *>(u"field_"_s + key)) {
                column->setEnabled(prices->isChecked());
                connect(prices, &QCheckBox::toggled, column, &QWidget::setEnabled);
            }
        }
    }
}

bool BlockDesigner::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->property("blockField").isValid()) {
            m_lastField = widget;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool BlockDesigner::insertVariable(const QString &path)
{
    const QString tag = u"{{"_s + path + u"}}"_s;
    if (auto *line = qobject_cast<QLineEdit *>(m_lastField.data())) {
        line->insert(tag);
        emit line->textEdited(line->text());
        line->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_lastField.data())) {
        text->insertPlainText(tag);
        text->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void BlockDesigner::updateActions()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_duplicate->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace Tidings::Ui
