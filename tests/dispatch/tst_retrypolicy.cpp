#include "dispatch/retrypolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Tidings;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void delay_growsExponentiallyWithinJitter_data();
    void delay_growsExponentiallyWithinJitter();
    void delay_isCapped();
    void providerRetryAt_laterWins();
    void providerRetryAt_isBoundedByMaxDelay();
    void exhausted_afterMaxAttempts();
};

void TestRetryPolicy::delay_growsExponentiallyWithinJitter_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("nominalMs");
    QTest::newRow("first retry") << 1 << qint64(30'000);
    QTest::newRow("second retry") << 2 << qint64(60'000);
    QTest::newRow("third retry") << 3 << qint64(120'000);
    QTest::newRow("sixth retry") << 6 << qint64(960'000);
}

void TestRetryPolicy::delay_growsExponentiallyWithinJitter()
{
    QFETCH(int, attempts);
    QFETCH(qint64, nominalMs);
    RetryPolicy policy;
    QRandomGenerator random(42);
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = policy.delayMs(attempts, random);
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    QVERIFY(lowest >= qint64(nominalMs * 0.8));
    QVERIFY(highest <= qint64(nominalMs * 1.2));
    QVERIFY2(highest - lowest > nominalMs / 10, "jitter spreads retries");
}

void TestRetryPolicy::delay_isCapped()
{
    RetryPolicy policy;
    policy.jitter = 0;
    QRandomGenerator random(1);
    QCOMPARE(policy.delayMs(40, random), policy.maxDelayMs);
}

void TestRetryPolicy::providerRetryAt_laterWins()
{
    RetryPolicy policy;
    policy.jitter = 0;
    QRandomGenerator random(1);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QCOMPARE(policy.nextAttempt(1, now, now.addSecs(300), random), now.addSecs(300));
    QCOMPARE(policy.nextAttempt(1, now, now.addSecs(5), random), now.addSecs(30));
    QCOMPARE(policy.nextAttempt(1, now, std::nullopt, random), now.addSecs(30));
}

void TestRetryPolicy::providerRetryAt_isBoundedByMaxDelay()
{
    RetryPolicy policy;
    QRandomGenerator random(1);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QCOMPARE(policy.nextAttempt(1, now, now.addDays(30), random), now.addMSecs(policy.maxDelayMs));
}

void TestRetryPolicy::exhausted_afterMaxAttempts()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    QVERIFY(!policy.exhausted(2));
    QVERIFY(policy.exhausted(3));
}

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
