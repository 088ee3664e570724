#include "inventory/thresholddelegate.h"

#include "inventory/productsmodel.h"
#include "inventory/thresholddialog.h"

#include <QLocale>
#include <QSpinBox>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

namespace {

// Takes an emptied field as its lowest value (the shop's threshold), instead of going back to the number.
class ThresholdSpinBox final : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString &input, int &position) const override
    {
        return input.trimmed().isEmpty() ? QValidator::Acceptable : QSpinBox::validate(input, position);
    }

    int valueFromText(const QString &text) const override
    {
        return text.trimmed().isEmpty() ? minimum() : QSpinBox::valueFromText(text);
    }
};

} // namespace

ThresholdDelegate::ThresholdDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ThresholdDelegate::~ThresholdDelegate() = default;

QWidget *ThresholdDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *spin = new ThresholdSpinBox(parent);
    spin->setObjectName(u"thresholdEditor"_s);
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setRange(-1, ThresholdDialog::MaximumThreshold);
    const int shop = index.data(ProductsModel::ShopThresholdRole).toInt();
    spin->setSpecialValueText(tr("Shop's (%1)").arg(QLocale().toString(shop)));
    spin->setAccessibleName(tr("Low-stock threshold"));
    spin->setToolTip(tr("Staff are told when the stock falls to this many. Below 0, or empty: the shop's "
                        "threshold."));
    return spin;
}

void ThresholdDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        spin->selectAll();
    }
}

void ThresholdDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
}

} // namespace Tidings::Ui
