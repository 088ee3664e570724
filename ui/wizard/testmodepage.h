#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Tidings::Ui {

class GettingStartedWizard;

// Step 5: test mode, on unless the owner says otherwise: every message meant for a customer goes to the
// owner's address instead, so the shop can run for real before anyone else is sent anything. Next saves it
// (Engine::setTestMode); the engine's refusal shows on the page.
class TestModePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestModePage)

public:
    explicit TestModePage(GettingStartedWizard *wizard);
    ~TestModePage() override;

    void initializePage() override;
    bool validatePage() override;

    QCheckBox *enabledBox() const { return m_enabled; }

    QLineEdit *emailField() const { return m_email; }

    QLabel *problemLabel() const { return m_problem; }

private:
    GettingStartedWizard *m_wizard;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tidings::Ui
