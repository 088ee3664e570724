#include "sources/sourceid.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tidings;

class tst_SourceId final : public QObject
{
    Q_OBJECT

private slots:
    void isValidSourceId_data();
    void isValidSourceId();
    void sourceIdFromName_data();
    void sourceIdFromName();
    void uniqueSourceId_data();
    void uniqueSourceId();
};

void tst_SourceId::isValidSourceId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters") << u"shop"_s << true;
    QTest::newRow("letters, digits, dashes") << u"juniper-pine-2"_s << true;
    QTest::newRow("starts with a digit") << u"2nd-shop"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("starts with a dash") << u"-shop"_s << false;
    QTest::newRow("upper case") << u"Shop"_s << false;
    QTest::newRow("underscore") << u"my_shop"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("space") << u"my shop"_s << false;
    QTest::newRow("accent") << u"café"_s << false;
    QTest::newRow("64 characters") << QString(64, u'a') << true;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
}

void tst_SourceId::isValidSourceId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(Tidings::isValidSourceId(id), valid);
}

void tst_SourceId::sourceIdFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("words and an ampersand") << u"Juniper & Pine"_s << u"juniper-pine"_s;
    QTest::newRow("accents dropped") << u"Café Nørd Ünïcode"_s << u"cafe-nord-unicode"_s;
    QTest::newRow("letters without a-z are dropped") << u"Shop 東京 Nord"_s << u"shop-nord"_s;
    QTest::newRow("spelled out") << u"Straße Æble"_s << u"strasse-aeble"_s;
    QTest::newRow("punctuation at the ends") << u"  --Shop!--  "_s << u"shop"_s;
    QTest::newRow("digits kept") << u"Shop 24/7"_s << u"shop-24-7"_s;
    QTest::newRow("nothing usable") << u"★★★"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("long is cut without a trailing dash") << QString(QString(63, u'a') + u" b"_s) << QString(63, u'a');
}

void tst_SourceId::sourceIdFromName()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    const QString made = Tidings::sourceIdFromName(name);
    QCOMPARE(made, id);
    QVERIFY(made.isEmpty() || Tidings::isValidSourceId(made));
}

void tst_SourceId::uniqueSourceId_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free") << u"shop"_s << QStringList{u"other"_s} << u"shop"_s;
    QTest::newRow("taken once") << u"shop"_s << QStringList{u"shop"_s} << u"shop-2"_s;
    QTest::newRow("taken twice") << u"shop"_s << QStringList{u"shop"_s, u"shop-2"_s} << u"shop-3"_s;
    QTest::newRow("long base is shortened")
        << QString(64, u'a') << QStringList{QString(64, u'a')} << QString(QString(62, u'a') + u"-2"_s);
}

void tst_SourceId::uniqueSourceId()
{
    QFETCH(QString, base);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    const QString unique = Tidings::uniqueSourceId(base, taken);
    QCOMPARE(unique, expected);
    QVERIFY(Tidings::isValidSourceId(unique));
}

QTEST_APPLESS_MAIN(tst_SourceId)

#include "tst_sourceid.moc"
