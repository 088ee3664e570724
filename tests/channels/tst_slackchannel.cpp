#include "channels/slackchannel.h"
#include "channels/slackwebhookchannel.h"
#include "fakes/fakeslack.h"
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
using Tidings::SlackChannel;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeSlack;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString Token = u"xoxb-1111-2222-s3cr3tT0kenThatMustNotLeak"_s;

Tidings::ChannelConfig configFor(const QUrl &baseUrl, const QString &channel = u"C0123456789"_s)
{
    Tidings::ChannelConfig config;
    config.id = u"staff"_s;
    config.type = u"slack"_s;
    config.name = u"Staff Slack"_s;
    config.baseUrl = baseUrl;
    if (!channel.isNull()) {
        config.options.insert(u"channel"_s, channel);
    }
    return config;
}

OutgoingMessage message(qint64 id = 42)
{
    OutgoingMessage message;
    message.notificationId = id;
    message.subject = u"Order #1042 shipped"_s;
    message.text = u"Order #1042 for Zoë Łukasiewicz has shipped."_s;
    message.context = QJsonObject{
        {u"order"_s, QJsonObject{{u"number"_s, u"1042"_s},
                                 {u"statusLabel"_s, u"Paid"_s},
                                 {u"total"_s, u"59.90"_s},
                                 {u"currency"_s, u"EUR"_s}}},
        {u"customer"_s, QJsonObject{{u"name"_s, u"Zoë <@channel> & Łukasiewicz"_s}, {u"email"_s, u"zoe@example.pl"_s}}},
        {u"shipment"_s, QJsonObject{{u"statusLabel"_s, u"Shipped"_s},
                                    {u"carrier"_s, u"DHL"_s},
                                    {u"trackingNumber"_s, u"JD0001"_s},
                                    {u"trackingUrl"_s, u"https://track.example/JD0001?x=1&y=2"_s}}},
        {u"brand"_s, QJsonObject{{u"shopName"_s, u"Kwiaty & Co"_s}}},
    };
    return message;
}

} // namespace

class TestSlackChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typeInfo();
    void answers_data();
    void answers();
    void requestShape();
    void withoutContextOrTracking();
    void postMessageUrl_data();
    void postMessageUrl();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void wrongTokenDoesNotLeak();
    void timeout();
    void connectionRefused();
    void checkConnection_data();
    void checkConnection();
    void checkConnectionPostsNothing();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeSlack> m_fake;
};

void TestSlackChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeSlack>(Token, u"hooksecret"_s);
    QVERIFY(m_fake->listen());
}

void TestSlackChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestSlackChannel::typeInfo()
{
    const Tidings::ChannelTypeInfo info = SlackChannel::typeInfo();
    QCOMPARE(info.type, u"slack"_s);
    QCOMPARE(info.kind, Tidings::ChannelKind::Chat);
    QCOMPARE(info.defaultRatePerSecond, 1.0);
    QCOMPARE(info.options.first().key, u"baseUrl"_s);
    QCOMPARE(info.secrets.size(), 1);
    QCOMPARE(info.secrets.first().name, u"botToken"_s);
    QVERIFY(!info.setupSteps.isEmpty());
}

void TestSlackChannel::answers_data()
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
    QTest::newRow("ok") << M::Accept << true << false << -1 << 200 << false << QString() << QString();
    QTest::newRow("invalid_auth") << M::InvalidAuth << false << false << rejected << 200 << false
                                  << u"refused the bot token"_s << u"invalid_auth"_s;
    QTest::newRow("token_revoked") << M::TokenRevoked << false << false << rejected << 200 << false
                                   << u"refused the bot token"_s << u"token_revoked"_s;
    QTest::newRow("channel_not_found") << M::ChannelNotFound << false << false << rejected << 200 << false
                                       << u"invite the app"_s << u"channel_not_found"_s;
    QTest::newRow("not_in_channel") << M::NotInChannel << false << false << rejected << 200 << false << u"/invite"_s
                                    << u"not_in_channel"_s;
    QTest::newRow("is_archived") << M::IsArchived << false << false << rejected << 200 << false << u"archived"_s
                                 << u"is_archived"_s;
    QTest::newRow("msg_too_long") << M::MsgTooLong << false << false << rejected << 200 << false << u"too long"_s
                                  << u"msg_too_long"_s;
    QTest::newRow("invalid_blocks") << M::InvalidBlocks << false << false << rejected << 200 << false << u"layout"_s
                                    << u"invalid_blocks"_s;
    QTest::newRow("internal_error") << M::InternalError << false << true << failed << 200 << false
                                    << u"temporary problem"_s << u"internal_error"_s;
    QTest::newRow("429 with Retry-After") << M::RateLimited << false << true << int(ErrorCode::RateLimited) << 429
                                          << true << u"one a second"_s << u"ratelimited"_s;
    QTest::newRow("429 without Retry-After") << M::RateLimitedNoRetry << false << true << int(ErrorCode::RateLimited)
                                             << 429 << false << u"one a second"_s << u"ratelimited"_s;
    QTest::newRow("503") << M::ServerError503 << false << true << failed << 503 << false << u"HTTP 503"_s
                         << u"Service Unavailable"_s;
    QTest::newRow("malformed 200") << M::Malformed << false << true << failed << 200 << false << u"could not be read"_s
                                   << u"Wi-Fi"_s;
}

void TestSlackChannel::answers()
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
    SlackChannel channel(configFor(m_fake->baseUrl()), Token, m_network.get());
    SendRecorder recorder;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    channel.send(message(), recorder.callback());
    QVERIFY(!recorder.has()); // never inside send()
    QTRY_VERIFY(recorder.has());

    const SendOutcome &outcome = recorder.outcome();
    QCOMPARE(outcome.accepted, accepted);
    QCOMPARE(outcome.httpStatus, httpStatus);
    QCOMPARE(m_fake->requestCount(), 1);
    if (accepted) {
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.providerMessageId, m_fake->request(0).ts);
        QVERIFY(outcome.providerMessageId.endsWith(u".000100"_s));
    } else {
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->retryable, retryable);
        QCOMPARE(int(outcome.error->code), code);
        QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
        QVERIFY2(outcome.error->detail.contains(detail), qPrintable(errorText(outcome)));
        QVERIFY(outcome.providerMessageId.isEmpty());
    }
    QCOMPARE(outcome.retryAt.has_value(), hasRetryAt);
    if (hasRetryAt) {
        QVERIFY(*outcome.retryAt >= before.addSecs(29));
        QVERIFY(*outcome.retryAt <= QDateTime::currentDateTimeUtc().addSecs(31));
    }
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
    QCOMPARE(recorder.calls(), 1);
    QCOMPARE(channel.pendingCount(), 0);
}

void TestSlackChannel::requestShape()
{
    SlackChannel channel(configFor(m_fake->baseUrl()), Token, m_network.get());
    SendRecorder recorder;
    channel.send(message(4711), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().accepted);

    const FakeSlack::ReceivedRequest request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/api/chat.postMessage"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + Token.toUtf8());
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));

    const QJsonObject json = request.json;
    QCOMPARE(json.value(u"channel"_s).toString(), u"C0123456789"_s);
    QCOMPARE(json.value(u"text"_s).toString(), message().text); // non-ASCII survives as UTF-8
    QCOMPARE(json.value(u"metadata"_s).toObject().value(u"event_type"_s).toString(), u"tidings_notification"_s);
    QCOMPARE(json.value(u"metadata"_s)
                 .toObject()
                 .value(u"event_payload"_s)
                 .toObject()
                 .value(u"notification_id"_s)
                 .toString(),
             u"4711"_s);

    const QJsonArray blocks = json.value(u"blocks"_s).toArray();
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).toObject().value(u"type"_s).toString(), u"header"_s);
    QCOMPARE(blocks.at(0).toObject().value(u"text"_s).toObject().value(u"text"_s).toString(), u"Order #1042 shipped"_s);
    QCOMPARE(blocks.at(0).toObject().value(u"text"_s).toObject().value(u"type"_s).toString(), u"plain_text"_s);
    const QJsonObject section = blocks.at(1).toObject().value(u"text"_s).toObject();
    QCOMPARE(section.value(u"type"_s).toString(), u"mrkdwn"_s);
    const QString mrkdwn = section.value(u"text"_s).toString();
    QVERIFY2(mrkdwn.contains(u"*Order:* #1042"_s), qPrintable(mrkdwn));
    QVERIFY2(mrkdwn.contains(u"*Customer:* Zoë &lt;@channel&gt; &amp; Łukasiewicz (zoe@example.pl)"_s),
             qPrintable(mrkdwn));
    QVERIFY(mrkdwn.contains(u"*Status:* Shipped"_s));
    QVERIFY(mrkdwn.contains(u"*Total:* 59.90 EUR"_s));
    QVERIFY(mrkdwn.contains(u"*Shipment:* DHL JD0001"_s));
    QVERIFY(!mrkdwn.contains(u"<@"_s));
    const QJsonObject context = blocks.at(2).toObject();
    QCOMPARE(context.value(u"type"_s).toString(), u"context"_s);
    QCOMPARE(context.value(u"elements"_s).toArray().at(0).toObject().value(u"text"_s).toString(),
             u"Kwiaty &amp; Co · Tidings notification 4711"_s);
    const QJsonObject button = blocks.at(3).toObject().value(u"elements"_s).toArray().at(0).toObject();
    QCOMPARE(blocks.at(3).toObject().value(u"type"_s).toString(), u"actions"_s);
    QCOMPARE(button.value(u"type"_s).toString(), u"button"_s);
    QCOMPARE(button.value(u"url"_s).toString(), u"https://track.example/JD0001?x=1&y=2"_s);
}

void TestSlackChannel::withoutContextOrTracking()
{
    OutgoingMessage plain = message();
    plain.context = QJsonObject{{u"shipment"_s, QJsonObject{{u"trackingUrl"_s, u"javascript:alert(1)"_s}}}};
    plain.text = u"Refund for <b>#7</b> & more"_s;
    const auto body = SlackChannel::buildBody(plain, u"C1"_s);
    QVERIFY(body);
    const QJsonObject json = QJsonDocument::fromJson(body.value()).object();
    const QJsonArray blocks = json.value(u"blocks"_s).toArray();
    QCOMPARE(blocks.size(), 3); // no button without an http(s) tracking URL
    QCOMPARE(blocks.at(1).toObject().value(u"text"_s).toObject().value(u"text"_s).toString(),
             u"Refund for &lt;b&gt;#7&lt;/b&gt; &amp; more"_s);
    QCOMPARE(json.value(u"text"_s).toString(), plain.text);

    OutgoingMessage longSubject = message();
    longSubject.subject = QString(400, u'x');
    const auto cut = SlackChannel::buildMessage(longSubject);
    QVERIFY(cut);
    QCOMPARE(cut.value()
                 .value(u"blocks"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"text"_s)
                 .toObject()
                 .value(u"text"_s)
                 .toString()
                 .size(),
             150);
}

void TestSlackChannel::postMessageUrl_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("default") << QUrl() << QUrl(u"https://slack.com/api/chat.postMessage"_s);
    QTest::newRow("host") << QUrl(u"https://slack.com/"_s) << QUrl(u"https://slack.com/api/chat.postMessage"_s);
    QTest::newRow("api") << QUrl(u"https://slack.com/api"_s) << QUrl(u"https://slack.com/api/chat.postMessage"_s);
    QTest::newRow("relay prefix") << QUrl(u"https://relay.example/slack?x=1"_s)
                                  << QUrl(u"https://relay.example/slack/api/chat.postMessage"_s);
}

void TestSlackChannel::postMessageUrl()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, expected);
    QCOMPARE(SlackChannel::postMessageUrl(base), expected);
}

void TestSlackChannel::refusedBeforeSending_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");

    const QUrl local(u"http://127.0.0.1:9"_s);
    const int config = int(ErrorCode::Config);
    const int invalid = int(ErrorCode::InvalidInput);
    const OutgoingMessage ok = message();
    QTest::newRow("no channel") << local << QString() << Token << ok.subject << ok.text << config
                                << u"No Slack channel"_s;
    QTest::newRow("channel with line break")
        << local << u"C1\nX-Evil: 1"_s << Token << ok.subject << ok.text << config << u"line breaks"_s;
    QTest::newRow("token with line break")
        << local << u"C1"_s << u"xoxb-1\r\nX: s3cr3t"_s << ok.subject << ok.text << config << u"bot token"_s;
    QTest::newRow("cleartext to a remote host")
        << QUrl(u"http://slack.com"_s) << u"C1"_s << Token << ok.subject << ok.text << config << u"https://"_s;
    QTest::newRow("CRLF in subject") << local << u"C1"_s << Token << u"Shipped\r\nBcc: x@y"_s << ok.text << invalid
                                     << u"line break"_s;
    QTest::newRow("nothing to say") << local << u"C1"_s << Token << u" "_s << u"  "_s << invalid
                                    << u"neither a subject nor text"_s;
}

void TestSlackChannel::refusedBeforeSending()
{
    QFETCH(QUrl, base);
    QFETCH(QString, channel);
    QFETCH(QString, token);
    QFETCH(QString, subject);
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(QString, words);

    SlackChannel slack(configFor(base, channel), token, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.subject = subject;
    outgoing.text = text;
    SendRecorder recorder;
    slack.send(outgoing, recorder.callback());
    QVERIFY(!recorder.has());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().error);
    QCOMPARE(int(recorder.outcome().error->code), code);
    QVERIFY(!recorder.outcome().error->retryable);
    QVERIFY2(recorder.outcome().error->message.contains(words), qPrintable(errorText(recorder.outcome())));
    QCOMPARE(recorder.outcome().httpStatus, 0);
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s});
    QCOMPARE(recorder.calls(), 1);
}

void TestSlackChannel::wrongTokenDoesNotLeak()
{
    const QString wrong = u"xoxb-9999-s3cr3t-wrong"_s;
    SlackChannel channel(configFor(m_fake->baseUrl()), wrong, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->detail, u"invalid_auth"_s);
    QVERIFY(!recorder.outcome().error->retryable);
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s});
}

void TestSlackChannel::timeout()
{
    m_fake->setMode(FakeSlack::Mode::Hang);
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"timeoutMs"_s, 300);
    SlackChannel channel(config, Token, m_network.get());
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeSlack::requestReceived);
    channel.send(message(), recorder.callback());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(), 5000);
    QCOMPARE(received.size(), 1);
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->code, ErrorCode::Timeout);
    QVERIFY(recorder.outcome().error->retryable);
    QVERIFY(recorder.outcome().error->message.contains(u"Slack"_s));
    QCOMPARE(recorder.outcome().httpStatus, 0);
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s});
}

void TestSlackChannel::connectionRefused()
{
    QUrl base;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        base = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    }
    SlackChannel channel(configFor(base), Token, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback());
    QTRY_VERIFY(recorder.has());
    QVERIFY(recorder.outcome().error);
    QCOMPARE(recorder.outcome().error->code, ErrorCode::Network);
    QVERIFY(recorder.outcome().error->retryable);
    QVERIFY(recorder.outcome().error->message.contains(u"refused the connection"_s));
    verifyNoSecrets(recorder.outcome(), {u"s3cr3t"_s});
}

void TestSlackChannel::checkConnection_data()
{
    QTest::addColumn<FakeSlack::Mode>("mode");
    QTest::addColumn<QByteArray>("scopes");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("retryAt");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("words");

    using M = FakeSlack::Mode;
    const QByteArray write = "chat:write";
    const QString channel = u"C0123456789"_s;
    const int rejected = int(ErrorCode::ProviderRejected);
    const int config = int(ErrorCode::Config);
    QTest::newRow("accepted") << M::Accept << QByteArray("channels:read,chat:write") << Token << channel << true << -1
                              << false << false << 1
                              << u"the bot token works in the workspace “The Shop” and may post messages."_s;
    QTest::newRow("channel errors are a post's")
        << M::NotInChannel << write << Token << channel << true << -1 << false << false << 1 << u"may post messages"_s;
    QTest::newRow("no chat:write") << M::Accept << QByteArray("channels:read,users:read") << Token << channel << false
                                   << rejected << false << false << 1 << u"chat:write"_s;
    QTest::newRow("wrong token") << M::Accept << write << u"xoxb-9-9-s3cr3tOther"_s << channel << false << rejected
                                 << false << false << 1 << u"refused the bot token"_s;
    QTest::newRow("revoked") << M::TokenRevoked << write << Token << channel << false << rejected << false << false << 1
                             << u"refused the bot token"_s;
    QTest::newRow("429 Retry-After") << M::RateLimited << write << Token << channel << false
                                     << int(ErrorCode::RateLimited) << true << true << 1 << u"Try the check again"_s;
    QTest::newRow("429 bare") << M::RateLimitedNoRetry << write << Token << channel << false
                              << int(ErrorCode::RateLimited) << true << false << 1 << u"Try the check again"_s;
    QTest::newRow("internal_error") << M::InternalError << write << Token << channel << false
                                    << int(ErrorCode::ProviderFailed) << true << false << 1
                                    << u"temporary problem (internal_error). Try the check again later."_s;
    QTest::newRow("503") << M::ServerError503 << write << Token << channel << false << int(ErrorCode::ProviderFailed)
                         << true << false << 1 << u"temporary problem (HTTP 503). Try the check again later."_s;
    QTest::newRow("no token") << M::Accept << write << QString() << channel << false << config << false << false << 0
                              << u"No bot token"_s;
    QTest::newRow("no channel") << M::Accept << write << Token << QString() << false << config << false << false << 0
                                << u"No Slack channel"_s;
}

void TestSlackChannel::checkConnection()
{
    QFETCH(FakeSlack::Mode, mode);
    QFETCH(QByteArray, scopes);
    QFETCH(QString, token);
    QFETCH(QString, channel);
    QFETCH(bool, accepted);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    QFETCH(bool, retryAt);
    QFETCH(int, requests);
    QFETCH(QString, words);

    QVERIFY(SlackChannel::typeInfo().canCheckConnection);
    // An incoming webhook has no harmless call: any request posts.
    QVERIFY(!Tidings::SlackWebhookChannel::typeInfo().canCheckConnection);
    m_fake->setMode(mode);
    m_fake->setOAuthScopes(scopes);
    m_fake->setRetryAfterSeconds(30);
    SlackChannel slack(configFor(m_fake->baseUrl(), channel), token, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::optional<SendOutcome> result = checkOne(slack);
    QVERIFY(result);

    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(m_fake->acceptedCount(), 0);
    QCOMPARE(result->accepted, accepted);
    if (accepted) {
        QVERIFY(!result->error);
        QVERIFY2(result->providerAnswer.contains(words), qPrintable(result->providerAnswer));
        QVERIFY(result->providerMessageId.isEmpty());
    } else {
        QVERIFY(result->error);
        QCOMPARE(int(result->error->code), code);
        QCOMPARE(result->error->retryable, retryable);
        QVERIFY2(result->error->message.contains(words), qPrintable(result->error->message));
    }
    QCOMPARE(result->retryAt.has_value(), retryAt);
    if (retryAt) {
        QVERIFY(*result->retryAt >= before.addSecs(29));
        QVERIFY(*result->retryAt <= QDateTime::currentDateTimeUtc().addSecs(31));
    }
    verifyNoSecrets(*result, {u"s3cr3t"_s});
    QCOMPARE(slack.pendingCount(), 0);
}

void TestSlackChannel::checkConnectionPostsNothing()
{
    auto config = configFor(m_fake->baseUrl());
    config.baseUrl.setPath(u"/api/"_s);
    SlackChannel slack(config, Token, m_network.get());
    const std::optional<SendOutcome> result = checkOne(slack);
    QVERIFY(result);
    QVERIFY2(result->accepted, qPrintable(result->error ? result->error->message : QString()));

    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(m_fake->acceptedCount(), 0);
    const FakeSlack::ReceivedRequest request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/api/auth.test"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer " + Token.toUtf8()));
    QVERIFY(request.body.isEmpty());
}

QTEST_GUILESS_MAIN(TestSlackChannel)

#include "tst_slackchannel.moc"
