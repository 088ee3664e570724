#include "channels/channeldialog.h"
#include "config/configimport.h"
#include "connections/addsourcewizard.h"
#include "connections/sourcedetailspage.h"
#include "connections/sourceplatformpage.h"
#include "connections/sourcesetuppage.h"
#include "credentials/memorysecretstore.h"
#include "engine.h"
#include "enginebinding.h"
#include "fakes/fakesendgrid.h"
#include "gui/screenshot.h"
#include "mainwindow.h"
#include "widgets/logopicker.h"
#include "wizard/brandpage.h"
#include "wizard/emailpage.h"
#include "wizard/finishpage.h"
#include "wizard/firstrun.h"
#include "wizard/gettingstartedwizard.h"
#include "wizard/messagespage.h"
#include "wizard/shoppage.h"
#include "wizard/testmodepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <memory>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString ApiKey = u"SG.first-run-key"_s;
const QString Owner = u"owner@corner-shop.example"_s;

} // namespace

// Help → Getting Started… on a Tidings with nothing set up, driven by the keyboard (Alt+mnemonics) through every
// page against a loopback SendGrid; and Skip through every page, which saves nothing.
class tst_FirstRunWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyPage_byKeyboard_savesShopChannelBrandTestMode();
    void skipEverything_setsFlag_savesNothing();
    void cancel_setsFlag_keepsWhatWasSaved();

private:
    // Opens the wizard from the Help menu and makes it the active window.
    GettingStartedWizard *openWizard();
    void alt(QWidget *window, Qt::Key key);

    void shot(QWidget *widget, const QString &name) { QVERIFY(screenshot(widget, u"firstrun"_s, name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSendGrid> m_fake;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void tst_FirstRunWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TidingsTest"_s);
    QCoreApplication::setApplicationName(u"tst_firstrunwizard"_s);
}

void tst_FirstRunWizard::init()
{
    QSettings().remove(FirstRun::settingKey());
    m_dir = std::make_unique<QTemporaryDir>();
    m_fake = std::make_unique<FakeSendGrid>(ApiKey);
    QVERIFY(m_fake->listen());
    m_secrets = std::make_unique<MemorySecretStore>();
    AppConfig empty; // a clean machine: no connection, no channel, no brand
    empty.webhook.port = 0;
    const Status imported = importConfiguration(empty, m_dir->path(), *m_secrets);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));

    m_window = std::make_unique<MainWindow>(m_dir->path());
    m_engine = std::make_unique<Engine>(m_dir->path(), m_secrets.get());
    bindEngine(*m_engine, *m_window);
    QSignalSpy started(m_engine.get(), &Engine::started);
    m_engine->start();
    QTRY_COMPARE(started.count(), 1);
    QVERIFY(FirstRun::isDue(*m_engine));
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_FirstRunWizard::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_secrets.reset();
    m_fake.reset();
    m_dir.reset();
}

GettingStartedWizard *tst_FirstRunWizard::openWizard()
{
    auto *action = m_window->findChild<QAction *>(u"gettingStartedAction"_s);
    if (!action) {
        return nullptr;
    }
    action->trigger();
    auto *wizard = m_window->findChild<GettingStartedWizard *>();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard)) {
        return nullptr;
    }
    QApplication::setActiveWindow(wizard);
    return QTest::qWaitForWindowActive(wizard) ? wizard : nullptr;
}

// A button's mnemonic clicks it a moment later (QAbstractButton::animateClick): wait for the effect with QTRY_*.
void tst_FirstRunWizard::alt(QWidget *window, Qt::Key key)
{
    QTest::keyClick(window, key, Qt::AltModifier);
}

void tst_FirstRunWizard::everyPage_byKeyboard_savesShopChannelBrandTestMode()
{
    const QPointer<GettingStartedWizard> wizard = openWizard();
    QVERIFY(wizard);
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::WelcomePageId));
    shot(wizard, u"1-welcome"_s);
    alt(wizard, Qt::Key_N);
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::ShopPageId));

    // Your shop: the Connections page's own wizard, Shopify over webhooks.
    ShopPage *shop = wizard->shopPage();
    QVERIFY(!shop->testButton()->isEnabled()); // nothing to test yet
    alt(wizard, Qt::Key_A);
    QPointer<AddSourceWizard> add;
    QTRY_VERIFY((add = shop->sourceWizard()) && add->isVisible());
    QApplication::setActiveWindow(add);
    QVERIFY(QTest::qWaitForWindowActive(add));
    QTest::keyClicks(add->platformPage()->searchField(), u"shopi"_s);
    QCOMPARE(add->selectedType()->type, u"shopify"_s);
    QTest::mouseClick(add->button(QWizard::NextButton), Qt::LeftButton); // its page has "&Name:" too
    QTRY_COMPARE(add->currentId(), int(AddSourceWizard::DetailsPageId));
    QTest::keyClicks(add->detailsPage()->nameField(), u"Corner Shop"_s);
    QTest::mouseClick(add->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(add->currentId(), int(AddSourceWizard::SetupPageId));
    QTest::keyClicks(add->setupPage()->secretField(u"webhookSecret"_s), u"shpss_corner_secret"_s);
    alt(add, Qt::Key_F);
    QTRY_VERIFY2(!add, qPrintable(add ? add->setupPage()->problem() : QString()));
    QCOMPARE(m_engine->config().sources.size(), 1);
    QCOMPARE(shop->addedSourceId(), u"corner-shop"_s);
    QVERIFY(shop->shopsLabel()->text().contains(u"Corner Shop"_s));

    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QVERIFY(shop->testButton()->isEnabled());
    QSignalSpy shopTested(shop, &ShopPage::testFinished);
    alt(wizard, Qt::Key_T);
    QTRY_COMPARE(shopTested.count(), 1);
    QVERIFY2(shopTested.first().first().toBool(), qPrintable(shop->resultLabel()->text()));
    QVERIFY(shop->resultLabel()->text().startsWith(u"The test order got through"_s));
    shot(wizard, u"2-shop"_s);
    alt(wizard, Qt::Key_N);
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::EmailPageId));

    // Email provider: the Channels page's dialog, SendGrid pointing at the fake.
    EmailPage *email = wizard->emailPage();
    alt(wizard, Qt::Key_Y);
    QVERIFY(email->ownerField()->hasFocus());
    QTest::keyClicks(email->ownerField(), Owner);
    alt(wizard, Qt::Key_A);
    QPointer<ChannelDialog> dialog;
    QTRY_VERIFY((dialog = email->channelDialog()) && dialog->isVisible());
    QCOMPARE(dialog->testAddressField()->text(), Owner);
    dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(u"sendgrid"_s));
    QTest::keyClicks(dialog->nameField(), u"Shop mail"_s);
    dialog->field(u"fromEmail"_s)->setText(u"orders@corner-shop.example"_s);
    dialog->field(u"baseUrl"_s)->setText(m_fake->baseUrl().toString());
    dialog->secretField(u"apiKey"_s)->setText(ApiKey);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY2(!dialog, qPrintable(dialog ? dialog->problem()->text() : QString()));
    QCOMPARE(m_engine->config().channels.size(), 1);
    QCOMPARE(email->channelId(), u"shop-mail"_s);
    QCOMPARE(m_fake->requestCount(), 0);

    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QSignalSpy mailTested(email, &EmailPage::testFinished);
    alt(wizard, Qt::Key_M);
    QTRY_COMPARE(mailTested.count(), 1);
    QVERIFY2(mailTested.first().first().toBool(), qPrintable(email->resultLabel()->text()));
    QVERIFY(email->resultLabel()->text().startsWith(u"Sent: SendGrid accepted the test message"_s));
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(m_fake->request(0).to().value(u"email"_s).toString(), Owner);
    shot(wizard, u"3-email"_s);
    alt(wizard, Qt::Key_N);
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::BrandPageId));

    // Your brand: the shop's name is offered from the connection; a colour that cannot work is refused in words.
    BrandPage *brand = wizard->brandPage();
    QCOMPARE(brand->shopNameField()->text(), u"Corner Shop"_s);
    QCOMPARE(brand->supportField()->text(), Owner);
    alt(wizard, Qt::Key_A);
    QVERIFY(brand->colourField()->hasFocus());
    brand->colourField()->selectAll();
    QTest::keyClicks(brand->colourField(), u"red"_s);
    alt(wizard, Qt::Key_N);
    QTRY_VERIFY(brand->problemLabel()->isVisible()); // the button clicks a moment after its mnemonic
    QCOMPARE(wizard->currentId(), int(GettingStartedWizard::BrandPageId));
    QVERIFY(brand->problemLabel()->text().contains(u"#2f6f4f"_s));
    brand->colourField()->selectAll();
    QTest::keyClicks(brand->colourField(), u"#aa3311"_s);
    alt(wizard, Qt::Key_L);
    QTest::keyClicks(brand->logoField(), u"https://corner-shop.example/logo.png"_s);
    // No website to hold the logo: a picture file instead (what Choose File… does with the file picked).
    QTemporaryDir pictures;
    QImage logo(160, 48, QImage::Format_RGB32);
    logo.fill(QColor(u"#aa3311"_s));
    QVERIFY(logo.save(pictures.filePath(u"corner.png"_s), "PNG"));
    QVERIFY(brand->logoPicker()->loadFile(pictures.filePath(u"corner.png"_s)));
    QVERIFY(brand->logoPicker()->pictureLabel()->isVisible());
    alt(wizard, Qt::Key_P);
    brand->supportField()->selectAll();
    QTest::keyClicks(brand->supportField(), u"help@corner-shop.example"_s);
    QVERIFY(brand->sampleLabel()->text().contains(u"#aa3311"_s));
    QVERIFY(brand->sampleLabel()->text().contains(u"Corner Shop"_s));
    shot(wizard, u"4-brand"_s);
    alt(wizard, Qt::Key_N);
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::MessagesPageId));

    // Your messages: the default messages, rendered with the brand just saved.
    MessagesPage *messages = wizard->messagesPage();
    QCOMPARE(messages->list()->count(), int(defaultRules(QString()).size()));
    QVERIFY(messages->preview()->toPlainText().contains(u"Corner Shop"_s));
    QVERIFY(messages->preview()->toHtml().contains(u"#aa3311"_s, Qt::CaseInsensitive));
    QVERIFY(messages->preview()->toHtml().contains(u"cid:logo.png"_s));
    QCOMPARE(messages->preview()
                 ->document()
                 ->resource(QTextDocument::ImageResource, QUrl(u"cid:logo.png"_s))
                 .value<QImage>()
                 .size(),
             QSize(160, 48));
    shot(wizard, u"5-messages"_s);
    QTest::keyClick(messages->list(), Qt::Key_Down);
    QCOMPARE(messages->list()->currentRow(), 1);
    QVERIFY(messages->subjectLabel()->text().startsWith(u"Subject: "_s));
    shot(wizard, u"5-messages-shipped"_s);
    // The language of customers whose order does not say theirs: English here (the test runs in no language
    // Tidings has templates in). German by keyboard shows the German message, and is saved with Next.
    QCOMPARE(messages->languageBox()->currentData().toString(), QString());
    alt(wizard, Qt::Key_L);
    QVERIFY(messages->languageBox()->hasFocus());
    QTest::keyClick(messages->languageBox(), Qt::Key_Down);
    QCOMPARE(messages->languageBox()->currentData().toString(), u"de"_s);
    QTRY_VERIFY2(messages->preview()->toPlainText().contains(u"Fragen?"_s),
                 qPrintable(messages->preview()->toPlainText()));
    QVERIFY2(messages->subjectLabel()->text().contains(u"Bestellung"_s), qPrintable(messages->subjectLabel()->text()));
    shot(wizard, u"5-messages-german"_s);
    alt(wizard, Qt::Key_N);
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::TestModePageId));

    // Test mode: on, to the owner's address.
    TestModePage *testMode = wizard->testModePage();
    QVERIFY(testMode->enabledBox()->isChecked());
    QCOMPARE(testMode->emailField()->text(), Owner);
    shot(wizard, u"6-testmode"_s);
    alt(wizard, Qt::Key_N);
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::FinishPageId));

    FinishPage *finish = wizard->finishPage();
    QVERIFY(!finish->goLiveBox()->isChecked());
    QVERIFY(finish->summaryLabel()->text().contains(u"Corner Shop"_s));
    QVERIFY(wizard->button(QWizard::CustomButton1)->isHidden()); // nothing to skip to
    shot(wizard, u"7-finish"_s);
    alt(wizard, Qt::Key_F);
    QTRY_VERIFY(!wizard);

    // What the engine now has, as the owner would find it after a restart too.
    QVERIFY(FirstRun::isDone());
    QVERIFY(!FirstRun::isDue(*m_engine));
    const AppConfig &config = m_engine->config();
    QCOMPARE(config.sources.size(), 1);
    QCOMPARE(config.sources.first().type, u"shopify"_s);
    QCOMPARE(config.channels.size(), 1);
    QCOMPARE(config.channels.first().type, u"sendgrid"_s);
    QCOMPARE(config.channels.first().baseUrl, m_fake->baseUrl());
    QVERIFY(m_engine->savedChannelSecretNames(u"shop-mail"_s).contains(u"apiKey"_s));
    QCOMPARE(config.brand.shopName, u"Corner Shop"_s);
    QCOMPARE(config.brand.accentColor, u"#aa3311"_s);
    QVERIFY(config.brand.logoUrl.isEmpty()); // the picture file took its place
    QCOMPARE(config.brand.logoFile.mimeType, "image/png"_ba);
    QCOMPARE(config.brand.supportEmail, u"help@corner-shop.example"_s);
    QVERIFY(m_engine->testMode().enabled);
    QCOMPARE(m_engine->testMode().email, Owner);
    QCOMPARE(*m_engine->customerLanguage(), u"de"_s);
    QCOMPARE(m_fake->requestCount(), 1);
}

void tst_FirstRunWizard::skipEverything_setsFlag_savesNothing()
{
    const QPointer<GettingStartedWizard> wizard = openWizard();
    QVERIFY(wizard);
    for (int page = GettingStartedWizard::WelcomePageId; page < GettingStartedWizard::FinishPageId; ++page) {
        QTRY_COMPARE(wizard->currentId(), page);
        if (page == GettingStartedWizard::BrandPageId) {
            QTest::keyClicks(wizard->brandPage()->shopNameField(), u"Not saved"_s); // skipped: stays unsaved
        }
        alt(wizard, Qt::Key_K);
    }
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::FinishPageId));
    QVERIFY(wizard->finishPage()->summaryLabel()->text().contains(u"No shop yet"_s));
    alt(wizard, Qt::Key_F);
    QTRY_VERIFY(!wizard);

    QVERIFY(FirstRun::isDone());
    const AppConfig &config = m_engine->config();
    QVERIFY(config.sources.isEmpty());
    QVERIFY(config.channels.isEmpty());
    QCOMPARE(config.brand.shopName, QString());
    QVERIFY(!m_engine->testMode().enabled);
    QCOMPARE(*m_engine->customerLanguage(), QString());
    QCOMPARE(m_fake->requestCount(), 0);
}

// Cancel (Escape) halfway: the brand saved on the way stays, nothing is asked, and it does not open by itself again.
void tst_FirstRunWizard::cancel_setsFlag_keepsWhatWasSaved()
{
    const QPointer<GettingStartedWizard> wizard = openWizard();
    QVERIFY(wizard);
    for (int page = GettingStartedWizard::ShopPageId; page <= GettingStartedWizard::BrandPageId; ++page) {
        alt(wizard, Qt::Key_K);
        QTRY_COMPARE(wizard->currentId(), page);
    }
    alt(wizard, Qt::Key_M);
    QTest::keyClicks(wizard->brandPage()->shopNameField(), u"Corner Shop"_s);
    alt(wizard, Qt::Key_N);
    QTRY_COMPARE(wizard->currentId(), int(GettingStartedWizard::MessagesPageId));
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(!wizard);
    QVERIFY(FirstRun::isDone());
    QVERIFY(!FirstRun::isDue(*m_engine));
    QCOMPARE(m_engine->config().brand.shopName, u"Corner Shop"_s);
    QVERIFY(!m_engine->testMode().enabled); // its page was never reached
}

QTEST_MAIN(tst_FirstRunWizard)
#include "tst_firstrunwizard.moc"
