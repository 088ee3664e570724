#include "channels/mailgunchannel.h"
#include "fakes/fakemailgun.h"
#include "fakes/inlineimages.h"
#include "fakes/sendrecorder.h"

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
using Tidings::MailgunChannel;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeMailgun;
using Tidings::Test::sendOne;
using Tidings::Test::SendRecorder;
using Tidings::Test::verifyNoSecrets;

namespace {

const QString ApiKey = u"key-mg.s3cr3t-value-that-must-not-leak"_s;
const QString Domain = u"mg.shop.example"_s;

Tidings::ChannelConfig configFor(const QUrl &baseUrl)
{
    Tidings::ChannelConfig config;
    config.id = u"mg-main"_s;
    config.type = u"mailgun"_s;
    config.name = u"Shop mail"_s;
    config.baseUrl = baseUrl;
    config.fromEmail = u"orders@mg.shop.example"_s;
    config.fromName = u"The Shop"_s;
    config.options.insert(u"domain"_s, Domain);
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

class TestMailgunChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answers_data();
    void answers();
    void requestShape();
    void fields_data();
    void fields();
    void testModeAndOptionalParts();
    void inlineImages_data();
    void inlineImages();
    void fakeRefusesFilesItCannotTake_data();
    void fakeRefusesFilesItCannotTake();
    void messagesUrl_data();
    void messagesUrl();
    void classifyWithoutServer_data();
    void classifyWithoutServer();
    void transientFailuresThenAccept();
    void timeout();
    void connectionRefused();
    void lineBreaksAreRefused_data();
    void lineBreaksAreRefused();
    void configProblems_data();
    void configProblems();
    void wrongKeyIsRefusedWithoutLeaking();
    void destroyedMidRequestAnswersOnce();
    void checkConnection_data();
    void checkConnection();
    void checkConnectionSendsNoMessage();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeMailgun> m_fake;
};

void TestMailgunChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeMailgun>(Domain, ApiKey);
    QVERIFY(m_fake->listen());
}

void TestMailgunChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

void TestMailgunChannel::answers_data()
{
    QTest::addColumn<FakeMailgun::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("retryAt");

    using M = FakeMailgun::Mode;
    const int rejected = int(ErrorCode::ProviderRejected);
    QTest::newRow("200 queued") << M::Accept << true << false << -1 << 200 << QString() << false;
    QTest::newRow("200 malformed") << M::MalformedOk << true << false << -1 << 200 << QString() << false;
    QTest::newRow("400 bad address") << M::Reject400 << false << false << rejected << 400
                                     << u"Mailgun rejected the message: to parameter is not a valid address"_s << false;
    QTest::newRow("401 Forbidden") << M::Unauthorized401 << false << false << rejected << 401
                                   << u"Mailgun refused the API key"_s << false;
    QTest::newRow("403 sandbox") << M::SandboxForbidden403 << false << false << rejected << 403
                                 << u"authorized recipient"_s << false;
    QTest::newRow("404 domain") << M::UnknownDomain404 << false << false << rejected << 404 << u"US or the EU region"_s
                                << false;
    QTest::newRow("413 too large") << M::TooLarge413 << false << false << rejected << 413 << u"25 MB"_s << false;
    QTest::newRow("429 Retry-After") << M::RateLimit429 << false << true << int(ErrorCode::RateLimited) << 429
                                     << u"limiting how fast"_s << true;
    QTest::newRow("429 bare") << M::RateLimit429Bare << false << true << int(ErrorCode::RateLimited) << 429
                              << u"limiting how fast"_s << false;
    QTest::newRow("500") << M::ServerError500 << false << true << int(ErrorCode::ProviderFailed) << 500
                         << u"temporary problem (HTTP 500)"_s << false;
    QTest::newRow("503 html") << M::Unavailable503 << false << true << int(ErrorCode::ProviderFailed) << 503
                              << u"temporary problem (HTTP 503)"_s << false;
}

void TestMailgunChannel::answers()
{
    QFETCH(FakeMailgun::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, words);
    QFETCH(bool, retryAt);

    m_fake->setMode(mode);
    m_fake->setRetryAfterSeconds(30);
    MailgunChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
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
        if (mode == FakeMailgun::Mode::Accept) {
            QVERIFY(outcome.providerMessageId.startsWith(u'<'));
            QVERIFY(outcome.providerMessageId.endsWith(u"@mg.shop.example>"_s));
        } else {
            QVERIFY(outcome.providerMessageId.isEmpty());
        }
    } else {
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->retryable, retryable);
        QCOMPARE(int(outcome.error->code), code);
        QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
        QVERIFY(!outcome.error->message.contains(u"HTTP 4"_s));
        QVERIFY(!outcome.error->detail.isEmpty());
        QVERIFY(!outcome.providerAnswer.isEmpty());
        QCOMPARE(m_fake->acceptedCount(), 0);
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

void TestMailgunChannel::requestShape()
{
    auto config = configFor(m_fake->baseUrl());
    config.replyTo = u"help@shop.example"_s;
    MailgunChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(4711), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(recorder.outcome(0).providerAnswer));

    const auto request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v3/mg.shop.example/messages"));
    QCOMPARE(request.headers.value("authorization"),
             QByteArray("Basic ") + QByteArray("api:" + ApiKey.toUtf8()).toBase64());
    QVERIFY(request.headers.value("content-type").startsWith("multipart/form-data; boundary="));

    const QList<std::pair<QByteArray, QString>> expected{
        {"from", u"The Shop <orders@mg.shop.example>"_s},
        {"to", u"Jane Doe <jane@customer.example>"_s},
        {"subject", u"Your order #1042 has shipped"_s},
        {"text", message().text},
        {"html", message().html},
        {"h:Reply-To", u"help@shop.example"_s},
        {"v:tidings_notification_id", u"4711"_s},
    };
    QCOMPARE(m_fake->fields(0), expected);
}

void TestMailgunChannel::fields_data()
{
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("from");

    QTest::newRow("plain") << u"Jane Doe"_s << u"The Shop"_s << u"Shipped"_s << u"Jane Doe <jane@customer.example>"_s
                           << u"The Shop <orders@mg.shop.example>"_s;
    QTest::newRow("non-ASCII") << u"Zoë Ångström 山田"_s << u"Café Müller"_s << u"Ihre Bestellung ist unterwegs ✓"_s
                               << u"Zoë Ångström 山田 <jane@customer.example>"_s
                               << u"Café Müller <orders@mg.shop.example>"_s;
    QTest::newRow("comma quoted") << u"Doe, Jane"_s << u"Shop; Inc."_s << u"Shipped"_s
                                  << u"\"Doe, Jane\" <jane@customer.example>"_s
                                  << u"\"Shop; Inc.\" <orders@mg.shop.example>"_s;
    QTest::newRow("quote escaped") << u"Jane \"JJ\" Doe"_s << u"A\\B"_s << u"Shipped"_s
                                   << u"\"Jane \\\"JJ\\\" Doe\" <jane@customer.example>"_s
                                   << u"\"A\\\\B\" <orders@mg.shop.example>"_s;
    QTest::newRow("no names") << QString() << QString() << u"Shipped"_s << u"jane@customer.example"_s
                              << u"orders@mg.shop.example"_s;
}

void TestMailgunChannel::fields()
{
    QFETCH(QString, toName);
    QFETCH(QString, fromName);
    QFETCH(QString, subject);
    QFETCH(QString, to);
    QFETCH(QString, from);

    auto config = configFor(m_fake->baseUrl());
    config.fromName = fromName;
    MailgunChannel channel(config, ApiKey, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.toName = toName;
    outgoing.subject = subject;
    const auto built = channel.buildFields(outgoing);
    QVERIFY(built);
    QCOMPARE(built.value().at(0).second, from);
    QCOMPARE(built.value().at(1).second, to);

    // And the fake reads the same values back from the multipart body, in UTF-8.
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    QVERIFY2(recorder.outcome(0).accepted, qPrintable(recorder.outcome(0).providerAnswer));
    QCOMPARE(m_fake->field(0, "to"), to);
    QCOMPARE(m_fake->field(0, "from"), from);
    QCOMPARE(m_fake->field(0, "subject"), subject);
}

void TestMailgunChannel::testModeAndOptionalParts()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"testMode"_s, true);
    MailgunChannel channel(config, ApiKey, m_network.get());
    QVERIFY(channel.testMode());
    SendRecorder recorder;
    OutgoingMessage textOnly = message();
    textOnly.html.clear();
    channel.send(textOnly, recorder.callback(0));
    OutgoingMessage htmlOnly = message();
    htmlOnly.text.clear();
    channel.send(htmlOnly, recorder.callback(1));
    QTRY_VERIFY(recorder.has(0) && recorder.has(1));
    QVERIFY(recorder.outcome(0).accepted);
    QVERIFY(recorder.outcome(1).accepted);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_fake->field(i, "o:testmode"), u"yes"_s);
        QVERIFY(m_fake->field(i, "h:Reply-To").isEmpty());
    }
    const auto first = m_fake->fields(0);
    const auto second = m_fake->fields(1);
    QVERIFY(std::none_of(first.begin(), first.end(), [](const auto &f) { return f.first == "html"; }));
    QVERIFY(std::none_of(second.begin(), second.end(), [](const auto &f) { return f.first == "text"; }));
}

void TestMailgunChannel::inlineImages_data()
{
    Tidings::Test::addInlineImageRows();
}

void TestMailgunChannel::inlineImages()
{
    QFETCH(QByteArray, mimeType);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(bool, referenced);
    QFETCH(bool, refused);

    MailgunChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
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
    QCOMPARE(m_fake->field(0, "html"), outgoing.html);
    const auto files = m_fake->files(0, "inline");
    if (!referenced) {
        QVERIFY(files.isEmpty()); // the form is what it is without images
        QVERIFY(!m_fake->request(0).body.contains("filename="));
        return;
    }
    QCOMPARE(files.size(), 1); // not the image the HTML does not show
    // Mailgun gives an inline file the Content-ID of its file name: the HTML's "cid:logo@tidings".
    QCOMPARE(files.at(0).fileName.value_or(QByteArray()), QByteArray(Tidings::Test::LogoContentId));
    QCOMPARE(files.at(0).contentType, mimeType.toLower());
    QCOMPARE(files.at(0).data, data);
    QVERIFY(m_fake->files(0, "attachment").isEmpty());
}

void TestMailgunChannel::fakeRefusesFilesItCannotTake_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QByteArray>("fileName");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("words");

    QTest::newRow("inline without file name")
        << QByteArray("inline") << QByteArray() << QByteArray("image/png") << u"inline parameter must be a file"_s;
    QTest::newRow("inline without type") << QByteArray("inline") << QByteArray("logo@tidings") << QByteArray()
                                         << u"inline file has no Content-Type"_s;
    QTest::newRow("attachment without file name") << QByteArray("attachment") << QByteArray() << QByteArray("image/png")
                                                  << u"attachment parameter must be a file"_s;
}

void TestMailgunChannel::fakeRefusesFilesItCannotTake()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QByteArray, fileName);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, words);

    MailgunChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    const auto fields = channel.buildFields(message());
    QVERIFY(fields);
    const QByteArray boundary = "tidings-test-boundary";
    QByteArray body = MailgunChannel::multipartBody(*fields, boundary,
                                                    {{fieldName, fileName, contentType, Tidings::Test::pngLogo()}});
    if (fileName.isEmpty()) {
        body.replace("; filename=\"\"", ""); // a plain field, not a file
    }
    QNetworkRequest request(channel.endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=" + boundary));
    request.setRawHeader("Authorization", QByteArray("Basic " + QByteArray("api:" + ApiKey.toUtf8()).toBase64()));
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QByteArray answer = reply->readAll();
    QVERIFY2(answer.contains(words.toUtf8()), answer.constData());
    QCOMPARE(m_fake->acceptedCount(), 0);
}

void TestMailgunChannel::messagesUrl_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("empty") << QUrl() << QUrl(u"https://api.mailgun.net/v3/mg.shop.example/messages"_s);
    QTest::newRow("US") << QUrl(u"https://api.mailgun.net"_s)
                        << QUrl(u"https://api.mailgun.net/v3/mg.shop.example/messages"_s);
    QTest::newRow("EU slash") << QUrl(u"https://api.eu.mailgun.net/"_s)
                              << QUrl(u"https://api.eu.mailgun.net/v3/mg.shop.example/messages"_s);
    QTest::newRow("v3") << QUrl(u"https://api.mailgun.net/v3/"_s)
                        << QUrl(u"https://api.mailgun.net/v3/mg.shop.example/messages"_s);
    QTest::newRow("prefix, query") << QUrl(u"http://127.0.0.1:8080/relay?x=1#y"_s)
                                   << QUrl(u"http://127.0.0.1:8080/relay/v3/mg.shop.example/messages"_s);
}

void TestMailgunChannel::messagesUrl()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, expected);
    QCOMPARE(MailgunChannel::messagesUrl(base, Domain), expected);
}

void TestMailgunChannel::classifyWithoutServer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("words");

    QTest::newRow("502") << 502 << QByteArray("bad gateway") << true << u"HTTP 502"_s;
    QTest::newRow("504") << 504 << QByteArray() << true << u"HTTP 504"_s;
    QTest::newRow("408") << 408 << QByteArray() << true << u"too long"_s;
    QTest::newRow("403 disabled") << 403 << QByteArray(R"({"message":"Domain disabled"})") << false
                                  << u"Domain disabled"_s;
    QTest::newRow("301") << 301 << QByteArray() << false << u"redirect"_s;
    QTest::newRow("422 malformed json") << 422 << QByteArray("{oops") << false << u"HTTP 422"_s;
}

void TestMailgunChannel::classifyWithoutServer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, retryable);
    QFETCH(QString, words);
    ChannelAnswer answer;
    answer.status = status;
    answer.body = body;
    const SendOutcome outcome = MailgunChannel::classify(answer);
    QVERIFY(!outcome.accepted);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->retryable, retryable);
    QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
}

void TestMailgunChannel::transientFailuresThenAccept()
{
    m_fake->queueModes({FakeMailgun::Mode::ServerError500, FakeMailgun::Mode::RateLimit429});
    MailgunChannel channel(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    for (int attempt = 0; attempt < 3; ++attempt) {
        channel.send(message(), recorder.callback(attempt));
        QTRY_VERIFY(recorder.has(attempt));
    }
    QVERIFY(recorder.outcome(0).error && recorder.outcome(0).error->retryable);
    QVERIFY(recorder.outcome(1).error && recorder.outcome(1).error->retryable);
    QVERIFY(recorder.outcome(2).accepted);
    QCOMPARE(m_fake->acceptedCount(), 1);
}

void TestMailgunChannel::timeout()
{
    m_fake->setMode(FakeMailgun::Mode::Hang);
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"timeoutMs"_s, 300);
    MailgunChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(0), 5000);
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(!outcome.accepted);
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Timeout);
    QVERIFY(outcome.error->retryable);
    QVERIFY(outcome.error->message.contains(u"Mailgun"_s));
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
    QTRY_COMPARE(m_fake->hungCount(), 0);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(recorder.calls(0), 1);
}

void TestMailgunChannel::connectionRefused()
{
    QUrl base;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        base = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    }
    MailgunChannel channel(configFor(base), ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Network);
    QVERIFY(outcome.error->retryable);
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
}

void TestMailgunChannel::lineBreaksAreRefused_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("toEmail");

    const QString subject = message().subject;
    const QString to = message().toEmail;
    QTest::newRow("CRLF in subject") << u"Shipped\r\nBcc: all@victims.example"_s << u"Jane"_s << u"Shop"_s << to;
    QTest::newRow("LF in to name") << subject << u"Jane\nBcc: x@y.example"_s << u"Shop"_s << to;
    QTest::newRow("CR in from name") << subject << u"Jane"_s << u"Shop\rBcc: x@y.example"_s << to;
    QTest::newRow("LF in address") << subject << u"Jane"_s << u"Shop"_s << u"jane@x.example\nBcc: y@z.example"_s;
    QTest::newRow("U+2028 in subject") << u"Shipped\u2028X-Evil: 1"_s << u"Jane"_s << u"Shop"_s << to;
}

void TestMailgunChannel::lineBreaksAreRefused()
{
    QFETCH(QString, subject);
    QFETCH(QString, toName);
    QFETCH(QString, fromName);
    QFETCH(QString, toEmail);

    auto config = configFor(m_fake->baseUrl());
    config.fromName = fromName;
    MailgunChannel channel(config, ApiKey, m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.subject = subject;
    outgoing.toName = toName;
    outgoing.toEmail = toEmail;
    SendRecorder recorder;
    channel.send(outgoing, recorder.callback(0));
    QVERIFY(!recorder.has(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::InvalidInput);
    QVERIFY(!outcome.error->retryable);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestMailgunChannel::configProblems_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("fromEmail");
    QTest::addColumn<QString>("words");

    QTest::newRow("no domain") << QString() << QUrl() << u"a@b.example"_s << u"No sending domain"_s;
    QTest::newRow("domain with slash") << u"mg.shop.example/../x"_s << QUrl() << u"a@b.example"_s
                                       << u"not a domain name"_s;
    QTest::newRow("domain with space") << u"mg shop.example"_s << QUrl() << u"a@b.example"_s << u"not a domain"_s;
    QTest::newRow("cleartext") << Domain << QUrl(u"http://api.mailgun.net"_s) << u"a@b.example"_s << QString();
    QTest::newRow("no sender") << Domain << QUrl() << QString() << u"No sender address"_s;
}

void TestMailgunChannel::configProblems()
{
    QFETCH(QString, domain);
    QFETCH(QUrl, base);
    QFETCH(QString, fromEmail);
    QFETCH(QString, words);
    auto config = configFor(base);
    config.options.insert(u"domain"_s, domain);
    config.fromEmail = fromEmail;
    MailgunChannel channel(config, ApiKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY(!outcome.error->retryable);
    QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
}

void TestMailgunChannel::wrongKeyIsRefusedWithoutLeaking()
{
    const QString wrongKey = u"key-wrong.s3cr3t-other"_s;
    MailgunChannel channel(configFor(m_fake->baseUrl()), wrongKey, m_network.get());
    SendRecorder recorder;
    channel.send(message(), recorder.callback(0));
    QTRY_VERIFY(recorder.has(0));
    const SendOutcome &outcome = recorder.outcome(0);
    QCOMPARE(outcome.httpStatus, 401);
    QVERIFY(outcome.error);
    QVERIFY(!outcome.error->retryable);
    QVERIFY(outcome.error->message.contains(u"API key"_s));
    QCOMPARE(outcome.error->detail, u"Forbidden"_s);
    verifyNoSecrets(outcome, {u"s3cr3t"_s});
}

void TestMailgunChannel::destroyedMidRequestAnswersOnce()
{
    m_fake->setMode(FakeMailgun::Mode::Hang);
    auto channel = std::make_unique<MailgunChannel>(configFor(m_fake->baseUrl()), ApiKey, m_network.get());
    SendRecorder recorder;
    QSignalSpy received(m_fake.get(), &FakeMailgun::requestReceived);
    channel->send(message(1), recorder.callback(0));
    QTRY_COMPARE(received.size(), 1);
    channel.reset();
    QCOMPARE(recorder.calls(0), 1);
    QVERIFY(recorder.outcome(0).error);
    QVERIFY(recorder.outcome(0).error->retryable);
    QCoreApplication::processEvents();
    QCOMPARE(recorder.calls(0), 1);
}

void TestMailgunChannel::checkConnection_data()
{
    QTest::addColumn<FakeMailgun::Mode>("mode");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("retryAt");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("words");

    using M = FakeMailgun::Mode;
    const int rejected = int(ErrorCode::ProviderRejected);
    const int failed = int(ErrorCode::ProviderFailed);
    const int limited = int(ErrorCode::RateLimited);
    QTest::newRow("accepted") << M::Accept << ApiKey << Domain << true << -1 << false << false << 1
                              << u"the API key may send mail from mg.shop.example."_s;
    QTest::newRow("wrong key") << M::Accept << u"key-wrong.s3cr3t-other"_s << Domain << false << rejected << false
                               << false << 1 << u"refused the API key"_s;
    QTest::newRow("other domain") << M::Accept << ApiKey << u"mg.other.example"_s << false << rejected << false << false
                                  << 1 << u"does not know this sending domain"_s;
    QTest::newRow("429 Retry-After") << M::RateLimit429 << ApiKey << Domain << false << limited << true << true << 1
                                     << u"Try the check again in a minute"_s;
    QTest::newRow("429 bare") << M::RateLimit429Bare << ApiKey << Domain << false << limited << true << false << 1
                              << u"Try the check again in a minute"_s;
    QTest::newRow("500") << M::ServerError500 << ApiKey << Domain << false << failed << true << false << 1
                         << u"temporary problem (HTTP 500). Try the check again later."_s;
    QTest::newRow("503 html") << M::Unavailable503 << ApiKey << Domain << false << failed << true << false << 1
                              << u"temporary problem (HTTP 503). Try the check again later."_s;
    QTest::newRow("no key") << M::Accept << QString() << Domain << false << int(ErrorCode::Config) << false << false
                            << 0 << u"No API key"_s;
    QTest::newRow("no domain") << M::Accept << ApiKey << QString() << false << int(ErrorCode::Config) << false << false
                               << 0 << u"No sending domain"_s;
}

void TestMailgunChannel::checkConnection()
{
    QFETCH(FakeMailgun::Mode, mode);
    QFETCH(QString, apiKey);
    QFETCH(QString, domain);
    QFETCH(bool, accepted);
    QFETCH(int, code);
    QFETCH(bool, retryable);
    QFETCH(bool, retryAt);
    QFETCH(int, requests);
    QFETCH(QString, words);

    QVERIFY(MailgunChannel::typeInfo().canCheckConnection);
    m_fake->setMode(mode);
    m_fake->setRetryAfterSeconds(30);
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"domain"_s, domain);
    MailgunChannel channel(config, apiKey, m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);

    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(m_fake->acceptedCount(), 0);
    QCOMPARE(result->accepted, accepted);
    if (accepted) {
        QVERIFY(!result->error);
        QCOMPARE(result->providerAnswer, words);
        QCOMPARE(result->httpStatus, 400);
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
    if (!apiKey.isEmpty()) {
        QVERIFY(!result->providerAnswer.contains(apiKey));
    }
    QCOMPARE(channel.pendingCount(), 0);
}

void TestMailgunChannel::checkConnectionSendsNoMessage()
{
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"testMode"_s, true);
    MailgunChannel channel(config, ApiKey, m_network.get());
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);
    QVERIFY2(result->accepted, qPrintable(result->error ? result->error->message : QString()));
    QVERIFY2(result->providerAnswer.contains(u"test mode is on"_s), qPrintable(result->providerAnswer));

    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(m_fake->acceptedCount(), 0);
    const auto request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v3/mg.shop.example/messages"));
    QCOMPARE(request.headers.value("authorization"),
             QByteArray("Basic ") + QByteArray("api:" + ApiKey.toUtf8()).toBase64());
    // Nothing that makes a message: no sender, no recipient, no content; only the test-mode flag.
    const QList<std::pair<QByteArray, QString>> expected{{"o:testmode", u"yes"_s}};
    QCOMPARE(m_fake->fields(0), expected);
}

QTEST_GUILESS_MAIN(TestMailgunChannel)

#include "tst_mailgunchannel.moc"
