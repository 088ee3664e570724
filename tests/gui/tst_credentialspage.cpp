#include "channels/channeldialog.h"
#include "channels/channelspage.h"
#include "connectionswindow.h"
#include "credentials/credentialspage.h"
#include "credentials/secretstore.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

namespace {

// Stands in for the system's browser (QDesktopServices::setUrlHandler): records what Tidings opens.
class BrowserRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:

    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

// The Credentials page on a running engine (one Shopify connection, one SendGrid channel): every key with what
// uses it and whether the keychain has it; Replace Key and Remove go to the keychain; a signed-in account
// (Microsoft) shows as a sign-in with Sign In and Sign Out. No value is ever shown.
class tst_CredentialsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void page_listsEveryKey_withItsUserAndState_ctrl4ShowsIt();
    void replaceKey_data();
    void replaceKey();
    void remove_asksFirst_thenDeletesFromTheKeychain_data();
    void remove_asksFirst_thenDeletesFromTheKeychain();
    void account_showsAsSignIn_signOutAndSignInRequest();

private:
    CredentialsPage *page() const { return m_ui->window().credentialsPage(); }

    QString keychainKey(const QString &owner, const QString &ownerId, const QString &name) const;
    QString stateOf(const QString &owner, const QString &ownerId, const QString &name) const;

    std::unique_ptr<ConnectionsWindow> m_ui;
};

void tst_CredentialsPage::initTestCase()
{
    ConnectionsWindow::prepareApplication(u"tst_credentialspage"_s);
}

void tst_CredentialsPage::init()
{
    m_ui = std::make_unique<ConnectionsWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(page());
    // The keychain is read for connections only while the page is in view.
    QCOMPARE(stateOf(u"source"_s, PipelineFixture::SourceId, u"webhookSecret"_s), u"Checking the keychain…"_s);
    m_ui->window().findChild<QAction *>(u"showCredentialsAction"_s)->trigger();
    QVERIFY(page()->isVisible());
}

void tst_CredentialsPage::cleanup()
{
    m_ui.reset();
}

QString tst_CredentialsPage::keychainKey(const QString &owner, const QString &ownerId, const QString &name) const
{
    const QString profile = m_ui->pipeline().value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    return secretKey(profile, owner, ownerId, name);
}

QString tst_CredentialsPage::stateOf(const QString &owner, const QString &ownerId, const QString &name) const
{
    const QTreeWidgetItem *item = page()->row(owner, ownerId, name);
    return item ? item->text(CredentialsPage::StateColumn) : u"(no row)"_s;
}

void tst_CredentialsPage::page_listsEveryKey_withItsUserAndState_ctrl4ShowsIt()
{
    QCOMPARE(page()->list()->topLevelItemCount(), 2);
    const QTreeWidgetItem *channelKey = page()->row(u"channel"_s, u"sendgrid"_s, u"apiKey"_s);
    QVERIFY(channelKey);
    QCOMPARE(channelKey->text(CredentialsPage::CredentialColumn), u"API key"_s);
    QCOMPARE(channelKey->text(CredentialsPage::UsedByColumn), u"Channel “SendGrid” (SendGrid)"_s);
    QCOMPARE(channelKey->text(CredentialsPage::StateColumn), u"Saved"_s);
    // A long name cut by the column is whole in the tooltip.
    QCOMPARE(channelKey->toolTip(CredentialsPage::UsedByColumn), channelKey->text(CredentialsPage::UsedByColumn));
    const QTreeWidgetItem *sourceKey = page()->row(u"source"_s, PipelineFixture::SourceId, u"webhookSecret"_s);
    QVERIFY(sourceKey);
    QCOMPARE(sourceKey->text(CredentialsPage::UsedByColumn), u"Connection “Juniper & Pine” (Shopify)"_s);
    // Whether the connection's secret is there comes from the keychain, asynchronously.
    QTRY_COMPARE(stateOf(u"source"_s, PipelineFixture::SourceId, u"webhookSecret"_s), u"Saved"_s);

    // No value is shown anywhere on the page.
    for (int row = 0; row < page()->list()->topLevelItemCount(); ++row) {
        for (int column = 0; column < page()->list()->columnCount(); ++column) {
            const QString text = page()->list()->topLevelItem(row)->text(column);
            QVERIFY2(!text.contains(PipelineFixture::ApiKey), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromUtf8(PipelineFixture::SigningSecret)), qPrintable(text));
        }
    }

    auto *show = m_ui->window().findChild<QAction *>(u"showCredentialsAction"_s);
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(u"Ctrl+4"_s));
    show->trigger();
    QCOMPARE(m_ui->window().findChild<QListWidget *>(u"navigation"_s)->currentRow(), 3);
    // Keys without an account: no Sign In; a connection's secret is replaced, never just removed.
    page()->list()->setCurrentItem(page()->row(u"source"_s, PipelineFixture::SourceId, u"webhookSecret"_s));
    QVERIFY(!page()->signInAction()->isEnabled());
    QVERIFY(page()->replaceAction()->isEnabled());
    QVERIFY(!page()->removeAction()->isEnabled());
    page()->list()->setCurrentItem(page()->row(u"channel"_s, u"sendgrid"_s, u"apiKey"_s));
    QVERIFY(!page()->signInAction()->isEnabled());
    QVERIFY(page()->replaceAction()->isEnabled());
    QVERIFY(page()->removeAction()->isEnabled());
    QCOMPARE(page()->removeAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(page()->replaceAction()->shortcut(), QKeySequence(u"F2"_s));
}

void tst_CredentialsPage::replaceKey_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("ownerId");
    QTest::addColumn<QString>("secretName");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<bool>("changed");

    QTest::newRow("channel key") << u"channel"_s << u"sendgrid"_s << u"apiKey"_s << u"SG.replaced-key"_s << true;
    QTest::newRow("connection secret") << u"source"_s << PipelineFixture::SourceId << u"webhookSecret"_s
                                       << u"shpss_replaced"_s << true;
    QTest::newRow("blank is refused") << u"channel"_s << u"sendgrid"_s << u"apiKey"_s << u"   "_s << false;
}

void tst_CredentialsPage::replaceKey()
{
    QFETCH(QString, owner);
    QFETCH(QString, ownerId);
    QFETCH(QString, secretName);
    QFETCH(QString, newValue);
    QFETCH(bool, changed);

    const QString key = keychainKey(owner, ownerId, secretName);
    const QString before = m_ui->pipeline().secrets().secrets().value(key);
    QVERIFY(!before.isEmpty());
    QTRY_COMPARE(stateOf(owner, ownerId, secretName), u"Saved"_s);
    page()->list()->setCurrentItem(page()->row(owner, ownerId, secretName));
    QSignalSpy finished(page(), &CredentialsPage::changeFinished);
    QSignalSpy errors(page(), &CredentialsPage::errorOccurred);
    page()->setNextReplacement(newValue);
    page()->replaceAction()->trigger();
    if (changed) {
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(m_ui->pipeline().secrets().secrets().value(key), newValue);
        QCOMPARE(errors.count(), 0);
    } else {
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_ui->pipeline().secrets().secrets().value(key), before);
    }
}

void tst_CredentialsPage::remove_asksFirst_thenDeletesFromTheKeychain_data()
{
    QTest::addColumn<bool>("confirm");

    QTest::newRow("cancelled") << false;
    QTest::newRow("confirmed") << true;
}

void tst_CredentialsPage::remove_asksFirst_thenDeletesFromTheKeychain()
{
    QFETCH(bool, confirm);

    const QString key = keychainKey(u"channel"_s, u"sendgrid"_s, u"apiKey"_s);
    QVERIFY(m_ui->pipeline().secrets().secrets().contains(key));
    page()->list()->setCurrentItem(page()->row(u"channel"_s, u"sendgrid"_s, u"apiKey"_s));
    QCOMPARE(page()->removeAction()->text(), u"&Remove"_s);
    QSignalSpy finished(page(), &CredentialsPage::changeFinished);
    MessageBox::setNextAnswer(confirm ? QMessageBox::Yes : QMessageBox::Cancel);
    page()->removeAction()->trigger();
    if (!confirm) {
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_ui->pipeline().secrets().secrets().contains(key));
        QCOMPARE(stateOf(u"channel"_s, u"sendgrid"_s, u"apiKey"_s), u"Saved"_s);
        return;
    }
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!m_ui->pipeline().secrets().secrets().contains(key));
    QCOMPARE(stateOf(u"channel"_s, u"sendgrid"_s, u"apiKey"_s), u"Missing: the channel cannot send"_s);
    // The channel itself stays.
    QCOMPARE(m_ui->pipeline().engine().config().channels.size(), 1);
}

void tst_CredentialsPage::account_showsAsSignIn_signOutAndSignInRequest()
{
    ChannelConfig graph;
    graph.id = u"office-mail"_s;
    graph.type = u"graph"_s;
    graph.name = u"Office mail"_s;
    graph.fromEmail = u"orders@juniper-pine.example"_s;
    graph.options.insert(u"clientId"_s, u"11111111-2222-3333-4444-555555555555"_s);
    QSignalSpy added(&m_ui->pipeline().engine(), &Engine::channelsChanged);
    const Status started =
        m_ui->pipeline().engine().addChannel(graph, {{u"refreshToken"_s, u"rt-signed-in"_s}}, [](const Status &) {});
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QTRY_COMPARE(added.count(), 1);

    QTreeWidgetItem *account = page()->row(u"channel"_s, u"office-mail"_s, u"refreshToken"_s);
    QVERIFY(account);
    QVERIFY2(account->text(CredentialsPage::CredentialColumn).startsWith(u"Account sign-in"_s),
             qPrintable(account->text(CredentialsPage::CredentialColumn)));
    QCOMPARE(account->text(CredentialsPage::StateColumn), u"Signed in"_s);
    page()->list()->setCurrentItem(account);
    if (!qEnvironmentVariableIsEmpty("TIDINGS_SCREENSHOTS")) {
        m_ui->window().resize(1100, 600);
        QTRY_COMPARE(stateOf(u"source"_s, PipelineFixture::SourceId, u"webhookSecret"_s), u"Saved"_s);
        m_ui->window().grab().save(u"/tmp/credentials-page.png"_s);
    }
    QVERIFY(page()->signInAction()->isEnabled());
    QVERIFY(!page()->replaceAction()->isEnabled()); // an account is signed in to, not typed
    QCOMPARE(page()->removeAction()->text(), u"Sign &Out"_s);
    QCOMPARE(page()->signInAction()->shortcut(), QKeySequence(u"Ctrl+I"_s));

    // Sign In: the channel's dialog opens on the Channels page and starts Microsoft's sign-in in the browser.
    BrowserRecorder browser;
    QDesktopServices::setUrlHandler(u"https"_s, &browser, "open");
    QSignalSpy requested(page(), &CredentialsPage::signInRequested);
    page()->signInAction()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"office-mail"_s);
    QTRY_COMPARE(browser.opened.size(), 1);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    const QUrl authorize = browser.opened.constFirst();
    QCOMPARE(authorize.host(), u"login.microsoftonline.com"_s);
    QCOMPARE(QUrlQuery(authorize).queryItemValue(u"client_id"_s), u"11111111-2222-3333-4444-555555555555"_s);
    QCOMPARE(m_ui->window().findChild<QListWidget *>(u"navigation"_s)->currentRow(), 2);
    ChannelDialog *dialog = m_ui->window().channelsPage()->openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->channel().id, u"office-mail"_s);
    QVERIFY2(dialog->signInStatus()->text().contains(u"in your browser"_s), qPrintable(dialog->signInStatus()->text()));
    QCOMPARE(dialog->signInButton()->text(), u"Cancel S&ign-in"_s);
    QSignalSpy signInEnded(dialog, &ChannelDialog::signInFinished);
    dialog->signInButton()->click(); // cancel
    QTRY_COMPARE(signInEnded.count(), 1);
    QCOMPARE(signInEnded.first().first().toBool(), false);
    dialog->reject();

    const QString key = keychainKey(u"channel"_s, u"office-mail"_s, u"refreshToken"_s);
    QVERIFY(m_ui->pipeline().secrets().secrets().contains(key));
    QSignalSpy finished(page(), &CredentialsPage::changeFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page()->removeAction()->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!m_ui->pipeline().secrets().secrets().contains(key));
    QCOMPARE(stateOf(u"channel"_s, u"office-mail"_s, u"refreshToken"_s), u"Not signed in: the channel cannot send"_s);
}

QTEST_MAIN(tst_CredentialsPage)
#include "tst_credentialspage.moc"
