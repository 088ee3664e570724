#pragma once

#include "channels/channel.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tidings {
class Engine;
struct OAuthSignInResult;
} // namespace Tidings

namespace Tidings::Ui {

class DeliveryGroup;
class SignInPanel;

// Add or edit one channel: the provider (add only), a name, the provider's settings and keys (from its
// ChannelTypeInfo), the steps on the provider's side, and "Send Test Message" to an address the owner
// types, answered in words, and "Test Connection" where the provider has a harmless check. Providers that send as a
// signed-in account (Gmail, Microsoft) have "Sign in with Google/Microsoft": the browser opens the provider's
// consent page and the refresh token it gives fills the key field. Save hands it to the engine (keychain, store,
// running dispatcher); problems show in the dialog.
class ChannelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelDialog)

public:
    // `existing` null: a new channel.
    ChannelDialog(Engine *engine, const ChannelConfig *existing, QWidget *parent = nullptr);
    ~ChannelDialog() override;

    // For tests and the keyboard: the widgets by what they hold.
    QComboBox *providerBox() const { return m_provider; }

    QLineEdit *nameField() const { return m_name; }

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }

    QLineEdit *secretField(const QString &name) const { return m_secrets.value(name); }

    QLineEdit *testAddressField() const { return m_testAddress; }

    QPushButton *testButton() const { return m_testButton; }

    // "Test Connection": shown for providers with a harmless check (ChannelTypeInfo::canCheckConnection).
    QPushButton *checkButton() const { return m_checkButton; }

    QLabel *testResult() const { return m_testResult; }

    // "Sign in with …": shown for providers with a sign-in (ChannelTypeInfo::canSignIn); while a sign-in runs it
    // reads "Cancel Sign-in". The provider's page opens through QDesktopServices::openUrl (tests install a URL
    // handler and play the browser).
    QPushButton *signInButton() const;

    QLabel *signInStatus() const;

    // Starts "Sign in with …" (the window's "Sign In Again" calls it); nothing for providers without one.
    void startSignIn();

    QLabel *problem() const { return m_problem; }

    // Retries and the fallback channel.
    DeliveryGroup *deliveryGroup() const { return m_delivery; }

    QPushButton *saveButton() const;

    // The channel as the dialog describes it, and the keys typed in it.
    ChannelConfig channel() const;
    QHash<QString, QString> typedSecrets() const;

    void accept() override;

signals:
    void testFinished(bool sent);
    void checkFinished(bool connected);
    void signInFinished(bool signedIn);

private:
    void rebuildForm();
    void sendTest();
    void checkConnection();
    void keepSignIn(const Tidings::OAuthSignInResult &result);
    const ChannelTypeInfo *currentInfo() const;

    Engine *m_engine;
    std::optional<ChannelConfig> m_existing;
    QList<ChannelTypeInfo> m_types;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_name = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_formHolder = nullptr;
    QLabel *m_steps = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLineEdit *> m_secrets;
    QLineEdit *m_testAddress = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_testResult = nullptr;
    SignInPanel *m_signIn = nullptr;
    DeliveryGroup *m_delivery = nullptr;
    QStringList m_signInScopes; // what the sign-in under way asked for
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace Tidings::Ui
