#pragma once

#include <QStyledItemDelegate>

namespace Tidings::Ui {

// Edits a low-stock threshold in the table (F2 or a double click): a spin box whose lowest step is the shop's
// threshold ("Shop's (5)", -1 in the model): Down from 0, or emptying it, goes back to it.
class ThresholdDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdDelegate)

public:
    explicit ThresholdDelegate(QObject *parent = nullptr);
    ~ThresholdDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Tidings::Ui
