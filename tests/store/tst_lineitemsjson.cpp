#include "store/lineitemsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

// The form earlier versions stored, built by Qt's JSON classes: rows written before and after read alike.
QJsonArray referenceArray(const QList<LineItem> &items)
{
    QJsonArray array;
    for (const LineItem &item : items) {
        array.append(QJsonObject{
            {u"sku"_s, item.sku}, {u"name"_s, item.name}, {u"quantity"_s, item.quantity}, {u"price"_s, item.price}});
    }
    return array;
}

} // namespace

class TestLineItemsJson : public QObject
{
    Q_OBJECT

private slots:

    void writesTheStoredForm_data()
    {
        QTest::addColumn<QList<LineItem>>("items");

        QTest::newRow("no items") << QList<LineItem>{};
        QTest::newRow("one item") << QList<LineItem>{{u"TSH-ORG-GRN-M"_s, u"Organic tee"_s, 2, u"24.00"_s}};
        QTest::newRow("no SKU, no price") << QList<LineItem>{{QString(), u"Gift wrap"_s, 1, QString()}};
        QTest::newRow("quotes and backslashes") << QList<LineItem>{{u"A\\B"_s, u"The \"Big\" mug"_s, 1, u"9.5"_s}};
        QTest::newRow("line breaks, tabs, control characters")
            << QList<LineItem>{{u"X"_s, u"Line one\nline two\ttab\r\u0001\u001f"_s, 3, u"1"_s}};
        QTest::newRow("beyond ASCII") << QList<LineItem>{{u"ÄÖÜ"_s, u"Café crème 🎉 日本"_s, 1, u"1.000"_s}};
        QTest::newRow("zero and negative quantities")
            << QList<LineItem>{{u"A"_s, u"Refunded"_s, 0, u"0"_s}, {u"B"_s, u"Returned"_s, -2, u"-4.00"_s}};
        QList<LineItem> many;
        for (int i = 0; i < 40; ++i) {
            many.append({u"SKU-%1"_s.arg(i), u"Item %1"_s.arg(i), i + 1, u"%1.99"_s.arg(i)});
        }
        QTest::newRow("forty items") << many;
    }

    void writesTheStoredForm()
    {
        QFETCH(QList<LineItem>, items);

        const QByteArray text = lineItemsToJson(items);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + u": "_s + QString::fromUtf8(text)));
        QVERIFY(parsed.isArray());
        QCOMPARE(parsed.array(), referenceArray(items));

        // Read back, written either way.
        const QString written = QString::fromUtf8(text);
        const QString reference = QString::fromUtf8(QJsonDocument(referenceArray(items)).toJson());
        for (const QString &json : {written, reference}) {
            const QList<LineItem> read = lineItemsFromJson(json);
            QCOMPARE(read.size(), items.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                QCOMPARE(read.at(i).sku, items.at(i).sku.isNull() ? u""_s : items.at(i).sku);
                QCOMPARE(read.at(i).name, items.at(i).name);
                QCOMPARE(read.at(i).quantity, items.at(i).quantity);
                QCOMPARE(read.at(i).price, items.at(i).price.isNull() ? u""_s : items.at(i).price);
            }
        }
    }

    void readsNothingFromWhatIsNotAList_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("empty") << QString();
        QTest::newRow("not JSON") << u"[{"_s;
        QTest::newRow("an object") << u"{\"sku\":\"A\"}"_s;
    }

    void readsNothingFromWhatIsNotAList()
    {
        QFETCH(QString, json);
        QVERIFY(lineItemsFromJson(json).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLineItemsJson)
#include "tst_lineitemsjson.moc"
