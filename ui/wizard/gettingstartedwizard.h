#pragma once

#include <QWizard>

class QLabel;

namespace Tidings {
class Engine;
}

namespace Tidings::Ui {

class BrandPage;
class EmailPage;
class FinishPage;
class MessagesPage;
class ShopPage;
class TestModePage;
class WelcomePage;

// Help → Getting Started…, and the first start: from nothing to a test message in a few steps. Each page does
// its part through the engine as the owner goes (a shop and a mail provider are saved by the dialogs the
// window already uses, the brand and test mode when the owner moves on), so Cancel keeps what was saved and
// undoes nothing. "Skip this step" moves on without changing anything. Finishing or cancelling marks the
// first run done (FirstRun).
class GettingStartedWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedWizard)

public:
    enum PageId {
        WelcomePageId,
        ShopPageId,
        EmailPageId,
        BrandPageId,
        MessagesPageId,
        TestModePageId,
        FinishPageId,
    };

    explicit GettingStartedWizard(Engine *engine, QWidget *parent = nullptr);
    ~GettingStartedWizard() override;

    Engine *engine() const { return m_engine; }

    ShopPage *shopPage() const { return m_shop; }

    EmailPage *emailPage() const { return m_email; }

    BrandPage *brandPage() const { return m_brand; }

    MessagesPage *messagesPage() const { return m_messages; }

    TestModePage *testModePage() const { return m_testMode; }

    FinishPage *finishPage() const { return m_finish; }

    // The owner's own email address, as typed on the mail provider's page (empty until then).
    QString ownerEmail() const;

    // True while "Skip this step" moves on: the page's validatePage() then saves nothing.
    bool isSkipping() const { return m_skipping; }

    // "Skip this step": to the next page, leaving this one's settings as they were.
    void skip();

    void done(int result) override;

    // Shows `text` in `label` as a problem (in red) or as good news.
    static void showOutcome(QLabel *label, const QString &text, bool problem);

private:
    Engine *m_engine;
    WelcomePage *m_welcome = nullptr;
    ShopPage *m_shop = nullptr;
    EmailPage *m_email = nullptr;
    BrandPage *m_brand = nullptr;
    MessagesPage *m_messages = nullptr;
    TestModePage *m_testMode = nullptr;
    FinishPage *m_finish = nullptr;
    bool m_skipping = false;
};

} // namespace Tidings::Ui
