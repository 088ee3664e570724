#include "channels/slackwebhookchannel.h"
#include "fakes/fakeslack.h"
#include "fakes/sendrecorder.h"

#include <QJsonArray>
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
using Tidings::SlackWebhookChannel;
using Tidings::Test::errorText;
using Tidings::Test::FakeSlack;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString HookSecret = u"s3cr3tHookPartXyZ0123456"_s;

Tidings::ChannelConfig config()
{
    Tidings::ChannelConfig config;
    config.id = u"staff-hook"_s;
    config.type = u"slack-webhook"_s;
    config.name = u"Staff hook"_s;
    return config;
}

OutgoingMessage message(qint64 id = 42)
{
    OutgoingMessage message;
    message.notificationId = id;
    message.subject = u"Order #1042 shipped"_s;
    message.text = u"Order #1042 for Zoë has shipped."_s;
    message.context = QJsonObject{
        {u"order"_s, QJsonObject{{u"number"_s, u"1042"_s}}},
        {u"customer"_s, QJsonObject{{u"name"_s, u"Zoë <!here> & Co"_s}}},
        {u"shipment"_s, QJsonObject{{u"statusLabel"_s, u"Shipped"_s}, {u"trackingUrl"_s, u"https://t.example/1"_s}}},
    };
    return message;
}

} // namespace

class TestSlackWebhookChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typeInfo();
    void answers_data();
    void answers();
    void requestShape();
    void badUrlsAreRefused_data();
    void badUrlsAreRefused();
    void lineBreakInSubjectIsRefused();
    void timeout();
    void connectionRefused();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeSlack> m_fake;
};

void TestSlackWebhookChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeSlack>(u"xoxb-unused"_s, HookSecret);
    QVERIFY(m_fake->listen());
}

void TestSlackWebhookChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestSlackWebhookChannel::typeInfo()
{
    const Tidings::ChannelTypeInfo info = SlackWebhookChannel::typeInfo();
    QCOMPARE(info.type, u"slack-webhook"_s);
    QCOMPARE(info.kind, Tidings::ChannelKind::Chat);
    QCOMPARE(info.secrets.size(), 1);
    QCOMPARE(info.secrets.first().name, u"webhookUrl"_s);
    QVERIFY(!info.secrets.first().optional);
}

void TestSlackWebhookChannel::answers_data()
{
    QTest::addColumn<FakeSlack::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("hasRetryAt");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("detail");

    const int rejected = int(ErrorCode::ProviderRejected);
    const int failed = int(ErrorCode::ProviderFailed);
    using M = FakeSlack::Mode;
    QTest::newRow("200 ok") << M::Accept << true << false << -1 << 200 << false << QString() << QString();
    QTest::newRow("403 invalid_token") << M::InvalidAuth << false << false << rejected << 403 << false
                                       << u"was removed"_s << u"invalid_token"_s;
    QTest::newRow("404 no_service") << M::TokenRevoked << false << false << rejected << 404 << false << u"was removed"_s
                                    << u"no_service"_s;
    QTest::newRow("404 channel_not_found") << M::ChannelNotFound << false << false << rejected << 404 << false
                                           << u"no longer exists"_s << u"channel_not_found"_s;
    QTest::newRow("403 action_prohibited")
        << M::NotInChannel << false << false << rejected << 403 << false << u"admin"_s << u"action_prohibited"_s;
    QTest::newRow("410 channel_is_archived")
        << M::IsArchived << false << false << rejected << 410 << false << u"archived"_s << u"channel_is_archived"_s;
    QTest::newRow("400 invalid_payload") << M::MsgTooLong << false << false << rejected << 400 << false << u"layout"_s
                                         << u"invalid_payload"_s;
    QTest::newRow("400 no_text") << M::InvalidBlocks << false << false << rejected << 400 << false << u"layout"_s
                                 << u"no_text"_s;
    QTest::newRow("500 rollup_error") << M::InternalError << false << true << failed << 500 << false << u"HTTP 500"_s
                                      << u"rollup_error"_s;
    QTest::newRow("429 with Retry-After") << M::RateLimited << false << true << int(ErrorCode::RateLimited) << 429
                                          << true << u"one message a second"_s << u"rate_limited"_s;
    QTest::newRow("429 without Retry-After") << M::RateLimitedNoRetry << false << true << int(ErrorCode::RateLimited)
                                             << 429 << false << u"one message a second"_s << u"rate_limited"_s;
    QTest::newRow("503") << M::ServerError503 << false << true << failed << 503 << false << u"HTTP 503"_s
                         << u"Service Unavailable"_s;
}

void TestSlackWebhookChannel::answers()
{
    QFETCH(FakeSlack::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(bool, hasRetryAt);
    QFETCH(QString, words);
    QFETCH(QString, detail);

    m_fake->setMode(mode);
    m_fake->setRetryAfterSeconds(30);
    const QString url = m_fake->webhookUrl().toString();
    SlackWebhookChannel channel(config(), url, m_network.get());
    SendRecorder recorder;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    channel.send(message(), recorder.callback());
    QVERIFY(!recorder.has());
    QTRY_VERIFY(recorder.has());

    const SendOutcome &outcome = recorder.outcome();
    QCOMPARE(outcome.accepted, accepted);
    QCOMPARE(outcome.httpStatus, httpStatus);
    QCOMPARE(m_fake->requestCount(), 1);
    if (accepted) {
        QVERIFY(!outcome.error);
        QCOMPARE(m_fake->acceptedCount(), 1);
    } else {
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->retryable, retryable);
        QCOMPARE(int(outcome.error->code), code);
        QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
        QVERIFY2(outcome.error->detail.contains(detail), qPrintable(errorText(outcome)));
    }
    QCOMPARE(outcome.retryAt.has_value(), hasRetryAt);
    if (hasRetryAt) {
        QVERIFY(*outcome.retryAt >= before.addSecs(29));
        QVERIFY(*outcome.retryAt <= QDateTime::currentDateTimeUtc().addSecs(31));
    }
    verifyNoSecrets(outcome, {u"s3cr3t"_s, url});
    QCOMPARE(recorder.calls(), 1);
}

void TestSlackWebhookChannel::requestShape()
{
    SlackWebhookChannel channel(config(), m_fake->webhookUrl().toString(), m_network.get());
    SendRecorder recorder;
    channel.send(message(77), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().accepted);

    const FakeSlack::ReceivedRequest request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/services/T000/B000/") + HookSecret.toUtf8());
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(!request.headers.contains("authorization"));
    const QJsonObject json = request.json;
    QVERIFY(!json.contains(u"channel"_s));
    QCOMPARE(json.value(u"text"_s).toString(), message().text);
    QCOMPARE(json.value(u"metadata"_s)
                 .toObject()
                 .value(u"event_payload"_s)
                 .toObject()
                 .value(u"notification_id"_s)
                 .toString(),
             u"77"_s);
    const QJsonArray blocks = json.value(u"blocks"_s).toArray();
    QCOMPARE(blocks.size(), 4);
    const QString mrkdwn = blocks.at(1).toObject().value(u"text"_s).toObject().value(u"text"_s).toString();
    QVERIFY2(mrkdwn.contains(u"Zoë &lt;!here&gt; &amp; Co"_s), qPrintable(mrkdwn));
    QCOMPARE(blocks.at(3).toObject().value(u"elements"_s).toArray().at(0).toObject().value(u"url"_s).toString(),
             u"https://t.example/1"_s);
}

void TestSlackWebhookChannel::badUrlsAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QString() << u"No webhook URL"_s;
    QTest::newRow("not a URL") << u"s3cr3t nonsense"_s << u"not a web address"_s;
    QTest::newRow("other host") << u"https://hooks.evil.example/services/T/B/s3cr3tXXXXXX"_s
                                << u"not a Slack webhook"_s;
    QTest::newRow("cleartext") << u"http://hooks.slack.com/services/T/B/s3cr3tXXXXXX"_s << u"https://"_s;
    QTest::newRow("line break") << u"https://hooks.slack.com/services/T/B/s3cr3t\r\nX-Evil: 1"_s
                                << u"not a web address"_s;
}

void TestSlackWebhookChannel::badUrlsAreRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, words);
    SlackWebhookChannel channel(config(), url, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->code, ErrorCode::Config);
    QVERIFY(!recorder.outcome().error->retryable);
    QVERIFY2(recorder.outcome().error->message.contains(words), qPrintable(errorText(recorder.outcome())));
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s, url.isEmpty() ? u"-"_s : url});
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestSlackWebhookChannel::lineBreakInSubjectIsRefused()
{
    SlackWebhookChannel channel(config(), m_fake->webhookUrl().toString(), m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.subject = u"Shipped\nX-Evil: 1"_s;
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->code, ErrorCode::InvalidInput);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestSlackWebhookChannel::timeout()
{
    m_fake->setMode(FakeSlack::Mode::Hang);
    auto hung = config();
    hung.options.insert(u"timeoutMs"_s, 300);
    const QString url = m_fake->webhookUrl().toString();
    SlackWebhookChannel channel(hung, url, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(), 5000);
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->code, ErrorCode::Timeout);
    QVERIFY(recorder.outcome().error->retryable);
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s, url});
}

void TestSlackWebhookChannel::connectionRefused()
{
    QString url;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        url = u"http://127.0.0.1:%1/services/T000/B000/%2"_s.arg(QString::number(probe.serverPort()), HookSecret);
    }
    SlackWebhookChannel channel(config(), url, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->code, ErrorCode::Network);
    QVERIFY(recorder.outcome().error->retryable);
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s, url});
}

QTEST_GUILESS_MAIN(TestSlackWebhookChannel)

#include "tst_slackwebhookchannel.moc"
