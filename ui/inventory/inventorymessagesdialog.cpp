#include "inventory/inventorymessagesdialog.h"

#include "channels/channel.h"
#include "widgets/dialogparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings::Ui {

namespace {

constexpr int IsEmailRole = Qt::UserRole + 1;

QString channelLabel(const ChannelConfig &channel, const ChannelTypeInfo &info)
{
    const QString name = channel.name.isEmpty() ? channel.id : channel.name;
    return InventoryMessagesDialog::tr("%1 (%2)").arg(name, info.displayName);
}

} // namespace

InventoryMessagesDialog::InventoryMessagesDialog(const QList<ChannelConfig> &channels, const Settings &current,
                                                 Save save, QWidget *parent)
    : QDialog(parent)
    , m_saveSettings(std::move(save))
{
    setObjectName(u"inventoryMessagesDialog"_s);
    setWindowTitle(tr("Inventory Messages"));

    // Your team: stock alerts.
    m_staffChannel = new QComboBox(this);
    m_staffChannel->setObjectName(u"stockAlertsChannel"_s);
    m_staffChannel->addItem(tr("Nobody (no stock alerts)"), QString());
    m_staffChannel->setItemData(0, false, IsEmailRole);
    m_customerChannel = new QComboBox(this);
    m_customerChannel->setObjectName(u"customerStockChannel"_s);
    for (const ChannelConfig &channel : channels) {
        const ChannelTypeInfo *info = channelTypeInfo(channel.type);
        if (!info || !channel.enabled) {
            continue;
        }
        if (info->kind == ChannelKind::Chat || info->kind == ChannelKind::Email) {
            m_staffChannel->addItem(channelLabel(channel, *info), channel.id);
            m_staffChannel->setItemData(m_staffChannel->count() - 1, info->kind == ChannelKind::Email, IsEmailRole);
        }
        if (info->kind == ChannelKind::Email || info->kind == ChannelKind::Automation) {
            m_customerChannel->addItem(channelLabel(channel, *info), channel.id);
        }
    }
    m_staffChannel->setCurrentIndex(std::max(0, m_staffChannel->findData(current.staff.channelId)));
    m_address = new QLineEdit(current.staff.address, this);
    m_address->setObjectName(u"stockAlertsAddress"_s);
    m_address->setPlaceholderText(tr("team@yourshop.com"));

    auto *team = new QGroupBox(tr("Your team"), this);
    auto *teamIntro = new QLabel(tr("Told once when a product falls to its low-stock threshold, and once when it runs "
                                    "out. Stock that goes up and down around the threshold does not alert again "
                                    "until it was well above it."),
                                 team);
    teamIntro->setWordWrap(true);
    auto *teamForm = new QFormLayout;
    teamForm->addRow(tr("&Alerts go through:"), m_staffChannel);
    teamForm->addRow(tr("&To:"), m_address);
    m_addressLabel = qobject_cast<QLabel *>(teamForm->labelForField(m_address));
    auto *teamLayout = new QVBoxLayout(team);
    teamLayout->addWidget(teamIntro);
    teamLayout->addLayout(teamForm);

    // Your customers: back in stock and backorders.
    m_backInStock = new QCheckBox(tr("Tell &waiting customers when a product is back in stock"), this);
    m_backInStock->setObjectName(u"backInStockBox"_s);
    m_backInStock->setChecked(current.customers.backInStock);
    m_backorders = new QCheckBox(tr("Tell customers when their &order waits for an item that ran out"), this);
    m_backorders->setObjectName(u"backordersBox"_s);
    m_backorders->setChecked(current.customers.backorders);
    const int customerIndex = m_customerChannel->findData(current.customers.channelId);
    m_customerChannel->setCurrentIndex(customerIndex >= 0 ? customerIndex : 0);

    auto *customers = new QGroupBox(tr("Your customers"), this);
    auto *customersIntro = new QLabel(tr("Waiting customers are told in the order they asked, no more of them than "
                                         "came back. An order waits when it was placed after an item had run out; "
                                         "its shipping message then thanks the customer for waiting."),
                                      customers);
    customersIntro->setWordWrap(true);
    auto *customersForm = new QFormLayout;
    customersForm->addRow(tr("&Customers are told through:"), m_customerChannel);
    auto *customersLayout = new QVBoxLayout(customers);
    customersLayout->addWidget(customersIntro);
    customersLayout->addWidget(m_backInStock);
    customersLayout->addWidget(m_backorders);
    customersLayout->addLayout(customersForm);
    if (m_customerChannel->count() == 0) {
        auto *noChannel = new QLabel(tr("Add an email channel on the Channels page to tell customers."), customers);
        noChannel->setObjectName(u"noCustomerChannel"_s);
        noChannel->setWordWrap(true);
        customersLayout->addWidget(noChannel);
    }

    m_problem = makeProblemLabel(u"inventoryMessagesProblem"_s, this);
    QDialogButtonBox *buttons = makeAcceptButtons(this, tr("&Save"), u"inventoryMessagesSave"_s, &m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(team);
    layout->addWidget(customers);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QComboBox *box : {m_staffChannel, m_customerChannel}) {
        connect(box, &QComboBox::currentIndexChanged, this, &InventoryMessagesDialog::updateEnabled);
        connect(box, &QComboBox::currentIndexChanged, m_problem, &QWidget::hide);
    }
    for (QCheckBox *box : {m_backInStock, m_backorders}) {
        connect(box, &QCheckBox::toggled, this, &InventoryMessagesDialog::updateEnabled);
        connect(box, &QCheckBox::toggled, m_problem, &QWidget::hide);
    }
    connect(m_address, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    updateEnabled();
    m_staffChannel->setFocus();
    const int width = fontMetrics().averageCharWidth() * 72;
    resize(width, std::max(sizeHint().height(), heightForWidth(width)));
}

InventoryMessagesDialog::~InventoryMessagesDialog() = default;

InventoryMessagesDialog *InventoryMessagesDialog::openFor(Engine *engine, QWidget *parent)
{
    if (!engine) {
        return nullptr;
    }
    const Settings current{engine->stockAlerts(), engine->customerStockMessages()};
    auto *dialog = new InventoryMessagesDialog(
        engine->config().channels, current,
        [engine](const Settings &settings) {
            if (Status staff = engine->setStockAlerts(settings.staff); !staff) {
                return staff;
            }
            return engine->setCustomerStockMessages(settings.customers);
        },
        parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void InventoryMessagesDialog::updateEnabled()
{
    // Only an email channel needs an address; a chat channel posts where it was set up to.
    const bool email = m_staffChannel->currentData(IsEmailRole).toBool();
    m_address->setVisible(email);
    if (m_addressLabel) {
        m_addressLabel->setVisible(email);
    }
    const bool hasChannel = m_customerChannel->count() > 0;
    m_backInStock->setEnabled(hasChannel);
    m_backorders->setEnabled(hasChannel);
    m_customerChannel->setEnabled(hasChannel && (m_backInStock->isChecked() || m_backorders->isChecked()));
    // The address row came or went: the wrapped paragraphs need the height that goes with the width.
    if (isVisible()) {
        resize(width(), std::max(sizeHint().height(), heightForWidth(width())));
    }
}

InventoryMessagesDialog::Settings InventoryMessagesDialog::settings() const
{
    const bool email = m_staffChannel->currentData(IsEmailRole).toBool();
    Settings settings;
    settings.staff = {m_staffChannel->currentData().toString(), email ? m_address->text().trimmed() : QString()};
    settings.customers = {m_customerChannel->currentData().toString(), m_backInStock->isChecked(),
                          m_backorders->isChecked()};
    return settings;
}

void InventoryMessagesDialog::accept()
{
    if (const Status saved = m_saveSettings(settings()); !saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Tidings::Ui
