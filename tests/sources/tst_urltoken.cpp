#include "sources/urltoken.h"

#include <QTest>

using namespace Tidings;

class TestUrlToken final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryParameter_forms_data();
    void queryParameter_forms();
    void urlTokenMatches_data();
    void urlTokenMatches();
};

void TestUrlToken::queryParameter_forms_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("present");

    QTest::newRow("only parameter") << QByteArray("/webhooks/crm?token=abc") << QByteArray("abc") << true;
    QTest::newRow("among others") << QByteArray("/webhooks/crm?x=1&token=abc&y=2") << QByteArray("abc") << true;
    QTest::newRow("first of two") << QByteArray("/webhooks/crm?token=one&token=two") << QByteArray("one") << true;
    QTest::newRow("percent-encoded") << QByteArray("/w?token=a%2Bb%3D") << QByteArray("a+b=") << true;
    QTest::newRow("plus stays plus") << QByteArray("/w?token=a+b") << QByteArray("a+b") << true;
    QTest::newRow("empty value") << QByteArray("/w?token=") << QByteArray("") << true;
    QTest::newRow("no value") << QByteArray("/w?token") << QByteArray("") << true;
    QTest::newRow("fragment cut") << QByteArray("/w?token=abc#x") << QByteArray("abc") << true;
    QTest::newRow("similar name") << QByteArray("/w?tokens=abc&xtoken=abc") << QByteArray() << false;
    QTest::newRow("no query") << QByteArray("/webhooks/crm") << QByteArray() << false;
    QTest::newRow("in the path") << QByteArray("/webhooks/token=abc") << QByteArray() << false;
}

void TestUrlToken::queryParameter_forms()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    QFETCH(bool, present);

    const QByteArray value = queryParameter(target, "token");
    QCOMPARE(!value.isNull(), present);
    QCOMPARE(value, expected);
}

void TestUrlToken::urlTokenMatches_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("matches");

    const QByteArray secret("Zk3v9QpL2xR7tW0b");
    QTest::newRow("right token") << QByteArray("/webhooks/sf?token=Zk3v9QpL2xR7tW0b") << secret << true;
    QTest::newRow("wrong token") << QByteArray("/webhooks/sf?token=Zk3v9QpL2xR7tW0c") << secret << false;
    QTest::newRow("prefix of the token") << QByteArray("/webhooks/sf?token=Zk3v9QpL") << secret << false;
    QTest::newRow("token plus more") << QByteArray("/webhooks/sf?token=Zk3v9QpL2xR7tW0bX") << secret << false;
    QTest::newRow("other case") << QByteArray("/webhooks/sf?token=zk3v9qpl2xr7tw0b") << secret << false;
    QTest::newRow("missing") << QByteArray("/webhooks/sf") << secret << false;
    QTest::newRow("empty token, empty secret") << QByteArray("/webhooks/sf?token=") << QByteArray() << false;
    QTest::newRow("no secret saved") << QByteArray("/webhooks/sf?token=Zk3v9QpL2xR7tW0b") << QByteArray() << false;
}

void TestUrlToken::urlTokenMatches()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, secret);
    QFETCH(bool, matches);

    QCOMPARE(Tidings::urlTokenMatches(target, secret), matches);
}

QTEST_APPLESS_MAIN(TestUrlToken)

#include "tst_urltoken.moc"
