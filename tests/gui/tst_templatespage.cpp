#include "enginebinding.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "mainwindow.h"
#include "pipelinefixture.h"
#include "screenshot.h"
#include "templates/brandkitdialog.h"
#include "templates/sendtestdialog.h"
#include "templates/templatecodeeditor.h"
#include "templates/templatefiles.h"
#include "templates/templatehistorydialog.h"
#include "templates/templatepreview.h"
#include "templates/templaterenderer.h"
#include "templates/templatespage.h"
#include "templates/variablespalette.h"
#include "templateswindow.h"
#include "widgets/logopicker.h"
#include "widgets/messagebanner.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

int postOrder(const PipelineFixture &pipeline)
{
    WebhookClient client;
    return client
        .postShopify(pipeline.webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                     PipelineFixture::SigningSecret, "wh-1", "ev-1")
        .status;
}

using Window = TemplatesWindow;

// The live version of template `id` in the default language, or 0.
qint64 liveVersionOf(Engine &engine, const QString &id)
{
    const auto entries = engine.templateEntries();
    if (!entries) {
        return 0;
    }
    for (const TemplateEntry &entry : *entries) {
        if (entry.live.id == id && entry.live.language.isEmpty()) {
            return entry.liveVersionId;
        }
    }
    return 0;
}

QString subjectShown(Ui::TemplatesPage *page)
{
    return page->preview()->subjectLabel()->text();
}

// Opens the Brand Kit by keyboard from the HTML editor (which does not take the shortcut for itself); null when it
// did not open.
QPointer<Ui::BrandKitDialog> openBrandKitByKeyboard(Window &w)
{
    QApplication::setActiveWindow(w.window.get());
    if (!QTest::qWaitForWindowActive(w.window.get())) {
        return nullptr;
    }
    w.page->htmlEditor()->setFocus();
    QTest::keyClick(w.page->htmlEditor(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<Ui::BrandKitDialog> dialog;
    const bool open =
        QTest::qWaitFor([&] { return (dialog = w.page->findChild<Ui::BrandKitDialog *>()) && dialog->isVisible(); });
    return open ? dialog : nullptr;
}

} // namespace

// The Templates page: edit, see what the customer gets, open it in the browser, send a test.
class tst_TemplatesPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void page_listsTemplates_andIsInTheShortcuts();
    void editSubject_previewFollows();
    void backInStock_previewNamesTheProduct();
    void languageFilter_showsOneLanguage_previewInIt();
    void previewWith_aRealOrder_showsItsNumber();
    void phoneWidth_is375();
    void openInBrowser_writesTheRenderedHtml();
    void sendTest_reachesTheProvider();
    void unclosedSection_saysWhyInThePreview();
    void brandKit_savesAndThePreviewFollows();
    void brandKit_logoFromAFile_isPreviewedSavedAndRemoved();
    void historyDialog_diffHighlightsTheChangedLine_andRestores();
    void drafts_notLiveUntilPublish_historyRestoreDiscard();
    void mrkdwn_roughly();
    void checker_marksTheLine_refusesPublish_paletteInserts();
    void exportThenImport_changedTemplateIsADraft_brandOnlyWhenAsked();
    void importBadFile_saysWhyInTheWindow_changesNothing();
};

void tst_TemplatesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_TemplatesPage::page_listsTemplates_andIsInTheShortcuts()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(w.page->templateList()->count() >= 3); // the built-in ones
    QVERIFY(w.page->templateList()->currentRow() >= 0);
    QVERIFY(!w.page->htmlEditor()->toPlainText().isEmpty());
    QVERIFY(w.page->templateList()->hasFocus()); // Ctrl+5 lands in the list

    // Enter opens the chosen template: the editor takes the keyboard.
    QApplication::setActiveWindow(w.window.get());
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    w.page->templateList()->setFocus();
    QTest::keyClick(w.page->templateList(), Qt::Key_Return);
    QTRY_VERIFY(w.page->editorTabs()->currentWidget()->hasFocus());

    QStringList listed;
    for (const Ui::ShortcutEntry &entry : w.window->shortcuts()) {
        listed.append(entry.where + u": "_s + entry.action);
    }
    for (const QString &expected : {u"Everywhere: Templates"_s, u"Templates: Open in Browser"_s,
                                    u"Templates: Send Test To"_s, u"Templates: Publish"_s, u"Templates: Brand Kit"_s}) {
        QVERIFY2(listed.contains(expected), qPrintable(listed.join(u", "_s)));
    }
}

void tst_TemplatesPage::editSubject_previewFollows()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    w.page->subjectEditor()->setPlainText(u"Hello {{customer.firstName}}, order {{order.number}} is in"_s);
    QTRY_COMPARE(subjectShown(w.page), u"Subject: Hello Ada, order #1042 is in"_s);
    QCOMPARE(w.page->editedTemplate().subject, u"Hello {{customer.firstName}}, order {{order.number}} is in"_s);

    // The second sample.
    QVERIFY(w.page->preview()->selectSource(u"many_items"_s));
    w.page->htmlEditor()->setPlainText(u"<p>Order {{order.number}}</p>"_s);
    QTRY_VERIFY2(w.page->preview()->htmlView()->toPlainText().contains(u"Order #1043"_s),
                 qPrintable(w.page->preview()->htmlView()->toPlainText()));

    // A hidden preheader stays hidden, as in a mail program; the rendered HTML keeps it.
    w.page->htmlEditor()->setPlainText(u"<div style=\"display:none;max-height:0\">Inbox line</div><p>Body</p>"_s);
    QTRY_VERIFY(w.page->preview()->htmlView()->toPlainText().contains(u"Body"_s));
    QVERIFY(!w.page->preview()->htmlView()->toPlainText().contains(u"Inbox line"_s));
    QVERIFY(w.page->preview()->lastRendering()->value().html.contains(u"Inbox line"_s));
    // The text message view counts its parts.
    QVERIFY2(QRegularExpression(u"^\\d+ part(s|\\(s\\))?, \\d+ character"_s)
                 .match(w.page->preview()->smsCountLabel()->text())
                 .hasMatch(),
             qPrintable(w.page->preview()->smsCountLabel()->text()));
}

// A back-in-stock message is about a product: the sample shows the scenario's first product, not an empty name.
void tst_TemplatesPage::backInStock_previewNamesTheProduct()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(w.page->selectTemplate(u"back_in_stock"_s));
    QTRY_VERIFY2(w.page->preview()->htmlView()->toPlainText().contains(u"Enamel mug"_s),
                 qPrintable(w.page->preview()->htmlView()->toPlainText()));
    QVERIFY(w.page->templateList()->currentItem()->toolTip().startsWith(u"Email"_s));
}

// The rows the list shows now.
QStringList visibleRows(QListWidget *list)
{
    QStringList rows;
    for (int i = 0; i < list->count(); ++i) {
        if (!list->isRowHidden(i)) {
            rows.append(list->item(i)->text());
        }
    }
    return rows;
}

void tst_TemplatesPage::languageFilter_showsOneLanguage_previewInIt()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QListWidget *list = w.page->templateList();
    QComboBox *filter = w.page->languageFilter();
    const QList<MessageTemplate> builtIns = builtInTemplates();
    const auto countIn = [&builtIns](const QString &language) {
        return int(std::count_if(builtIns.cbegin(), builtIns.cend(),
                                 [&language](const MessageTemplate &t) { return t.language == language; }));
    };

    // At first the templates in the default language, each once.
    QCOMPARE(filter->currentData().toString(), QString());
    const QStringList standard = visibleRows(list);
    QCOMPARE(standard.size(), countIn(QString()));
    QVERIFY(
        std::none_of(standard.cbegin(), standard.cend(), [](const QString &row) { return row.contains(u"(DE)"_s); }));

    // German: the customers' emails and text messages in German, and the preview speaks it, layout and all.
    QVERIFY(w.page->showLanguage(u"de"_s));
    const QStringList german = visibleRows(list);
    QCOMPARE(german.size(), countIn(u"de"_s));
    QVERIFY(german.size() > 0);
    QVERIFY(german.contains(u"Shipped"_s)); // one language shown: no need to name it
    for (int i = 0; i < list->count(); ++i) {
        if (!list->isRowHidden(i)) {
            list->setCurrentRow(i);
            QCOMPARE(w.page->editedTemplate().language, u"de"_s);
        }
    }
    QVERIFY(!list->isRowHidden(list->currentRow()));
    QVERIFY(w.page->selectTemplate(u"shipped"_s, u"de"_s));
    QTRY_VERIFY2(w.page->preview()->htmlView()->toPlainText().contains(u"Sendung verfolgen"_s),
                 qPrintable(w.page->preview()->htmlView()->toPlainText()));
    QVERIFY(w.page->preview()->htmlView()->toPlainText().contains(u"Fragen?"_s));
    QVERIFY(!w.page->preview()->htmlView()->toPlainText().contains(u"Track your package"_s));
    QVERIFY(screenshot(w.window.get(), u"templates"_s, u"german"_s));
    // A sample order for a German template is a German reader's: money the German way.
    QVERIFY(w.page->selectTemplate(u"order_confirmed"_s, u"de"_s));
    QTRY_VERIFY2(w.page->preview()->htmlView()->toPlainText().contains(u"25,00"_s),
                 qPrintable(w.page->preview()->htmlView()->toPlainText()));

    // Choosing a French template from elsewhere (the Monitor, a test) shows the French list.
    QVERIFY(w.page->selectTemplate(u"shipped"_s, u"fr"_s));
    QCOMPARE(filter->currentData().toString(), u"fr"_s);
    QVERIFY(!list->isRowHidden(list->currentRow()));
    QTRY_VERIFY(w.page->preview()->htmlView()->toPlainText().contains(u"Suivre mon colis"_s));

    // All languages: every template, from the keyboard.
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_End);
    QCOMPARE(visibleRows(list).size(), list->count());
    QCOMPARE(list->count(), int(builtIns.size()));
    QVERIFY(visibleRows(list).contains(u"Shipped (FR)"_s)); // languages mixed: each named

    // Customers whose order says no language: the default language until the shop says otherwise. Chosen by
    // keyboard, it is saved for the messages queued from then on, and shown again after a reload.
    QComboBox *customers = w.page->customerLanguageBox();
    QCOMPARE(customers->currentData().toString(), QString());
    QCOMPARE(customers->count(), 1 + int(builtInLanguages().size()));
    customers->setFocus();
    const int germanIndex = customers->findData(u"de"_s);
    QVERIFY(germanIndex > 0);
    for (int i = 0; i < germanIndex; ++i) {
        QTest::keyClick(customers, Qt::Key_Down);
    }
    QCOMPARE(customers->currentData().toString(), u"de"_s);
    QCOMPARE(*w.pipeline.engine().customerLanguage(), u"de"_s);
    QVERIFY(w.page->reload().ok());
    QCOMPARE(w.page->customerLanguageBox()->currentData().toString(), u"de"_s);
}

void tst_TemplatesPage::previewWith_aRealOrder_showsItsNumber()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(postOrder(w.pipeline), 200);
    QTRY_VERIFY(w.pipeline.value(u"SELECT COUNT(*) FROM notifications"_s).toInt() > 0);
    QVERIFY(w.page->reloadOrders().ok());

    QComboBox *source = w.page->preview()->sourceBox();
    int orderIndex = -1;
    for (int i = 0; i < source->count(); ++i) {
        if (source->itemText(i).contains(u"#1042"_s)) {
            orderIndex = i;
        }
    }
    QVERIFY2(orderIndex >= 0, "the order is offered under \"Preview with:\"");
    QVERIFY2(source->itemText(orderIndex).contains(u"—"_s), qPrintable(source->itemText(orderIndex))); // a name
    source->setCurrentIndex(orderIndex);
    w.page->subjectEditor()->setPlainText(u"Order {{order.number}}"_s);
    QTRY_COMPARE(subjectShown(w.page), u"Subject: Order #1042"_s);
    QVERIFY(w.page->preview()->currentSourceKey().startsWith(u"order:"_s));
}

void tst_TemplatesPage::phoneWidth_is375()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Ui::TemplatePreview *preview = w.page->preview();
    QTRY_COMPARE(preview->htmlView()->viewport()->width(), 600);
    QVERIFY(screenshot(w.window.get(), u"templates"_s, u"desktop"_s));
    QTest::mouseClick(preview->phoneButton(), Qt::LeftButton);
    QCOMPARE(preview->width(), Ui::TemplatePreview::Width::Phone);
    QTRY_COMPARE(preview->htmlView()->viewport()->width(), 375);
    QVERIFY(screenshot(w.window.get(), u"templates"_s, u"phone"_s));
    QTest::mouseClick(preview->desktopButton(), Qt::LeftButton);
    QTRY_COMPARE(preview->htmlView()->viewport()->width(), 600);
}

void tst_TemplatesPage::openInBrowser_writesTheRenderedHtml()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<QUrl> opened;
    w.page->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    w.page->htmlEditor()->setPlainText(u"<h1>Hi {{customer.name}} & co</h1>"_s);
    QApplication::setActiveWindow(w.window.get());
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    w.page->htmlEditor()->setFocus();
    QTest::keyClick(w.page->htmlEditor(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.constFirst().isLocalFile());
    const QString path = opened.constFirst().toLocalFile();
    QVERIFY2(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/tidings-preview-"_s),
             qPrintable(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto &rendering = w.page->preview()->lastRendering();
    QVERIFY(rendering && *rendering);
    QCOMPARE(QString::fromUtf8(file.readAll()), rendering->value().html);
    QVERIFY(rendering->value().html.contains(u"<h1>Hi Ada Lovelace & co</h1>"_s)); // inside the shop's layout
    file.remove();
}

void tst_TemplatesPage::sendTest_reachesTheProvider()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    w.pipeline.fake().clearRequests();
    w.page->subjectEditor()->setPlainText(u"Your order {{order.number}} — a test"_s);
    QApplication::setActiveWindow(w.window.get());
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    w.page->subjectEditor()->setFocus();
    QTest::keyClick(w.page->subjectEditor(), Qt::Key_T, Qt::ControlModifier);
    QPointer<Ui::SendTestDialog> dialog;
    QTRY_VERIFY((dialog = w.page->findChild<Ui::SendTestDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->channelBox()->count(), 1); // the fixture's SendGrid channel
    dialog->addressField()->setText(u"owner@example.com"_s);
    QVERIFY(screenshot(dialog, u"templates"_s, u"sendtest"_s));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(dialog->isSending());
    QVERIFY(dialog->progressBar()->isVisible());
    QTRY_VERIFY(!dialog->isSending());
    QCOMPARE(w.pipeline.fake().requestCount(), 1);
    const auto request = w.pipeline.fake().request(0);
    QCOMPARE(request.to().value(u"email"_s).toString(), u"owner@example.com"_s);
    QCOMPARE(request.json.value(u"subject"_s).toString(), u"[Test] Your order #1042 — a test"_s);
    QVERIFY2(dialog->resultLabel()->text().startsWith(u"Sent"_s), qPrintable(dialog->resultLabel()->text()));
    dialog->reject();
}

void tst_TemplatesPage::unclosedSection_saysWhyInThePreview()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    w.page->htmlEditor()->setPlainText(u"<p>{{#hasTracking}}Track it</p>"_s);
    QLabel *problem = w.page->preview()->problemLabel();
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"cannot be shown"_s), qPrintable(problem->text()));
    QVERIFY(!w.page->preview()->htmlView()->isVisible());
    // Fixed: the message is back.
    w.page->htmlEditor()->setPlainText(u"<p>{{#hasTracking}}Track it{{/hasTracking}}</p>"_s);
    QTRY_VERIFY(w.page->preview()->htmlView()->isVisible());
    QVERIFY(!problem->isVisible());
}

void tst_TemplatesPage::brandKit_savesAndThePreviewFollows()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    w.page->htmlEditor()->setPlainText(u"<p>{{brand.shopName}}</p>"_s);
    // The brand the engine started with (the page got the engine before it started).
    QTRY_VERIFY(w.page->preview()->htmlView()->toPlainText().contains(u"Juniper & Pine"_s));
    QPointer<Ui::BrandKitDialog> dialog = openBrandKitByKeyboard(w);
    QVERIFY(dialog);
    QVERIFY(screenshot(dialog, u"templates"_s, u"brandkit"_s));
    dialog->colourField()->setText(u"green"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // refused in place
    QVERIFY2(dialog->problemLabel()->text().contains(u"#2f6f4f"_s), qPrintable(dialog->problemLabel()->text()));
    dialog->colourField()->setText(u"#123456"_s);
    dialog->shopNameField()->setText(u"Alder & Ash"_s);
    dialog->phoneField()->setText(u"+44 20 7946 0000"_s);
    dialog->addressField()->setPlainText(u"1 High Street\nLondon"_s);
    dialog->linksField()->setPlainText(u"Instagram https://instagram.com/alder\n\nhttps://alder.example"_s);
    dialog->fontField()->setText(u"Georgia, serif"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(w.pipeline.engine().config().brand.shopName, u"Alder & Ash"_s);
    QCOMPARE(w.pipeline.engine().config().brand.accentColor, u"#123456"_s);
    const Brand saved = w.pipeline.engine().config().brand;
    QCOMPARE(saved.supportPhone, u"+44 20 7946 0000"_s);
    QCOMPARE(saved.address, u"1 High Street\nLondon"_s);
    QCOMPARE(saved.fontFamily, u"Georgia, serif"_s);
    QCOMPARE(saved.socialLinks.size(), 2);
    QCOMPARE(saved.socialLinks.at(0).label, u"Instagram"_s);
    QCOMPARE(saved.socialLinks.at(0).url, u"https://instagram.com/alder"_s);
    QCOMPARE(saved.socialLinks.at(1).url, u"https://alder.example"_s);
    QTRY_VERIFY2(w.page->preview()->htmlView()->toPlainText().contains(u"Alder & Ash"_s),
                 qPrintable(w.page->preview()->htmlView()->toPlainText()));
}

void tst_TemplatesPage::brandKit_logoFromAFile_isPreviewedSavedAndRemoved()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    w.page->htmlEditor()->setPlainText(u"<p>{{#hasLogo}}<img src=\"{{brand.logoUrl}}\">{{/hasLogo}}Hi</p>"_s);
    QTemporaryDir dir;
    const QString notAPicture = dir.filePath(u"logo.png"_s);
    QFile text(notAPicture);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("<html>not a picture</html>");
    text.close();
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(QColor(u"#2f6f4f"_s));
    const QString picture = dir.filePath(u"juniper.png"_s);
    QVERIFY(image.save(picture, "PNG"));
    QFile pictureFile(picture);
    QVERIFY(pictureFile.open(QIODevice::ReadOnly));
    const QByteArray pictureBytes = pictureFile.readAll();

    QPointer<Ui::BrandKitDialog> dialog = openBrandKitByKeyboard(w);
    QVERIFY(dialog);
    Ui::LogoPicker *picker = dialog->logoPicker();
    dialog->logoField()->setText(u"https://juniper.example/logo.png"_s);

    // A file that is no picture is named in place; nothing changes.
    QVERIFY(!picker->loadFile(notAPicture));
    QVERIFY(picker->problemLabel()->isVisible());
    QVERIFY2(picker->problemLabel()->text().contains(u"PNG, JPEG, GIF or WebP"_s),
             qPrintable(picker->problemLabel()->text()));
    QVERIFY(picker->logoFile().isEmpty());
    QVERIFY(!picker->pictureLabel()->isVisible());

    QVERIFY(picker->loadFile(picture));
    QVERIFY(!picker->problemLabel()->isVisible());
    QVERIFY(dialog->logoField()->text().isEmpty());
    QVERIFY(picker->pictureLabel()->isVisible());
    QVERIFY(!picker->pictureLabel()->pixmap().isNull());
    QVERIFY(!dialog->logoField()->isEnabled()); // the address is not used with a file
    QVERIFY(picker->findChild<QLabel *>(u"logoAbout"_s)->text().contains(u"120 × 40"_s));
    QVERIFY(screenshot(dialog, u"templates"_s, u"brandkit-logo-file"_s));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    Brand saved = w.pipeline.engine().config().brand;
    QCOMPARE(saved.logoFile.data, pictureBytes);
    QVERIFY(saved.logoUrl.isEmpty());

    // The preview shows the picture from the message itself.
    QTRY_VERIFY(w.page->preview()->htmlView()->toHtml().contains(u"cid:logo.png"_s));
    const QImage shown = w.page->preview()
                             ->htmlView()
                             ->document()
                             ->resource(QTextDocument::ImageResource, QUrl(u"cid:logo.png"_s))
                             .value<QImage>();
    QCOMPARE(shown.size(), QSize(120, 40));

    // Opened again (from the toolbar) it shows the picture; Remove Picture brings the address back.
    w.page->findChild<QAction *>(u"brandKitAction"_s)->trigger();
    QTRY_VERIFY((dialog = w.page->findChild<Ui::BrandKitDialog *>()) && dialog->isVisible());
    picker = dialog->logoPicker();
    QVERIFY(picker->pictureLabel()->isVisible());
    QTest::mouseClick(picker->removeButton(), Qt::LeftButton);
    QVERIFY(picker->logoFile().isEmpty());
    QVERIFY(dialog->logoField()->isEnabled());
    QVERIFY(dialog->logoField()->text().isEmpty()); // a file replaced the address when it was saved
    QTest::keyClicks(dialog->logoField(), u"https://juniper.example/logo.png"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    saved = w.pipeline.engine().config().brand;
    QVERIFY(saved.logoFile.isEmpty());
    QCOMPARE(saved.logoUrl, u"https://juniper.example/logo.png"_s);
    QTRY_VERIFY(w.page->preview()->htmlView()->toHtml().contains(u"https://juniper.example/logo.png"_s));
}

void tst_TemplatesPage::historyDialog_diffHighlightsTheChangedLine_andRestores()
{
    Ui::HistoryVersion older;
    older.id = 7;
    older.content.html = u"<p>Hello</p>\n<p>Old line</p>\n<p>Bye</p>"_s;
    older.publishedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    Ui::HistoryVersion newer;
    newer.id = 9;
    newer.content.html = u"<p>Hello</p>\n<p>New line</p>\n<p>Bye</p>"_s;
    newer.publishedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    newer.live = true;
    qint64 restored = 0;
    Ui::TemplateHistoryDialog dialog(u"Shipped"_s, {newer, older}, [&restored](qint64 id) {
        restored = id;
        return Status();
    });
    dialog.show();
    QCOMPARE(dialog.versionList()->count(), 2);
    QVERIFY2(dialog.versionList()->item(0)->text().contains(u"(live)"_s),
             qPrintable(dialog.versionList()->item(0)->text()));
    // By default: the one before on the left, the newest on the right, the HTML.
    QCOMPARE(dialog.leftView()->toPlainText(), older.content.html);
    QCOMPARE(dialog.rightView()->toPlainText(), newer.content.html);
    QCOMPARE(dialog.diff().removedLines, QList<int>{1});
    QCOMPARE(dialog.diff().addedLines, QList<int>{1});
    QCOMPARE(dialog.leftView()->extraSelections().size(), 1);
    QCOMPARE(dialog.rightView()->extraSelections().size(), 1);
    QCOMPARE(dialog.rightView()->extraSelections().constFirst().cursor.block().text(), u"<p>New line</p>"_s);
    QVERIFY(screenshot(&dialog, u"templates"_s, u"history"_s));
    dialog.partBox()->setCurrentIndex(0); // the subjects are the same
    QVERIFY(dialog.diff().isEmpty());

    dialog.versionList()->setCurrentRow(1);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QCOMPARE(restored, 7);
    QCOMPARE(dialog.restoredVersionId(), 7);
    QVERIFY(!dialog.isVisible());
}

void tst_TemplatesPage::mrkdwn_roughly()
{
    QCOMPARE(Ui::TemplatePreview::mrkdwnToHtml(u"*Order* _shipped_ <https://x.test/t|Track> a<b"_s),
             u"<b>Order</b> <i>shipped</i> <a href=\"https://x.test/t\">Track</a> a&lt;b"_s);
}

void tst_TemplatesPage::drafts_notLiveUntilPublish_historyRestoreDiscard()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Engine &engine = w.pipeline.engine();
    const auto entryOf = [&engine](const QString &id) {
        const auto entries = engine.templateEntries();
        for (const TemplateEntry &entry : entries.value()) {
            if (entry.live.id == id && entry.live.language.isEmpty()) {
                return entry;
            }
        }
        return TemplateEntry{};
    };
    QVERIFY(w.page->selectTemplate(u"shipped"_s));
    const QString original = w.page->subjectEditor()->toPlainText();
    QVERIFY(!original.isEmpty());

    // An edit is a draft: saved (Ctrl+S here; by itself a moment after typing stops), not live.
    QApplication::setActiveWindow(w.window.get());
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    w.page->subjectEditor()->setFocus();
    w.page->subjectEditor()->setPlainText(u"First {{order.number}}"_s);
    QTest::keyClick(w.page->subjectEditor(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(entryOf(u"shipped"_s).live.subject, original);
    QVERIFY(entryOf(u"shipped"_s).draft);
    QCOMPARE(entryOf(u"shipped"_s).draft->subject, u"First {{order.number}}"_s);
    QVERIFY2(w.page->templateList()->currentItem()->text().contains(u"Draft"_s),
             qPrintable(w.page->templateList()->currentItem()->text()));
    // Typing alone saves it too.
    w.page->subjectEditor()->setPlainText(u"First! {{order.number}}"_s);
    QTRY_COMPARE(entryOf(u"shipped"_s).draft.value_or(MessageTemplate()).subject, u"First! {{order.number}}"_s);

    // Publish (after the confirmation): live.
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(w.page->subjectEditor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(entryOf(u"shipped"_s).live.subject, u"First! {{order.number}}"_s);
    QVERIFY(!entryOf(u"shipped"_s).draft);
    QVERIFY(!w.page->templateList()->currentItem()->text().contains(u"Draft"_s));
    QCOMPARE(w.page->subjectEditor()->toPlainText(), u"First! {{order.number}}"_s);

    // A second version.
    w.page->subjectEditor()->setPlainText(u"Second {{order.number}}"_s);
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    w.page->publishAction()->trigger();
    QTRY_COMPARE(entryOf(u"shipped"_s).live.subject, u"Second {{order.number}}"_s);

    // History: newest first; the comparison highlights the changed subject line.
    w.page->historyAction()->trigger();
    QPointer<Ui::TemplateHistoryDialog> history;
    QTRY_VERIFY((history = w.page->findChild<Ui::TemplateHistoryDialog *>()) && history->isVisible());
    QVERIFY(history->versionList()->count() >= 2);
    history->partBox()->setCurrentIndex(0); // Subject
    QCOMPARE(history->rightView()->toPlainText(), u"Second {{order.number}}"_s);
    QCOMPARE(history->leftView()->toPlainText(), u"First! {{order.number}}"_s);
    QCOMPARE(history->diff().removedLines, QList<int>{0});
    QCOMPARE(history->diff().addedLines, QList<int>{0});
    QCOMPARE(history->rightView()->extraSelections().size(), 1);
    QVERIFY(screenshot(history, u"templates"_s, u"history-live"_s));
    // Restore the one before: it comes back as a draft, in the editor; the live one stays.
    history->versionList()->setCurrentRow(1);
    QTest::mouseClick(history->restoreButton(), Qt::LeftButton);
    QTRY_VERIFY(!history);
    QTRY_COMPARE(w.page->subjectEditor()->toPlainText(), u"First! {{order.number}}"_s);
    QCOMPARE(entryOf(u"shipped"_s).live.subject, u"Second {{order.number}}"_s);
    QCOMPARE(entryOf(u"shipped"_s).draft.value_or(MessageTemplate()).subject, u"First! {{order.number}}"_s);

    // Discard Draft: back to the live text.
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    w.page->discardDraftAction()->trigger();
    QCOMPARE(w.page->subjectEditor()->toPlainText(), u"Second {{order.number}}"_s);
    QVERIFY(!entryOf(u"shipped"_s).draft);
}

// The checker marks an unclosed section on its line as typing pauses; Publish is refused in words while it is there;
// the variables palette puts a variable in the editor shown.
void tst_TemplatesPage::checker_marksTheLine_refusesPublish_paletteInserts()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(w.page->selectTemplate(u"shipped"_s));
    auto *html = qobject_cast<Ui::TemplateCodeEditor *>(w.page->htmlEditor());
    QVERIFY(html);
    QTRY_VERIFY(html->problems().isEmpty() ||
                std::none_of(html->problems().cbegin(), html->problems().cend(), [](const TemplateProblem &p) {
                    return p.severity == TemplateProblem::Severity::Error;
                })); // the built-in one is fine
    const qint64 liveBefore = liveVersionOf(w.pipeline.engine(), u"shipped"_s);
    QVERIFY(liveBefore > 0);

    w.page->editorTabs()->setCurrentWidget(html);
    html->setPlainText(u"<p>Hello</p>\n<p>{{#hasTracking}}Track it</p>"_s);
    QTRY_VERIFY(!html->problems().isEmpty());
    const TemplateProblem first = html->problems().constFirst();
    QCOMPARE(first.severity, TemplateProblem::Severity::Error);
    QCOMPARE(first.line, 2);
    QVERIFY2(w.page->stateLabel()->text().contains(u"to fix before publishing"_s),
             qPrintable(w.page->stateLabel()->text()));

    QSignalSpy refused(w.page, &Ui::TemplatesPage::errorOccurred);
    w.page->publishAction()->trigger();
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.at(0).at(0).value<Error>().message.contains(u"cannot be published yet"_s),
             qPrintable(refused.at(0).at(0).value<Error>().message));
    QCOMPARE(liveVersionOf(w.pipeline.engine(), u"shipped"_s), liveBefore); // nothing went live

    // Fixed, and a variable from the palette (Enter on its row) lands at the cursor.
    html->setPlainText(u"<p>Hello </p>"_s);
    QTextCursor cursor = html->textCursor();
    cursor.setPosition(9); // after "<p>Hello "
    html->setTextCursor(cursor);
    auto *palette = w.window->findChild<Ui::VariablesPalette *>(u"variablesPalette"_s);
    QVERIFY(palette && palette->isVisible());
    const QModelIndex number = palette->indexOf(u"order.number"_s);
    QVERIFY(number.isValid());
    palette->view()->setCurrentIndex(number);
    palette->view()->setFocus();
    QTest::keyClick(palette->view(), Qt::Key_Return);
    QCOMPARE(html->toPlainText(), u"<p>Hello {{order.number}}</p>"_s);
    QTRY_VERIFY(html->problems().isEmpty() ||
                std::none_of(html->problems().cbegin(), html->problems().cend(),
                             [](const TemplateProblem &p) { return p.severity == TemplateProblem::Severity::Error; }));
    QVERIFY(Tidings::Test::screenshot(w.window.get(), u"templates"_s, u"checker"_s));
}

// Export writes every template and the brand kit; importing the file back with one template changed makes that
// one a draft (customers keep the live version) and uses the file's brand kit only when the owner says yes.
void tst_TemplatesPage::exportThenImport_changedTemplateIsADraft_brandOnlyWhenAsked()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Engine &engine = w.pipeline.engine();
    Brand brand = engine.config().brand;
    brand.shopName = u"Alder & Ash"_s;
    QVERIFY(engine.setBrand(brand));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.tidings-templates.json"_s);
    QSignalSpy notices(w.page, &Ui::TemplatesPage::noticeShown);
    const auto exported = w.page->files()->exportTo(path);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
    const auto entries = engine.templateEntries();
    QVERIFY(entries);
    QVERIFY2(exported->contains(QString::number(entries->size())), qPrintable(*exported));

    // Another shop's look in the file, and one subject changed.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QCOMPARE(root.value(u"templates"_s).toArray().size(), entries->size());
    QJsonArray templates = root.value(u"templates"_s).toArray();
    for (qsizetype i = 0; i < templates.size(); ++i) {
        QJsonObject one = templates.at(i).toObject();
        if (one.value(u"id"_s).toString() == u"shipped"_s && one.value(u"language"_s).toString().isEmpty()) {
            one.insert(u"subject"_s, u"Imported: {{order.number}} is on its way"_s);
            templates.replace(i, one);
        }
    }
    root.insert(u"templates"_s, templates);
    QJsonObject otherBrand = root.value(u"brand"_s).toObject();
    otherBrand.insert(u"shopName"_s, u"Birch & Co"_s);
    root.insert(u"brand"_s, otherBrand);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    const qint64 liveBefore = liveVersionOf(engine, u"shipped"_s);
    Ui::MessageBox::setNextAnswer(QMessageBox::No); // keep our brand kit
    auto imported = w.page->files()->importFrom(path);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QVERIFY2(imported->startsWith(u"1 template"_s) && imported->contains(u"imported as drafts"_s),
             qPrintable(*imported));
    QCOMPARE(engine.config().brand.shopName, u"Alder & Ash"_s);
    QCOMPARE(liveVersionOf(engine, u"shipped"_s), liveBefore); // customers still get the live one
    QVERIFY(w.page->selectTemplate(u"shipped"_s));
    QTRY_COMPARE(w.page->subjectEditor()->toPlainText(), u"Imported: {{order.number}} is on its way"_s);
    QVERIFY(w.page->templateList()->currentItem()->text().contains(u"Draft"_s));

    // Again, from the toolbar's action path, with the brand kit this time: the same templates import nothing.
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    imported = w.page->files()->importFrom(path);
    QVERIFY(imported);
    QVERIFY2(imported->contains(u"nothing to import"_s), qPrintable(*imported));
    QCOMPARE(engine.config().brand.shopName, u"Birch & Co"_s);
    QTRY_VERIFY(w.page->preview()->htmlView()->toPlainText().contains(u"Birch & Co"_s));

    // Export from the page's action: the window says where the file went.
    const QString second = dir.filePath(u"again.tidings-templates.json"_s);
    w.page->files()->setFileChooser([second](bool forSaving) { return forSaving ? second : QString(); });
    w.page->files()->exportAction()->trigger();
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.constFirst().constFirst().toString().contains(u"again.tidings-templates.json"_s),
             qPrintable(notices.constFirst().constFirst().toString()));
    QVERIFY(QFile::exists(second));
    QVERIFY(w.window->messageBanner()->text().contains(u"again.tidings-templates.json"_s));
}

void tst_TemplatesPage::importBadFile_saysWhyInTheWindow_changesNothing()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orders.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order,email\n1001,ada@example.com\n");
    file.close();
    const auto before = w.pipeline.engine().templateEntries();
    QVERIFY(before);

    auto imported = w.page->files()->importFrom(path);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(u"not a templates file"_s), qPrintable(imported.error().message));
    const auto after = w.pipeline.engine().templateEntries();
    QVERIFY(after);
    for (const TemplateEntry &entry : *after) {
        QVERIFY2(!entry.draft, qPrintable(entry.live.id));
    }
    QCOMPARE(after->size(), before->size());

    // From the window (Ctrl+Shift+I on the page), the same words show in its banner.
    w.page->files()->setFileChooser([path](bool forSaving) { return forSaving ? QString() : path; });
    QApplication::setActiveWindow(w.window.get());
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    w.page->templateList()->setFocus();
    QTest::keyClick(w.page->templateList(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(w.window->messageBanner()->isVisible());
    QVERIFY2(w.window->messageBanner()->text().contains(u"not a templates file"_s),
             qPrintable(w.window->messageBanner()->text()));
    QVERIFY(screenshot(w.window.get(), u"templates"_s, u"import-error"_s));
}

QTEST_MAIN(tst_TemplatesPage)
#include "tst_templatespage.moc"
