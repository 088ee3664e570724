#include "dispatch/clock.h"
#include "fakes/fakehubspotcrm.h"
#include "fakes/pollrig.h"
#include "sources/hubspotadapter.h"
#include "sources/polling/hubspotpoller.h"

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
const QString Token = u"pat-eu1-7d2f0c4e-1b5a-4c3d-9e8f-0a1b2c3d4e5f"_s;
const QString StageMap = uR"({"closedwon": "paid", "closedlost": "cancelled", "4b27b500": "paid",
                              "4b27b501": "shipped", "4b27b502": "delivered"})"_s;

SourceConfig hubspotSource(const QUrl &baseUrl, const QJsonObject &extra = {})
{
    QJsonObject options{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, baseUrl.toString()}, {u"statusMap"_s, StageMap}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"shop"_s, u"hubspot"_s, u"Pottery CRM"_s, true, options};
}

SourceConfig bothSource(const QUrl &baseUrl = {})
{
    return hubspotSource(baseUrl, {{u"objects"_s, u"both"_s}});
}

PollRequest requestFor(const QUrl &baseUrl, const QString &token = Token, const QJsonObject &extra = {})
{
    PollRequest request;
    request.source = hubspotSource(baseUrl, extra);
    request.secrets = {{u"accessToken"_s, token}};
    request.windowStart = Start.addDays(-1);
    return request;
}

FakeHubSpotCrm::Record crmRecord(int id, const QDateTime &modifiedAt, const QString &stage = u"closedwon"_s,
                                 const QStringList &contacts = {})
{
    FakeHubSpotCrm::Record record;
    record.id = QString::number(id);
    record.modifiedAt = modifiedAt;
    record.stage = stage;
    record.contactIds = contacts;
    return record;
}

FakeHubSpotCrm::Contact contact(int id, const QString &email)
{
    FakeHubSpotCrm::Contact person;
    person.id = QString::number(id);
    person.email = email;
    return person;
}

QJsonObject searchRecord(const QString &id, const QDateTime &modified, const QJsonObject &properties)
{
    QJsonObject all = properties;
    all.insert(u"hs_object_id"_s, id);
    all.insert(u"hs_lastmodifieddate"_s, FakeHubSpotCrm::hubSpotTime(modified));
    return QJsonObject{{u"id"_s, id},
                       {u"properties"_s, all},
                       {u"createdAt"_s, FakeHubSpotCrm::hubSpotTime(modified.addDays(-1))},
                       {u"updatedAt"_s, FakeHubSpotCrm::hubSpotTime(modified)},
                       {u"archived"_s, false}};
}

// A search answer holding one deal per time, with `after` as paging.next.after when set.
QByteArray dealsAnswer(const QList<QDateTime> &times, const QString &after = {})
{
    QJsonArray results;
    int id = 100;
    for (const QDateTime &time : times) {
        results.append(searchRecord(QString::number(id++), time, {{u"dealstage"_s, u"closedwon"_s}}));
    }
    QJsonObject body{{u"total"_s, results.size()}, {u"results"_s, results}};
    if (!after.isEmpty()) {
        body.insert(u"paging"_s, QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, after}}}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject bodyOf(const FakePlatformServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// Waits for the next run to end, moving the clock on while the scheduler pauses between pages.
bool settleRun(PollRig &rig, ManualClock &clock)
{
    const qsizetype target = rig.finished->count() + rig.failed->count() + 1;
    for (int i = 0; i < 200; ++i) {
        rig.scheduler->wake();
        if (QTest::qWaitFor([&] { return rig.finished->count() + rig.failed->count() >= target; }, 50)) {
            return true;
        }
        clock.advance(HubSpotPoller::SearchIntervalMs);
    }
    return false;
}

void checkNoSecret(const PollOutcome &outcome, const QString &secret)
{
    QVERIFY(outcome.error);
    QVERIFY(!outcome.error->message.contains(secret));
    QVERIFY(!outcome.error->detail.contains(secret));
}

} // namespace

class TestHubSpotPoller : public QObject
{
    Q_OBJECT

private slots:
    void stageStatus_throughTheAdaptersStageMap_data();
    void stageStatus_throughTheAdaptersStageMap();
    void objects_option_data();
    void objects_option();
    void pageToken_roundTrip();
    void pageToken_rejectsOthers_data();
    void pageToken_rejectsOthers();
    void searchBody_contract();
    void customers_firstContactWithEmail();
    void parse_dealsAndOrders_idsCustomerTracking();
    void parse_fulfillmentStatus_data();
    void parse_fulfillmentStatus();
    void parse_paging_data();
    void parse_paging();
    void parse_both_newestSeenNeverPassesUnread();
    void parse_notASearchResult_retryable_data();
    void parse_notASearchResult_retryable();
    void endpoint_keepsPrefix();
    void fetch_sendsContract();
    void fetch_pages_data();
    void fetch_pages();
    void fetch_both_dealsThenOrders();
    void fetch_manyContacts_readInBatchesOf100();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_networkError_retryable();
    void fetch_missingToken_config();
    void fetch_plainHttpToOtherHost_refused();
    void scheduler_bothBackfillQuietThenChangesOnceAndRestart();
    void scheduler_bothOrdersFail_cursorStaysBeforeUnreadOrders();
};

void TestHubSpotPoller::stageStatus_throughTheAdaptersStageMap_data()
{
    QTest::addColumn<QString>("statusMap");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<OrderStatus>("expected");

    QTest::newRow("default deal stage, mapped") << StageMap << u"closedwon"_s << OrderStatus::Paid;
    QTest::newRow("closed lost") << StageMap << u"closedlost"_s << OrderStatus::Cancelled;
    QTest::newRow("order stage id") << StageMap << u"4b27b501"_s << OrderStatus::Shipped;
    QTest::newRow("case and spaces") << StageMap << u"  ClosedWon "_s << OrderStatus::Paid;
    QTest::newRow("custom numeric stage")
        << uR"({"12345678": "delivered"})"_s << u"12345678"_s << OrderStatus::Delivered;
    QTest::newRow("unmapped stage") << StageMap << u"appointmentscheduled"_s << OrderStatus::Unknown;
    QTest::newRow("no map: no defaults") << QString() << u"closedwon"_s << OrderStatus::Unknown;
    QTest::newRow("empty stage") << StageMap << QString() << OrderStatus::Unknown;
}

void TestHubSpotPoller::stageStatus_throughTheAdaptersStageMap()
{
    QFETCH(QString, statusMap);
    QFETCH(QString, stage);
    SourceConfig source = hubspotSource(QUrl());
    source.options.insert(u"statusMap"_s, statusMap);
    const StatusMap stages = HubSpotAdapter::stageMap(source);
    QVERIFY(stages.problems().isEmpty());
    QTEST(HubSpotPoller::stageStatus(stage, stages), "expected");
}

void TestHubSpotPoller::objects_option_data()
{
    QTest::addColumn<QJsonValue>("option");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("default") << QJsonValue() << QStringList{u"deals"_s};
    QTest::newRow("deals") << QJsonValue(u"deals"_s) << QStringList{u"deals"_s};
    QTest::newRow("orders") << QJsonValue(u" Orders "_s) << QStringList{u"orders"_s};
    QTest::newRow("both") << QJsonValue(u"both"_s) << QStringList{u"deals"_s, u"orders"_s};
    QTest::newRow("unknown: deals") << QJsonValue(u"tickets"_s) << QStringList{u"deals"_s};
}

void TestHubSpotPoller::objects_option()
{
    QFETCH(QJsonValue, option);
    SourceConfig source = hubspotSource(QUrl());
    if (!option.isUndefined() && !option.isNull()) {
        source.options.insert(u"objects"_s, option);
    }
    QTEST(HubSpotPoller::objectsOf(source), "expected");
}

void TestHubSpotPoller::pageToken_roundTrip()
{
    const QStringList both{u"deals"_s, u"orders"_s};
    HubSpotPoller::PageToken token{u"orders"_s, u"a&b=c 9+%"_s, 1772409600123, 1772413200000};
    const auto decoded = HubSpotPoller::PageToken::decode(token.encode(), both);
    QVERIFY(decoded);
    QCOMPARE(decoded->object, token.object);
    QCOMPARE(decoded->after, token.after);
    QCOMPARE(decoded->fromMs, token.fromMs);
    QCOMPARE(decoded->dealsReadMs, token.dealsReadMs);

    const HubSpotPoller::PageToken first{u"deals"_s, {}, std::nullopt, std::nullopt};
    const auto plain = HubSpotPoller::PageToken::decode(first.encode(), both);
    QVERIFY(plain);
    QVERIFY(plain->after.isEmpty());
    QVERIFY(!plain->fromMs);
    QVERIFY(!plain->dealsReadMs);
}

void TestHubSpotPoller::pageToken_rejectsOthers_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("other object") << u"object=tickets&after=100"_s;
    QTest::newRow("orders when only deals are read") << u"object=orders"_s;
    QTest::newRow("a page number") << u"2"_s;
    QTest::newRow("bad from") << u"object=deals&from=yesterday"_s;
    QTest::newRow("negative deals time") << u"object=deals&dealsRead=-5"_s;
}

void TestHubSpotPoller::pageToken_rejectsOthers()
{
    QFETCH(QString, text);
    QVERIFY(!HubSpotPoller::PageToken::decode(text, {u"deals"_s}));
}

void TestHubSpotPoller::searchBody_contract()
{
    const QJsonObject body =
        QJsonDocument::fromJson(HubSpotPoller::searchBody(u"orders"_s, 1772312400000, u"200"_s)).object();
    const QJsonObject filter = body["filterGroups"_L1][0]["filters"_L1][0].toObject();
    QCOMPARE(body.value("filterGroups"_L1).toArray().size(), 1);
    QCOMPARE(filter.value("propertyName"_L1).toString(), u"hs_lastmodifieddate"_s);
    QCOMPARE(filter.value("operator"_L1).toString(), u"GTE"_s);
    QCOMPARE(filter.value("value"_L1).toString(), u"1772312400000"_s);
    QCOMPARE(body["sorts"_L1][0]["propertyName"_L1].toString(), u"hs_lastmodifieddate"_s);
    QCOMPARE(body["sorts"_L1][0]["direction"_L1].toString(), u"ASCENDING"_s);
    QCOMPARE(body.value("limit"_L1).toInt(), 100);
    QCOMPARE(body.value("after"_L1).toString(), u"200"_s);
    const QJsonArray properties = body.value("properties"_L1).toArray();
    for (const char *name :
         {"hs_order_name", "hs_pipeline_stage", "hs_fulfillment_status", "hs_shipping_tracking_number",
          "hs_shipping_status_url", "hs_currency_code", "hs_total_price", "hs_lastmodifieddate"}) {
        QVERIFY2(properties.contains(QString::fromLatin1(name)), name);
    }
    const QJsonObject deals = QJsonDocument::fromJson(HubSpotPoller::searchBody(u"deals"_s, 0, {})).object();
    QVERIFY(!deals.contains("after"_L1)); // a query's first page has none
    QVERIFY(deals.value("properties"_L1).toArray().contains(u"dealstage"_s));
    QVERIFY(deals.value("properties"_L1).toArray().contains(u"amount"_s));
}

void TestHubSpotPoller::customers_firstContactWithEmail()
{
    const QJsonArray associations = QJsonDocument::fromJson(R"([
        {"from": {"id": "11"}, "to": [{"toObjectId": 501, "associationTypes": []},
                                      {"toObjectId": 502, "associationTypes": []}]},
        {"from": {"id": "12"}, "to": [{"toObjectId": 503, "associationTypes": []}]},
        {"from": {"id": "13"}, "to": [{"toObjectId": 999, "associationTypes": []}]}
    ])")
                                        .array();
    const QJsonArray contacts = QJsonDocument::fromJson(R"([
        {"id": "501", "properties": {"email": null, "firstname": "No", "lastname": "Mail"}},
        {"id": "502", "properties": {"email": "grace@example.org", "firstname": "Grace", "lastname": "Hopper",
                                     "phone": "+1 555 0100", "hs_language": "en-us"}},
        {"id": "503", "properties": {"email": "ada@example.com", "firstname": "Ada", "lastname": ""}}
    ])")
                                    .array();
    const auto customers = HubSpotPoller::customersOf(associations, contacts);
    QCOMPARE(customers.size(), 2);
    QCOMPARE(customers.value(u"11"_s).email, u"grace@example.org"_s); // 501 has no email
    QCOMPARE(customers.value(u"11"_s).name, u"Grace Hopper"_s);
    QCOMPARE(customers.value(u"11"_s).phone, u"+1 555 0100"_s);
    QCOMPARE(customers.value(u"11"_s).locale, u"en-us"_s);
    QCOMPARE(customers.value(u"12"_s).name, u"Ada"_s);
    QVERIFY(!customers.contains(u"13"_s)); // its contact was not read
}

void TestHubSpotPoller::parse_dealsAndOrders_idsCustomerTracking()
{
    const QDateTime dealTime = Start.addSecs(-600).addMSecs(123);
    const QJsonObject deals{{u"total"_s, 1},
                            {u"results"_s, QJsonArray{searchRecord(u"18446744"_s, dealTime,
                                                                   {{u"dealname"_s, u"Mugs for Acme"_s},
                                                                    {u"dealstage"_s, u"closedwon"_s},
                                                                    {u"amount"_s, u"129.50"_s},
                                                                    {u"deal_currency_code"_s, u"EUR"_s}})}}};
    QHash<QString, HubSpotPoller::Customer> customers;
    customers.insert(u"18446744"_s, {u"ada@example.com"_s, u"Ada Lovelace"_s, u"+44 20 7946 0018"_s, u"en"_s});
    const HubSpotPoller::PageToken dealsToken{u"deals"_s, {}, std::nullopt, std::nullopt};
    const PollOutcome dealPage = HubSpotPoller::parsePage(QJsonDocument(deals).toJson(), customers, dealsToken,
                                                          Start.addDays(-1), {}, hubspotSource(QUrl()));
    QVERIFY(dealPage.ok());
    QCOMPARE(dealPage.page->events.size(), 1);
    const OrderEvent &deal = dealPage.page->events.first();
    QCOMPARE(deal.sourceType, u"hubspot"_s);
    QCOMPARE(deal.sourceId, u"shop"_s);
    QCOMPARE(deal.topic, u"poll/deals"_s);
    QCOMPARE(deal.orderId, u"18446744"_s);
    QCOMPARE(deal.orderNumber, u"18446744"_s);
    QCOMPARE(deal.rawOrderStatus, u"closedwon"_s);
    QCOMPARE(deal.orderStatus, OrderStatus::Paid);
    QCOMPARE(deal.totalPrice, u"129.50"_s);
    QCOMPARE(deal.currency, u"EUR"_s);
    QCOMPARE(deal.customerEmail, u"ada@example.com"_s);
    QCOMPARE(deal.customerName, u"Ada Lovelace"_s);
    QCOMPARE(deal.customerPhone, u"+44 20 7946 0018"_s);
    QCOMPARE(deal.customerLocale, u"en"_s);
    QCOMPARE(deal.occurredAt, dealTime);
    QVERIFY(!deal.hasShipment());
    QCOMPARE(dealPage.page->newestSeen, dealTime);
    QVERIFY(!dealPage.page->more);
    QVERIFY(dealPage.page->nextPageToken.isEmpty());
    QCOMPARE(dealPage.page->waitBeforeNextMs, 0);

    const QJsonObject orders{
        {u"total"_s, 2},
        {u"results"_s, QJsonArray{searchRecord(u"3141"_s, Start.addSecs(-300),
                                               {{u"hs_order_name"_s, u"#1042"_s},
                                                {u"hs_pipeline_stage"_s, u"4b27b501"_s},
                                                {u"hs_total_price"_s, u"64.00"_s},
                                                {u"hs_currency_code"_s, u"GBP"_s},
                                                {u"hs_shipping_tracking_number"_s, u"1Z999AA10123456784"_s},
                                                {u"hs_shipping_status_url"_s,
                                                 u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s},
                                                {u"hs_fulfillment_status"_s, u"In transit"_s}}),
                                  searchRecord(u"3142"_s, Start.addSecs(-200),
                                               {{u"hs_order_name"_s, QJsonValue::Null},
                                                {u"hs_pipeline_stage"_s, u"4b27b500"_s},
                                                {u"hs_shipping_tracking_number"_s, QJsonValue::Null},
                                                {u"hs_shipping_status_url"_s, u"javascript:alert(1)"_s}})}}};
    const HubSpotPoller::PageToken ordersToken{u"orders"_s, {}, std::nullopt, std::nullopt};
    const PollOutcome orderPage =
        HubSpotPoller::parsePage(QJsonDocument(orders).toJson(), {}, ordersToken, Start.addDays(-1), {},
                                 hubspotSource(QUrl(), {{u"objects"_s, u"orders"_s}}));
    QVERIFY(orderPage.ok());
    QCOMPARE(orderPage.page->events.size(), 2);
    const OrderEvent &shipped = orderPage.page->events.at(0);
    QCOMPARE(shipped.topic, u"poll/orders"_s);
    QCOMPARE(shipped.orderId, u"3141"_s);
    QCOMPARE(shipped.orderNumber, u"#1042"_s);
    QCOMPARE(shipped.orderStatus, OrderStatus::Shipped);
    QCOMPARE(shipped.totalPrice, u"64.00"_s);
    QCOMPARE(shipped.currency, u"GBP"_s);
    QCOMPARE(shipped.shipmentId, u"1Z999AA10123456784"_s);
    QCOMPARE(shipped.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(shipped.trackingUrl, QUrl(u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s));
    QCOMPARE(shipped.shipmentStatus, ShipmentStatus::InTransit);
    QCOMPARE(shipped.rawShipmentStatus, u"In transit"_s);
    QVERIFY(shipped.customerEmail.isEmpty()); // no associated contact
    const OrderEvent &paid = orderPage.page->events.at(1);
    QCOMPARE(paid.orderNumber, u"3142"_s); // no order name: the record id
    QCOMPARE(paid.orderStatus, OrderStatus::Paid);
    QVERIFY(!paid.hasShipment());
    QVERIFY(paid.trackingUrl.isEmpty());
    QCOMPARE(orderPage.page->newestSeen, Start.addSecs(-200));
    QVERIFY(orderPage.page->rawBody.contains("1Z999AA10123456784"));
}

void TestHubSpotPoller::parse_fulfillmentStatus_data()
{
    QTest::addColumn<QString>("fulfillment");
    QTest::addColumn<ShipmentStatus>("expected");

    QTest::newRow("none") << QString() << ShipmentStatus::LabelCreated;
    QTest::newRow("shipped") << u"Shipped"_s << ShipmentStatus::LabelCreated;
    QTest::newRow("in transit") << u"In transit"_s << ShipmentStatus::InTransit;
    QTest::newRow("out for delivery") << u"out-for-delivery"_s << ShipmentStatus::OutForDelivery;
    QTest::newRow("delivered") << u"DELIVERED"_s << ShipmentStatus::Delivered;
}

void TestHubSpotPoller::parse_fulfillmentStatus()
{
    QFETCH(QString, fulfillment);
    const QJsonObject orders{{u"results"_s, QJsonArray{searchRecord(u"7"_s, Start,
                                                                    {{u"hs_pipeline_stage"_s, u"4b27b501"_s},
                                                                     {u"hs_shipping_tracking_number"_s, u"JJD0001"_s},
                                                                     {u"hs_fulfillment_status"_s, fulfillment}})}}};
    const PollOutcome outcome =
        HubSpotPoller::parsePage(QJsonDocument(orders).toJson(), {}, {u"orders"_s, {}, std::nullopt, std::nullopt},
                                 Start.addDays(-1), {}, hubspotSource(QUrl(), {{u"objects"_s, u"orders"_s}}));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.page->events.size(), 1);
    QTEST(outcome.page->events.first().shipmentStatus, "expected");
}

void TestHubSpotPoller::parse_paging_data()
{
    QTest::addColumn<QString>("objects");
    QTest::addColumn<QString>("tokenText");
    QTest::addColumn<QList<QDateTime>>("times");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QDateTime>("answeredAt");
    QTest::addColumn<bool>("more");
    QTest::addColumn<QString>("nextObject");
    QTest::addColumn<QString>("nextAfter");
    QTest::addColumn<qint64>("nextFromMs");    // -1: none
    QTest::addColumn<qint64>("nextDealsRead"); // -1: none

    const QDateTime t1 = Start.addSecs(-90);
    const QDateTime t2 = Start.addSecs(-60);
    const QDateTime from = Start.addDays(-1);
    const qint64 fromMs = from.toMSecsSinceEpoch();
    QTest::newRow("next page") << u"deals"_s << QString() << QList<QDateTime>{t1, t2} << u"100"_s << QDateTime() << true
                               << u"deals"_s << u"100"_s << qint64(-1) << qint64(-1);
    QTest::newRow("last page before the cap")
        << u"deals"_s << u"object=deals&after=9800"_s << QList<QDateTime>{t1, t2} << u"9900"_s << QDateTime() << true
        << u"deals"_s << u"9900"_s << qint64(-1) << qint64(-1);
    QTest::newRow("10,000th result: slide to the newest change")
        << u"deals"_s << u"object=deals&after=9900"_s << QList<QDateTime>{t1, t2} << u"10000"_s << QDateTime() << true
        << u"deals"_s << QString() << t2.toMSecsSinceEpoch() << qint64(-1);
    QTest::newRow("a slid window keeps sliding")
        << u"orders"_s << u"object=orders&from=%1&after=9900"_s.arg(t1.toMSecsSinceEpoch()) << QList<QDateTime>{t1, t2}
        << u"10000"_s << QDateTime() << true << u"orders"_s << QString() << t2.toMSecsSinceEpoch() << qint64(-1);
    QTest::newRow("10,000 in one millisecond: one past it")
        << u"deals"_s << u"object=deals&from=%1&after=9900"_s.arg(t2.toMSecsSinceEpoch()) << QList<QDateTime>{t2, t2}
        << u"10000"_s << QDateTime() << true << u"deals"_s << QString() << t2.toMSecsSinceEpoch() + 1 << qint64(-1);
    QTest::newRow("last page of one object")
        << u"deals"_s << u"object=deals&after=100"_s << QList<QDateTime>{t1} << QString() << QDateTime() << false
        << QString() << QString() << qint64(-1) << qint64(-1);
    QTest::newRow("both: deals done, orders next, read up to the Date")
        << u"both"_s << QString() << QList<QDateTime>{t1, t2} << QString() << Start << true << u"orders"_s << QString()
        << qint64(-1) << Start.toMSecsSinceEpoch();
    QTest::newRow("both: no deals and no Date: the window start")
        << u"both"_s << QString() << QList<QDateTime>{} << QString() << QDateTime() << true << u"orders"_s << QString()
        << qint64(-1) << fromMs;
    QTest::newRow("both: orders done") << u"both"_s << u"object=orders&dealsRead=%1"_s.arg(fromMs)
                                       << QList<QDateTime>{t1} << QString() << Start << false << QString() << QString()
                                       << qint64(-1) << qint64(-1);
}

void TestHubSpotPoller::parse_paging()
{
    QFETCH(QString, objects);
    QFETCH(QString, tokenText);
    QFETCH(QList<QDateTime>, times);
    QFETCH(QString, after);
    QFETCH(QDateTime, answeredAt);
    QFETCH(QString, nextObject);
    QFETCH(qint64, nextFromMs);
    QFETCH(qint64, nextDealsRead);
    const SourceConfig source = hubspotSource(QUrl(), {{u"objects"_s, objects}});
    const auto token = tokenText.isEmpty()
                           ? std::optional(HubSpotPoller::PageToken{
                                 HubSpotPoller::objectsOf(source).first(), {}, std::nullopt, std::nullopt})
                           : HubSpotPoller::PageToken::decode(tokenText, HubSpotPoller::objectsOf(source));
    QVERIFY(token);
    const PollOutcome outcome =
        HubSpotPoller::parsePage(dealsAnswer(times, after), {}, *token, Start.addDays(-1), answeredAt, source);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.page->events.size(), times.size());
    QTEST(outcome.page->more, "more");
    QCOMPARE(outcome.page->waitBeforeNextMs, outcome.page->more ? HubSpotPoller::SearchIntervalMs : 0);
    if (!outcome.page->more) {
        QVERIFY(outcome.page->nextPageToken.isEmpty());
        return;
    }
    const auto next = HubSpotPoller::PageToken::decode(outcome.page->nextPageToken, HubSpotPoller::objectsOf(source));
    QVERIFY(next);
    QCOMPARE(next->object, nextObject);
    QTEST(next->after, "nextAfter");
    QCOMPARE(next->fromMs.value_or(-1), nextFromMs);
    QCOMPARE(next->dealsReadMs.value_or(-1), nextDealsRead);
}

void TestHubSpotPoller::parse_both_newestSeenNeverPassesUnread()
{
    const SourceConfig source = bothSource();
    const QDateTime window = Start.addDays(-1);
    // Deals pages, even the last, leave the cursor: orders are not read yet.
    const PollOutcome dealsFirst =
        HubSpotPoller::parsePage(dealsAnswer({Start.addSecs(-50)}, u"100"_s), {},
                                 {u"deals"_s, {}, std::nullopt, std::nullopt}, window, Start, source);
    QVERIFY(dealsFirst.ok());
    QVERIFY(!dealsFirst.page->newestSeen.isValid());
    const PollOutcome dealsLast =
        HubSpotPoller::parsePage(dealsAnswer({Start.addSecs(-40)}), {},
                                 {u"deals"_s, u"100"_s, std::nullopt, std::nullopt}, window, Start, source);
    QVERIFY(dealsLast.ok());
    QVERIFY(!dealsLast.page->newestSeen.isValid());
    const auto ordersToken = HubSpotPoller::PageToken::decode(dealsLast.page->nextPageToken, {u"deals"_s, u"orders"_s});
    QVERIFY(ordersToken);
    QCOMPARE(ordersToken->dealsReadMs.value_or(-1), Start.toMSecsSinceEpoch());

    // An orders page: its newest order, as that is before the time deals are read up to.
    const PollOutcome ordersFirst = HubSpotPoller::parsePage(dealsAnswer({Start.addSecs(-3000)}, u"100"_s), {},
                                                             *ordersToken, window, Start.addSecs(5), source);
    QVERIFY(ordersFirst.ok());
    QCOMPARE(ordersFirst.page->newestSeen, Start.addSecs(-3000));
    // The last orders page: orders are read up to its Date, deals only up to theirs.
    HubSpotPoller::PageToken lastToken = *ordersToken;
    lastToken.after = u"100"_s;
    const PollOutcome ordersLast =
        HubSpotPoller::parsePage(dealsAnswer({Start.addSecs(-2000)}), {}, lastToken, window, Start.addSecs(5), source);
    QVERIFY(ordersLast.ok());
    QVERIFY(!ordersLast.page->more);
    QCOMPARE(ordersLast.page->newestSeen, Start);
    // Orders newer than what deals were read to still stop at the deals' time.
    const PollOutcome ordersAhead = HubSpotPoller::parsePage(dealsAnswer({Start.addSecs(3)}, u"200"_s), {}, lastToken,
                                                             window, Start.addSecs(5), source);
    QCOMPARE(ordersAhead.page->newestSeen, Start);
}

void TestHubSpotPoller::parse_notASearchResult_retryable_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("html") << QByteArray("<html>Bad gateway</html>");
    QTest::newRow("truncated") << QByteArray(R"({"total": 2, "results": [{"id": "1")");
    QTest::newRow("no results") << QByteArray(R"({"status":"error","message":"x"})");
    QTest::newRow("results not a list") << QByteArray(R"({"results": {"id": "1"}})");
}

void TestHubSpotPoller::parse_notASearchResult_retryable()
{
    QFETCH(QByteArray, body);
    const PollOutcome outcome = HubSpotPoller::parsePage(body, {}, {u"deals"_s, {}, std::nullopt, std::nullopt}, Start,
                                                         {}, hubspotSource(QUrl()));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::ProviderFailed);
    QVERIFY(outcome.error->retryable);
}

void TestHubSpotPoller::endpoint_keepsPrefix()
{
    QCOMPARE(HubSpotPoller::endpoint(QUrl(u"https://api.hubapi.com"_s), u"/crm/v3/objects/deals/search"_s),
             QUrl(u"https://api.hubapi.com/crm/v3/objects/deals/search"_s));
    QCOMPARE(HubSpotPoller::endpoint(QUrl(u"https://proxy.example.com/hubspot/?x=1"_s), u"/crm/v3/objects/x"_s),
             QUrl(u"https://proxy.example.com/hubspot/crm/v3/objects/x"_s));
}

void TestHubSpotPoller::fetch_sendsContract()
{
    FakeHubSpotCrm crm(Token);
    QVERIFY(crm.listen());
    crm.upsert(u"deals"_s, crmRecord(11, Start.addSecs(-120), u"closedwon"_s, {u"501"_s, u"502"_s}));
    crm.upsert(u"deals"_s, crmRecord(12, Start.addSecs(-60), u"appointmentscheduled"_s));
    crm.upsert(u"deals"_s, crmRecord(5, Start.addDays(-3))); // before the window
    crm.upsertContact(contact(501, {}));
    crm.upsertContact(contact(502, u"ada@example.com"_s));
    HubSpotPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(crm.baseUrl()));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(crm.requestCount(), 3);
    for (const auto &request : crm.requests()) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + Token.toUtf8());
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    }

    const auto search = crm.requests().at(0);
    QCOMPARE(search.status, 200);
    QCOMPARE(search.path, QByteArray("/crm/v3/objects/deals/search"));
    QCOMPARE(QJsonDocument(bodyOf(search)).toJson(QJsonDocument::Compact),
             HubSpotPoller::searchBody(u"deals"_s, Start.addDays(-1).toMSecsSinceEpoch(), {}));

    const auto associations = crm.requests().at(1);
    QCOMPARE(associations.status, 207); // deal 12 has no contact
    QCOMPARE(associations.path, QByteArray("/crm/v4/associations/deals/contacts/batch/read"));
    QCOMPARE(
        bodyOf(associations),
        QJsonObject({{u"inputs"_s, QJsonArray{QJsonObject{{u"id"_s, u"11"_s}}, QJsonObject{{u"id"_s, u"12"_s}}}}}));

    const auto contacts = crm.requests().at(2);
    QCOMPARE(contacts.status, 200);
    QCOMPARE(contacts.path, QByteArray("/crm/v3/objects/contacts/batch/read"));
    QCOMPARE(bodyOf(contacts).value("properties"_L1).toArray(),
             QJsonArray({u"email"_s, u"firstname"_s, u"lastname"_s, u"phone"_s, u"hs_language"_s}));
    QCOMPARE(bodyOf(contacts).value("inputs"_L1).toArray(),
             QJsonArray({QJsonObject{{u"id"_s, u"501"_s}}, QJsonObject{{u"id"_s, u"502"_s}}}));

    const QList<OrderEvent> &events = outcome.page->events;
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).orderId, u"11"_s);
    QCOMPARE(events.at(0).customerEmail, u"ada@example.com"_s);
    QCOMPARE(events.at(0).customerName, u"Ada Lovelace"_s);
    QCOMPARE(events.at(0).orderStatus, OrderStatus::Paid);
    QCOMPARE(events.at(0).occurredAt, Start.addSecs(-120));
    QCOMPARE(events.at(1).orderId, u"12"_s);
    QCOMPARE(events.at(1).orderStatus, OrderStatus::Unknown);
    QVERIFY(events.at(1).customerEmail.isEmpty());
    QCOMPARE(outcome.page->newestSeen, Start.addSecs(-60));
    QVERIFY(!outcome.page->more);
}

void TestHubSpotPoller::fetch_pages_data()
{
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<QList<int>>("pageSizes");

    QTest::newRow("none") << 0 << 2 << QList<int>{0};
    QTest::newRow("one full page") << 2 << 2 << QList<int>{2};
    QTest::newRow("three pages") << 5 << 2 << QList<int>{2, 2, 1};
}

void TestHubSpotPoller::fetch_pages()
{
    QFETCH(int, records);
    QFETCH(int, perPage);
    QFETCH(QList<int>, pageSizes);
    FakeHubSpotCrm crm(Token);
    QVERIFY(crm.listen());
    crm.setMaxPerPage(perPage);
    for (int i = 0; i < records; ++i) {
        crm.upsert(u"orders"_s, crmRecord(100 + i, Start.addSecs(-600 + i), u"4b27b500"_s, {u"900"_s}));
    }
    crm.upsertContact(contact(900, u"buyer@example.com"_s));
    HubSpotPoller poller;
    PollRequest request = requestFor(crm.baseUrl(), Token, {{u"objects"_s, u"orders"_s}});
    QStringList seen;
    QStringList afters;
    for (qsizetype i = 0; i < pageSizes.size(); ++i) {
        const int before = crm.requestCount();
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        QCOMPARE(outcome.page->events.size(), pageSizes.at(i));
        QCOMPARE(outcome.page->more, i + 1 < pageSizes.size());
        QCOMPARE(crm.requestCount() - before, pageSizes.at(i) > 0 ? 3 : 1); // search, associations, contacts
        afters.append(bodyOf(crm.requests().at(before)).value("after"_L1).toString());
        for (const OrderEvent &event : outcome.page->events) {
            QCOMPARE(event.customerEmail, u"buyer@example.com"_s);
            seen.append(event.orderId);
        }
        if (!outcome.page->events.isEmpty()) {
            QCOMPARE(outcome.page->newestSeen, outcome.page->events.last().occurredAt); // oldest first
        }
        request.pageToken = outcome.page->nextPageToken;
    }
    QCOMPARE(seen.size(), records);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), records);
    QStringList expectedAfters{QString()};
    for (qsizetype i = 1; i < pageSizes.size(); ++i) {
        expectedAfters.append(QString::number(i * perPage));
    }
    QCOMPARE(afters, expectedAfters);
}

void TestHubSpotPoller::fetch_both_dealsThenOrders()
{
    FakeHubSpotCrm crm(Token);
    QVERIFY(crm.listen());
    crm.setNow(Start);
    crm.upsert(u"deals"_s, crmRecord(11, Start.addSecs(-100)));
    crm.upsert(u"orders"_s, crmRecord(21, Start.addSecs(-3000), u"4b27b500"_s));
    HubSpotPoller poller;
    PollRequest request = requestFor(crm.baseUrl(), Token, {{u"objects"_s, u"both"_s}});
    const PollOutcome deals = fetchOnce(poller, request);
    QVERIFY(deals.ok());
    QCOMPARE(deals.page->events.size(), 1);
    QCOMPARE(deals.page->events.first().topic, u"poll/deals"_s);
    QVERIFY(deals.page->more);
    QVERIFY(!deals.page->newestSeen.isValid()); // orders are not read yet
    QCOMPARE(deals.page->waitBeforeNextMs, HubSpotPoller::SearchIntervalMs);

    request.pageToken = deals.page->nextPageToken;
    const PollOutcome orders = fetchOnce(poller, request);
    QVERIFY(orders.ok());
    QCOMPARE(orders.page->events.size(), 1);
    QCOMPARE(orders.page->events.first().topic, u"poll/orders"_s);
    QVERIFY(!orders.page->more);
    QCOMPARE(orders.page->newestSeen, Start); // deals and orders are read up to HubSpot's Date
    const QByteArray ordersSearch = crm.requests().at(crm.requestCount() - 2).path;
    QCOMPARE(ordersSearch, QByteArray("/crm/v3/objects/orders/search"));
    // The orders window is the run's, not where deals ended.
    QCOMPARE(
        bodyOf(crm.requests().at(crm.requestCount() - 2))["filterGroups"_L1][0]["filters"_L1][0]["value"_L1].toString(),
        QString::number(Start.addDays(-1).toMSecsSinceEpoch()));
}

void TestHubSpotPoller::fetch_manyContacts_readInBatchesOf100()
{
    FakeHubSpotCrm crm(Token);
    QVERIFY(crm.listen());
    for (int i = 0; i < 60; ++i) {
        const QString first = QString::number(1000 + 2 * i);
        const QString second = QString::number(1001 + 2 * i);
        crm.upsert(u"deals"_s, crmRecord(200 + i, Start.addSecs(-600 + i), u"closedwon"_s, {first, second}));
        crm.upsertContact(contact(first.toInt(), {}));
        crm.upsertContact(contact(second.toInt(), u"buyer%1@example.com"_s.arg(i)));
    }
    HubSpotPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(crm.baseUrl()));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(crm.requestCount(), 4); // search, associations, contacts 1-100, contacts 101-120
    QCOMPARE(bodyOf(crm.requests().at(2)).value("inputs"_L1).toArray().size(), 100);
    QCOMPARE(bodyOf(crm.requests().at(3)).value("inputs"_L1).toArray().size(), 20);
    QCOMPARE(outcome.page->events.size(), 60);
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(outcome.page->events.at(i).customerEmail, u"buyer%1@example.com"_s.arg(i));
    }
}

void TestHubSpotPoller::fetch_failures_data()
{
    QTest::addColumn<FakePlatformServer::Mode>("mode");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("messageNames");

    using Mode = FakePlatformServer::Mode;
    const QStringList all{u"crm.objects.deals.read"_s, u"crm.objects.contacts.read"_s};
    QTest::newRow("429 with Retry-After")
        << Mode::RateLimit429 << Token << all << ErrorCode::RateLimited << true << qint64(2000) << QString();
    QTest::newRow("429 secondly, no Retry-After")
        << Mode::Throttled << Token << all << ErrorCode::RateLimited << true << qint64(1000) << QString();
    QTest::newRow("503") << Mode::Unavailable503 << Token << all << ErrorCode::ProviderFailed << true << qint64(2000)
                         << QString();
    QTest::newRow("500") << Mode::ServerError500 << Token << all << ErrorCode::ProviderFailed << true << qint64(-1)
                         << QString();
    QTest::newRow("401 token refused") << Mode::Serve << u"pat-eu1-revoked-0000"_s << all << ErrorCode::Unauthorized
                                       << false << qint64(-1) << u"Service keys"_s;
    QTest::newRow("403 deals scope missing")
        << Mode::Serve << Token << QStringList{u"crm.objects.contacts.read"_s} << ErrorCode::Unauthorized << false
        << qint64(-1) << u"crm.objects.deals.read"_s;
    QTest::newRow("403 contacts scope missing")
        << Mode::Serve << Token << QStringList{u"crm.objects.deals.read"_s} << ErrorCode::Unauthorized << false
        << qint64(-1) << u"crm.objects.contacts.read"_s;
}

void TestHubSpotPoller::fetch_failures()
{
    QFETCH(FakePlatformServer::Mode, mode);
    QFETCH(QString, token);
    QFETCH(QStringList, scopes);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, messageNames);
    FakeHubSpotCrm crm(Token);
    QVERIFY(crm.listen());
    crm.setScopes(QSet<QString>(scopes.cbegin(), scopes.cend()));
    crm.upsert(u"deals"_s, crmRecord(7, Start.addSecs(-60), u"closedwon"_s, {u"501"_s}));
    crm.upsertContact(contact(501, u"ada@example.com"_s));
    crm.queueModes({mode});
    HubSpotPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(crm.baseUrl(), token));
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY(!outcome.error->message.isEmpty());
    QVERIFY2(outcome.error->message.contains(messageNames), qPrintable(outcome.error->message));
    checkNoSecret(outcome, token);
    checkNoSecret(outcome, Token);
}

void TestHubSpotPoller::fetch_networkError_retryable()
{
    QUrl closed;
    {
        FakeHubSpotCrm crm(Token);
        QVERIFY(crm.listen());
        closed = crm.baseUrl();
    }
    HubSpotPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(closed));
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error->code == ErrorCode::Network || outcome.error->code == ErrorCode::Timeout);
    QVERIFY(outcome.error->retryable);
    checkNoSecret(outcome, Token);
}

void TestHubSpotPoller::fetch_missingToken_config()
{
    FakeHubSpotCrm crm(Token);
    QVERIFY(crm.listen());
    HubSpotPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(crm.baseUrl(), u"  "_s));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY(!outcome.error->retryable);
    QCOMPARE(crm.requestCount(), 0);
}

void TestHubSpotPoller::fetch_plainHttpToOtherHost_refused()
{
    HubSpotPoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(QUrl(u"http://api.hubapi.com"_s)));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    checkNoSecret(outcome, Token);
}

void TestHubSpotPoller::scheduler_bothBackfillQuietThenChangesOnceAndRestart()
{
    FakeHubSpotCrm crm(Token);
    QVERIFY(crm.listen());
    crm.setNow(Start);
    crm.upsert(u"deals"_s, crmRecord(11, Start.addSecs(-3600), u"closedwon"_s, {u"501"_s}));
    crm.upsert(u"orders"_s, crmRecord(21, Start.addSecs(-1800), u"4b27b500"_s, {u"502"_s}));
    crm.upsertContact(contact(501, u"ada@example.com"_s));
    crm.upsertContact(contact(502, u"grace@example.org"_s));
    crm.upsertContact(contact(503, u"edsger@example.net"_s));
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, {{u"accessToken"_s, Token}}}};
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    {
        PollRig rig(dir.path(), clock);
        rig.scheduler->setSources({bothSource(crm.baseUrl())}, secrets);
        rig.scheduler->start();
        QVERIFY(settleRun(rig, *clock));
        QCOMPARE(rig.failed->count(), 0);
        QCOMPARE(rig.lastFound(), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0); // the backfill is quiet
        QCOMPARE(rig.cursor()->newestSeen, Start);                       // both objects read up to HubSpot's Date

        // Order 21 ships with a tracking number; a new deal is won.
        FakeHubSpotCrm::Record shipped = crm.record(u"orders"_s, u"21"_s);
        shipped.stage = u"4b27b501"_s;
        shipped.tracking = u"1Z999AA10123456784"_s;
        shipped.trackingUrl = u"https://www.ups.com/track?tracknum=1Z999AA10123456784"_s;
        shipped.modifiedAt = Start.addSecs(60);
        crm.upsert(u"orders"_s, shipped);
        crm.upsert(u"deals"_s, crmRecord(12, Start.addSecs(90), u"closedwon"_s, {u"503"_s}));
        crm.setNow(Start.addSecs(120));
        clock->advance(120 * 1000);
        QVERIFY(settleRun(rig, *clock));
        QCOMPARE(rig.failed->count(), 0);
        QCOMPARE(rig.lastFound(), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"_s), 1); // 12
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM shipments WHERE tracking_number = '1Z999AA10123456784'"_s), 1);
        QCOMPARE(rig.cursor()->newestSeen, Start.addSecs(120));

        // The same records again inside the overlap: nothing new.
        clock->advance(120 * 1000);
        QVERIFY(settleRun(rig, *clock));
        QCOMPARE(rig.lastFound(), 0);
    }
    // A restart on the same data dir finds nothing twice.
    clock->advance(120 * 1000);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({bothSource(crm.baseUrl())}, secrets);
    rig.scheduler->start();
    QVERIFY(settleRun(rig, *clock));
    QCOMPARE(rig.failed->count(), 0);
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
}

void TestHubSpotPoller::scheduler_bothOrdersFail_cursorStaysBeforeUnreadOrders()
{
    FakeHubSpotCrm crm(Token);
    QVERIFY(crm.listen());
    crm.setNow(Start);
    crm.upsert(u"deals"_s, crmRecord(11, Start.addSecs(-60), u"closedwon"_s, {u"501"_s}));
    crm.upsert(u"orders"_s, crmRecord(21, Start.addSecs(-1800), u"4b27b500"_s, {u"502"_s}));
    crm.upsertContact(contact(501, u"ada@example.com"_s));
    crm.upsertContact(contact(502, u"grace@example.org"_s));
    using Mode = FakePlatformServer::Mode;
    // Deals, their associations and contacts are served; the orders search fails.
    crm.queueModes({Mode::Serve, Mode::Serve, Mode::Serve, Mode::ServerError500});
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, {{u"accessToken"_s, Token}}}};
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({bothSource(crm.baseUrl())}, secrets);
    rig.scheduler->start();
    QVERIFY(settleRun(rig, *clock));
    QCOMPARE(rig.failed->count(), 1);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 1); // the deals page is stored
    // The deal is newer than the unread order: the cursor must not have moved past the order.
    const std::optional<PollCursor> cursor = rig.cursor();
    QVERIFY(cursor);
    QVERIFY(!cursor->newestSeen.isValid() || cursor->newestSeen < Start.addSecs(-1800));

    clock->advance(PollScheduler::BaseBackoffMs);
    QVERIFY(settleRun(rig, *clock));
    QCOMPARE(rig.failed->count(), 1);
    QCOMPARE(rig.lastFound(), 1); // the order; the deal was stored already
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 2);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0); // still the quiet first reading
    QCOMPARE(rig.cursor()->newestSeen, Start);
}

QTEST_GUILESS_MAIN(TestHubSpotPoller)
#include "tst_hubspotpoller.moc"
