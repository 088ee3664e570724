#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace Tidings::Ui {

class GettingStartedWizard;

// The last step: what is set up and what is not, and "Go live now" (off unless the owner ticks it: Tidings
// stays in test mode otherwise). Finish switches test mode off only when it is ticked.
class FinishPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)

public:
    explicit FinishPage(GettingStartedWizard *wizard);
    ~FinishPage() override;

    void initializePage() override;
    bool validatePage() override;

    QCheckBox *goLiveBox() const { return m_goLive; }

    QLabel *summaryLabel() const { return m_summary; }

    QLabel *problemLabel() const { return m_problem; }

private:
    GettingStartedWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QCheckBox *m_goLive = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tidings::Ui
