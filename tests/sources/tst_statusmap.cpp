#include "sources/statusmap.h"

#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

class TestStatusMap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookup_ownerEntries_data();
    void lookup_ownerEntries();
    void addFromOption_shapes_data();
    void addFromOption_shapes();
    void addFromOption_badValues_skippedAndReported();
    void defaults_ownerEntriesOverride();
    void resolve_firstCandidateWithEntryWins();
    void emptyMap_mapsNothing();
};

namespace {

QJsonObject ownerTable()
{
    return {{u"closedwon"_s, u"paid"_s},     {u"Shipped"_s, u"Shipped"_s},        {u"Closed  Won "_s, u"completed"_s},
            {u"12345678"_s, u"delivered"_s}, {u"Zurückgegeben"_s, u"refunded"_s}, {u"lost"_s, u"unknown"_s}};
}

} // namespace

void TestStatusMap::lookup_ownerEntries_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("found");
    QTest::addColumn<OrderStatus>("expected");

    QTest::newRow("exact") << u"closedwon"_s << true << OrderStatus::Paid;
    QTest::newRow("other case") << u"CLOSEDWON"_s << true << OrderStatus::Paid;
    QTest::newRow("value name in any case") << u"shipped"_s << true << OrderStatus::Shipped;
    QTest::newRow("surrounding spaces") << u"  Shipped\t"_s << true << OrderStatus::Shipped;
    QTest::newRow("inner spaces collapse") << u"closed won"_s << true << OrderStatus::Completed;
    QTest::newRow("numeric stage id") << u"12345678"_s << true << OrderStatus::Delivered;
    QTest::newRow("non-ASCII case folding") << u"ZURÜCKGEGEBEN"_s << true << OrderStatus::Refunded;
    QTest::newRow("explicit unknown") << u"Lost"_s << true << OrderStatus::Unknown;
    QTest::newRow("not in the table") << u"appointmentscheduled"_s << false << OrderStatus::Unknown;
    QTest::newRow("prefix only") << u"closed"_s << false << OrderStatus::Unknown;
    QTest::newRow("empty") << QString() << false << OrderStatus::Unknown;
}

void TestStatusMap::lookup_ownerEntries()
{
    QFETCH(QString, raw);
    QFETCH(bool, found);
    QFETCH(OrderStatus, expected);

    StatusMap map;
    map.addFromOption(ownerTable());
    QVERIFY2(map.problems().isEmpty(), qPrintable(map.problems().join(u"; "_s)));
    const auto status = map.lookup(raw);
    QCOMPARE(status.has_value(), found);
    QCOMPARE(status.value_or(OrderStatus::Unknown), expected);
    QCOMPARE(map.resolve({raw}), expected);
}

void TestStatusMap::addFromOption_shapes_data()
{
    QTest::addColumn<QJsonValue>("option");
    QTest::addColumn<qsizetype>("entries");
    QTest::addColumn<bool>("problem");

    QTest::newRow("object") << QJsonValue(QJsonObject{{u"Won"_s, u"paid"_s}}) << qsizetype(1) << false;
    QTest::newRow("JSON text of an object")
        << QJsonValue(uR"( {"Won": "paid", "Sent": "shipped"} )"_s) << qsizetype(2) << false;
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << qsizetype(0) << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qsizetype(0) << false;
    QTest::newRow("empty text") << QJsonValue(u"  "_s) << qsizetype(0) << false;
    QTest::newRow("text that is not JSON") << QJsonValue(u"Won=paid"_s) << qsizetype(0) << true;
    QTest::newRow("JSON array text") << QJsonValue(uR"(["paid"])"_s) << qsizetype(0) << true;
    QTest::newRow("number") << QJsonValue(3) << qsizetype(0) << true;
}

void TestStatusMap::addFromOption_shapes()
{
    QFETCH(QJsonValue, option);
    QFETCH(qsizetype, entries);
    QFETCH(bool, problem);

    StatusMap map;
    map.addFromOption(option);
    QCOMPARE(map.size(), entries);
    QCOMPARE(!map.problems().isEmpty(), problem);
}

void TestStatusMap::addFromOption_badValues_skippedAndReported()
{
    StatusMap map;
    map.addFromOption(
        QJsonObject{{u"Won"_s, u"paid"_s}, {u"Sent"_s, u"dispatched"_s}, {u"Gone"_s, 5}, {u" "_s, u"paid"_s}});
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.lookup(u"won"), std::optional(OrderStatus::Paid));
    QVERIFY(!map.lookup(u"Sent"));
    QVERIFY(!map.lookup(u"Gone"));
    QCOMPARE(map.problems().size(), 3);
    QVERIFY(map.problems().join(u'\n').contains(u"dispatched"_s));
}

void TestStatusMap::defaults_ownerEntriesOverride()
{
    StatusMap map{{u"Draft", OrderStatus::Pending}, {u"Activated", OrderStatus::Paid}};
    QCOMPARE(map.lookup(u"draft"), std::optional(OrderStatus::Pending));
    map.addFromOption(QJsonObject{{u"ACTIVATED"_s, u"shipped"_s}});
    QCOMPARE(map.lookup(u"Activated"), std::optional(OrderStatus::Shipped));
    QCOMPARE(map.lookup(u"Draft"), std::optional(OrderStatus::Pending));
    QCOMPARE(map.size(), 2);
}

void TestStatusMap::resolve_firstCandidateWithEntryWins()
{
    StatusMap map;
    map.addFromOption(QJsonObject{{u"Shipped"_s, u"shipped"_s}, {u"4"_s, u"delivered"_s}});
    QCOMPARE(map.resolve({u"Shipped"_s, u"4"_s}), OrderStatus::Shipped);
    QCOMPARE(map.resolve({u"Renamed stage"_s, u"4"_s}), OrderStatus::Delivered);
    QCOMPARE(map.resolve({QString(), u"4"_s}), OrderStatus::Delivered);
    QCOMPARE(map.resolve({u"Renamed stage"_s, u"5"_s}), OrderStatus::Unknown);
}

void TestStatusMap::emptyMap_mapsNothing()
{
    const StatusMap map;
    QVERIFY(map.isEmpty());
    QVERIFY(!map.lookup(u"paid"));
    QCOMPARE(map.resolve({u"paid"_s, u"shipped"_s}), OrderStatus::Unknown);
}

QTEST_APPLESS_MAIN(TestStatusMap)

#include "tst_statusmap.moc"
