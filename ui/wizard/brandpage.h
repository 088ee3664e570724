#pragma once

#include "templates/messagetemplate.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidings::Ui {

class LogoPicker;

class GettingStartedWizard;

// Step 3: the shop's look in every message: its name, accent colour (typed, or chosen with the colour
// dialog), logo (an address or a file) and support address, with a small sample that follows what is typed. Next saves
// it (Engine::setBrand); a problem stays on the page in words.
class BrandPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandPage)

public:
    explicit BrandPage(GettingStartedWizard *wizard);
    ~BrandPage() override;

    void initializePage() override;
    bool validatePage() override;

    // The brand as the fields describe it (the rest as saved).
    Brand brand() const;

    QLineEdit *shopNameField() const { return m_shopName; }

    QLineEdit *colourField() const { return m_colour; }

    QPushButton *colourButton() const { return m_chooseColour; }

    QLineEdit *logoField() const;

    LogoPicker *logoPicker() const { return m_logo; }

    QLineEdit *supportField() const { return m_support; }

    QLabel *sampleLabel() const { return m_sample; }

    QLabel *problemLabel() const { return m_problem; }

    void chooseColour();

private:
    void updateSample();

    GettingStartedWizard *m_wizard;
    QLineEdit *m_shopName = nullptr;
    QLineEdit *m_colour = nullptr;
    QPushButton *m_chooseColour = nullptr;
    LogoPicker *m_logo = nullptr;
    QLineEdit *m_support = nullptr;
    QLabel *m_sample = nullptr;
    QLabel *m_problem = nullptr;
    bool m_filled = false;
};

} // namespace Tidings::Ui
