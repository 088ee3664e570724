#include "channels/extracertificates.h"
#include "channels/sendgridchannel.h"
#include "fakes/fakesendgrid.h"
#include "fakes/inlineimages.h"
#include "fakes/loopbacktls.h"
#include "fakes/sendrecorder.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ErrorCode;
using Tidings::OutgoingMessage;
using Tidings::SendGridChannel;
using Tidings::SendOutcome;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeSendGrid;
using Tidings::Test::sendOne;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString ApiKey = u"SG.test-key.s3cr3t-value-that-must-not-leak"_s;

Tidings::ChannelConfig configFor(const QUrl &baseUrl)
{
    Tidings::ChannelConfig config;
    config.id = u"sg-main"_s;
    config.type = u"sendgrid"_s;
    config.name = u"Shop mail"_s;
    config.baseUrl = baseUrl;
    config.fromEmail = u"orders@shop.example"_s;
    config.fromName = u"The Shop"_s;
    return config;
}

OutgoingMessage message(qint64 id = 42)
{
    OutgoingMessage message;
    message.notificationId = id;
    message.toEmail = u"jane@customer.example"_s;
    message.toName = u"Jane Doe"_s;
    message.subject = u"Your order #1042 has shipped"_s;
    message.text = u"Hello Jane, your parcel is on its way."_s;
    message.html = u"<p>Hello Jane, your parcel is on its way.</p>"_s;
    return message;
}

} // namespace

class TestSendGridChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fakeModes_data();
    void fakeModes();
    void requestShape();
    void sendsOverHttps();
    void optionalPartsAreOmitted();
    void sandboxMode();
    void inlineImages_data();
    void inlineImages();
    void dynamicTemplate();
    void dynamicTemplateIdIsChecked();
    void namesLoseSeparators();
    void transientFailuresThenAccept();
    void manySendsInFlight();
    void mailSendUrl_data();
    void mailSendUrl();
    void basePathPrefix_data();
    void basePathPrefix();
    void wrongPrefixIsPermanent();
    void timeout();
    void connectionRefused();
    void lineBreaksAreRefused_data();
    void lineBreaksAreRefused();
    void invalidMessagesAreRefused_data();
    void invalidMessagesAreRefused();
    void wrongKeyIsRefusedWithoutLeaking();
    void cleartextToRemoteHostIsRefused();
    void destroyedMidRequestAnswersOnce();
    void destroyedWithEarlyFailureAnswersOnce();
    void networkManagerDestroyedMidRequest();
    void destroyedFromItsOwnCallback();
    void fakeGoneWhileHanging();
    void checkConnection_data();
    void checkConnection();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeSendGrid> m_fake;
};

void TestSendGridChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeSendGrid>(ApiKey);
    QVERIFY(m_fake->listen());
}

void TestSendGridChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestSendGridChannel::fakeModes_data()
{
    QTest::addColumn<FakeSendGrid::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("messageFragment");

    QTest::newRow("202 accepted") << FakeSendGrid::Mode::Accept << true << false << -1 << 202 << QString();
    QTest::newRow("400 rejected") << FakeSendGrid::Mode::Reject400 << false << false << int(ErrorCode::ProviderRejected)
                                  << 400 << u"SendGrid rejected the message: Does not contain a valid address."_s;
    QTest::newRow("401 key refused") << FakeSendGrid::Mode::Unauthorized401 << false << false
                                     << int(ErrorCode::ProviderRejected) << 401
                                     << u"SendGrid refused the API key. Check the key in Channels."_s;
    QTest::newRow("403 sender refused") << FakeSendGrid::Mode::Forbidden403 << false << false
                                        << int(ErrorCode::ProviderRejected) << 403 << u"Sender Authentication"_s;
    QTest::newRow("413 too large") << FakeSendGrid::Mode::TooLarge413 << false << false
                                   << int(ErrorCode::ProviderRejected) << 413 << u"too large"_s;
    QTest::newRow("429 rate limited") << FakeSendGrid::Mode::RateLimit429 << false << true
                                      << int(ErrorCode::RateLimited) << 429 << QString();
    QTest::newRow("500 server error") << FakeSendGrid::Mode::ServerError500 << false << true
                                      << int(ErrorCode::ProviderFailed) << 500 << u"HTTP 500"_s;
    QTest::newRow("503 unavailable") << FakeSendGrid::Mode::Unavailable503 << false << true
                                     << int(ErrorCode::ProviderFailed) << 503 << u"HTTP 503"_s;
}

void TestSendGridChannel::fakeModes()
{
    QFETCH(FakeSendGrid::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, messageFragment);

    m_fake->setMode(mode);
    m_fake->setRateLimitResetDelay(30);
    SendGridChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));

    const SendOutcome &outcome = recorder.outcome(0);
    QCOMPARE(outcome.accepted, accepted);
    QCOMPARE(outcome.httpStatus, httpStatus);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(m_fake->request(0).answeredStatus, httpStatus);
    if (accepted) {
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.providerMessageId.size(), 22);
        QCOMPARE(outcome.providerMessageId, m_fake->request(0).messageId);
        QCOMPARE(m_fake->acceptedCount(), 1);
    } else {
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->retryable, retryable);
        QCOMPARE(int(outcome.error->code), code);
        QVERIFY(outcome.providerMessageId.isEmpty());
        QVERIFY(!outcome.error->message.isEmpty());
        QVERIFY2(outcome.error->message.contains(messageFragment, Qt::CaseInsensitive), qPrintable(errorText(outcome)));
        QVERIFY(!outcome.providerAnswer.isEmpty());
        QVERIFY(!outcome.error->detail.isEmpty());
        QCOMPARE(m_fake->acceptedCount(), 0);
    }
    if (mode == FakeSendGrid::Mode::RateLimit429) {
        QVERIFY(outcome.retryAt);
        QVERIFY(*outcome.retryAt >= before.addSecs(28));
        QVERIFY(*outcome.retryAt <= QDateTime::currentDateTimeUtc().addSecs(32));
    } else {
        QVERIFY(!outcome.retryAt);
    }
    verifyNoSecrets(outcome, {ApiKey, u"s3cr3t"_s});
    QCOMPARE(channel.pendingCount(), 0);
    QCOMPARE(recorder.calls(0), 1);
}

void TestSendGridChannel::requestShape()
{
    auto config = configFor(m_fake->baseUrl());
    config.replyTo = u"help@shop.example"_s;
    SendGridChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(4711), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).accepted);

    const FakeSendGrid::ReceivedRequest request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v3/mail/send"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + ApiKey.toUtf8());
    QVERIFY(request.headers.value("content-type").startsWith("application/json"));

    const QJsonObject json = request.json;
    const QJsonArray personalizations = json.value(u"personalizations"_s).toArray();
    QCOMPARE(personalizations.size(), 1);
    const QJsonObject personalization = personalizations.at(0).toObject();
    const QJsonArray to = personalization.value(u"to"_s).toArray();
    QCOMPARE(to.size(), 1);
    QCOMPARE(to.at(0).toObject().value(u"email"_s).toString(), u"jane@customer.example"_s);
    QCOMPARE(to.at(0).toObject().value(u"name"_s).toString(), u"Jane Doe"_s);
    QCOMPARE(personalization.value(u"custom_args"_s).toObject().value(u"tidings_notification_id"_s).toString(),
             u"4711"_s);

    const QJsonObject from = json.value(u"from"_s).toObject();
    QCOMPARE(from.value(u"email"_s).toString(), u"orders@shop.example"_s);
    QCOMPARE(from.value(u"name"_s).toString(), u"The Shop"_s);
    QCOMPARE(json.value(u"reply_to"_s).toObject().value(u"email"_s).toString(), u"help@shop.example"_s);
    QCOMPARE(json.value(u"subject"_s).toString(), u"Your order #1042 has shipped"_s);

    const QJsonArray content = json.value(u"content"_s).toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content.at(0).toObject().value(u"type"_s).toString(), u"text/plain"_s);
    QCOMPARE(content.at(0).toObject().value(u"value"_s).toString(), message().text);
    QCOMPARE(content.at(1).toObject().value(u"type"_s).toString(), u"text/html"_s);
    QCOMPARE(content.at(1).toObject().value(u"value"_s).toString(), message().html);
    QVERIFY(!json.contains(u"mail_settings"_s));
}

void TestSendGridChannel::sendsOverHttps()
{
    // Real providers are reached over TLS: the same request through a fake serving https.
    FakeSendGrid https(ApiKey);
    QVERIFY(https.serveHttps());
    QVERIFY(https.listen());
    QCOMPARE(https.baseUrl().scheme(), u"https"_s);
    const auto trusted = Tidings::trustExtraCertificates(Tidings::Test::loopbackCertificatePath());
    QVERIFY2(trusted, trusted ? "" : qPrintable(trusted.error().message));

    SendGridChannel channel(configFor(https.baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(4712), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(errorText(recorder.outcome(0))));
    QVERIFY(!recorder.outcome(0).providerMessageId.isEmpty());
    QCOMPARE(https.requestCount(), 1);
    QCOMPARE(https.request(0).path, QByteArray("/v3/mail/send"));
    QCOMPARE(https.request(0).headers.value("authorization"), QByteArray("Bearer ") + ApiKey.toUtf8());
    QCOMPARE(https.request(0).json.value(u"subject"_s).toString(), message().subject);
}

void TestSendGridChannel::optionalPartsAreOmitted()
{
    auto config = configFor(m_fake->baseUrl());
    config.fromName.clear();
    SendGridChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    OutgoingMessage htmlOnly = message();
    htmlOnly.text.clear();
    htmlOnly.toName.clear();
    channel.send(htmlOnly, recorder.callback(0));
    OutgoingMessage textOnly = message();
    textOnly.html.clear();
    channel.send(textOnly, recorder.callback(1));
    QTRY_VERIFY(recorder.has(0) && recorder.has(1));
    QVERIFY(recorder.outcome(0).accepted);
    QVERIFY(recorder.outcome(1).accepted);

    for (const auto &request : m_fake->requests()) {
        const QJsonObject json = request.json;
        QVERIFY(!json.value(u"from"_s).toObject().contains(u"name"_s));
        QVERIFY(!json.contains(u"reply_to"_s));
        const QJsonArray content = json.value(u"content"_s).toArray();
        QCOMPARE(content.size(), 1);
        const QString type = content.at(0).toObject().value(u"type"_s).toString();
        const QJsonObject to =
            json.value(u"personalizations"_s).toArray().at(0).toObject().value(u"to"_s).toArray().at(0).toObject();
        if (type == u"text/html"_s) {
            QVERIFY(!to.contains(u"name"_s));
        } else {
            QCOMPARE(type, u"text/plain"_s);
            QCOMPARE(to.value(u"name"_s).toString(), u"Jane Doe"_s);
        }
    }
}

void TestSendGridChannel::sandboxMode()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"sandbox"_s, true);
    SendGridChannel channel(config, ApiKey, m_network.get());
    QVERIFY(channel.sandbox());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).accepted);
    QCOMPARE(recorder.outcome(0).httpStatus, 200);
    const QJsonObject settings = m_fake->request(0).json.value(u"mail_settings"_s).toObject();
    QCOMPARE(settings.value(u"sandbox_mode"_s).toObject().value(u"enable"_s).toBool(), true);
}

void TestSendGridChannel::inlineImages_data()
{
    Tidings::Test::addInlineImageRows();
}

void TestSendGridChannel::inlineImages()
{
    QFETCH(QByteArray, mimeType);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(bool, referenced);
    QFETCH(bool, refused);
    QFETCH(QString, name);

    SendGridChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    const OutgoingMessage outgoing = Tidings::Test::withInlineLogo(message(), mimeType, data, fileName, referenced);
    const auto outcome = sendOne(channel, outgoing);
    QVERIFY(outcome);
    if (refused) {
        QVERIFY(Tidings::Test::refusedForGood(*outcome));
        QCOMPARE(m_fake->requestCount(), 0);
        return;
    }
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QCOMPARE(m_fake->requestCount(), 1);
    const FakeSendGrid::ReceivedRequest request = m_fake->request(0);
    if (!referenced) {
        QVERIFY(!request.json.contains(u"attachments"_s)); // the body is what it is without images
        return;
    }
    QCOMPARE(request.json.value(u"attachments"_s).toArray().size(), 1); // not the image the HTML does not show
    const QJsonObject logo = request.attachment(0);
    QCOMPARE(logo.value(u"content_id"_s).toString(), QString::fromLatin1(Tidings::Test::LogoContentId));
    QCOMPARE(logo.value(u"disposition"_s).toString(), u"inline"_s);
    QCOMPARE(logo.value(u"type"_s).toString(), QString::fromLatin1(mimeType.toLower()));
    QCOMPARE(logo.value(u"filename"_s).toString(), name);
    const auto decoded = QByteArray::fromBase64Encoding(logo.value(u"content"_s).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, data);
    QCOMPARE(logo.keys(), (QStringList{u"content"_s, u"content_id"_s, u"disposition"_s, u"filename"_s, u"type"_s}));
}

void TestSendGridChannel::dynamicTemplate()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"templateId"_s, u"d-8a1b2c3d4e5f40718293a4b5c6d7e8f9"_s);
    SendGridChannel channel(config, ApiKey, m_network.get());
    // The template has the design: the logo our HTML shows does not go along.
    OutgoingMessage outgoing =
        Tidings::Test::withInlineLogo(message(), "image/png", Tidings::Test::pngLogo(), u"logo.png"_s, true);
    outgoing.context = QJsonObject{{u"order"_s, QJsonObject{{u"number"_s, u"#1042"_s}}},
                                   {u"customer"_s, QJsonObject{{u"firstName"_s, u"Jane"_s}}}};
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(recorder.outcome(0).providerAnswer));
    const QJsonObject json = m_fake->request(0).json;
    QCOMPARE(json.value(u"template_id"_s).toString(), u"d-8a1b2c3d4e5f40718293a4b5c6d7e8f9"_s);
    QVERIFY(!json.contains(u"content"_s)); // the template has the design
    QVERIFY(!json.contains(u"subject"_s));
    QVERIFY(!json.contains(u"attachments"_s));
    const QJsonObject personalization = json.value(u"personalizations"_s).toArray().at(0).toObject();
    const QJsonObject data = personalization.value(u"dynamic_template_data"_s).toObject();
    QCOMPARE(data.value(u"subject"_s).toString(), outgoing.subject);
    QCOMPARE(data.value(u"order"_s).toObject().value(u"number"_s).toString(), u"#1042"_s);
    QCOMPARE(data.value(u"customer"_s).toObject().value(u"firstName"_s).toString(), u"Jane"_s);
    QCOMPARE(personalization.value(u"custom_args"_s).toObject().value(u"tidings_notification_id"_s).toString(),
             u"42"_s);
}

void TestSendGridChannel::dynamicTemplateIdIsChecked()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"templateId"_s, u"welcome-template"_s); // a legacy or made-up id
    SendGridChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(!recorder.outcome(0).accepted);
    QVERIFY(recorder.outcome(0).error);
    QCOMPARE(recorder.outcome(0).error->code, ErrorCode::Config);
    QVERIFY(recorder.outcome(0).error->message.contains(u"d-"_s));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestSendGridChannel::namesLoseSeparators()
{
    auto config = configFor(m_fake->baseUrl());
    config.fromName = u"Shop; Inc, Ltd"_s;
    SendGridChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    OutgoingMessage outgoing = message();
    outgoing.toName = u"Doe, Jane;Jr"_s;
    channel.send(outgoing, recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(recorder.outcome(0).providerAnswer));
    const QJsonObject json = m_fake->request(0).json;
    QCOMPARE(m_fake->request(0).to().value(u"name"_s).toString(), u"Doe Jane Jr"_s);
    QCOMPARE(json.value(u"from"_s).toObject().value(u"name"_s).toString(), u"Shop Inc Ltd"_s);
}

void TestSendGridChannel::transientFailuresThenAccept()
{
    m_fake->queueModes({FakeSendGrid::Mode::ServerError500, FakeSendGrid::Mode::Unavailable503});
    SendGridChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    for (int attempt = 0; attempt < 3; ++attempt) {
        channel.send(message(), recorder.callback(attempt));
        QTRY_VERIFY(recorder.has(attempt));
    }
    QVERIFY(recorder.outcome(0).error && recorder.outcome(0).error->retryable);
    QCOMPARE(recorder.outcome(0).httpStatus, 500);
    QVERIFY(recorder.outcome(1).error && recorder.outcome(1).error->retryable);
    QCOMPARE(recorder.outcome(1).httpStatus, 503);
    QVERIFY(recorder.outcome(2).accepted);
    QCOMPARE(m_fake->acceptedCount(), 1);
    QCOMPARE(m_fake->requestCount(), 3);
    for (int attempt = 0; attempt < 3; ++attempt) {
        QCOMPARE(recorder.calls(attempt), 1);
    }
}

void TestSendGridChannel::manySendsInFlight()
{
    constexpr int Count = 2000;
    m_fake->setKeepBodies(false);
    SendGridChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    int accepted = 0;
    int calls = 0;
    // A real event loop: QTRY_* sleeps between polls and would measure its own naps.
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Count; ++i) {
        channel.send(message(i), [&](const SendOutcome &outcome) {
            accepted += outcome.accepted ? 1 : 0;
            if (++calls == Count) {
                loop.quit();
            }
        });
    }
    QCOMPARE(channel.pendingCount(), Count);
    loop.exec();
    const qint64 elapsed = std::max<qint64>(1, timer.elapsed());
    qInfo("%d sends in %lld ms (%lld/s)", Count, elapsed, Count * 1000 / elapsed);
    QCOMPARE(calls, Count);
    QCOMPARE(accepted, Count);
    QCOMPARE(m_fake->acceptedCount(), Count);
    QCOMPARE(m_fake->requestCount(), Count);
    QCOMPARE(channel.pendingCount(), 0);
}

void TestSendGridChannel::mailSendUrl_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("empty") << QUrl() << QUrl(u"https://api.sendgrid.com/v3/mail/send"_s);
    QTest::newRow("host") << QUrl(u"https://api.sendgrid.com"_s) << QUrl(u"https://api.sendgrid.com/v3/mail/send"_s);
    QTest::newRow("host slash") << QUrl(u"https://api.eu.sendgrid.com/"_s)
                                << QUrl(u"https://api.eu.sendgrid.com/v3/mail/send"_s);
    QTest::newRow("prefix") << QUrl(u"https://relay.example/sg"_s) << QUrl(u"https://relay.example/sg/v3/mail/send"_s);
    QTest::newRow("prefix slash") << QUrl(u"https://relay.example/sg/"_s)
                                  << QUrl(u"https://relay.example/sg/v3/mail/send"_s);
    QTest::newRow("v3") << QUrl(u"https://api.sendgrid.com/v3/"_s) << QUrl(u"https://api.sendgrid.com/v3/mail/send"_s);
    QTest::newRow("full") << QUrl(u"https://api.sendgrid.com/v3/mail/send"_s)
                          << QUrl(u"https://api.sendgrid.com/v3/mail/send"_s);
    QTest::newRow("port and query") << QUrl(u"http://127.0.0.1:8080/x?y=1#z"_s)
                                    << QUrl(u"http://127.0.0.1:8080/x/v3/mail/send"_s);
}

void TestSendGridChannel::mailSendUrl()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, expected);
    QCOMPARE(SendGridChannel::mailSendUrl(base), expected);
}

void TestSendGridChannel::basePathPrefix_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("no slash") << QString();
    QTest::newRow("slash") << u"/"_s;
}

void TestSendGridChannel::basePathPrefix()
{
    QFETCH(QString, suffix);
    m_fake->setPathPrefix("/relay/sendgrid");
    QUrl base = m_fake->baseUrl();
    QCOMPARE(base.path(), u"/relay/sendgrid"_s);
    base.setPath(base.path() + suffix);
    SendGridChannel channel(configFor(base), ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(recorder.outcome(0).providerAnswer));
    QCOMPARE(m_fake->request(0).path, QByteArray("/relay/sendgrid/v3/mail/send"));
}

void TestSendGridChannel::wrongPrefixIsPermanent()
{
    m_fake->setPathPrefix("/relay");
    QUrl base = m_fake->baseUrl();
    base.setPath(u"/elsewhere"_s);
    SendGridChannel channel(configFor(base), ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QCOMPARE(outcome.httpStatus, 404);
    QVERIFY(outcome.error);
    QVERIFY(!outcome.error->retryable);
    QCOMPARE(outcome.error->code, ErrorCode::ProviderRejected);
    QVERIFY(outcome.error->message.contains(u"server address"_s));
}

void TestSendGridChannel::timeout()
{
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"timeoutMs"_s, 300);
    SendGridChannel channel(config, ApiKey, m_network.get());
    QCOMPARE(channel.timeoutMs(), 300);
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeSendGrid::requestReceived);
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(0), 5000);
    QCOMPARE(received.size(), 1);
    QCOMPARE(m_fake->request(0).answeredStatus, 0);

    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(!outcome.accepted);
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Timeout);
    QVERIFY(outcome.error->retryable);
    verifyNoSecrets(outcome, {ApiKey, u"s3cr3t"_s});

    // The channel gave up and closed its connection; the fake notices and forgets the request.
    QTRY_COMPARE(m_fake->hungCount(), 0);
    m_fake->releaseHung();
    QCOMPARE(m_fake->acceptedCount(), 0);
    QCOMPARE(m_fake->requestCount(), 1); // a timeout is not resent behind our back
    QCOMPARE(recorder.calls(0), 1);
}

void TestSendGridChannel::connectionRefused()
{
    QUrl base;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        base = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    } // closed: nothing listens there now
    SendGridChannel channel(configFor(base), ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(!outcome.accepted);
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Network);
    QVERIFY(outcome.error->retryable);
    verifyNoSecrets(outcome, {ApiKey, u"s3cr3t"_s});
}

void TestSendGridChannel::lineBreaksAreRefused_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("fromName");

    const QString subject = message().subject;
    QTest::newRow("CRLF in subject") << u"Shipped\r\nBcc: all@victims.example"_s << u"Jane"_s << u"Shop"_s;
    QTest::newRow("LF in subject") << u"Shipped\nX-Evil: 1"_s << u"Jane"_s << u"Shop"_s;
    QTest::newRow("CR in subject") << u"Shipped\rX-Evil: 1"_s << u"Jane"_s << u"Shop"_s;
    QTest::newRow("LF in to name") << subject << u"Jane\nBcc: x@y.example"_s << u"Shop"_s;
    QTest::newRow("CR in from name") << subject << u"Jane"_s << u"Shop\rBcc: x@y.example"_s;
}

void TestSendGridChannel::lineBreaksAreRefused()
{
    QFETCH(QString, subject);
    QFETCH(QString, toName);
    QFETCH(QString, fromName);

    auto config = configFor(m_fake->baseUrl());
    config.fromName = fromName;
    SendGridChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    OutgoingMessage outgoing = message();
    outgoing.subject = subject;
    outgoing.toName = toName;
    channel.send(outgoing, recorder.callback(0));
    QVERIFY(!recorder.has(0)); // never inside send()
    QTRY_VERIFY(recorder.has(0));

    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(!outcome.accepted);
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::InvalidInput);
    QVERIFY(!outcome.error->retryable);
    QCOMPARE(m_fake->requestCount(), 0);
    QCOMPARE(recorder.calls(0), 1);
}

void TestSendGridChannel::invalidMessagesAreRefused_data()
{
    QTest::addColumn<QString>("toEmail");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("fromEmail");
    QTest::addColumn<int>("code");

    const OutgoingMessage ok = message();
    const QString from = u"orders@shop.example"_s;
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("no recipient") << QString() << ok.subject << ok.text << ok.html << from << invalid;
    QTest::newRow("not an address") << u"jane at example"_s << ok.subject << ok.text << ok.html << from << invalid;
    QTest::newRow("no subject") << ok.toEmail << u"  "_s << ok.text << ok.html << from << invalid;
    QTest::newRow("no content") << ok.toEmail << ok.subject << QString() << QString() << from << invalid;
    QTest::newRow("no sender") << ok.toEmail << ok.subject << ok.text << ok.html << QString() << int(ErrorCode::Config);
}

void TestSendGridChannel::invalidMessagesAreRefused()
{
    QFETCH(QString, toEmail);
    QFETCH(QString, subject);
    QFETCH(QString, text);
    QFETCH(QString, html);
    QFETCH(QString, fromEmail);
    QFETCH(int, code);

    auto config = configFor(m_fake->baseUrl());
    config.fromEmail = fromEmail;
    SendGridChannel channel(config, ApiKey, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.toEmail = toEmail;
    outgoing.subject = subject;
    outgoing.text = text;
    outgoing.html = html;
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(outcome.error);
    QCOMPARE(int(outcome.error->code), code);
    QVERIFY(!outcome.error->retryable);
    QVERIFY(!outcome.error->message.isEmpty());
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestSendGridChannel::wrongKeyIsRefusedWithoutLeaking()
{
    const QString wrongKey = u"SG.wrong-key.s3cr3t-other"_s;
    SendGridChannel channel(configFor(m_fake->baseUrl()), wrongKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QCOMPARE(outcome.httpStatus, 401);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::ProviderRejected);
    QVERIFY(!outcome.error->retryable);
    QCOMPARE(outcome.error->message, u"SendGrid refused the API key. Check the key in Channels."_s);
    QVERIFY(outcome.error->detail.contains(u"authorization grant is invalid"_s));
    QVERIFY(!outcome.providerAnswer.contains(wrongKey));
    QVERIFY(!outcome.error->detail.contains(wrongKey));
    verifyNoSecrets(outcome, {ApiKey, u"s3cr3t"_s});
}

void TestSendGridChannel::cleartextToRemoteHostIsRefused()
{
    SendGridChannel channel(configFor(QUrl(u"http://api.sendgrid.com"_s)), ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY(!outcome.error->retryable);
    QCOMPARE(outcome.httpStatus, 0);
    verifyNoSecrets(outcome, {ApiKey, u"s3cr3t"_s});
}

void TestSendGridChannel::destroyedMidRequestAnswersOnce()
{
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    auto channel = std::make_unique<SendGridChannel>(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeSendGrid::requestReceived);
    channel->send(message(1), recorder.callback(0));
    channel->send(message(2), recorder.callback(1));
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(channel->pendingCount(), 2);
    QVERIFY(!recorder.has(0));

    channel.reset();
    QCOMPARE(recorder.calls(0), 1);
    QCOMPARE(recorder.calls(1), 1);
    for (int slot = 0; slot < 2; ++slot) {
        const SendOutcome &outcome = recorder.outcome(slot);
        QVERIFY(!outcome.accepted);
        QVERIFY(outcome.error);
        QVERIFY(outcome.error->retryable);
    }

    // The aborted replies finish and get deleted on the event loop; nothing reaches the callbacks again.
    m_fake->setMode(FakeSendGrid::Mode::Accept);
    SendGridChannel other(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder otherRecorder;
    other.send(message(3), otherRecorder.callback(0));
    QTRY_VERIFY(otherRecorder.has(0));
    QVERIFY(otherRecorder.outcome(0).accepted);
    QCOMPARE(recorder.calls(0), 1);
    QCOMPARE(recorder.calls(1), 1);
}

void TestSendGridChannel::destroyedWithEarlyFailureAnswersOnce()
{
    auto channel = std::make_unique<SendGridChannel>(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    OutgoingMessage outgoing = message();
    outgoing.subject = u"a\nb"_s;
    channel->send(outgoing, recorder.callback(0));
    QVERIFY(!recorder.has(0));
    channel.reset();
    QCOMPARE(recorder.calls(0), 1);
    QVERIFY(recorder.outcome(0).error);
    QCOMPARE(recorder.outcome(0).error->code, ErrorCode::InvalidInput);
    QCoreApplication::processEvents();
    QCOMPARE(recorder.calls(0), 1);
}

void TestSendGridChannel::networkManagerDestroyedMidRequest()
{
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    SendGridChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeSendGrid::requestReceived);
    channel.send(message(), recorder.callback(0));
    QTRY_COMPARE(received.size(), 1);
    m_network.reset();
    QTRY_VERIFY(recorder.has(0));
    QCOMPARE(recorder.calls(0), 1);
    QVERIFY(recorder.outcome(0).error);
    QVERIFY(recorder.outcome(0).error->retryable);
    QCOMPARE(channel.pendingCount(), 0);

    // Without a network manager a send fails cleanly instead of crashing.
    channel.send(message(), recorder.callback(1));
    QTRY_VERIFY(recorder.has(1));
    QVERIFY(recorder.outcome(1).error);
}

void TestSendGridChannel::destroyedFromItsOwnCallback()
{
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    auto channel = std::make_unique<SendGridChannel>(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeSendGrid::requestReceived);
    channel->send(message(1), recorder.callback(0)); // hangs
    QTRY_COMPARE(received.size(), 1);

    int ownCalls = 0;
    OutgoingMessage invalid = message(2);
    invalid.subject = u"two\nlines"_s;
    channel->send(invalid, [&](const SendOutcome &outcome) {
        ++ownCalls;
        QVERIFY(outcome.error);
        channel.reset(); // the owner drops the channel while it is telling us an answer
    });
    QTRY_VERIFY(!channel);
    QCOMPARE(ownCalls, 1);
    QCOMPARE(recorder.calls(0), 1); // the hung send was answered by the destructor
    QVERIFY(recorder.outcome(0).error);
    QVERIFY(recorder.outcome(0).error->retryable);
}

void TestSendGridChannel::fakeGoneWhileHanging()
{
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    SendGridChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeSendGrid::requestReceived);
    channel.send(message(), recorder.callback(0));
    QTRY_COMPARE(received.size(), 1);
    m_fake.reset(); // closes the connection without an answer; nothing listens any more
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Network);
    QVERIFY(outcome.error->retryable);
    QCOMPARE(recorder.calls(0), 1);
}

void TestSendGridChannel::checkConnection_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QList<FakeSendGrid::Mode>>("modes");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("requests");

    using M = FakeSendGrid::Mode;
    const QStringList maySend{u"mail.send"_s, u"user.profile.read"_s};
    QTest::newRow("may send") << ApiKey << maySend << QList<M>{} << true << false << u"may send mail"_s << 1;
    QTest::newRow("no mail.send") << ApiKey << QStringList{u"stats.read"_s} << QList<M>{} << false << false
                                  << u"\"Mail Send\" permission"_s << 1;
    QTest::newRow("wrong key") << u"SG.wrong.s3cr3t"_s << maySend << QList<M>{} << false << false
                               << u"refused the API key"_s << 1;
    QTest::newRow("429") << ApiKey << maySend << QList<M>{M::RateLimit429} << false << true << u"limiting"_s << 1;
    QTest::newRow("503") << ApiKey << maySend << QList<M>{M::Unavailable503} << false << true << u"temporary problem"_s
                         << 1;
    QTest::newRow("no key") << QString() << maySend << QList<M>{} << false << false << u"No API key"_s << 0;
}

void TestSendGridChannel::checkConnection()
{
    QFETCH(QString, key);
    QFETCH(QStringList, scopes);
    QFETCH(QList<FakeSendGrid::Mode>, modes);
    QFETCH(bool, connected);
    QFETCH(bool, retryable);
    QFETCH(QString, words);
    QFETCH(int, requests);

    m_fake->setScopes(scopes);
    m_fake->queueModes(modes);
    SendGridChannel channel(configFor(m_fake->baseUrl()), key, m_network.get());
    const std::optional<SendOutcome> outcome = checkOne(channel);
    QVERIFY(outcome);
    QCOMPARE(outcome->accepted, connected);
    const QString text = outcome->error ? outcome->error->message : outcome->providerAnswer;
    QVERIFY2(text.contains(words), qPrintable(text));
    if (!connected) {
        QCOMPARE(outcome->error->retryable, retryable);
    }
    verifyNoSecrets(*outcome, {ApiKey, u"s3cr3t"_s});
    QVERIFY(!text.contains(u"s3cr3t"_s));
    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(m_fake->acceptedCount(), 0); // nothing was sent
    if (requests > 0) {
        QCOMPARE(m_fake->request(0).method, QByteArray("GET"));
        QCOMPARE(m_fake->request(0).path, QByteArray("/v3/scopes"));
    }
}

QTEST_GUILESS_MAIN(TestSendGridChannel)

#include "tst_sendgridchannel.moc"
