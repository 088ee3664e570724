#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidings::Ui {

class ChannelDialog;
class GettingStartedWizard;

// Step 2: the mail provider. "Add an Email Provider…" opens the same dialog as the Channels page (the provider,
// its keys to the keychain, "Sign in with Google/Microsoft"); once it is saved, "Send a Test Message to Me"
// sends the test message through it to the owner's own address, with the provider's answer in words. The
// address is the wizard's "ownerEmail" field, which the test mode step starts from.
class EmailPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailPage)

public:
    explicit EmailPage(GettingStartedWizard *wizard);
    ~EmailPage() override;

    void initializePage() override;

    QPushButton *addButton() const { return m_add; }

    QLineEdit *ownerField() const { return m_owner; }

    QPushButton *testButton() const { return m_test; }

    QLabel *channelsLabel() const { return m_channels; }

    QLabel *resultLabel() const { return m_result; }

    // The channel dialog while it is open, else nullptr.
    ChannelDialog *channelDialog() const;

    // The channel the test goes through: the one added here, else the newest one; empty when none.
    QString channelId() const { return m_channelId; }

    void addChannel();
    void sendTest();

signals:
    void testFinished(bool sent);

private:
    void refresh();

    GettingStartedWizard *m_wizard;
    QPushButton *m_add = nullptr;
    QLineEdit *m_owner = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_channels = nullptr;
    QLabel *m_result = nullptr;
    QPointer<ChannelDialog> m_dialog;
    QString m_channelId;
};

} // namespace Tidings::Ui
