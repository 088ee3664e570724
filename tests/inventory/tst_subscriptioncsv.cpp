#include "inventory/subscriptioncsv.h"

#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

class TestSubscriptionCsv final : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void badLines_areNamed_andTheRestKept();
    void withoutRequiredColumns_nothingIsRead_data();
    void withoutRequiredColumns_nothingIsRead();
    void quotedFields_holdSeparatorsQuotesAndLineBreaks();
    void subscribedAt_isRead_andABadDateIsNamed();
    void rowLimit_isNamed();
};

void TestSubscriptionCsv::reads_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected"); // "sku email name language" per row

    QTest::newRow("comma, lower case") << QByteArray("sku,email,name\nMUG-01,ann@example.com,Ann Lee\n")
                                       << QStringList{u"MUG-01 ann@example.com Ann Lee "_s};
    QTest::newRow("semicolon, other names and order, CRLF")
        << QByteArray("E-Mail;Customer Name;Variant SKU;Locale\r\nbo@example.de;Bo;TEE-M;de-AT\r\n")
        << QStringList{u"TEE-M bo@example.de Bo de"_s};
    QTest::newRow("tab separated, byte order mark")
        << QByteArray("\xef\xbb\xbfSKU\tEmail Address\nCAP\tcy@example.fr\n") << QStringList{u"CAP cy@example.fr  "_s};
    QTest::newRow("blank lines and spaces are skipped")
        << QByteArray("sku,email\n\n  MUG-01 , dee@example.com \n\n") << QStringList{u"MUG-01 dee@example.com  "_s};
    QTest::newRow("file order kept") << QByteArray("sku,email\nA,1@example.com\nB,2@example.com\nA,3@example.com\n")
                                     << QStringList{u"A 1@example.com  "_s, u"B 2@example.com  "_s,
                                                    u"A 3@example.com  "_s};
}

void TestSubscriptionCsv::reads()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    const SubscriptionCsv parsed = parseSubscriptionCsv(csv);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
    QStringList rows;
    for (const StockSubscription &row : parsed.rows) {
        rows.append(QStringList{row.sku, row.email, row.name, row.language}.join(u' '));
    }
    QCOMPARE(rows, expected);
}

void TestSubscriptionCsv::badLines_areNamed_andTheRestKept()
{
    const SubscriptionCsv parsed = parseSubscriptionCsv("sku,email\n"
                                                        "MUG-01,ann@example.com\n"
                                                        ",bo@example.com\n"
                                                        "MUG-01,not an address\n"
                                                        "MUG-01,<x@evil>\r\nInjected: yes\n"
                                                        "TEE,cy@example.com\n");
    QCOMPARE(parsed.rows.size(), 2);
    QCOMPARE(parsed.rows.at(0).email, u"ann@example.com"_s);
    QCOMPARE(parsed.rows.at(1).email, u"cy@example.com"_s);
    QCOMPARE(parsed.problems.size(), 4);
    QVERIFY(parsed.problems.at(0).startsWith(u"Line 3:"_s));
    QVERIFY(parsed.problems.at(0).contains(u"SKU"_s));
    QVERIFY(parsed.problems.at(1).startsWith(u"Line 4:"_s));
    QVERIFY(parsed.problems.at(1).contains(u"not an email address"_s));
    QVERIFY(parsed.problems.at(2).startsWith(u"Line 5:"_s));
    QVERIFY(parsed.problems.at(3).startsWith(u"Line 6:"_s)); // "Injected: yes" names no SKU column value
}

void TestSubscriptionCsv::withoutRequiredColumns_nothingIsRead_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no header, data first") << QByteArray("MUG-01,ann@example.com\n");
    QTest::newRow("no email column") << QByteArray("sku,name\nMUG-01,Ann\n");
}

void TestSubscriptionCsv::withoutRequiredColumns_nothingIsRead()
{
    QFETCH(QByteArray, csv);
    const SubscriptionCsv parsed = parseSubscriptionCsv(csv);
    QVERIFY(parsed.rows.isEmpty());
    QCOMPARE(parsed.problems.size(), 1);
}

void TestSubscriptionCsv::quotedFields_holdSeparatorsQuotesAndLineBreaks()
{
    const SubscriptionCsv parsed = parseSubscriptionCsv("name,sku,email\n"
                                                        "\"Lee, Ann \"\"Annie\"\"\",MUG-01,ann@example.com\n"
                                                        "\"Two\nlines\",TEE,bo@example.com\n"
                                                        ",CAP,\n");
    QCOMPARE(parsed.rows.size(), 2);
    QCOMPARE(parsed.rows.at(0).name, u"Lee, Ann \"Annie\""_s);
    QCOMPARE(parsed.rows.at(1).name, u"Two\nlines"_s);
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY2(parsed.problems.constFirst().startsWith(u"Line 5:"_s), qPrintable(parsed.problems.constFirst()));
}

void TestSubscriptionCsv::subscribedAt_isRead_andABadDateIsNamed()
{
    const SubscriptionCsv parsed = parseSubscriptionCsv("sku,email,subscribed_at\n"
                                                        "MUG-01,ann@example.com,2026-11-02T09:15:00+01:00\n"
                                                        "MUG-01,bo@example.com,2026-11-03\n"
                                                        "MUG-01,cy@example.com,yesterday\n");
    QCOMPARE(parsed.rows.size(), 3);
    QCOMPARE(parsed.rows.at(0).subscribedAt, QDateTime(QDate(2026, 11, 2), QTime(8, 15), Qt::UTC));
    QCOMPARE(parsed.rows.at(1).subscribedAt, QDateTime(QDate(2026, 11, 3), QTime(0, 0), Qt::UTC));
    QVERIFY(!parsed.rows.at(2).subscribedAt.isValid());
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY(parsed.problems.constFirst().contains(u"yesterday"_s));
}

void TestSubscriptionCsv::rowLimit_isNamed()
{
    QByteArray csv = "sku,email\n";
    for (int i = 0; i < 5; ++i) {
        csv += "MUG-01,c" + QByteArray::number(i) + "@example.com\n";
    }
    const SubscriptionCsv exact = parseSubscriptionCsv(csv, 5);
    QCOMPARE(exact.rows.size(), 5);
    QVERIFY(exact.problems.isEmpty());
    const SubscriptionCsv over = parseSubscriptionCsv(csv, 3);
    QCOMPARE(over.rows.size(), 3);
    QCOMPARE(over.problems.size(), 1);
    QVERIFY(over.problems.constFirst().contains(u"3"_s));
}

QTEST_APPLESS_MAIN(TestSubscriptionCsv)
#include "tst_subscriptioncsv.moc"
