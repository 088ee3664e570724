#pragma once

#include "config/appconfig.h"
#include "engine.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidings::Ui {

// Inventory → Inventory Messages…: who is told what about stock. Your team: when a product runs low or out
// (a chat channel, or an email channel and the address), or nobody. Your customers: waiting customers when a
// product is back, and orders placed after an item ran out, through an email channel. Shows the engine's
// answer in place when it cannot save.
class InventoryMessagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryMessagesDialog)

public:
    struct Settings
    {
        Engine::StockAlertSettings staff;
        Engine::CustomerStockMessages customers;
    };

    // `save` applies the settings (Engine::setStockAlerts, setCustomerStockMessages) and returns why it could not.
    using Save = std::function<Status(const Settings &settings)>;

    // `channels`: the shop's channels; chat and email ones are offered for the team, email ones for customers.
    InventoryMessagesDialog(const QList<ChannelConfig> &channels, const Settings &current, Save save,
                            QWidget *parent = nullptr);
    ~InventoryMessagesDialog() override;

    // Opens the dialog (window-modal, deleted on close) for the running engine; nothing without an engine.
    static InventoryMessagesDialog *openFor(Engine *engine, QWidget *parent);

    Settings settings() const;

    QComboBox *staffChannelBox() const { return m_staffChannel; }

    QLineEdit *addressEdit() const { return m_address; }

    QCheckBox *backInStockBox() const { return m_backInStock; }

    QCheckBox *backordersBox() const { return m_backorders; }

    QComboBox *customerChannelBox() const { return m_customerChannel; }

    QLabel *problemLabel() const { return m_problem; }

    QPushButton *saveButton() const { return m_save; }

    void accept() override;

private:
    void updateEnabled();

    Save m_saveSettings;
    QComboBox *m_staffChannel = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_addressLabel = nullptr;
    QCheckBox *m_backInStock = nullptr;
    QCheckBox *m_backorders = nullptr;
    QComboBox *m_customerChannel = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Tidings::Ui
