#include "fakes/sourcefixture.h"
#include "fakes/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// Every Shopify topic through the real webhook server into a real store: topics that overlap notify once
// for one change, late news changes nothing, stock levels are kept.
class TestShopifyWebhooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void overlappingOrderTopics_notifyOncePerChange();
    void fulfillmentInsideOrder_thenFulfillmentTopic_oneShippingNotice();
    void fulfillmentEvents_moveShipmentForwardOnly();
    void refund_recordedAgainstOrder_withoutNotice();
    void inventoryLevels_keptAndNeverRolledBack();
    void unsupportedTopic_recordedOnly();

private:
    SourceFixture::Headers headers(const QByteArray &body, const QByteArray &topic) const;
    WebhookClient::Answer send(const QByteArray &body, const QByteArray &topic);
    qint64 notifications(const QString &trigger) const;

    std::unique_ptr<SourceFixture> m_fixture;
    int m_sequence = 0;
};

namespace {

const QByteArray secret = QByteArrayLiteral("shpss_webhooks_secret");

QByteArray withFields(const QByteArray &body, const QJsonObject &changes)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        object.insert(it.key(), it.value());
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray order(const QJsonObject &changes = {})
{
    return withFields(fixture(u"shopify/orders_create.json"_s), changes);
}

} // namespace

void TestShopifyWebhooks::init()
{
    m_fixture =
        std::make_unique<SourceFixture>(SourceConfig{u"shop"_s, u"shopify"_s, u"Nordlicht"_s, true, {}}, secret);
    QVERIFY2(m_fixture->setUpError().isEmpty(), qPrintable(m_fixture->setUpError()));
    QList<RuleConfig> rules = defaultRules(u"mail"_s);
    rules.append(RuleConfig{u"paid"_s, u"order.status:paid"_s, u"order_confirmed"_s, u"mail"_s});
    rules.append(RuleConfig{u"refunded"_s, u"order.status:refunded"_s, u"order_confirmed"_s, u"mail"_s});
    rules.append(RuleConfig{u"delivered"_s, u"shipment.status:delivered"_s, u"shipped"_s, u"mail"_s});
    m_fixture->setRules(rules);
}

void TestShopifyWebhooks::cleanup()
{
    m_fixture.reset();
}

SourceFixture::Headers TestShopifyWebhooks::headers(const QByteArray &body, const QByteArray &topic) const
{
    const QByteArray sequence = QByteArray::number(m_sequence);
    return {{"X-Shopify-Topic", topic},
            {"X-Shopify-Hmac-Sha256", shopifySignature(body, secret)},
            {"X-Shopify-Shop-Domain", "nordlicht.myshopify.com"},
            {"X-Shopify-Event-Id", "event-" + sequence},
            {"X-Shopify-Webhook-Id", "delivery-" + sequence}};
}

WebhookClient::Answer TestShopifyWebhooks::send(const QByteArray &body, const QByteArray &topic)
{
    ++m_sequence; // every send is a new event: only the store's view of the order decides what is news
    return m_fixture->post(body, headers(body, topic));
}

qint64 TestShopifyWebhooks::notifications(const QString &trigger) const
{
    return m_fixture->count(u"SELECT COUNT(*) FROM notifications WHERE trigger = '%1'"_s.arg(trigger));
}

void TestShopifyWebhooks::overlappingOrderTopics_notifyOncePerChange()
{
    const QByteArray pending = order({{u"financial_status"_s, u"pending"_s}});
    QCOMPARE(send(pending, "orders/create").status, 200);
    QCOMPARE(notifications(u"order.created"_s), 1);
    QCOMPARE(notifications(u"order.status:paid"_s), 0);

    // Shopify sends orders/paid and orders/updated for the same payment: one notice.
    const QByteArray paid =
        order({{u"financial_status"_s, u"paid"_s}, {u"updated_at"_s, u"2024-05-13T16:20:00+02:00"_s}});
    QCOMPARE(send(paid, "orders/paid").status, 200);
    QCOMPARE(send(paid, "orders/updated").status, 200);
    QCOMPARE(notifications(u"order.status:paid"_s), 1);

    // The same delivery again is a duplicate: answered, recorded, nothing new.
    const auto again = m_fixture->post(paid, headers(paid, "orders/updated"));
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.contains("duplicate"));
    QCOMPARE(notifications(u"order.status:paid"_s), 1);

    // A full refund is news once, however many topics carry it.
    const QByteArray refunded =
        order({{u"financial_status"_s, u"refunded"_s}, {u"updated_at"_s, u"2024-05-20T11:02:46+02:00"_s}});
    QCOMPARE(send(refunded, "orders/updated").status, 200);
    QCOMPARE(send(refunded, "orders/updated").status, 200);
    QCOMPARE(notifications(u"order.status:refunded"_s), 1);
    QCOMPARE(m_fixture->value(u"SELECT status FROM orders"_s).toString(), u"refunded"_s);
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM notifications"_s), 3);
}

void TestShopifyWebhooks::fulfillmentInsideOrder_thenFulfillmentTopic_oneShippingNotice()
{
    QCOMPARE(send(order(), "orders/create").status, 200);
    const QByteArray fulfillment = fixture(u"shopify/fulfillments_create.json"_s);
    const QByteArray fulfilled =
        order({{u"fulfillment_status"_s, u"fulfilled"_s},
               {u"fulfillments"_s, QJsonArray{QJsonDocument::fromJson(fulfillment).object()}}});
    QCOMPARE(send(fulfilled, "orders/fulfilled").status, 200);
    QCOMPARE(notifications(u"shipment.created"_s), 1);
    QCOMPARE(m_fixture->value(u"SELECT tracking_number FROM shipments"_s).toString(), u"JD014600006281234567"_s);

    QCOMPARE(send(fulfillment, "fulfillments/create").status, 200);
    QCOMPARE(send(fulfilled, "orders/updated").status, 200);
    QCOMPARE(notifications(u"shipment.created"_s), 1);
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM shipments"_s), 1);
    QCOMPARE(m_fixture->value(u"SELECT status FROM orders"_s).toString(), u"shipped"_s);
}

void TestShopifyWebhooks::fulfillmentEvents_moveShipmentForwardOnly()
{
    QCOMPARE(send(order(), "orders/create").status, 200);
    QCOMPARE(send(fixture(u"shopify/fulfillments_create.json"_s), "fulfillments/create").status, 200);

    const QByteArray progress = fixture(u"shopify/fulfillment_events_create.json"_s);
    QCOMPARE(send(withFields(progress, {{u"status"_s, u"delivered"_s}}), "fulfillment_events/create").status, 200);
    QCOMPARE(m_fixture->value(u"SELECT status FROM shipments"_s).toString(), u"delivered"_s);
    QCOMPARE(notifications(u"shipment.status:delivered"_s), 1);
    // The tracking number stays with the shipment though the event does not carry it.
    QCOMPARE(m_fixture->value(u"SELECT tracking_number FROM shipments"_s).toString(), u"JD014600006281234567"_s);

    // A late "out for delivery" arrives after "delivered": recorded, nothing changes, nobody is told.
    QCOMPARE(send(progress, "fulfillment_events/create").status, 200);
    QCOMPARE(m_fixture->value(u"SELECT status FROM shipments"_s).toString(), u"delivered"_s);
    QCOMPARE(notifications(u"shipment.created"_s), 1);
    QCOMPARE(notifications(u"shipment.status:delivered"_s), 1);
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM notifications WHERE trigger LIKE 'shipment.%'"_s), 2);
    QVERIFY(m_fixture->value(u"SELECT summary FROM raw_events ORDER BY id DESC LIMIT 1"_s)
                .toString()
                .contains(u"older than the status already known"_s));
}

void TestShopifyWebhooks::refund_recordedAgainstOrder_withoutNotice()
{
    QCOMPARE(send(order(), "orders/create").status, 200);
    QCOMPARE(send(fixture(u"shopify/refunds_create.json"_s), "refunds/create").status, 200);
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'refunds/create'"
                              " AND order_id = '5820134932535' AND order_number = '#1042'"_s),
             1);
    QCOMPARE(m_fixture->value(u"SELECT status FROM orders"_s).toString(), u"paid"_s);
    // An order that is paid when placed asks for both the confirmation and the payment notice; the refund
    // record adds nothing.
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    QCOMPARE(notifications(u"order.created"_s), 1);
    QCOMPARE(notifications(u"order.status:paid"_s), 1);
}

void TestShopifyWebhooks::inventoryLevels_keptAndNeverRolledBack()
{
    const QByteArray level = fixture(u"shopify/inventory_levels_update.json"_s);
    QCOMPARE(send(level, "inventory_levels/update").status, 200);
    QCOMPARE(m_fixture->value(u"SELECT available FROM stock_levels WHERE product_id = '45123987650103'"_s).toInt(), 3);
    QVERIFY(m_fixture->value(u"SELECT summary FROM raw_events"_s).toString().contains(u"3 available"_s));

    const QByteArray sold = withFields(level, {{u"available"_s, 0}, {u"updated_at"_s, u"2024-05-14T10:00:00+02:00"_s}});
    QCOMPARE(send(sold, "inventory_levels/update").status, 200);
    QCOMPARE(m_fixture->value(u"SELECT available FROM stock_levels"_s).toInt(), 0);

    // The first update delivered again, late: the newer level stays.
    QCOMPARE(send(level, "inventory_levels/update").status, 200);
    QCOMPARE(m_fixture->value(u"SELECT available FROM stock_levels"_s).toInt(), 0);
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM stock_levels"_s), 1);
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM notifications"_s), 0);
}

void TestShopifyWebhooks::unsupportedTopic_recordedOnly()
{
    const QByteArray body = QByteArrayLiteral(R"({"id":706405506930370084,"email":"bob@example.com"})");
    QCOMPARE(send(body, "customers/update").status, 200);
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'customers/update'"_s), 1);
    QCOMPARE(m_fixture->count(u"SELECT COUNT(*) FROM orders"_s), 0);
}

QTEST_GUILESS_MAIN(TestShopifyWebhooks)
#include "tst_shopifywebhooks.moc"
