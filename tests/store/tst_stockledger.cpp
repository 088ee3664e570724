#include "dispatch/clock.h"
#include "store/configrepository.h"
#include "store/database.h"
#include "store/ingestwriter.h"
#include "store/inventoryqueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

// Stock changes through the real ingest writer and store: products, alerts to staff once per crossing,
// back-in-stock messages to waiting customers, and orders held by a backorder.
namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

ChannelConfig channel(const QString &id, const QString &type)
{
    ChannelConfig c;
    c.id = id;
    c.type = type;
    return c;
}

QList<ChannelConfig> channels()
{
    return {channel(u"mail"_s, u"sendgrid"_s), channel(u"team"_s, u"slack"_s), channel(u"text"_s, u"twilio"_s)};
}

QList<RuleConfig> rules()
{
    QList<RuleConfig> all = defaultRules(u"mail"_s);
    all.append(RuleConfig{u"low"_s, u"stock.status:low_stock"_s, u"low_stock_chat"_s, u"team"_s, u"customer"_s, true});
    all.append(RuleConfig{u"out"_s, u"stock.status:out_of_stock"_s, u"out_of_stock"_s, u"mail"_s,
                          u"stock@shop.example"_s, true});
    return all;
}

StockChange level(const QString &sku, std::optional<qint64> available, int minute, const QString &location = u"main"_s)
{
    StockChange c;
    c.sourceId = u"shop"_s;
    c.sourceType = u"shopify"_s;
    c.productId = u"item-"_s + sku;
    c.sku = sku;
    c.productName = u"Enamel mug"_s;
    c.locationId = location;
    c.available = available;
    c.occurredAt = T0.addSecs(60 * minute);
    return c;
}

OrderEvent order(const QString &id, int minute, const QString &sku)
{
    OrderEvent e;
    e.sourceId = u"shop"_s;
    e.sourceType = u"shopify"_s;
    e.orderId = id;
    e.orderNumber = u"#"_s + id;
    e.customerName = u"Jane Doe"_s;
    e.customerEmail = u"jane@example.com"_s;
    e.orderStatus = OrderStatus::Paid;
    e.lineItems = {LineItem{sku, u"Enamel <b>mug</b>"_s, 2, u"9.00"_s}, LineItem{u"TEE"_s, u"Tee"_s, 1, u"15.00"_s}};
    e.occurredAt = T0.addSecs(60 * minute);
    return e;
}

} // namespace

class TestStockLedger final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restock_tellsWaitingCustomersOnce_inOrder_withinTheQuantity();
    void restock_withoutQuantity_usesTheShopsLimit();
    void restock_isToldOnce_acrossRestarts();
    void subscribeEvent_waitsLikeAnImportedCustomer();
    void subscriberLanguage_picksTheTranslation();
    void thresholdCrossing_alertsStaffOnce_data();
    void thresholdCrossing_alertsStaffOnce();
    void productIsSummedOverLocations();
    void changeWithoutSku_findsTheProductByItsItem();
    void levelsStoredBeforeTheSku_moveToItsProduct();
    void olderChange_changesNothing();
    void backorder_delayOnce_thenShippedSaysSo();
    void orderThatTookTheLastItem_isNotABackorder();
    void firstPoll_storesStockButTellsNobody();

private:
    IngestOutcome ingest(const QList<StockChange> &changes, bool suppress = false);
    IngestOutcome ingestOrder(const OrderEvent &event);
    void reopenWriter();
    int count(const QString &sql);
    QStringList column(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IngestWriter> m_writer;
    std::optional<Database> m_db;
    // Each delivery arrives a second after it happened.
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>(T0);
    int m_next = 0;
};

void TestStockLedger::init()
{
    m_clock->set(T0);
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path(), u"check"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    reopenWriter();
}

void TestStockLedger::cleanup()
{
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStockLedger::reopenWriter()
{
    m_writer.reset();
    m_writer = std::make_unique<IngestWriter>(m_dir->path());
    m_writer->setClock(m_clock);
    QVERIFY(m_writer->open().ok());
    m_writer->setRules(rules(), channels());
}

IngestOutcome TestStockLedger::ingest(const QList<StockChange> &changes, bool suppress)
{
    IngestItem item;
    item.sourceId = u"shop"_s;
    item.sourceType = u"shopify"_s;
    item.topic = u"inventory_levels/update"_s;
    item.dedupKeys = {u"event:stock-"_s + QString::number(++m_next)};
    item.body = QByteArrayLiteral("{}");
    item.stockChanges = changes;
    item.suppressNotifications = suppress;
    for (const StockChange &change : changes) {
        m_clock->set(std::max(m_clock->now(), change.occurredAt.addSecs(1)));
    }
    std::optional<IngestOutcome> result;
    m_writer->submit(item, [&result](const IngestOutcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return {};
    }
    return *result;
}

IngestOutcome TestStockLedger::ingestOrder(const OrderEvent &event)
{
    IngestItem item;
    item.sourceId = event.sourceId;
    item.sourceType = event.sourceType;
    item.topic = u"orders/updated"_s;
    item.dedupKeys = {u"event:order-"_s + QString::number(++m_next)};
    item.body = QByteArrayLiteral("{}");
    item.events = {event};
    m_clock->set(std::max(m_clock->now(), event.occurredAt.addSecs(1)));
    std::optional<IngestOutcome> result;
    m_writer->submit(item, [&result](const IngestOutcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return {};
    }
    return *result;
}

int TestStockLedger::count(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

QStringList TestStockLedger::column(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    QStringList values;
    if (!query.exec(sql)) {
        return {u"error: "_s + sql};
    }
    while (query.next()) {
        values.append(query.value(0).toString());
    }
    return values;
}

void TestStockLedger::restock_tellsWaitingCustomersOnce_inOrder_withinTheQuantity()
{
    QVERIFY(ingest({level(u"MUG"_s, 4, 0)}).ok);
    QVERIFY(ingest({level(u"MUG"_s, 0, 1)}).ok);
    // Five wait; the file lists them out of order, and their subscription times decide.
    InventoryQueries inventory(m_db->handle());
    QList<StockSubscription> rows;
    for (const auto &[email, day] :
         {std::pair{u"e@example.com"_s, 5}, std::pair{u"a@example.com"_s, 1}, std::pair{u"c@example.com"_s, 3},
          std::pair{u"b@example.com"_s, 2}, std::pair{u"d@example.com"_s, 4}}) {
        rows.append(StockSubscription{u"MUG"_s, email, u"Customer "_s + email.left(1), {}, T0.addDays(-10 + day)});
    }
    auto imported = inventory.importSubscriptions(rows, T0);
    QVERIFY(imported.ok());
    QCOMPARE(imported->added, 5);

    // Three come back: the first three subscribers, in their order, by email (the SMS rule has no phone).
    const IngestOutcome back = ingest({level(u"MUG"_s, 3, 2)});
    QVERIFY(back.ok);
    QCOMPARE(back.notificationsQueued, 3);
    QCOMPARE(column(u"SELECT recipient FROM notifications WHERE trigger = 'stock.status:back_in_stock' ORDER BY id"_s),
             (QStringList{u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s}));
    const QJsonObject context = QJsonDocument::fromJson(column(u"SELECT context FROM notifications WHERE recipient ="
                                                               " 'a@example.com'"_s)
                                                            .value(0)
                                                            .toUtf8())
                                    .object();
    QCOMPARE(context.value(u"product"_s).toObject().value(u"sku"_s).toString(), u"MUG"_s);
    QCOMPARE(context.value(u"product"_s).toObject().value(u"available"_s).toInt(), 3);
    QCOMPARE(context.value(u"customer"_s).toObject().value(u"name"_s).toString(), u"Customer a"_s);
    QCOMPARE(count(u"SELECT customers_told FROM stock_history ORDER BY id DESC LIMIT 1"_s), 3);

    // More stock without running out first is no restock; the two still waiting are told at the next one.
    QCOMPARE(ingest({level(u"MUG"_s, 9, 3)}).notificationsQueued, 0);
    QVERIFY(ingest({level(u"MUG"_s, 0, 4)}).ok);
    QCOMPARE(ingest({level(u"MUG"_s, 20, 5)}).notificationsQueued, 2);
    QCOMPARE(column(u"SELECT recipient FROM notifications WHERE trigger = 'stock.status:back_in_stock' ORDER BY id"_s),
             (QStringList{u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s, u"d@example.com"_s,
                          u"e@example.com"_s}));
    // Everyone told: a third restock tells nobody again.
    QVERIFY(ingest({level(u"MUG"_s, 0, 6)}).ok);
    QCOMPARE(ingest({level(u"MUG"_s, 20, 7)}).notificationsQueued, 0);
    auto product = inventory.product(u"MUG"_s);
    QVERIFY(product.ok());
    QCOMPARE(product->waiting, 0);
    QCOMPARE(product->notified, 5);
}

void TestStockLedger::restock_withoutQuantity_usesTheShopsLimit()
{
    StockChange out = level(u"CAP"_s, std::nullopt, 0);
    out.status = StockStatus::OutOfStock;
    QVERIFY(ingest({out}).ok);
    InventoryQueries inventory(m_db->handle());
    QList<StockSubscription> rows;
    for (int i = 0; i < 4; ++i) {
        rows.append(StockSubscription{u"CAP"_s, u"c%1@example.com"_s.arg(i), {}, {}, {}});
    }
    QVERIFY(inventory.importSubscriptions(rows, T0).ok());
    QSqlQuery limit(m_db->handle());
    QVERIFY(limit.exec(u"INSERT INTO settings(key, value) VALUES('back_in_stock_limit', '3')"_s));

    StockChange in = level(u"CAP"_s, std::nullopt, 1);
    in.status = StockStatus::InStock;
    QCOMPARE(ingest({in}).notificationsQueued, 3);
    QCOMPARE(column(u"SELECT recipient FROM notifications WHERE trigger = 'stock.status:back_in_stock' ORDER BY id"_s),
             (QStringList{u"c0@example.com"_s, u"c1@example.com"_s, u"c2@example.com"_s}));
}

void TestStockLedger::restock_isToldOnce_acrossRestarts()
{
    QVERIFY(ingest({level(u"MUG"_s, 0, 0)}).ok);
    InventoryQueries inventory(m_db->handle());
    QVERIFY(inventory.importSubscriptions({StockSubscription{u"MUG"_s, u"ann@example.com"_s, {}, {}, {}}}, T0).ok());
    QCOMPARE(ingest({level(u"MUG"_s, 5, 1)}).notificationsQueued, 1);

    reopenWriter();
    // The platform sends the same levels again after the restart (a poll from the start): nothing new is told.
    QCOMPARE(ingest({level(u"MUG"_s, 0, 0)}).notificationsQueued, 0); // older than what is stored
    QVERIFY(ingest({level(u"MUG"_s, 0, 2)}).ok);
    QCOMPARE(ingest({level(u"MUG"_s, 5, 3)}).notificationsQueued, 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE recipient = 'ann@example.com'"_s), 1);
    // She can wait again, and is told at the next restock.
    QVERIFY(inventory.importSubscriptions({StockSubscription{u"MUG"_s, u"ann@example.com"_s, {}, {}, {}}}, T0).ok());
    QVERIFY(ingest({level(u"MUG"_s, 0, 4)}).ok);
    QCOMPARE(ingest({level(u"MUG"_s, 5, 5)}).notificationsQueued, 1);
}

void TestStockLedger::subscribeEvent_waitsLikeAnImportedCustomer()
{
    QVERIFY(ingest({level(u"MUG"_s, 0, 0)}).ok);
    // A shop's "tell me when it is back" form, through the generic source.
    IngestItem item;
    item.sourceId = u"forms"_s;
    item.sourceType = u"generic"_s;
    item.topic = u"stock.subscribe"_s;
    item.dedupKeys = {u"sub-1"_s};
    item.body = QByteArrayLiteral("{}");
    item.subscriptions = {StockSubscription{u"MUG"_s, u"ann@example.com"_s, u"Ann"_s, u"fr"_s, T0.addSecs(60)},
                          StockSubscription{u"MUG"_s, u"ANN@example.com"_s, {}, {}, T0.addSecs(120)}};
    std::optional<IngestOutcome> result;
    m_writer->submit(item, [&result](const IngestOutcome &outcome) { result = outcome; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
    QCOMPARE(count(u"SELECT COUNT(*) FROM stock_subscriptions WHERE notified_at IS NULL"_s), 1);
    const QString summary = column(u"SELECT summary FROM raw_events ORDER BY id DESC LIMIT 1"_s).value(0);
    QVERIFY2(summary.contains(u"ann@example.com waits for MUG"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"already waited"_s), qPrintable(summary));

    QCOMPARE(ingest({level(u"MUG"_s, 2, 3)}).notificationsQueued, 1);
    QCOMPARE(column(u"SELECT recipient FROM notifications WHERE trigger = 'stock.status:back_in_stock'"_s),
             QStringList{u"ann@example.com"_s});
}

void TestStockLedger::subscriberLanguage_picksTheTranslation()
{
    QVERIFY(ConfigRepository(m_db->handle()).ensureBuiltInTemplates().ok());
    QVERIFY(ingest({level(u"MUG"_s, 0, 0)}).ok);
    InventoryQueries inventory(m_db->handle());
    QVERIFY(inventory
                .importSubscriptions({StockSubscription{u"MUG"_s, u"de@example.com"_s, {}, u"de"_s, {}},
                                      StockSubscription{u"MUG"_s, u"en@example.com"_s, {}, {}, {}}},
                                     T0)
                .ok());
    QCOMPARE(ingest({level(u"MUG"_s, 5, 1)}).notificationsQueued, 2);
    QCOMPARE(column(u"SELECT v.language FROM notifications n JOIN template_versions v ON v.id = n.template_version"
                    " WHERE n.trigger = 'stock.status:back_in_stock' ORDER BY n.id"_s),
             (QStringList{u"de"_s, QString()}));
}

void TestStockLedger::thresholdCrossing_alertsStaffOnce_data()
{
    QTest::addColumn<QList<int>>("quantities");
    QTest::addColumn<int>("lowAlerts");
    QTest::addColumn<int>("outAlerts");

    QTest::newRow("steady sale") << QList<int>{40, 30, 12, 5, 3, 1} << 1 << 0;
    QTest::newRow("noisy around the threshold") << QList<int>{10, 5, 6, 4, 5, 6, 5, 4, 6, 5} << 1 << 0;
    QTest::newRow("sold out") << QList<int>{10, 4, 2, 0, 0, 0} << 1 << 1;
    QTest::newRow("restocked and low again") << QList<int>{10, 4, 30, 5} << 2 << 0;
}

void TestStockLedger::thresholdCrossing_alertsStaffOnce()
{
    QFETCH(QList<int>, quantities);
    QFETCH(int, lowAlerts);
    QFETCH(int, outAlerts);
    int minute = 0;
    for (const int quantity : quantities) {
        QVERIFY(ingest({level(u"MUG"_s, quantity, ++minute)}).ok);
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'stock.status:low_stock'"
                   " AND channel_id = 'team' AND template_id = 'low_stock_chat'"_s),
             lowAlerts);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'stock.status:out_of_stock'"
                   " AND recipient = 'stock@shop.example'"_s),
             outAlerts);
    if (lowAlerts > 0) {
        const QJsonObject product =
            QJsonDocument::fromJson(
                column(u"SELECT context FROM notifications WHERE trigger = 'stock.status:low_stock'"_s)
                    .value(0)
                    .toUtf8())
                .object()
                .value(u"product"_s)
                .toObject();
        QCOMPARE(product.value(u"name"_s).toString(), u"Enamel mug"_s);
        QCOMPARE(product.value(u"threshold"_s).toInt(), StockPolicy::DefaultThreshold);
    }
}

void TestStockLedger::productIsSummedOverLocations()
{
    QVERIFY(ingest({level(u"MUG"_s, 3, 0, u"shop-floor"_s), level(u"MUG"_s, 10, 0, u"warehouse"_s)}).ok);
    InventoryQueries inventory(m_db->handle());
    auto product = inventory.product(u"MUG"_s);
    QVERIFY(product.ok());
    QCOMPARE(product->available, std::optional<qint64>(13));
    QCOMPARE(product->status, StockStatus::InStock);
    QCOMPARE(product->locations, 2);
    // The warehouse empties: 3 left over both, which is low; one location out is not the product out.
    QVERIFY(ingest({level(u"MUG"_s, 0, 1, u"warehouse"_s)}).ok);
    product = inventory.product(u"MUG"_s);
    QCOMPARE(product->available, std::optional<qint64>(3));
    QCOMPARE(product->status, StockStatus::LowStock);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'stock.status:out_of_stock'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'stock.status:low_stock'"_s), 1);
    auto history = inventory.history(u"MUG"_s);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->constFirst().locationId, u"warehouse"_s);
    QCOMPARE(history->constFirst().available, std::optional<qint64>(0));
    QCOMPARE(history->constFirst().total, std::optional<qint64>(3));
    QCOMPARE(history->constFirst().triggers, QStringList{u"stock.status:low_stock"_s});
}

void TestStockLedger::changeWithoutSku_findsTheProductByItsItem()
{
    QVERIFY(ingest({level(u"MUG"_s, 8, 0)}).ok);
    StockChange shopify = level(QString(), 0, 1); // Shopify's inventory_levels/update: the item, no SKU
    shopify.productId = u"item-MUG"_s;
    shopify.productName.clear();
    QVERIFY(ingest({shopify}).ok);
    QCOMPARE(column(u"SELECT product_key || ' ' || available || ' ' || status FROM products"_s),
             QStringList{u"MUG 0 out_of_stock"_s});
    QCOMPARE(column(u"SELECT summary FROM raw_events ORDER BY id DESC LIMIT 1"_s).value(0).contains(u"MUG"_s), true);
}

void TestStockLedger::levelsStoredBeforeTheSku_moveToItsProduct()
{
    // Shopify: stock levels of an inventory item come first, without a SKU...
    StockChange level1 = level(QString(), 0, 0, u"loc-1"_s);
    level1.productId = u"4512"_s;
    level1.productName.clear();
    QVERIFY(ingest({level1}).ok);
    QCOMPARE(column(u"SELECT product_key FROM products"_s), QStringList{u"shop:4512/"_s});
    // ...then products/update names it: the level, its history and its product move to the SKU.
    StockChange named;
    named.sourceId = u"shop"_s;
    named.sourceType = u"shopify"_s;
    named.productId = u"4512"_s;
    named.sku = u"MUG-ENM-SND"_s;
    named.productName = u"Enamel Mug, Sand"_s;
    named.occurredAt = T0.addSecs(60);
    QVERIFY(ingest({named}).ok);
    QCOMPARE(column(u"SELECT product_key || ' ' || name || ' ' || available || ' ' || status FROM products"_s),
             QStringList{u"MUG-ENM-SND Enamel Mug, Sand 0 out_of_stock"_s});
    QCOMPARE(column(u"SELECT DISTINCT product_key FROM stock_history"_s), QStringList{u"MUG-ENM-SND"_s});
    QCOMPARE(count(u"SELECT COUNT(*) FROM stock_history"_s), 1); // naming it is no change of stock
    // An order for it placed now waits for it.
    QVERIFY(ingestOrder(order(u"2001"_s, 5, u"MUG-ENM-SND"_s)).ok);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.backordered'"_s), 1);
}

void TestStockLedger::olderChange_changesNothing()
{
    QVERIFY(ingest({level(u"MUG"_s, 8, 5)}).ok);
    const IngestOutcome late = ingest({level(u"MUG"_s, 0, 1)});
    QVERIFY(late.ok);
    QCOMPARE(late.notificationsQueued, 0);
    QCOMPARE(column(u"SELECT available FROM products"_s), QStringList{u"8"_s});
    QCOMPARE(count(u"SELECT COUNT(*) FROM stock_history"_s), 1);
}

void TestStockLedger::backorder_delayOnce_thenShippedSaysSo()
{
    QVERIFY(ingest({level(u"MUG"_s, 0, 0)}).ok);
    const IngestOutcome placed = ingestOrder(order(u"1001"_s, 10, u"MUG"_s));
    QVERIFY(placed.ok);
    QCOMPARE(column(u"SELECT template_id FROM notifications WHERE order_id = '1001' ORDER BY id"_s),
             (QStringList{u"order_confirmed"_s, u"backorder_delay"_s}));
    const QJsonObject context =
        QJsonDocument::fromJson(
            column(u"SELECT context FROM notifications WHERE template_id = 'backorder_delay'"_s).value(0).toUtf8())
            .object();
    QCOMPARE(context.value(u"hasBackorder"_s).toBool(), true);
    const QJsonArray items = context.value(u"backorder"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1); // the tee is not out of stock
    QCOMPARE(items.at(0).toObject().value(u"sku"_s).toString(), u"MUG"_s);
    QCOMPARE(items.at(0).toObject().value(u"quantity"_s).toInt(), 2);

    // The order changes again (fully paid, a repeat): no second delay notice.
    OrderEvent again = order(u"1001"_s, 11, u"MUG"_s);
    again.orderStatus = OrderStatus::OnHold;
    QVERIFY(ingestOrder(again).ok);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.backordered'"_s), 1);

    // It ships: one shipped message, which says the wait is over.
    OrderEvent shipped = order(u"1001"_s, 20, u"MUG"_s);
    shipped.shipmentId = u"f1"_s;
    shipped.orderStatus = OrderStatus::Shipped;
    shipped.shipmentStatus = ShipmentStatus::InTransit;
    shipped.trackingNumber = u"JD1"_s;
    QVERIFY(ingestOrder(shipped).ok);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE template_id = 'shipped'"_s), 1);
    const QJsonObject shippedContext =
        QJsonDocument::fromJson(
            column(u"SELECT context FROM notifications WHERE template_id = 'shipped'"_s).value(0).toUtf8())
            .object();
    QCOMPARE(shippedContext.value(u"hasBackorder"_s).toBool(), true);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.backordered'"_s), 1);
}

void TestStockLedger::orderThatTookTheLastItem_isNotABackorder()
{
    QVERIFY(ingest({level(u"MUG"_s, 2, 0)}).ok);
    // The shop reports the mug sold out by this very order (its stock update can come before the order).
    QVERIFY(ingest({level(u"MUG"_s, 0, 10)}).ok);
    QVERIFY(ingestOrder(order(u"1002"_s, 10, u"MUG"_s)).ok);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.backordered'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM backorders"_s), 0);
    // The next customer orders after it ran out: held.
    QVERIFY(ingestOrder(order(u"1003"_s, 11, u"MUG"_s)).ok);
    QCOMPARE(column(u"SELECT order_id FROM notifications WHERE trigger = 'order.backordered'"_s),
             QStringList{u"1003"_s});
}

void TestStockLedger::firstPoll_storesStockButTellsNobody()
{
    QVERIFY(ingest({level(u"MUG"_s, 10, 0)}).ok);
    const IngestOutcome first = ingest({level(u"MUG"_s, 0, 1)}, true);
    QVERIFY(first.ok);
    QCOMPARE(first.notificationsQueued, 0);
    QCOMPARE(column(u"SELECT status FROM products"_s), QStringList{u"out_of_stock"_s});
    QCOMPARE(column(u"SELECT triggers FROM stock_history ORDER BY id DESC LIMIT 1"_s),
             QStringList{u"stock.status:out_of_stock"_s});
}

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
