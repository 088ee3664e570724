#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "pipelinefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

QString toAddress(const FakeSendGrid::ReceivedRequest &request)
{
    return request.to().value(u"email"_s).toString();
}

} // namespace

// Test mode through real parts: a signed webhook, the store, the dispatcher thread and a loopback SendGrid.
class tst_TestModePipeline final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void on_customersEmailReachesTheOwner_andOutlivesARestart();
    void goLive_nextOrderReachesTheCustomer();
    void impossibleSettings_areRefusedAndChangeNothing();

private:
    int postOrder(const QByteArray &webhookId, qint64 orderId);

    std::unique_ptr<PipelineFixture> m_fixture;
    WebhookClient m_client;
};

void tst_TestModePipeline::init()
{
    m_fixture = std::make_unique<PipelineFixture>();
    QVERIFY2(m_fixture->setUpError().isEmpty(), qPrintable(m_fixture->setUpError()));
    const QString error = m_fixture->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_TestModePipeline::cleanup()
{
    m_fixture.reset();
}

int tst_TestModePipeline::postOrder(const QByteArray &webhookId, qint64 orderId)
{
    QJsonObject order = QJsonDocument::fromJson(fixture(u"shopify/orders_create.json"_s)).object();
    order.insert(u"id"_s, orderId);
    order.insert(u"name"_s, QString(u"#"_s + QString::number(orderId)));
    return m_client
        .postShopify(m_fixture->webhookUrl(), QJsonDocument(order).toJson(QJsonDocument::Compact), "orders/create",
                     PipelineFixture::SigningSecret, webhookId)
        .status;
}

void tst_TestModePipeline::on_customersEmailReachesTheOwner_andOutlivesARestart()
{
    Engine &engine = m_fixture->engine();
    QSignalSpy changed(&engine, &Engine::testModeChanged);
    const Status saved = engine.setTestMode(TestMode{true, u"owner@shop.test"_s, {}});
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(changed.size(), 1);
    QVERIFY(engine.testMode().enabled);

    QCOMPARE(postOrder("wh-1", 5001), 200);
    QTRY_COMPARE(m_fixture->fake().acceptedCount(), 1);
    const auto request = m_fixture->fake().request(0);
    QCOMPARE(toAddress(request), u"owner@shop.test"_s);
    QVERIFY2(request.json.value(u"subject"_s).toString().startsWith(u"[Test] "_s),
             qPrintable(request.json.value(u"subject"_s).toString()));
    QVERIFY(request.to(1).isEmpty()); // the customer is not among the recipients
    // The outbox keeps who it was for; the attempt says where it went instead.
    QTRY_COMPARE(m_fixture->value(u"SELECT state FROM notifications"_s).toString(), u"sent"_s);
    QCOMPARE(m_fixture->value(u"SELECT recipient FROM notifications"_s).toString(), u"jane@example.com"_s);
    const QString attempt = m_fixture->value(u"SELECT message FROM delivery_attempts"_s).toString();
    QVERIFY2(attempt.contains(u"owner@shop.test"_s) && attempt.contains(u"jane@example.com"_s), qPrintable(attempt));

    // A restart keeps the shop in test mode.
    m_fixture->stopEngine();
    const QString error = m_fixture->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_fixture->engine().testMode().enabled);
    QCOMPARE(m_fixture->engine().testMode().email, u"owner@shop.test"_s);
    QCOMPARE(postOrder("wh-2", 5002), 200);
    QTRY_COMPARE(m_fixture->fake().acceptedCount(), 2);
    QCOMPARE(toAddress(m_fixture->fake().request(1)), u"owner@shop.test"_s);
}

void tst_TestModePipeline::goLive_nextOrderReachesTheCustomer()
{
    Engine &engine = m_fixture->engine();
    QVERIFY(engine.setTestMode(TestMode{true, u"owner@shop.test"_s, {}}));
    QCOMPARE(postOrder("wh-1", 6001), 200);
    QTRY_COMPARE(m_fixture->fake().acceptedCount(), 1);
    QCOMPARE(toAddress(m_fixture->fake().request(0)), u"owner@shop.test"_s);

    QSignalSpy changed(&engine, &Engine::testModeChanged);
    QVERIFY(engine.setTestMode(TestMode{false, u"owner@shop.test"_s, {}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(postOrder("wh-2", 6002), 200);
    QTRY_COMPARE(m_fixture->fake().acceptedCount(), 2);
    const auto live = m_fixture->fake().request(1);
    QCOMPARE(toAddress(live), u"jane@example.com"_s);
    QVERIFY(!live.json.value(u"subject"_s).toString().startsWith(u"[Test]"_s));
}

void tst_TestModePipeline::impossibleSettings_areRefusedAndChangeNothing()
{
    Engine &engine = m_fixture->engine();
    QSignalSpy changed(&engine, &Engine::testModeChanged);
    const Status refused = engine.setTestMode(TestMode{true, u"not an address"_s, {}});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"not an address"_s), qPrintable(refused.error().message));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!engine.testMode().enabled);
    QCOMPARE(postOrder("wh-1", 7001), 200);
    QTRY_COMPARE(m_fixture->fake().acceptedCount(), 1);
    QCOMPARE(toAddress(m_fixture->fake().request(0)), u"jane@example.com"_s);
}

QTEST_GUILESS_MAIN(tst_TestModePipeline)
#include "tst_testmodepipeline.moc"
