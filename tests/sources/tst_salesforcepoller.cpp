#include "dispatch/clock.h"
#include "fakes/fakeoauth2server.h"
#include "fakes/fakesalesforceapi.h"
#include "fakes/pollrig.h"
#include "sources/polling/salesforcepoller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QString ClientId = u"3MVG9fakeConsumerKey"_s;
const QString ClientSecret = u"sf-consumer-secret-77"_s;
const QString RefreshToken = u"5Aep861fakeRefreshToken"_s;
const QString TokenPath = u"/services/oauth2/token"_s;

// The login host (token endpoint) and the org's instance, as two loopback servers.
struct Org
{
    FakeOAuth2Server login{TokenPath, ClientId, ClientSecret};
    FakeSalesforceApi api;

    bool start()
    {
        if (!login.listen() || !api.listen()) {
            return false;
        }
        login.setRefreshToken(RefreshToken);
        login.setExpiresInSeconds(0); // Salesforce sends no expires_in
        login.setExtra(
            QJsonObject{{u"instance_url"_s, api.baseUrl().toString()},
                        {u"id"_s, u"https://login.salesforce.com/id/00D5e000000KQ2eEAG/0055e000001AbCdAAK"_s},
                        {u"issued_at"_s, u"1772442000000"_s},
                        {u"signature"_s, u"c2lnbmF0dXJl"_s},
                        {u"scope"_s, u"api refresh_token"_s}});
        api.setTokens(&login);
        return true;
    }
};

SourceConfig salesforceSource(const QUrl &loginUrl, const QJsonObject &extra = {})
{
    QJsonObject options{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, loginUrl.toString()}, {u"clientId"_s, ClientId}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"shop"_s, u"salesforce"_s, u"Linen orders"_s, true, options};
}

QHash<QString, QString> secrets(const QString &refreshToken = RefreshToken, const QString &clientSecret = ClientSecret)
{
    return {{u"refreshToken"_s, refreshToken}, {u"clientSecret"_s, clientSecret}};
}

PollRequest requestFor(const QUrl &loginUrl, const QJsonObject &extra = {})
{
    PollRequest request;
    request.source = salesforceSource(loginUrl, extra);
    request.secrets = secrets();
    request.windowStart = Start.addDays(-1);
    return request;
}

FakeSalesforceApi::Order sfOrder(int n, const QDateTime &modstamp)
{
    FakeSalesforceApi::Order order;
    order.id = u"8015e000000Ab%1AAK"_s.arg(n, 3, 10, QChar(u'0'));
    order.number = u"00000%1"_s.arg(n, 3, 10, QChar(u'0'));
    order.modstamp = modstamp;
    order.email = u"buyer%1@example.com"_s.arg(n);
    return order;
}

QByteArray queryAnswer(const QJsonArray &records, bool done = true, const QString &next = {})
{
    QJsonObject answer{{u"totalSize"_s, records.size()}, {u"done"_s, done}, {u"records"_s, records}};
    if (!next.isEmpty()) {
        answer.insert(u"nextRecordsUrl"_s, next);
    }
    return QJsonDocument(answer).toJson();
}

QJsonObject contact(const QString &email, const QString &first, const QString &last, const QJsonValue &phone)
{
    return QJsonObject{
        {u"attributes"_s, QJsonObject{{u"type"_s, u"Contact"_s},
                                      {u"url"_s, u"/services/data/v61.0/sobjects/Contact/0035e00000AbCdEAAV"_s}}},
        {u"Email"_s, email},
        {u"FirstName"_s, first},
        {u"LastName"_s, last},
        {u"Phone"_s, phone}};
}

QJsonObject record(const QString &id, const QString &status, const QString &statusCode, const QString &modstamp)
{
    return QJsonObject{
        {u"attributes"_s,
         QJsonObject{{u"type"_s, u"Order"_s}, {u"url"_s, QString(u"/services/data/v61.0/sobjects/Order/"_s + id)}}},
        {u"Id"_s, id},
        {u"OrderNumber"_s, u"00000107"_s},
        {u"Status"_s, status},
        {u"StatusCode"_s, statusCode},
        {u"TotalAmount"_s, 129.5},
        {u"EffectiveDate"_s, u"2026-03-01"_s},
        {u"LastModifiedDate"_s, modstamp},
        {u"SystemModstamp"_s, modstamp},
        {u"BillToContact"_s, QJsonValue()},
        {u"Account"_s, QJsonValue()}};
}

bool mentionsSecret(const Error &error)
{
    for (const QString &secret : {ClientSecret, RefreshToken, u"token-1"_s, u"token-2"_s}) {
        if (error.message.contains(secret) || error.detail.contains(secret)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestSalesforcePoller : public QObject
{
    Q_OBJECT

private slots:
    void parse_status_data();
    void parse_status();
    void parse_idsCustomerTrackingAndTimes();
    void parse_paging();
    void parse_notAQueryResult_retryable_data();
    void parse_notAQueryResult_retryable();
    void query_exactSoql();
    void options_fieldNamesAndVersion_data();
    void options_fieldNamesAndVersion();
    void apiUsage_header_data();
    void apiUsage_header();
    void fetch_sendsContract();
    void fetch_pagesFollowNextRecordsUrl();
    void fetch_401_newTokenOnce_laterPageRestartsQuery();
    void fetch_lostLocator_restartsQueryOnce();
    void fetch_rotatedRefreshToken_carriedAndUsed_data();
    void fetch_rotatedRefreshToken_carriedAndUsed();
    void fetch_nearDailyLimit_keepsPageThenPauses();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_salesforceErrors_data();
    void fetch_salesforceErrors();
    void fetch_plainHttpToOtherHost_refused_data();
    void fetch_plainHttpToOtherHost_refused();
    void scheduler_backfillQuietThenEachChangeOnce_restartNothingTwice();
};

void TestSalesforcePoller::parse_status_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("statusCode");
    QTest::addColumn<QJsonValue>("statusMap");
    QTest::addColumn<OrderStatus>("expected");
    QTest::addColumn<QString>("raw");

    const QJsonValue none;
    const QJsonObject map{{u"Shipped"_s, u"shipped"_s}, {u"Cancelled"_s, u"cancelled"_s}};
    QTest::newRow("Draft built in") << u"Draft"_s << u"Draft"_s << none << OrderStatus::Pending << u"Draft"_s;
    QTest::newRow("Activated built in") << u"Activated"_s << u"Activated"_s << none << OrderStatus::Paid
                                        << u"Activated"_s;
    QTest::newRow("custom status, mapped")
        << u"Shipped"_s << u"Activated"_s << QJsonValue(map) << OrderStatus::Shipped << u"Shipped"_s;
    QTest::newRow("mapped, any case and spaces")
        << u"  shipped "_s << u"Activated"_s << QJsonValue(map) << OrderStatus::Shipped << u"shipped"_s;
    QTest::newRow("custom status, unmapped: its category")
        << u"Picking"_s << u"Activated"_s << none << OrderStatus::Paid << u"Picking"_s;
    QTest::newRow("status map as text") << u"Cancelled"_s << u"Draft"_s
                                        << QJsonValue(u"{\"Cancelled\": \"cancelled\"}"_s) << OrderStatus::Cancelled
                                        << u"Cancelled"_s;
    QTest::newRow("owner overrides a built-in")
        << u"Activated"_s << u"Activated"_s << QJsonValue(QJsonObject{{u"Activated"_s, u"completed"_s}})
        << OrderStatus::Completed << u"Activated"_s;
    QTest::newRow("unknown category") << u"Storniert"_s << u"Cancelled"_s << none << OrderStatus::Unknown
                                      << u"Storniert"_s;
    QTest::newRow("only a code") << QString() << u"Draft"_s << none << OrderStatus::Pending << u"Draft"_s;
}

void TestSalesforcePoller::parse_status()
{
    QFETCH(QString, status);
    QFETCH(QString, statusCode);
    QFETCH(QJsonValue, statusMap);
    QJsonObject options;
    if (!statusMap.isNull()) {
        options.insert(u"statusMap"_s, statusMap);
    }
    const SourceConfig source{u"shop"_s, u"salesforce"_s, u"Linen orders"_s, true, options};
    const PollOutcome outcome = SalesforcePoller::parsePage(
        queryAnswer({record(u"8015e000000AbCdAAK"_s, status, statusCode, u"2026-03-01T10:05:12.000+0000"_s)}), source);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 1);
    QTEST(outcome.page->events.first().orderStatus, "expected");
    QTEST(outcome.page->events.first().rawOrderStatus, "raw");
}

void TestSalesforcePoller::parse_idsCustomerTrackingAndTimes()
{
    QJsonObject shipped =
        record(u"8015e000000AbCdAAK"_s, u"Shipped"_s, u"Activated"_s, u"2026-03-01T10:05:12.000+0000"_s);
    shipped.insert(u"LastModifiedDate"_s, u"2026-03-01T10:05:11.000+0000"_s);
    shipped.insert(u"BillToContact"_s, contact(u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s, u"+44 20 7946 0018"_s));
    shipped.insert(u"Account"_s, QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Account"_s}}},
                                             {u"Name"_s, u"Analytical Engines Ltd"_s}});
    shipped.insert(u"Tracking_Number__c"_s, u"1Z999AA10123456784"_s);
    shipped.insert(u"Carrier__c"_s, u"UPS"_s);
    shipped.insert(u"Tracking_URL__c"_s, u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s);
    shipped.insert(u"Customer_Email__c"_s, u"orders@engines.example"_s);

    QJsonObject business = record(u"8015e000000AbCeAAK"_s, u"Draft"_s, u"Draft"_s, u"2026-03-01T10:20:05.000+0000"_s);
    business.insert(u"Account"_s, QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Account"_s}}},
                                              {u"Name"_s, u"Difference Engines plc"_s}});
    business.insert(u"Tracking_Number__c"_s, QJsonValue());
    business.insert(u"Tracking_URL__c"_s, u"javascript:alert(1)"_s);

    QJsonObject older =
        record(u"8015e000000AbCfAAK"_s, u"Activated"_s, u"Activated"_s, u"2026-03-01T09:00:00.000+0000"_s);
    older.remove(u"Id"_s); // no id: skipped

    const SourceConfig source{u"shop"_s, u"salesforce"_s, u"Linen orders"_s, true,
                              QJsonObject{{u"statusMap"_s, QJsonObject{{u"Shipped"_s, u"shipped"_s}}},
                                          {u"trackingNumberField"_s, u"tracking_number__c"_s},
                                          {u"carrierField"_s, u"Carrier__c"_s},
                                          {u"trackingUrlField"_s, u"Tracking_URL__c"_s}}};
    const QByteArray body = queryAnswer({shipped, business, older});
    const PollOutcome outcome = SalesforcePoller::parsePage(body, source);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 2);
    QCOMPARE(outcome.page->rawBody, body);

    const OrderEvent &first = outcome.page->events.at(0);
    QCOMPARE(first.sourceId, u"shop"_s);
    QCOMPARE(first.sourceType, u"salesforce"_s);
    QCOMPARE(first.topic, u"poll/orders"_s);
    QCOMPARE(first.orderId, u"8015e000000AbCdAAK"_s);
    QCOMPARE(first.orderNumber, u"00000107"_s);
    QCOMPARE(first.orderStatus, OrderStatus::Shipped);
    QCOMPARE(first.customerEmail, u"ada@example.com"_s); // no emailField set: the Bill To contact's
    QCOMPARE(first.customerName, u"Ada Lovelace"_s);
    QCOMPARE(first.customerPhone, u"+44 20 7946 0018"_s);
    QCOMPARE(first.totalPrice, u"129.5"_s);
    QVERIFY(first.currency.isEmpty());
    QCOMPARE(first.occurredAt, QDateTime(QDate(2026, 3, 1), QTime(10, 5, 11), Qt::UTC)); // LastModifiedDate
    QCOMPARE(first.trackingNumber, u"1Z999AA10123456784"_s); // the option's case does not matter
    QCOMPARE(first.shipmentId, u"1Z999AA10123456784"_s);
    QCOMPARE(first.carrier, u"UPS"_s);
    QCOMPARE(first.trackingUrl, QUrl(u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s));
    QCOMPARE(QJsonDocument::fromJson(first.rawPayload).object().value(u"Id"_s).toString(), first.orderId);

    const OrderEvent &second = outcome.page->events.at(1);
    QCOMPARE(second.orderStatus, OrderStatus::Pending);
    QCOMPARE(second.customerName, u"Difference Engines plc"_s); // no contact: the account
    QVERIFY(second.customerEmail.isEmpty());
    QVERIFY(!second.hasShipment());
    QVERIFY(second.trackingUrl.isEmpty());

    // The newest SystemModstamp, not the newest LastModifiedDate, nor the order of the records.
    QCOMPARE(outcome.page->newestSeen, QDateTime(QDate(2026, 3, 1), QTime(10, 20, 5), Qt::UTC));
    QVERIFY(!outcome.page->more);

    // The owner's email field wins over the contact's.
    SourceConfig withEmail = source;
    withEmail.options.insert(u"emailField"_s, u"customer_email__c"_s); // any case
    const PollOutcome again = SalesforcePoller::parsePage(body, withEmail);
    QCOMPARE(again.page->events.first().customerEmail, u"orders@engines.example"_s);
}

void TestSalesforcePoller::parse_paging()
{
    const SourceConfig source{u"shop"_s, u"salesforce"_s, {}, true, {}};
    const QString next = u"/services/data/v61.0/query/01gD0000002HU6KIAW-2000"_s;
    const QJsonArray one{record(u"8015e000000AbCdAAK"_s, u"Draft"_s, u"Draft"_s, u"2026-03-01T10:05:12.000+0000"_s)};
    const PollOutcome more = SalesforcePoller::parsePage(queryAnswer(one, false, next), source);
    QVERIFY(more.ok());
    QVERIFY(more.page->more);
    QCOMPARE(more.page->nextPageToken, next);
    const PollOutcome last = SalesforcePoller::parsePage(queryAnswer(one, true), source);
    QVERIFY(!last.page->more);
    QVERIFY(last.page->nextPageToken.isEmpty());
    // Not done but nowhere to go: the run ends rather than loops.
    const PollOutcome stuck = SalesforcePoller::parsePage(queryAnswer(one, false), source);
    QVERIFY(!stuck.page->more);
    const PollOutcome empty = SalesforcePoller::parsePage(queryAnswer({}), source);
    QVERIFY(empty.ok());
    QVERIFY(empty.page->events.isEmpty());
    QVERIFY(!empty.page->newestSeen.isValid());
}

void TestSalesforcePoller::parse_notAQueryResult_retryable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html><body>Maintenance</body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"totalSize":2,"done":true,"records":[{"Id":)");
    QTest::newRow("error array") << QByteArray(R"([{"message":"x","errorCode":"UNKNOWN_EXCEPTION"}])");
    QTest::newRow("no records") << QByteArray(R"({"totalSize":0,"done":true})");
}

void TestSalesforcePoller::parse_notAQueryResult_retryable()
{
    QFETCH(QByteArray, body);
    const PollOutcome outcome = SalesforcePoller::parsePage(body, SourceConfig{});
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::ProviderFailed);
    QVERIFY(outcome.error->retryable);
    QVERIFY(!outcome.error->message.isEmpty());
}

void TestSalesforcePoller::query_exactSoql()
{
    const SourceConfig plain{u"shop"_s, u"salesforce"_s, {}, true, {}};
    const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0, 7, 950), Qt::UTC);
    QCOMPARE(SalesforcePoller::query(start, plain),
             u"SELECT Id, OrderNumber, Status, StatusCode, TotalAmount, EffectiveDate, LastModifiedDate, "
             "SystemModstamp, BillToContact.Email, BillToContact.FirstName, BillToContact.LastName, "
             "BillToContact.Phone, Account.Name FROM Order WHERE SystemModstamp >= 2026-03-02T09:00:07Z "
             "ORDER BY SystemModstamp ASC, Id ASC"_s);
    // Another zone is turned into UTC; custom fields follow, each once.
    const SourceConfig custom{u"shop"_s,
                              u"salesforce"_s,
                              {},
                              true,
                              QJsonObject{{u"emailField"_s, u"billtocontact.email"_s},
                                          {u"trackingNumberField"_s, u"Tracking_Number__c"_s},
                                          {u"carrierField"_s, u" Carrier__c "_s},
                                          {u"trackingUrlField"_s, u"Tracking_Number__c"_s}}};
    const QDateTime berlin = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone("Europe/Berlin"));
    const QString soql = SalesforcePoller::query(berlin, custom);
    QVERIFY2(soql.contains(u"Account.Name, Tracking_Number__c, Carrier__c FROM Order WHERE SystemModstamp >= "
                           "2026-03-02T09:00:00Z"_s),
             qPrintable(soql));
}

void TestSalesforcePoller::options_fieldNamesAndVersion_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("badOption");
    QTest::addColumn<QString>("version");

    QTest::newRow("defaults") << QJsonObject{} << QString() << u"v61.0"_s;
    QTest::newRow("custom fields") << QJsonObject{{u"trackingNumberField"_s, u"Tracking_Number__c"_s},
                                                  {u"carrierField"_s, u"Shipment__r.Carrier__c"_s}}
                                   << QString() << u"v61.0"_s;
    QTest::newRow("space in a name") << QJsonObject{{u"trackingNumberField"_s, u"Tracking Number"_s}}
                                     << u"trackingNumberField"_s << u"v61.0"_s;
    QTest::newRow("soql in a name") << QJsonObject{{u"carrierField"_s, u"Id FROM User WHERE Id != null"_s}}
                                    << u"carrierField"_s << u"v61.0"_s;
    QTest::newRow("comma") << QJsonObject{{u"emailField"_s, u"Email__c, Name"_s}} << u"emailField"_s << u"v61.0"_s;
    QTest::newRow("version without v") << QJsonObject{{u"apiVersion"_s, u"62.0"_s}} << QString() << u"v62.0"_s;
    QTest::newRow("whole number") << QJsonObject{{u"apiVersion"_s, u"v60"_s}} << QString() << u"v60.0"_s;
    QTest::newRow("not a version") << QJsonObject{{u"apiVersion"_s, u"latest"_s}} << QString() << QString();
    QTest::newRow("path in version") << QJsonObject{{u"apiVersion"_s, u"v61.0/../x"_s}} << QString() << QString();
}

void TestSalesforcePoller::options_fieldNamesAndVersion()
{
    QFETCH(QJsonObject, options);
    const SourceConfig source{u"shop"_s, u"salesforce"_s, {}, true, options};
    QTEST(SalesforcePoller::badFieldOption(source), "badOption");
    QTEST(SalesforcePoller::apiVersionOf(source), "version");
}

void TestSalesforcePoller::apiUsage_header_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("allocation");

    QTest::newRow("plain") << QByteArray("api-usage=25/15000") << qint64(25) << qint64(15000);
    QTest::newRow("with bursts") << QByteArray("api-usage=110018/100000; api-bursts=1/750") << qint64(110018)
                                 << qint64(100000);
    QTest::newRow("per app first") << QByteArray("per-app-api-usage=17/250(appName=x); api-usage=18/5000") << qint64(18)
                                   << qint64(5000);
    QTest::newRow("absent") << QByteArray() << qint64(-1) << qint64(-1);
    QTest::newRow("per app only") << QByteArray("per-app-api-usage=17/250(appName=x)") << qint64(-1) << qint64(-1);
}

void TestSalesforcePoller::apiUsage_header()
{
    QFETCH(QByteArray, header);
    const auto usage = SalesforcePoller::apiUsage(header);
    QTEST(usage ? usage->first : qint64(-1), "used");
    QTEST(usage ? usage->second : qint64(-1), "allocation");
}

void TestSalesforcePoller::fetch_sendsContract()
{
    Org org;
    QVERIFY(org.start());
    org.api.upsertOrder(sfOrder(1, Start.addSecs(-120)));
    FakeSalesforceApi::Order business = sfOrder(2, Start.addSecs(-60));
    business.email.clear(); // no Bill To contact
    org.api.upsertOrder(business);
    org.api.upsertOrder(sfOrder(3, Start.addDays(-3))); // before the window
    SalesforcePoller poller;
    const PollRequest request = requestFor(org.login.baseUrl());
    const PollOutcome outcome = fetchOnce(poller, request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));

    QCOMPARE(org.login.requestCount(), 1);
    const auto token = org.login.requests().first();
    QCOMPARE(token.status, 200);
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.path, TokenPath.toUtf8());
    const QUrlQuery form(QString::fromUtf8(token.body));
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), RefreshToken);
    QCOMPARE(form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), ClientId);
    QCOMPARE(form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), ClientSecret);

    QCOMPARE(org.api.requestCount(), 1);
    const auto query = org.api.requests().first();
    QCOMPARE(query.status, 200);
    QCOMPARE(query.method, QByteArray("GET"));
    QCOMPARE(query.path, QByteArray("/services/data/v61.0/query"));
    QCOMPARE(query.headers.value("authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(query.query.queryItems().size(), 1);
    QVERIFY(!query.query.query(QUrl::FullyEncoded).contains(u'+'));
    QCOMPARE(org.api.lastSoql(), SalesforcePoller::query(request.windowStart, request.source));

    QCOMPARE(outcome.page->events.size(), 2);
    QCOMPARE(outcome.page->events.at(0).orderId, sfOrder(1, {}).id);
    QCOMPARE(outcome.page->events.at(0).customerEmail, u"buyer1@example.com"_s);
    QCOMPARE(outcome.page->events.at(0).customerName, u"Ada Lovelace"_s);
    QCOMPARE(outcome.page->events.at(1).customerName, u"Analytical Engines Ltd"_s);
    QCOMPARE(outcome.page->newestSeen, Start.addSecs(-60));
    QVERIFY(!outcome.page->more);
    QCOMPARE(outcome.page->waitBeforeNextMs, qint64(0));

    // The token is kept: Salesforce gives no expiry, it is used until refused.
    QVERIFY(fetchOnce(poller, request).ok());
    QCOMPARE(org.login.tokensIssued(), 1);
    QCOMPARE(org.api.requestCount(), 2);
}

void TestSalesforcePoller::fetch_pagesFollowNextRecordsUrl()
{
    Org org;
    QVERIFY(org.start());
    org.api.setBatchSize(2);
    for (int i = 0; i < 5; ++i) {
        org.api.upsertOrder(sfOrder(10 + i, Start.addSecs(-600 + i * 10)));
    }
    SalesforcePoller poller;
    PollRequest request = requestFor(org.login.baseUrl());
    QStringList seen;
    QList<int> sizes;
    for (int i = 0; i < 5; ++i) {
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        sizes.append(static_cast<int>(outcome.page->events.size()));
        for (const OrderEvent &event : outcome.page->events) {
            seen.append(event.orderId);
        }
        if (!outcome.page->more) {
            break;
        }
        QVERIFY(outcome.page->nextPageToken.startsWith(u"/services/data/v61.0/query/01g"_s));
        request.pageToken = outcome.page->nextPageToken;
    }
    QCOMPARE(sizes, (QList<int>{2, 2, 1}));
    QCOMPARE(seen.size(), 5);
    QCOMPARE(seen.first(), sfOrder(10, {}).id); // oldest change first
    QCOMPARE(seen.last(), sfOrder(14, {}).id);
    QCOMPARE(org.api.requestCount(), 3);
    QCOMPARE(org.api.requests().at(1).path, QByteArray("/services/data/v61.0/query/01gD0000002HU6K001-2"));
    QCOMPARE(org.api.requests().at(2).path, QByteArray("/services/data/v61.0/query/01gD0000002HU6K001-4"));
    QVERIFY(org.api.requests().at(2).query.isEmpty());
    QCOMPARE(org.login.tokensIssued(), 1);

    // A next page that is not a query path on the instance is never asked for.
    for (const QString &evil : {u"https://evil.example.com/services/data/v61.0/query/01g-2"_s,
                                u"//evil.example.com/services/data/v61.0/query/01g-2"_s,
                                u"/services/data/../../id/00D"_s, u"/id/00D5e000000KQ2eEAG"_s}) {
        request.pageToken = evil;
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(!outcome.ok(), qPrintable(evil));
        QVERIFY(outcome.error->retryable);
    }
    QCOMPARE(org.api.requestCount(), 3);
}

void TestSalesforcePoller::fetch_401_newTokenOnce_laterPageRestartsQuery()
{
    Org org;
    QVERIFY(org.start());
    org.api.setBatchSize(2);
    for (int i = 0; i < 3; ++i) {
        org.api.upsertOrder(sfOrder(20 + i, Start.addSecs(-300 + i)));
    }
    SalesforcePoller poller;
    PollRequest request = requestFor(org.login.baseUrl());
    const PollOutcome first = fetchOnce(poller, request);
    QVERIFY(first.ok() && first.page->more);

    // The session ends (timeout, or refresh token rotation): Salesforce answers 401 INVALID_SESSION_ID.
    org.login.revokeAll();
    request.pageToken = first.page->nextPageToken;
    const PollOutcome again = fetchOnce(poller, request);
    QVERIFY2(again.ok(), qPrintable(again.error ? again.error->detail : QString()));
    QCOMPARE(org.login.tokensIssued(), 2);
    QCOMPARE(org.api.requestCount(), 3);
    QCOMPARE(org.api.requests().at(1).status, 401);
    // The old session's locator is gone with it: the query again, from the run's window start.
    QCOMPARE(org.api.requests().at(2).path, QByteArray("/services/data/v61.0/query"));
    QCOMPARE(org.api.requests().at(2).headers.value("authorization"), QByteArray("Bearer token-2"));
    QCOMPARE(again.page->events.size(), 2);
    QCOMPARE(again.page->events.first().orderId, sfOrder(20, {}).id);
    QVERIFY(again.page->more);

    // Refused with the new token too: asked once more, not in a loop, and the owner is told.
    org.api.queueModes({FakePlatformServer::Mode::Unauthorized401, FakePlatformServer::Mode::Unauthorized401});
    request.pageToken.clear();
    const PollOutcome refused = fetchOnce(poller, request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->code, ErrorCode::Unauthorized);
    QVERIFY(!refused.error->retryable);
    QCOMPARE(org.api.requestCount(), 5);
    QCOMPARE(org.login.tokensIssued(), 3);
    QVERIFY(refused.error->detail.contains(u"INVALID_SESSION_ID"_s));
    QVERIFY(!mentionsSecret(*refused.error));
}

void TestSalesforcePoller::fetch_rotatedRefreshToken_carriedAndUsed_data()
{
    QTest::addColumn<bool>("saveRenewed");

    QTest::newRow("caller saves each new token") << true;
    QTest::newRow("caller still sends the first token") << false;
}

void TestSalesforcePoller::fetch_rotatedRefreshToken_carriedAndUsed()
{
    QFETCH(bool, saveRenewed);
    Org org;
    QVERIFY(org.start());
    org.login.setRotateRefreshTokens(true); // the connected app's "Enable Refresh Token Rotation"
    org.api.upsertOrder(sfOrder(30, Start.addSecs(-60)));
    SalesforcePoller poller;
    PollRequest request = requestFor(org.login.baseUrl());
    const auto renewedOf = [](const PollOutcome &outcome) { return outcome.renewedSecrets.value(u"refreshToken"_s); };

    // The first refresh rotates; the query then fails: the failure still carries the new token.
    org.api.queueModes({FakePlatformServer::Mode::ServerError500});
    const PollOutcome failed = fetchOnce(poller, request);
    QVERIFY(!failed.ok());
    QCOMPARE(renewedOf(failed), u"rt-1/a+b"_s);
    QCOMPARE(org.login.refreshToken(), u"rt-1/a+b"_s);
    if (saveRenewed) {
        request.secrets.insert(u"refreshToken"_s, renewedOf(failed));
    }

    // The access token is kept: no refresh, nothing renewed.
    const PollOutcome kept = fetchOnce(poller, request);
    QVERIFY2(kept.ok(), qPrintable(kept.error ? kept.error->detail : QString()));
    QCOMPARE(org.login.tokensIssued(), 1);
    QCOMPARE(renewedOf(kept), saveRenewed ? QString() : u"rt-1/a+b"_s);

    // Sessions end again and again: each 401 retry refreshes with the newest token (the fake refuses a used
    // one), and the outcome names the token issued last.
    for (int round = 2; round <= 4; ++round) {
        org.login.revokeAll();
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        QCOMPARE(org.login.refreshTokensRotated(), round);
        QCOMPARE(renewedOf(outcome), org.login.refreshToken());
        if (saveRenewed) {
            request.secrets.insert(u"refreshToken"_s, renewedOf(outcome));
        }
    }
    QCOMPARE(org.login.tokensIssued(), 4);
    QCOMPARE(org.api.requests().constLast().headers.value("authorization"), QByteArray("Bearer token-4"));
}

void TestSalesforcePoller::fetch_lostLocator_restartsQueryOnce()
{
    Org org;
    QVERIFY(org.start());
    org.api.setBatchSize(1);
    org.api.upsertOrder(sfOrder(30, Start.addSecs(-200)));
    org.api.upsertOrder(sfOrder(31, Start.addSecs(-100)));
    SalesforcePoller poller;
    PollRequest request = requestFor(org.login.baseUrl());
    const PollOutcome first = fetchOnce(poller, request);
    QVERIFY(first.ok() && first.page->more);
    org.api.dropLocators(); // unused for 15 minutes
    request.pageToken = first.page->nextPageToken;
    const PollOutcome again = fetchOnce(poller, request);
    QVERIFY2(again.ok(), qPrintable(again.error ? again.error->detail : QString()));
    QCOMPARE(org.api.requests().at(1).status, 400);
    QCOMPARE(org.api.requests().at(2).path, QByteArray("/services/data/v61.0/query"));
    QCOMPARE(again.page->events.first().orderId, sfOrder(30, {}).id);
    QCOMPARE(org.login.tokensIssued(), 1);
}

void TestSalesforcePoller::fetch_nearDailyLimit_keepsPageThenPauses()
{
    Org org;
    QVERIFY(org.start());
    org.api.setBatchSize(1);
    org.api.upsertOrder(sfOrder(40, Start.addSecs(-200)));
    org.api.upsertOrder(sfOrder(41, Start.addSecs(-100)));
    org.api.setApiUsage(14240, 15000); // the answer says 14241/15000: just under 95 %
    auto clock = std::make_shared<ManualClock>(Start);
    SalesforcePoller poller(clock);
    PollRequest request = requestFor(org.login.baseUrl());
    const PollOutcome under = fetchOnce(poller, request);
    QVERIFY(under.ok());
    QCOMPARE(under.page->waitBeforeNextMs, qint64(0));

    org.api.setApiUsage(14249, 15000); // 14250/15000 = 95 %
    const PollOutcome at = fetchOnce(poller, request);
    QVERIFY(at.ok()); // the page is kept
    QCOMPARE(at.page->events.size(), 1);
    QCOMPARE(at.page->waitBeforeNextMs, SalesforcePoller::PauseMs);

    clock->advance(10 * 60 * 1000);
    const int asked = org.api.requestCount();
    const PollOutcome paused = fetchOnce(poller, request);
    QVERIFY(!paused.ok());
    QCOMPARE(paused.error->code, ErrorCode::RateLimited);
    QVERIFY(paused.error->retryable);
    QCOMPARE(paused.retryAfterMs.value_or(-1), SalesforcePoller::PauseMs - 10 * 60 * 1000);
    QVERIFY(paused.error->message.contains(u"Linen orders"_s));
    QCOMPARE(org.api.requestCount(), asked); // Salesforce was not asked

    clock->advance(SalesforcePoller::PauseMs);
    org.api.setApiUsage(100, 15000); // a day later
    QVERIFY(fetchOnce(poller, request).ok());
    QCOMPARE(org.api.requestCount(), asked + 1);
}

void TestSalesforcePoller::fetch_failures_data()
{
    QTest::addColumn<QList<FakePlatformServer::Mode>>("modes");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("refreshToken");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("mentions"); // the owner's message names this

    using Mode = FakePlatformServer::Mode;
    const QList<Mode> serve;
    const QJsonObject none;
    QTest::newRow("daily API allocation used up")
        << QList<Mode>{Mode::Throttled} << none << RefreshToken << ClientSecret << ErrorCode::RateLimited << true
        << SalesforcePoller::LimitRetryMs << u"24 hours"_s;
    QTest::newRow("429") << QList<Mode>{Mode::RateLimit429} << none << RefreshToken << ClientSecret
                         << ErrorCode::RateLimited << true << qint64(2000) << QString();
    QTest::newRow("503") << QList<Mode>{Mode::Unavailable503} << none << RefreshToken << ClientSecret
                         << ErrorCode::ProviderFailed << true << qint64(2000) << QString();
    QTest::newRow("500") << QList<Mode>{Mode::ServerError500} << none << RefreshToken << ClientSecret
                         << ErrorCode::ProviderFailed << true << qint64(-1) << QString();
    QTest::newRow("custom field typo") << serve << QJsonObject{{u"trackingNumberField"_s, u"Tracking_No__c"_s}}
                                       << RefreshToken << ClientSecret << ErrorCode::Config << false << qint64(-1)
                                       << u"\"Tracking_No__c\""_s;
    QTest::newRow("not a field name") << serve << QJsonObject{{u"carrierField"_s, u"Carrier name"_s}} << RefreshToken
                                      << ClientSecret << ErrorCode::Config << false << qint64(-1) << u"Carrier name"_s;
    QTest::newRow("unknown API version (404)")
        << serve << QJsonObject{{u"apiVersion"_s, u"v20.0"_s}} << RefreshToken << ClientSecret << ErrorCode::Config
        << false << qint64(-1) << u"v20.0"_s;
    QTest::newRow("not an API version") << serve << QJsonObject{{u"apiVersion"_s, u"newest"_s}} << RefreshToken
                                        << ClientSecret << ErrorCode::Config << false << qint64(-1) << u"v61.0"_s;
    QTest::newRow("refresh token revoked (invalid_grant)")
        << serve << none << u"5Aep861revoked"_s << ClientSecret << ErrorCode::Unauthorized << false << qint64(-1)
        << QString();
    QTest::newRow("wrong consumer secret (invalid_client)")
        << serve << none << RefreshToken << u"wrong-secret"_s << ErrorCode::Unauthorized << false << qint64(-1)
        << QString();
    QTest::newRow("no refresh token") << serve << none << QString() << ClientSecret << ErrorCode::Config << false
                                      << qint64(-1) << QString();
    QTest::newRow("no consumer key") << serve << QJsonObject{{u"clientId"_s, u""_s}} << RefreshToken << ClientSecret
                                     << ErrorCode::Config << false << qint64(-1) << QString();
    QTest::newRow("login host unreachable")
        << serve << QJsonObject{{u"baseUrl"_s, u"http://127.0.0.1:1"_s}} << RefreshToken << ClientSecret
        << ErrorCode::Network << true << qint64(-1) << QString();
}

void TestSalesforcePoller::fetch_failures()
{
    QFETCH(QList<FakePlatformServer::Mode>, modes);
    QFETCH(QJsonObject, options);
    QFETCH(QString, refreshToken);
    QFETCH(QString, clientSecret);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, mentions);
    Org org;
    QVERIFY(org.start());
    org.api.upsertOrder(sfOrder(50, Start.addSecs(-60)));
    org.api.queueModes(modes);
    SalesforcePoller poller;
    PollRequest request = requestFor(org.login.baseUrl(), options);
    request.secrets = secrets(refreshToken, clientSecret);
    const PollOutcome outcome = fetchOnce(poller, request);
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY(!outcome.error->message.isEmpty());
    QVERIFY2(mentions.isEmpty() || outcome.error->message.contains(mentions), qPrintable(outcome.error->message));
    QVERIFY2(!mentionsSecret(*outcome.error), qPrintable(outcome.error->message + outcome.error->detail));
    QVERIFY(!outcome.error->message.contains(refreshToken.isEmpty() ? RefreshToken : refreshToken));
    QVERIFY(!outcome.error->detail.contains(clientSecret.isEmpty() ? ClientSecret : clientSecret));
}

void TestSalesforcePoller::fetch_salesforceErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("mentions");

    const auto error = FakeSalesforceApi::errorBody;
    QTest::newRow("API not enabled for the org")
        << 403 << error(u"API_DISABLED_FOR_ORG"_s, u"API is not enabled for this Organization or Partner"_s)
        << ErrorCode::Unauthorized << false << qint64(-1) << u"API Enabled"_s;
    QTest::newRow("orders not enabled") << 400 << error(u"INVALID_TYPE"_s, u"sObject type 'Order' is not supported."_s)
                                        << ErrorCode::Config << false << qint64(-1) << u"Enable Orders"_s;
    QTest::newRow("malformed query") << 400 << error(u"MALFORMED_QUERY"_s, u"unexpected token: FROM"_s)
                                     << ErrorCode::Config << false << qint64(-1) << u"field names"_s;
    QTest::newRow("relationship typo")
        << 400
        << error(u"INVALID_FIELD"_s,
                 u"Didn't understand relationship 'Shipment__r' in field path. If you are attempting to use a "
                 "custom relationship, be sure to append the '__r' after the custom relationship name."_s)
        << ErrorCode::Config << false << qint64(-1) << u"\"Shipment__r\""_s;
    QTest::newRow("too many concurrent long requests")
        << 403 << error(u"REQUEST_LIMIT_EXCEEDED"_s, u"ConcurrentPerOrgLongTxn Limit exceeded."_s)
        << ErrorCode::RateLimited << true << SalesforcePoller::ConcurrentRetryMs << QString();
    QTest::newRow("HTML instead of JSON") << 200 << QByteArray("<html><body>Down for maintenance</body></html>")
                                          << ErrorCode::ProviderFailed << true << qint64(-1) << QString();
    QTest::newRow("not JSON with an error status") << 502 << QByteArray("<html>Bad gateway</html>")
                                                   << ErrorCode::ProviderFailed << true << qint64(-1) << QString();
}

void TestSalesforcePoller::fetch_salesforceErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, mentions);
    Org org;
    QVERIFY(org.start());
    org.api.upsertOrder(sfOrder(70, Start.addSecs(-60)));
    org.api.queueAnswer(status, body);
    SalesforcePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(org.login.baseUrl()));
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY2(mentions.isEmpty() || outcome.error->message.contains(mentions), qPrintable(outcome.error->message));
    QVERIFY2(outcome.error->message.contains(u"Linen orders"_s) || outcome.error->code == ErrorCode::ProviderFailed,
             qPrintable(outcome.error->message));
    QVERIFY(!mentionsSecret(*outcome.error));
    QCOMPARE(org.login.tokensIssued(), 1); // not a sign-in problem: no new token
}

void TestSalesforcePoller::fetch_plainHttpToOtherHost_refused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<int>("tokenRequests");

    QTest::newRow("login host") << u"http://login.example.com"_s << QString() << 0;
    QTest::newRow("instance_url from the token answer") << QString() << u"http://na1.example.com"_s << 1;
    QTest::newRow("instance_url not a web address") << QString() << u"javascript:alert(1)"_s << 1;
}

void TestSalesforcePoller::fetch_plainHttpToOtherHost_refused()
{
    QFETCH(QString, login);
    QFETCH(QString, instance);
    QFETCH(int, tokenRequests);
    Org org;
    QVERIFY(org.start());
    if (!instance.isEmpty()) {
        org.login.setExtra(QJsonObject{{u"instance_url"_s, instance}});
    }
    SalesforcePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(login.isEmpty() ? org.login.baseUrl() : QUrl(login)));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY(!outcome.error->retryable);
    QCOMPARE(org.login.requestCount(), tokenRequests);
    QCOMPARE(org.api.requestCount(), 0);
}

void TestSalesforcePoller::scheduler_backfillQuietThenEachChangeOnce_restartNothingTwice()
{
    Org org;
    QVERIFY(org.start());
    org.api.setCustomFields({u"Tracking_Number__c"_s, u"Carrier__c"_s});
    FakeSalesforceApi::Order paid = sfOrder(60, Start.addSecs(-3600));
    paid.status = paid.statusCode = u"Activated"_s;
    org.api.upsertOrder(paid);
    const QJsonObject options{{u"statusMap"_s, QJsonObject{{u"Shipped"_s, u"shipped"_s}}},
                              {u"trackingNumberField"_s, u"Tracking_Number__c"_s},
                              {u"carrierField"_s, u"Carrier__c"_s}};
    const SourceConfig source = salesforceSource(org.login.baseUrl(), options);
    const PollScheduler::SourceSecrets sourceSecrets{{u"shop"_s, secrets()}};
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    {
        PollRig rig(dir.path(), clock);
        QVERIFY(rig.opened && rig.schedulerOpened);
        rig.scheduler->setSources({source}, sourceSecrets);
        rig.scheduler->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.failed->count(), 0);
        QCOMPARE(rig.lastFound(), 1); // the backfill: stored, nobody notified
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
        QVERIFY(rig.cursor()->backfillDone);

        // The order ships with a tracking number, and a new order arrives.
        FakeSalesforceApi::Order shipped = org.api.order(sfOrder(60, {}).id);
        shipped.status = u"Shipped"_s;
        shipped.statusCode = u"Activated"_s;
        shipped.custom = {{u"Tracking_Number__c"_s, u"1Z999AA10123456784"_s}, {u"Carrier__c"_s, u"UPS"_s}};
        shipped.modstamp = Start.addSecs(60);
        org.api.upsertOrder(shipped);
        org.api.upsertOrder(sfOrder(61, Start.addSecs(90)));
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM shipments WHERE tracking_number = '1Z999AA10123456784'"_s), 1);
        QCOMPARE(rig.cursor()->newestSeen, Start.addSecs(90));

        // The same orders again inside the overlap: nothing new.
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 0);
        QCOMPARE(rig.failed->count(), 0);
    }
    // A restart on the same data dir finds nothing twice.
    clock->advance(120 * 1000);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({source}, sourceSecrets);
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    QCOMPARE(rig.failed->count(), 0);
}

QTEST_GUILESS_MAIN(TestSalesforcePoller)
#include "tst_salesforcepoller.moc"
