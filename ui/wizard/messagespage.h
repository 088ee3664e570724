#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QTextBrowser;

namespace Tidings::Ui {

class PreviewBrowser;

class GettingStartedWizard;

// Step 4: the messages a new shop sends (the default rules: an order confirmation when an order is placed,
// a shipping notice when it ships), each shown as a customer would see it: the built-in template rendered on
// a sample order with the brand of the previous step, in the language chosen for customers whose order does
// not say theirs (Engine::setCustomerLanguage, saved on Next; at first the window's language when the templates
// come in it).
class MessagesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesPage)

public:
    explicit MessagesPage(GettingStartedWizard *wizard);
    ~MessagesPage() override;

    void initializePage() override;
    bool validatePage() override;

    QListWidget *list() const { return m_list; }

    QLabel *subjectLabel() const { return m_subject; }

    QTextBrowser *preview() const;

    QComboBox *languageBox() const { return m_language; }

private:
    void showPreview();

    GettingStartedWizard *m_wizard;
    QListWidget *m_list = nullptr;
    QLabel *m_subject = nullptr;
    PreviewBrowser *m_preview = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Tidings::Ui
