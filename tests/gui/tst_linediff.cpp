#include "templates/linediff.h"

#include <QTest>

using namespace Tidings::Ui;
using namespace Qt::StringLiterals;

// The History dialog's line diff: which lines are gone from the left and new on the right.
class tst_LineDiff final : public QObject
{
    Q_OBJECT

private slots:
    void diffLines_data();
    void diffLines();
};

void tst_LineDiff::diffLines_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QList<int>>("removed");
    QTest::addColumn<QList<int>>("added");

    QTest::newRow("same") << u"a\nb\nc"_s << u"a\nb\nc"_s << QList<int>{} << QList<int>{};
    QTest::newRow("one line changed") << u"a\nb\nc"_s << u"a\nB\nc"_s << QList<int>{1} << QList<int>{1};
    QTest::newRow("line added in the middle") << u"a\nc"_s << u"a\nb\nc"_s << QList<int>{} << QList<int>{1};
    QTest::newRow("line removed at the end") << u"a\nb\nc"_s << u"a\nb"_s << QList<int>{2} << QList<int>{};
    QTest::newRow("first line removed") << u"x\na\nb"_s << u"a\nb"_s << QList<int>{0} << QList<int>{};
    QTest::newRow("from empty") << QString() << u"a\nb"_s << QList<int>{0} << QList<int>{0, 1};
    QTest::newRow("moved line") << u"a\nb\nc\nd"_s << u"b\nc\na\nd"_s << QList<int>{0} << QList<int>{2};
    QTest::newRow("spaces count") << u"a\n b"_s << u"a\nb"_s << QList<int>{1} << QList<int>{1};
    QTest::newRow("repeated lines") << u"x\nx\nx"_s << u"x\ny\nx\nx"_s << QList<int>{} << QList<int>{1};
}

void tst_LineDiff::diffLines()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QList<int>, removed);
    QFETCH(QList<int>, added);
    const LineDiff diff = Tidings::Ui::diffLines(left, right);
    QCOMPARE(diff.removedLines, removed);
    QCOMPARE(diff.addedLines, added);
    QCOMPARE(diff.isEmpty(), removed.isEmpty() && added.isEmpty());
}

QTEST_GUILESS_MAIN(tst_LineDiff)
#include "tst_linediff.moc"
