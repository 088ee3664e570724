#include "fakes/fakenetsuiteapi.h"
#include "fakes/pollrig.h"
#include "sources/polling/netsuitepoller.h"
#include "sources/polling/oauth1signer.h"
#include "sources/polling/pollhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

const FakeNetSuiteApi::Credentials Account{u"1234567_SB1"_s, u"ck-netsuite"_s, u"cs-secret-value"_s, u"tk-netsuite"_s,
                                           u"ts-secret-value"_s};

SourceConfig nsSource(const QUrl &baseUrl, const QJsonObject &extra = {})
{
    QJsonObject options{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, baseUrl.toString()}, {u"accountId"_s, u"1234567-sb1"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"shop"_s, u"netsuite"_s, u"Wholesale"_s, true, options};
}

QHash<QString, QString> nsSecrets(const QString &tokenSecret = Account.tokenSecret)
{
    return {{u"consumerKey"_s, Account.consumerKey},
            {u"consumerSecret"_s, Account.consumerSecret},
            {u"tokenId"_s, Account.tokenId},
            {u"tokenSecret"_s, tokenSecret}};
}

PollRequest requestFor(const QUrl &baseUrl, const QJsonObject &extra = {},
                       const QString &tokenSecret = Account.tokenSecret)
{
    PollRequest request;
    request.source = nsSource(baseUrl, extra);
    request.secrets = nsSecrets(tokenSecret);
    request.windowStart = Start.addDays(-1);
    return request;
}

FakeNetSuiteApi::Transaction salesOrder(const QString &id, const QDateTime &modified, const QString &status = u"B"_s)
{
    FakeNetSuiteApi::Transaction t;
    t.id = id;
    t.tranId = u"SO"_s + id;
    t.status = status;
    t.modified = modified;
    t.email = u"grace@example.com"_s;
    return t;
}

FakeNetSuiteApi::Transaction fulfilment(const QString &id, const QString &orderId, const QDateTime &modified,
                                        const QString &tracking)
{
    FakeNetSuiteApi::Transaction t;
    t.id = id;
    t.type = u"ItemShip"_s;
    t.tranId = u"IF"_s + id;
    t.status = u"C"_s;
    t.modified = modified;
    t.createdFrom = orderId;
    t.createdFromText = u"Sales Order #SO"_s + orderId;
    t.carrier = u"UPS Ground"_s;
    t.trackingNumber = tracking;
    return t;
}

PollOutcome parseRows(const QJsonArray &rows, const QJsonObject &options = {})
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"count"_s, rows.size()},
                                                      {u"hasMore"_s, false},
                                                      {u"offset"_s, 0},
                                                      {u"totalResults"_s, rows.size()},
                                                      {u"items"_s, rows}})
                                .toJson();
    return NetSuitePoller::parsePage(body, 0, 200, SourceConfig{u"ns"_s, u"netsuite"_s, u"NS"_s, true, options},
                                     QTimeZone(QByteArrayLiteral("UTC")));
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

class TestNetSuitePoller : public QObject
{
    Q_OBJECT

private slots:
    void accountForms_data();
    void accountForms();
    void parse_salesOrderStatus_data();
    void parse_salesOrderStatus();
    void parse_fulfilment_data();
    void parse_fulfilment();
    void parse_notAResult_retryable();
    void readTime_data();
    void readTime();
    void filterTime_data();
    void filterTime();
    void fetch_sendsContract_data();
    void fetch_sendsContract();
    void fetch_pages_data();
    void fetch_pages();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_badSettings_data();
    void fetch_badSettings();
    void fake_refusesReplayedNonce();
    void scheduler_backfillThenChangeOnce_restartNothingTwice();
};

void TestNetSuitePoller::accountForms_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("baseUrl");

    QTest::newRow("production") << u"1234567"_s << u"1234567"_s << u"https://1234567.suitetalk.api.netsuite.com"_s;
    QTest::newRow("sandbox") << u"1234567_SB1"_s << u"1234567_SB1"_s
                             << u"https://1234567-sb1.suitetalk.api.netsuite.com"_s;
    QTest::newRow("sandbox as in the host")
        << u" 1234567-sb2 "_s << u"1234567_SB2"_s << u"https://1234567-sb2.suitetalk.api.netsuite.com"_s;
    QTest::newRow("test drive") << u"tstdrv123"_s << u"TSTDRV123"_s
                                << u"https://tstdrv123.suitetalk.api.netsuite.com"_s;
}

void TestNetSuitePoller::accountForms()
{
    QFETCH(QString, accountId);
    QTEST(NetSuitePoller::realmOf(accountId), "realm");
    QTEST(NetSuitePoller::defaultBaseUrl(accountId), "baseUrl");
}

void TestNetSuitePoller::parse_salesOrderStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<OrderStatus>("expected");

    QTest::newRow("A pending approval") << u"A"_s << QJsonObject() << OrderStatus::Pending;
    QTest::newRow("B pending fulfillment") << u"B"_s << QJsonObject() << OrderStatus::Paid;
    QTest::newRow("C cancelled") << u"C"_s << QJsonObject() << OrderStatus::Cancelled;
    QTest::newRow("D partially fulfilled") << u"D"_s << QJsonObject() << OrderStatus::PartiallyShipped;
    QTest::newRow("E pending billing/partially fulfilled") << u"E"_s << QJsonObject() << OrderStatus::PartiallyShipped;
    QTest::newRow("F pending billing") << u"F"_s << QJsonObject() << OrderStatus::Shipped;
    QTest::newRow("G billed") << u"G"_s << QJsonObject() << OrderStatus::Shipped;
    QTest::newRow("H closed") << u"H"_s << QJsonObject() << OrderStatus::Completed;
    QTest::newRow("type-prefixed letter") << u"SalesOrd:B"_s << QJsonObject() << OrderStatus::Paid;
    QTest::newRow("unknown letter") << u"Z"_s << QJsonObject() << OrderStatus::Unknown;
    QTest::newRow("owner's flat map") << u"B"_s << QJsonObject{{u"statusMap"_s, QJsonObject{{u"B"_s, u"pending"_s}}}}
                                      << OrderStatus::Pending;
    QTest::newRow("owner's sectioned map, as text")
        << u"H"_s << QJsonObject{{u"statusMap"_s, u"{\"order\": {\"H\": \"delivered\"}}"_s}} << OrderStatus::Delivered;
}

void TestNetSuitePoller::parse_salesOrderStatus()
{
    QFETCH(QString, status);
    QFETCH(QJsonObject, options);
    const PollOutcome outcome = parseRows({QJsonObject{{u"id"_s, u"48213"_s},
                                                       {u"type"_s, u"SalesOrd"_s},
                                                       {u"tranid"_s, u"SO10482"_s},
                                                       {u"status"_s, status},
                                                       {u"email"_s, u"grace@example.com"_s},
                                                       {u"customer"_s, u"Grace Hopper"_s},
                                                       {u"foreigntotal"_s, u"129.50"_s},
                                                       {u"currency"_s, u"USD"_s},
                                                       {u"lastmodified"_s, u"2026-03-01T10:00:00"_s}}},
                                          options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.page->events.size(), 1);
    const OrderEvent &event = outcome.page->events.first();
    QTEST(event.orderStatus, "expected");
    QCOMPARE(event.rawOrderStatus, status.right(1));
    QCOMPARE(event.orderId, u"48213"_s);
    QCOMPARE(event.orderNumber, u"SO10482"_s);
    QCOMPARE(event.customerEmail, u"grace@example.com"_s);
    QCOMPARE(event.customerName, u"Grace Hopper"_s);
    QCOMPARE(event.totalPrice, u"129.50"_s);
    QCOMPARE(event.currency, u"USD"_s);
    QCOMPARE(event.sourceType, u"netsuite"_s);
    QVERIFY(!event.hasShipment());
    QCOMPARE(event.occurredAt, utc(2026, 3, 1, 10, 0));
    QCOMPARE(outcome.page->newestSeen, utc(2026, 3, 1, 10, 0));
}

void TestNetSuitePoller::parse_fulfilment_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("createdFrom");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<int>("events");
    QTest::addColumn<ShipmentStatus>("expected");

    QTest::newRow("C shipped") << u"C"_s << u"48213"_s << QJsonObject() << 1 << ShipmentStatus::InTransit;
    QTest::newRow("A picked: not yet news") << u"A"_s << u"48213"_s << QJsonObject() << 0 << ShipmentStatus::Unknown;
    QTest::newRow("B packed: not yet news") << u"B"_s << u"48213"_s << QJsonObject() << 0 << ShipmentStatus::Unknown;
    QTest::newRow("B packed, mapped by the owner")
        << u"B"_s << u"48213"_s
        << QJsonObject{{u"statusMap"_s, QJsonObject{{u"shipment"_s, QJsonObject{{u"B"_s, u"label_created"_s}}}}}} << 1
        << ShipmentStatus::LabelCreated;
    QTest::newRow("C remapped by the owner")
        << u"ItemShip:C"_s << u"48213"_s
        << QJsonObject{{u"statusMap"_s, QJsonObject{{u"shipment"_s, QJsonObject{{u"C"_s, u"delivered"_s}}}}}} << 1
        << ShipmentStatus::Delivered;
    QTest::newRow("no sales order: skipped") << u"C"_s << QString() << QJsonObject() << 0 << ShipmentStatus::Unknown;
}

void TestNetSuitePoller::parse_fulfilment()
{
    QFETCH(QString, status);
    QFETCH(QString, createdFrom);
    QFETCH(QJsonObject, options);
    QFETCH(int, events);
    QJsonObject row{{u"id"_s, u"50110"_s},
                    {u"type"_s, u"ItemShip"_s},
                    {u"tranid"_s, u"IF881"_s},
                    {u"status"_s, status},
                    {u"createdfromtext"_s, u"Sales Order #SO10482"_s},
                    {u"carrier"_s, u"UPS Ground"_s},
                    {u"trackingnumber"_s, u"1Z999AA10123456784"_s},
                    {u"lastmodified"_s, u"2026-03-01T11:30:00"_s}};
    if (!createdFrom.isEmpty()) {
        row.insert(u"createdfrom"_s, createdFrom);
    }
    const PollOutcome outcome = parseRows({row}, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.page->events.size(), events);
    // Even a row that tells nothing moves the cursor past it.
    QCOMPARE(outcome.page->newestSeen, utc(2026, 3, 1, 11, 30));
    if (events == 0) {
        return;
    }
    const OrderEvent &event = outcome.page->events.first();
    QTEST(event.shipmentStatus, "expected");
    QCOMPARE(event.orderId, u"48213"_s);
    QCOMPARE(event.orderNumber, u"SO10482"_s);
    QCOMPARE(event.shipmentId, u"50110"_s);
    QCOMPARE(event.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(event.carrier, u"UPS Ground"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Unknown);
}

void TestNetSuitePoller::parse_notAResult_retryable()
{
    for (const QByteArray &body : {QByteArray("<html>Maintenance</html>"), QByteArray(R"({"count": 0})")}) {
        const PollOutcome outcome = NetSuitePoller::parsePage(body, 0, 200, SourceConfig{}, QTimeZone("UTC"));
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.error->retryable);
    }
}

void TestNetSuitePoller::readTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("utc") << QByteArray("UTC") << u"2026-03-01T10:00:00"_s << utc(2026, 3, 1, 10, 0);
    QTest::newRow("chicago winter") << QByteArray("America/Chicago") << u"2026-01-15T10:00:00"_s
                                    << utc(2026, 1, 15, 16, 0);
    QTest::newRow("chicago summer") << QByteArray("America/Chicago") << u"2026-07-15T10:00:00"_s
                                    << utc(2026, 7, 15, 15, 0);
    QTest::newRow("repeated hour: the earlier instant")
        << QByteArray("America/Chicago") << u"2026-11-01T01:30:00"_s << utc(2026, 11, 1, 6, 30);
    QTest::newRow("skipped hour") << QByteArray("America/Chicago") << u"2026-03-08T02:30:00"_s
                                  << utc(2026, 3, 8, 7, 30);
    QTest::newRow("berlin, space form") << QByteArray("Europe/Berlin") << u"2026-03-01 10:00:00"_s
                                        << utc(2026, 3, 1, 9, 0);
    QTest::newRow("user date format: unreadable") << QByteArray("UTC") << u"3/1/2026"_s << QDateTime();
}

void TestNetSuitePoller::readTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime read = NetSuitePoller::readTime(text, QTimeZone(zone));
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(read.toUTC(), expected);
    }
}

void TestNetSuitePoller::filterTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc") << QByteArray("UTC") << utc(2026, 3, 1, 9, 0) << u"2026-03-01 09:00:00"_s;
    QTest::newRow("chicago winter") << QByteArray("America/Chicago") << utc(2026, 1, 15, 16, 0)
                                    << u"2026-01-15 10:00:00"_s;
    // 01:10 CDT; at 07:00Z the clocks go back to 01:00 CST, so later changes show from 01:00: reach back.
    QTest::newRow("before clocks go back")
        << QByteArray("America/Chicago") << utc(2026, 11, 1, 6, 10) << u"2026-11-01 00:10:00"_s;
    QTest::newRow("before clocks go forward")
        << QByteArray("America/Chicago") << utc(2026, 3, 8, 7, 30) << u"2026-03-08 01:30:00"_s;
}

void TestNetSuitePoller::filterTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, start);
    QTEST(NetSuitePoller::filterTime(start, QTimeZone(zone)), "expected");
}

void TestNetSuitePoller::fetch_sendsContract_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("since");

    QTest::newRow("utc") << QByteArray() << u"2026-03-01 09:00:00"_s;
    QTest::newRow("chicago") << QByteArray("America/Chicago") << u"2026-03-01 03:00:00"_s;
}

void TestNetSuitePoller::fetch_sendsContract()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, since);
    const QTimeZone accountZone(zone.isEmpty() ? QByteArray("UTC") : zone);
    FakeNetSuiteApi netsuite(Account, accountZone);
    QVERIFY(netsuite.listen());
    netsuite.upsert(salesOrder(u"48213"_s, Start.addSecs(-60)));
    netsuite.upsert(salesOrder(u"47000"_s, Start.addDays(-2))); // before the window
    NetSuitePoller poller;
    const QJsonObject extra = zone.isEmpty() ? QJsonObject() : QJsonObject{{u"timeZone"_s, QString::fromLatin1(zone)}};
    const PollOutcome outcome = fetchOnce(poller, requestFor(netsuite.baseUrl(), extra));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    const auto sent = netsuite.requests().first();
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/services/rest/query/v1/suiteql"));
    QCOMPARE(sent.query.queryItemValue(u"limit"_s), u"200"_s);
    QCOMPARE(sent.query.queryItemValue(u"offset"_s), u"0"_s);
    QCOMPARE(sent.headers.value("prefer"), QByteArray("transient"));
    QVERIFY(sent.headers.value("content-type").startsWith("application/json"));
    const QByteArray authorization = sent.headers.value("authorization");
    QVERIFY(authorization.startsWith("OAuth realm=\"1234567_SB1\", oauth_consumer_key=\"ck-netsuite\", "
                                     "oauth_token=\"tk-netsuite\", oauth_signature_method=\"HMAC-SHA256\""));
    QVERIFY(authorization.contains("oauth_version=\"1.0\""));
    QVERIFY(!authorization.contains(Account.consumerSecret.toLatin1()));
    QVERIFY(!authorization.contains(Account.tokenSecret.toLatin1()));
    const QString q = netsuite.query(0);
    QVERIFY2(q.contains(u"TO_TIMESTAMP('%1', 'YYYY-MM-DD HH24:MI:SS')"_s.arg(since)), qPrintable(q));
    QVERIFY(q.contains("t.type IN ('SalesOrd', 'ItemShip')"_L1));
    QVERIFY(q.contains("TO_CHAR(t.lastmodifieddate, 'YYYY-MM-DD\"T\"HH24:MI:SS')"_L1));
    QCOMPARE(outcome.page->events.size(), 1);
    QCOMPARE(outcome.page->events.first().orderId, u"48213"_s);
    QCOMPARE(outcome.page->newestSeen, Start.addSecs(-60));
    QVERIFY(!outcome.page->more);
}

void TestNetSuitePoller::fetch_pages_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QList<int>>("pageSizes");

    QTest::newRow("none") << 0 << 2 << QList<int>{0};
    QTest::newRow("one page") << 2 << 2 << QList<int>{2};
    QTest::newRow("three pages") << 5 << 2 << QList<int>{2, 2, 1};
}

void TestNetSuitePoller::fetch_pages()
{
    QFETCH(int, orders);
    QFETCH(int, pageSize);
    QFETCH(QList<int>, pageSizes);
    FakeNetSuiteApi netsuite(Account);
    QVERIFY(netsuite.listen());
    for (int i = 0; i < orders; ++i) {
        netsuite.upsert(salesOrder(QString::number(100 + i), Start.addSecs(-600 + i)));
    }
    NetSuitePoller poller;
    PollRequest request = requestFor(netsuite.baseUrl(), {{u"pageSize"_s, pageSize}});
    QDateTime newest;
    for (qsizetype i = 0; i < pageSizes.size(); ++i) {
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        QCOMPARE(outcome.page->events.size(), pageSizes.at(i));
        QCOMPARE(outcome.page->more, i + 1 < pageSizes.size());
        QCOMPARE(netsuite.requests().last().query.queryItemValue(u"offset"_s).toInt(), i * pageSize);
        QCOMPARE(netsuite.requests().last().status, 200);
        // Oldest first: each page is newer than the last.
        if (outcome.page->newestSeen.isValid()) {
            QVERIFY(!newest.isValid() || outcome.page->newestSeen > newest);
            newest = outcome.page->newestSeen;
        }
        request.pageToken = outcome.page->nextPageToken;
    }
    QCOMPARE(netsuite.requestCount(), pageSizes.size());
}

void TestNetSuitePoller::fetch_failures_data()
{
    QTest::addColumn<FakePlatformServer::Mode>("mode");
    QTest::addColumn<QString>("tokenSecret");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");

    using Mode = FakePlatformServer::Mode;
    const QString secret = Account.tokenSecret;
    const QString account = u"1234567_SB1"_s;
    QTest::newRow("429 concurrency") << Mode::RateLimit429 << secret << account << ErrorCode::RateLimited << true
                                     << qint64(2000);
    QTest::newRow("503") << Mode::Unavailable503 << secret << account << ErrorCode::ProviderFailed << true
                         << qint64(2000);
    QTest::newRow("500") << Mode::ServerError500 << secret << account << ErrorCode::ProviderFailed << true
                         << qint64(-1);
    QTest::newRow("revoked token") << Mode::Unauthorized401 << secret << account << ErrorCode::Unauthorized << false
                                   << qint64(-1);
    QTest::newRow("wrong token secret: signature refused")
        << Mode::Serve << u"ts-wrong-value"_s << account << ErrorCode::Unauthorized << false << qint64(-1);
    QTest::newRow("production realm for a sandbox")
        << Mode::Serve << secret << u"1234567"_s << ErrorCode::Unauthorized << false << qint64(-1);
}

void TestNetSuitePoller::fetch_failures()
{
    QFETCH(FakePlatformServer::Mode, mode);
    QFETCH(QString, tokenSecret);
    QFETCH(QString, accountId);
    QFETCH(qint64, retryAfterMs);
    FakeNetSuiteApi netsuite(Account);
    QVERIFY(netsuite.listen());
    netsuite.queueModes({mode});
    NetSuitePoller poller;
    const PollOutcome outcome =
        fetchOnce(poller, requestFor(netsuite.baseUrl(), {{u"accountId"_s, accountId}}, tokenSecret));
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    if (outcome.error->code == ErrorCode::Unauthorized) {
        QVERIFY(outcome.error->message.contains("NetSuite refused the access token of \"Wholesale\""_L1));
        QVERIFY(outcome.error->detail.contains("INVALID_LOGIN"_L1));
    }
    for (const QString &secret : {tokenSecret, Account.consumerSecret}) {
        QVERIFY(!outcome.error->message.contains(secret));
        QVERIFY(!outcome.error->detail.contains(secret));
    }
}

void TestNetSuitePoller::fetch_badSettings_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QJsonObject>("extra");

    QTest::newRow("plain http to another host") << u"http://1234567.suitetalk.api.netsuite.com"_s << QJsonObject();
    QTest::newRow("no account id") << QString() << QJsonObject{{u"accountId"_s, u" "_s}};
    QTest::newRow("unknown time zone") << QString() << QJsonObject{{u"timeZone"_s, u"Mars/Olympus"_s}};
}

void TestNetSuitePoller::fetch_badSettings()
{
    QFETCH(QString, baseUrl);
    QFETCH(QJsonObject, extra);
    NetSuitePoller poller;
    PollRequest request = requestFor(QUrl(baseUrl), extra);
    if (baseUrl.isEmpty()) {
        request.source.options.remove(u"baseUrl"_s);
    }
    const PollOutcome outcome = fetchOnce(poller, request);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY(!outcome.error->retryable);
}

void TestNetSuitePoller::fake_refusesReplayedNonce()
{
    FakeNetSuiteApi netsuite(Account);
    QVERIFY(netsuite.listen());
    OAuth1Signer signer({Account.consumerKey, Account.consumerSecret, Account.tokenId, Account.tokenSecret},
                        Account.realm);
    signer.setNonceSource([] { return u"same-nonce"_s; });
    QUrl url = netsuite.baseUrl();
    url.setPath(u"/services/rest/query/v1/suiteql"_s);
    url.setQuery(u"limit=10&offset=0"_s);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"q"_s, NetSuitePoller::query(Start, QTimeZone("UTC"))}}).toJson();
    QNetworkAccessManager network;
    QList<int> statuses;
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest http(url);
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        http.setRawHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("transient"));
        http.setRawHeader(QByteArrayLiteral("Authorization"), signer.sign("POST", url).authorization);
        bool done = false;
        PollHttp::send(&network, http, QByteArrayLiteral("POST"), body, [&](const PollHttp::Answer &answer) {
            statuses.append(answer.status);
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    }
    QCOMPARE(statuses, (QList<int>{200, 401}));
}

void TestNetSuitePoller::scheduler_backfillThenChangeOnce_restartNothingTwice()
{
    FakeNetSuiteApi netsuite(Account, QTimeZone(QByteArrayLiteral("America/Chicago")));
    QVERIFY(netsuite.listen());
    netsuite.upsert(salesOrder(u"48213"_s, Start.addSecs(-3600)));
    netsuite.upsert(salesOrder(u"48214"_s, Start.addSecs(-60), u"A"_s));
    const SourceConfig source = nsSource(netsuite.baseUrl(), {{u"timeZone"_s, u"America/Chicago"_s}});
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, nsSecrets()}};
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    {
        PollRig rig(dir.path(), clock);
        QVERIFY(rig.opened.ok() && rig.schedulerOpened.ok());
        rig.scheduler->setSources({source}, secrets);
        rig.scheduler->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.failed->count(), 0);
        // The first run reaches back a week, in the account's zone (CST, UTC-6).
        QVERIFY(netsuite.query(0).contains("TO_TIMESTAMP('2026-02-23 03:00:00'"_L1));
        QCOMPARE(rig.lastFound(), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0); // the backfill is quiet
        QCOMPARE(rig.cursor()->newestSeen, Start.addSecs(-60));

        // 48213 ships with a tracking number: one shipment, one message.
        clock->advance(120 * 1000);
        netsuite.upsert(fulfilment(u"50110"_s, u"48213"_s, Start.addSecs(30), u"1Z999AA10123456784"_s));
        QVERIFY(rig.settle());
        QCOMPARE(rig.failed->count(), 0);
        QCOMPARE(rig.lastFound(), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM shipments WHERE tracking_number = '1Z999AA10123456784'"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);

        // The same window again (overlap): nothing new.
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 0);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
    }
    // A restart on the same data dir finds nothing twice, then a new order once.
    clock->advance(10 * 1000);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({source}, secrets);
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.failed->count(), 0);
    QCOMPARE(rig.lastFound(), 0);
    netsuite.upsert(salesOrder(u"48300"_s, Start.addSecs(300)));
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE order_id = '48300'"_s), 1);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
}

QTEST_GUILESS_MAIN(TestNetSuitePoller)
#include "tst_netsuitepoller.moc"
