#pragma once

#include <QWizardPage>

namespace Tidings::Ui {

// What Tidings does, in three lines, and what the owner needs to hand for the next steps.
class WelcomePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;
};

} // namespace Tidings::Ui
