#pragma once

#include "sources/sourcetypeinfo.h"

#include <QHash>
#include <QList>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Tidings {
struct OAuthSignInResult;
} // namespace Tidings

namespace Tidings::Ui {

class AddSourceWizard;
class SignInPanel;

// Step 3: the platform's side. The exact webhook address (with ?token=<secret> when the platform cannot
// sign), each secret (made here when Tidings makes it, else a hidden field to paste into), the numbered
// steps, the ready-to-paste script, and what to do when this PC cannot be reached from the internet.
// For poll mode: the credentials to paste, the steps to make them, and "Test connection", which reads the
// platform once and says in plain words what worked or what failed. Platforms with a sign-in (Google Sheets,
// Salesforce: SourceTypeInfo::canSignIn) have "Sign in with …", which fills in the refresh token.
// Finish saves through the engine and closes the wizard once it has.
class SourceSetupPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceSetupPage)

public:
    explicit SourceSetupPage(AddSourceWizard *wizard);
    ~SourceSetupPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // A new random secret: 32 bytes from the system's secure generator, base64url without padding.
    static QString generateSecret();

    // The address to give the platform, exactly as shown.
    QString webhookAddress() const;
    // The secrets to save, by name: new or changed ones only (when editing, an unchanged one is left out).
    QHash<QString, QString> secrets() const;
    // The script with {{url}} and {{secret}} filled in, or empty.
    QString filledScript() const;

    QLineEdit *addressField() const { return m_address; }

    // The field of a secret, or nullptr.
    QLineEdit *secretField(const QString &name) const;

    QLabel *stepsLabel() const { return m_steps; }

    QPlainTextEdit *scriptBox() const { return m_script; }

    QLabel *reachNote() const { return m_reach; }

    // Poll sources: reads the platform once with what the pages say (storing nothing) and shows the outcome.
    void testConnection();

    QPushButton *testButton() const { return m_test; }

    QLabel *testResultLabel() const { return m_testResult; }

    // "Sign in with …" (poll sources whose type canSignIn), and what it says.
    SignInPanel *signInPanel() const { return m_signIn; }

    // Starts "Sign in with …" with the settings of the previous page and the client secret typed here.
    void startSignIn();
    // startSignIn() now, or, while the saved secrets are being read, as soon as they are.
    void startSignInWhenReady();

    // The sentence shown when saving cannot go on or failed, empty otherwise.
    QString problem() const;

    bool isSaving() const { return m_saving; }

private:
    struct SecretRow
    {
        SourceSecretInfo info;
        QLineEdit *field = nullptr;
        QToolButton *reveal = nullptr;
        QPushButton *renew = nullptr;
        QString saved; // the keychain's value when editing
    };

    void rebuild();
    void keepSignIn(const Tidings::OAuthSignInResult &result);
    // Every secret as the fields show it; when editing, an empty field stands for the saved value.
    QHash<QString, QString> typedSecrets() const;
    void refresh();
    void loadSavedSecrets();
    void showProblem(const QString &text, QWidget *field = nullptr);
    void setSaving(bool saving);
    bool isPoll() const;
    QString firstSecretValue() const;

    AddSourceWizard *m_wizard;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_secretsLayout = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_addressHelp = nullptr;
    QLabel *m_stepsHeading = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_scriptHeading = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QWidget *m_scriptCopy = nullptr;
    QLabel *m_reachHeading = nullptr;
    QLabel *m_reach = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_addressBlock = nullptr; // label, field and help: webhook sources only
    QWidget *m_testBlock = nullptr;    // Test connection: poll sources only
    SignInPanel *m_signIn = nullptr;
    QStringList m_signInScopes; // what the sign-in under way asked for
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    quint64 m_testRun = 0;
    QList<SecretRow> m_secrets;
    QString m_builtFor;
    bool m_secretsLoaded = false;
    bool m_secretsReading = false; // the keychain has not answered yet
    bool m_signInWhenRead = false;
    bool m_saving = false;
    bool m_saved = false;
};

} // namespace Tidings::Ui
