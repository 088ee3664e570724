#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "pipelinefixture.h"
#include "store/database.h"
#include "store/inventoryqueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// The whole path through real parts: HTTP server, SQLite file, dispatcher thread, a loopback SendGrid.
class TestPipeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signedOrderAndFulfillment_eachReachSendGridOnce();
    void customersLanguage_picksTheTranslation_data();
    void customersLanguage_picksTheTranslation();
    void stock_backorderThenRestock_eachCustomerToldOnce();
    void badRequests_areRejectedAndSendNothing_data();
    void badRequests_areRejectedAndSendNothing();
    void providerOutage_isRetriedAndRecorded();
    void restart_interruptedSendIsUncertain_orResent_data();
    void restart_interruptedSendIsUncertain_orResent();

private:
    QVariant value(const QString &sql) const { return m_fixture->value(sql); }

    QUrl webhookUrl() const { return m_fixture->webhookUrl(); }

    std::unique_ptr<PipelineFixture> m_fixture;
    Engine *m_engine = nullptr;
    FakeSendGrid *m_fake = nullptr;
    WebhookClient m_client;
    const QByteArray kSigningSecret = PipelineFixture::SigningSecret;
};

void TestPipeline::init()
{
    m_fixture = std::make_unique<PipelineFixture>();
    QVERIFY2(m_fixture->setUpError().isEmpty(), qPrintable(m_fixture->setUpError()));
    // Secrets went to the secret store, not the database.
    QCOMPARE(m_fixture->secrets().secrets().size(), 2);
    QFile database(Database::fileIn(m_fixture->dataDir()));
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(PipelineFixture::SigningSecret));
    const QString error = m_fixture->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_engine = &m_fixture->engine();
    m_fake = &m_fixture->fake();
}

void TestPipeline::cleanup()
{
    m_fixture.reset();
}

void TestPipeline::signedOrderAndFulfillment_eachReachSendGridOnce()
{
    QSignalSpy ingested(m_engine, &Engine::eventsIngested);
    const QByteArray order = fixture(u"shopify/orders_create.json"_s);
    auto answer = m_client.postShopify(webhookUrl(), order, "orders/create", kSigningSecret, "wh-1", "ev-1");
    QCOMPARE(answer.status, 200);
    // 200 means committed: the event is in the file already.
    QCOMPARE(value(u"SELECT COUNT(*) FROM raw_events"_s).toInt(), 1);
    QTRY_COMPARE(m_fake->acceptedCount(), 1);

    const auto confirmation = m_fake->request(0);
    QCOMPARE(confirmation.headers.value("authorization"), "Bearer " + PipelineFixture::ApiKey.toUtf8());
    const QJsonObject to = confirmation.json.value(u"personalizations"_s).toArray().at(0).toObject();
    QCOMPARE(to.value(u"to"_s).toArray().at(0).toObject().value(u"email"_s).toString(), u"jane@example.com"_s);
    QVERIFY(confirmation.json.value(u"subject"_s).toString().contains(u"#1042"_s));
    const QString html = confirmation.json.value(u"content"_s).toArray().at(1).toObject().value(u"value"_s).toString();
    QVERIFY(html.contains(u"Juniper &amp; Pine"_s));

    // The same delivery again is recorded as a duplicate and sends nothing.
    answer = m_client.postShopify(webhookUrl(), order, "orders/create", kSigningSecret, "wh-1", "ev-1");
    QCOMPARE(answer.status, 200);
    QCOMPARE(value(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 1);

    const QByteArray fulfillment = fixture(u"shopify/fulfillments_create.json"_s);
    answer = m_client.postShopify(webhookUrl(), fulfillment, "fulfillments/create", kSigningSecret, "wh-2", "ev-2");
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE(m_fake->acceptedCount(), 2);
    const auto shipped = m_fake->request(1);
    const QString text = shipped.json.value(u"content"_s).toArray().at(0).toObject().value(u"value"_s).toString();
    QVERIFY2(text.contains(u"JD014600006281234567"_s), qPrintable(text));
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE state = 'sent'"_s).toInt(), 2);
    QCOMPARE(m_fake->requestCount(), 2); // the duplicate never reached the provider
    QVERIFY(!ingested.isEmpty());
}

void TestPipeline::customersLanguage_picksTheTranslation_data()
{
    QTest::addColumn<QString>("customerLocale"); // in the order; "" when the shop does not say
    QTest::addColumn<QString>("shopSays");       // for customers of unknown language
    QTest::addColumn<QString>("subjectStart");
    QTest::addColumn<QString>("footer");

    QTest::newRow("German customer") << u"de-AT"_s << QString() << u"Ihre Juniper & Pine Bestellung #1042"_s
                                     << u"Fragen? Antworten Sie einfach auf diese E-Mail"_s;
    QTest::newRow("no language, the shop says French")
        << QString() << u"fr"_s << u"Votre commande Juniper & Pine #1042"_s
        << u"Une question\u00a0? Répondez à cet e-mail"_s;
    QTest::newRow("no language: the default")
        << QString() << QString() << u"Your Juniper &"_s << u"Questions? Reply to this email"_s;
}

// From the webhook to the provider: the order's language (else the shop's choice) picks the built-in translation,
// and the dispatcher renders it with its own layout.
void TestPipeline::customersLanguage_picksTheTranslation()
{
    QFETCH(QString, customerLocale);
    QFETCH(QString, shopSays);
    QFETCH(QString, subjectStart);
    QFETCH(QString, footer);

    QVERIFY(m_engine->setCustomerLanguage(shopSays).ok());
    QJsonObject order = QJsonDocument::fromJson(fixture(u"shopify/orders_create.json"_s)).object();
    order.insert(u"customer_locale"_s, customerLocale);
    const QByteArray body = QJsonDocument(order).toJson(QJsonDocument::Compact);
    const auto answer = m_client.postShopify(webhookUrl(), body, "orders/create", kSigningSecret, "wh-l", "ev-l");
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE(m_fake->acceptedCount(), 1);

    const auto email = m_fake->request(0);
    const QString subject = email.json.value(u"subject"_s).toString();
    QVERIFY2(subject.startsWith(subjectStart), qPrintable(subject));
    QVERIFY2(subject.contains(u"#1042"_s), qPrintable(subject));
    const QString html = email.json.value(u"content"_s).toArray().at(1).toObject().value(u"value"_s).toString();
    QVERIFY2(html.contains(footer), qPrintable(html.right(1500)));
    const QString text = email.json.value(u"content"_s).toArray().at(0).toObject().value(u"value"_s).toString();
    QVERIFY(!text.isEmpty());
}

// Inventory through real parts: Shopify names the travel mug's SKU, reports it sold out; an order for it then
// waits (one delay notice besides the confirmation); one mug comes back: the first of two waiting customers is
// told, once.
void TestPipeline::stock_backorderThenRestock_eachCustomerToldOnce()
{
    // Tidings hears of each change as it happens (the fixture's order was placed on 13 May 2024).
    m_fixture->clock().set(QDateTime(QDate(2024, 5, 13), QTime(8, 0), Qt::UTC));
    QJsonObject product = QJsonDocument::fromJson(fixture(u"shopify/products_update.json"_s)).object();
    QJsonArray variants = product.value(u"variants"_s).toArray();
    QJsonObject mug = variants.at(0).toObject();
    mug.insert(u"sku"_s, u"MUG-CER-TRV"_s);
    mug.insert(u"title"_s, u"Travel"_s);
    variants.replace(0, mug);
    product.insert(u"variants"_s, variants);
    auto answer = m_client.postShopify(webhookUrl(), QJsonDocument(product).toJson(QJsonDocument::Compact),
                                       "products/update", kSigningSecret, "wh-p", "ev-p");
    QCOMPARE(answer.status, 200);
    const auto level = [&](int available, const QString &at, const QByteArray &eventId) {
        QJsonObject body = QJsonDocument::fromJson(fixture(u"shopify/inventory_levels_update.json"_s)).object();
        body.insert(u"available"_s, available);
        body.insert(u"updated_at"_s, at);
        return m_client
            .postShopify(webhookUrl(), QJsonDocument(body).toJson(QJsonDocument::Compact), "inventory_levels/update",
                         kSigningSecret, "wh-" + eventId, eventId)
            .status;
    };
    // Sold out in the morning; the order comes in the afternoon.
    QCOMPARE(level(0, u"2024-05-13T10:00:00+02:00"_s, "ev-s1"), 200);
    QTRY_COMPARE(value(u"SELECT status FROM products WHERE product_key = 'MUG-CER-TRV'"_s).toString(),
                 u"out_of_stock"_s);

    auto db = Database::open(m_fixture->dataDir(), u"inventory"_s);
    QVERIFY(db.ok());
    InventoryQueries inventory(db->handle());
    QVERIFY(inventory
                .importSubscriptions({StockSubscription{u"MUG-CER-TRV"_s, u"first@example.com"_s, u"Ann"_s, {}, {}},
                                      StockSubscription{u"MUG-CER-TRV"_s, u"second@example.com"_s, u"Bo"_s, {}, {}}},
                                     QDateTime::currentDateTimeUtc())
                .ok());

    answer = m_client.postShopify(webhookUrl(), fixture(u"shopify/orders_create.json"_s), "orders/create",
                                  kSigningSecret, "wh-o", "ev-o");
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE(m_fake->acceptedCount(), 2);
    const auto recipientOf = [&](int i) {
        return m_fake->request(i)
            .json.value(u"personalizations"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"to"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"email"_s)
            .toString();
    };
    // The confirmation and the delay notice, both to the customer; the notice names the mug.
    QCOMPARE(recipientOf(0), recipientOf(1));
    QTRY_COMPARE(
        value(u"SELECT COUNT(*) FROM notifications WHERE template_id = 'backorder_delay' AND state = 'sent'"_s).toInt(),
        1);
    // The customer's order says German: the notice is the German one.
    const int notice = m_fake->request(0).json.value(u"subject"_s).toString().contains(u"länger"_s) ? 0 : 1;
    QVERIFY2(m_fake->request(notice).json.value(u"subject"_s).toString().contains(u"#1042 braucht etwas länger"_s),
             qPrintable(m_fake->request(notice).json.value(u"subject"_s).toString()));
    const QString text =
        m_fake->request(notice).json.value(u"content"_s).toArray().at(0).toObject().value(u"value"_s).toString();
    // Only the mug waits, not the T-shirt.
    QVERIFY2(text.contains(u"Ceramic Travel Mug (MUG-CER-TRV)"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"(TSH-ORG-GRN-M)"_s), qPrintable(text));
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.backordered'"_s).toInt(), 1);

    // One is back: the first waiting customer is told; the second waits for more.
    QCOMPARE(level(1, u"2024-05-14T09:00:00+02:00"_s, "ev-s2"), 200);
    QTRY_COMPARE(m_fake->acceptedCount(), 3);
    QCOMPARE(recipientOf(2), u"first@example.com"_s);
    // The same webhook again (Shopify retries) and a later update with more stock that was no restock: nobody else.
    QCOMPARE(level(1, u"2024-05-14T09:00:00+02:00"_s, "ev-s2"), 200);
    QCOMPARE(level(4, u"2024-05-14T10:00:00+02:00"_s, "ev-s3"), 200);
    QTRY_COMPARE(value(u"SELECT available FROM products WHERE product_key = 'MUG-CER-TRV'"_s).toInt(), 4);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'stock.status:back_in_stock'"_s).toInt(), 1);
    auto mugRow = inventory.product(u"MUG-CER-TRV"_s);
    QVERIFY(mugRow.ok());
    QCOMPARE(mugRow->waiting, 1);
    QCOMPARE(mugRow->notified, 1);
}

void TestPipeline::badRequests_areRejectedAndSendNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray order = fixture(u"shopify/orders_create.json"_s);
    QTest::newRow("wrong signature") << u"my-shop"_s << QByteArray("not-the-secret") << order << 401;
    QTest::newRow("unknown source") << u"other-shop"_s << kSigningSecret << order << 404;
    QTest::newRow("malformed json") << u"my-shop"_s << kSigningSecret << QByteArray("{\"id\": ") << 400;
    QTest::newRow("too large") << u"my-shop"_s << kSigningSecret << QByteArray(2 * 1024 * 1024, 'x') << 413;
}

void TestPipeline::badRequests_areRejectedAndSendNothing()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QSignalSpy rejected(m_engine, &Engine::webhookRejected);
    const QUrl url(m_engine->webhookUrl(path));
    const auto answer = m_client.postShopify(url, body, "orders/create", secret, "wh-bad");
    QCOMPARE(answer.status, status);
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(1).toInt(), status);
    QCOMPARE(value(u"SELECT COUNT(*) FROM raw_events"_s).toInt(), 0);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestPipeline::providerOutage_isRetriedAndRecorded()
{
    m_fake->queueModes({FakeSendGrid::Mode::ServerError500});
    const QByteArray order = fixture(u"shopify/orders_create.json"_s);
    QCOMPARE(m_client.postShopify(webhookUrl(), order, "orders/create", kSigningSecret, "wh-1").status, 200);
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts WHERE http_status = 500"_s).toInt(), 1);
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"queued"_s);
    m_fixture->clock().advance(10 * 60 * 1000);
    m_engine->dispatcher()->wake();
    QTRY_COMPARE(m_fake->acceptedCount(), 1);
    QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts"_s).toInt(), 2);
}

void TestPipeline::restart_interruptedSendIsUncertain_orResent_data()
{
    QTest::addColumn<bool>("resendAutomatically");
    QTest::newRow("default: uncertain until the owner resends") << false;
    QTest::newRow("resend interrupted messages automatically") << true;
}

void TestPipeline::restart_interruptedSendIsUncertain_orResent()
{
    QFETCH(bool, resendAutomatically);
    QVERIFY(m_engine->setResendInterruptedAutomatically(resendAutomatically).ok());
    QCOMPARE(m_engine->resendsInterruptedAutomatically(), resendAutomatically);
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    const QByteArray order = fixture(u"shopify/orders_create.json"_s);
    QCOMPARE(m_client.postShopify(webhookUrl(), order, "orders/create", kSigningSecret, "wh-1").status, 200);
    QTRY_COMPARE(m_fake->hungCount(), 1);
    // Stop while the provider holds the request: the notification stays "sending" on disk.
    m_fixture->stopEngine();
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sending"_s);
    m_fake->setMode(FakeSendGrid::Mode::Accept);
    const QString error = m_fixture->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_engine = &m_fixture->engine();
    QTRY_COMPARE(value(u"SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'interrupted'"_s).toInt(), 1);
    if (resendAutomatically) {
        QTRY_COMPARE(m_fake->acceptedCount(), 1);
        QTRY_COMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
        return;
    }
    QCOMPARE(value(u"SELECT state FROM notifications"_s).toString(), u"uncertain"_s);
    QCOMPARE(m_fake->acceptedCount(), 0);
    // The owner resends it.
    std::optional<Result<qint64>> resent;
    const qint64 id = value(u"SELECT id FROM notifications"_s).toLongLong();
    QVERIFY(m_engine->resendNotification(id, {}, [&resent](const Result<qint64> &result) { resent = result; }).ok());
    QTRY_VERIFY(resent.has_value());
    QVERIFY(resent->ok());
    QTRY_COMPARE(m_fake->acceptedCount(), 1);
    QCOMPARE(value(u"SELECT state FROM notifications WHERE id = %1"_s.arg(id)).toString(), u"uncertain"_s);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
