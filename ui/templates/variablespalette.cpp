#include "templates/variablespalette.h"

#include "templates/templatecodeeditor.h"
#include "templates/templatevariables.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

// Drags carry what to write (text/plain, for any editor) and the path (for TemplateCodeEditor, which writes it
// for where it is dropped).
class VariablesModel final : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;

    QStringList mimeTypes() const override { return {u"text/plain"_s, TemplateCodeEditor::variableMimeType()}; }

    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        if (indexes.isEmpty()) {
            return nullptr;
        }
        const QString path =
            indexes.first().siblingAtColumn(VariablesPalette::PathColumn).data(VariablesPalette::PathRole).toString();
        auto *data = new QMimeData;
        const TemplateVariables::Snippet snippet = TemplateVariables::snippet(path);
        data->setText(snippet.before + snippet.after);
        data->setData(TemplateCodeEditor::variableMimeType(), path.toUtf8());
        return data;
    }
};

} // namespace

VariablesPalette::VariablesPalette(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new VariablesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"variablesPalette"_s);
    m_filter->setObjectName(u"variablesFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(u"variablesView"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setExpandsOnDoubleClick(false);

    auto *label = new QLabel(this);
    label->setObjectName(u"variablesFilterLabel"_s);
    label->setBuddy(m_filter);
    auto *hint = new QLabel(this);
    hint->setObjectName(u"variablesHint"_s);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(label);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });
    // Enter and double-click (activated covers both); Down from the box goes to the list.
    connect(m_view, &QTreeView::activated, this, &VariablesPalette::choose);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
    rebuild();
}

VariablesPalette::~VariablesPalette() = default;

void VariablesPalette::rebuild()
{
    auto *label = findChild<QLabel *>(u"variablesFilterLabel"_s);
    label->setText(tr("F&ind:"));
    m_filter->setPlaceholderText(tr("Name or description"));
    findChild<QLabel *>(u"variablesHint"_s)
        ->setText(tr("Double-click a variable or press Enter to add it at the cursor, or drag it into the editor."));

    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Variable"), tr("Description"), tr("Sample")});
    QHash<QString, QStandardItem *> byPath;
    for (const TemplateVariable &variable : TemplateVariables::all()) {
        QList<QStandardItem *> row{new QStandardItem(variable.path), new QStandardItem(variable.description),
                                   new QStandardItem(variable.sample)};
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setToolTip(variable.description);
            item->setData(variable.path, PathRole);
        }
        if (variable.isSection()) {
            QFont bold = row.first()->font();
            bold.setBold(true);
            row.first()->setFont(bold);
        }
        const qsizetype dot = variable.path.lastIndexOf(u'.');
        QStandardItem *parent = dot < 0 ? nullptr : byPath.value(variable.path.left(dot));
        (parent ? parent : m_model->invisibleRootItem())->appendRow(row);
        byPath.insert(variable.path, row.first());
    }
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(PathColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DescriptionColumn, QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(DescriptionColumn, fontMetrics().averageCharWidth() * 30);
}

QModelIndex VariablesPalette::indexOf(const QString &path) const
{
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, PathColumn), PathRole, path, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

void VariablesPalette::choose(const QModelIndex &index)
{
    const QString path = index.siblingAtColumn(PathColumn).data(PathRole).toString();
    const auto variable = TemplateVariables::find(path);
    if (!variable) {
        return;
    }
    // A group (order, customer, ...) is a heading: Enter opens or closes it instead.
    if (variable->type == TemplateVariable::Type::Object) {
        const QModelIndex first = index.siblingAtColumn(PathColumn);
        m_view->setExpanded(first, !m_view->isExpanded(first));
        return;
    }
    emit variableChosen(path);
}

void VariablesPalette::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
}

} // namespace Tidings::Ui
