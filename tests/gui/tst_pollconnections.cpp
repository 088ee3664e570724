#include "connections/addsourcewizard.h"
#include "connections/connectionspage.h"
#include "connections/sourcedetailspage.h"
#include "connections/sourceplatformpage.h"
#include "connections/sourcesetuppage.h"
#include "connections/sourcesmodel.h"
#include "connectionswindow.h"
#include "credentials/secretstore.h"
#include "fakes/fakewoocommerceapi.h"
#include "screenshot.h"
#include "sources/polling/poller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString ConsumerKey = u"ck_poll_test"_s;
const QString ConsumerSecret = u"cs_poll_test"_s;

void screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(Tidings::Test::screenshot(widget, u"poll"_s, name), qPrintable(name));
}

} // namespace

// A poll source set up in the window against a loopback WooCommerce: Test connection says what worked and
// what did not, Finish starts checking at once without a restart, health shows the checks, and Check now
// asks again.
class tst_PollConnections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void platformList_offersPollModeBesideWebhooks();
    void wizard_addsWooCommercePollSource_testedChecked_checkNowFindsChange();

private:
    std::unique_ptr<ConnectionsWindow> m_ui;
};

void tst_PollConnections::initTestCase()
{
    ConnectionsWindow::prepareApplication(u"tst_pollconnections"_s);
}

void tst_PollConnections::init()
{
    m_ui = std::make_unique<ConnectionsWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_PollConnections::cleanup()
{
    m_ui.reset();
}

void tst_PollConnections::platformList_offersPollModeBesideWebhooks()
{
    AddSourceWizard *wizard = m_ui->openAddWizard();
    QVERIFY(wizard);
    for (const QString &type : pollSourceTypes()) {
        const SourceTypeInfo *info = pollSourceTypeInfo(type);
        QVERIFY(info);
        QVERIFY2(wizard->platformPage()->selectPlatform(SourcesModel::listName(*info)), qPrintable(type));
        QVERIFY(wizard->selectedType()->poll);
        QCOMPARE(wizard->selectedType()->type, type);
    }
    // Typing "poll" finds only poll entries.
    QTest::keyClicks(wizard->platformPage()->searchField(), u"polling"_s);
    QVERIFY(wizard->selectedType());
    QVERIFY(wizard->selectedType()->poll);
    screenshot(wizard, u"platforms"_s);
    wizard->reject();
}

void tst_PollConnections::wizard_addsWooCommercePollSource_testedChecked_checkNowFindsChange()
{
    FakeWooCommerceApi woo(ConsumerKey, ConsumerSecret);
    QVERIFY(woo.listen());
    FakeWooCommerceApi::Order order;
    order.id = u"501"_s;
    order.number = u"501"_s;
    order.status = u"processing"_s;
    order.modified = m_ui->pipeline().clock().now().addSecs(-3600);
    order.email = u"ada@example.com"_s;
    woo.upsertOrder(order);

    AddSourceWizard *wizard = m_ui->openAddWizard();
    QVERIFY(wizard);
    const SourceTypeInfo *info = pollSourceTypeInfo(u"woocommerce"_s);
    QVERIFY(info);
    QVERIFY(wizard->platformPage()->selectPlatform(SourcesModel::listName(*info)));
    screenshot(wizard, u"1-platform"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::DetailsPageId));

    SourceDetailsPage *details = wizard->detailsPage();
    QTest::keyClicks(details->nameField(), u"Tea Shop"_s);
    QLineEdit *baseUrl = details->optionField(u"baseUrl"_s);
    QVERIFY(baseUrl);
    QTest::keyClicks(baseUrl, woo.baseUrl().toString());
    QVERIFY(details->optionField(u"intervalMinutes"_s));
    QVERIFY(details->backfillNotifyBox());
    QVERIFY(!details->backfillNotifyBox()->isChecked());
    screenshot(wizard, u"2-details"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::SetupPageId));

    // The setup page asks for the REST API key, has no webhook address, and tests the connection.
    SourceSetupPage *setup = wizard->setupPage();
    QVERIFY(!setup->addressField()->isVisible());
    QVERIFY(setup->testButton()->isVisible());
    QLineEdit *key = setup->secretField(u"consumerKey"_s);
    QLineEdit *secret = setup->secretField(u"consumerSecret"_s);
    QVERIFY(key && secret);
    QTest::keyClicks(key, ConsumerKey);
    QTest::keyClicks(secret, u"cs_wrong"_s);
    QTest::mouseClick(setup->testButton(), Qt::LeftButton);
    QTRY_VERIFY(setup->testButton()->isEnabled() && setup->testResultLabel()->text().startsWith(u"It did not work"_s));
    QVERIFY2(setup->testResultLabel()->text().contains(u"refused"_s), qPrintable(setup->testResultLabel()->text()));
    QVERIFY(!setup->testResultLabel()->text().contains(u"cs_wrong"_s));

    secret->clear();
    QTest::keyClicks(secret, ConsumerSecret);
    QTest::mouseClick(setup->testButton(), Qt::LeftButton);
    QTRY_VERIFY(setup->testButton()->isEnabled() && setup->testResultLabel()->text().startsWith(u"Connected"_s));
    // (Without the English translation loaded, plurals read "change(s)".)
    QVERIFY2(setup->testResultLabel()->text().startsWith(u"Connected to WooCommerce. 1 order change"_s),
             qPrintable(setup->testResultLabel()->text()));
    screenshot(wizard, u"3-setup"_s);
    // Testing stored nothing.
    QCOMPARE(m_ui->pipeline().value(u"SELECT COUNT(*) FROM orders WHERE order_id = '501'"_s).toInt(), 0);

    const int requestsBefore = woo.requestCount();
    const QPointer<AddSourceWizard> alive(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(!alive, qPrintable(alive ? alive->setupPage()->problem() : QString()));

    // Saved in poll mode with its keys in the keychain, and checked at once, without a restart.
    const QString id = u"tea-shop"_s;
    QTRY_VERIFY(m_ui->row(id) >= 0);
    QCOMPARE(m_ui->pipeline().engine().config().source(id)->options.value("mode"_L1).toString(), u"poll"_s);
    const QString profile = m_ui->pipeline().value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    QCOMPARE(m_ui->pipeline().secrets().secrets().value(secretKey(profile, u"source"_s, id, u"consumerSecret"_s)),
             ConsumerSecret);
    QTRY_VERIFY(woo.requestCount() > requestsBefore);
    QTRY_VERIFY(m_ui->healthOf(id).lastPollAt.isValid());
    QCOMPARE(m_ui->healthOf(id).lastPollFound, 1);
    QCOMPARE(m_ui->pipeline().value(u"SELECT COUNT(*) FROM orders WHERE order_id = '501'"_s).toInt(), 1);
    // The first check found an old order: stored, nobody written to.
    QCOMPARE(m_ui->pipeline().value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 0);

    // The details speak of checks, and Check now asks again.
    QCOMPARE(m_ui->page().currentSourceId(), id);
    auto *address = m_ui->page().findChild<QLineEdit *>(u"connectionAddress"_s);
    QCOMPARE(address->text(), woo.baseUrl().toString());
    auto *lastCheck = m_ui->page().findChild<QLabel *>(u"connectionLastRefused"_s);
    QTRY_VERIFY2(lastCheck->text().contains(u"found 1 new change"_s), qPrintable(lastCheck->text()));
    QAction *checkNow = m_ui->page().pollNowAction();
    QVERIFY(checkNow->isVisible());
    QTRY_VERIFY(checkNow->isEnabled());

    order.status = u"completed"_s;
    order.trackingNumber = u"TRK501"_s;
    order.trackingProvider = u"DHL"_s;
    order.modified = m_ui->pipeline().clock().now();
    woo.upsertOrder(order);
    const int before = woo.requestCount();
    QApplication::setActiveWindow(&m_ui->window());
    QVERIFY(QTest::qWaitForWindowActive(&m_ui->window()));
    auto *table = m_ui->page().findChild<QWidget *>(u"connectionsTable"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5);
    QTRY_VERIFY(woo.requestCount() > before);
    QTRY_COMPARE(m_ui->healthOf(id).lastPollFound, 1);
    QTRY_VERIFY(m_ui->pipeline().value(u"SELECT COUNT(*) FROM notifications"_s).toInt() >= 1);
    screenshot(&m_ui->window(), u"4-page"_s);
}

QTEST_MAIN(tst_PollConnections)
#include "tst_pollconnections.moc"
