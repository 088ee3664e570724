#include "channels/webhookchannel.h"
#include "fakes/fakewebhook.h"
#include "fakes/sendrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ErrorCode;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::WebhookChannel;
using Tidings::Test::errorText;
using Tidings::Test::FakeWebhook;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

const QByteArray HookPath = "/hooks/catch/123/s3cr3tHook/";
const QByteArray Sig = "s3cr3tSigValue0123";
const QString SigningSecret = u"whsec_s3cr3t-signing"_s;

Tidings::ChannelConfig config(const QString &optionUrl = {})
{
    Tidings::ChannelConfig config;
    config.id = u"zap"_s;
    config.type = u"webhook"_s;
    config.name = u"Zapier"_s;
    if (!optionUrl.isEmpty()) {
        config.options.insert(u"url"_s, optionUrl);
    }
    return config;
}

OutgoingMessage message(qint64 id = 42)
{
    OutgoingMessage message;
    message.notificationId = id;
    message.toEmail = u"zoe@example.pl"_s;
    message.toName = u"Zoë Łukasiewicz"_s;
    message.toPhone = u"+48123456789"_s;
    message.subject = u"Zamówienie #1042 wysłane"_s;
    message.text = u"Cześć Zoë, paczka jest w drodze."_s;
    message.html = u"<p>Cześć Zoë</p>"_s;
    message.context = QJsonObject{
        {u"order"_s, QJsonObject{{u"number"_s, u"1042"_s}, {u"total"_s, u"59.90"_s}}},
        {u"customer"_s, QJsonObject{{u"name"_s, u"Zoë Łukasiewicz"_s}}},
        {u"items"_s, QJsonArray{QJsonObject{{u"sku"_s, u"R-1"_s}, {u"quantity"_s, 2}}}},
    };
    return message;
}

} // namespace

class TestWebhookChannel final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void typeInfo();
    void signatureVector();
    void answers_data();
    void answers();
    void requestShape();
    void signedRequest();
    void powerAutomateSecretUrl();
    void secretUrlWinsOverOption();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void timeout();
    void connectionRefused();

private:
    void start(const QByteArray &sig = {}, const QByteArray &signingSecret = {});

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeWebhook> m_fake;
};

void TestWebhookChannel::start(const QByteArray &sig, const QByteArray &signingSecret)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeWebhook>(HookPath, sig, signingSecret);
    QVERIFY(m_fake->listen());
}

void TestWebhookChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestWebhookChannel::typeInfo()
{
    const Tidings::ChannelTypeInfo info = WebhookChannel::typeInfo();
    QCOMPARE(info.type, u"webhook"_s);
    QCOMPARE(info.kind, Tidings::ChannelKind::Automation);
    QCOMPARE(info.secrets.size(), 2);
    QCOMPARE(info.secrets.at(0).name, u"url"_s);
    QCOMPARE(info.secrets.at(1).name, u"signingSecret"_s);
    QVERIFY(info.secrets.at(0).optional && info.secrets.at(1).optional);
    QCOMPARE(info.options.first().key, u"url"_s);
}

void TestWebhookChannel::signatureVector()
{
    // Python: hmac.new(b"whsec_test", b'1700000000.{"a":1}', hashlib.sha256).hexdigest()
    QCOMPARE(WebhookChannel::signature("whsec_test", 1700000000, R"({"a":1})"),
             QByteArray("sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"));
}

void TestWebhookChannel::answers_data()
{
    QTest::addColumn<FakeWebhook::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("hasRetryAt");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("messageId");

    const int rejected = int(ErrorCode::ProviderRejected);
    const int failed = int(ErrorCode::ProviderFailed);
    using M = FakeWebhook::Mode;
    QTest::newRow("Zapier 200") << M::AcceptZapier << true << false << -1 << 200 << false << QString() << u"zap-0"_s;
    QTest::newRow("Power Automate 202") << M::AcceptPowerAutomate << true << false << -1 << 202 << false << QString()
                                        << QString();
    QTest::newRow("200 not JSON") << M::AcceptGarbage << true << false << -1 << 200 << false << QString() << QString();
    QTest::newRow("410 hook off") << M::Gone410 << false << false << rejected << 410 << false << u"turned off"_s
                                  << QString();
    QTest::newRow("404 flow gone") << M::NotFound404 << false << false << rejected << 404 << false
                                   << u"Nothing receives"_s << QString();
    QTest::newRow("401 key refused") << M::Unauthorized401 << false << false << rejected << 401 << false
                                     << u"refused the request"_s << QString();
    QTest::newRow("400") << M::BadRequest400 << false << false << rejected << 400 << false << u"HTTP 400"_s
                         << QString();
    QTest::newRow("429 with Retry-After")
        << M::RateLimited << false << true << int(ErrorCode::RateLimited) << 429 << true << u"how fast"_s << QString();
    QTest::newRow("429 without Retry-After") << M::RateLimitedNoRetry << false << true << int(ErrorCode::RateLimited)
                                             << 429 << false << u"how fast"_s << QString();
    QTest::newRow("500") << M::ServerError500 << false << true << failed << 500 << false << u"HTTP 500"_s << QString();
    QTest::newRow("504 flow too slow") << M::GatewayTimeout504 << false << true << failed << 504 << false
                                       << u"HTTP 504"_s << QString();
}

void TestWebhookChannel::answers()
{
    QFETCH(FakeWebhook::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(bool, hasRetryAt);
    QFETCH(QString, words);
    QFETCH(QString, messageId);

    start();
    m_fake->setMode(mode);
    m_fake->setRetryAfterSeconds(30);
    WebhookChannel channel(config(), m_fake->url().toString(), SigningSecret, m_network.get());
    SendRecorder recorder;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    channel.send(message(), recorder.callback());
    QVERIFY(!recorder.has());
    QTRY_VERIFY(recorder.has());

    const SendOutcome &outcome = recorder.outcome();
    QCOMPARE(outcome.accepted, accepted);
    QCOMPARE(outcome.httpStatus, httpStatus);
    QCOMPARE(m_fake->requestCount(), 1);
    QVERIFY(m_fake->request(0).violation.isEmpty());
    if (accepted) {
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.providerMessageId, messageId);
    } else {
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->retryable, retryable);
        QCOMPARE(int(outcome.error->code), code);
        QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
        QVERIFY(!outcome.error->detail.isEmpty());
    }
    QCOMPARE(outcome.retryAt.has_value(), hasRetryAt);
    if (hasRetryAt) {
        QVERIFY(*outcome.retryAt >= before.addSecs(29));
        QVERIFY(*outcome.retryAt <= QDateTime::currentDateTimeUtc().addSecs(31));
    }
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
    QCOMPARE(recorder.calls(), 1);
}

void TestWebhookChannel::requestShape()
{
    start();
    // A receiver without a key in its address may be a plain option.
    WebhookChannel channel(config(m_fake->url().toString()), {}, {}, m_network.get());
    QVERIFY(!channel.signs());
    SendRecorder recorder;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    channel.send(message(9007), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY2(recorder.outcome().accepted, qPrintable(m_fake->request(0).violation));

    const FakeWebhook::ReceivedRequest request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, HookPath);
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("x-tidings-notification-id"), QByteArray("9007"));
    QVERIFY(!request.headers.contains("x-tidings-signature"));
    QVERIFY(!request.headers.contains("x-tidings-timestamp"));
    QVERIFY(!request.headers.contains("authorization"));

    const QJsonObject json = request.json;
    QCOMPARE(json.value(u"notificationId"_s).toInteger(), 9007);
    QCOMPARE(json.value(u"event"_s).toObject(), message().context);
    const QJsonObject sent = json.value(u"message"_s).toObject();
    QCOMPARE(sent.value(u"subject"_s).toString(), u"Zamówienie #1042 wysłane"_s);
    QCOMPARE(sent.value(u"text"_s).toString(), message().text);
    QCOMPARE(sent.value(u"html"_s).toString(), message().html);
    const QJsonObject to = sent.value(u"to"_s).toObject();
    QCOMPARE(to.value(u"email"_s).toString(), u"zoe@example.pl"_s);
    QCOMPARE(to.value(u"name"_s).toString(), u"Zoë Łukasiewicz"_s);
    QCOMPARE(to.value(u"phone"_s).toString(), u"+48123456789"_s);
    const QDateTime sentAt = QDateTime::fromString(json.value(u"sentAt"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(sentAt.isValid());
    QCOMPARE(sentAt.timeSpec(), Qt::UTC);
    QVERIFY(sentAt >= before && sentAt <= QDateTime::currentDateTimeUtc());
}

void TestWebhookChannel::signedRequest()
{
    start({}, SigningSecret.toUtf8());
    WebhookChannel channel(config(), m_fake->url().toString(), SigningSecret, m_network.get());
    QVERIFY(channel.signs());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY2(recorder.outcome().accepted, qPrintable(m_fake->request(0).violation));
    const FakeWebhook::ReceivedRequest request = m_fake->request(0);
    const QByteArray timestamp = request.headers.value("x-tidings-timestamp");
    QCOMPARE(request.headers.value("x-tidings-signature"),
             WebhookChannel::signature(SigningSecret.toUtf8(), timestamp.toLongLong(), request.body));
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s});

    // The receiver refuses a request signed with another secret.
    WebhookChannel wrong(config(), m_fake->url().toString(), u"whsec_other"_s, m_network.get());
    SendRecorder refused;
    wrong.send(message(), refused.callback());
    QTRY_VERIFY(refused.has());
    QCOMPARE(refused.outcome().httpStatus, 401);
    QVERIFY(refused.outcome().error);
    QVERIFY(!refused.outcome().error->retryable);
    QCOMPARE(m_fake->request(1).violation, u"bad signature"_s);
}

void TestWebhookChannel::powerAutomateSecretUrl()
{
    start(Sig);
    const QString url = m_fake->url().toString();
    QVERIFY(url.contains(u"sig=s3cr3t"_s));
    WebhookChannel channel(config(), url, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY2(recorder.outcome().accepted, qPrintable(m_fake->request(0).violation));
    QVERIFY(m_fake->request(0).query.contains(QByteArray("sig=" + Sig)));

    // A wrong sig: refused for good, and neither the URL nor its sig shows anywhere.
    QString wrongUrl = url;
    wrongUrl.replace(QString::fromUtf8(Sig), u"s3cr3tWrongSig"_s);
    WebhookChannel wrong(config(), wrongUrl, {}, m_network.get());
    SendRecorder refused;
    wrong.send(message(), refused.callback());
    QTRY_VERIFY(refused.has());
    QCOMPARE(refused.outcome().httpStatus, 401);
    QVERIFY(refused.outcome().error);
    QVERIFY(refused.outcome().error->message.contains(u"Anyone"_s));
    verifyNoSecrets(refused.outcome(), {u"s3cr3t"_s});
}

void TestWebhookChannel::secretUrlWinsOverOption()
{
    start();
    WebhookChannel channel(config(u"https://elsewhere.example/hook"_s), m_fake->url().toString(), {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().accepted);
    QCOMPARE(m_fake->requestCount(), 1);
}

void TestWebhookChannel::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("optionUrl");
    QTest::addColumn<QString>("secretUrl");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");

    const QString subject = message().subject;
    const int config = int(ErrorCode::Config);
    QTest::newRow("no address") << QString() << QString() << subject << config << u"No webhook address"_s;
    QTest::newRow("cleartext remote") << QString() << u"http://hooks.zapier.com/hooks/catch/1/s3cr3t/"_s << subject
                                      << config << u"https://"_s;
    QTest::newRow("not an address") << QString() << u"s3cr3t hook"_s << subject << config << u"not a web address"_s;
    QTest::newRow("line break") << QString() << u"https://hooks.zapier.com/s3cr3t\r\nX-Evil: 1"_s << subject << config
                                << u"not a web address"_s;
    QTest::newRow("sig in a plain option")
        << u"https://prod-1.westeurope.logic.azure.com/workflows/1/triggers/manual/paths/"
           "invoke?api-version=2016-06-01&sig=s3cr3tSig"_s
        << QString() << subject << config << u"Secret webhook URL"_s;
    QTest::newRow("CRLF in subject") << QString() << u"https://hooks.zapier.com/hooks/catch/1/s3cr3t/"_s
                                     << u"Shipped\r\nX-Evil: 1"_s << int(ErrorCode::InvalidInput) << u"line break"_s;
}

void TestWebhookChannel::refusedBeforeSending()
{
    QFETCH(QString, optionUrl);
    QFETCH(QString, secretUrl);
    QFETCH(QString, subject);
    QFETCH(int, code);
    QFETCH(QString, words);

    start();
    WebhookChannel channel(config(optionUrl), secretUrl, {}, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.subject = subject;
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback());
    QVERIFY(!recorder.has());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().error);
    QCOMPARE(int(recorder.outcome().error->code), code);
    QVERIFY(!recorder.outcome().error->retryable);
    QVERIFY2(recorder.outcome().error->message.contains(words), qPrintable(errorText(recorder.outcome())));
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s});
    QCOMPARE(m_fake->requestCount(), 0);
    QCOMPARE(recorder.calls(), 1);
}

void TestWebhookChannel::timeout()
{
    start(Sig);
    m_fake->setMode(FakeWebhook::Mode::Hang);
    auto hung = config();
    hung.options.insert(u"timeoutMs"_s, 300);
    WebhookChannel channel(hung, m_fake->url().toString(), SigningSecret, m_network.get());
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeWebhook::requestReceived);
    channel.send(message(), recorder.callback());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(), 5000);
    QCOMPARE(received.size(), 1);
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->code, ErrorCode::Timeout);
    QVERIFY(recorder.outcome().error->retryable);
    QVERIFY2(recorder.outcome().error->message.contains(u"127.0.0.1 did not answer in time"_s),
             qPrintable(errorText(recorder.outcome())));
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s});
}

void TestWebhookChannel::connectionRefused()
{
    start();
    QString url;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        url = u"http://127.0.0.1:%1/hooks/catch/1/s3cr3tHook/?sig=s3cr3tSig"_s.arg(probe.serverPort());
    }
    WebhookChannel channel(config(), url, {}, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->code, ErrorCode::Network);
    QVERIFY(recorder.outcome().error->retryable);
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s});
}

QTEST_GUILESS_MAIN(TestWebhookChannel)

#include "tst_webhookchannel.moc"
