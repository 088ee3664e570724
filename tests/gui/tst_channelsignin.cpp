#include "browserplayer.h"
#include "channels/channeldialog.h"
#include "channels/channelspage.h"
#include "connectionswindow.h"
#include "credentials/secretstore.h"
#include "fakes/fakegmail.h"
#include "fakes/fakeoauth2server.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "screenshot.h"
#include "widgets/messagebanner.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString ClientId = u"1234567890-tidings.apps.googleusercontent.com"_s;
const QString ClientSecret = u"GOCSPX-client+secret/value"_s;
const QString SignedInToken = u"1//rt-from-the-sign-in"_s;
const QString Address = u"orders@juniper-pine.example"_s;

void screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(Tidings::Test::screenshot(widget, u"signin"_s, name), qPrintable(name));
}

} // namespace

// "Sign in with Google" in the channel dialog against a loopback authorization server, with the test as the
// browser; and the window's one-click fix when a channel's sign-in is refused: the banner's "Sign In Again"
// opens the channel, signs in, and after Save the waiting messages go out.
class tst_ChannelSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void dialog_signIn_data();
    void dialog_signIn();
    void dialog_signIn_withoutClientId_saysWhatToDo();
    void refusedSignIn_bannerSignsInAgain_messagesGoOut();

private:
    ChannelDialog *openNewGmailDialog();

    std::unique_ptr<ConnectionsWindow> m_ui;
    std::unique_ptr<FakeOAuth2Server> m_google;
    BrowserPlayer m_browser;
};

void tst_ChannelSignIn::initTestCase()
{
    ConnectionsWindow::prepareApplication(u"tst_channelsignin"_s);
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
}

void tst_ChannelSignIn::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

void tst_ChannelSignIn::init()
{
    m_ui = std::make_unique<ConnectionsWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_google = std::make_unique<FakeOAuth2Server>(u"/token"_s, ClientId, ClientSecret);
    m_google->setAuthorizePath(u"/o/oauth2/v2/auth"_s);
    m_google->setCodeGrantRefreshToken(SignedInToken);
    m_google->setRefreshToken(SignedInToken);
    QVERIFY(m_google->listen());
    m_browser.reset();
}

void tst_ChannelSignIn::cleanup()
{
    m_ui.reset();
    m_google.reset();
}

ChannelDialog *tst_ChannelSignIn::openNewGmailDialog()
{
    ChannelsPage *page = m_ui->window().channelsPage();
    page->addAction()->trigger();
    ChannelDialog *dialog = page->openDialog();
    if (!dialog) {
        return nullptr;
    }
    dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(u"gmail"_s));
    dialog->nameField()->setText(u"Shop Gmail"_s);
    dialog->field(u"fromEmail"_s)->setText(Address);
    dialog->field(u"clientId"_s)->setText(ClientId);
    dialog->field(u"authorizeUrl"_s)->setText(m_google->authorizeUrl().toString());
    dialog->field(u"tokenUrl"_s)->setText(m_google->tokenUrl().toString());
    dialog->secretField(u"clientSecret"_s)->setText(ClientSecret);
    return dialog;
}

void tst_ChannelSignIn::dialog_signIn_data()
{
    QTest::addColumn<bool>("deny");
    QTest::addColumn<QString>("grantedScope"); // empty: what was asked for
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<QString>("status");

    QTest::newRow("signed in") << false << QString() << true << u"Signed in to Google. Save to keep it."_s;
    QTest::newRow("owner clicked cancel") << true << QString() << false << u"You did not allow Tidings"_s;
    QTest::newRow("sending not allowed") << false << u"openid email"_s << false
                                         << u"You signed in to Google, but did not allow Tidings to send email"_s;
}

void tst_ChannelSignIn::dialog_signIn()
{
    QFETCH(bool, deny);
    QFETCH(QString, grantedScope);
    QFETCH(bool, signedIn);
    QFETCH(QString, status);

    m_google->setDenyAuthorization(deny);
    if (!grantedScope.isEmpty()) {
        m_google->setGrantedScope(grantedScope);
    }
    ChannelDialog *dialog = openNewGmailDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->signInButton()->isHidden());
    QCOMPARE(dialog->signInButton()->text(), u"S&ign in with Google…"_s);
    QVERIFY(dialog->secretField(u"refreshToken"_s)->text().isEmpty());

    QSignalSpy finished(dialog, &ChannelDialog::signInFinished);
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier); // the keyboard path to the button
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QCOMPARE(m_browser.opened.constFirst().host(), u"127.0.0.1"_s); // the fake Google
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().first().toBool(), signedIn);
    QVERIFY2(dialog->signInStatus()->text().startsWith(status), qPrintable(dialog->signInStatus()->text()));
    QCOMPARE(dialog->signInButton()->text(), u"S&ign in with Google…"_s);
    QVERIFY(!dialog->signInStatus()->text().contains(SignedInToken));
    QVERIFY(!dialog->signInStatus()->text().contains(ClientSecret));
    if (!signedIn) {
        QVERIFY(dialog->secretField(u"refreshToken"_s)->text().isEmpty());
        dialog->reject();
        return;
    }
    QCOMPARE(m_google->codesExchanged(), 1);
    QCOMPARE(dialog->secretField(u"refreshToken"_s)->text(), SignedInToken);
    QCOMPARE(m_browser.loopbackStatus, 200);
    screenshot(dialog, u"dialog-signed-in"_s);

    // Saved: the refresh token the sign-in gave is in the keychain.
    QSignalSpy changed(&m_ui->pipeline().engine(), &Engine::channelsChanged);
    dialog->saveButton()->click();
    QTRY_COMPARE(changed.count(), 1);
    const QString profile = m_ui->pipeline().value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    QCOMPARE(m_ui->pipeline().secrets().secrets().value(
                 secretKey(profile, u"channel"_s, u"shop-gmail"_s, u"refreshToken"_s)),
             SignedInToken);
}

void tst_ChannelSignIn::dialog_signIn_withoutClientId_saysWhatToDo()
{
    ChannelDialog *dialog = openNewGmailDialog();
    QVERIFY(dialog);
    dialog->field(u"clientId"_s)->clear();
    dialog->signInButton()->click();
    QVERIFY2(dialog->signInStatus()->text().startsWith(u"Type the client ID of your Google app first"_s),
             qPrintable(dialog->signInStatus()->text()));
    QCOMPARE(m_browser.opened.size(), 0);
    dialog->reject();

    // Providers that send with a key have no sign-in.
    ChannelsPage *page = m_ui->window().channelsPage();
    page->addAction()->trigger();
    dialog = page->openDialog();
    QVERIFY(dialog);
    dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(u"sendgrid"_s));
    QVERIFY(!dialog->signInButton()->isVisibleTo(dialog));
    dialog->reject();
}

void tst_ChannelSignIn::refusedSignIn_bannerSignsInAgain_messagesGoOut()
{
    // The rules' channel becomes Gmail, with a refresh token Google no longer accepts (the owner changed the
    // password); Gmail's API accepts the access tokens the fake Google issues.
    FakeGmail gmail(ClientId, ClientSecret, u"unused"_s, Address);
    gmail.setExternalTokenCheck([this](const QString &token) { return m_google->isIssued(token); });
    QVERIFY(gmail.listen());
    Engine &engine = m_ui->pipeline().engine();
    ChannelConfig channel = engine.config().channels.first();
    channel.type = u"gmail"_s;
    channel.baseUrl = gmail.baseUrl();
    channel.fromEmail = Address;
    channel.options.insert(u"clientId"_s, ClientId);
    channel.options.insert(u"authorizeUrl"_s, m_google->authorizeUrl().toString());
    channel.options.insert(u"tokenUrl"_s, m_google->tokenUrl().toString());
    channel.options.insert(u"ratePerSecond"_s, 100); // Gmail's own 2/s would wait for the fixture's manual clock
    QSignalSpy changed(&engine, &Engine::channelsChanged);
    const Status updated = engine.updateChannel(
        channel, {{u"refreshToken"_s, u"1//rt-revoked"_s}, {u"clientSecret"_s, ClientSecret}}, [](const Status &) {});
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    QTRY_COMPARE(changed.count(), 1);

    MessageBanner *banner = m_ui->window().signInBanner();
    QVERIFY(banner->isHidden());
    WebhookClient client;
    QCOMPARE(client
                 .postShopify(m_ui->pipeline().webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-1", "ev-1")
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 10000);
    QVERIFY2(banner->text().contains(u"Sign in again"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"Its messages wait"_s), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"1//rt-revoked"_s));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    const QTreeWidgetItem *row = m_ui->window().channelsPage()->list()->topLevelItem(0);
    QCOMPARE(row->text(3), u"Needs sign-in"_s);
    const int queued = m_ui->pipeline().value(u"SELECT COUNT(*) FROM notifications"_s).toInt();
    QVERIFY(queued > 0);
    QCOMPARE(gmail.acceptedCount(), 0);
    m_ui->window().resize(1100, 700);
    screenshot(&m_ui->window(), u"banner"_s);

    // One click: the channel opens on the Channels page and Google's sign-in starts in the browser.
    QVERIFY(banner->actionButton()->isVisible());
    QCOMPARE(banner->actionButton()->text(), u"Sign &In Again…"_s);
    banner->actionButton()->click();
    ChannelDialog *dialog = m_ui->window().channelsPage()->openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->channel().id, channel.id);
    QSignalSpy signedIn(dialog, &ChannelDialog::signInFinished);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10000);
    QCOMPARE(signedIn.first().first().toBool(), true);
    QCOMPARE(dialog->secretField(u"refreshToken"_s)->text(), SignedInToken);
    QVERIFY(dialog->saveButton()->hasFocus()); // Enter saves
    QTest::keyClick(dialog->saveButton(), Qt::Key_Return);

    // Saved: the channel is released, the banner goes, and the messages that waited are sent.
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(gmail.acceptedCount(), queued, 10000);
    QCOMPARE(m_ui->window().channelsPage()->list()->topLevelItem(0)->text(3), u"On"_s);
    QCOMPARE(m_ui->pipeline().value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), queued);
}

QTEST_MAIN(tst_ChannelSignIn)
#include "tst_channelsignin.moc"
