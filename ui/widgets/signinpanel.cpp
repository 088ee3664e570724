#include "widgets/signinpanel.h"

#include "credentials/oauthsignin.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>

namespace Tidings::Ui {

using namespace Qt::StringLiterals;

SignInPanel::SignInPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signInRow"_s);
    m_button = new QPushButton(this);
    m_button->setObjectName(u"signInButton"_s);
    m_button->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"signInStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_status, 1);
    connect(m_button, &QPushButton::clicked, this, &SignInPanel::onClicked);
}

SignInPanel::~SignInPanel()
{
    if (m_signIn) {
        m_signIn->disconnect(this); // its cancellation must not reach a half-destroyed panel
    }
}

void SignInPanel::setAuthority(const QString &authority, const QString &waitingText)
{
    if (isRunning()) {
        cancel(); // it was for the provider chosen before
    }
    m_authority = authority;
    m_waitingText = waitingText;
    m_button->setText(tr("S&ign in with %1…").arg(authority));
    m_button->setToolTip(tr("Opens %1's sign-in page in your browser.").arg(authority));
    m_status->clear();
}

bool SignInPanel::isRunning() const
{
    return m_signIn && m_signIn->isRunning();
}

void SignInPanel::onClicked()
{
    if (isRunning()) {
        cancel();
        return;
    }
    emit startRequested();
}

void SignInPanel::start(const OAuthSignInProvider &provider)
{
    if (isRunning()) {
        cancel();
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->deleteLater(); // the one before, finished
    }
    auto *signIn = new OAuthSignIn(provider, m_network, this);
    m_signIn = signIn;
    const QString authority = provider.authority;
    connect(signIn, &OAuthSignIn::openBrowser, this, [this, authority](const QUrl &url) {
        const bool opened = QDesktopServices::openUrl(url);
        m_status->setText(opened ? m_waitingText
                                 : tr("Tidings could not open a browser. Open this address in one to sign in to %1: %2")
                                       .arg(authority, url.toString()));
    });
    connect(signIn, &OAuthSignIn::succeeded, this, &SignInPanel::succeeded);
    connect(signIn, &OAuthSignIn::failed, this, [this](const Error &error) { finish(false, error.message); });
    m_button->setText(tr("Cancel S&ign-in"));
    m_status->setText(tr("Opening %1's sign-in page…").arg(authority));
    signIn->start();
}

void SignInPanel::cancel()
{
    if (m_signIn) {
        m_signIn->cancel(); // ends with failed(): finish() follows
    }
}

void SignInPanel::finish(bool signedIn, const QString &status)
{
    m_button->setText(tr("S&ign in with %1…").arg(m_authority));
    m_status->setText(status);
    emit finished(signedIn);
}

} // namespace Tidings::Ui
