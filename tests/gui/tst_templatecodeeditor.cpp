#include "gui/screenshot.h"
#include "templates/mustachehighlighter.h"
#include "templates/templatecodeeditor.h"
#include "templates/templatevalidator.h"
#include "templates/variablespalette.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QSplitter>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

using namespace Tidings;
using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

namespace {

QStringList completionRows(QCompleter *completer)
{
    QStringList rows;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
        rows.append(completer->completionModel()->index(row, 0).data().toString());
    }
    return rows;
}

void placeCursor(QPlainTextEdit *editor, int line, int column)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column - 1);
    editor->setTextCursor(cursor);
}

} // namespace

// The template code editor and the variables palette, driven from the keyboard and the mouse.
class tst_TemplateCodeEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingBraces_completesVariables();
    void insideItems_offersItemKeys();
    void closingTag_offersOpenSections();
    void ctrlSpace_opensCompletionOutsideATag();
    void problems_underlineTheirLine_andF8GoesThere();
    void unknownVariable_isUnderlinedByTheHighlighter();
    void palette_doubleClickAndEnter_insertIntoTheEditor();
    void palette_filter_andDragData();
    void screenshot();

private:
    QWidget *m_window = nullptr;
    TemplateCodeEditor *m_editor = nullptr;
    VariablesPalette *m_palette = nullptr;
};

void tst_TemplateCodeEditor::init()
{
    m_window = new QWidget;
    m_window->resize(1100, 520);
    auto *splitter = new QSplitter(m_window);
    m_editor = new TemplateCodeEditor(splitter);
    m_editor->setPart(TemplateProblem::Part::Html);
    m_palette = new VariablesPalette(splitter);
    splitter->setSizes({600, 500});
    auto *layout = new QHBoxLayout(m_window);
    layout->addWidget(splitter);
    connect(m_palette, &VariablesPalette::variableChosen, m_editor, &TemplateCodeEditor::insertVariable);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_editor->setFocus();
    QTRY_VERIFY(m_editor->hasFocus());
}

void tst_TemplateCodeEditor::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void tst_TemplateCodeEditor::typingBraces_completesVariables()
{
    QCompleter *completer = m_editor->completer();
    QTest::keyClicks(m_editor, u"{{"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    // A plain tag offers values, not groups, lists or yes/no values.
    QVERIFY(completionRows(completer).contains(u"order.number"_s));
    QVERIFY(!completionRows(completer).contains(u"items"_s));
    QVERIFY(!completionRows(completer).contains(u"hasTracking"_s));

    QTest::keyClicks(m_editor, u"ord"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    const QStringList rows = completionRows(completer);
    QVERIFY(rows.size() > 3);
    for (const QString &row : rows) {
        QVERIFY2(row.startsWith(u"order."_s), qPrintable(row));
    }
    QCOMPARE(rows.first(), u"order.number"_s);
    QCOMPARE(completer->popup()->currentIndex().row(), 0);

    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), u"{{order.number}}"_s);
    QVERIFY(!completer->popup()->isVisible());
    QCOMPARE(m_editor->textCursor().position(), 16);

    // Down picks another; the closing braces already there are not doubled.
    m_editor->setPlainText(u"<p>{{}}</p>"_s);
    placeCursor(m_editor, 1, 6);
    QTest::keyClicks(m_editor, u"num"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completionRows(completer).first(), u"order.number"_s); // "num" is found inside the name
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), u"<p>{{order.number}}</p>"_s);

    // In the middle of a name, the whole name is replaced.
    m_editor->setPlainText(u"{{order.nmb}}"_s);
    placeCursor(m_editor, 1, 10);
    QTest::keyClicks(m_editor, u"u"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), u"{{order.number}}"_s);

    // Escape closes the list and leaves the text alone.
    m_editor->clear();
    QTest::keyClicks(m_editor, u"{{cust"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(m_editor->toPlainText(), u"{{cust"_s);
}

void tst_TemplateCodeEditor::insideItems_offersItemKeys()
{
    QCompleter *completer = m_editor->completer();
    m_editor->setPlainText(u"{{#items}}\n\n{{/items}}"_s);
    placeCursor(m_editor, 2, 1);
    QCOMPARE(m_editor->openScopesAt(m_editor->textCursor().position()), QStringList{u"items"_s});
    QTest::keyClicks(m_editor, u"{{"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completionRows(completer).first(), u"name"_s);
    QVERIFY(completionRows(completer).contains(u"order.number"_s)); // outer values still work
    QTest::keyClicks(m_editor, u"qua"_s);
    QTRY_COMPARE(completionRows(completer).first(), u"quantity"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Enter);
    QCOMPARE(m_editor->toPlainText(), u"{{#items}}\n{{quantity}}\n{{/items}}"_s);

    // Sections offer lists and yes/no values.
    m_editor->clear();
    QTest::keyClicks(m_editor, u"{{#has"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(completionRows(completer).contains(u"hasTracking"_s));
}

void tst_TemplateCodeEditor::closingTag_offersOpenSections()
{
    QCompleter *completer = m_editor->completer();
    m_editor->setPlainText(u"{{#items}}{{#sku}}x"_s);
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor, u"{{/"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completionRows(completer), (QStringList{u"sku"_s, u"items"_s}));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), u"{{#items}}{{#sku}}x{{/sku}}"_s);
}

void tst_TemplateCodeEditor::ctrlSpace_opensCompletionOutsideATag()
{
    auto *action = m_editor->findChild<QAction *>(u"completeVariableAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_editor->setPlainText(u"Hello "_s);
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(m_editor->completer()->popup()->isVisible());
    QCOMPARE(m_editor->toPlainText(), u"Hello {{"_s);
    QTest::keyClick(m_editor->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(m_editor->completer()->popup(), Qt::Key_Return);
    QVERIFY(m_editor->toPlainText().startsWith(u"Hello {{order."_s));
    QVERIFY(m_editor->toPlainText().endsWith(u"}}"_s));
}

void tst_TemplateCodeEditor::problems_underlineTheirLine_andF8GoesThere()
{
    m_editor->setPlainText(u"<p>\n  {{order.numbr}} and more\n</p>\n"_s);
    MessageTemplate messageTemplate;
    messageTemplate.id = u"custom"_s;
    messageTemplate.subject = u"{{nope}}"_s; // a subject problem: not this editor's
    messageTemplate.html = m_editor->toPlainText();
    const QList<TemplateProblem> problems = TemplateValidator::validate(messageTemplate);
    QCOMPARE(problems.size(), 2);
    m_editor->setProblems(problems);
    QCOMPARE(m_editor->problems().size(), 1);

    const QList<QTextEdit::ExtraSelection> selections = m_editor->extraSelections();
    QCOMPARE(selections.size(), 1);
    const QTextCursor underlined = selections.first().cursor;
    QCOMPARE(underlined.block().blockNumber(), 1); // line 2
    QCOMPARE(underlined.selectionStart() - underlined.block().position(), 2);
    QCOMPARE(underlined.selectedText(), u"{{order.numbr}}"_s);
    QCOMPARE(selections.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QVERIFY(m_editor->problemsOnLine(2).startsWith(u"Line 2:"_s));
    QVERIFY(m_editor->problemsOnLine(1).isEmpty());

    // F8 goes to the problem, from the keyboard.
    m_editor->moveCursor(QTextCursor::Start);
    QTest::keyClick(m_editor, Qt::Key_F8);
    QCOMPARE(m_editor->textCursor().blockNumber(), 1);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 2);
    QTest::keyClick(m_editor, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_editor->textCursor().blockNumber(), 1); // the only one, wrapping around

    // A warning at the end of a line (no text to underline there) still marks its line; clearing removes all.
    m_editor->setProblems({TemplateProblem{TemplateProblem::Severity::Warning, TemplateProblem::Part::Html, 4, 1,
                                           u"Line 4: no footer"_s}});
    QCOMPARE(m_editor->extraSelections().size(), 1);
    QCOMPARE(m_editor->extraSelections().first().cursor.block().blockNumber(), 3);
    m_editor->setProblems({});
    QVERIFY(m_editor->extraSelections().isEmpty());
}

void tst_TemplateCodeEditor::unknownVariable_isUnderlinedByTheHighlighter()
{
    m_editor->setPlainText(
        u"{{nope}} {{order.number}}\n{{#items}}\n{{name}} {{#sku}}{{sku}}{{/sku}}\n{{/items}} {{name}}"_s);
    const auto underlinedAt = [this](int line, int column) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= column - 1 && column - 1 < range.start + range.length) {
                return range.format.underlineStyle() == QTextCharFormat::WaveUnderline;
            }
        }
        return false;
    };
    QTRY_VERIFY(underlinedAt(1, 1));
    QVERIFY(!underlinedAt(1, 10));
    QVERIFY(!underlinedAt(3, 1));  // {{name}} inside items
    QVERIFY(!underlinedAt(3, 18)); // {{sku}} inside {{#sku}} inside items
    QVERIFY(underlinedAt(4, 12));  // {{name}} after items closed
    QCOMPARE(MustacheHighlighter::openScopesAfter(m_editor->document()->findBlockByNumber(1)), QStringList{u"items"_s});

    // A comment over two lines is a comment on both; what follows it is read again.
    m_editor->setPlainText(u"{{! a note\nover two lines }}{{nope}}"_s);
    const auto italicAt = [this](int line, int column) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= column - 1 && column - 1 < range.start + range.length) {
                return range.format.fontItalic();
            }
        }
        return false;
    };
    QTRY_VERIFY(italicAt(2, 1));
    QVERIFY(italicAt(1, 5));
    QVERIFY(!italicAt(2, 20));
    QVERIFY(underlinedAt(2, 20));

    m_editor->setPlainText(
        u"{{nope}} {{order.number}}\n{{#items}}\n{{name}} {{#sku}}{{sku}}{{/sku}}\n{{/items}} {{name}}"_s);
    QTRY_VERIFY(underlinedAt(1, 1));
    // Closing the section on an earlier line re-colours the later ones.
    QTextCursor cursor(m_editor->document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u"{{/items}}"_s);
    QTRY_VERIFY(underlinedAt(3, 1));
}

void tst_TemplateCodeEditor::palette_doubleClickAndEnter_insertIntoTheEditor()
{
    QTreeView *view = m_palette->view();
    const QModelIndex number = m_palette->indexOf(u"order.number"_s);
    QVERIFY(number.isValid());
    view->scrollTo(number);
    const QPoint where = view->visualRect(number).center();
    // What a real double-click sends: a click, then the double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, where);
    QTRY_COMPARE(m_editor->toPlainText(), u"{{order.number}}"_s);
    QVERIFY(m_editor->hasFocus());

    // Keyboard: find, Enter goes to the list, Enter inserts. An item's value outside its list gets the list.
    m_editor->clear();
    m_palette->filterEdit()->setFocus();
    QTest::keyClicks(m_palette->filterEdit(), u"priceText"_s);
    QTest::keyClick(m_palette->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(view->hasFocus());
    view->setCurrentIndex(m_palette->indexOf(u"items.priceText"_s));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_editor->toPlainText(), u"{{#items}}{{priceText}}{{/items}}"_s);

    // Inside the list, just the key; a list around the selection.
    m_editor->setPlainText(u"{{#items}}\n{{/items}}"_s);
    placeCursor(m_editor, 1, 11);
    m_editor->insertVariable(u"items.name"_s);
    QCOMPARE(m_editor->toPlainText(), u"{{#items}}{{name}}\n{{/items}}"_s);
    m_editor->setPlainText(u"Track it"_s);
    m_editor->selectAll();
    m_editor->insertVariable(u"hasTracking"_s);
    QCOMPARE(m_editor->toPlainText(), u"{{#hasTracking}}Track it{{/hasTracking}}"_s);
}

void tst_TemplateCodeEditor::palette_filter_andDragData()
{
    QLineEdit *filter = m_palette->filterEdit();
    QTest::keyClicks(filter, u"tracking"_s);
    QVERIFY(m_palette->indexOf(u"shipment.trackingUrl"_s).isValid());
    QVERIFY(m_palette->indexOf(u"hasTracking"_s).isValid());
    QVERIFY(!m_palette->indexOf(u"customer.name"_s).isValid());
    filter->clear();
    QVERIFY(m_palette->indexOf(u"customer.name"_s).isValid());

    const QModelIndex number = m_palette->indexOf(u"order.number"_s);
    std::unique_ptr<QMimeData> data(m_palette->view()->model()->mimeData({number}));
    QVERIFY(data);
    QCOMPARE(data->text(), u"{{order.number}}"_s);
    const QModelIndex name = m_palette->indexOf(u"items.name"_s);
    data.reset(m_palette->view()->model()->mimeData({name}));
    QCOMPARE(QString::fromUtf8(data->data(TemplateCodeEditor::variableMimeType())), u"items.name"_s);

    // Dropped (here: pasted) inside {{#items}}, the editor writes the key alone.
    m_editor->setPlainText(u"{{#items}}\n{{/items}}"_s);
    placeCursor(m_editor, 1, 11);
    QApplication::clipboard()->setMimeData(data.release());
    m_editor->paste();
    QCOMPARE(m_editor->toPlainText(), u"{{#items}}{{name}}\n{{/items}}"_s);
}

void tst_TemplateCodeEditor::screenshot()
{
    MessageTemplate messageTemplate;
    messageTemplate.id = u"shipped"_s;
    messageTemplate.html = u"<table role=\"presentation\">\n"
                           "  <tr><td style=\"color:{{brand.accentColor}}\">\n"
                           "    <h1>Your order {{order.number}} is on its way, {{customer.firstName}}!</h1>\n"
                           "    {{! the lines of the order }}\n"
                           "    {{#items}}\n"
                           "    <p>{{quantity}} × {{name}} — {{priceText}}</p>\n"
                           "    {{/items}}\n"
                           "    <p>Carrier: {{shipment.carier}}</p>\n"
                           "  </td></tr>\n"
                           "</table>\n"_s;
    m_editor->setPlainText(messageTemplate.html);
    m_editor->setProblems(TemplateValidator::validate(messageTemplate));
    QCOMPARE(m_editor->problems().size(), 2); // the typo, and no tracking link for a shipped message
    m_palette->view()->setCurrentIndex(m_palette->indexOf(u"shipment.carrier"_s));
    QVERIFY(Tidings::Test::screenshot(m_window, u"templatecodeeditor"_s, u"problems"_s));

    // Dark mode: the colours follow the palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    m_window->setPalette(dark);
    const QTextBlock first = m_editor->document()->firstBlock();
    QTRY_VERIFY(!first.layout()->formats().isEmpty());
    // HTML tags are dimmed towards the dark base, so darker than the text.
    QVERIFY(first.layout()->formats().first().format.foreground().color().lightnessF() < 0.8);
    QVERIFY(first.layout()->formats().first().format.foreground().color().lightnessF() > 0.3);
    QVERIFY(Tidings::Test::screenshot(m_window, u"templatecodeeditor"_s, u"problems-dark"_s));
}

QTEST_MAIN(tst_TemplateCodeEditor)
#include "tst_templatecodeeditor.moc"
