#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QPushButton;

namespace Tidings {
class OAuthSignIn;
struct OAuthSignInProvider;
struct OAuthSignInResult;
} // namespace Tidings

namespace Tidings::Ui {

// "Sign in with …" and what it is doing, in one row: the button starts an OAuthSignIn (the provider's page
// opens through QDesktopServices::openUrl; tests install a URL handler and play the browser) and reads
// "Cancel Sign-in" while it runs; the label beside it says what to do in the browser, and how it ended.
//
// The panel does not know what the sign-in is for: a click while idle asks for it with startRequested(), and
// the page answers with start(provider) (or with finish(false, why) when a setting is missing). A sign-in
// that succeeds comes back as succeeded(); the page checks and keeps the token, then calls finish().
class SignInPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPanel)

public:
    explicit SignInPanel(QWidget *parent = nullptr);
    ~SignInPanel() override;

    // Names the button ("Sign in with Google…") and says what the owner allows in the browser, as the
    // sentence shown while Tidings waits, e.g. "Sign in to Google in your browser and allow Tidings to send
    // email. Tidings is waiting…". Cancels a sign-in under way and clears the status.
    void setAuthority(const QString &authority, const QString &waitingText);

    QString authority() const { return m_authority; }

    // Starts signing in (a sign-in under way is cancelled first).
    void start(const Tidings::OAuthSignInProvider &provider);
    // Stops a sign-in under way; it ends with finished(false) and the status says it was cancelled.
    void cancel();
    bool isRunning() const;
    // Ends the sign-in started last, as the page decided: the button reads "Sign in with …" again, the
    // status shows `status`, and finished(signedIn) follows.
    void finish(bool signedIn, const QString &status);

    QPushButton *button() const { return m_button; }

    QLabel *statusLabel() const { return m_status; }

signals:
    void startRequested();
    void succeeded(const Tidings::OAuthSignInResult &result);
    void finished(bool signedIn);

private:
    void onClicked();

    QPushButton *m_button = nullptr;
    QLabel *m_status = nullptr;
    QNetworkAccessManager *m_network = nullptr; // made at the first sign-in
    QPointer<OAuthSignIn> m_signIn;
    QString m_authority;
    QString m_waitingText;
};

} // namespace Tidings::Ui
