#include "channels/channel.h"
#include "dispatch/ratelimiter.h"

#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

ChannelConfig channel(const QString &id, const QString &type, const QJsonObject &options = {})
{
    ChannelConfig config;
    config.id = id;
    config.type = type;
    config.options = options;
    return config;
}

} // namespace

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private slots:
    void bucket_allowsBurstThenRate_data();
    void bucket_allowsBurstThenRate();
    void bucket_saysHowLongUntilTheNextToken();
    void rateFor_optionOverridesTheProvidersDefault_data();
    void rateFor_optionOverridesTheProvidersDefault();
    void limits_onlyLimitedChannelsWait();
    void limits_reconfiguringKeepsTheBucket();
};

void TestRateLimiter::bucket_allowsBurstThenRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("stepMs");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("expected"); // sends allowed: the burst at the start, then one per token

    QTest::newRow("5/s, every 100 ms for 1 s") << 5.0 << 100 << 10 << 5 + 5;
    QTest::newRow("14/s (SES production), every 10 ms for 1 s") << 14.0 << 10 << 100 << 14 + 14;
    QTest::newRow("0.5/s: one every 2 s") << 0.5 << 1000 << 6 << 1 + 3;
    QTest::newRow("1/s, no time passes") << 1.0 << 0 << 10 << 1;
}

void TestRateLimiter::bucket_allowsBurstThenRate()
{
    QFETCH(double, rate);
    QFETCH(int, stepMs);
    QFETCH(int, steps);
    QFETCH(int, expected);
    TokenBucket bucket(rate, rate, Start);
    QDateTime now = Start;
    int allowed = 0;
    while (bucket.tryTake(now)) {
        ++allowed;
    }
    for (int i = 0; i < steps; ++i) {
        now = now.addMSecs(stepMs);
        while (bucket.tryTake(now)) {
            ++allowed;
        }
    }
    QCOMPARE(allowed, expected);
}

void TestRateLimiter::bucket_saysHowLongUntilTheNextToken()
{
    TokenBucket bucket(4, 1, Start);
    QCOMPARE(bucket.msUntilNext(Start), 0);
    QVERIFY(bucket.tryTake(Start));
    QCOMPARE(bucket.msUntilNext(Start), 250);
    QCOMPARE(bucket.msUntilNext(Start.addMSecs(100)), 150);
    QVERIFY(!bucket.tryTake(Start.addMSecs(249)));
    QVERIFY(bucket.tryTake(Start.addMSecs(250)));
}

void TestRateLimiter::rateFor_optionOverridesTheProvidersDefault_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<double>("expected");

    QTest::newRow("SendGrid has no limit of its own") << QJsonObject{} << 0.0;
    QTest::newRow("number") << QJsonObject{{u"ratePerSecond"_s, 3}} << 3.0;
    QTest::newRow("text from the window") << QJsonObject{{u"ratePerSecond"_s, u" 2.5 "_s}} << 2.5;
    QTest::newRow("0 turns the limit off") << QJsonObject{{u"ratePerSecond"_s, 0}} << 0.0;
    QTest::newRow("negative is no limit") << QJsonObject{{u"ratePerSecond"_s, -4}} << 0.0;
    QTest::newRow("unreadable: the default") << QJsonObject{{u"ratePerSecond"_s, u"fast"_s}} << 0.0;
}

void TestRateLimiter::rateFor_optionOverridesTheProvidersDefault()
{
    QFETCH(QJsonObject, options);
    QFETCH(double, expected);
    QCOMPARE(ChannelRateLimits::rateFor(channel(u"mail"_s, u"sendgrid"_s, options)), expected);
    QVERIFY(channelTypeInfo(u"sendgrid"_s));
}

void TestRateLimiter::limits_onlyLimitedChannelsWait()
{
    ChannelRateLimits limits;
    limits.configure({channel(u"sms"_s, u"sendgrid"_s, {{u"ratePerSecond"_s, 1}}), channel(u"mail"_s, u"sendgrid"_s)},
                     Start);
    QVERIFY(limits.tryTake(u"sms"_s, Start));
    QVERIFY(!limits.tryTake(u"sms"_s, Start));
    for (int i = 0; i < 100; ++i) {
        QVERIFY(limits.tryTake(u"mail"_s, Start));
    }
    QVERIFY(limits.tryTake(u"not configured"_s, Start));
    QCOMPARE(limits.exhausted(Start), QStringList{u"sms"_s});
    QCOMPARE(limits.msUntilAnyFree(Start), 1000);
    QVERIFY(limits.exhausted(Start.addSecs(1)).isEmpty());
    QCOMPARE(limits.msUntilAnyFree(Start.addSecs(1)), std::nullopt);
}

void TestRateLimiter::limits_reconfiguringKeepsTheBucket()
{
    ChannelRateLimits limits;
    const QList<ChannelConfig> channels{channel(u"sms"_s, u"sendgrid"_s, {{u"ratePerSecond"_s, 1}})};
    limits.configure(channels, Start);
    QVERIFY(limits.tryTake(u"sms"_s, Start));
    limits.configure(channels, Start); // e.g. another channel was edited
    QVERIFY(!limits.tryTake(u"sms"_s, Start));
    limits.configure({channel(u"sms"_s, u"sendgrid"_s, {{u"ratePerSecond"_s, 10}})}, Start); // a new rate
    QVERIFY(limits.tryTake(u"sms"_s, Start));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
