#include "inventory/stockpolicy.h"

#include <QTest>

#include <limits>

using namespace Tidings;
using namespace Qt::StringLiterals;

// A sequence of quantities (NoQuantity: the platform gives none, only `reported`) is run through StockPolicy::apply
// from an unknown product; each step's triggers are written as "L" (low), "O" (out), "B" (back in stock),
// joined per step with "|", e.g. "|L||O|B".
namespace {

constexpr int NoQuantity = std::numeric_limits<int>::min();

QString run(const QList<int> &quantities, int threshold, StockStatus reported = StockStatus::Unknown)
{
    ProductStock stock;
    QStringList steps;
    for (const int quantity : quantities) {
        const std::optional<qint64> available = quantity == NoQuantity ? std::nullopt : std::optional<qint64>(quantity);
        const StockTransition transition = StockPolicy::apply(stock, available, reported, threshold);
        QString step;
        for (const QString &trigger : transition.triggers) {
            step += trigger == u"stock.status:low_stock"       ? u"L"_s
                    : trigger == u"stock.status:out_of_stock"  ? u"O"_s
                    : trigger == u"stock.status:back_in_stock" ? u"B"_s
                                                               : u"?"_s;
        }
        steps.append(step);
        stock = transition.after;
    }
    return steps.join(u'|');
}

} // namespace

class TestStockPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void levelOf_data();
    void levelOf();
    void crossings_data();
    void crossings();
    void withoutQuantity_followsThePlatform_data();
    void withoutQuantity_followsThePlatform();
    void restocked_onlyFromOutOfStock();
    void alertNames_roundTrip();
};

void TestStockPolicy::levelOf_data()
{
    QTest::addColumn<int>("available"); // NoQuantity: none given
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("reported");
    QTest::addColumn<int>("expected");

    const auto s = [](StockStatus status) { return int(status); };
    QTest::newRow("plenty") << 20 << 5 << s(StockStatus::Unknown) << s(StockStatus::InStock);
    QTest::newRow("at the threshold is low") << 5 << 5 << s(StockStatus::Unknown) << s(StockStatus::LowStock);
    QTest::newRow("one above") << 6 << 5 << s(StockStatus::Unknown) << s(StockStatus::InStock);
    QTest::newRow("zero is out") << 0 << 5 << s(StockStatus::InStock) << s(StockStatus::OutOfStock);
    QTest::newRow("oversold is out") << -3 << 5 << s(StockStatus::InStock) << s(StockStatus::OutOfStock);
    QTest::newRow("threshold 0: one is in stock") << 1 << 0 << s(StockStatus::Unknown) << s(StockStatus::InStock);
    QTest::newRow("no quantity: platform's word")
        << NoQuantity << 5 << s(StockStatus::OutOfStock) << s(StockStatus::OutOfStock);
    QTest::newRow("back in stock counts as in stock")
        << NoQuantity << 5 << s(StockStatus::BackInStock) << s(StockStatus::InStock);
    QTest::newRow("nothing known") << NoQuantity << 5 << s(StockStatus::Unknown) << s(StockStatus::Unknown);
}

void TestStockPolicy::levelOf()
{
    QFETCH(int, available);
    QFETCH(int, threshold);
    QFETCH(int, reported);
    QFETCH(int, expected);
    const std::optional<qint64> quantity = available == NoQuantity ? std::nullopt : std::optional<qint64>(available);
    QCOMPARE(int(StockPolicy::levelOf(quantity, threshold, StockStatus(reported))), expected);
}

void TestStockPolicy::crossings_data()
{
    QTest::addColumn<QList<int>>("quantities");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QString>("expected");

    QTest::newRow("selling down past the threshold alerts once") << QList<int>{20, 9, 6, 5, 4, 3} << 5 << u"|||L||"_s;
    QTest::newRow("then out of stock is told too") << QList<int>{20, 5, 2, 0} << 5 << u"|L||O"_s;
    QTest::newRow("straight from plenty to none tells only out") << QList<int>{20, 0} << 5 << u"|O"_s;
    // Orders and returns around the threshold: one alert, not one per update.
    QTest::newRow("noisy around the threshold") << QList<int>{8, 5, 6, 5, 6, 5, 4, 5, 6, 5} << 5 << u"|L||||||||"_s;
    // Re-armed only above threshold + a fifth (at least one): 5 + 1 = 6, so 7 re-arms.
    QTest::newRow("a real restock re-arms") << QList<int>{8, 5, 7, 5} << 5 << u"|L||L"_s;
    QTest::newRow("threshold 20: margin 4") << QList<int>{30, 20, 24, 20, 25, 20} << 20 << u"|L||||L"_s;
    QTest::newRow("out, a return of one, out again: told once") << QList<int>{3, 0, 1, 0, 1, 0} << 5 << u"L|O|B||B|"_s;
    QTest::newRow("restocked after out, then sold out again") << QList<int>{0, 30, 0} << 5 << u"O|B|O"_s;
    QTest::newRow("oversold (negative) is out") << QList<int>{10, -2} << 5 << u"|O"_s;
}

void TestStockPolicy::crossings()
{
    QFETCH(QList<int>, quantities);
    QFETCH(int, threshold);
    QFETCH(QString, expected);
    QCOMPARE(run(quantities, threshold), expected);
}

void TestStockPolicy::withoutQuantity_followsThePlatform_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("expected");

    const auto s = [](StockStatus status) { return int(status); };
    QTest::newRow("out, then in") << QList<int>{s(StockStatus::InStock), s(StockStatus::OutOfStock),
                                                s(StockStatus::InStock)}
                                  << u"|O|B"_s;
    QTest::newRow("out twice tells once")
        << QList<int>{s(StockStatus::OutOfStock), s(StockStatus::OutOfStock)} << u"O|"_s;
    QTest::newRow("back in stock word") << QList<int>{s(StockStatus::OutOfStock), s(StockStatus::BackInStock)}
                                        << u"O|B"_s;
    QTest::newRow("unknown keeps the level")
        << QList<int>{s(StockStatus::OutOfStock), s(StockStatus::Unknown), s(StockStatus::OutOfStock)} << u"O||"_s;
}

void TestStockPolicy::withoutQuantity_followsThePlatform()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, expected);
    ProductStock stock;
    QStringList steps;
    for (const int status : statuses) {
        const StockTransition transition = StockPolicy::apply(stock, std::nullopt, StockStatus(status), 5);
        QString step;
        for (const QString &trigger : transition.triggers) {
            step += trigger.endsWith(u"out_of_stock") ? u"O"_s : trigger.endsWith(u"back_in_stock") ? u"B"_s : u"L"_s;
        }
        steps.append(step);
        stock = transition.after;
    }
    QCOMPARE(steps.join(u'|'), expected);
}

void TestStockPolicy::restocked_onlyFromOutOfStock()
{
    ProductStock low;
    low.available = 2;
    low.status = StockStatus::LowStock;
    QVERIFY(!StockPolicy::apply(low, 40, StockStatus::Unknown, 5).restocked);
    ProductStock out;
    out.available = 0;
    out.status = StockStatus::OutOfStock;
    out.alert = StockAlert::Out;
    const StockTransition back = StockPolicy::apply(out, 40, StockStatus::Unknown, 5);
    QVERIFY(back.restocked);
    QCOMPARE(back.after.alert, StockAlert::None);
    QCOMPARE(back.after.available, std::optional<qint64>(40));
}

void TestStockPolicy::alertNames_roundTrip()
{
    for (const StockAlert alert : {StockAlert::None, StockAlert::Low, StockAlert::Out}) {
        QCOMPARE(stockAlertFromName(toName(alert)), alert);
    }
    QCOMPARE(stockAlertFromName(u"nonsense"), StockAlert::None);
}

QTEST_APPLESS_MAIN(TestStockPolicy)
#include "tst_stockpolicy.moc"
