#include "dispatch/failurealert.h"
#include "store/database.h"
#include "store/previewqueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Tidings;

// The Templates page's real orders: newest first, each with the context of its latest message.
class tst_PreviewQueries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recentOrders_noMessages_isEmpty();
    void recentOrders_newestFirst_latestContext_fallbacks();
    void recentOrders_limit();
    void recentOrders_skipsMessagesWithoutAnOrderContext();
    void recentOrders_walksABoundedNumberOfMessages_data();
    void recentOrders_walksABoundedNumberOfMessages();

private:
    void exec(const QString &sql);
    void addNotification(const QString &orderId, const QString &context, const QString &recipientName = {},
                         const QString &trigger = u"order_paid"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<PreviewQueries> m_queries;
    qint64 m_nextTime = 1'700'000'000'000;
};

void tst_PreviewQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path(), u"monitor"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    m_queries = std::make_unique<PreviewQueries>(m_db->handle());
    exec(u"INSERT INTO raw_events(id, source_id, received_at, body) VALUES (1, 'shop', 0, x'')"_s);
}

void tst_PreviewQueries::cleanup()
{
    m_queries.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_PreviewQueries::exec(const QString &sql)
{
    QSqlQuery query(m_db->handle());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + u": "_s + sql));
}

void tst_PreviewQueries::addNotification(const QString &orderId, const QString &context, const QString &recipientName,
                                         const QString &trigger)
{
    QSqlQuery query(m_db->handle());
    query.prepare(u"INSERT INTO notifications(event_id, source_id, order_id, trigger, template_id, channel_id,"
                  " recipient, recipient_name, state, created_at, due_at, context)"
                  " VALUES (1, 'shop', ?, ?, 'order_confirmed', 'mail', 'a@example.com', ?, 'sent', ?, 0, ?)"_s);
    query.addBindValue(orderId);
    query.addBindValue(trigger);
    query.addBindValue(recipientName.isNull() ? QStringLiteral("") : recipientName); // NOT NULL
    query.addBindValue(m_nextTime++);
    query.addBindValue(context);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void tst_PreviewQueries::recentOrders_noMessages_isEmpty()
{
    exec(
        u"INSERT INTO orders(source_id, order_id, order_number, status, updated_at) VALUES ('shop', 'o1', '#1', 'paid', 0)"_s);
    const auto orders = m_queries->recentOrders();
    QVERIFY(orders.ok());
    QVERIFY(orders->isEmpty()); // no message: no context to preview with
}

void tst_PreviewQueries::recentOrders_newestFirst_latestContext_fallbacks()
{
    exec(u"INSERT INTO orders(source_id, order_id, order_number, status, customer_name, updated_at)"
         " VALUES ('shop', 'o1', '#1001', 'paid', 'Ann Lee', 0)"_s);
    addNotification(u"o1"_s, u"{\"order\":{\"number\":\"#1001\"},\"version\":1}"_s);
    addNotification(u"o2"_s, u"{\"order\":{\"number\":\"#2002\"}}"_s, u"Bo Chen"_s); // no order snapshot
    addNotification(u"o1"_s, u"{\"order\":{\"number\":\"#1001\"},\"version\":2}"_s);

    const auto orders = m_queries->recentOrders();
    QVERIFY2(orders.ok(), orders.ok() ? "" : qPrintable(orders.error().detail));
    QCOMPARE(orders->size(), 2);
    QCOMPARE(orders->at(0).orderId, u"o1"_s);
    QCOMPARE(orders->at(0).orderNumber, u"#1001"_s);
    QCOMPARE(orders->at(0).customerName, u"Ann Lee"_s);
    QCOMPARE(orders->at(0).templateId, u"order_confirmed"_s);
    QCOMPARE(orders->at(0).context.value(u"version"_s).toInt(), 2); // the latest message's
    QCOMPARE(orders->at(1).orderId, u"o2"_s);
    QCOMPARE(orders->at(1).orderNumber, u"#2002"_s);    // from the context
    QCOMPARE(orders->at(1).customerName, u"Bo Chen"_s); // the recipient's name
}

void tst_PreviewQueries::recentOrders_limit()
{
    for (int i = 0; i < 5; ++i) {
        addNotification(u"o%1"_s.arg(i), u"{}"_s);
    }
    const auto orders = m_queries->recentOrders(3);
    QVERIFY(orders.ok());
    QCOMPARE(orders->size(), 3);
    QCOMPARE(orders->at(0).orderId, u"o4"_s);
    QCOMPARE(orders->at(2).orderId, u"o2"_s);
    QCOMPARE(orders->at(2).orderNumber, u"o2"_s); // nothing better known
}

void tst_PreviewQueries::recentOrders_skipsMessagesWithoutAnOrderContext()
{
    addNotification(u"o1"_s, u"{\"order\":{\"number\":\"#1001\"}}"_s);
    addNotification(u""_s, u"{\"product\":{\"title\":\"Mug\"}}"_s, {}, u"back_in_stock"_s);
    // A staff alert about one of o1's messages: the order's id, but the alert's words as its context.
    addNotification(u"o1"_s, u"{\"alert\":{\"subject\":\"A message could not be sent\"}}"_s, {},
                    FailureAlert::trigger());

    const auto orders = m_queries->recentOrders();
    QVERIFY(orders.ok());
    QCOMPARE(orders->size(), 1);
    QCOMPARE(orders->at(0).orderId, u"o1"_s);
    QCOMPARE(orders->at(0).orderNumber, u"#1001"_s);
    QVERIFY(orders->at(0).context.contains(u"order"_s));
    QVERIFY(!orders->at(0).context.contains(u"alert"_s));
}

void tst_PreviewQueries::recentOrders_walksABoundedNumberOfMessages_data()
{
    QTest::addColumn<int>("newerStockMessages");
    QTest::addColumn<bool>("found");
    QTest::addRow("none newer") << 0 << true;
    QTest::addRow("the order's message is the last walked") << PreviewQueries::maxWalkedMessages - 1 << true;
    QTest::addRow("the order's message is one past the walk") << PreviewQueries::maxWalkedMessages << false;
}

void tst_PreviewQueries::recentOrders_walksABoundedNumberOfMessages()
{
    QFETCH(int, newerStockMessages);
    QFETCH(bool, found);
    addNotification(u"o1"_s, u"{}"_s);
    exec(u"BEGIN"_s);
    for (int i = 0; i < newerStockMessages; ++i) {
        addNotification(u""_s, u"{}"_s, {}, u"back_in_stock"_s);
    }
    exec(u"COMMIT"_s);

    const auto orders = m_queries->recentOrders();
    QVERIFY(orders.ok());
    QCOMPARE(orders->size(), found ? 1 : 0);
}

QTEST_GUILESS_MAIN(tst_PreviewQueries)
#include "tst_previewqueries.moc"
