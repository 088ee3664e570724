#include "connections/genericmappingeditor.h"
#include "fakes/testsupport.h"
#include "widgets/messagebanner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Ui;

namespace {

template <typename T>
T *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found) {
        qWarning("no child %s", qPrintable(name));
    }
    return found;
}

int rowOf(const QTableWidget &table, const QString &field)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, 0)->data(Qt::UserRole).toString() == field) {
            return row;
        }
    }
    return -1;
}

// The value shown beside `label` under the top-level item `parent`, or a null string.
QString shown(const QTreeWidgetItem *parent, const QString &label)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == label) {
            return parent->child(i)->text(1);
        }
    }
    return {};
}

} // namespace

class tst_GenericMappingEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setOptions_preset_showsItsPathsAndWords();
    void editPath_pasteSample_test_showsNormalizedEvent();
    void missingPath_showsProblemInTheWidget();
    void statusWord_addedByKeyboard_changesTheResult();
    void removeWord_deleteKey_dropsItFromOptions();
    void labels_haveBuddies_buttonsHaveMnemonics();

private:
    void editCell(QTableWidget *table, int row, int column, const QString &text);
    void screenshot(const QString &name);

    std::unique_ptr<GenericMappingEditor> m_editor;
};

void tst_GenericMappingEditor::init()
{
    m_editor = std::make_unique<GenericMappingEditor>();
    m_editor->resize(1100, 760);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QApplication::setActiveWindow(m_editor.get());
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void tst_GenericMappingEditor::cleanup()
{
    m_editor.reset();
}

// Types into a cell the way a person does: select it, F2, type, Return.
void tst_GenericMappingEditor::editCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "F2 opened no line editor");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

void tst_GenericMappingEditor::screenshot(const QString &name)
{
    if (qEnvironmentVariableIsSet("TIDINGS_SCREENSHOTS")) {
        QVERIFY(m_editor->grab().save(u"/tmp/"_s + name));
    }
}

void tst_GenericMappingEditor::setOptions_preset_showsItsPathsAndWords()
{
    m_editor->setOptions({{u"preset"_s, u"googlesheets"_s}});
    auto *table = child<QTableWidget>(*m_editor, u"mappingTable"_s);
    QVERIFY(table);
    QCOMPARE(table->item(rowOf(*table, u"orderId"_s), 1)->text(), u"/row/Order ID"_s);
    QVERIFY(table->item(rowOf(*table, u"lineItems"_s), 1)->text().isEmpty());

    const QJsonObject options = m_editor->options();
    QCOMPARE(options.value("mapping"_L1).toObject().value("customerEmail"_L1).toString(), u"/row/Email"_s);
    QVERIFY(!options.value("mapping"_L1).toObject().contains("lineItems"_L1));
    QCOMPARE(options.value("statusMap"_L1).toObject().value("Dispatched"_L1).toString(), u"shipped"_s);

    // NetSuite's letters keep their sections.
    m_editor->setOptions({{u"preset"_s, u"netsuite"_s}});
    const QJsonObject statusMap = m_editor->options().value("statusMap"_L1).toObject();
    QCOMPARE(statusMap.value("order"_L1).toObject().value("C"_L1).toString(), u"cancelled"_s);
    QCOMPARE(statusMap.value("shipment"_L1).toObject().value("C"_L1).toString(), u"in_transit"_s);
    QVERIFY(!statusMap.contains("C"_L1));
}

void tst_GenericMappingEditor::editPath_pasteSample_test_showsNormalizedEvent()
{
    m_editor->setOptions({{u"mapping"_s, QJsonObject{{u"orderId"_s, u"/order/id"_s},
                                                     {u"customerEmail"_s, u"data.order.buyer.contact.email"_s},
                                                     {u"orderStatus"_s, u"data.order.state"_s},
                                                     {u"lineItems"_s, u"data.order.lines"_s},
                                                     {u"itemSku"_s, u"article.code"_s},
                                                     {u"itemQuantity"_s, u"qty"_s}}},
                          {u"statusMap"_s, QJsonObject{{u"Dispatched"_s, u"shipped"_s}}}});
    QSignalSpy changed(m_editor.get(), &GenericMappingEditor::changed);
    auto *table = child<QTableWidget>(*m_editor, u"mappingTable"_s);
    auto *sample = child<QPlainTextEdit>(*m_editor, u"sampleEdit"_s);
    auto *test = child<QPushButton>(*m_editor, u"testButton"_s);
    auto *summary = child<MessageBanner>(*m_editor, u"resultSummary"_s);
    auto *result = child<QTreeWidget>(*m_editor, u"resultTree"_s);
    QVERIFY(table && sample && test && summary && result);
    QVERIFY(summary->isHidden());

    // Edit the order id's path by keyboard.
    editCell(table, rowOf(*table, u"orderId"_s), 1, u"/data/order/id"_s);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_editor->options().value("mapping"_L1).toObject().value("orderId"_L1).toString(), u"/data/order/id"_s);

    // Paste a sample into the box.
    QApplication::clipboard()->setText(QString::fromUtf8(Test::fixture(u"generic/custom-nested.json"_s)));
    sample->setFocus();
    QTest::keySequence(sample, QKeySequence::Paste);
    QVERIFY(sample->toPlainText().contains("evt_01HXS8Q4M9"_L1));

    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->kind(), MessageBanner::Kind::Information);
    QCOMPARE(summary->text(), u"The sample gives 1 event(s)."_s);
    QVERIFY(result->topLevelItemCount() >= 1);
    const QTreeWidgetItem *event = result->topLevelItem(0);
    QCOMPARE(event->text(0), u"Event 1"_s);
    QCOMPARE(shown(event, u"Order id"_s), u"9007199254740993"_s);
    QCOMPARE(shown(event, u"Email"_s), u"jane@example.com"_s);
    QCOMPARE(shown(event, u"Order status"_s), u"Shipped (their word: Dispatched)"_s);
    QCOMPARE(shown(event, u"Item"_s), u"2 × TSH-ORG-GRN-M"_s);
    screenshot(u"generic-mapping.png"_s);
}

void tst_GenericMappingEditor::missingPath_showsProblemInTheWidget()
{
    m_editor->setOptions({{u"mapping"_s, QJsonObject{{u"orderId"_s, u"/order/id"_s}}}});
    auto *sample = child<QPlainTextEdit>(*m_editor, u"sampleEdit"_s);
    auto *summary = child<MessageBanner>(*m_editor, u"resultSummary"_s);
    auto *result = child<QTreeWidget>(*m_editor, u"resultTree"_s);
    sample->setPlainText(u"{\"order\": {\"number\": \"1042\"}}"_s);

    // Ctrl+Return runs the test from the sample box.
    sample->setFocus();
    QTest::keyClick(sample, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->kind(), MessageBanner::Kind::Error);
    QVERIFY2(summary->text().contains("1 problem"_L1), qPrintable(summary->text()));
    QCOMPARE(result->topLevelItemCount(), 1);
    QCOMPARE(result->topLevelItem(0)->text(0), u"Problem"_s);
    QCOMPARE(result->topLevelItem(0)->text(1), u"orderId: /order/id is missing in the sample."_s);
    screenshot(u"generic-mapping-problem.png"_s);

    // Fixing the sample and testing again replaces the problem with the event.
    sample->setPlainText(u"{\"order\": {\"id\": \"1042\"}}"_s);
    QTest::keyClick(sample, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(summary->kind(), MessageBanner::Kind::Information);
    QCOMPARE(result->topLevelItem(0)->text(1), u"Order 1042"_s);
}

void tst_GenericMappingEditor::statusWord_addedByKeyboard_changesTheResult()
{
    m_editor->setOptions({{u"mapping"_s, QJsonObject{{u"orderId"_s, u"id"_s}, {u"orderStatus"_s, u"state"_s}}},
                          {u"statusMap"_s, QJsonObject()}});
    auto *statusMap = child<QTableWidget>(*m_editor, u"statusMapTable"_s);
    auto *sample = child<QPlainTextEdit>(*m_editor, u"sampleEdit"_s);
    auto *result = child<QTreeWidget>(*m_editor, u"resultTree"_s);
    QCOMPARE(statusMap->rowCount(), 0);

    sample->setPlainText(u"{\"id\": \"7\", \"state\": \"Sent off\"}"_s);
    QTest::keyClick(sample, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(shown(result->topLevelItem(0), u"Order status"_s), u"Unknown (their word: Sent off)"_s);

    // Insert adds a word and opens it for typing; the meaning defaults to "shipped".
    statusMap->setFocus();
    QTest::keyClick(statusMap, Qt::Key_Insert);
    QCOMPARE(statusMap->rowCount(), 1);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, u"sent OFF"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(statusMap->item(0, 0)->text(), u"sent OFF"_s);
    QCOMPARE(m_editor->options().value("statusMap"_L1).toObject().value("sent OFF"_L1).toString(), u"shipped"_s);

    // Choose another meaning from the list with the keyboard.
    statusMap->setCurrentCell(0, 1);
    QTest::keyClick(statusMap, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(u"delivered"_s));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(statusMap->item(0, 1)->text(), u"delivered"_s);
    QCOMPARE(m_editor->options().value("statusMap"_L1).toObject().value("sent OFF"_L1).toString(), u"delivered"_s);

    QTest::keyClick(sample, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(shown(result->topLevelItem(0), u"Order status"_s), u"Delivered (their word: Sent off)"_s);
}

void tst_GenericMappingEditor::removeWord_deleteKey_dropsItFromOptions()
{
    m_editor->setOptions({{u"preset"_s, u"googlesheets"_s}});
    auto *statusMap = child<QTableWidget>(*m_editor, u"statusMapTable"_s);
    const int before = statusMap->rowCount();
    QVERIFY(before > 1);
    QSignalSpy changed(m_editor.get(), &GenericMappingEditor::changed);
    statusMap->setFocus();
    statusMap->setCurrentCell(0, 0);
    const QString word = statusMap->item(0, 0)->text();
    QTest::keyClick(statusMap, Qt::Key_Delete);
    QCOMPARE(statusMap->rowCount(), before - 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_editor->options().value("statusMap"_L1).toObject().contains(word));
}

void tst_GenericMappingEditor::labels_haveBuddies_buttonsHaveMnemonics()
{
    int withMnemonic = 0;
    for (const QLabel *label : m_editor->findChildren<QLabel *>()) {
        if (label->text().contains(u'&')) {
            ++withMnemonic;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }
    QCOMPARE(withMnemonic, 4);
    for (const QPushButton *button : m_editor->findChildren<QPushButton *>()) {
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
}

QTEST_MAIN(tst_GenericMappingEditor)
#include "tst_genericmappingeditor.moc"
