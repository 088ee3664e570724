#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Tidings::Ui {

class AddSourceWizard;
class GettingStartedWizard;

// Step 1: connect the shop. "Add Your Shop…" opens the same "Add a connection" wizard as the Connections page
// (platform, webhooks or polling, secrets, and for polling its "Test connection"); once it is saved the page
// names it and offers "Send a Test Order", the platform's signed sample posted to this computer as the shop
// would, with the answer in words.
class ShopPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopPage)

public:
    explicit ShopPage(GettingStartedWizard *wizard);
    ~ShopPage() override;

    void initializePage() override;

    QPushButton *addButton() const { return m_add; }

    QPushButton *testButton() const { return m_test; }

    QLabel *shopsLabel() const { return m_shops; }

    QLabel *resultLabel() const { return m_result; }

    // The "Add a connection" wizard while it is open, else nullptr.
    AddSourceWizard *sourceWizard() const;

    // The connection added here, or empty.
    QString addedSourceId() const { return m_sourceId; }

    void addShop();
    void sendTestOrder();

signals:
    void testFinished(bool accepted);

private:
    void refresh();

    GettingStartedWizard *m_wizard;
    QPushButton *m_add = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_shops = nullptr;
    QLabel *m_result = nullptr;
    QPointer<AddSourceWizard> m_sourceWizard;
    QString m_sourceId;
};

} // namespace Tidings::Ui
