#include "fakes/testsupport.h"
#include "sources/webhookserver.h"
#include "store/ingestsink.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

const QByteArray secret = QByteArrayLiteral("shpss_webhook_secret");

// Records what it is given. Answers at once, or holds every `done` until the test releases them from
// another thread, as a store on its own thread would.
class FakeSink final : public IngestSink
{
public:
    enum class Answer {
        Stored,
        Duplicate,
        Failed,
    };

    void submit(IngestItem item, Done done) override
    {
        QMutexLocker locker(&m_mutex);
        m_items.append(std::move(item));
        if (m_hold) {
            m_held.append(std::move(done));
            return;
        }
        const IngestOutcome outcome = outcomeFor(m_answer);
        locker.unlock();
        done(outcome);
    }

    void setAnswer(Answer answer)
    {
        QMutexLocker locker(&m_mutex);
        m_answer = answer;
    }

    void setHold(bool hold)
    {
        QMutexLocker locker(&m_mutex);
        m_hold = hold;
    }

    qsizetype itemCount() const
    {
        QMutexLocker locker(&m_mutex);
        return m_items.size();
    }

    IngestItem item(qsizetype index) const
    {
        QMutexLocker locker(&m_mutex);
        return m_items.at(index);
    }

    qsizetype heldCount() const
    {
        QMutexLocker locker(&m_mutex);
        return m_held.size();
    }

    // Runs every held `done` on a thread of its own and waits for that thread.
    void releaseFromAnotherThread()
    {
        QList<Done> held;
        IngestOutcome outcome;
        {
            QMutexLocker locker(&m_mutex);
            held = std::exchange(m_held, {});
            outcome = outcomeFor(m_answer);
        }
        std::unique_ptr<QThread> thread(QThread::create([held, outcome] {
            for (const Done &done : held) {
                done(outcome);
            }
        }));
        thread->start();
        thread->wait();
    }

private:
    static IngestOutcome outcomeFor(Answer answer)
    {
        IngestOutcome outcome;
        switch (answer) {
        case Answer::Stored:
            outcome.ok = true;
            outcome.rawEventId = 1;
            break;
        case Answer::Duplicate:
            outcome.ok = true;
            outcome.duplicate = true;
            break;
        case Answer::Failed:
            outcome.error = Error::make(ErrorCode::Storage, u"The database is locked."_s, u"database is locked"_s);
            break;
        }
        return outcome;
    }

    mutable QMutex m_mutex;
    QList<IngestItem> m_items;
    QList<Done> m_held;
    Answer m_answer = Answer::Stored;
    bool m_hold = false;
};

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray allow;
};

QList<SourceConfig> testSources()
{
    SourceConfig shop;
    shop.id = u"nordlicht"_s;
    shop.type = u"shopify"_s;
    shop.name = u"Nordlicht"_s;
    SourceConfig paused = shop;
    paused.id = u"paused"_s;
    paused.name = u"Paused shop"_s;
    paused.enabled = false;
    SourceConfig mystery = shop;
    mystery.id = u"mystery"_s;
    mystery.type = u"nosuchplatform"_s;
    return {shop, paused, mystery};
}

QHash<QString, QByteArray> testSecrets()
{
    return {{u"nordlicht"_s, secret}, {u"paused"_s, secret}, {u"mystery"_s, secret}};
}

} // namespace

class TestWebhookServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void healthz_get_answersOk();
    void webhook_validDelivery_storedAndAccepted();
    void webhook_duplicateDelivery_answersDuplicate();
    void webhook_headersJson_keepsHeadersButNotTheSignature();
    void webhook_refused_data();
    void webhook_refused();
    void webhook_sinkFails_answers503WithRetryAfter();
    void webhook_answer_waitsForTheSinksDone();
    void webhook_senderHangsUpBeforeDone_noCrashAndStillAccepted();
    void webhook_serverOnItsOwnThread_accepts();
    void setSources_removedSource_answers404();
    void listen_portInUse_explainsInPlainWords();
    void close_stopsListening();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, quint16 port = 0);
    static HttpAnswer answerOf(QNetworkReply *reply);
    QNetworkReply *postShopify(const QByteArray &body, const QByteArray &topic = "orders/create");

    QNetworkAccessManager m_network;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<WebhookServer> m_server;
};

void TestWebhookServer::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestWebhookServer::init()
{
    m_sink = std::make_unique<FakeSink>();
    m_server = std::make_unique<WebhookServer>(m_sink.get());
    m_server->setSources(testSources(), testSecrets());
    const Status status = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QVERIFY(m_server->port() != 0);
}

void TestWebhookServer::cleanup()
{
    m_server.reset();
}

QNetworkReply *TestWebhookServer::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                       const QList<std::pair<QByteArray, QByteArray>> &headers, quint16 port)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port ? port : m_server->port());
    url.setPath(path);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (method == "GET") {
        return m_network.get(request);
    }
    return m_network.sendCustomRequest(request, method, body);
}

HttpAnswer TestWebhookServer::answerOf(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000)) {
            qWarning("no answer within 10 s");
        }
    }
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.allow = reply->rawHeader("Allow");
    reply->deleteLater();
    return answer;
}

QNetworkReply *TestWebhookServer::postShopify(const QByteArray &body, const QByteArray &topic)
{
    return send("POST", u"/webhooks/nordlicht"_s, body,
                {{"Content-Type", "application/json"},
                 {"X-Shopify-Topic", topic},
                 {"X-Shopify-Hmac-Sha256", Test::shopifySignature(body, secret)},
                 {"X-Shopify-Shop-Domain", "nordlicht.myshopify.com"},
                 {"X-Shopify-API-Version", "2024-10"},
                 {"X-Shopify-Event-Id", "98880550-7158-44d4-b7cd-2c97c8a091b5"},
                 {"X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"}});
}

void TestWebhookServer::healthz_get_answersOk()
{
    const HttpAnswer answer = answerOf(send("GET", u"/healthz"_s, {}, {}));
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"status"_s).toString(), u"ok"_s);
}

void TestWebhookServer::webhook_validDelivery_storedAndAccepted()
{
    QSignalSpy accepted(m_server.get(), &WebhookServer::webhookAccepted);
    const QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc();

    const HttpAnswer answer = answerOf(postShopify(body));
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"status"_s).toString(), u"accepted"_s);

    QCOMPARE(m_sink->itemCount(), 1);
    const IngestItem item = m_sink->item(0);
    QCOMPARE(item.sourceId, u"nordlicht"_s);
    QCOMPARE(item.sourceType, u"shopify"_s);
    QCOMPARE(item.topic, u"orders/create"_s);
    QCOMPARE(item.body, body); // byte for byte, never re-serialized
    QCOMPARE(item.dedupKeys, QStringList({u"event:98880550-7158-44d4-b7cd-2c97c8a091b5"_s,
                                          u"delivery:b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"_s}));
    QCOMPARE(item.receivedAt.timeSpec(), Qt::UTC);
    QVERIFY(item.receivedAt >= before.addSecs(-1));
    QCOMPARE(item.events.size(), 1);
    QCOMPARE(item.events.constFirst().orderNumber, u"#1042"_s);
    QCOMPARE(item.events.constFirst().sourceId, u"nordlicht"_s);

    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.at(0).at(0).toString(), u"nordlicht"_s);
    QCOMPARE(accepted.at(0).at(1).toString(), u"orders/create"_s);
    QCOMPARE(accepted.at(0).at(2).toBool(), false);
}

void TestWebhookServer::webhook_duplicateDelivery_answersDuplicate()
{
    m_sink->setAnswer(FakeSink::Answer::Duplicate);
    QSignalSpy accepted(m_server.get(), &WebhookServer::webhookAccepted);

    const HttpAnswer answer =
        answerOf(postShopify(Test::fixture(u"shopify/fulfillments_create.json"_s), "fulfillments/create"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.at(0).at(2).toBool(), true);
}

void TestWebhookServer::webhook_headersJson_keepsHeadersButNotTheSignature()
{
    const QByteArray body = Test::fixture(u"shopify/fulfillments_update.json"_s);
    const QByteArray signature = Test::shopifySignature(body, secret);
    QCOMPARE(answerOf(postShopify(body, "fulfillments/update")).status, 200);

    QCOMPARE(m_sink->itemCount(), 1);
    const IngestItem item = m_sink->item(0);
    QJsonParseError error;
    const QJsonObject headers = QJsonDocument::fromJson(item.headersJson, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(headers.value(u"x-shopify-topic"_s).toString(), u"fulfillments/update"_s);
    QCOMPARE(headers.value(u"x-shopify-shop-domain"_s).toString(), u"nordlicht.myshopify.com"_s);
    QCOMPARE(headers.value(u"x-shopify-event-id"_s).toString(), u"98880550-7158-44d4-b7cd-2c97c8a091b5"_s);
    QVERIFY(!headers.contains(u"x-shopify-hmac-sha256"_s));
    QVERIFY(!item.headersJson.contains(signature));
}

void TestWebhookServer::webhook_refused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<qint64>("maxBodyBytes");
    QTest::addColumn<int>("status");

    const QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);
    const QByteArray good = Test::shopifySignature(body, secret);
    const QByteArray topic = QByteArrayLiteral("orders/create");
    const QString path = u"/webhooks/nordlicht"_s;
    const qint64 limit = WebhookServer::defaultMaxBodyBytes;
    const QByteArray malformed = QByteArrayLiteral(R"({"id":5820134932535,"name":"#1042")");
    const QByteArray array = QByteArrayLiteral("[1,2,3]");

    QTest::newRow("missing signature: 401")
        << QByteArray("POST") << path << body << QByteArray() << topic << limit << 401;
    QTest::newRow("wrong signature: 401")
        << QByteArray("POST") << path << body << Test::shopifySignature(body, QByteArrayLiteral("guess")) << topic
        << limit << 401;
    QTest::newRow("signature of another body: 401")
        << QByteArray("POST") << path << body << Test::shopifySignature(body + ' ', secret) << topic << limit << 401;
    QTest::newRow("malformed JSON: 400") << QByteArray("POST") << path << malformed
                                         << Test::shopifySignature(malformed, secret) << topic << limit << 400;
    QTest::newRow("JSON array: 400") << QByteArray("POST") << path << array << Test::shopifySignature(array, secret)
                                     << topic << limit << 400;
    QTest::newRow("missing topic: 400") << QByteArray("POST") << path << body << good << QByteArray() << limit << 400;
    QTest::newRow("over the size limit: 413")
        << QByteArray("POST") << path << body << good << topic << qint64(body.size() - 1) << 413;
    QTest::newRow("unknown source: 404") << QByteArray("POST") << u"/webhooks/nobody"_s << body << good << topic
                                         << limit << 404;
    QTest::newRow("disabled source: 404")
        << QByteArray("POST") << u"/webhooks/paused"_s << body << good << topic << limit << 404;
    QTest::newRow("source without adapter: 404")
        << QByteArray("POST") << u"/webhooks/mystery"_s << body << good << topic << limit << 404;
    QTest::newRow("no source id: 404") << QByteArray("POST") << u"/webhooks/"_s << body << good << topic << limit
                                       << 404;
    QTest::newRow("nested path: 404") << QByteArray("POST") << u"/webhooks/nordlicht/extra"_s << body << good << topic
                                      << limit << 404;
    QTest::newRow("GET on a webhook: 405")
        << QByteArray("GET") << path << QByteArray() << QByteArray() << topic << limit << 405;
    QTest::newRow("PUT on a webhook: 405") << QByteArray("PUT") << path << body << good << topic << limit << 405;
    QTest::newRow("POST on healthz: 405")
        << QByteArray("POST") << u"/healthz"_s << body << good << topic << limit << 405;
    QTest::newRow("unknown path: 404") << QByteArray("GET") << u"/admin"_s << QByteArray() << QByteArray() << topic
                                       << limit << 404;
}

void TestWebhookServer::webhook_refused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);
    QFETCH(QByteArray, topic);
    QFETCH(qint64, maxBodyBytes);
    QFETCH(int, status);

    m_server->setMaxBodyBytes(maxBodyBytes);
    QSignalSpy rejected(m_server.get(), &WebhookServer::webhookRejected);
    QSignalSpy accepted(m_server.get(), &WebhookServer::webhookAccepted);
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!signature.isEmpty()) {
        headers.append({"X-Shopify-Hmac-Sha256", signature});
    }
    if (!topic.isEmpty()) {
        headers.append({"X-Shopify-Topic", topic});
    }

    const HttpAnswer answer = answerOf(send(method, path, body, headers));
    QCOMPARE(answer.status, status);
    QVERIFY2(!QJsonDocument::fromJson(answer.body).object().value(u"error"_s).toString().isEmpty(),
             answer.body.constData());
    if (!signature.isEmpty()) {
        QVERIFY(!answer.body.contains(signature));
    }
    if (status == 405) {
        QVERIFY(!answer.allow.isEmpty());
    }
    QCOMPARE(m_sink->itemCount(), 0);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(1).toInt(), status);
    QVERIFY(!rejected.at(0).at(2).toString().isEmpty());
}

void TestWebhookServer::webhook_sinkFails_answers503WithRetryAfter()
{
    m_sink->setAnswer(FakeSink::Answer::Failed);
    QSignalSpy rejected(m_server.get(), &WebhookServer::webhookRejected);
    QSignalSpy accepted(m_server.get(), &WebhookServer::webhookAccepted);

    const HttpAnswer answer = answerOf(postShopify(Test::fixture(u"shopify/orders_create.json"_s)));
    QCOMPARE(answer.status, 503);
    QVERIFY(answer.retryAfter.toInt() > 0);
    QVERIFY(QJsonDocument::fromJson(answer.body).object().contains(u"error"_s));
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), u"nordlicht"_s);
    QCOMPARE(rejected.at(0).at(1).toInt(), 503);
    QCOMPARE(rejected.at(0).at(2).toString(), u"The database is locked."_s);
}

void TestWebhookServer::webhook_answer_waitsForTheSinksDone()
{
    m_sink->setHold(true);
    QSignalSpy accepted(m_server.get(), &WebhookServer::webhookAccepted);
    QNetworkReply *webhook = postShopify(Test::fixture(u"shopify/orders_create.json"_s));
    QTRY_COMPARE(m_sink->heldCount(), 1);

    // A second request on another connection is answered, so the server is running; the webhook is not.
    QCOMPARE(answerOf(send("GET", u"/healthz"_s, {}, {})).status, 200);
    QVERIFY(!webhook->isFinished());
    QCOMPARE(accepted.size(), 0);

    m_sink->releaseFromAnotherThread();
    const HttpAnswer answer = answerOf(webhook);
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(accepted.size(), 1);
}

void TestWebhookServer::webhook_senderHangsUpBeforeDone_noCrashAndStillAccepted()
{
    m_sink->setHold(true);
    QSignalSpy accepted(m_server.get(), &WebhookServer::webhookAccepted);
    const QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(client.waitForConnected(5000));
    client.write("POST /webhooks/nordlicht HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "X-Shopify-Topic: orders/create\r\nX-Shopify-Hmac-Sha256: " +
                 Test::shopifySignature(body, secret) + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\n\r\n" + body);
    QTRY_COMPARE(m_sink->heldCount(), 1);

    const quint16 clientPort = client.localPort();
    const auto serverSideOfClient = [this, clientPort] {
        const auto sockets = m_server->findChildren<QTcpSocket *>();
        return std::count_if(sockets.cbegin(), sockets.cend(),
                             [clientPort](const QTcpSocket *socket) { return socket->peerPort() == clientPort; });
    };
    QCOMPARE(serverSideOfClient(), 1);
    client.abort();
    // The server notices the hang-up and deletes its socket before the store answers.
    QTRY_COMPARE(serverSideOfClient(), 0);

    m_sink->releaseFromAnotherThread();
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(m_sink->itemCount(), 1);
}

void TestWebhookServer::webhook_serverOnItsOwnThread_accepts()
{
    m_server.reset();
    QThread ingest;
    ingest.setObjectName(u"ingest"_s);
    auto *server = new WebhookServer(m_sink.get());
    server->setSources(testSources(), testSecrets());
    server->moveToThread(&ingest);
    connect(&ingest, &QThread::finished, server, &QObject::deleteLater);
    ingest.start();

    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [server, &port] {
            if (server->listen(QHostAddress::LocalHost, 0).ok()) {
                port = server->port();
            }
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(port != 0);
    QSignalSpy accepted(server, &WebhookServer::webhookAccepted);

    m_sink->setHold(true);
    const QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);
    QNetworkReply *reply = send(
        "POST", u"/webhooks/nordlicht"_s, body,
        {{"X-Shopify-Topic", "orders/create"}, {"X-Shopify-Hmac-Sha256", Test::shopifySignature(body, secret)}}, port);
    QTRY_COMPARE(m_sink->heldCount(), 1);
    m_sink->releaseFromAnotherThread();
    QCOMPARE(answerOf(reply).status, 200);
    QTRY_COMPARE(accepted.size(), 1);

    ingest.quit();
    QVERIFY(ingest.wait(5000));
}

void TestWebhookServer::setSources_removedSource_answers404()
{
    m_server->setSources({}, {});
    const QByteArray body = Test::fixture(u"shopify/orders_create.json"_s);
    QCOMPARE(answerOf(postShopify(body)).status, 404);
    QCOMPARE(m_sink->itemCount(), 0);
}

void TestWebhookServer::listen_portInUse_explainsInPlainWords()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    WebhookServer second(m_sink.get());
    const Status status = second.listen(QHostAddress::LocalHost, squatter.serverPort());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Config);
    QVERIFY2(status.error().message.contains(QString::number(squatter.serverPort())),
             qPrintable(status.error().message));
    QCOMPARE(second.port(), quint16(0));
}

void TestWebhookServer::close_stopsListening()
{
    const quint16 port = m_server->port();
    QVERIFY(m_server->isListening());
    m_server->close();
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server->port(), quint16(0));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!client.waitForConnected(5000));

    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
    QCOMPARE(answerOf(send("GET", u"/healthz"_s, {}, {})).status, 200);
}

QTEST_GUILESS_MAIN(TestWebhookServer)

#include "tst_webhookserver.moc"
