#include "templates/smssegments.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Tidings {

class TestSmsSegments final : public QObject
{
    Q_OBJECT

private slots:

    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("gsm");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("unitsLeft");

        const QString a(u'a');
        const QString zhe(u'ж');
        const QString grin = u"😀"_s;
        QTest::newRow("empty") << QString() << true << 0 << 0 << 0 << 160;
        QTest::newRow("short") << u"Hello"_s << true << 5 << 5 << 1 << 155;
        QTest::newRow("exactly 160") << a.repeated(160) << true << 160 << 160 << 1 << 0;
        QTest::newRow("161 needs two parts of 153") << a.repeated(161) << true << 161 << 161 << 2 << 145;
        QTest::newRow("306 fills two parts") << a.repeated(306) << true << 306 << 306 << 2 << 0;
        QTest::newRow("307 needs three") << a.repeated(307) << true << 307 << 307 << 3 << 152;
        QTest::newRow("euro counts two") << u"€"_s << true << 2 << 1 << 1 << 158;
        QTest::newRow("80 euros fill one") << u"€"_s.repeated(80) << true << 160 << 80 << 1 << 0;
        QTest::newRow("81 euros need two") << u"€"_s.repeated(81) << true << 162 << 81 << 2 << 143;
        QTest::newRow("extension table") << u"^{}[]~|\\"_s << true << 16 << 8 << 1 << 144;
        QTest::newRow("extension char not split")
            << a.repeated(152) + u"€"_s + a.repeated(152) << true << 306 << 305 << 3 << 152;
        QTest::newRow("accents in the alphabet") << u"Café Müller, Niño, Søren"_s << true << 24 << 24 << 1 << 136;
        QTest::newRow("newline") << u"a\nb"_s << true << 3 << 3 << 1 << 157;
        QTest::newRow("circumflex is not GSM") << u"crêpe"_s << false << 5 << 5 << 1 << 65;
        QTest::newRow("backtick is not GSM") << u"`"_s << false << 1 << 1 << 1 << 69;
        QTest::newRow("curly quotes") << u"“Hi”"_s << false << 4 << 4 << 1 << 66;
        QTest::newRow("emoji is a surrogate pair") << u"Hi "_s + grin << false << 5 << 4 << 1 << 65;
        QTest::newRow("exactly 70 UCS-2") << zhe.repeated(70) << false << 70 << 70 << 1 << 0;
        QTest::newRow("71 UCS-2 needs two parts of 67") << zhe.repeated(71) << false << 71 << 71 << 2 << 63;
        QTest::newRow("euro in UCS-2 counts one") << u"€ж"_s << false << 2 << 2 << 1 << 68;
        QTest::newRow("surrogate pair not split")
            << zhe.repeated(66) + grin + zhe.repeated(66) << false << 134 << 133 << 3 << 66;
        QTest::newRow("Chinese") << u"您的订单已发货"_s << false << 7 << 7 << 1 << 63;
        QTest::newRow("Arabic") << u"طلبك في الطريق"_s << false << 14 << 14 << 1 << 56;
    }

    void count()
    {
        QFETCH(QString, text);
        QFETCH(bool, gsm);
        QFETCH(int, units);
        QFETCH(int, characters);
        QFETCH(int, segments);
        QFETCH(int, unitsLeft);

        const SmsSegments result = SmsSegments::count(text);
        QCOMPARE(result.encoding == SmsSegments::Encoding::Gsm7, gsm);
        QCOMPARE(result.units, units);
        QCOMPARE(result.characters, characters);
        QCOMPARE(result.segments, segments);
        QCOMPARE(result.unitsLeft, unitsLeft);
        QCOMPARE(result.firstNonGsm.isEmpty(), gsm);
    }

    void namesTheCharacterThatForcesUcs2()
    {
        QCOMPARE(SmsSegments::count(u"Your order “#1042” shipped"_s).firstNonGsm, u"“"_s);
        QCOMPARE(SmsSegments::count(u"ok 😀"_s).firstNonGsm, u"😀"_s);
    }

    void perSegmentFollowsTheCount()
    {
        QCOMPARE(SmsSegments::count(u"a"_s).unitsPerSegment, 160);
        QCOMPARE(SmsSegments::count(QString(161, u'a')).unitsPerSegment, 153);
        QCOMPARE(SmsSegments::count(u"ж"_s).unitsPerSegment, 70);
        QCOMPARE(SmsSegments::count(QString(71, u'ж')).unitsPerSegment, 67);
    }
};

} // namespace Tidings

QTEST_GUILESS_MAIN(Tidings::TestSmsSegments)
#include "tst_smssegments.moc"
