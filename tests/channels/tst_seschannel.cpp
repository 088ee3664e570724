#include "channels/seschannel.h"
#include "channels/sigv4signer.h"
#include "fakes/fakeses.h"
#include "fakes/inlineimages.h"
#include "fakes/sendrecorder.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ErrorCode;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::SesChannel;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::FakeSes;
using Tidings::Test::sendOne;
using Tidings::Test::verifyNoSecrets;
namespace SigV4 = Tidings::SigV4;

namespace {

const QString KeyId = u"AKIATIDINGSTEST00001"_s;
const QString Secret = u"s3cr3tSesKey/ThatMustNotLeak+0123456789"_s;
const QString Token = u"IQoJb3JpZ2luX2VjEs3cr3tToken"_s;
const QString Region = u"eu-west-1"_s;

// AWS's published test-suite credentials and time.
const QString SuiteKeyId = u"AKIDEXAMPLE"_s;
const QString SuiteSecret = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
const QByteArray SuiteDate = QByteArrayLiteral("20150830T123600Z");
const QByteArray EmptyHash = QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

Tidings::ChannelConfig configFor(const QUrl &baseUrl)
{
    Tidings::ChannelConfig config;
    config.id = u"ses-main"_s;
    config.type = u"ses"_s;
    config.name = u"Shop SES"_s;
    config.baseUrl = baseUrl;
    config.fromEmail = u"orders@shop.example"_s;
    config.fromName = u"The Shop"_s;
    config.options.insert(u"region"_s, Region);
    return config;
}

SigV4::Credentials credentials(const QString &token = {})
{
    return SigV4::Credentials{KeyId, Secret, token};
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

class TestSesChannel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signerGetVanilla();
    void signerPostVanilla();
    void signerQueryOrder();
    void signerIamExample();

    void answers_data();
    void answers();
    void requestShape();
    void sessionToken();
    void wrongSecretIsRefused();
    void skewedClockIsRefused();
    void inlineImages_data();
    void inlineImages();
    void fakeChecksAttachments_data();
    void fakeChecksAttachments();
    void bodies_data();
    void bodies();
    void refused_data();
    void refused();
    void timeout();
    void connectionRefused();
    void endpoint_data();
    void endpoint();
    void typeInfo();
    void checkConnection_data();
    void checkConnection();
    void checkConnectionSendsNothing();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeSes> m_fake;
};

void TestSesChannel::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeSes>(KeyId, Secret, Region);
    QVERIFY(m_fake->listen());
}

void TestSesChannel::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

// aws-sig-v4-test-suite/get-vanilla: canonical request, string to sign and signature as AWS publishes them.
void TestSesChannel::signerGetVanilla()
{
    SigV4::Request request{"GET", u"/"_s, {}, {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", SuiteDate}}, {}};
    const SigV4::Signed result =
        SigV4::sign(request, {SuiteKeyId, SuiteSecret, {}}, u"us-east-1"_s, u"service"_s, SuiteDate);
    QCOMPARE(result.canonicalRequest,
             "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EmptyHash);
    QCOMPARE(result.stringToSign,
             QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/"
                        "aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
    QCOMPARE(result.signature, QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
    QCOMPARE(result.authorization,
             QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        "SignedHeaders=host;x-amz-date, "
                        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
}

// post-vanilla (and post-header-key-case: header names in any case).
void TestSesChannel::signerPostVanilla()
{
    SigV4::Request request{"POST", u"/"_s, {}, {{"X-AMZ-DATE", SuiteDate}, {"HOST", "example.amazonaws.com"}}, {}};
    const SigV4::Signed result =
        SigV4::sign(request, {SuiteKeyId, SuiteSecret, {}}, u"us-east-1"_s, u"service"_s, SuiteDate);
    QCOMPARE(result.canonicalRequest,
             "POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EmptyHash);
    QCOMPARE(result.stringToSign,
             QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/"
                        "aws4_request\n553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87"));
    QCOMPARE(result.signature, QByteArray("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"));
}

// get-vanilla-query-order-key-case: parameters sorted by name.
void TestSesChannel::signerQueryOrder()
{
    SigV4::Request request{"GET",
                           u"/"_s,
                           "Param2=value2&Param1=value1",
                           {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", SuiteDate}},
                           {}};
    const SigV4::Signed result =
        SigV4::sign(request, {SuiteKeyId, SuiteSecret, {}}, u"us-east-1"_s, u"service"_s, SuiteDate);
    QVERIFY(result.canonicalRequest.startsWith("GET\n/\nParam1=value1&Param2=value2\n"));
    QCOMPARE(result.signature, QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"));
}

// The worked example of AWS's "Create a signed request" page: IAM ListUsers, derived signing key and signature.
void TestSesChannel::signerIamExample()
{
    QCOMPARE(SigV4::signingKey(SuiteSecret, "20150830", u"us-east-1"_s, u"iam"_s).toHex(),
             QByteArray("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
    SigV4::Request request{"GET",
                           u"/"_s,
                           "Action=ListUsers&Version=2010-05-08",
                           {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                            {"Host", "iam.amazonaws.com"},
                            {"X-Amz-Date", SuiteDate}},
                           {}};
    const SigV4::Signed result =
        SigV4::sign(request, {SuiteKeyId, SuiteSecret, {}}, u"us-east-1"_s, u"iam"_s, SuiteDate);
    QCOMPARE(result.stringToSign, QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\n"
                                             "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59"));
    QCOMPARE(result.signature, QByteArray("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));
}

void TestSesChannel::answers_data()
{
    QTest::addColumn<FakeSes::Mode>("mode");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter"); // seconds; -1: none
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("detail");

    using M = FakeSes::Mode;
    QTest::newRow("200 accepted") << M::Accept << true << false << 200 << -1 << QString() << QString();
    QTest::newRow("sandbox recipient")
        << M::SandboxRejected << false << false << 400 << -1
        << u"Amazon SES is in sandbox mode: verify the recipient or request production access"_s
        << u"MessageRejected: Email address is not verified"_s;
    QTest::newRow("message rejected") << M::MessageRejected << false << false << 400 << -1
                                      << u"Amazon SES rejected the message: Illegal address"_s << u"MessageRejected"_s;
    QTest::newRow("mail from") << M::MailFromNotVerified << false << false << 400 << -1 << u"MAIL FROM domain"_s
                               << u"MailFromDomainNotVerifiedException"_s;
    QTest::newRow("suspended") << M::AccountSuspended << false << false << 400 << -1 << u"suspended sending"_s
                               << u"AccountSuspendedException"_s;
    QTest::newRow("paused") << M::SendingPaused << false << false << 400 << -1 << u"Resume sending"_s
                            << u"SendingPausedException"_s;
    QTest::newRow("no configuration set")
        << M::NotFound << false << false << 404 << -1 << u"configuration set"_s << u"NotFoundException"_s;
    QTest::newRow("bad request") << M::BadRequest << false << false << 400 << -1 << u"invalid"_s
                                 << u"BadRequestException"_s;
    QTest::newRow("429 no Retry-After") << M::TooManyRequests << false << true << 429 << 1 << u"limiting"_s
                                        << u"TooManyRequestsException: Maximum sending rate exceeded."_s;
    QTest::newRow("429 Retry-After") << M::TooManyRetryAfter << false << true << 429 << 7 << u"limiting"_s
                                     << u"TooManyRequestsException"_s;
    QTest::newRow("429 limit exceeded") << M::LimitExceeded << false << true << 429 << 1 << u"Daily message quota"_s
                                        << u"LimitExceededException"_s;
    QTest::newRow("500") << M::ServerError << false << true << 500 << -1 << u"temporary problem (HTTP 500)"_s
                         << u"InternalFailure"_s;
    QTest::newRow("503") << M::Unavailable << false << true << 503 << -1 << u"temporary problem (HTTP 503)"_s
                         << u"ServiceUnavailable"_s;
    QTest::newRow("malformed 200") << M::Malformed << false << false << 200 << -1 << u"without a message ID"_s
                                   << u"not json"_s;
}

void TestSesChannel::answers()
{
    QFETCH(FakeSes::Mode, mode);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QString, words);
    QFETCH(QString, detail);

    m_fake->setMode(mode);
    SesChannel channel(configFor(m_fake->baseUrl()), credentials(), m_network.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome);
    QCOMPARE(outcome->accepted, accepted);
    QCOMPARE(outcome->httpStatus, status);
    QCOMPARE(m_fake->requestCount(), 1);
    if (accepted) {
        QVERIFY(!outcome->error);
        QCOMPARE(outcome->providerMessageId, m_fake->request(0).messageId);
        QVERIFY(!outcome->providerMessageId.isEmpty());
    } else {
        QVERIFY(outcome->error);
        QCOMPARE(outcome->error->retryable, retryable);
        QVERIFY2(outcome->error->message.contains(words), qPrintable(errorText(*outcome)));
        QVERIFY2(outcome->error->detail.contains(detail), qPrintable(errorText(*outcome)));
        QVERIFY(outcome->providerMessageId.isEmpty());
    }
    if (retryAfter >= 0) {
        QVERIFY(outcome->retryAt);
        QVERIFY(*outcome->retryAt >= before.addSecs(retryAfter - 1));
        QVERIFY(*outcome->retryAt <= QDateTime::currentDateTimeUtc().addSecs(retryAfter + 1));
    } else {
        QVERIFY(!outcome->retryAt);
    }
    verifyNoSecrets(*outcome, {Secret, Token});
}

void TestSesChannel::requestShape()
{
    auto config = configFor(m_fake->baseUrl());
    config.replyTo = u"help@shop.example"_s;
    config.options.insert(u"configurationSet"_s, u"tidings"_s);
    SesChannel channel(config, credentials(), m_network.get());
    const auto outcome = sendOne(channel, message(4711));
    QVERIFY(outcome && outcome->accepted);

    const FakeSes::ReceivedRequest request = m_fake->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v2/email/outbound-emails"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray prefix = QByteArray("AWS4-HMAC-SHA256 Credential=") + KeyId.toUtf8() + '/';
    QVERIFY(authorization.startsWith(prefix));
    QVERIFY(authorization.contains("/eu-west-1/ses/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;"
                                   "x-amz-date, Signature="));
    QVERIFY(!request.headers.contains("x-amz-security-token"));
    QCOMPARE(request.headers.value("x-amz-date").size(), 16);

    const QJsonObject json = request.json;
    QCOMPARE(json.value(u"FromEmailAddress"_s).toString(), u"\"The Shop\" <orders@shop.example>"_s);
    QCOMPARE(json.value(u"Destination"_s).toObject().value(u"ToAddresses"_s).toArray(),
             QJsonArray{u"\"Jane Doe\" <jane@customer.example>"_s});
    QCOMPARE(json.value(u"ReplyToAddresses"_s).toArray(), QJsonArray{u"help@shop.example"_s});
    QCOMPARE(json.value(u"ConfigurationSetName"_s).toString(), u"tidings"_s);
    const QJsonObject simple = json.value(u"Content"_s).toObject().value(u"Simple"_s).toObject();
    QCOMPARE(simple.value(u"Subject"_s).toObject(),
             (QJsonObject{{u"Data"_s, message().subject}, {u"Charset"_s, u"UTF-8"_s}}));
    const QJsonObject body = simple.value(u"Body"_s).toObject();
    QCOMPARE(body.value(u"Text"_s).toObject().value(u"Data"_s).toString(), message().text);
    QCOMPARE(body.value(u"Html"_s).toObject().value(u"Data"_s).toString(), message().html);
    QCOMPARE(body.value(u"Html"_s).toObject().value(u"Charset"_s).toString(), u"UTF-8"_s);
    const QJsonObject tag{{u"Name"_s, u"tidings_notification_id"_s}, {u"Value"_s, u"4711"_s}};
    QCOMPARE(json.value(u"EmailTags"_s).toArray(), QJsonArray{tag});
}

void TestSesChannel::sessionToken()
{
    m_fake->setSessionToken(Token);
    SesChannel without(configFor(m_fake->baseUrl()), credentials(), m_network.get());
    const auto refused = sendOne(without, message());
    QVERIFY(refused && refused->error);
    QCOMPARE(refused->httpStatus, 403);
    QVERIFY(!refused->error->retryable);
    QVERIFY(refused->error->message.contains(u"refused the AWS keys"_s));

    SesChannel with(configFor(m_fake->baseUrl()), credentials(Token), m_network.get());
    const auto outcome = sendOne(with, message());
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(outcome->providerAnswer));
    QCOMPARE(m_fake->request(1).headers.value("x-amz-security-token"), Token.toUtf8());
    QVERIFY(m_fake->request(1).headers.value("authorization").contains("x-amz-date;x-amz-security-token"));
    verifyNoSecrets(*refused, {Secret, Token});
}

void TestSesChannel::wrongSecretIsRefused()
{
    const QString wrong = u"wr0ngS3cretValue/abcdef"_s;
    SesChannel channel(configFor(m_fake->baseUrl()), SigV4::Credentials{KeyId, wrong, {}}, m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome && outcome->error);
    QCOMPARE(outcome->httpStatus, 403);
    QCOMPARE(outcome->error->code, ErrorCode::ProviderRejected);
    QVERIFY(!outcome->error->retryable);
    QVERIFY(outcome->error->message.contains(u"secret access key"_s));
    QVERIFY(outcome->error->detail.startsWith(u"SignatureDoesNotMatch"_s));
    QVERIFY(!outcome->providerAnswer.contains(wrong));
    QVERIFY(!outcome->error->detail.contains(wrong));
    QCOMPARE(m_fake->acceptedCount(), 0);

    SesChannel unknown(configFor(m_fake->baseUrl()), SigV4::Credentials{u"AKIAUNKNOWN"_s, Secret, {}}, m_network.get());
    const auto other = sendOne(unknown, message());
    QVERIFY(other && other->error);
    QVERIFY(other->error->detail.startsWith(u"UnrecognizedClientException"_s));
}

void TestSesChannel::skewedClockIsRefused()
{
    SesChannel channel(configFor(m_fake->baseUrl()), credentials(), m_network.get());
    channel.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-3600); });
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome && outcome->error);
    QCOMPARE(outcome->httpStatus, 403);
    QVERIFY(!outcome->error->retryable);
    QVERIFY2(outcome->error->message.contains(u"clock"_s), qPrintable(errorText(*outcome)));
}

void TestSesChannel::inlineImages_data()
{
    Tidings::Test::addInlineImageRows();
}

void TestSesChannel::inlineImages()
{
    QFETCH(QByteArray, mimeType);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(bool, referenced);
    QFETCH(bool, refused);
    QFETCH(QString, name);

    SesChannel channel(configFor(m_fake->baseUrl()), credentials(), m_network.get());
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
    const QJsonObject simple = m_fake->request(0).json.value(u"Content"_s).toObject().value(u"Simple"_s).toObject();
    QCOMPARE(simple.value(u"Body"_s).toObject().value(u"Html"_s).toObject().value(u"Data"_s).toString(), outgoing.html);
    if (!referenced) {
        QVERIFY(!simple.contains(u"Attachments"_s)); // the body is what it is without images
        return;
    }
    const QJsonArray attachments = simple.value(u"Attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1); // not the image the HTML does not show
    const QJsonObject logo = attachments.at(0).toObject();
    QCOMPARE(logo.value(u"ContentId"_s).toString(), QString::fromLatin1(Tidings::Test::LogoContentId));
    QCOMPARE(logo.value(u"ContentDisposition"_s).toString(), u"INLINE"_s);
    QCOMPARE(logo.value(u"ContentTransferEncoding"_s).toString(), u"BASE64"_s);
    QCOMPARE(logo.value(u"ContentType"_s).toString(), QString::fromLatin1(mimeType.toLower()));
    QCOMPARE(logo.value(u"FileName"_s).toString(), name);
    const auto decoded = QByteArray::fromBase64Encoding(logo.value(u"RawContent"_s).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, data);
}

void TestSesChannel::fakeChecksAttachments_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("words");

    QTest::newRow("no FileName") << u"FileName"_s << QJsonValue() << u"FileName"_s;
    QTest::newRow("no RawContent") << u"RawContent"_s << QJsonValue() << u"RawContent"_s;
    QTest::newRow("RawContent not base64") << u"RawContent"_s << QJsonValue(u"not base64!"_s) << u"RawContent"_s;
    QTest::newRow("disposition in lower case")
        << u"ContentDisposition"_s << QJsonValue(u"inline"_s) << u"ContentDisposition"_s;
    QTest::newRow("INLINE without ContentId") << u"ContentId"_s << QJsonValue() << u"ContentId"_s;
    QTest::newRow("ContentId too long") << u"ContentId"_s << QJsonValue(QString(79, u'x')) << u"ContentId"_s;
    QTest::newRow("binary as SEVEN_BIT") << u"ContentTransferEncoding"_s << QJsonValue() << u"SEVEN_BIT"_s;
    QTest::newRow("unknown encoding") << u"ContentTransferEncoding"_s << QJsonValue(u"BINARY"_s)
                                      << u"ContentTransferEncoding"_s;
}

void TestSesChannel::fakeChecksAttachments()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, words);

    SesChannel channel(configFor(m_fake->baseUrl()), credentials(), m_network.get());
    const auto built = channel.buildBody(
        Tidings::Test::withInlineLogo(message(), "image/png", Tidings::Test::pngLogo(), u"logo.png"_s, true));
    QVERIFY(built);
    QJsonObject body = QJsonDocument::fromJson(*built).object();
    QJsonObject content = body.value(u"Content"_s).toObject();
    QJsonObject simple = content.value(u"Simple"_s).toObject();
    QJsonObject attachment = simple.value(u"Attachments"_s).toArray().at(0).toObject();
    QVERIFY(attachment.contains(member)); // the channel sends every member a row changes
    if (value.isNull()) {                 // a null value: leave the member out
        attachment.remove(member);
    } else {
        attachment.insert(member, value);
    }
    simple.insert(u"Attachments"_s, QJsonArray{attachment});
    content.insert(u"Simple"_s, simple);
    body.insert(u"Content"_s, content);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);

    // Signed as the channel signs a send, so that only the body is wrong.
    const QUrl url = channel.endpoint();
    const QByteArray date = SigV4::amzDate(QDateTime::currentDateTimeUtc());
    SigV4::Request toSign;
    toSign.method = "POST";
    toSign.path = url.path();
    toSign.payload = payload;
    toSign.headers = {{"Content-Type", "application/json"},
                      {"Host", "127.0.0.1:" + QByteArray::number(url.port())},
                      {"X-Amz-Content-Sha256", SigV4::hexSha256(payload)},
                      {"X-Amz-Date", date}};
    const SigV4::Signed signature = SigV4::sign(toSign, credentials(), Region, u"ses"_s, date);
    QNetworkRequest request(url);
    for (const auto &[name, header] : std::as_const(toSign.headers)) {
        request.setRawHeader(name, header);
    }
    request.setRawHeader("Authorization", signature.authorization);
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, payload));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(reply->rawHeader("x-amzn-ErrorType"), QByteArray("BadRequestException"));
    const QString text = QJsonDocument::fromJson(reply->readAll()).object().value(u"message"_s).toString();
    QVERIFY2(text.contains(words), qPrintable(text));
    QCOMPARE(m_fake->acceptedCount(), 0);
}

void TestSesChannel::bodies_data()
{
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("from");

    QTest::newRow("plain") << u"Jane Doe"_s << u"The Shop"_s << u"\"Jane Doe\" <jane@customer.example>"_s
                           << u"\"The Shop\" <orders@shop.example>"_s;
    QTest::newRow("no names") << QString() << QString() << u"jane@customer.example"_s << u"orders@shop.example"_s;
    QTest::newRow("quotes and commas") << u"Doe, \"JJ\""_s << u"Shop; Inc"_s
                                       << u"\"Doe, \\\"JJ\\\"\" <jane@customer.example>"_s
                                       << u"\"Shop; Inc\" <orders@shop.example>"_s;
    QTest::newRow("non-ASCII")
        << u"Zoë Müller"_s << u"Café Ünïcode"_s
        << u"=?UTF-8?B?%1?= <jane@customer.example>"_s.arg(QString::fromLatin1(u"Zoë Müller"_s.toUtf8().toBase64()))
        << u"=?UTF-8?B?%1?= <orders@shop.example>"_s.arg(QString::fromLatin1(u"Café Ünïcode"_s.toUtf8().toBase64()));
}

void TestSesChannel::bodies()
{
    QFETCH(QString, toName);
    QFETCH(QString, fromName);
    QFETCH(QString, to);
    QFETCH(QString, from);
    auto config = configFor(m_fake->baseUrl());
    config.fromName = fromName;
    SesChannel channel(config, credentials(), m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.toName = toName;
    outgoing.subject = u"Ihre Bestellung für Zoë ✓"_s;
    const auto outcome = sendOne(channel, outgoing);
    QVERIFY(outcome);
    QVERIFY2(outcome->accepted, qPrintable(outcome->providerAnswer));
    const QJsonObject json = m_fake->request(0).json;
    QCOMPARE(json.value(u"Destination"_s).toObject().value(u"ToAddresses"_s).toArray().at(0).toString(), to);
    QCOMPARE(json.value(u"FromEmailAddress"_s).toString(), from);
    QCOMPARE(json.value(u"Content"_s)
                 .toObject()
                 .value(u"Simple"_s)
                 .toObject()
                 .value(u"Subject"_s)
                 .toObject()
                 .value(u"Data"_s),
             QJsonValue(outgoing.subject));
    QVERIFY(!json.contains(u"ReplyToAddresses"_s));
    QVERIFY(!json.contains(u"ConfigurationSetName"_s));
}

void TestSesChannel::refused_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("toEmail");
    QTest::addColumn<QString>("fromEmail");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("code");

    const OutgoingMessage ok = message();
    const QString from = u"orders@shop.example"_s;
    const int invalid = int(ErrorCode::InvalidInput);
    const int config = int(ErrorCode::Config);
    QTest::newRow("CRLF in subject") << u"Shipped\r\nBcc: all@victims.example"_s << ok.toName << ok.toEmail << from
                                     << Region << invalid;
    QTest::newRow("LF in to name") << ok.subject << u"Jane\nBcc: x@y.example"_s << ok.toEmail << from << Region
                                   << invalid;
    QTest::newRow("U+2028 in subject") << u"Shipped\u2028X-Evil: 1"_s << ok.toName << ok.toEmail << from << Region
                                       << invalid;
    QTest::newRow("not an address") << ok.subject << ok.toName << u"jane at example"_s << from << Region << invalid;
    QTest::newRow("no recipient") << ok.subject << ok.toName << QString() << from << Region << invalid;
    QTest::newRow("no sender") << ok.subject << ok.toName << ok.toEmail << QString() << Region << config;
    QTest::newRow("bad region") << ok.subject << ok.toName << ok.toEmail << from << u"eu west/1"_s << config;
}

void TestSesChannel::refused()
{
    QFETCH(QString, subject);
    QFETCH(QString, toName);
    QFETCH(QString, toEmail);
    QFETCH(QString, fromEmail);
    QFETCH(QString, region);
    QFETCH(int, code);
    auto config = configFor(m_fake->baseUrl());
    config.fromEmail = fromEmail;
    config.options.insert(u"region"_s, region);
    SesChannel channel(config, credentials(), m_network.get());
    OutgoingMessage outgoing = message();
    outgoing.subject = subject;
    outgoing.toName = toName;
    outgoing.toEmail = toEmail;
    const auto outcome = sendOne(channel, outgoing);
    QVERIFY(outcome && outcome->error);
    QCOMPARE(int(outcome->error->code), code);
    QVERIFY(!outcome->error->retryable);
    QCOMPARE(outcome->httpStatus, 0);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestSesChannel::timeout()
{
    m_fake->setMode(FakeSes::Mode::Hang);
    auto config = configFor(m_fake->baseUrl());
    config.options.insert(u"timeoutMs"_s, 300);
    SesChannel channel(config, credentials(), m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome && outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Timeout);
    QVERIFY(outcome->error->retryable);
    QCOMPARE(outcome->httpStatus, 0);
    QCOMPARE(m_fake->requestCount(), 1);
    QTRY_COMPARE(m_fake->hungCount(), 0);
    verifyNoSecrets(*outcome, {Secret, Token});
}

void TestSesChannel::connectionRefused()
{
    QUrl base;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        base = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    }
    SesChannel channel(configFor(base), credentials(), m_network.get());
    const auto outcome = sendOne(channel, message());
    QVERIFY(outcome && outcome->error);
    QCOMPARE(outcome->error->code, ErrorCode::Network);
    QVERIFY(outcome->error->retryable);
    verifyNoSecrets(*outcome, {Secret, Token});
}

void TestSesChannel::endpoint_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QUrl>("expected");
    QTest::addColumn<QString>("signingRegion");

    QTest::newRow("default") << QUrl() << QString()
                             << QUrl(u"https://email.us-east-1.amazonaws.com/v2/email/outbound-emails"_s)
                             << u"us-east-1"_s;
    QTest::newRow("region") << QUrl() << u"eu-central-1"_s
                            << QUrl(u"https://email.eu-central-1.amazonaws.com/v2/email/outbound-emails"_s)
                            << u"eu-central-1"_s;
    QTest::newRow("region from host") << QUrl(u"https://email.ap-south-1.amazonaws.com/"_s) << QString()
                                      << QUrl(u"https://email.ap-south-1.amazonaws.com/v2/email/outbound-emails"_s)
                                      << u"ap-south-1"_s;
    QTest::newRow("prefix") << QUrl(u"https://relay.example/ses"_s) << u"us-west-2"_s
                            << QUrl(u"https://relay.example/ses/v2/email/outbound-emails"_s) << u"us-west-2"_s;
}

void TestSesChannel::endpoint()
{
    QFETCH(QUrl, base);
    QFETCH(QString, region);
    QFETCH(QUrl, expected);
    QFETCH(QString, signingRegion);
    auto config = configFor(base);
    config.options.insert(u"region"_s, region);
    SesChannel channel(config, credentials(), m_network.get());
    QCOMPARE(channel.endpoint(), expected);
    QCOMPARE(channel.region(), signingRegion);
}

void TestSesChannel::typeInfo()
{
    const auto info = SesChannel::typeInfo();
    QCOMPARE(info.type, u"ses"_s);
    QCOMPARE(info.defaultRatePerSecond, 1.0);
    QCOMPARE(info.options.first().key, u"baseUrl"_s);
    QCOMPARE(info.secrets.size(), 3);
    QVERIFY(info.secrets.at(2).optional);
    const QStringList expected{u"accessKeyId"_s, u"secretAccessKey"_s, u"sessionToken"_s};
    QCOMPARE(Tidings::secretNamesForChannel(u"ses"_s), expected);
}

void TestSesChannel::checkConnection_data()
{
    QTest::addColumn<FakeSes::Mode>("mode");
    QTest::addColumn<QJsonObject>("account"); // empty: the fake's default (a sandbox account)
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("fromEmail");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("retryAfter"); // seconds; -1: none
    QTest::addColumn<QString>("words");  // in the summary when accepted, else in the error message

    using M = FakeSes::Mode;
    const QString from = u"orders@shop.example"_s;
    const QJsonObject production{
        {u"ProductionAccessEnabled"_s, true},
        {u"SendingEnabled"_s, true},
        {u"SendQuota"_s,
         QJsonObject{{u"Max24HourSend"_s, 50000.0}, {u"MaxSendRate"_s, 14.0}, {u"SentLast24Hours"_s, 1234.0}}},
    };
    QJsonObject paused = production;
    paused.insert(u"SendingEnabled"_s, false);

    QTest::newRow("sandbox account") << M::Accept << QJsonObject() << Secret << from << true << false << 1 << -1
                                     << u"the AWS keys work, but the SES account in eu-west-1 is still in the "
                                        "sandbox: it may send only to verified addresses, 200 messages a day, 1 a "
                                        "second (3 sent in the last 24 hours)."_s;
    QTest::newRow("production account")
        << M::Accept << production << Secret << from << true << false << 1 << -1
        << u"the AWS keys work; the SES account in eu-west-1 has production access and may send 50000 messages a "
           "day, 14 a second (1234 sent in the last 24 hours)."_s;
    QJsonObject probation = production;
    probation.insert(u"EnforcementStatus"_s, u"PROBATION"_s);
    QTest::newRow("probation") << M::Accept << probation << Secret << from << true << false << 1 << -1
                               << u"has production access and may send 50000 messages a day, 14 a second (1234 sent "
                                  "in the last 24 hours). Amazon SES has put the account on probation"_s;
    QTest::newRow("sending paused") << M::Accept << paused << Secret << from << false << false << 1 << -1
                                    << u"sending is paused"_s;
    QTest::newRow("no GetAccount permission")
        << M::AccessDenied << QJsonObject() << Secret << from << true << false << 1 << -1 << u"ses:GetAccount"_s;
    QTest::newRow("wrong secret") << M::Accept << QJsonObject() << u"not-the-right-secret"_s << from << false << false
                                  << 1 << -1 << u"refused the AWS keys"_s;
    QTest::newRow("429 no Retry-After") << M::TooManyRequests << QJsonObject() << Secret << from << false << true << 1
                                        << 1 << u"limiting"_s;
    QTest::newRow("429 Retry-After") << M::TooManyRetryAfter << QJsonObject() << Secret << from << false << true << 1
                                     << 7 << u"limiting"_s;
    QTest::newRow("500") << M::ServerError << QJsonObject() << Secret << from << false << true << 1 << -1
                         << u"temporary problem (HTTP 500)"_s;
    QTest::newRow("503") << M::Unavailable << QJsonObject() << Secret << from << false << true << 1 << -1
                         << u"temporary problem (HTTP 503)"_s;
    QTest::newRow("no sender address") << M::Accept << QJsonObject() << Secret << QString() << false << false << 0 << -1
                                       << u"No sender address"_s;
    QTest::newRow("no secret") << M::Accept << QJsonObject() << QString() << from << false << false << 0 << -1
                               << u"No AWS access key"_s;
}

void TestSesChannel::checkConnection()
{
    QFETCH(FakeSes::Mode, mode);
    QFETCH(QJsonObject, account);
    QFETCH(QString, secret);
    QFETCH(QString, fromEmail);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, requests);
    QFETCH(int, retryAfter);
    QFETCH(QString, words);

    m_fake->setMode(mode);
    if (!account.isEmpty()) {
        m_fake->setAccount(account);
    }
    auto config = configFor(m_fake->baseUrl());
    config.fromEmail = fromEmail;
    SesChannel channel(config, SigV4::Credentials{KeyId, secret, {}}, m_network.get());
    QVERIFY(SesChannel::typeInfo().canCheckConnection);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);

    QCOMPARE(m_fake->requestCount(), requests);
    QCOMPARE(m_fake->acceptedCount(), 0);
    QCOMPARE(result->accepted, accepted);
    if (requests > 0) {
        const auto received = m_fake->request(0);
        QCOMPARE(received.method, QByteArrayLiteral("GET"));
        QCOMPARE(received.path, QByteArrayLiteral("/v2/email/account"));
        QVERIFY(received.body.isEmpty());
        QVERIFY(result->httpStatus > 0);
    } else {
        QCOMPARE(result->httpStatus, 0);
        QVERIFY(result->error);
        QCOMPARE(result->error->code, ErrorCode::Config);
    }
    if (accepted) {
        QVERIFY(!result->error);
        QVERIFY2(result->providerAnswer.contains(words), qPrintable(result->providerAnswer));
        QVERIFY(result->providerAnswer.endsWith(u'.'));
        QVERIFY(result->providerAnswer.at(0).isLower());
    } else {
        QVERIFY(result->error);
        QCOMPARE(result->error->retryable, retryable);
        QVERIFY2(result->error->message.contains(words), qPrintable(result->error->message));
    }
    if (retryAfter >= 0) {
        QVERIFY(result->retryAt);
        QVERIFY(*result->retryAt >= before.addSecs(retryAfter - 1));
        QVERIFY(*result->retryAt <= QDateTime::currentDateTimeUtc().addSecs(retryAfter + 1));
    }
    verifyNoSecrets(*result, {Secret, Token});
}

void TestSesChannel::checkConnectionSendsNothing()
{
    // With session credentials too: the check is signed like a send, and nothing reaches SendEmail.
    m_fake->setSessionToken(Token);
    SesChannel channel(configFor(m_fake->baseUrl()), credentials(Token), m_network.get());
    const std::optional<SendOutcome> result = checkOne(channel);
    QVERIFY(result);
    QVERIFY2(result->accepted, qPrintable(result->error ? result->error->message : QString()));
    QCOMPARE(result->httpStatus, 200);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(m_fake->acceptedCount(), 0);
    const auto received = m_fake->request(0);
    QCOMPARE(received.answeredStatus, 200);
    QVERIFY(received.messageId.isEmpty());
    QCOMPARE(received.headers.value("x-amz-security-token"), Token.toUtf8());
    QVERIFY(!received.headers.contains("content-type"));
    verifyNoSecrets(*result, {Secret, Token});
}

QTEST_GUILESS_MAIN(TestSesChannel)

#include "tst_seschannel.moc"
