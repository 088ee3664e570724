#include "connections/addsourcewizard.h"
#include "connections/connectionspage.h"
#include "connections/genericmappingeditor.h"
#include "connections/sourcedetailspage.h"
#include "connections/sourcemappingpage.h"
#include "connections/sourceplatformpage.h"
#include "connections/sourcesetuppage.h"
#include "connections/sourcesmodel.h"
#include "connectionswindow.h"
#include "credentials/secretstore.h"
#include "enginebinding.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "sources/sourceadapter.h"
#include "sources/sourceid.h"
#include "widgets/messagebanner.h"
#include "widgets/messagebox.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

namespace {

const QByteArray CornerSecret = "shpss_corner_shop_secret";

// A platform that cannot sign, so Tidings makes the secret and it travels in the URL; with a required
// setting and a script. Registered nowhere: only the widgets see it.
SourceTypeInfo tokenPlatform()
{
    SourceTypeInfo info;
    info.type = u"sheetsync"_s;
    info.displayName = u"Sheet Sync"_s;
    info.summary = u"Rows of a spreadsheet, posted by a script."_s;
    info.secrets = {{u"token"_s, u"Access token"_s, u"Tidings made this token; the script sends it."_s, true, true}};
    info.options = {{u"sheetId"_s, u"Sheet id"_s, u"The id in the sheet's address."_s, u"1AbC…"_s, true},
                    {u"tab"_s, u"Tab name"_s, u"Optional."_s, u"Orders"_s, false}};
    info.setupSteps = {u"Open the sheet's script editor."_s, u"Paste the script; it posts to %1."_s};
    info.script = u"const URL = '{{url}}';\nconst SECRET = '{{secret}}';\n"_s;
    return info;
}

void screenshot(QWidget *widget, const QString &name)
{
    QVERIFY2(Tidings::Test::screenshot(widget, u"connections"_s, name), qPrintable(name));
}

} // namespace

// The Connections page on a running engine: sources added, checked, tested and removed while webhooks keep
// arriving over HTTP, without a restart.
class tst_Connections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void page_listsSourcesWithPlatformAndNavigationReachesIt();
    void wizard_addsShopifySource_webhookAcceptedWithoutRestart();
    void health_showsEventAndRefusalWithReason_keepsSelection();
    void remove_afterConfirmation_refusesWebhooksAndForgetsSecret();
    void remove_cancelled_keepsSource();
    void toggle_off_refusesWebhooks_on_acceptsAgain();
    void testEvent_isAcceptedAndCounted();
    void edit_changesNameKeepsSecret();
    void details_requiredFieldsAndIdAreChecked();
    void setup_withoutPastedSecret_saysSo_engineRefusalShownInWizard();
    void tokenPlatform_urlCarriesGeneratedSecret_scriptFilled();
    void platformSearch_filtersByNameAndSummary();
    void genericSource_mappingPageTriesSample_savedMappingReadsWebhook();

private:
    AddSourceWizard *openAddWizard() { return m_ui->openAddWizard(); }

    void addCornerShop();

    int row(const QString &sourceId) const { return m_ui->row(sourceId); }

    SourceHealth healthOf(const QString &sourceId) const { return m_ui->healthOf(sourceId); }

    std::unique_ptr<ConnectionsWindow> m_ui;
    PipelineFixture *m_pipeline = nullptr;
    MainWindow *m_window = nullptr;
    ConnectionsPage *m_page = nullptr;
};

void tst_Connections::initTestCase()
{
    ConnectionsWindow::prepareApplication(u"tst_connections"_s);
}

void tst_Connections::init()
{
    m_ui = std::make_unique<ConnectionsWindow>();
    const QString error = m_ui->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_pipeline = &m_ui->pipeline();
    m_window = &m_ui->window();
    m_page = &m_ui->page();
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_page->model());
}

void tst_Connections::cleanup()
{
    m_page = nullptr;
    m_window = nullptr;
    m_pipeline = nullptr;
    m_ui.reset();
}

// Choose Shopify, name it, paste the secret, finish; as an owner would, with the keyboard and the mouse.
void tst_Connections::addCornerShop()
{
    AddSourceWizard *wizard = openAddWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::PlatformPageId));
    QTest::keyClicks(wizard->platformPage()->searchField(), u"shopi"_s);
    QVERIFY(wizard->selectedType());
    QCOMPARE(wizard->selectedType()->type, u"shopify"_s);
    screenshot(wizard, u"wizard-1-platform"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::DetailsPageId));

    QTest::keyClicks(wizard->detailsPage()->nameField(), u"Corner Shop"_s);
    QCOMPARE(wizard->detailsPage()->idField()->text(), u"corner-shop"_s);
    screenshot(wizard, u"wizard-2-details"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::SetupPageId));

    SourceSetupPage *setup = wizard->setupPage();
    const QString url = m_pipeline->engine().webhookUrl(u"corner-shop"_s);
    QCOMPARE(setup->addressField()->text(), url);
    QVERIFY2(setup->stepsLabel()->text().contains(url.toHtmlEscaped()), qPrintable(setup->stepsLabel()->text()));
    QVERIFY(setup->reachNote()->text().contains(u"Cloudflare Tunnel"_s));
    QLineEdit *secret = setup->secretField(u"webhookSecret"_s);
    QVERIFY(secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, QString::fromLatin1(CornerSecret));
    QTest::mouseClick(setup->findChild<QAbstractButton *>(u"reveal_webhookSecret"_s), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    screenshot(wizard, u"wizard-3-setup"_s);
    const QPointer<AddSourceWizard> alive(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(!alive, qPrintable(alive ? alive->setupPage()->problem() : QString()));
    QTRY_VERIFY(row(u"corner-shop"_s) >= 0);
}

// Zapier (the generic JSON source): a mapping page between the details and the setup, the sample tried there,
// the owner's status word saved with the source and used on the next webhook.
void tst_Connections::genericSource_mappingPageTriesSample_savedMappingReadsWebhook()
{
    AddSourceWizard *wizard = openAddWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    screenshot(wizard, u"wizard-1-every-platform"_s);
    QTest::keyClicks(wizard->platformPage()->searchField(), u"zapier"_s);
    QVERIFY(wizard->selectedType());
    QCOMPARE(wizard->selectedType()->type, u"generic"_s);
    QCOMPARE(wizard->selectedType()->preset, u"zapier"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::keyClicks(wizard->detailsPage()->nameField(), u"Zap orders"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::MappingPageId));

    auto *editor = wizard->mappingPage()->editor();
    // The owner's sender says "Dispatched" where Tidings says shipped.
    QFile body(u":/scripts/generic-json-body.json"_s); // the example the Zapier preset shows
    QVERIFY(body.open(QIODevice::ReadOnly));
    QByteArray sample = body.readAll();
    sample.replace("\"status\": \"shipped\"", "\"status\": \"Dispatched\"");
    editor->findChild<QPlainTextEdit *>(u"sampleEdit"_s)->setPlainText(QString::fromUtf8(sample));
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addStatusButton"_s), Qt::LeftButton);
    auto *statusTable = editor->findChild<QTableWidget *>(u"statusMapTable"_s);
    const int word = statusTable->rowCount() - 1;
    statusTable->item(word, 0)->setText(u"Dispatched"_s);
    statusTable->item(word, 1)->setData(Qt::EditRole, u"shipped"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    auto *result = editor->findChild<QTreeWidget *>(u"resultTree"_s);
    QTRY_VERIFY(result->topLevelItemCount() > 0);
    screenshot(wizard, u"wizard-2b-mapping"_s);

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::SetupPageId));
    const QString token = wizard->setupPage()->secretField(u"webhookSecret"_s)->text();
    QVERIFY2(token.size() >= 32, "Tidings makes the generic source's secret");
    const QPointer<AddSourceWizard> alive(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY2(!alive, qPrintable(alive ? alive->setupPage()->problem() : QString()));
    QTRY_VERIFY(row(u"zap-orders"_s) >= 0);
    QVERIFY(m_pipeline->value(u"SELECT options FROM sources WHERE id = 'zap-orders'"_s)
                .toString()
                .contains(u"Dispatched"_s));

    WebhookClient client;
    const auto answer = client.post(QUrl(m_pipeline->engine().webhookUrl(u"zap-orders"_s)), sample,
                                    {{"X-Tidings-Token", token.toUtf8()}});
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE(m_pipeline->value(u"SELECT status FROM orders WHERE source_id = 'zap-orders' AND order_id = '1042'"_s)
                     .toString(),
                 u"shipped"_s);
}

void tst_Connections::page_listsSourcesWithPlatformAndNavigationReachesIt()
{
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    QCOMPARE(navigation->count(), 6); // Monitor, Connections, Channels, Credentials, Templates, Inventory
    QCOMPARE(navigation->item(1)->text(), u"Connections"_s);
    QCOMPARE(navigation->currentRow(), 1);
    QCOMPARE(m_window->findChild<QAction *>(u"showConnectionsAction"_s)->shortcut(), QKeySequence(u"Ctrl+2"_s));
    QTRY_VERIFY(m_page->isVisible());

    SourcesModel *model = m_page->model();
    QCOMPARE(model->index(0, SourcesModel::Name).data().toString(), u"Juniper & Pine"_s);
    QCOMPARE(model->index(0, SourcesModel::Platform).data().toString(), u"Shopify"_s);
    QCOMPARE(model->index(0, SourcesModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model->index(0, SourcesModel::LastEvent).data().toString(), u"None yet"_s);
    QCOMPARE(model->index(0, SourcesModel::EventsToday).data().toString(), u"0"_s);
    // Every action has a button with a mnemonic.
    for (const QString &name : {u"addSourceAction"_s, u"editSourceAction"_s, u"toggleSourceAction"_s,
                                u"testEventAction"_s, u"removeSourceAction"_s}) {
        auto *button = m_page->findChild<QPushButton *>(name + u"Button"_s);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
    }
    m_page->selectSource(PipelineFixture::SourceId);
    QTRY_VERIFY(
        m_page->findChild<QLabel *>(u"connectionHealthStatus"_s)->text().contains(u"Waiting for the first event"_s));
    QCOMPARE(m_page->findChild<QLineEdit *>(u"connectionAddress"_s)->text(), m_pipeline->webhookUrl().toString());
    screenshot(m_window, u"page-one-source"_s);
}

void tst_Connections::wizard_addsShopifySource_webhookAcceptedWithoutRestart()
{
    Engine *engineBefore = &m_pipeline->engine();
    addCornerShop();

    // Saved: the store, the keychain and the running server all have it.
    QCOMPARE(m_pipeline->value(u"SELECT name FROM sources WHERE id = 'corner-shop'"_s).toString(), u"Corner Shop"_s);
    QCOMPARE(m_pipeline->value(u"SELECT type FROM sources WHERE id = 'corner-shop'"_s).toString(), u"shopify"_s);
    const QString profile = m_pipeline->value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    QCOMPARE(
        m_pipeline->secrets().secrets().value(secretKey(profile, u"source"_s, u"corner-shop"_s, u"webhookSecret"_s)),
        QString::fromLatin1(CornerSecret));
    QCOMPARE(m_page->currentSourceId(), u"corner-shop"_s);

    WebhookClient client;
    const QUrl url(m_pipeline->engine().webhookUrl(u"corner-shop"_s));
    const auto answer = client.postShopify(url, fixture(u"shopify/orders_create.json"_s), "orders/create", CornerSecret,
                                           "wh-corner-1", "ev-corner-1");
    QCOMPARE(answer.status, 200);
    QCOMPARE(&m_pipeline->engine(), engineBefore); // same engine, never restarted
    QTRY_COMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM raw_events WHERE source_id = 'corner-shop'"_s).toInt(), 1);
    // The first source still works with its own secret.
    QCOMPARE(client
                 .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-jp-1", "ev-jp-1")
                 .status,
             200);
    QTRY_COMPARE(healthOf(u"corner-shop"_s).eventsToday, 1);
    screenshot(m_window, u"page-after-add"_s);
}

void tst_Connections::health_showsEventAndRefusalWithReason_keepsSelection()
{
    addCornerShop();
    m_page->selectSource(u"corner-shop"_s);
    QCOMPARE(m_page->currentSourceId(), u"corner-shop"_s);
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy removals(m_page->model(), &QAbstractItemModel::rowsRemoved);
    const QUrl url(m_pipeline->engine().webhookUrl(u"corner-shop"_s));
    WebhookClient client;
    QCOMPARE(
        client.postShopify(url, fixture(u"shopify/orders_create.json"_s), "orders/create", CornerSecret, "wh-1", "ev-1")
            .status,
        200);
    QTRY_COMPARE(healthOf(u"corner-shop"_s).eventsToday, 1);
    const SourceHealth accepted = healthOf(u"corner-shop"_s);
    QVERIFY(accepted.lastEventAt.isValid());
    QVERIFY(qAbs(accepted.lastEventAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(!accepted.lastRejectionAt.isValid());
    const int r = row(u"corner-shop"_s);
    QCOMPARE(m_page->model()->index(r, SourcesModel::LastEvent).data().toString(),
             SourcesModel::timeText(accepted.lastEventAt));
    QCOMPARE(SourcesModel::healthKind(m_page->model()->source(r), accepted), SourcesModel::HealthKind::Receiving);

    // A forged request: refused, and the page says why.
    QCOMPARE(client
                 .postShopify(url, fixture(u"shopify/orders_create.json"_s), "orders/create", "not the secret", "wh-2",
                              "ev-2")
                 .status,
             401);
    QTRY_VERIFY(healthOf(u"corner-shop"_s).lastRejectionAt.isValid());
    const SourceHealth refused = healthOf(u"corner-shop"_s);
    QCOMPARE(refused.lastRejectionStatus, 401);
    QVERIFY2(refused.lastRejectionReason.contains(u"signature does not match"_s),
             qPrintable(refused.lastRejectionReason));
    QVERIFY(!refused.lastRejectionReason.contains(QString::fromLatin1(CornerSecret)));
    QCOMPARE(refused.eventsToday, 1);
    QVERIFY(m_page->model()->index(r, SourcesModel::LastProblem).data().toString().contains(u"signature"_s));
    QCOMPARE(SourcesModel::healthKind(m_page->model()->source(r), refused), SourcesModel::HealthKind::Refusing);
    QTRY_VERIFY(m_page->findChild<QLabel *>(u"connectionLastRefused"_s)->text().contains(u"HTTP 401"_s));
    // The other source is untouched, and the selection stayed where the owner put it.
    QVERIFY(!healthOf(PipelineFixture::SourceId).lastRejectionAt.isValid());
    QCOMPARE(m_page->currentSourceId(), u"corner-shop"_s);
    QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removals.count(), 0);
    m_page->table()->setFocus();
    screenshot(m_window, u"page-health"_s);
}

void tst_Connections::remove_afterConfirmation_refusesWebhooksAndForgetsSecret()
{
    addCornerShop();
    const QString profile = m_pipeline->value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    const QString key = secretKey(profile, u"source"_s, u"corner-shop"_s, u"webhookSecret"_s);
    QVERIFY(m_pipeline->secrets().secrets().contains(key));
    const QUrl url(m_pipeline->engine().webhookUrl(u"corner-shop"_s));

    m_page->selectSource(u"corner-shop"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_page->table()->setFocus();
    QTRY_VERIFY(m_page->table()->hasFocus());
    QTest::keyClick(m_page->table(), Qt::Key_Delete); // the Remove action's shortcut
    QTRY_COMPARE(row(u"corner-shop"_s), -1);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM sources WHERE id = 'corner-shop'"_s).toInt(), 0);
    QTRY_VERIFY(!m_pipeline->secrets().secrets().contains(key));
    WebhookClient client;
    QCOMPARE(
        client.postShopify(url, fixture(u"shopify/orders_create.json"_s), "orders/create", CornerSecret, "wh-9", "ev-9")
            .status,
        404);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(!m_window->messageBanner()->isVisible());
}

void tst_Connections::remove_cancelled_keepsSource()
{
    m_page->selectSource(PipelineFixture::SourceId);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_page->removeSourceAction()->trigger();
    QCOMPARE(row(PipelineFixture::SourceId), 0);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM sources"_s).toInt(), 1);
}

void tst_Connections::toggle_off_refusesWebhooks_on_acceptsAgain()
{
    m_page->selectSource(PipelineFixture::SourceId);
    WebhookClient client;
    const auto post = [&](const QByteArray &id) {
        return client
            .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                         PipelineFixture::SigningSecret, "wh-" + id, "ev-" + id)
            .status;
    };
    QCOMPARE(m_page->toggleSourceAction()->text(), u"Turn o&ff"_s);
    m_page->toggleSourceAction()->trigger();
    QTRY_COMPARE(m_page->model()->index(0, SourcesModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m_pipeline->value(u"SELECT enabled FROM sources"_s).toInt(), 0);
    QCOMPARE(m_page->toggleSourceAction()->text(), u"Turn o&n"_s);
    QCOMPARE(post("1"), 404);
    QTRY_VERIFY(healthOf(PipelineFixture::SourceId).lastRejectionReason.contains(u"turned off"_s));

    // The checkbox in the table turns it on again.
    SourcesModel *model = m_page->model();
    QVERIFY(model->flags(model->index(0, SourcesModel::Enabled)) & Qt::ItemIsUserCheckable);
    QVERIFY(!model->setData(model->index(0, SourcesModel::Enabled), Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE(model->index(0, SourcesModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(post("2"), 200);
}

void tst_Connections::testEvent_isAcceptedAndCounted()
{
    m_page->selectSource(PipelineFixture::SourceId);
    QTRY_VERIFY(m_page->testEventAction()->isEnabled());
    QTest::keyClick(m_page->table(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(healthOf(PipelineFixture::SourceId).eventsToday, 1);
    QTRY_VERIFY(m_page->findChild<QLabel *>(u"connectionsStatusLine"_s)->text().contains(u"accepted"_s));
    QCOMPARE(m_pipeline->value(u"SELECT order_number FROM raw_events"_s).toString().left(6), u"#TEST-"_s);
    QVERIFY(!m_window->messageBanner()->isVisible());
    // A second test is a new event, not a duplicate.
    m_page->testEventAction()->trigger();
    QTRY_COMPARE(healthOf(PipelineFixture::SourceId).eventsToday, 2);
    QCOMPARE(m_pipeline->value(u"SELECT SUM(duplicate) FROM raw_events"_s).toInt(), 0);
    QVERIFY(!healthOf(PipelineFixture::SourceId).lastRejectionAt.isValid());
}

void tst_Connections::edit_changesNameKeepsSecret()
{
    m_page->selectSource(PipelineFixture::SourceId);
    m_page->editSourceAction()->trigger();
    AddSourceWizard *wizard = m_page->wizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isEditing());
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::DetailsPageId));
    QVERIFY(wizard->detailsPage()->idField()->isReadOnly());
    QCOMPARE(wizard->detailsPage()->nameField()->text(), u"Juniper & Pine"_s);
    wizard->detailsPage()->nameField()->selectAll();
    QTest::keyClicks(wizard->detailsPage()->nameField(), u"Juniper & Pine (web)"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QLineEdit *secret = wizard->setupPage()->secretField(u"webhookSecret"_s);
    QTRY_COMPARE(secret->text(), QString::fromLatin1(PipelineFixture::SigningSecret)); // read back from the keychain
    QVERIFY(wizard->setupPage()->secrets().isEmpty());                                 // unchanged: not rewritten
    screenshot(wizard, u"wizard-edit"_s);
    const int jobsBefore = m_pipeline->secrets().jobCount();
    const QPointer<AddSourceWizard> alive(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!alive);
    QTRY_COMPARE(m_page->model()->index(0, SourcesModel::Name).data().toString(), u"Juniper & Pine (web)"_s);
    QCOMPARE(m_pipeline->value(u"SELECT name FROM sources"_s).toString(), u"Juniper & Pine (web)"_s);
    QCOMPARE(m_pipeline->secrets().jobCount(), jobsBefore);
    WebhookClient client;
    QCOMPARE(client
                 .postShopify(m_pipeline->webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              PipelineFixture::SigningSecret, "wh-e", "ev-e")
                 .status,
             200);
}

void tst_Connections::details_requiredFieldsAndIdAreChecked()
{
    AddSourceWizard wizard(&m_pipeline->engine(), QList<SourceTypeInfo>{tokenPlatform(), sourceTypeInfos().first()},
                           m_page);
    wizard.show();
    QVERIFY(wizard.platformPage()->selectPlatform(u"Sheet Sync"_s));
    wizard.next();
    SourceDetailsPage *details = wizard.detailsPage();
    QCOMPARE(wizard.currentId(), int(AddSourceWizard::DetailsPageId));
    QVERIFY(details->optionField(u"sheetId"_s));
    QVERIFY(details->optionField(u"tab"_s));

    // No name.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AddSourceWizard::DetailsPageId));
    QVERIFY2(details->problem().contains(u"name"_s), qPrintable(details->problem()));
    QTRY_VERIFY(details->nameField()->hasFocus());

    // A taken id: made unique from the name, refused when typed.
    QTest::keyClicks(details->nameField(), u"My Shop"_s);
    QCOMPARE(details->idField()->text(), u"my-shop-2"_s); // "my-shop" is the fixture's source
    details->idField()->clear();
    QTest::keyClicks(details->idField(), u"my-shop"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AddSourceWizard::DetailsPageId));
    QVERIFY2(details->problem().contains(u"already uses"_s), qPrintable(details->problem()));

    // Upper case and spaces cannot be typed into the id at all.
    details->idField()->clear();
    QTest::keyClicks(details->idField(), u"Sheet Orders"_s);
    QVERIFY2(isValidSourceId(details->idField()->text()), qPrintable(details->idField()->text()));

    // The required setting is named in the message; the optional one is not needed.
    details->idField()->clear();
    QTest::keyClicks(details->idField(), u"sheet-orders"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AddSourceWizard::DetailsPageId));
    QVERIFY2(details->problem().contains(u"Sheet id"_s), qPrintable(details->problem()));
    QTRY_VERIFY(details->optionField(u"sheetId"_s)->hasFocus());
    screenshot(&wizard, u"wizard-2-required"_s);
    QTest::keyClicks(details->optionField(u"sheetId"_s), u"1AbCdEf"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AddSourceWizard::SetupPageId));
    const SourceConfig source = wizard.sourceConfig();
    QCOMPARE(source.id, u"sheet-orders"_s);
    QCOMPARE(source.type, u"sheetsync"_s);
    QCOMPARE(source.options.value("sheetId"_L1).toString(), u"1AbCdEf"_s);
    QVERIFY(!source.options.contains("tab"_L1));
}

void tst_Connections::setup_withoutPastedSecret_saysSo_engineRefusalShownInWizard()
{
    AddSourceWizard *wizard = openAddWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->platformPage()->selectPlatform(u"Shopify"_s));
    wizard->next();
    QTest::keyClicks(wizard->detailsPage()->nameField(), u"Second"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(AddSourceWizard::SetupPageId));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(wizard->isVisible());
    QVERIFY2(wizard->setupPage()->problem().contains(u"Paste the Webhook signing secret from Shopify"_s),
             qPrintable(wizard->setupPage()->problem()));
    QTRY_VERIFY(wizard->setupPage()->secretField(u"webhookSecret"_s)->hasFocus());
    screenshot(wizard, u"wizard-3-missing-secret"_s);

    // A keychain that refuses: the wizard stays open and says why; nothing is stored.
    m_pipeline->secrets().setFailing(true);
    QTest::keyClicks(wizard->setupPage()->secretField(u"webhookSecret"_s), u"abc"_s);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard->setupPage()->isSaving());
    QVERIFY(wizard->isVisible());
    QVERIFY2(wizard->setupPage()->problem().contains(u"keychain"_s), qPrintable(wizard->setupPage()->problem()));
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM sources"_s).toInt(), 1);
    QCOMPARE(m_page->model()->rowCount(), 1);

    // Once the keychain answers again, Finish works.
    m_pipeline->secrets().setFailing(false);
    const QPointer<AddSourceWizard> alive(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!alive);
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
}

void tst_Connections::tokenPlatform_urlCarriesGeneratedSecret_scriptFilled()
{
    AddSourceWizard wizard(&m_pipeline->engine(), QList<SourceTypeInfo>{tokenPlatform()}, m_page);
    wizard.show();
    QVERIFY(wizard.platformPage()->selectPlatform(u"Sheet Sync"_s));
    wizard.next();
    QTest::keyClicks(wizard.detailsPage()->nameField(), u"Order sheet"_s);
    QTest::keyClicks(wizard.detailsPage()->optionField(u"sheetId"_s), u"1AbC"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AddSourceWizard::SetupPageId));
    SourceSetupPage *setup = wizard.setupPage();

    QLineEdit *token = setup->secretField(u"token"_s);
    QVERIFY(token->isReadOnly());
    const QString secret = token->text();
    QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(secret).hasMatch(), qPrintable(secret));
    const QString expectedUrl = m_pipeline->engine().webhookUrl(u"order-sheet"_s) + u"?token="_s + secret;
    QCOMPARE(setup->webhookAddress(), expectedUrl);
    QCOMPARE(setup->addressField()->text(), expectedUrl);
    QCOMPARE(setup->scriptBox()->toPlainText(),
             u"const URL = '%1';\nconst SECRET = '%2';\n"_s.arg(expectedUrl, secret));
    QVERIFY(setup->scriptBox()->isReadOnly());
    QVERIFY(setup->scriptBox()->font().fixedPitch() || QFontInfo(setup->scriptBox()->font()).fixedPitch());
    QVERIFY(setup->stepsLabel()->text().contains(u"<ol"_s));
    QVERIFY(setup->stepsLabel()->text().contains(expectedUrl.toHtmlEscaped()));
    QCOMPARE(setup->secrets().value(u"token"_s), secret);
    screenshot(&wizard, u"wizard-3-token-script"_s);

    // Copy puts the exact address on the clipboard.
    QTest::mouseClick(setup->findChild<QPushButton *>(u"copyWebhookAddress"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expectedUrl);
    QTest::mouseClick(setup->findChild<QPushButton *>(u"copyScript"_s), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"SECRET = '"_s + secret));

    // It is in the address anyway, so it is shown; Hide hides it. Another secret replaces it everywhere;
    // going back and forth keeps it.
    auto *reveal = setup->findChild<QAbstractButton *>(u"reveal_token"_s);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QCOMPARE(reveal->text(), u"Hide"_s);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(reveal->text(), u"Show"_s);
    QTest::mouseClick(setup->findChild<QPushButton *>(u"renew_token"_s), Qt::LeftButton);
    const QString renewed = token->text();
    QVERIFY(renewed != secret);
    QVERIFY(setup->addressField()->text().endsWith(u"?token="_s + renewed));
    wizard.back();
    wizard.next();
    QCOMPARE(setup->secretField(u"token"_s)->text(), renewed);
    // A platform Tidings has no adapter for cannot be saved; the engine says so and the wizard stays.
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.isVisible());
    QVERIFY2(setup->problem().contains(u"cannot receive"_s), qPrintable(setup->problem()));
}

void tst_Connections::platformSearch_filtersByNameAndSummary()
{
    AddSourceWizard wizard(&m_pipeline->engine(), QList<SourceTypeInfo>{tokenPlatform(), sourceTypeInfos().first()},
                           m_page);
    wizard.show();
    SourcePlatformPage *page = wizard.platformPage();
    QListWidget *list = page->list();
    const auto visible = [list] {
        QStringList names;
        for (int row = 0; row < list->count(); ++row) {
            if (!list->item(row)->isHidden()) {
                names.append(list->item(row)->text());
            }
        }
        return names;
    };
    QCOMPARE(visible(), (QStringList{u"Sheet Sync"_s, u"Shopify"_s}));
    screenshot(&wizard, u"wizard-1-platform-list"_s);
    QTest::keyClicks(page->searchField(), u"spreadsheet"_s);
    QCOMPARE(visible(), QStringList{u"Sheet Sync"_s});
    QCOMPARE(wizard.selectedType()->type, u"sheetsync"_s);
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), u"refunds"_s);
    QCOMPARE(visible(), QStringList{u"Shopify"_s});
    QCOMPARE(wizard.selectedType()->type, u"shopify"_s);
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), u"zzz"_s);
    QVERIFY(visible().isEmpty());
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->findChild<QLabel *>(u"platformNoMatch"_s)->isVisible());
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), u"shop"_s);
    QTest::keyClick(page->searchField(), Qt::Key_Return); // Enter goes on with the highlighted platform
    QCOMPARE(wizard.currentId(), int(AddSourceWizard::DetailsPageId));
    QCOMPARE(wizard.selectedType()->type, u"shopify"_s);
}

QTEST_MAIN(tst_Connections)

#include "tst_connections.moc"
