#pragma once

#include "dispatch/testmode.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidings::Ui {

// Sending → Test Mode…: switch test mode on or off and say where customers' messages go meanwhile. The dialog
// checks what it can (an address is needed to switch on) and shows the engine's answer in place.
class TestModeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestModeDialog)

public:
    // `save` applies the settings (Engine::setTestMode) and returns why it could not.
    using Save = std::function<Status(const TestMode &mode)>;

    TestModeDialog(const TestMode &current, Save save, QWidget *parent = nullptr);
    ~TestModeDialog() override;

    TestMode mode() const;

    QCheckBox *enabledBox() const { return m_enabled; }

    QLineEdit *emailField() const { return m_email; }

    QLineEdit *phoneField() const { return m_phone; }

    QLabel *problemLabel() const { return m_problem; }

    QPushButton *saveButton() const { return m_save; }

    void accept() override;

private:
    Save m_saveMode;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Tidings::Ui
