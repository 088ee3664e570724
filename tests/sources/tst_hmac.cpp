#include "fakes/testsupport.h"
#include "sources/hmac.h"

#include <QTest>

using namespace Tidings;

class TestHmac final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantTimeEquals_comparesBytes_data();
    void constantTimeEquals_comparesBytes();
    void verify_knownVector_accepted();
    void verify_signatures_data();
    void verify_signatures();
};

void TestHmac::constantTimeEquals_comparesBytes_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("same") << QByteArrayLiteral("abcdef") << QByteArrayLiteral("abcdef") << true;
    QTest::newRow("differ in first byte") << QByteArrayLiteral("xbcdef") << QByteArrayLiteral("abcdef") << false;
    QTest::newRow("differ in last byte") << QByteArrayLiteral("abcdeF") << QByteArrayLiteral("abcdef") << false;
    QTest::newRow("shorter") << QByteArrayLiteral("abcde") << QByteArrayLiteral("abcdef") << false;
    QTest::newRow("longer") << QByteArrayLiteral("abcdefg") << QByteArrayLiteral("abcdef") << false;
    QTest::newRow("embedded zero bytes") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
    QTest::newRow("high bytes") << QByteArray("\xff\x80", 2) << QByteArray("\xff\x80", 2) << true;
}

void TestHmac::constantTimeEquals_comparesBytes()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(constantTimeEquals(a, b), equal);
    QCOMPARE(constantTimeEquals(b, a), equal);
}

void TestHmac::verify_knownVector_accepted()
{
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    const QByteArray digest = QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QVERIFY(verifyHmacSha256Base64(QByteArrayLiteral("what do ya want for nothing?"), QByteArrayLiteral("Jefe"),
                                   digest.toBase64()));
}

void TestHmac::verify_signatures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<bool>("valid");

    const QByteArray body = QByteArrayLiteral(R"({"id":1,"name":"#1042"})");
    const QByteArray secret = QByteArrayLiteral("shpss_test_secret");
    const QByteArray good = Test::shopifySignature(body, secret);
    QByteArray flipped = QByteArray::fromBase64(good);
    flipped[5] = static_cast<char>(flipped.at(5) ^ 0x01);

    QTest::newRow("valid") << body << secret << good << true;
    QTest::newRow("empty body, valid") << QByteArray() << secret << Test::shopifySignature({}, secret) << true;
    QTest::newRow("wrong secret") << body << QByteArrayLiteral("other") << good << false;
    QTest::newRow("tampered body") << QByteArrayLiteral(R"({"id":2,"name":"#1042"})") << secret << good << false;
    QTest::newRow("whitespace changed in body")
        << QByteArrayLiteral(R"({"id": 1,"name":"#1042"})") << secret << good << false;
    QTest::newRow("one bit flipped") << body << secret << flipped.toBase64() << false;
    QTest::newRow("hex instead of base64") << body << secret << QByteArray::fromBase64(good).toHex() << false;
    QTest::newRow("not base64") << body << secret << QByteArrayLiteral("!!!!not-base64!!!!") << false;
    QTest::newRow("padding missing") << body << secret << good.left(good.size() - 1) << false;
    QTest::newRow("truncated digest") << body << secret << QByteArray::fromBase64(good).left(16).toBase64() << false;
    QTest::newRow("empty signature") << body << secret << QByteArray() << false;
    QTest::newRow("empty secret") << body << QByteArray() << Test::shopifySignature(body, {}) << false;
}

void TestHmac::verify_signatures()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, signature);
    QFETCH(bool, valid);

    QCOMPARE(verifyHmacSha256Base64(body, secret, signature), valid);
}

QTEST_APPLESS_MAIN(TestHmac)

#include "tst_hmac.moc"
