#include "dispatch/clock.h"
#include "fakes/fakeairtablerecords.h"
#include "fakes/pollrig.h"
#include "sources/airtablemapping.h"
#include "sources/polling/airtablepoller.h"

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
const QString BaseId = u"appAbCdEfGh012345"_s;
const QString TableId = u"tblOrders01234567"_s;
const QString Table = u"Orders + Returns"_s; // a '+' that must not turn into a space
const QString Token = u"patSecret123.abcdef0123456789"_s;

const QJsonObject FieldMap{{u"Order"_s, u"orderNumber"_s},        {u"Email"_s, u"customerEmail"_s},
                           {u"Customer"_s, u"customerName"_s},    {u"Status"_s, u"orderStatus"_s},
                           {u"Tracking"_s, u"trackingNumber"_s},  {u"Carrier"_s, u"carrier"_s},
                           {u"Tracking link"_s, u"trackingUrl"_s}};

SourceConfig airtableSource(const QUrl &baseUrl, const QJsonObject &extra = {})
{
    QJsonObject options{{u"mode"_s, u"poll"_s},
                        {u"baseUrl"_s, baseUrl.toString()},
                        {u"baseId"_s, BaseId},
                        {u"table"_s, Table},
                        {u"fieldMap"_s, QString::fromUtf8(QJsonDocument(FieldMap).toJson(QJsonDocument::Compact))},
                        {u"statusMap"_s, QJsonObject{{u"Payment received"_s, u"paid"_s}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"shop"_s, u"airtable"_s, u"Order base"_s, true, options};
}

PollRequest requestFor(const QUrl &baseUrl, const QString &token = Token, const QJsonObject &extra = {})
{
    PollRequest request;
    request.source = airtableSource(baseUrl, extra);
    request.secrets = {{u"apiToken"_s, token}};
    request.windowStart = Start.addDays(-1);
    return request;
}

FakeAirtableRecords::Record row(int n, const QDateTime &modified, const QString &status = u"Payment received"_s)
{
    FakeAirtableRecords::Record record;
    record.id = u"rec%1"_s.arg(n, 14, 10, QChar(u'0'));
    record.createdTime = Start.addDays(-3);
    record.modifiedTime = modified;
    record.fields = QJsonObject{{u"Order"_s, u"#10%1"_s.arg(n)},
                                {u"Email"_s, u"buyer%1@example.com"_s.arg(n)},
                                {u"Customer"_s, u"Buyer %1"_s.arg(n)},
                                {u"Status"_s, status},
                                {u"Tracking"_s, u""_s}};
    return record;
}

QByteArray listBody(const QJsonArray &records, const QString &offset = {})
{
    QJsonObject body{{u"records"_s, records}};
    if (!offset.isEmpty()) {
        body.insert(u"offset"_s, offset);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject recordJson(const QString &id, const QJsonObject &fields)
{
    return QJsonObject{{u"id"_s, id}, {u"createdTime"_s, u"2026-03-01T10:00:00.000Z"_s}, {u"fields"_s, fields}};
}

SourceConfig plainSource(const QJsonObject &extra = {})
{
    return airtableSource(QUrl(u"https://api.airtable.com"_s), extra);
}

std::unique_ptr<FakeAirtableRecords> makeFake()
{
    auto fake = std::make_unique<FakeAirtableRecords>(BaseId, Table, TableId, Token);
    fake->setLastModifiedField(u"Last modified"_s);
    fake->setViews({u"Real orders"_s});
    return fake;
}

// A field map for a stock table beside (or in) the orders table.
const QJsonObject StockFieldMap{{u"Order ID"_s, u"orderId"_s},  {u"Status"_s, u"orderStatus"_s},
                                {u"SKU"_s, u"sku"_s},           {u"Product"_s, u"productName"_s},
                                {u"Qty"_s, u"stockQuantity"_s}, {u"Stock status"_s, u"stockStatus"_s},
                                {u"Warehouse"_s, u"location"_s}};

} // namespace

class TestAirtablePoller : public QObject
{
    Q_OBJECT

private slots:
    void parse_statuses_data();
    void parse_statuses();
    void parse_recordFields();
    void parse_byFieldId();
    void parse_newestSeen_data();
    void parse_newestSeen();
    void parse_notAList_retryable_data();
    void parse_notAList_retryable();
    void settings_refused_data();
    void settings_refused();
    void options_pastedAddress();
    void formula_data();
    void formula();
    void fetch_sendsContract();
    void fetch_pagesOldestFirst();
    void fetch_unsortedPages_newestSeenFromFirstAnswer();
    void fetch_expiredOffset_restartsRun();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_networkError_retryable();
    void fetch_plainHttpToOtherHost_refused();
    void scheduler_backfillThenEachChangeOnce_restartNothingTwice();
    void mapping_stockTargets_data();
    void mapping_stockTargets();
    void parse_stock_records_data();
    void parse_stock_records();
    void parse_stock_fieldsAndTime();
    void fetch_stock_inPageStock();
};

void TestAirtablePoller::parse_statuses_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("tracking");
    QTest::addColumn<OrderStatus>("order");
    QTest::addColumn<ShipmentStatus>("shipment");

    QTest::newRow("Tidings' own name") << u"Shipped"_s << QString() << OrderStatus::Shipped << ShipmentStatus::Unknown;
    QTest::newRow("any case, spaces") << u"  cancelled "_s << QString() << OrderStatus::Cancelled
                                      << ShipmentStatus::Unknown;
    QTest::newRow("owner's word") << u"payment RECEIVED"_s << QString() << OrderStatus::Paid << ShipmentStatus::Unknown;
    QTest::newRow("owner's word to shipment")
        << u"Dispatched"_s << u"1Z999"_s << OrderStatus::Shipped << ShipmentStatus::Unknown;
    QTest::newRow("delivered with parcel")
        << u"Delivered"_s << u"1Z999"_s << OrderStatus::Delivered << ShipmentStatus::Delivered;
    QTest::newRow("shipment word") << u"In transit"_s << u"1Z999"_s << OrderStatus::Unknown
                                   << ShipmentStatus::InTransit;
    QTest::newRow("unknown word") << u"Waiting for Bob"_s << QString() << OrderStatus::Unknown
                                  << ShipmentStatus::Unknown;
}

void TestAirtablePoller::parse_statuses()
{
    QFETCH(QString, word);
    QFETCH(QString, tracking);
    const SourceConfig source = plainSource({{u"statusMap"_s, u"{\"Payment received\": \"paid\", "
                                                              "\"dispatched\": \"shipped\"}"_s}});
    QJsonObject fields{{u"Order"_s, u"#1001"_s}, {u"Status"_s, word}};
    if (!tracking.isEmpty()) {
        fields.insert(u"Tracking"_s, tracking);
    }
    const PollOutcome outcome =
        AirtablePoller::parsePage(listBody({recordJson(u"recA0000000000001"_s, fields)}), Start, source);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 1);
    const OrderEvent &event = outcome.page->events.first();
    QTEST(event.orderStatus, "order");
    QTEST(event.shipmentStatus, "shipment");
    QCOMPARE(event.rawOrderStatus, word.trimmed());
    QCOMPARE(event.hasShipment(), !tracking.isEmpty());
}

void TestAirtablePoller::parse_recordFields()
{
    // Names match the header case-insensitively; empty cells are simply absent; a collaborator and a single
    // select in the list format; a row with none of the mapped cells is not an order row.
    const QJsonObject fields{{u"order"_s, u"#1042"_s},
                             {u"EMAIL"_s, u"ada@example.com"_s},
                             {u"Customer"_s, QJsonObject{{u"id"_s, u"usrX"_s}, {u"name"_s, u"Ada Lovelace"_s}}},
                             {u"Status"_s, u"Shipped"_s},
                             {u"Tracking"_s, u"00340434161234567890"_s},
                             {u"Carrier"_s, QJsonArray{u"DHL"_s}},
                             {u"Tracking link"_s, u"https://track.example.com/0034"_s},
                             {u"Last modified"_s, u"2026-03-02T08:59:12.345Z"_s},
                             {u"Notes"_s, u"gift wrap"_s}};
    const QJsonArray records{recordJson(u"recA0000000000001"_s, fields),
                             recordJson(u"recA0000000000002"_s, QJsonObject{{u"Notes"_s, u"not an order"_s}})};
    const PollOutcome outcome = AirtablePoller::parsePage(listBody(records), Start,
                                                          plainSource({{u"lastModifiedField"_s, u"Last modified"_s}}));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 1);
    QVERIFY(!outcome.page->more);
    const OrderEvent &event = outcome.page->events.first();
    QCOMPARE(event.sourceId, u"shop"_s);
    QCOMPARE(event.sourceType, u"airtable"_s);
    QCOMPARE(event.orderId, u"recA0000000000001"_s); // no orderId column: the record id
    QCOMPARE(event.orderNumber, u"#1042"_s);
    QCOMPARE(event.customerEmail, u"ada@example.com"_s);
    QCOMPARE(event.customerName, u"Ada Lovelace"_s);
    QCOMPARE(event.orderStatus, OrderStatus::Shipped);
    QCOMPARE(event.trackingNumber, u"00340434161234567890"_s);
    QCOMPARE(event.carrier, u"DHL"_s);
    QCOMPARE(event.trackingUrl, QUrl(u"https://track.example.com/0034"_s));
    QCOMPARE(event.shipmentId, u"recA0000000000001"_s);
    QCOMPARE(event.occurredAt, QDateTime(QDate(2026, 3, 2), QTime(8, 59, 12, 345), Qt::UTC));
    QCOMPARE(QJsonDocument::fromJson(event.rawPayload).object().value(u"id"_s).toString(), u"recA0000000000001"_s);
    QCOMPARE(outcome.page->newestSeen, event.occurredAt);

    // With an orderId column, a row without a value in it is skipped.
    QJsonObject map = FieldMap;
    map.insert(u"Order ID"_s, u"orderId"_s);
    const QJsonArray withIds{
        recordJson(u"recA0000000000001"_s, QJsonObject{{u"Order ID"_s, 5001}, {u"Status"_s, u"paid"_s}}),
        recordJson(u"recA0000000000002"_s, QJsonObject{{u"Status"_s, u"paid"_s}})};
    const PollOutcome ids = AirtablePoller::parsePage(listBody(withIds), Start, plainSource({{u"fieldMap"_s, map}}));
    QVERIFY(ids.ok());
    QCOMPARE(ids.page->events.size(), 1);
    QCOMPARE(ids.page->events.first().orderId, u"5001"_s);
    QVERIFY(!ids.page->events.first().hasShipment());
}

void TestAirtablePoller::parse_byFieldId()
{
    const QJsonObject map{{u"fldStatus00000001"_s, u"orderStatus"_s}, {u"fldTracking000001"_s, u"trackingNumber"_s}};
    const QJsonObject fields{{u"fldStatus00000001"_s, u"Delivered"_s},
                             {u"fldTracking000001"_s, u"1Z999AA10123456784"_s},
                             {u"fldModified000001"_s, u"2026-03-02T08:00:00.000Z"_s}};
    const PollOutcome outcome = AirtablePoller::parsePage(
        listBody({recordJson(u"recB0000000000001"_s, fields)}), Start,
        plainSource({{u"fieldMap"_s, map}, {u"lastModifiedField"_s, u"fldModified000001"_s}}));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 1);
    QCOMPARE(outcome.page->events.first().orderStatus, OrderStatus::Delivered);
    QCOMPARE(outcome.page->events.first().trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(outcome.page->newestSeen, QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
}

void TestAirtablePoller::parse_newestSeen_data()
{
    QTest::addColumn<bool>("lastModifiedField");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime newest(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC);
    QTest::newRow("column, page in the middle") << true << u"itr1/rec2"_s << newest;
    QTest::newRow("column, last page") << true << QString() << newest; // 09:00:05 was edited during the run
    QTest::newRow("no column, page in the middle") << false << u"itr1/rec2"_s << QDateTime();
    QTest::newRow("no column, last page: the run's start") << false << QString() << Start;
}

void TestAirtablePoller::parse_newestSeen()
{
    QFETCH(bool, lastModifiedField);
    QFETCH(QString, offset);
    const QJsonArray records{
        recordJson(u"recC0000000000001"_s, {{u"Status"_s, u"paid"_s}, {u"Last modified"_s, u"2026-03-02T08:00:00Z"_s}}),
        recordJson(u"recC0000000000002"_s, {{u"Status"_s, u"paid"_s}, {u"Last modified"_s, u"2026-03-02T09:00:05Z"_s}}),
        recordJson(u"recC0000000000003"_s,
                   {{u"Status"_s, u"paid"_s}, {u"Last modified"_s, u"2026-03-02T08:30:00Z"_s}})};
    const SourceConfig source =
        plainSource(lastModifiedField ? QJsonObject{{u"lastModifiedField"_s, u"Last modified"_s}} : QJsonObject{});
    const PollOutcome outcome = AirtablePoller::parsePage(listBody(records, offset), Start, source);
    QVERIFY(outcome.ok());
    QTEST(outcome.page->newestSeen, "expected");
    QCOMPARE(outcome.page->more, !offset.isEmpty());
    QCOMPARE(outcome.page->waitBeforeNextMs, offset.isEmpty() ? 0 : AirtablePoller::PageGapMs);
    QCOMPARE(outcome.page->events.size(), 3);
    QCOMPARE(outcome.page->events.at(1).occurredAt.isValid(), lastModifiedField);
}

void TestAirtablePoller::parse_notAList_retryable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("no records") << QByteArray(R"({"rows":[]})");
    QTest::newRow("array") << QByteArray("[]");
}

void TestAirtablePoller::parse_notAList_retryable()
{
    QFETCH(QByteArray, body);
    const PollOutcome outcome = AirtablePoller::parsePage(body, Start, plainSource());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::ProviderFailed);
    QVERIFY(outcome.error->retryable);
}

void TestAirtablePoller::settings_refused_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::newRow("empty field map") << QJsonObject{{u"fieldMap"_s, u"{}"_s}};
    QTest::newRow("names and ids mixed") << QJsonObject{
        {u"fieldMap"_s, QJsonObject{{u"Status"_s, u"orderStatus"_s}, {u"fldX0000000000001"_s, u"carrier"_s}}}};
    QTest::newRow("id column with a name map") << QJsonObject{{u"lastModifiedField"_s, u"fldModified000001"_s}};
    QTest::newRow("brace in the column") << QJsonObject{{u"lastModifiedField"_s, u"Changed {auto}"_s}};
    QTest::newRow("no base") << QJsonObject{{u"baseId"_s, u"my orders"_s}};
    QTest::newRow("no table") << QJsonObject{{u"table"_s, u""_s}};
}

void TestAirtablePoller::settings_refused()
{
    QFETCH(QJsonObject, options);
    const Result<QUrl> url = AirtablePoller::pageUrl(plainSource(options), Start, {});
    QVERIFY(!url);
    QCOMPARE(url.error().code, ErrorCode::Config);
    QVERIFY(!url.error().retryable);
    QVERIFY2(url.error().message.contains(u"Order base"_s), qPrintable(url.error().message));
}

void TestAirtablePoller::options_pastedAddress()
{
    const SourceConfig pasted = plainSource(
        {{u"baseId"_s, u"https://airtable.com/appAbCdEfGh012345/tblOrders01234567/viwGrid000000001?blocks=hide"_s},
         {u"table"_s, u""_s}});
    QCOMPARE(AirtablePoller::baseIdOf(pasted), BaseId);
    QCOMPARE(AirtablePoller::tableOf(pasted), u"tblOrders01234567"_s);
    const Result<QUrl> url = AirtablePoller::pageUrl(pasted, Start, {});
    QVERIFY(url);
    QCOMPARE(url->path(), u"/v0/appAbCdEfGh012345/tblOrders01234567"_s);
    QCOMPARE(AirtablePoller::tableOf(plainSource()), Table); // a typed name wins
}

void TestAirtablePoller::formula_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("any change") << QString()
                                << u"OR(IS_AFTER(LAST_MODIFIED_TIME(),'2026-03-02T08:59:59.000Z'),"
                                   "IS_AFTER(CREATED_TIME(),'2026-03-02T08:59:59.000Z'))"_s;
    QTest::newRow("owner's column") << u"Last modified"_s
                                    << u"OR(IS_AFTER({Last modified},'2026-03-02T08:59:59.000Z'),"
                                       "IS_AFTER(CREATED_TIME(),'2026-03-02T08:59:59.000Z'))"_s;
}

void TestAirtablePoller::formula()
{
    QFETCH(QString, field);
    // IS_AFTER is strict: one second early, so a change at the window's start is read.
    QTEST(AirtablePoller::changedSinceFormula(Start, field), "expected");
}

void TestAirtablePoller::fetch_sendsContract()
{
    const auto fake = makeFake();
    QVERIFY(fake->listen());
    fake->upsert(row(1, Start.addSecs(-600)));
    fake->upsert(row(2, Start.addSecs(-1200), u"Shipped"_s));
    fake->upsert(row(3, Start.addDays(-2))); // changed before the window
    fake->setDate(Start.addSecs(30));
    AirtablePoller poller;
    const PollOutcome outcome =
        fetchOnce(poller, requestFor(fake->baseUrl(), Token,
                                     {{u"lastModifiedField"_s, u"Last modified"_s}, {u"view"_s, u"Real orders"_s}}));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(fake->requestCount(), 1);
    const auto sent = fake->requests().first();
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(QUrl::fromPercentEncoding(sent.path), u"/v0/"_s + BaseId + u"/"_s + Table);
    QCOMPARE(sent.headers.value("authorization"), "Bearer " + Token.toUtf8());
    QCOMPARE(sent.query.queryItemValue(u"filterByFormula"_s, QUrl::FullyDecoded),
             AirtablePoller::changedSinceFormula(Start.addDays(-1), u"Last modified"_s));
    QCOMPARE(sent.query.queryItemValue(u"pageSize"_s), u"100"_s);
    QCOMPARE(sent.query.queryItemValue(u"view"_s, QUrl::FullyDecoded), u"Real orders"_s);
    QCOMPARE(sent.query.queryItemValue(u"sort[0][field]"_s, QUrl::FullyDecoded), u"Last modified"_s);
    QCOMPARE(sent.query.queryItemValue(u"sort[0][direction]"_s), u"asc"_s);
    QVERIFY(!sent.query.hasQueryItem(u"offset"_s));
    QVERIFY(!sent.query.hasQueryItem(u"returnFieldsByFieldId"_s));

    // Oldest change first, both in the window.
    QCOMPARE(outcome.page->events.size(), 2);
    QCOMPARE(outcome.page->events.at(0).orderNumber, u"#102"_s);
    QCOMPARE(outcome.page->events.at(0).orderStatus, OrderStatus::Shipped);
    QCOMPARE(outcome.page->events.at(1).orderStatus, OrderStatus::Paid);
    QVERIFY(outcome.page->events.at(1).trackingNumber.isEmpty()); // empty cell: left out by Airtable
    QCOMPARE(outcome.page->newestSeen, Start.addSecs(-600));
    QVERIFY(!outcome.page->more);

    // A field map of ids asks for cells by id.
    fake->setFieldIds({{u"Status"_s, u"fldStatus00000001"_s}, {u"Order"_s, u"fldOrder000000001"_s}});
    const QJsonObject ids{{u"fieldMap"_s, QJsonObject{{u"fldStatus00000001"_s, u"orderStatus"_s},
                                                      {u"fldOrder000000001"_s, u"orderNumber"_s}}}};
    const PollOutcome byId = fetchOnce(poller, requestFor(fake->baseUrl(), Token, ids));
    QVERIFY2(byId.ok(), qPrintable(byId.error ? byId.error->detail : QString()));
    QCOMPARE(fake->requests().last().query.queryItemValue(u"returnFieldsByFieldId"_s), u"true"_s);
    QCOMPARE(byId.page->events.size(), 2);
    QCOMPARE(byId.page->events.first().orderNumber, u"#101"_s); // unsorted: as the table lists them
}

void TestAirtablePoller::fetch_pagesOldestFirst()
{
    const auto fake = makeFake();
    QVERIFY(fake->listen());
    fake->setMaxPerPage(2);
    for (int n = 5; n >= 1; --n) {
        fake->upsert(row(n, Start.addSecs(-60 * n)));
    }
    AirtablePoller poller;
    PollRequest request = requestFor(fake->baseUrl(), Token, {{u"lastModifiedField"_s, u"Last modified"_s}});
    QStringList seen;
    QDateTime previous;
    for (int page = 0; page < 3; ++page) {
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        for (const OrderEvent &event : outcome.page->events) {
            seen.append(event.orderNumber);
        }
        QVERIFY(outcome.page->newestSeen > previous);
        previous = outcome.page->newestSeen;
        QCOMPARE(outcome.page->more, page < 2);
        if (!outcome.page->more) {
            break;
        }
        QCOMPARE(outcome.page->waitBeforeNextMs, AirtablePoller::PageGapMs);
        request.pageToken = outcome.page->nextPageToken;
    }
    QCOMPARE(seen, (QStringList{u"#105"_s, u"#104"_s, u"#103"_s, u"#102"_s, u"#101"_s}));
    QCOMPARE(fake->requestCount(), 3);
    QVERIFY(fake->requests().at(1).query.hasQueryItem(u"offset"_s));
    QCOMPARE(previous, Start.addSecs(-60));
}

void TestAirtablePoller::fetch_unsortedPages_newestSeenFromFirstAnswer()
{
    const auto fake = makeFake();
    QVERIFY(fake->listen());
    fake->setMaxPerPage(2);
    for (int n = 1; n <= 3; ++n) {
        fake->upsert(row(n, Start.addSecs(-60 * n)));
    }
    const QDateTime firstAnswer = Start.addSecs(5);
    fake->setDate(firstAnswer);
    AirtablePoller poller;
    PollRequest request = requestFor(fake->baseUrl());
    const PollOutcome first = fetchOnce(poller, request);
    QVERIFY(first.ok());
    QVERIFY(first.page->more);
    QVERIFY(!first.page->newestSeen.isValid()); // no times on the rows: nothing to report yet
    QVERIFY(!first.page->events.first().occurredAt.isValid());
    QVERIFY(!fake->requests().first().query.hasQueryItem(u"sort[0][field]"_s));

    fake->setDate(firstAnswer.addSecs(60)); // later answers do not move the cursor past changes made meanwhile
    request.pageToken = first.page->nextPageToken;
    const PollOutcome last = fetchOnce(poller, request);
    QVERIFY2(last.ok(), qPrintable(last.error ? last.error->detail : QString()));
    QVERIFY(!last.page->more);
    QCOMPARE(last.page->events.size(), 1);
    QCOMPARE(last.page->newestSeen, firstAnswer);
}

void TestAirtablePoller::fetch_expiredOffset_restartsRun()
{
    const auto fake = makeFake();
    QVERIFY(fake->listen());
    fake->setMaxPerPage(1);
    fake->upsert(row(1, Start.addSecs(-60)));
    fake->upsert(row(2, Start.addSecs(-120)));
    AirtablePoller poller;
    PollRequest request = requestFor(fake->baseUrl());
    const PollOutcome first = fetchOnce(poller, request);
    QVERIFY(first.ok() && first.page->more);
    fake->expireOffsets();
    request.pageToken = first.page->nextPageToken;
    const PollOutcome expired = fetchOnce(poller, request);
    QVERIFY(!expired.ok());
    QCOMPARE(fake->requests().last().status, 422);
    QVERIFY(expired.error->retryable); // the scheduler starts the run again, from the first page
    QCOMPARE(expired.retryAfterMs.value_or(-1), qint64(1000));
    request.pageToken.clear();
    QVERIFY(fetchOnce(poller, request).ok());

    request.pageToken = u"garbage"_s;
    const PollOutcome lost = fetchOnce(poller, request);
    QVERIFY(!lost.ok());
    QVERIFY(lost.error->retryable);
}

void TestAirtablePoller::fetch_failures_data()
{
    QTest::addColumn<QList<FakePlatformServer::Mode>>("modes");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("named"); // in the owner's message

    using Mode = FakePlatformServer::Mode;
    const QJsonObject none;
    QTest::newRow("429: Airtable's 30 s") << QList<Mode>{Mode::RateLimit429} << Token << none << 429
                                          << ErrorCode::RateLimited << true << qint64(30000) << u"30 seconds"_s;
    QTest::newRow("503 with Retry-After") << QList<Mode>{Mode::Unavailable503} << Token << none << 503
                                          << ErrorCode::ProviderFailed << true << qint64(2000) << QString();
    QTest::newRow("500") << QList<Mode>{Mode::ServerError500} << Token << none << 500 << ErrorCode::ProviderFailed
                         << true << qint64(-1) << QString();
    QTest::newRow("401 wrong token") << QList<Mode>{} << u"patWrong.000"_s << none << 401 << ErrorCode::Unauthorized
                                     << false << qint64(-1) << u"Order base"_s;
    QTest::newRow("401 revoked") << QList<Mode>{Mode::Unauthorized401} << Token << none << 401
                                 << ErrorCode::Unauthorized << false << qint64(-1) << u"airtable.com/create/tokens"_s;
    QTest::newRow("403 base not shared with the token")
        << QList<Mode>{} << Token << QJsonObject{{u"baseId"_s, u"appOther000000000"_s}} << 403
        << ErrorCode::Unauthorized << false << qint64(-1) << u"appOther000000000"_s;
    QTest::newRow("404 table name wrong") << QList<Mode>{} << Token << QJsonObject{{u"table"_s, u"Ordres"_s}} << 404
                                          << ErrorCode::Config << false << qint64(-1) << u"Ordres"_s;
    QTest::newRow("422 unknown last changed column")
        << QList<Mode>{} << Token << QJsonObject{{u"lastModifiedField"_s, u"Changed at"_s}} << 422 << ErrorCode::Config
        << false << qint64(-1) << u"Changed at"_s;
    QTest::newRow("422 unknown view") << QList<Mode>{} << Token << QJsonObject{{u"view"_s, u"Test orders"_s}} << 422
                                      << ErrorCode::Config << false << qint64(-1) << u"Test orders"_s;
    QTest::newRow("no token") << QList<Mode>{} << QString() << none << 0 << ErrorCode::Config << false << qint64(-1)
                              << u"Order base"_s;
}

void TestAirtablePoller::fetch_failures()
{
    QFETCH(QList<FakePlatformServer::Mode>, modes);
    QFETCH(QString, token);
    QFETCH(QJsonObject, options);
    QFETCH(int, httpStatus);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, named);
    const auto fake = makeFake();
    QVERIFY(fake->listen());
    fake->upsert(row(1, Start.addSecs(-60)));
    fake->queueModes(modes);
    AirtablePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(fake->baseUrl(), token, options));
    QVERIFY(!outcome.ok());
    QCOMPARE(fake->requestCount(), httpStatus == 0 ? 0 : 1);
    if (httpStatus != 0) {
        QCOMPARE(fake->requests().first().status, httpStatus);
    }
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY(!outcome.error->message.isEmpty());
    QVERIFY2(named.isEmpty() || outcome.error->message.contains(named), qPrintable(outcome.error->message));
    for (const QString &secret : {Token, token}) {
        QVERIFY(secret.isEmpty() ||
                (!outcome.error->message.contains(secret) && !outcome.error->detail.contains(secret)));
    }
}

void TestAirtablePoller::fetch_networkError_retryable()
{
    QUrl closed;
    {
        const auto fake = makeFake();
        QVERIFY(fake->listen());
        closed = fake->baseUrl(); // nobody listens there once it is gone
    }
    AirtablePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(closed));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Network);
    QVERIFY(outcome.error->retryable);
    QVERIFY(!outcome.error->detail.contains(Token));
}

void TestAirtablePoller::fetch_plainHttpToOtherHost_refused()
{
    AirtablePoller poller;
    const PollOutcome outcome = fetchOnce(poller, requestFor(QUrl(u"http://api.airtable.com"_s)));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY(!outcome.error->retryable);
}

void TestAirtablePoller::scheduler_backfillThenEachChangeOnce_restartNothingTwice()
{
    const auto fake = makeFake();
    QVERIFY(fake->listen());
    fake->setMaxPerPage(1); // two pages: the rate-limit pause between them runs on the rig's clock
    fake->upsert(row(1, Start.addSecs(-3600)));
    fake->upsert(row(2, Start.addSecs(-1800)));
    fake->setDate(Start);
    const QJsonObject sorted{{u"lastModifiedField"_s, u"Last modified"_s}};
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, {{u"apiToken"_s, Token}}}};
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    {
        PollRig rig(dir.path(), clock);
        QVERIFY(rig.opened && rig.schedulerOpened);
        rig.scheduler->setSources({airtableSource(fake->baseUrl(), sorted)}, secrets);
        rig.scheduler->start();
        // The second page waits for Airtable's 5 requests a second, on the rig's clock.
        QVERIFY(QTest::qWaitFor(
            [&] {
                clock->advance(AirtablePoller::PageGapMs);
                rig.scheduler->wake();
                return rig.finished->count() + rig.failed->count() > 0;
            },
            10000));
        QCOMPARE(rig.failed->count(), 0);
        QCOMPARE(rig.lastFound(), 2); // the backfill: stored, nobody notified
        QCOMPARE(fake->requestCount(), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
        QVERIFY(rig.cursor()->backfillDone);
        QCOMPARE(rig.cursor()->newestSeen, Start.addSecs(-1800));

        // Row 2 is shipped with a tracking number: found once, notified once.
        FakeAirtableRecords::Record shipped = row(2, Start.addSecs(90), u"Shipped"_s);
        shipped.fields.insert(u"Tracking"_s, u"1Z999AA10123456784"_s);
        fake->upsert(shipped);
        clock->advance(120 * 1000);
        fake->setDate(clock->now());
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
        QCOMPARE(rig.cursor()->newestSeen, Start.addSecs(90));

        // The next run reads it again in the overlap: nothing new.
        clock->advance(120 * 1000);
        fake->setDate(clock->now());
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 0);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
    }
    // A restart on the same data dir: the store's keys are kept.
    clock->advance(10 * 1000);
    fake->setDate(clock->now());
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({airtableSource(fake->baseUrl(), sorted)}, secrets);
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 1);
    QCOMPARE(rig.failed->count(), 0);
}

void TestAirtablePoller::mapping_stockTargets_data()
{
    QTest::addColumn<QJsonObject>("fieldMap");
    QTest::addColumn<bool>("mapsStock");
    QTest::addColumn<QStringList>("ignored");

    QTest::newRow("sku and quantity") << QJsonObject{{u"SKU"_s, u"sku"_s}, {u"Qty"_s, u"stockQuantity"_s}} << true
                                      << QStringList{};
    QTest::newRow("sku and status, by id")
        << QJsonObject{{u"fldSku00000000001"_s, u"sku"_s}, {u"fldStock000000001"_s, u"stockStatus"_s}} << true
        << QStringList{};
    QTest::newRow("every stock target") << StockFieldMap << true << QStringList{};
    QTest::newRow("sku alone tells no stock")
        << QJsonObject{{u"SKU"_s, u"sku"_s}, {u"Product"_s, u"productName"_s}, {u"Warehouse"_s, u"location"_s}} << false
        << QStringList{};
    QTest::newRow("quantity without sku") << QJsonObject{{u"Qty"_s, u"stockQuantity"_s}} << false << QStringList{};
    QTest::newRow("unknown target still ignored")
        << QJsonObject{{u"SKU"_s, u"sku"_s}, {u"Qty"_s, u"stockQuantity"_s}, {u"Bin"_s, u"shelf"_s}} << true
        << QStringList{u"Bin"_s};
}

void TestAirtablePoller::mapping_stockTargets()
{
    QFETCH(QJsonObject, fieldMap);
    QStringList ignored;
    const AirtableMapping mapping = AirtableMapping::fromOptions(plainSource({{u"fieldMap"_s, fieldMap}}), &ignored);
    QTEST(mapping.mapsStock, "mapsStock");
    QTEST(ignored, "ignored");
    for (const QString &target : {u"sku"_s, u"productName"_s, u"stockQuantity"_s, u"stockStatus"_s, u"location"_s}) {
        QVERIFY(AirtableRecord::mappableFields().contains(target));
    }
}

void TestAirtablePoller::parse_stock_records_data()
{
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("kind");     // "stock", "order" or "none"
    QTest::addColumn<qint64>("available"); // -1: none
    QTest::addColumn<StockStatus>("status");
    QTest::addColumn<QString>("rawStatus");

    const QJsonObject mug{{u"SKU"_s, u"MUG-01"_s}, {u"Product"_s, u"Blue mug"_s}};
    const auto with = [&mug](std::initializer_list<std::pair<QString, QJsonValue>> cells) {
        QJsonObject fields = mug;
        for (const auto &[key, value] : cells) {
            fields.insert(key, value);
        }
        return fields;
    };
    QTest::newRow("number") << with({{u"Qty"_s, 12}}) << u"stock"_s << qint64(12) << StockStatus::Unknown << QString();
    QTest::newRow("decimal rounded down")
        << with({{u"Qty"_s, 2.75}}) << u"stock"_s << qint64(2) << StockStatus::Unknown << QString();
    QTest::newRow("text 12.0") << with({{u"Qty"_s, u"12.0"_s}}) << u"stock"_s << qint64(12) << StockStatus::Unknown
                               << QString();
    QTest::newRow("zero, Sold out") << with({{u"Qty"_s, 0}, {u"Stock status"_s, u"Sold out"_s}}) << u"stock"_s
                                    << qint64(0) << StockStatus::OutOfStock << u"Sold out"_s;
    QTest::newRow("status only, any case") << with({{u"Stock status"_s, u"IN STOCK"_s}}) << u"stock"_s << qint64(-1)
                                           << StockStatus::InStock << u"IN STOCK"_s;
    QTest::newRow("Backorder") << with({{u"Stock status"_s, u"Backorder"_s}}) << u"stock"_s << qint64(-1)
                               << StockStatus::OutOfStock << u"Backorder"_s;
    QTest::newRow("low") << with({{u"Qty"_s, 2}, {u"Stock status"_s, u"Low"_s}}) << u"stock"_s << qint64(2)
                         << StockStatus::LowStock << u"Low"_s;
    QTest::newRow("owner's word via statusMap") << with({{u"Stock status"_s, u"Nearly gone"_s}}) << u"stock"_s
                                                << qint64(-1) << StockStatus::LowStock << u"Nearly gone"_s;
    QTest::newRow("no number") << with({{u"Qty"_s, u"lots"_s}}) << u"stock"_s << qint64(-1) << StockStatus::Unknown
                               << u"lots"_s;
    QTest::newRow("an order id makes an order row")
        << with({{u"Order ID"_s, u"5001"_s}, {u"Status"_s, u"paid"_s}, {u"Qty"_s, 1}}) << u"order"_s << qint64(-1)
        << StockStatus::Unknown << QString();
    QTest::newRow("sku without quantity or status")
        << mug << u"none"_s << qint64(-1) << StockStatus::Unknown << QString();
    QTest::newRow("quantity without sku") << QJsonObject{{u"Product"_s, u"Blue mug"_s}, {u"Qty"_s, 3}} << u"none"_s
                                          << qint64(-1) << StockStatus::Unknown << QString();
}

void TestAirtablePoller::parse_stock_records()
{
    QFETCH(QJsonObject, fields);
    QFETCH(QString, kind);
    QFETCH(qint64, available);
    const SourceConfig source =
        plainSource({{u"fieldMap"_s, StockFieldMap}, {u"statusMap"_s, u"{\"nearly gone\": \"low_stock\"}"_s}});
    const PollOutcome outcome =
        AirtablePoller::parsePage(listBody({recordJson(u"recS0000000000001"_s, fields)}), Start, source);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->stock.size(), kind == u"stock"_s ? 1 : 0);
    QCOMPARE(outcome.page->events.size(), kind == u"order"_s ? 1 : 0);
    if (kind != u"stock"_s) {
        return;
    }
    const StockChange &change = outcome.page->stock.first();
    QCOMPARE(change.available, available == -1 ? std::nullopt : std::optional<qint64>(available));
    QTEST(change.status, "status");
    QTEST(change.rawStatus, "rawStatus");
}

void TestAirtablePoller::parse_stock_fieldsAndTime()
{
    // One table of orders and stock: each row becomes what it holds. Names match case-insensitively.
    const QJsonArray records{
        recordJson(u"recS0000000000001"_s, QJsonObject{{u"sku"_s, u"MUG-01"_s},
                                                       {u"Product"_s, u"Blue mug"_s},
                                                       {u"WAREHOUSE"_s, QJsonObject{{u"name"_s, u"Leeds"_s}}},
                                                       {u"Qty"_s, 5},
                                                       {u"Last modified"_s, u"2026-03-02T08:30:00.000Z"_s}}),
        recordJson(u"recS0000000000002"_s, QJsonObject{{u"Order ID"_s, 5001},
                                                       {u"Status"_s, u"Shipped"_s},
                                                       {u"SKU"_s, u"MUG-01"_s},
                                                       {u"Last modified"_s, u"2026-03-02T08:40:00.000Z"_s}})};
    const PollOutcome timed = AirtablePoller::parsePage(
        listBody(records), Start,
        plainSource({{u"fieldMap"_s, StockFieldMap}, {u"lastModifiedField"_s, u"Last modified"_s}}));
    QVERIFY2(timed.ok(), qPrintable(timed.error ? timed.error->detail : QString()));
    QCOMPARE(timed.page->stock.size(), 1);
    QCOMPARE(timed.page->events.size(), 1);
    QCOMPARE(timed.page->events.first().orderId, u"5001"_s);
    const StockChange &mug = timed.page->stock.first();
    QCOMPARE(mug.sourceId, u"shop"_s);
    QCOMPARE(mug.sourceType, u"airtable"_s);
    QCOMPARE(mug.productId, u"MUG-01"_s);
    QCOMPARE(mug.sku, u"MUG-01"_s);
    QVERIFY(mug.variantId.isEmpty());
    QCOMPARE(mug.productName, u"Blue mug"_s);
    QCOMPARE(mug.locationId, u"Leeds"_s);
    QCOMPARE(mug.available, std::optional<qint64>(5));
    QCOMPARE(mug.status, StockStatus::Unknown);
    QCOMPARE(mug.occurredAt, QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC)); // the row's last change
    QCOMPARE(timed.page->newestSeen, QDateTime(QDate(2026, 3, 2), QTime(8, 40), Qt::UTC));

    // Without a last-changed column the level has no time: the scheduler compares it with the stored one.
    const PollOutcome untimed =
        AirtablePoller::parsePage(listBody(records), Start, plainSource({{u"fieldMap"_s, StockFieldMap}}));
    QVERIFY(untimed.ok());
    QCOMPARE(untimed.page->stock.size(), 1);
    QVERIFY(!untimed.page->stock.first().occurredAt.isValid());
}

void TestAirtablePoller::fetch_stock_inPageStock()
{
    const auto fake = makeFake();
    QVERIFY(fake->listen());
    FakeAirtableRecords::Record order = row(1, Start.addSecs(-120));
    order.fields.insert(u"Order ID"_s, u"5001"_s);
    fake->upsert(order);
    FakeAirtableRecords::Record stock;
    stock.id = u"recS0000000000001"_s;
    stock.createdTime = Start.addDays(-3);
    stock.modifiedTime = Start.addSecs(-60);
    stock.fields = QJsonObject{
        {u"SKU"_s, u"MUG-01"_s}, {u"Product"_s, u"Blue mug"_s}, {u"Qty"_s, 0}, {u"Stock status"_s, u"Sold out"_s}};
    fake->upsert(stock);
    AirtablePoller poller;
    const PollOutcome outcome =
        fetchOnce(poller, requestFor(fake->baseUrl(), Token,
                                     {{u"fieldMap"_s, StockFieldMap}, {u"lastModifiedField"_s, u"Last modified"_s}}));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 1);
    QCOMPARE(outcome.page->events.first().orderId, u"5001"_s);
    QCOMPARE(outcome.page->stock.size(), 1);
    const StockChange &mug = outcome.page->stock.first();
    QCOMPARE(mug.sku, u"MUG-01"_s);
    QCOMPARE(mug.available, std::optional<qint64>(0));
    QCOMPARE(mug.status, StockStatus::OutOfStock);
    QCOMPARE(mug.rawStatus, u"Sold out"_s);
    QCOMPARE(mug.occurredAt, Start.addSecs(-60));
}

QTEST_GUILESS_MAIN(TestAirtablePoller)
#include "tst_airtablepoller.moc"
