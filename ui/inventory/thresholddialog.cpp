#include "inventory/thresholddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

ThresholdDialog::ThresholdDialog(const QString &product, std::optional<int> current, int shop, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"thresholdDialog"_s);
    setWindowTitle(tr("Low-Stock Threshold"));

    auto *name = new QLabel(product, this);
    name->setObjectName(u"thresholdProduct"_s);
    name->setTextFormat(Qt::PlainText);
    name->setWordWrap(true);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    auto *intro = new QLabel(tr("Staff are told when its stock falls to this many or fewer."), this);
    intro->setWordWrap(true);

    m_spin = new QSpinBox(this);
    m_spin->setObjectName(u"thresholdSpinBox"_s);
    m_spin->setRange(0, MaximumThreshold);
    m_spin->setValue(current.value_or(shop));
    m_spin->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    auto *spinLabel = new QLabel(tr("&Low-stock threshold:"), this);
    spinLabel->setBuddy(m_spin);

    m_useShop = new QCheckBox(tr("&Use the shop's threshold (%1)").arg(QLocale().toString(shop)), this);
    m_useShop->setObjectName(u"useShopThresholdBox"_s);
    m_useShop->setChecked(!current.has_value());
    m_spin->setEnabled(current.has_value());
    connect(m_useShop, &QCheckBox::toggled, this, [this](bool useShop) {
        m_spin->setEnabled(!useShop);
        if (!useShop) {
            m_spin->setFocus(Qt::TabFocusReason);
            m_spin->selectAll();
        }
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(spinLabel, m_spin);
    form->addRow(QString(), m_useShop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    (current ? static_cast<QWidget *>(m_spin) : m_useShop)->setFocus(Qt::OtherFocusReason);
    m_spin->selectAll();
}

ThresholdDialog::~ThresholdDialog() = default;

std::optional<int> ThresholdDialog::threshold() const
{
    if (m_useShop->isChecked()) {
        return std::nullopt;
    }
    return m_spin->value();
}

} // namespace Tidings::Ui
