#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Tidings::Ui {

// The list of every variable a template can use (from TemplateVariables), grouped (order, customer, shipment,
// items, brand, ...), with its description and a sample value, and a box to find one by name or description.
// Double-click or Enter on a variable emits variableChosen(path) (the page calls TemplateCodeEditor::
// insertVariable); dragging one gives the text to write ({{order.number}}) and, for TemplateCodeEditor, the path,
// so a drop inside {{#items}} writes {{name}}.
class VariablesPalette final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariablesPalette)

public:
    enum Column {
        PathColumn,
        DescriptionColumn,
        SampleColumn,
    };

    static constexpr int PathRole = Qt::UserRole + 1;

    explicit VariablesPalette(QWidget *parent = nullptr);
    ~VariablesPalette() override;

    QTreeView *view() const { return m_view; }

    QLineEdit *filterEdit() const { return m_filter; }

    // The index of `path` in view()'s model, invalid when it is filtered out or unknown.
    QModelIndex indexOf(const QString &path) const;

signals:
    void variableChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void choose(const QModelIndex &index);

    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace Tidings::Ui
