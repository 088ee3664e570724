#include "store/database.h"
#include "store/inventoryqueries.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

class TestInventoryQueries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void threshold_ownOrTheShops_reEvaluatesTheLevel();
    void threshold_belowZeroIsRefused();
    void unknownProduct_isNamed();
    void import_keepsOneWaitPerCustomer_andListsNewProducts();

private:
    void product(const QString &key, const QString &name, std::optional<qint64> available, const QString &status);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<InventoryQueries> m_inventory;
};

void TestInventoryQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path(), u"gui"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    m_inventory = std::make_unique<InventoryQueries>(m_db->handle());
    product(u"MUG-01"_s, u"Enamel mug"_s, 12, u"in_stock"_s);
    product(u"MUG-02"_s, u"Travel mug"_s, 4, u"low_stock"_s);
    product(u"TEE_M"_s, u"Organic tee 100%"_s, std::nullopt, u"out_of_stock"_s);
}

void TestInventoryQueries::cleanup()
{
    m_inventory.reset();
    m_db.reset();
    m_dir.reset();
}

void TestInventoryQueries::product(const QString &key, const QString &name, std::optional<qint64> available,
                                   const QString &status)
{
    QSqlQuery q(m_db->handle());
    q.prepare(
        u"INSERT INTO products(product_key, sku, name, available, status, updated_at) VALUES(?, ?, ?, ?, ?, 1)"_s);
    q.addBindValue(key);
    q.addBindValue(key);
    q.addBindValue(name);
    q.addBindValue(available ? QVariant(*available) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(status);
    QVERIFY(q.exec());
}

void TestInventoryQueries::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("everything, by SKU") << QString() << QStringList{u"MUG-01"_s, u"MUG-02"_s, u"TEE_M"_s};
    QTest::newRow("by SKU, any case") << u"mug-0"_s << QStringList{u"MUG-01"_s, u"MUG-02"_s};
    QTest::newRow("by name") << u"travel"_s << QStringList{u"MUG-02"_s};
    QTest::newRow("percent is a character") << u"100%"_s << QStringList{u"TEE_M"_s};
    QTest::newRow("underscore is a character") << u"E_M"_s << QStringList{u"TEE_M"_s};
    QTest::newRow("nothing") << u"scarf"_s << QStringList{};
}

void TestInventoryQueries::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, keys);
    auto rows = m_inventory->products(search);
    QVERIFY(rows.ok());
    QStringList found;
    for (const ProductRow &row : *rows) {
        found.append(row.key);
    }
    QCOMPARE(found, keys);
}

void TestInventoryQueries::threshold_ownOrTheShops_reEvaluatesTheLevel()
{
    QCOMPARE(*m_inventory->defaultThreshold(), StockPolicy::DefaultThreshold);
    // The shop's threshold rises to 12: the 12 enamel mugs are low now.
    QVERIFY(m_inventory->setDefaultThreshold(12).ok());
    QCOMPARE(*m_inventory->defaultThreshold(), 12);
    auto mug = m_inventory->product(u"MUG-01"_s);
    QCOMPARE(mug->status, StockStatus::LowStock);
    QCOMPARE(mug->effectiveThreshold, 12);
    QVERIFY(!mug->threshold.has_value());

    // Its own threshold of 3 wins: in stock again; the shop's threshold no longer moves it.
    QVERIFY(m_inventory->setThreshold(u"MUG-01"_s, 3).ok());
    mug = m_inventory->product(u"MUG-01"_s);
    QCOMPARE(mug->threshold, std::optional<int>(3));
    QCOMPARE(mug->effectiveThreshold, 3);
    QCOMPARE(mug->status, StockStatus::InStock);
    QVERIFY(m_inventory->setDefaultThreshold(20).ok());
    QCOMPARE(m_inventory->product(u"MUG-01"_s)->status, StockStatus::InStock);

    // Back to the shop's (20): low.
    QVERIFY(m_inventory->setThreshold(u"MUG-01"_s, std::nullopt).ok());
    QCOMPARE(m_inventory->product(u"MUG-01"_s)->status, StockStatus::LowStock);
    // A product without a quantity keeps the platform's word.
    QVERIFY(m_inventory->setThreshold(u"TEE_M"_s, 1).ok());
    QCOMPARE(m_inventory->product(u"TEE_M"_s)->status, StockStatus::OutOfStock);
}

void TestInventoryQueries::threshold_belowZeroIsRefused()
{
    const Status own = m_inventory->setThreshold(u"MUG-01"_s, -1);
    QVERIFY(!own.ok());
    QCOMPARE(own.error().code, ErrorCode::InvalidInput);
    QVERIFY(!m_inventory->setDefaultThreshold(-5).ok());
    QCOMPARE(*m_inventory->defaultThreshold(), StockPolicy::DefaultThreshold);
}

void TestInventoryQueries::unknownProduct_isNamed()
{
    const auto missing = m_inventory->product(u"NOPE"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(u"NOPE"_s));
    QCOMPARE(m_inventory->setThreshold(u"NOPE"_s, 2).error().code, ErrorCode::NotFound);
}

void TestInventoryQueries::import_keepsOneWaitPerCustomer_andListsNewProducts()
{
    const QDateTime now(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    auto first =
        m_inventory->importSubscriptions({StockSubscription{u"MUG-01"_s, u"ann@example.com"_s, u"Ann"_s, {}, {}},
                                          StockSubscription{u"SCARF"_s, u"bo@example.com"_s, {}, {}, {}}},
                                         now);
    QVERIFY(first.ok());
    QCOMPARE(first->added, 2);
    QCOMPARE(first->alreadyWaiting, 0);
    // The same customer again (another case) is one wait; a new one is added.
    auto second = m_inventory->importSubscriptions({StockSubscription{u"MUG-01"_s, u"ANN@example.com"_s, {}, {}, {}},
                                                    StockSubscription{u"MUG-01"_s, u"cy@example.com"_s, {}, {}, {}}},
                                                   now);
    QVERIFY(second.ok());
    QCOMPARE(second->added, 1);
    QCOMPARE(second->alreadyWaiting, 1);
    QCOMPARE(m_inventory->product(u"MUG-01"_s)->waiting, 2);
    // A product only waited for is listed, with nothing known of its stock.
    auto scarf = m_inventory->product(u"SCARF"_s);
    QVERIFY(scarf.ok());
    QCOMPARE(scarf->waiting, 1);
    QCOMPARE(scarf->status, StockStatus::Unknown);
    QVERIFY(!scarf->available.has_value());
    QVERIFY(!scarf->updatedAt.isValid());
    // In the file's order: each row a millisecond after the one before.
    QSqlQuery order(m_db->handle());
    QVERIFY(order.exec(u"SELECT email FROM stock_subscriptions WHERE product_key = 'MUG-01' ORDER BY subscribed_at"_s));
    QStringList emails;
    while (order.next()) {
        emails.append(order.value(0).toString());
    }
    QCOMPARE(emails, (QStringList{u"ann@example.com"_s, u"cy@example.com"_s}));
}

QTEST_GUILESS_MAIN(TestInventoryQueries)
#include "tst_inventoryqueries.moc"
