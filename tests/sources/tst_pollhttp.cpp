#include "sources/polling/pollhttp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tidings;

// The HTTP plumbing every poller shares: which addresses may carry credentials, HTTP dates, Retry-After.
class TestPollHttp : public QObject
{
    Q_OBJECT

private slots:
    void objectWithArray_data();
    void objectWithArray();
    void httpDate_data();
    void httpDate();
    void retryAfterMs_data();
    void retryAfterMs();
    void checkBaseUrl_data();
    void checkBaseUrl();
};

void TestPollHttp::httpDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime at(QDate(2026, 3, 2), QTime(8, 59, 30), Qt::UTC);
    QTest::newRow("IMF-fixdate, GMT") << QByteArray("Mon, 02 Mar 2026 08:59:30 GMT") << at;
    QTest::newRow("UTC") << QByteArray("Mon, 02 Mar 2026 08:59:30 UTC") << at;
    QTest::newRow("numeric zone") << QByteArray("Mon, 02 Mar 2026 09:59:30 +0100") << at;
    QTest::newRow("spaces around") << QByteArray("  Mon, 02 Mar 2026 08:59:30 GMT ") << at;
    QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestPollHttp::httpDate()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = PollHttp::httpDate(header);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
    }
}

void TestPollHttp::retryAfterMs_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<qint64>("expected"); // -1: none

    QTest::newRow("seconds") << QByteArray("30") << QByteArray() << qint64(30000);
    QTest::newRow("fraction") << QByteArray("1.5") << QByteArray() << qint64(1500);
    QTest::newRow("negative") << QByteArray("-5") << QByteArray() << qint64(-1);
    QTest::newRow("absent") << QByteArray() << QByteArray() << qint64(-1);
    // A date is measured against the answer's own Date, so this PC's clock does not matter.
    QTest::newRow("date against GMT Date")
        << QByteArray("Mon, 02 Mar 2026 09:01:00 GMT") << QByteArray("Mon, 02 Mar 2026 09:00:00 GMT") << qint64(60000);
    QTest::newRow("date in the past") << QByteArray("Mon, 02 Mar 2026 08:00:00 GMT")
                                      << QByteArray("Mon, 02 Mar 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("date without Date") << QByteArray("Mon, 02 Mar 2026 09:01:00 GMT") << QByteArray() << qint64(-1);
    QTest::newRow("unreadable") << QByteArray("later") << QByteArray("Mon, 02 Mar 2026 09:00:00 GMT") << qint64(-1);
}

void TestPollHttp::retryAfterMs()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, date);
    QFETCH(qint64, expected);
    QCOMPARE(PollHttp::retryAfterMs(retryAfter, date).value_or(-1), expected);
}

void TestPollHttp::checkBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https") << u"https://shop.example.com"_s << true;
    QTest::newRow("http to this machine") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http to localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http elsewhere") << u"http://shop.example.com"_s << false;
    QTest::newRow("ftp") << u"ftp://shop.example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPollHttp::checkBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const auto error = PollHttp::checkBaseUrl(QUrl(url), u"Shopify"_s);
    QCOMPARE(!error.has_value(), allowed);
    if (error) {
        QVERIFY(error->message.contains(u"Shopify"_s));
    }
}

void TestPollHttp::objectWithArray_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("detail");
    QTest::newRow("a page") << QByteArray(R"({"items":[{"id":1}],"total_count":1})") << true << QString();
    QTest::newRow("an empty page") << QByteArray(R"({"items":[]})") << true << QString();
    QTest::newRow("maintenance page") << QByteArray("<html><body>Back soon</body></html>") << false
                                      << u"not a JSON object"_s;
    QTest::newRow("a JSON list") << QByteArray("[1,2]") << false << u"not a JSON object"_s;
    QTest::newRow("no list inside") << QByteArray(R"({"message":"ok"})") << false << u"no items array"_s;
    QTest::newRow("items not a list") << QByteArray(R"({"items":{"id":1}})") << false << u"no items array"_s;
    QTest::newRow("truncated") << QByteArray(R"({"items":[{"id":1)") << false << u"not a JSON object"_s;
}

void TestPollHttp::objectWithArray()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, detail);
    QString why;
    const auto object = PollHttp::objectWithArray(body, "items"_L1, &why);
    QCOMPARE(object.has_value(), ok);
    QVERIFY2(why.contains(detail), qPrintable(why));
    if (ok) {
        QVERIFY(object->value(u"items"_s).isArray());
    }
}

QTEST_GUILESS_MAIN(TestPollHttp)
#include "tst_pollhttp.moc"
