#include "browserplayer.h"
#include "connections/addsourcewizard.h"
#include "connections/sourcedetailspage.h"
#include "connections/sourceplatformpage.h"
#include "connections/sourcesetuppage.h"
#include "connections/sourcesmodel.h"
#include "connectionswindow.h"
#include "credentials/credentialspage.h"
#include "credentials/secretstore.h"
#include "fakes/fakegooglesheets.h"
#include "fakes/fakeoauth2server.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "sources/polling/poller.h"
#include "widgets/signinpanel.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

using Options = QHash<QString, QString>;

namespace {

const QString ClientId = u"1234567890-sheets.apps.googleusercontent.com"_s;
const QString ClientSecret = u"GOCSPX-sheet+secret/1"_s;
const QString SheetId = u"1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"_s;
const QString Range = u"'Orders'!A1:Z"_s;

void screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(Tidings::Test::screenshot(widget, u"sourcesignin"_s, name), qPrintable(name));
}

} // namespace

// "Sign in with Google/Salesforce" on the setup page of a poll source, against loopback fakes with the test as
// the browser: the refresh token it gives fills the field, Test connection reads with it, and Finish keeps it
// in the keychain and starts checking.
class tst_SourceSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void sheets_signIn_testFinish_polls();
    void withoutClientId_saysWhatToDo();
    void signInOnlyWhereThePlatformHasOne_data();
    void signInOnlyWhereThePlatformHasOne();

private:
    // Opens the wizard on the poll entry of `type` and fills the details page; returns the setup page.
    SourceSetupPage *openSetup(const QString &type, const QString &name, const QHash<QString, QString> &options);

    std::unique_ptr<ConnectionsWindow> m_ui;
    BrowserPlayer m_browser;
    AddSourceWizard *m_wizard = nullptr;
};

void tst_SourceSignIn::initTestCase()
{
    ConnectionsWindow::prepareApplication(u"tst_sourcesignin"_s);
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
}

void tst_SourceSignIn::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

void tst_SourceSignIn::init()
{
    m_browser.reset();
    m_ui = std::make_unique<ConnectionsWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_SourceSignIn::cleanup()
{
    m_wizard = nullptr;
    m_ui.reset();
}

SourceSetupPage *tst_SourceSignIn::openSetup(const QString &type, const QString &name,
                                             const QHash<QString, QString> &options)
{
    m_wizard = m_ui->openAddWizard();
    if (!m_wizard) {
        return nullptr;
    }
    const SourceTypeInfo *info = pollSourceTypeInfo(type);
    if (!info || !m_wizard->platformPage()->selectPlatform(SourcesModel::listName(*info))) {
        return nullptr;
    }
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    SourceDetailsPage *details = m_wizard->detailsPage();
    QTest::keyClicks(details->nameField(), name);
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        QLineEdit *field = details->optionField(it.key());
        if (!field) {
            qWarning("no option field %s", qPrintable(it.key()));
            return nullptr;
        }
        field->setText(it.value());
    }
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (m_wizard->currentId() != int(AddSourceWizard::SetupPageId)) {
        qWarning("the details page did not go on");
        return nullptr;
    }
    return m_wizard->setupPage();
}

void tst_SourceSignIn::sheets_signIn_testFinish_polls()
{
    FakeOAuth2Server google(u"/token"_s, ClientId, ClientSecret);
    google.setAuthorizePath(u"/o/oauth2/v2/auth"_s);
    google.setRefreshToken(google.codeGrantRefreshToken()); // the token the sign-in gives refreshes later
    QVERIFY(google.listen());
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setTokens(&google); // a private sheet: only bearer tokens the fake Google issued
    sheets.setValues({{u"Order ID"_s, u"Status"_s, u"Email"_s}, {u"7001"_s, u"Processing"_s, u"ada@example.com"_s}});

    SourceSetupPage *setup = openSetup(u"googlesheets"_s, u"Order Sheet"_s,
                                       {{u"baseUrl"_s, sheets.baseUrl().toString()},
                                        {u"spreadsheetId"_s, SheetId},
                                        {u"orderIdColumn"_s, u"Order ID"_s},
                                        {u"range"_s, Range},
                                        {u"clientId"_s, ClientId},
                                        {u"authorizeUrl"_s, google.authorizeUrl().toString()},
                                        {u"tokenUrl"_s, google.tokenUrl().toString()}});
    QVERIFY(setup);
    SignInPanel *panel = setup->signInPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->button()->text(), u"S&ign in with Google…"_s);
    QLineEdit *refreshToken = setup->secretField(u"refreshToken"_s);
    QLineEdit *secret = setup->secretField(u"clientSecret"_s);
    QVERIFY(refreshToken && secret);
    QTest::keyClicks(secret, ClientSecret);

    // Alt+I signs in, as the button's mnemonic says.
    QSignalSpy finished(panel, &SignInPanel::finished);
    QApplication::setActiveWindow(m_wizard);
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    QTest::keyClick(m_wizard, Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(m_browser.opened.size(), 1);
    screenshot(m_wizard, u"waiting"_s);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->statusLabel()->text()));
    QCOMPARE(m_browser.loopbackStatus, 200);
    QCOMPARE(refreshToken->text(), google.codeGrantRefreshToken());
    QVERIFY2(panel->statusLabel()->text().startsWith(u"Signed in to Google"_s),
             qPrintable(panel->statusLabel()->text()));
    QVERIFY(!panel->statusLabel()->text().contains(google.codeGrantRefreshToken()));
    QCOMPARE(google.lastAuthorizeQuery().queryItemValue(u"scope"_s, QUrl::FullyDecoded),
             u"https://www.googleapis.com/auth/spreadsheets.readonly"_s);
    QCOMPARE(panel->button()->text(), u"S&ign in with Google…"_s);
    screenshot(m_wizard, u"signed-in"_s);

    // Test connection reads the sheet with the new sign-in.
    QTest::mouseClick(setup->testButton(), Qt::LeftButton);
    QTRY_VERIFY(setup->testButton()->isEnabled() && !setup->testResultLabel()->text().startsWith(u"Asking"_s));
    QVERIFY2(setup->testResultLabel()->text().startsWith(u"Connected to Google Sheets"_s),
             qPrintable(setup->testResultLabel()->text()));

    const QPointer<AddSourceWizard> alive(m_wizard);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(!alive, qPrintable(alive ? alive->setupPage()->problem() : QString()));

    // The sign-in is in the keychain (never in the store), and the source checks the sheet with it.
    const QString id = u"order-sheet"_s;
    QTRY_VERIFY(m_ui->row(id) >= 0);
    const QString profile = m_ui->pipeline().value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    QCOMPARE(m_ui->pipeline().secrets().secrets().value(secretKey(profile, u"source"_s, id, u"refreshToken"_s)),
             google.codeGrantRefreshToken());
    QTRY_VERIFY(m_ui->healthOf(id).lastPollAt.isValid());
    QCOMPARE(m_ui->healthOf(id).lastPollFound, 1);
    QCOMPARE(m_ui->pipeline().value(u"SELECT COUNT(*) FROM orders WHERE order_id = '7001'"_s).toInt(), 1);

    // Credentials → Sign In opens the connection's setup and signs in again with the saved client secret;
    // Save keeps the new sign-in.
    google.setCodeGrantRefreshToken(u"1//second-sign-in"_s);
    google.setRefreshToken(u"1//second-sign-in"_s);
    CredentialsPage *credentials = m_ui->window().credentialsPage();
    m_ui->window().findChild<QAction *>(u"showCredentialsAction"_s)->trigger();
    QTreeWidgetItem *item = nullptr;
    QTRY_VERIFY((item = credentials->row(u"source"_s, id, u"refreshToken"_s)) != nullptr &&
                item->text(CredentialsPage::StateColumn) == u"Signed in"_s);
    QVERIFY2(item->text(CredentialsPage::CredentialColumn).startsWith(u"Account sign-in"_s),
             qPrintable(item->text(CredentialsPage::CredentialColumn)));
    credentials->list()->setCurrentItem(item);
    QVERIFY(credentials->signInAction()->isEnabled());
    m_browser.reset();
    credentials->signInAction()->trigger();
    AddSourceWizard *again = m_ui->page().wizard();
    QVERIFY(again);
    QCOMPARE(again->currentId(), int(AddSourceWizard::SetupPageId));
    QSignalSpy signedInAgain(again->setupPage()->signInPanel(), &SignInPanel::finished);
    QTRY_COMPARE(signedInAgain.count(), 1);
    QVERIFY2(signedInAgain.at(0).at(0).toBool(), qPrintable(again->setupPage()->signInPanel()->statusLabel()->text()));
    QCOMPARE(m_browser.opened.size(), 1);
    // The saved client secret went with the code.
    QCOMPARE(google.lastCodeExchange().queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), ClientSecret);
    screenshot(again, u"again"_s);
    const QPointer<AddSourceWizard> open(again);
    QTest::mouseClick(again->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!open);
    QTRY_COMPARE(m_ui->pipeline().secrets().secrets().value(secretKey(profile, u"source"_s, id, u"refreshToken"_s)),
                 u"1//second-sign-in"_s);
}

void tst_SourceSignIn::withoutClientId_saysWhatToDo()
{
    // The client ID is optional for a sheet (an API key needs none), so the sign-in asks for it.
    SourceSetupPage *setup =
        openSetup(u"googlesheets"_s, u"No Key"_s, {{u"spreadsheetId"_s, SheetId}, {u"orderIdColumn"_s, u"Order ID"_s}});
    QVERIFY(setup);
    SignInPanel *panel = setup->signInPanel();
    QSignalSpy finished(panel, &SignInPanel::finished);
    QTest::mouseClick(panel->button(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(panel->statusLabel()->text().contains(u"Client ID (Google sign-in)"_s),
             qPrintable(panel->statusLabel()->text()));
    QVERIFY(!panel->isRunning());
    QCOMPARE(m_browser.opened.size(), 0);
}

void tst_SourceSignIn::signInOnlyWhereThePlatformHasOne_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("button"); // empty: no sign-in
    QTest::newRow("salesforce") << u"salesforce"_s << Options{{u"clientId"_s, u"3MVG9key"_s}}
                                << u"S&ign in with Salesforce…"_s;
    QTest::newRow("woocommerce") << u"woocommerce"_s << Options{{u"baseUrl"_s, u"https://tea.example"_s}} << QString();
}

void tst_SourceSignIn::signInOnlyWhereThePlatformHasOne()
{
    QFETCH(QString, type);
    QFETCH(Options, options);
    QFETCH(QString, button);
    SourceSetupPage *setup = openSetup(type, u"Shop"_s, options);
    QVERIFY(setup);
    QCOMPARE(setup->signInPanel()->isVisible(), !button.isEmpty());
    if (!button.isEmpty()) {
        QCOMPARE(setup->signInPanel()->button()->text(), button);
        screenshot(m_wizard, type);
    }
}

QTEST_MAIN(tst_SourceSignIn)
#include "tst_sourcesignin.moc"
