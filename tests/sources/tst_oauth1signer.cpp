#include "sources/polling/oauth1signer.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tidings;

Q_DECLARE_METATYPE(Tidings::OAuth1Signer::Algorithm)

namespace {

// RFC 5849 section 3.4.1.1's request (its secrets are those of section 3.1).
const QUrl RfcRequest(u"http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"_s);
const QByteArray RfcBody = "c2&a3=2+q";

OAuth1Signer fixedSigner(const OAuth1Signer::Credentials &credentials, OAuth1Signer::Algorithm algorithm,
                         const QString &nonce, qint64 timestamp, bool version, const QString &realm = {})
{
    OAuth1Signer signer(credentials, realm, algorithm);
    signer.setNonceSource([nonce] { return nonce; });
    signer.setTimestampSource([timestamp] { return timestamp; });
    signer.setIncludeVersion(version);
    return signer;
}

QString valueOf(const OAuth1Signer::Parameters &parameters, const QString &name)
{
    for (const auto &[key, value] : parameters) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

} // namespace

class TestOAuth1Signer : public QObject
{
    Q_OBJECT

private slots:
    void percentEncode_data();
    void percentEncode();
    void baseStringUri_data();
    void baseStringUri();
    void rfc5849BaseString();
    void publishedSignatures_data();
    void publishedSignatures();
    void header_netSuiteShape();
    void header_parsesBack();
    void defaults_freshNonceAndCurrentTime();
    void jsonBody_notSigned();
};

void TestOAuth1Signer::percentEncode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("unreserved kept") << u"AZaz09-._~"_s << QByteArray("AZaz09-._~");
    QTest::newRow("space is %20, not +") << u"r b"_s << QByteArray("r%20b");
    QTest::newRow("plus") << u"2+q"_s << QByteArray("2%2Bq");
    QTest::newRow("reserved") << u"=&%*!'()/:?@"_s << QByteArray("%3D%26%25%2A%21%27%28%29%2F%3A%3F%40");
    QTest::newRow("utf-8, upper-case hex") << u"\u2603é"_s << QByteArray("%E2%98%83%C3%A9");
}

void TestOAuth1Signer::percentEncode()
{
    QFETCH(QString, text);
    QTEST(OAuth1Signer::percentEncode(text), "encoded");
}

void TestOAuth1Signer::baseStringUri_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("expected");

    // RFC 5849 section 3.4.1.2's two examples.
    QTest::newRow("rfc: default port dropped, lower case")
        << QUrl(u"HTTP://EXAMPLE.COM:80/r%20v/X?id=123"_s) << QByteArray("http://example.com/r%20v/X");
    QTest::newRow("rfc: other port kept")
        << QUrl(u"https://www.example.net:8080/?q=1"_s) << QByteArray("https://www.example.net:8080/");
    QTest::newRow("https 443 dropped") << QUrl(u"https://1234567-sb1.suitetalk.api.netsuite.com:443/services/rest"_s)
                                       << QByteArray("https://1234567-sb1.suitetalk.api.netsuite.com/services/rest");
    QTest::newRow("empty path is /") << QUrl(u"http://example.com"_s) << QByteArray("http://example.com/");
}

void TestOAuth1Signer::baseStringUri()
{
    QFETCH(QUrl, url);
    QTEST(OAuth1Signer::baseStringUri(url), "expected");
}

void TestOAuth1Signer::rfc5849BaseString()
{
    // RFC 5849 section 3.4.1.1: query and form body parameters, a repeated name, '+' in the body, an
    // empty value and a name without '='.
    const OAuth1Signer signer =
        fixedSigner({u"9djdj82h48djs9d2"_s, u"j49sk3j29djd"_s, u"kkk9d7dh3k39sjv7"_s, u"dh893hdasih9"_s},
                    OAuth1Signer::Algorithm::HmacSha1, u"7d8f3e4a"_s, 137131201, false);
    const OAuth1Signer::Signed result = signer.sign("POST", RfcRequest, RfcBody);
    QCOMPARE(result.baseString,
             QByteArray("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%"
                        "25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%"
                        "26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%"
                        "3Dkkk9d7dh3k39sjv7"));
}

void TestOAuth1Signer::publishedSignatures_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("credentials"); // key, secret, token, token secret
    QTest::addColumn<OAuth1Signer::Algorithm>("algorithm");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<bool>("version");
    QTest::addColumn<QByteArray>("expected");

    const QStringList photos{u"dpf43f3p2l4k3l03"_s, u"kd94hf93k423kf44"_s, u"nnch734d00sl2jdk"_s,
                             u"pfkkdhi9sl3r4s00"_s};
    const QUrl photosUrl(u"http://photos.example.net/photos?file=vacation.jpg&size=original"_s);
    // RFC 5849 section 1.2 (the signature the RFC prints, percent-decoded).
    QTest::newRow("rfc5849 1.2, HMAC-SHA1")
        << photosUrl << QByteArray("GET") << QByteArray() << photos << OAuth1Signer::Algorithm::HmacSha1 << u"chapoH"_s
        << qint64(137131202) << false << QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
    // OAuth Core 1.0a, appendix A.5.2, with oauth_version="1.0".
    QTest::newRow("oauth core 1.0a A.5.2, HMAC-SHA1")
        << photosUrl << QByteArray("GET") << QByteArray() << photos << OAuth1Signer::Algorithm::HmacSha1
        << u"kllo9940pd9333jh"_s << qint64(1191242096) << true << QByteArray("tR3+Ty81lMeYAr/Fid0kMTYa/WM=");
    // RFC 5849 3.4.1.1's request signed with HMAC-SHA256: the vector of Faithlife.OAuth's
    // OAuthHmacSha256Tests.
    QTest::newRow("rfc5849 3.4.1.1 request, HMAC-SHA256")
        << RfcRequest << QByteArray("POST") << RfcBody
        << QStringList{u"9djdj82h48djs9d2"_s, u"j49sk3j29djd"_s, u"kkk9d7dh3k39sjv7"_s, u"dh893hdasih9"_s}
        << OAuth1Signer::Algorithm::HmacSha256 << u"7d8f3e4a"_s << qint64(137131201) << false
        << QByteArray("ypAxjNip++Dm0fTM+gCl8wAo6ufSnseu1WHxL7py3BU=");
}

void TestOAuth1Signer::publishedSignatures()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, credentials);
    QFETCH(OAuth1Signer::Algorithm, algorithm);
    QFETCH(QString, nonce);
    QFETCH(qint64, timestamp);
    QFETCH(bool, version);
    const OAuth1Signer signer =
        fixedSigner({credentials.at(0), credentials.at(1), credentials.at(2), credentials.at(3)}, algorithm, nonce,
                    timestamp, version);
    QTEST(signer.sign(method, url, body).signature, "expected");
}

void TestOAuth1Signer::header_netSuiteShape()
{
    const OAuth1Signer signer =
        fixedSigner({u"ck+1"_s, u"cs-secret"_s, u"tk/1"_s, u"ts-secret"_s}, OAuth1Signer::Algorithm::HmacSha256,
                    u"n0nce"_s, 1700000000, true, u"1234567_SB1"_s);
    const OAuth1Signer::Signed result = signer.sign(
        "POST", QUrl(u"https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/query/v1/suiteql?limit=2"_s));
    const QByteArray header = result.authorization;
    QVERIFY(header.startsWith("OAuth realm=\"1234567_SB1\", oauth_consumer_key=\"ck%2B1\", oauth_token=\"tk%2F1\", "
                              "oauth_signature_method=\"HMAC-SHA256\", oauth_timestamp=\"1700000000\", "
                              "oauth_nonce=\"n0nce\", oauth_version=\"1.0\", oauth_signature=\""));
    QVERIFY(header.endsWith(QByteArray(OAuth1Signer::percentEncode(QString::fromLatin1(result.signature)) + '"')));
    QVERIFY(!header.contains("cs-secret"));
    QVERIFY(!header.contains("ts-secret"));
    // The realm is in the header, never in the signature; the query is.
    QVERIFY(!result.baseString.contains("realm"));
    QVERIFY(result.baseString.contains("limit%3D2"));
    QCOMPARE(result.signature, OAuth1Signer::signature(result.baseString, u"cs-secret"_s, u"ts-secret"_s,
                                                       OAuth1Signer::Algorithm::HmacSha256));
}

void TestOAuth1Signer::header_parsesBack()
{
    const OAuth1Signer signer = fixedSigner({u"ck"_s, u"cs"_s, u"tk"_s, u"ts"_s}, OAuth1Signer::Algorithm::HmacSha256,
                                            u"abc"_s, 42, true, u"TSTDRV1"_s);
    const OAuth1Signer::Signed result = signer.sign("GET", QUrl(u"https://example.com/x"_s));
    const OAuth1Signer::Parameters parsed = OAuth1Signer::parseAuthorization(result.authorization);
    QCOMPARE(parsed.size(), 8);
    QCOMPARE(valueOf(parsed, u"realm"_s), u"TSTDRV1"_s);
    QCOMPARE(valueOf(parsed, u"oauth_signature"_s), QString::fromLatin1(result.signature));
    QCOMPARE(valueOf(parsed, u"oauth_timestamp"_s), u"42"_s);
    QVERIFY(OAuth1Signer::parseAuthorization("Basic abc").isEmpty());
}

void TestOAuth1Signer::defaults_freshNonceAndCurrentTime()
{
    const OAuth1Signer signer({u"ck"_s, u"cs"_s, u"tk"_s, u"ts"_s}, u"1"_s);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const auto first = OAuth1Signer::parseAuthorization(signer.sign("GET", QUrl(u"https://e.com/"_s)).authorization);
    const auto second = OAuth1Signer::parseAuthorization(signer.sign("GET", QUrl(u"https://e.com/"_s)).authorization);
    QVERIFY(valueOf(first, u"oauth_nonce"_s).size() >= 16);
    QVERIFY(valueOf(first, u"oauth_nonce"_s) != valueOf(second, u"oauth_nonce"_s));
    const qint64 timestamp = valueOf(first, u"oauth_timestamp"_s).toLongLong();
    QVERIFY(timestamp >= before && timestamp <= QDateTime::currentSecsSinceEpoch());
    QCOMPARE(valueOf(first, u"oauth_signature_method"_s), u"HMAC-SHA256"_s);
}

void TestOAuth1Signer::jsonBody_notSigned()
{
    const OAuth1Signer signer =
        fixedSigner({u"ck"_s, u"cs"_s, u"tk"_s, u"ts"_s}, OAuth1Signer::Algorithm::HmacSha256, u"abc"_s, 42, true);
    const QUrl url(u"https://example.com/suiteql?limit=10&offset=0"_s);
    // The caller passes no body for JSON: the signature only depends on the URL and oauth parameters.
    QCOMPARE(signer.sign("POST", url).signature, signer.sign("POST", url, QByteArray()).signature);
    QVERIFY(signer.sign("POST", url).signature != signer.sign("POST", url, "q=1").signature);
    QVERIFY(signer.sign("POST", url).signature != signer.sign("GET", url).signature);
}

QTEST_GUILESS_MAIN(TestOAuth1Signer)
#include "tst_oauth1signer.moc"
