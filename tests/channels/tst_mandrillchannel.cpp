#include "channels/mandrillchannel.h"
#include "fakes/fakemandrill.h"
#include "fakes/inlineimages.h"
#include "fakes/sendrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ChannelAnswer;
using Tidings::ErrorCode;
using Tidings::MandrillChannel;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeMandrill;
using Tidings::Test::sendOne;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString ApiKey = u"md-s3cr3t-value-that-must-not-leak"_s;

Tidings::ChannelConfig configFor(const QUrl &baseUrl)
{
    Tidings::ChannelConfig config;
    config.id = u"md-main"_s;
    config.type = u"mandrill"_s;
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
    message.context = QJsonObject{
        {u"order"_s, QJsonObject{{u"number"_s, u"1042"_s}, {u"total"_s, 59.9}}},
        {u"customer"_s, QJsonObject{{u"first_name"_s, u"Jane"_s}}},
        {u"status"_s, u"shipped"_s},
    };
    return message;
}

} // namespace

class TestMandrillChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answers_data();
    void answers();
    void requestShape();
    void nonAsciiAndOptionalParts();
    void templateRequest();
    void inlineImages_data();
    void inlineImages();
    void templateSendCarriesNoImages();
    void fakeChecksImages_data();
    void fakeChecksImages();
    void sendUrl_data();
    void sendUrl();
    void classifyWithoutServer_data();
    void classifyWithoutServer();
    void timeout();
    void connectionRefused();
    void lineBreaksAreRefused_data();
    void lineBreaksAreRefused();
    void configProblems();
    void wrongKeyIsRefusedWithoutLeaking();
    void destroyedMidRequestAnswersOnce();
    void checkConnection_data();
    void checkConnection();
    void checkConnectionSendsNoMessage();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeMandrill> m_fake;
};

void TestMandrillChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeMandrill>(ApiKey);
    QVERIFY(m_fake->listen());
}

void TestMandrillChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestMandrillChannel::answers_data()
{
    QTest::addColumn<FakeMandrill::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("retryAt");

    using M = FakeMandrill::Mode;
    const int rejected = int(ErrorCode::ProviderRejected);
    QTest::newRow("sent") << M::Sent << true << false << -1 << 200 << QString() << false;
    QTest::newRow("queued") << M::Queued << true << false << -1 << 200 << QString() << false;
    QTest::newRow("scheduled") << M::Scheduled << true << false << -1 << 200 << QString() << false;
    QTest::newRow("malformed 200") << M::Malformed << true << false << -1 << 200 << QString() << false;
    QTest::newRow("hard-bounce") << M::RejectedHardBounce << false << false << rejected << 200 << u"bounced before"_s
                                 << false;
    QTest::newRow("spam") << M::RejectedSpam << false << false << rejected << 200
                          << u"marked an earlier email as spam"_s << false;
    QTest::newRow("unsub") << M::RejectedUnsub << false << false << rejected << 200 << u"unsubscribed"_s << false;
    QTest::newRow("invalid-sender") << M::RejectedInvalidSender << false << false << rejected << 200
                                    << u"refused the sender address"_s << false;
    QTest::newRow("invalid") << M::Invalid << false << false << rejected << 200 << u"considers the address invalid"_s
                             << false;
    QTest::newRow("Invalid_Key") << M::InvalidKey << false << false << rejected << 500
                                 << u"Mandrill refused the API key"_s << false;
    QTest::newRow("PaymentRequired") << M::PaymentRequired << false << false << rejected << 500 << u"paid"_s << false;
    QTest::newRow("Unknown_Subaccount") << M::UnknownSubaccount << false << false << rejected << 500 << u"subaccount"_s
                                        << false;
    QTest::newRow("ValidationError") << M::ValidationError << false << false << rejected << 500
                                     << u"Mandrill rejected the message: Validation error"_s << false;
    QTest::newRow("GeneralError") << M::GeneralError << false << true << int(ErrorCode::ProviderFailed) << 500
                                  << u"temporary problem"_s << false;
    QTest::newRow("429 Retry-After") << M::RateLimit429 << false << true << int(ErrorCode::RateLimited) << 429
                                     << u"limiting how fast"_s << true;
    QTest::newRow("429 bare") << M::RateLimit429Bare << false << true << int(ErrorCode::RateLimited) << 429
                              << u"limiting how fast"_s << false;
    QTest::newRow("502 html") << M::BadGateway502 << false << true << int(ErrorCode::ProviderFailed) << 502
                              << u"temporary problem (HTTP 502)"_s << false;
}

void TestMandrillChannel::answers()
{
    QFETCH(FakeMandrill::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, words);
    QFETCH(bool, retryAt);

    m_fake->setMode(mode);
    m_fake->setRetryAfterSeconds(30);
    MandrillChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    channel.send(message(), recorder.callback(0));
    QVERIFY(!recorder.has(0));
    QTRY_VERIFY(recorder.has(0));

    const SendOutcome &outcome = recorder.outcome(0);
    QCOMPARE(outcome.accepted, accepted);
    QCOMPARE(outcome.httpStatus, httpStatus);
    QCOMPARE(m_fake->requestCount(), 1);
    if (accepted) {
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.providerMessageId.isEmpty(), mode == FakeMandrill::Mode::Malformed);
    } else {
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->retryable, retryable);
        QCOMPARE(int(outcome.error->code), code);
        QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
        QVERIFY(!outcome.error->message.contains(u"HTTP 500"_s));
        QVERIFY(!outcome.error->detail.isEmpty());
        QVERIFY(!outcome.providerAnswer.isEmpty());
    }
    QCOMPARE(outcome.retryAt.has_value(), retryAt);
    if (retryAt) {
        QVERIFY(*outcome.retryAt >= before.addSecs(29));
        QVERIFY(*outcome.retryAt <= QDateTime::currentDateTimeUtc().addSecs(31));
    }
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
    QCOMPARE(channel.pendingCount(), 0);
    QCOMPARE(recorder.calls(0), 1);
}

void TestMandrillChannel::requestShape()
{
    auto config = configFor(m_fake->baseUrl());
    config.replyTo = u"help@shop.example"_s;
    MandrillChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(4711), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(recorder.outcome(0).providerAnswer));

    const auto request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/api/1.0/messages/send"));
    QVERIFY(request.headers.value("content-type").startsWith("application/json"));
    QVERIFY(!request.headers.contains("authorization"));
    const QJsonObject body = m_fake->bodyOf(0);
    QCOMPARE(body.value(u"key"_s).toString(), ApiKey);
    QVERIFY(!body.contains(u"template_name"_s));
    const QJsonObject mail = body.value(u"message"_s).toObject();
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Your order #1042 has shipped"_s);
    QCOMPARE(mail.value(u"from_email"_s).toString(), u"orders@shop.example"_s);
    QCOMPARE(mail.value(u"from_name"_s).toString(), u"The Shop"_s);
    QCOMPARE(mail.value(u"to"_s).toArray(),
             (QJsonArray{QJsonObject{
                 {u"email"_s, u"jane@customer.example"_s}, {u"name"_s, u"Jane Doe"_s}, {u"type"_s, u"to"_s}}}));
    QCOMPARE(mail.value(u"text"_s).toString(), message().text);
    QCOMPARE(mail.value(u"html"_s).toString(), message().html);
    QCOMPARE(mail.value(u"headers"_s).toObject(), (QJsonObject{{u"Reply-To"_s, u"help@shop.example"_s}}));
    QCOMPARE(mail.value(u"metadata"_s).toObject(), (QJsonObject{{u"tidings_notification_id"_s, u"4711"_s}}));
    QVERIFY(!mail.contains(u"merge_vars"_s));
    QVERIFY(!mail.contains(u"subaccount"_s));
}

void TestMandrillChannel::nonAsciiAndOptionalParts()
{
    auto config = configFor(m_fake->baseUrl());
    config.fromName = u"Café Müller"_s;
    MandrillChannel channel(config, ApiKey, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.toName = u"Zoë Ångström, 山田"_s;
    outgoing.subject = u"Ihre Bestellung ist unterwegs ✓"_s;
    outgoing.html.clear();
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).accepted);
    const QJsonObject mail = m_fake->bodyOf(0).value(u"message"_s).toObject();
    QCOMPARE(mail.value(u"to"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Zoë Ångström, 山田"_s);
    QCOMPARE(mail.value(u"from_name"_s).toString(), u"Café Müller"_s);
    QCOMPARE(mail.value(u"subject"_s).toString(), outgoing.subject);
    QVERIFY(!mail.contains(u"html"_s));
    QVERIFY(!mail.contains(u"headers"_s));
}

void TestMandrillChannel::templateRequest()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"templateName"_s, u"order-shipped"_s);
    config.options.insert(u"mergeLanguage"_s, u"handlebars"_s);
    config.options.insert(u"subaccount"_s, u"shop-eu"_s);
    MandrillChannel channel(config, ApiKey, m_network.get());
    QCOMPARE(channel.templateName(), u"order-shipped"_s);
    OutgoingMessage outgoing = message(7);
    outgoing.text.clear();
    outgoing.html.clear(); // the template carries the content
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    m_fake->queueModes({FakeMandrill::Mode::Sent, FakeMandrill::Mode::UnknownTemplate});
    channel.send(outgoing, recorder.callback(1));
    QTRY_VERIFY(recorder.has(0) && recorder.has(1));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(recorder.outcome(0).providerAnswer));

    const auto request = m_fake->request(0);
    QCOMPARE(request.path, QByteArray("/api/1.0/messages/send-template"));
    const QJsonObject body = m_fake->bodyOf(0);
    QCOMPARE(body.value(u"template_name"_s).toString(), u"order-shipped"_s);
    QCOMPARE(body.value(u"template_content"_s).toArray(), QJsonArray());
    const QJsonObject mail = body.value(u"message"_s).toObject();
    QCOMPARE(mail.value(u"merge_language"_s).toString(), u"handlebars"_s);
    QCOMPARE(mail.value(u"subaccount"_s).toString(), u"shop-eu"_s);
    QCOMPARE(mail.value(u"metadata"_s).toObject().value(u"tidings_notification_id"_s).toString(), u"7"_s);
    const QJsonArray mergeVars = mail.value(u"merge_vars"_s).toArray();
    QCOMPARE(mergeVars.size(), 1);
    QCOMPARE(mergeVars.at(0).toObject().value(u"rcpt"_s).toString(), u"jane@customer.example"_s);
    QHash<QString, QJsonValue> vars;
    for (const QJsonValue &var : mergeVars.at(0).toObject().value(u"vars"_s).toArray()) {
        vars.insert(var.toObject().value(u"name"_s).toString(), var.toObject().value(u"content"_s));
    }
    QCOMPARE(vars.value(u"subject"_s).toString(), outgoing.subject);
    QCOMPARE(vars.value(u"recipient_name"_s).toString(), u"Jane Doe"_s);
    QCOMPARE(vars.value(u"order"_s).toObject().value(u"number"_s).toString(), u"1042"_s);
    QCOMPARE(vars.value(u"order_number"_s).toString(), u"1042"_s);
    QCOMPARE(vars.value(u"order_total"_s).toDouble(), 59.9);
    QCOMPARE(vars.value(u"customer_first_name"_s).toString(), u"Jane"_s);
    QCOMPARE(vars.value(u"status"_s).toString(), u"shipped"_s);

    const SendOutcome &missing = recorder.outcome(1);
    QVERIFY(missing.error);
    QVERIFY(!missing.error->retryable);
    QVERIFY(missing.error->message.contains(u"template"_s));
    QVERIFY(missing.error->detail.contains(u"Unknown_Template"_s));
}

void TestMandrillChannel::inlineImages_data()
{
    Tidings::Test::addInlineImageRows();
}

void TestMandrillChannel::inlineImages()
{
    QFETCH(QByteArray, mimeType);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(bool, referenced);
    QFETCH(bool, refused);

    MandrillChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
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
    const QJsonObject mail = m_fake->bodyOf(0).value(u"message"_s).toObject();
    QCOMPARE(mail.value(u"html"_s).toString(), outgoing.html);
    QVERIFY(!mail.contains(u"attachments"_s));
    if (!referenced) {
        QVERIFY(!mail.contains(u"images"_s)); // the body is what it is without images
        return;
    }
    const QJsonArray images = mail.value(u"images"_s).toArray();
    QCOMPARE(images.size(), 1); // not the image the HTML does not show
    const QJsonObject logo = images.at(0).toObject();
    // Mandrill's name is the Content ID the HTML shows as "cid:<name>".
    QCOMPARE(logo.value(u"name"_s).toString(), QString::fromLatin1(Tidings::Test::LogoContentId));
    QCOMPARE(logo.value(u"type"_s).toString(), QString::fromLatin1(mimeType.toLower()));
    const auto decoded = QByteArray::fromBase64Encoding(logo.value(u"content"_s).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, data);
    QCOMPARE(logo.keys(), (QStringList{u"content"_s, u"name"_s, u"type"_s}));
}

void TestMandrillChannel::templateSendCarriesNoImages()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"templateName"_s, u"order-shipped"_s);
    MandrillChannel channel(config, ApiKey, m_network.get());
    const auto outcome = sendOne(
        channel, Tidings::Test::withInlineLogo(message(), "image/png", Tidings::Test::pngLogo(), u"logo.png"_s, true));
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(errorText(*outcome)));
    QVERIFY(!m_fake->bodyOf(0).value(u"message"_s).toObject().contains(u"images"_s)); // the template has the design
}

void TestMandrillChannel::fakeChecksImages_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("words");

    QTest::newRow("not an image type") << u"type"_s << QJsonValue(u"text/html"_s) << u"image/"_s;
    QTest::newRow("no type") << u"type"_s << QJsonValue() << u"image/"_s;
    QTest::newRow("no name") << u"name"_s << QJsonValue() << u"name"_s;
    QTest::newRow("content not base64") << u"content"_s << QJsonValue(u"not base64!"_s) << u"base64"_s;
    QTest::newRow("no content") << u"content"_s << QJsonValue() << u"base64"_s;
}

void TestMandrillChannel::fakeChecksImages()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, words);

    MandrillChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    auto built = channel.buildBody(
        Tidings::Test::withInlineLogo(message(), "image/png", Tidings::Test::pngLogo(), u"logo.png"_s, true));
    QVERIFY(built);
    QJsonObject body = *built;
    QJsonObject mail = body.value(u"message"_s).toObject();
    QJsonObject image = mail.value(u"images"_s).toArray().at(0).toObject();
    QVERIFY(image.contains(member)); // the channel sends every member a row changes
    if (value.isNull()) {            // a null value: leave the member out
        image.remove(member);
    } else {
        image.insert(member, value);
    }
    mail.insert(u"images"_s, QJsonArray{image});
    body.insert(u"message"_s, mail);
    body.insert(u"key"_s, ApiKey);

    QNetworkRequest request(channel.endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, QJsonDocument(body).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(error.value(u"name"_s).toString(), u"ValidationError"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(words), qPrintable(error.value(u"message"_s).toString()));
    QCOMPARE(m_fake->acceptedCount(), 0);
}

void TestMandrillChannel::sendUrl_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<bool>("withTemplate");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("empty") << QUrl() << false << QUrl(u"https://mandrillapp.com/api/1.0/messages/send"_s);
    QTest::newRow("template") << QUrl(u"https://mandrillapp.com/"_s) << true
                              << QUrl(u"https://mandrillapp.com/api/1.0/messages/send-template"_s);
    QTest::newRow("api/1.0") << QUrl(u"https://mandrillapp.com/api/1.0/"_s) << false
                             << QUrl(u"https://mandrillapp.com/api/1.0/messages/send"_s);
    QTest::newRow("prefix") << QUrl(u"http://127.0.0.1:9/relay?x#y"_s) << false
                            << QUrl(u"http://127.0.0.1:9/relay/api/1.0/messages/send"_s);
}

void TestMandrillChannel::sendUrl()
{
    QFETCH(QUrl, base);
    QFETCH(bool, withTemplate);
    QFETCH(QUrl, expected);
    QCOMPARE(MandrillChannel::sendUrl(base, withTemplate), expected);
}

void TestMandrillChannel::classifyWithoutServer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("words");

    QTest::newRow("soft-bounce")
        << 200 << QByteArray(R"([{"email":"a@b.example","status":"rejected","reject_reason":"soft-bounce","_id":"x"}])")
        << false << false << u"for a while"_s;
    QTest::newRow("test-mode-limit")
        << 200 << QByteArray(R"([{"email":"a@b.example","status":"rejected","reject_reason":"test-mode-limit"}])")
        << false << false << u"test key"_s;
    QTest::newRow("empty array") << 200 << QByteArray("[]") << false << false << u"no one"_s;
    QTest::newRow("ServiceUnavailable")
        << 500 << QByteArray(R"({"status":"error","code":-1,"name":"ServiceUnavailable","message":"down"})") << false
        << true << u"temporary"_s;
    QTest::newRow("Unknown name") << 500
                                  << QByteArray(R"({"status":"error","code":-99,"name":"Brand_New","message":"odd"})")
                                  << false << false << u"Mandrill rejected the message: odd"_s;
    QTest::newRow("500 malformed") << 500 << QByteArray("{oops") << false << true << u"HTTP 500"_s;
    QTest::newRow("error in a 200")
        << 200 << QByteArray(R"({"status":"error","code":-1,"name":"Invalid_Key","message":"Invalid API key"})")
        << false << false << u"API key"_s;
    QTest::newRow("404") << 404 << QByteArray("Not Found") << false << false << u"server address"_s;
}

void TestMandrillChannel::classifyWithoutServer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(QString, words);
    ChannelAnswer answer;
    answer.status = status;
    answer.body = body;
    const SendOutcome outcome = MandrillChannel::classify(answer);
    QCOMPARE(outcome.accepted, accepted);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->retryable, retryable);
    QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
}

void TestMandrillChannel::timeout()
{
    m_fake->setMode(FakeMandrill::Mode::Hang);
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"timeoutMs"_s, 300);
    MandrillChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(0), 5000);
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Timeout);
    QVERIFY(outcome.error->retryable);
    QVERIFY(outcome.error->message.contains(u"Mandrill"_s));
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
    QTRY_COMPARE(m_fake->hungCount(), 0);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(recorder.calls(0), 1);
}

void TestMandrillChannel::connectionRefused()
{
    QUrl base;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        base = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    }
    MandrillChannel channel(configFor(base), ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).error);
    QCOMPARE(recorder.outcome(0).error->code, ErrorCode::Network);
    QVERIFY(recorder.outcome(0).error->retryable);
    verifyNoSecrets(recorder.outcome(0), {u"s3cr3t"_s});
}

void TestMandrillChannel::lineBreaksAreRefused_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("fromName");

    const QString subject = message().subject;
    QTest::newRow("CRLF in subject") << u"Shipped\r\nBcc: all@victims.example"_s << u"Jane"_s << u"Shop"_s;
    QTest::newRow("LF in to name") << subject << u"Jane\nBcc: x@y.example"_s << u"Shop"_s;
    QTest::newRow("CR in from name") << subject << u"Jane"_s << u"Shop\rBcc: x@y.example"_s;
}

void TestMandrillChannel::lineBreaksAreRefused()
{
    QFETCH(QString, subject);
    QFETCH(QString, toName);
    QFETCH(QString, fromName);
    auto config = configFor(m_fake->baseUrl());
    config.fromName = fromName;
    MandrillChannel channel(config, ApiKey, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.subject = subject;
    outgoing.toName = toName;
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    QVERIFY(!recorder.has(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY(recorder.outcome(0).error);
    QCOMPARE(recorder.outcome(0).error->code, ErrorCode::InvalidInput);
    QVERIFY(!recorder.outcome(0).error->retryable);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestMandrillChannel::configProblems()
{
    auto config = configFor(QUrl(u"http://mandrillapp.com"_s));
    MandrillChannel cleartext(config, ApiKey, m_network.get());
    config = configFor(m_fake->baseUrl());
    config.options.insert(u"mergeLanguage"_s, u"jinja"_s);
    MandrillChannel language(config, ApiKey, m_network.get());
    config = configFor(m_fake->baseUrl());
    config.fromEmail.clear();
    MandrillChannel noSender(config, ApiKey, m_network.get());
    SendRecorder recorder;
    cleartext.send(message(), recorder.callback(0));
    language.send(message(), recorder.callback(1));
    noSender.send(message(), recorder.callback(2));
    QTRY_VERIFY(recorder.has(0) && recorder.has(1) && recorder.has(2));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(recorder.outcome(i).error);
        QCOMPARE(recorder.outcome(i).error->code, ErrorCode::Config);
        QVERIFY(!recorder.outcome(i).error->retryable);
        verifyNoSecrets(recorder.outcome(i), {u"s3cr3t"_s});
    }
    QVERIFY(recorder.outcome(1).error->message.contains(u"handlebars"_s));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestMandrillChannel::wrongKeyIsRefusedWithoutLeaking()
{
    const QString wrongKey = u"md-wrong-s3cr3t-other"_s;
    MandrillChannel channel(configFor(m_fake->baseUrl()), wrongKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QCOMPARE(outcome.httpStatus, 500);
    QVERIFY(outcome.error);
    QVERIFY(!outcome.error->retryable);
    QCOMPARE(outcome.error->message, u"Mandrill refused the API key. Check the key in Channels."_s);
    QCOMPARE(outcome.error->detail, u"Invalid_Key: Invalid API key"_s);
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
}

void TestMandrillChannel::destroyedMidRequestAnswersOnce()
{
    m_fake->setMode(FakeMandrill::Mode::Hang);
    auto channel = std::make_unique<MandrillChannel>(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeMandrill::requestReceived);
    channel->send(message(1), recorder.callback(0));
    QTRY_COMPARE(received.size(), 1);
    channel.reset();
    QCOMPARE(recorder.calls(0), 1);
    QVERIFY(recorder.outcome(0).error);
    QVERIFY(recorder.outcome(0).error->retryable);
    QCoreApplication::processEvents();
    QCOMPARE(recorder.calls(0), 1);
}

void TestMandrillChannel::checkConnection_data()
{
    QTest::addColumn<FakeMandrill::Mode>("mode");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("fromEmail");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("retryAt");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("words");

    using M = FakeMandrill::Mode;
    const QString from = u"orders@shop.example"_s;
    const int rejected = int(ErrorCode::ProviderRejected);
    const int failed = int(ErrorCode::ProviderFailed);
    const int limited = int(ErrorCode::RateLimited);
    const int config = int(ErrorCode::Config);
    QTest::newRow("accepted") << M::Sent << ApiKey << from << true << -1 << false << false << 1
                              << u"the API key is valid (Mandrill checks the sender's domain when it sends)."_s;
    QTest::newRow("template error is a send's")
        << M::UnknownTemplate << ApiKey << from << true << -1 << false << false << 1 << u"the API key is valid"_s;
    QTest::newRow("wrong key") << M::Sent << u"md-wrong-s3cr3t-other"_s << from << false << rejected << false << false
                               << 1 << u"refused the API key"_s;
    QTest::newRow("429 Retry-After") << M::RateLimit429 << ApiKey << from << false << limited << true << true << 1
                                     << u"Try the check again in a minute"_s;
    QTest::newRow("429 bare") << M::RateLimit429Bare << ApiKey << from << false << limited << true << false << 1
                              << u"Try the check again in a minute"_s;
    QTest::newRow("500 GeneralError") << M::GeneralError << ApiKey << from << false << failed << true << false << 1
                                      << u"temporary problem (HTTP 500). Try the check again later."_s;
    QTest::newRow("502 html") << M::BadGateway502 << ApiKey << from << false << failed << true << false << 1
                              << u"temporary problem (HTTP 502). Try the check again later."_s;
    QTest::newRow("no key") << M::Sent << QString() << from << false << config << false << false << 0
                            << u"No API key"_s;
    QTest::newRow("no sender") << M::Sent << ApiKey << QString() << false << config << false << false << 0
                               << u"No sender address"_s;
}

void TestMandrillChannel::checkConnection()
{
    QFETCH(FakeMandrill::Mode, mode);
    QFETCH(QString, apiKey);
    QFETCH(QString, fromEmail);
    QFETCH(bool, accepted);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    QFETCH(bool, retryAt);
    QFETCH(int, requests);
    QFETCH(QString, words);

    QVERIFY(MandrillChannel::typeInfo().canCheckConnection);
    m_fake->setMode(mode);
    m_fake->setRetryAfterSeconds(30);
    auto config = configFor(m_fake->baseUrl());
    config.fromEmail = fromEmail;
    MandrillChannel channel(config, apiKey, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);

    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(m_fake->acceptedCount(), 0);
    QCOMPARE(result->accepted, accepted);
    if (accepted) {
        QVERIFY(!result->error);
        QVERIFY2(result->providerAnswer.startsWith(words), qPrintable(result->providerAnswer));
        QCOMPARE(result->httpStatus, 200);
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
    QCOMPARE(channel.pendingCount(), 0);
}

void TestMandrillChannel::checkConnectionSendsNoMessage()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"templateName"_s, u"order-shipped"_s);
    MandrillChannel channel(config, ApiKey, m_network.get());
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);
    QVERIFY2(result->accepted, qPrintable(result->error ? result->error->message : QString()));

    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(m_fake->acceptedCount(), 0);
    const auto request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/api/1.0/users/ping2"));
    QVERIFY(request.headers.value("content-type").startsWith("application/json"));
    // The key and nothing else: no message, no recipient.
    QCOMPARE(m_fake->bodyOf(0), QJsonObject({{u"key"_s, ApiKey}}));
}

QTEST_GUILESS_MAIN(TestMandrillChannel)

#include "tst_mandrillchannel.moc"
