#include "enginebinding.h"
#include "mainwindow.h"
#include "pipelinefixture.h"
#include "screenshot.h"
#include "templates/blockdesigner.h"
#include "templates/brandkitdialog.h"
#include "templates/templateblocks.h"
#include "templates/templatehistorydialog.h"
#include "templates/templatepreview.h"
#include "templates/templaterenderer.h"
#include "templates/templatespage.h"
#include "templates/templatevalidator.h"
#include "templates/variablespalette.h"
#include "templateswindow.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

using Kind = TemplateBlock::Kind;

QStringList kindsOf(const QString &html)
{
    QStringList out;
    for (const TemplateBlock &block : TemplateBlocks::parse(html)) {
        out.append(Ui::BlockDesigner::kindName(block));
    }
    return out;
}

QString shippedHtml(const QString &language = {})
{
    const auto shipped = builtInTemplate(u"shipped"_s, language);
    return shipped ? shipped->html : QString();
}

QAction *addAction(Ui::BlockDesigner &designer, Kind kind, const QString &condition = {})
{
    return designer.findChild<QAction *>(u"addBlock_"_s + QString::number(int(kind)) + condition);
}

// The Templates page in a window on a running pipeline, the window active (the designer's keys go to it).
struct Window : TemplatesWindow
{
    QString open()
    {
        if (QString error = TemplatesWindow::open(); !error.isEmpty()) {
            return error;
        }
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get()) ? QString() : u"the window is not active"_s;
    }
};

} // namespace

// The visual mode of the Templates page: an email as blocks that the owner adds, moves, edits and removes.
class tst_BlockDesigner final : public QObject
{
    Q_OBJECT

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtIn_showsItsBlocks_data();
    void builtIn_showsItsBlocks();
    void keyboard_addEditMoveRemove();
    void dragAndDrop_reordersTheEmail();
    void newBlocks_speakTheTemplatesLanguage();
    void orderTable_pricesOnAndOff();
    void problems_markTheirBlock();
    void page_designPreviewPublishRestore();
    void page_paletteAndBrandKit();
};

void tst_BlockDesigner::builtIn_showsItsBlocks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("shipped") << u"shipped"_s << QStringList{u"Heading"_s,         u"Text"_s,
                                                            u"Status strip"_s,    u"Shipment details"_s,
                                                            u"Tracking button"_s, u"Order table"_s};
    QTest::newRow("backorder") << u"backorder_delay"_s
                               << QStringList{u"Heading"_s, u"Text"_s, u"Text"_s, u"Status strip"_s,
                                              u"Items on backorder"_s};
    QTest::newRow("back in stock") << u"back_in_stock"_s
                                   << QStringList{u"Heading"_s, u"Text"_s, u"Small print"_s, u"Button"_s};
}

void tst_BlockDesigner::builtIn_showsItsBlocks()
{
    QFETCH(QString, id);
    QFETCH(QStringList, names);

    Ui::BlockDesigner designer;
    QSignalSpy edited(&designer, &Ui::BlockDesigner::htmlEdited);
    const auto builtIn = builtInTemplate(id);
    QVERIFY(builtIn);
    designer.setHtml(builtIn->html);
    QCOMPARE(designer.blockList()->count(), names.size());
    for (int row = 0; row < names.size(); ++row) {
        QCOMPARE(designer.blockList()->item(row)->text().section(u'\n', 0, 0), names.at(row));
    }
    QCOMPARE(designer.html(), builtIn->html);
    QCOMPARE(edited.size(), 0); // reading is not editing
}

void tst_BlockDesigner::keyboard_addEditMoveRemove()
{
    Ui::BlockDesigner designer;
    designer.resize(900, 600);
    designer.show();
    QApplication::setActiveWindow(&designer);
    QVERIFY(QTest::qWaitForWindowActive(&designer));
    QSignalSpy edited(&designer, &Ui::BlockDesigner::htmlEdited);
    const QString original = shippedHtml();
    designer.setHtml(original);
    QListWidget *list = designer.blockList();
    list->setFocus();
    list->setCurrentRow(0);

    // Add a text under the heading: it is selected, the email has it second.
    QAction *addText = addAction(designer, Kind::Text);
    QVERIFY(addText);
    addText->trigger();
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(kindsOf(designer.html()).mid(0, 3), (QStringList{u"Heading"_s, u"Text"_s, u"Text"_s}));

    // F2 goes to its words; what is typed is in the email, a line break as <br>.
    QTest::keyClick(list, Qt::Key_F2);
    auto *text = qobject_cast<QPlainTextEdit *>(designer.propertiesPanel()->findChild<QWidget *>(u"firstField"_s));
    QVERIFY(text);
    QTRY_VERIFY(text->hasFocus());
    text->selectAll();
    QTest::keyClicks(text, u"Hello {{customer.firstName}}"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, u"See you soon"_s);
    QVERIFY2(designer.html().contains(u">Hello {{customer.firstName}}<br>See you soon</p>\n"_s),
             qPrintable(designer.html()));
    QVERIFY2(list->currentItem()->text().contains(u"Hello {{customer.firstName}} See you soon"_s),
             qPrintable(list->currentItem()->text()));

    // Alt+Down twice: under the status strip.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(list->currentRow(), 3);
    QCOMPARE(kindsOf(designer.html()).mid(0, 4), (QStringList{u"Heading"_s, u"Text"_s, u"Status strip"_s, u"Text"_s}));
    QCOMPARE(TemplateBlocks::parse(designer.html()).at(3).value(u"text"_s),
             u"Hello {{customer.firstName}}\nSee you soon"_s);
    // Ctrl+D copies it under itself; Delete takes the copy away again.
    QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(list->currentRow(), 4);
    QCOMPARE(kindsOf(designer.html()).mid(3, 2), (QStringList{u"Text"_s, u"Text"_s}));
    QCOMPARE(TemplateBlocks::parse(designer.html()).at(4).value(u"text"_s),
             u"Hello {{customer.firstName}}\nSee you soon"_s);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->currentRow(), 4); // the block that followed the copy
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->currentRow(), 3);
    // Alt+Up once, Delete: the email is the built-in one again, to the character.
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(list->currentRow(), 2);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 6);
    QCOMPARE(designer.html(), original);
    QCOMPARE(edited.constLast().at(0).toString(), original);
    // Nothing above the first block.
    list->setCurrentRow(0);
    QVERIFY(!designer.moveUpAction()->isEnabled());
    QVERIFY(designer.moveDownAction()->isEnabled());
    QVERIFY(screenshot(&designer, u"designer"_s, u"blocks"_s));
}

// A drop reorders the list's rows (QListWidget moves them in its model): the email follows.
void tst_BlockDesigner::dragAndDrop_reordersTheEmail()
{
    Ui::BlockDesigner designer;
    designer.setHtml(shippedHtml());
    QSignalSpy edited(&designer, &Ui::BlockDesigner::htmlEdited);
    QAbstractItemModel *model = designer.blockList()->model();
    QVERIFY(model->moveRow(QModelIndex(), 5, QModelIndex(), 0)); // the order table to the top
    QCOMPARE(edited.size(), 1);
    QCOMPARE(kindsOf(designer.html()), (QStringList{u"Order table"_s, u"Heading"_s, u"Text"_s, u"Status strip"_s,
                                                    u"Shipment details"_s, u"Tracking button"_s}));
    QVERIFY(designer.html().startsWith(u"{{#hasItems}}\n"_s));
}

void tst_BlockDesigner::newBlocks_speakTheTemplatesLanguage()
{
    Ui::BlockDesigner designer;
    QList<TemplateBlock> examples = TemplateBlocks::parse(shippedHtml(u"de"_s));
    examples += TemplateBlocks::parse(builtInTemplate(u"order_confirmed"_s, u"de"_s)->html);
    designer.setExamples(examples);
    designer.setHtml(u"<p>Hallo</p>\n"_s);
    designer.blockList()->setCurrentRow(0);

    addAction(designer, Kind::StatusStrip, u"hasProgress"_s)->trigger();
    addAction(designer, Kind::Button, u"hasTracking"_s)->trigger();
    const QList<TemplateBlock> blocks = TemplateBlocks::parse(designer.html());
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).kind, Kind::StatusStrip);
    QCOMPARE(blocks.at(1).condition, u"hasProgress"_s);
    QCOMPARE(blocks.at(1).value(u"delivered"_s), u"Zugestellt"_s);
    QCOMPARE(blocks.at(2).kind, Kind::Button);
    QCOMPARE(blocks.at(2).value(u"url"_s), u"{{shipment.trackingUrl}}"_s);
    QCOMPARE(blocks.at(2).value(u"label"_s), TemplateBlocks::parse(shippedHtml(u"de"_s)).at(4).value(u"label"_s));
    QCOMPARE(Ui::BlockDesigner::kindName(blocks.at(2)), u"Tracking button"_s);
}

void tst_BlockDesigner::orderTable_pricesOnAndOff()
{
    Ui::BlockDesigner designer;
    designer.setHtml(shippedHtml());
    designer.blockList()->setCurrentRow(5);
    auto *prices = designer.propertiesPanel()->findChild<QCheckBox *>(u"field_prices"_s);
    QVERIFY(prices);
    QVERIFY(!prices->isChecked());
    QVERIFY(!designer.html().contains(u"{{order.totalText}}"_s));
    auto *total = designer.propertiesPanel()->findChild<QLineEdit *>(u"field_total"_s);
    QVERIFY(total);
    QVERIFY(!total->isEnabled());
    prices->setChecked(true);
    QVERIFY(total->isEnabled());
    QVERIFY(designer.html().contains(u"{{order.totalText}}"_s));
    QVERIFY(designer.html().contains(u"{{lineTotalText}}"_s));
    const TemplateBlock table = TemplateBlocks::parse(designer.html()).at(5);
    QCOMPARE(table.value(u"prices"_s), u"yes"_s);
    QVERIFY(!table.value(u"total"_s).isEmpty()); // a word for the column the shipped email never had

    auto *title = designer.propertiesPanel()->findChild<QLineEdit *>(u"firstField"_s);
    QVERIFY(title);
    title->selectAll();
    QTest::keyClicks(title, u"Your parcel"_s);
    QCOMPARE(TemplateBlocks::parse(designer.html()).at(5).value(u"title"_s), u"Your parcel"_s);
    prices->setChecked(false);
    QVERIFY(!designer.html().contains(u"{{order.totalText}}"_s));
}

void tst_BlockDesigner::problems_markTheirBlock()
{
    Ui::BlockDesigner designer;
    QString html = shippedHtml();
    html.replace(u"Your order is on its way"_s, u"Order {{order.numbr}} is on its way"_s);
    designer.setHtml(html);
    MessageTemplate messageTemplate;
    messageTemplate.id = u"shipped"_s;
    messageTemplate.subject = u"Shipped"_s;
    messageTemplate.html = html;
    messageTemplate.text = u"Shipped"_s;
    const QList<TemplateProblem> problems = TemplateValidator::validate(messageTemplate);
    QVERIFY(!problems.isEmpty());
    designer.setProblems(problems);
    QListWidgetItem *heading = designer.blockList()->item(0);
    QVERIFY(!heading->icon().isNull());
    QVERIFY2(heading->toolTip().contains(u"order.numbr"_s), qPrintable(heading->toolTip()));
    QVERIFY(designer.blockList()->item(1)->icon().isNull());
    designer.setProblems({});
    QVERIFY(heading->icon().isNull());
}

// Through the page: the Design tab opens first for an email; an edit there is a draft the preview shows at once
// and customers do not get until Publish; History brings the earlier blocks back.
void tst_BlockDesigner::page_designPreviewPublishRestore()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Engine &engine = w.pipeline.engine();
    const auto liveHtml = [&engine] {
        const auto entries = engine.templateEntries();
        for (const TemplateEntry &entry : entries.value()) {
            if (entry.live.id == u"shipped"_s && entry.live.language.isEmpty()) {
                return entry.live.html;
            }
        }
        return QString();
    };
    QVERIFY(w.page->selectTemplate(u"shipped"_s));
    Ui::BlockDesigner *designer = w.page->designer();
    QCOMPARE(w.page->editorTabs()->currentWidget(), designer);
    QCOMPARE(designer->blockList()->count(), 6);
    const QString original = liveHtml();

    // Phone width, then a new heading typed in the designer.
    w.page->preview()->phoneButton()->click();
    designer->blockList()->setCurrentRow(0);
    designer->blockList()->setFocus();
    QTest::keyClick(designer->blockList(), Qt::Key_F2);
    auto *heading = qobject_cast<QLineEdit *>(designer->propertiesPanel()->findChild<QWidget *>(u"firstField"_s));
    QVERIFY(heading);
    QTRY_VERIFY(heading->hasFocus());
    heading->selectAll();
    QTest::keyClicks(heading, u"Packed with care, {{customer.firstName}}"_s);
    QTRY_VERIFY2(w.page->preview()->htmlView()->toPlainText().contains(u"Packed with care, Ada"_s),
                 qPrintable(w.page->preview()->htmlView()->toPlainText()));
    QVERIFY(w.page->htmlEditor()->toPlainText().contains(u">Packed with care, {{customer.firstName}}</h1>"_s));
    // Ctrl+Z in the code mode takes the designer's change back, and the blocks follow.
    QVERIFY(w.page->htmlEditor()->document()->isUndoAvailable());
    QVERIFY(screenshot(w.window.get(), u"designer"_s, u"page-phone"_s));
    designer->blockList()->setCurrentRow(5);
    QVERIFY(screenshot(w.window.get(), u"designer"_s, u"page-table"_s));

    // A draft: customers still get the built-in heading.
    QVERIFY(w.page->saveDraft());
    QCOMPARE(liveHtml(), original);
    Ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    w.page->publishAction()->trigger();
    QTRY_VERIFY(liveHtml().contains(u"Packed with care"_s));

    // History: the built-in version comes back as a draft, and the designer shows its heading.
    w.page->historyAction()->trigger();
    QPointer<Ui::TemplateHistoryDialog> history;
    QTRY_VERIFY((history = w.page->findChild<Ui::TemplateHistoryDialog *>()) && history->isVisible());
    QVERIFY(history->versionList()->count() >= 2);
    history->versionList()->setCurrentRow(1);
    QTest::mouseClick(history->restoreButton(), Qt::LeftButton);
    QTRY_VERIFY(!history);
    QTRY_COMPARE(designer->html(), original);
    QVERIFY2(designer->blockList()->item(0)->text().contains(u"Your order is on its way"_s),
             qPrintable(designer->blockList()->item(0)->text()));
    QVERIFY(liveHtml().contains(u"Packed with care"_s)); // live until the restored draft is published
}

void tst_BlockDesigner::page_paletteAndBrandKit()
{
    Window w;
    const QString error = w.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(w.page->selectTemplate(u"shipped"_s));
    Ui::BlockDesigner *designer = w.page->designer();
    designer->blockList()->setCurrentRow(4); // the tracking button
    auto *label = qobject_cast<QLineEdit *>(designer->propertiesPanel()->findChild<QWidget *>(u"firstField"_s));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible()); // fields are shown as the event loop runs
    label->setFocus();
    QTRY_VERIFY(label->hasFocus());
    label->setText(u"Follow "_s);
    label->setCursorPosition(7);

    // Enter on a variable in the palette writes it where the cursor was.
    auto *palette = w.window->findChild<Ui::VariablesPalette *>(u"variablesPalette"_s);
    QVERIFY(palette && palette->isVisible());
    const QModelIndex number = palette->indexOf(u"order.number"_s);
    QVERIFY(number.isValid());
    palette->view()->setCurrentIndex(number);
    palette->view()->setFocus();
    QTest::keyClick(palette->view(), Qt::Key_Return);
    QCOMPARE(label->text(), u"Follow {{order.number}}"_s);
    QTRY_VERIFY(w.page->htmlEditor()->toPlainText().contains(u">Follow {{order.number}}</a>"_s));

    // The logo header comes from the brand kit: its button opens it.
    auto *header = designer->findChild<QPushButton *>(u"brandHeaderButton"_s);
    QVERIFY(header);
    header->click();
    QPointer<Ui::BrandKitDialog> dialog;
    QTRY_VERIFY((dialog = w.page->findChild<Ui::BrandKitDialog *>()) && dialog->isVisible());
    dialog->reject();
}

QTEST_MAIN(tst_BlockDesigner)
#include "tst_blockdesigner.moc"
