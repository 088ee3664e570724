#include "sources/payloadfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tidings;
using namespace Qt::StringLiterals;

class TestPayloadFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamp_formats_data();
    void timestamp_formats();
    void timestamp_jsonNumbers_data();
    void timestamp_jsonNumbers();
    void scalarText_keepsIdsAndMoneyExact_data();
    void scalarText_keepsIdsAndMoneyExact();
    void valueAt_pathsAndPointers_data();
    void valueAt_pathsAndPointers();
    void setValueAt_roundTrips_data();
    void setValueAt_roundTrips();
    void setValueAt_throughAScalar_refused();
    void webUrl_onlyWebLinks_data();
    void webUrl_onlyWebLinks();
    void parseForm_decodes_data();
    void parseForm_decodes();
    void parseForm_invalidUtf8_refused();
};

void TestPayloadFields::timestamp_formats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime t(QDate(2024, 5, 13), QTime(14, 15, 42), Qt::UTC);
    const QDateTime tMs(QDate(2024, 5, 13), QTime(14, 15, 42, 123), Qt::UTC);
    QTest::newRow("Z") << u"2024-05-13T14:15:42Z"_s << t;
    QTest::newRow("offset with colon") << u"2024-05-13T16:15:42+02:00"_s << t;
    QTest::newRow("negative offset") << u"2024-05-13T10:15:42-04:00"_s << t;
    QTest::newRow("offset without colon (SAP)") << u"2024-05-13T16:15:42+0200"_s << t;
    QTest::newRow("+0000") << u"2024-05-13T14:15:42+0000"_s << t;
    QTest::newRow("milliseconds") << u"2024-05-13T14:15:42.123Z"_s << tMs;
    QTest::newRow("no zone is UTC") << u"2024-05-13T14:15:42"_s << t;
    QTest::newRow("MySQL style (Magento, WooCommerce GMT)") << u"2024-05-13 14:15:42"_s << t;
    QTest::newRow("epoch seconds") << u"1715609742"_s << t;
    QTest::newRow("epoch milliseconds (HubSpot)") << u"1715609742123"_s << tMs;
    QTest::newRow("padded") << u"  2024-05-13T14:15:42Z "_s << t;
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("words") << u"yesterday"_s << QDateTime();
    QTest::newRow("bad month") << u"2024-13-13T14:15:42Z"_s << QDateTime();
}

void TestPayloadFields::timestamp_formats()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Payload::timestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestPayloadFields::timestamp_jsonNumbers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2024, 5, 13), QTime(14, 15, 42), Qt::UTC);
    QTest::newRow("seconds") << QJsonValue(1715609742) << t;
    QTest::newRow("milliseconds") << QJsonValue(qint64(1715609742000)) << t;
    QTest::newRow("string") << QJsonValue(u"2024-05-13T14:15:42Z"_s) << t;
    QTest::newRow("negative") << QJsonValue(-5) << QDateTime();
    QTest::newRow("huge") << QJsonValue(1e300) << QDateTime();
    QTest::newRow("null") << QJsonValue() << QDateTime();
}

void TestPayloadFields::timestamp_jsonNumbers()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(Payload::timestamp(value), expected);
}

void TestPayloadFields::scalarText_keepsIdsAndMoneyExact_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("big id") << QByteArray(R"([5820134932535123])") << u"5820134932535123"_s;
    QTest::newRow("money string") << QByteArray(R"(["18.50"])") << u"18.50"_s;
    QTest::newRow("money number") << QByteArray(R"([18.5])") << u"18.5"_s;
    QTest::newRow("bool") << QByteArray(R"([true])") << u"true"_s;
    QTest::newRow("null") << QByteArray(R"([null])") << QString();
    QTest::newRow("object") << QByteArray(R"([{"a":1}])") << QString();
}

void TestPayloadFields::scalarText_keepsIdsAndMoneyExact()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(Payload::scalarText(QJsonDocument::fromJson(json).array().at(0)), expected);
}

void TestPayloadFields::valueAt_pathsAndPointers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // "<undefined>" when missing

    QTest::newRow("dotted") << u"order.billing.email"_s << u"jane@example.com"_s;
    QTest::newRow("pointer") << u"/order/billing/email"_s << u"jane@example.com"_s;
    QTest::newRow("array index") << u"order.items.1.sku"_s << u"MUG"_s;
    QTest::newRow("pointer array") << u"/order/items/0/sku"_s << u"TSH"_s;
    QTest::newRow("pointer escapes") << u"/odd~1key/a~0b"_s << u"yes"_s;
    QTest::newRow("missing") << u"order.shipping.email"_s << u"<undefined>"_s;
    QTest::newRow("index past end") << u"order.items.5.sku"_s << u"<undefined>"_s;
    QTest::newRow("index not a number") << u"order.items.first"_s << u"<undefined>"_s;
    QTest::newRow("through a scalar") << u"order.number.x"_s << u"<undefined>"_s;
}

void TestPayloadFields::valueAt_pathsAndPointers()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonDocument document = QJsonDocument::fromJson(
        R"({"order":{"number":1042,"billing":{"email":"jane@example.com"},"items":[{"sku":"TSH"},{"sku":"MUG"}]},)"
        R"("odd/key":{"a~b":"yes"}})");
    const QJsonValue value = Payload::valueAt(document.object(), path);
    QCOMPARE(value.isUndefined() ? u"<undefined>"_s : Payload::scalarText(value), expected);
}

void TestPayloadFields::setValueAt_roundTrips_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dotted") << u"order.billing.email"_s;
    QTest::newRow("pointer with spaces (Sheets columns)") << u"/row/Order ID"_s;
    QTest::newRow("pointer escapes") << u"/odd~1key/a~0b"_s;
    QTest::newRow("array index") << u"items.2.sku"_s;
    QTest::newRow("top level") << u"event_id"_s;
}

void TestPayloadFields::setValueAt_roundTrips()
{
    QFETCH(QString, path);
    QJsonValue root{QJsonObject{{u"kept"_s, 1}}};
    QVERIFY(Payload::setValueAt(root, path, u"TEST-1"_s));
    QCOMPARE(Payload::valueAt(root, path).toString(), u"TEST-1"_s);
    QCOMPARE(root.toObject().value(u"kept"_s).toInt(), 1);
}

void TestPayloadFields::setValueAt_throughAScalar_refused()
{
    QJsonValue root{QJsonObject{{u"order"_s, 1042}}};
    QVERIFY(!Payload::setValueAt(root, u"order.id"_s, u"x"_s));
    QVERIFY(!Payload::setValueAt(root, QString(), u"x"_s));
    QCOMPARE(root.toObject().value(u"order"_s).toInt(), 1042);
}

void TestPayloadFields::webUrl_onlyWebLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("kept");
    QTest::newRow("https") << u"https://www.dhl.com/track?id=1"_s << true;
    QTest::newRow("http") << u"http://track.example/1"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("no host") << u"https:///path"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPayloadFields::webUrl_onlyWebLinks()
{
    QFETCH(QString, text);
    QFETCH(bool, kept);
    QCOMPARE(!Payload::webUrl(text).isEmpty(), kept);
}

void TestPayloadFields::parseForm_decodes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plus is space") << QByteArray("name=Jane+Doe") << u"name"_s << u"Jane Doe"_s;
    QTest::newRow("encoded plus stays") << QByteArray("phone=%2B49+30") << u"phone"_s << u"+49 30"_s;
    QTest::newRow("brackets kept") << QByteArray("contact%5Bfields%5D%5B7%5D=Berlin&x=1") << u"contact[fields][7]"_s
                                   << u"Berlin"_s;
    QTest::newRow("raw brackets") << QByteArray("deal[stage]=Won") << u"deal[stage]"_s << u"Won"_s;
    QTest::newRow("utf-8") << QByteArray("city=M%C3%BCnchen") << u"city"_s << u"München"_s;
    QTest::newRow("first of repeats") << QByteArray("a=1&a=2") << u"a"_s << u"1"_s;
    QTest::newRow("no value") << QByteArray("flag&b=2") << u"flag"_s << QString();
    QTest::newRow("missing") << QByteArray("webhook_id=12") << u"topic"_s << QString();
}

void TestPayloadFields::parseForm_decodes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const auto fields = Payload::parseForm(body);
    QVERIFY(fields.has_value());
    QCOMPARE(Payload::formValue(*fields, key), expected);
}

void TestPayloadFields::parseForm_invalidUtf8_refused()
{
    QVERIFY(!Payload::parseForm(QByteArrayLiteral("name=%FF%FE")).has_value());
}

QTEST_GUILESS_MAIN(TestPayloadFields)
#include "tst_payloadfields.moc"
