#include "sources/batcheventid.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

class TestBatchEventId final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchEventId_cases_data();
    void batchEventId_cases();
    void batchEventId_orderDoesNotMatter();
};

void TestBatchEventId::batchEventId_cases_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("expected");

    const QString twoIds =
        u"batch:"_s + QString::fromLatin1(QCryptographicHash::hash("1001\n1002", QCryptographicHash::Sha256).toHex());
    QTest::newRow("none") << QStringList{} << QString();
    QTest::newRow("only empty ids") << QStringList{QString(), u""_s} << QString();
    QTest::newRow("one id is itself") << QStringList{u"04l5e00000Gx7QzAAJ"_s} << u"04l5e00000Gx7QzAAJ"_s;
    QTest::newRow("one id, repeated") << QStringList{u"7"_s, u"7"_s} << u"7"_s;
    QTest::newRow("two ids") << QStringList{u"1001"_s, u"1002"_s} << twoIds;
    QTest::newRow("two ids, an empty one ignored") << QStringList{u"1002"_s, QString(), u"1001"_s} << twoIds;
    QTest::newRow("two ids, a repeat ignored") << QStringList{u"1002"_s, u"1001"_s, u"1002"_s} << twoIds;
}

void TestBatchEventId::batchEventId_cases()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, expected);

    QCOMPARE(batchEventId(ids), expected);
}

void TestBatchEventId::batchEventId_orderDoesNotMatter()
{
    const QString forward = batchEventId({u"a"_s, u"b"_s, u"c"_s});
    QCOMPARE(batchEventId({u"c"_s, u"a"_s, u"b"_s}), forward);
    QVERIFY(forward.startsWith(u"batch:"_s));
    QVERIFY(batchEventId({u"a"_s, u"b"_s}) != forward);
}

QTEST_APPLESS_MAIN(TestBatchEventId)

#include "tst_batcheventid.moc"
