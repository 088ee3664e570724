#include "monitor/csvexport.h"

#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using Tidings::Ui::CsvExport;

// The Monitor's CSV: RFC 4180 quoting, and no formula a spreadsheet would run from a customer's data.
class TestCsvExport final : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void fromModel_headerThenRows_chosenColumnsInOrder();
};

void TestCsvExport::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Jane Doe"_s << u"Jane Doe"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Doe, Jane"_s << u"\"Doe, Jane\""_s;
    QTest::newRow("quote") << u"The \"Big\" Shop"_s << u"\"The \"\"Big\"\" Shop\""_s;
    QTest::newRow("line break") << u"line one\nline two"_s << u"\"line one\nline two\""_s;
    QTest::newRow("formula") << u"=HYPERLINK(\"http://x.example\")"_s << u"\"'=HYPERLINK(\"\"http://x.example\"\")\""_s;
    QTest::newRow("plus") << u"+1 555 0100"_s << u"'+1 555 0100"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab first") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("accents") << u"Müller & Söhne"_s << u"Müller & Söhne"_s;
}

void TestCsvExport::field()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CsvExport::field(text), expected);
}

void TestCsvExport::fromModel_headerThenRows_chosenColumnsInOrder()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({u"Order"_s, u"Customer"_s, u"Status"_s});
    model.setItem(0, 0, new QStandardItem(u"#1001"_s));
    model.setItem(0, 1, new QStandardItem(u"Zoë, Ltd"_s));
    model.setItem(0, 2, new QStandardItem(u"Sent"_s));
    model.setItem(1, 0, new QStandardItem(u"#1002"_s));
    model.setItem(1, 1, new QStandardItem(u"=cmd"_s));
    model.setItem(1, 2, new QStandardItem(u"Failed"_s));
    const QByteArray csv = CsvExport::fromModel(model, {2, 0, 1}); // as the table shows them, moved
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(csv.mid(3)),
             u"Status,Order,Customer\r\nSent,#1001,\"Zoë, Ltd\"\r\nFailed,#1002,'=cmd\r\n"_s);
    // No rows: the header alone (QStandardItemModel numbers unnamed columns).
    QCOMPARE(CsvExport::fromModel(QStandardItemModel(0, 2), {0, 1}), QByteArray("\xEF\xBB\xBF"
                                                                                "1,2\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
