#include "channels/channeltest.h"
#include "fakes/fakesendgrid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

const QString ApiKey = u"SG.test-key-for-channel-test"_s;

ChannelConfig sendGrid(const QUrl &baseUrl)
{
    ChannelConfig config;
    config.id = u"mail"_s;
    config.type = u"sendgrid"_s;
    config.name = u"Shop mail"_s;
    config.baseUrl = baseUrl;
    config.fromEmail = u"orders@juniper.example"_s;
    config.options.insert(u"timeoutMs"_s, 5000);
    return config;
}

Brand brand()
{
    Brand b;
    b.shopName = u"Juniper & Pine"_s;
    b.accentColor = u"#2f6f4f"_s;
    return b;
}

std::optional<SendOutcome> sendAndWait(const ChannelConfig &config, const QHash<QString, QString> &secrets,
                                       const OutgoingMessage &message, QNetworkAccessManager *network)
{
    std::optional<SendOutcome> result;
    ChannelTest::send(config, secrets, message, network, [&result](const SendOutcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000)) {
        return std::nullopt; // no answer: the callers fail on it
    }
    return result;
}

} // namespace

class TestChannelTest final : public QObject
{
    Q_OBJECT

private slots:
    void testMessage_isTheShippingTemplateOnASampleOrder();
    void send_deliversThroughTheProviderAndSaysSo();
    void send_refusedKey_isExplainedWithoutTheKey();
    void send_unknownProviderOrMissingKey_isExplained_data();
    void send_unknownProviderOrMissingKey_isExplained();
    void check_data();
    void check();
};

void TestChannelTest::testMessage_isTheShippingTemplateOnASampleOrder()
{
    auto message = ChannelTest::testMessage(u" owner@juniper.example "_s, u"+4915112345678"_s, brand());
    QVERIFY2(message.ok(), qPrintable(message.ok() ? QString() : message.error().message));
    QCOMPARE(message->toEmail, u"owner@juniper.example"_s);
    QCOMPARE(message->toPhone, u"+4915112345678"_s);
    QVERIFY(message->subject.startsWith(u"[Test] "_s));
    QVERIFY(message->subject.contains(u"#1042"_s));
    QVERIFY(message->html.contains(u"Juniper &amp; Pine"_s)); // the brand, escaped
    QVERIFY(message->html.contains(u"JD014600006281234567"_s));
    QVERIFY(message->text.contains(u"JD014600006281234567"_s));
    QCOMPARE(message->context.value(u"order"_s).toObject().value(u"number"_s).toString(), u"#1042"_s);
}

void TestChannelTest::send_deliversThroughTheProviderAndSaysSo()
{
    FakeSendGrid fake(ApiKey);
    QVERIFY(fake.listen());
    QNetworkAccessManager network;
    auto message = ChannelTest::testMessage(u"owner@juniper.example"_s, {}, brand());
    QVERIFY(message.ok());
    const auto outcome = sendAndWait(sendGrid(fake.baseUrl()), {{u"apiKey"_s, ApiKey}}, *message, &network);
    QVERIFY(outcome);
    QVERIFY(outcome->accepted);
    QCOMPARE(fake.requestCount(), 1);
    QCOMPARE(fake.request(0)
                 .json.value(u"personalizations"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"to"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"email"_s)
                 .toString(),
             u"owner@juniper.example"_s);
    const QString words = ChannelTest::describe(*outcome, u"SendGrid"_s);
    QVERIFY2(words.startsWith(u"Sent: SendGrid accepted the test message (id "_s), qPrintable(words));
}

void TestChannelTest::send_refusedKey_isExplainedWithoutTheKey()
{
    FakeSendGrid fake(u"SG.the-right-key"_s);
    QVERIFY(fake.listen());
    QNetworkAccessManager network;
    auto message = ChannelTest::testMessage(u"owner@juniper.example"_s, {}, brand());
    const auto outcome = sendAndWait(sendGrid(fake.baseUrl()), {{u"apiKey"_s, ApiKey}}, *message, &network);
    QVERIFY(outcome && !outcome->accepted);
    const QString words = ChannelTest::describe(*outcome, u"SendGrid"_s);
    QVERIFY2(words.contains(u"refused the API key"_s), qPrintable(words));
    QVERIFY(!words.contains(ApiKey));
    QVERIFY(!outcome->error->detail.contains(ApiKey));
    QVERIFY(!outcome->providerAnswer.contains(ApiKey));
}

void TestChannelTest::send_unknownProviderOrMissingKey_isExplained_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown provider") << u"carrier-pigeon"_s << ApiKey << u"cannot send through"_s;
    QTest::newRow("no key saved") << u"sendgrid"_s << QString() << u"No API key is saved for Shop mail"_s;
}

void TestChannelTest::send_unknownProviderOrMissingKey_isExplained()
{
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QNetworkAccessManager network;
    ChannelConfig config = sendGrid(QUrl(u"http://127.0.0.1:9"_s));
    config.type = type;
    auto message = ChannelTest::testMessage(u"owner@juniper.example"_s, {}, brand());
    const auto outcome = sendAndWait(config, {{u"apiKey"_s, key}}, *message, &network);
    QVERIFY(outcome && !outcome->accepted);
    const QString words = ChannelTest::describe(*outcome, u"SendGrid"_s);
    QVERIFY2(words.startsWith(u"Not sent: "_s) && words.contains(expected), qPrintable(words));
}

void TestChannelTest::check_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("requests");
    QTest::newRow("connected") << u"sendgrid"_s << ApiKey << true << u"Connected: the API key may send mail."_s << 1;
    QTest::newRow("refused key") << u"sendgrid"_s << u"SG.wrong"_s << false
                                 << u"Not connected: SendGrid refused the API key"_s << 1;
    QTest::newRow("no harmless call") << u"slack-webhook"_s << ApiKey << false
                                      << u"Not connected: This provider cannot be checked without delivering"_s << 0;
    QTest::newRow("unknown provider") << u"carrier-pigeon"_s << ApiKey << false << u"Not connected: "_s << 0;
}

void TestChannelTest::check()
{
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(bool, connected);
    QFETCH(QString, expected);
    QFETCH(int, requests);
    FakeSendGrid fake(ApiKey);
    QVERIFY(fake.listen());
    QNetworkAccessManager network;
    ChannelConfig config = sendGrid(fake.baseUrl());
    config.type = type;
    const QHash<QString, QString> secrets{{u"apiKey"_s, key}, {u"webhookUrl"_s, fake.baseUrl().toString()}};
    std::optional<SendOutcome> outcome;
    ChannelTest::checkConnection(config, secrets, &network,
                                 [&outcome](const SendOutcome &result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(outcome->accepted, connected);
    const QString words = ChannelTest::describeCheck(*outcome, u"SendGrid"_s);
    QVERIFY2(words.startsWith(expected), qPrintable(words));
    QVERIFY(!words.contains(key) || key.isEmpty());
    QCOMPARE(fake.requestCount(), requests);
    QCOMPARE(fake.acceptedCount(), 0);
}

QTEST_GUILESS_MAIN(TestChannelTest)
#include "tst_channeltest.moc"
