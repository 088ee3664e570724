#include "dispatch/clock.h"
#include "fakes/fakegooglesheets.h"
#include "fakes/fakeoauth2server.h"
#include "fakes/pollrig.h"
#include "sources/polling/googlesheetspoller.h"

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
const QString SheetId = u"1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"_s;
const QString Range = u"'Order log'!A1:Z"_s;
const QString ApiKey = u"AIzaSyTestKey0000000000000000000000000"_s;

SourceConfig sheetSource(const QUrl &baseUrl, const QJsonObject &extra = {})
{
    QJsonObject options{
        {u"mode"_s, u"poll"_s},
        {u"baseUrl"_s, baseUrl.toString()},
        {u"spreadsheetId"_s, QString(u"https://docs.google.com/spreadsheets/d/"_s + SheetId + u"/edit#gid=0"_s)},
        {u"range"_s, Range},
        {u"orderIdColumn"_s, u"order id"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"shop"_s, u"googlesheets"_s, u"Order log"_s, true, options};
}

PollRequest keyRequest(const QUrl &baseUrl, const QString &key = ApiKey, const QJsonObject &extra = {})
{
    PollRequest request;
    request.source = sheetSource(baseUrl, extra);
    request.secrets = {{u"apiKey"_s, key}};
    request.windowStart = Start.addDays(-1);
    return request;
}

const QStringList Header{u"Order ID"_s, u"Order Number"_s, u"Status"_s,         u"Email"_s,
                         u"Customer"_s, u"Carrier"_s,      u"Tracking Number"_s};

QList<QStringList> twoOrders()
{
    return {Header,
            {u"1001"_s, u"#1001"_s, u"Processing"_s, u"ada@example.com"_s, u"Ada Lovelace"_s},
            {u"1002"_s, u"#1002"_s, u"New"_s, u"grace@example.com"_s, u"Grace Hopper"_s}};
}

QByteArray valueRange(const QList<QStringList> &rows)
{
    QJsonArray values;
    for (const QStringList &row : rows) {
        values.append(QJsonArray::fromStringList(row));
    }
    return QJsonDocument(QJsonObject{{u"range"_s, u"Sheet1!A1:Z1000"_s}, {u"values"_s, values}}).toJson();
}

SourceConfig plainSource(const QJsonObject &options = {})
{
    return SourceConfig{u"shop"_s, u"googlesheets"_s, u"Order log"_s, true, options};
}

// A fulfilment partner's stock sheet: no order ids at all.
QList<QStringList> stockSheet()
{
    return {{u"SKU"_s, u"Product"_s, u"Location"_s, u"Qty"_s},
            {u"MUG-01"_s, u"Blue mug"_s, u"Leeds"_s, u"5"_s},
            {u"TEE-02"_s, u"Linen tee"_s, u"Leeds"_s, u"12"_s}};
}

// A stock source: the spreadsheet settings without an order id column.
SourceConfig stockSource(const QUrl &baseUrl)
{
    SourceConfig source = sheetSource(baseUrl);
    source.options.remove(u"orderIdColumn"_s);
    return source;
}

} // namespace

class TestGoogleSheetsPoller : public QObject
{
    Q_OBJECT

private slots:
    void parse_statuses_data();
    void parse_statuses();
    void parse_columnsByHeaderName();
    void parse_missingHeader_data();
    void parse_missingHeader();
    void parse_emptyAndHeaderOnly_data();
    void parse_emptyAndHeaderOnly();
    void parse_tooManyRows_configError();
    void parse_notJson_retryable();
    void dedup_unchangedRowSameKey_changedRowNewKey_data();
    void dedup_unchangedRowSameKey_changedRowNewKey();
    void fetch_apiKey_sendsContract();
    void fetch_oauth_bearer_refreshesOnceOn401();
    void fetch_oauth_rotatedRefreshToken_carriedAndUsed();
    void fetch_rawBodyHoldsOnlyChangedRows();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_plainHttpToOtherHost_refused();
    void scheduler_backfillThenEachChangeOnce_restartNothingTwice();
    void parse_stock_quantityAndStatus_data();
    void parse_stock_quantityAndStatus();
    void parse_stockSheet_rowsBecomeStockChanges();
    void parse_stock_customColumns_data();
    void parse_stock_customColumns();
    void parse_mixedSheet_ordersAndStock_data();
    void parse_mixedSheet_ordersAndStock();
    void fetch_stock_rawBodyHoldsOnlyChangedRows();
    void scheduler_stock_levelStoredOnlyWhenChanged();
};

void TestGoogleSheetsPoller::parse_statuses_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("statusMap");
    QTest::addColumn<OrderStatus>("expected");

    const QString none;
    QTest::newRow("New") << u"New"_s << none << OrderStatus::Pending;
    QTest::newRow("Open") << u"Open"_s << none << OrderStatus::Pending;
    QTest::newRow("Processing") << u"Processing"_s << none << OrderStatus::Paid;
    QTest::newRow("Dispatched") << u"Dispatched"_s << none << OrderStatus::Shipped;
    QTest::newRow("sent, any case") << u"  SENT "_s << none << OrderStatus::Shipped;
    QTest::newRow("Done") << u"Done"_s << none << OrderStatus::Completed;
    QTest::newRow("Returned") << u"Returned"_s << none << OrderStatus::Refunded;
    QTest::newRow("On hold") << u"On hold"_s << none << OrderStatus::OnHold;
    QTest::newRow("Tidings' own name") << u"Cancelled"_s << none << OrderStatus::Cancelled;
    QTest::newRow("delivered") << u"delivered"_s << none << OrderStatus::Delivered;
    QTest::newRow("owner's word") << u"Packed"_s << u"{\"packed\": \"paid\"}"_s << OrderStatus::Paid;
    QTest::newRow("owner overrides preset") << u"Sent"_s << u"{\"Sent\": \"delivered\"}"_s << OrderStatus::Delivered;
    QTest::newRow("unknown word") << u"Waiting for Bob"_s << none << OrderStatus::Unknown;
    QTest::newRow("empty") << QString() << none << OrderStatus::Unknown;
}

void TestGoogleSheetsPoller::parse_statuses()
{
    QFETCH(QString, word);
    QFETCH(QString, statusMap);
    QJsonObject options;
    if (!statusMap.isEmpty()) {
        options.insert(u"statusMap"_s, statusMap);
    }
    const PollOutcome outcome = GoogleSheetsPoller::parsePage(
        valueRange({{u"Order ID"_s, u"Status"_s}, {u"77"_s, word}}), QDateTime(), plainSource(options));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 1);
    QTEST(outcome.page->events.first().orderStatus, "expected");
    QCOMPARE(outcome.page->events.first().rawOrderStatus, word.trimmed());
    QCOMPARE(outcome.page->events.first().orderId, u"77"_s);
}

void TestGoogleSheetsPoller::parse_columnsByHeaderName()
{
    // The owner's names, matched trimmed and case-insensitively; rows shorter than the header (Google leaves
    // trailing empty cells out); a row without an order id is skipped.
    const QList<QStringList> rows{
        {u"  ORDER  no "_s, u"State"_s, u"E-mail"_s, u"Name"_s, u"Shipper"_s, u"Parcel"_s, u"Link"_s, u"Changed"_s},
        {u"0042"_s, u"Posted"_s, u"ada@example.com"_s, u"Ada"_s, u"DHL"_s, u"00340434161234567890"_s,
         u"https://track.example.com/0034"_s, u"2026-03-01 14:05:00"_s},
        {u""_s, u"Posted"_s, u"nobody@example.com"_s},
        {u"0043"_s, u"Packed"_s},
    };
    const QJsonObject options{{u"orderIdColumn"_s, u"order no"_s},
                              {u"statusColumn"_s, u"state"_s},
                              {u"emailColumn"_s, u"e-mail"_s},
                              {u"nameColumn"_s, u"NAME"_s},
                              {u"carrierColumn"_s, u"Shipper"_s},
                              {u"trackingColumn"_s, u"parcel"_s},
                              {u"trackingUrlColumn"_s, u"link"_s},
                              {u"updatedAtColumn"_s, u"changed"_s},
                              {u"statusMap"_s, QJsonObject{{u"Posted"_s, u"shipped"_s}, {u"Packed"_s, u"paid"_s}}}};
    const QDateTime date(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    const PollOutcome outcome = GoogleSheetsPoller::parsePage(valueRange(rows), date, plainSource(options));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->events.size(), 2);
    QCOMPARE(outcome.page->newestSeen, date);
    QVERIFY(!outcome.page->more);
    const OrderEvent &shipped = outcome.page->events.at(0);
    QCOMPARE(shipped.orderId, u"0042"_s);
    QCOMPARE(shipped.sourceId, u"shop"_s);
    QCOMPARE(shipped.sourceType, u"googlesheets"_s);
    QCOMPARE(shipped.orderStatus, OrderStatus::Shipped);
    QCOMPARE(shipped.customerEmail, u"ada@example.com"_s);
    QCOMPARE(shipped.customerName, u"Ada"_s);
    QCOMPARE(shipped.carrier, u"DHL"_s);
    QCOMPARE(shipped.trackingNumber, u"00340434161234567890"_s);
    QCOMPARE(shipped.shipmentId, u"00340434161234567890"_s);
    QCOMPARE(shipped.trackingUrl, QUrl(u"https://track.example.com/0034"_s));
    QCOMPARE(shipped.occurredAt, QDateTime(QDate(2026, 3, 1), QTime(14, 5), Qt::UTC));
    QCOMPARE(QJsonDocument::fromJson(shipped.rawPayload).object().value(u"Parcel"_s).toString(),
             u"00340434161234567890"_s);
    const OrderEvent &packed = outcome.page->events.at(1);
    QCOMPARE(packed.orderId, u"0043"_s);
    QCOMPARE(packed.orderStatus, OrderStatus::Paid);
    QVERIFY(!packed.hasShipment());
    QVERIFY(packed.customerEmail.isEmpty());
    QVERIFY(!packed.occurredAt.isValid());
}

void TestGoogleSheetsPoller::parse_missingHeader_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("named"); // empty: no error

    QTest::newRow("defaults, optional ones absent") << QJsonObject{} << QString();
    QTest::newRow("no order id header") << QJsonObject{{u"orderIdColumn"_s, u"Ref"_s}} << u"Ref"_s;
    QTest::newRow("mapped status header missing") << QJsonObject{{u"statusColumn"_s, u"State"_s}} << u"State"_s;
    QTest::newRow("mapped updated-at missing") << QJsonObject{{u"updatedAtColumn"_s, u"Last edit"_s}} << u"Last edit"_s;
}

void TestGoogleSheetsPoller::parse_missingHeader()
{
    QFETCH(QJsonObject, options);
    QFETCH(QString, named);
    const PollOutcome outcome = GoogleSheetsPoller::parsePage(
        valueRange({{u"Order ID"_s, u"Status"_s}, {u"1"_s, u"New"_s}}), QDateTime(), plainSource(options));
    if (named.isEmpty()) {
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.page->events.size(), 1);
        return;
    }
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY2(outcome.error->message.contains(u"\""_s + named + u"\""_s), qPrintable(outcome.error->message));
    QVERIFY(outcome.error->message.contains(u"Order log"_s));
}

void TestGoogleSheetsPoller::parse_emptyAndHeaderOnly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty range: no values") << QByteArray(R"({"range":"Sheet1!A1:Z1000","majorDimension":"ROWS"})");
    QTest::newRow("header only") << valueRange({Header});
    QTest::newRow("empty rows") << valueRange({Header, {}, {}});
}

void TestGoogleSheetsPoller::parse_emptyAndHeaderOnly()
{
    QFETCH(QByteArray, body);
    const PollOutcome outcome = GoogleSheetsPoller::parsePage(body, QDateTime(), plainSource());
    QVERIFY(outcome.ok());
    QVERIFY(outcome.page->events.isEmpty());
    QVERIFY(!outcome.page->more);
}

void TestGoogleSheetsPoller::parse_tooManyRows_configError()
{
    QList<QStringList> rows{{u"Order ID"_s}};
    for (int i = 0; i <= GoogleSheetsPoller::MaxRows; ++i) {
        rows.append({QString::number(i)});
    }
    const PollOutcome outcome = GoogleSheetsPoller::parsePage(valueRange(rows), QDateTime(), plainSource());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
    QVERIFY(outcome.error->message.contains(QString::number(GoogleSheetsPoller::MaxRows + 1)));
    rows.removeLast();
    QVERIFY(GoogleSheetsPoller::parsePage(valueRange(rows), QDateTime(), plainSource()).ok());
}

void TestGoogleSheetsPoller::parse_notJson_retryable()
{
    const PollOutcome outcome = GoogleSheetsPoller::parsePage("<html>502</html>", QDateTime(), plainSource());
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error->retryable);
}

void TestGoogleSheetsPoller::dedup_unchangedRowSameKey_changedRowNewKey_data()
{
    QTest::addColumn<bool>("updatedAtColumn");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<bool>("newKey");

    QTest::newRow("nothing changed") << false << u"Status"_s << u"Processing"_s << false;
    QTest::newRow("status changed") << false << u"Status"_s << u"Dispatched"_s << true;
    QTest::newRow("tracking added") << false << u"Tracking Number"_s << u"1Z999"_s << true;
    QTest::newRow("email only, no updated-at") << false << u"Email"_s << u"new@example.com"_s << false;
    QTest::newRow("updated-at changed") << true << u"Updated"_s << u"2026-03-02 10:00:00"_s << true;
    QTest::newRow("updated-at same") << true << u"Updated"_s << u"2026-03-01 10:00:00"_s << false;
}

void TestGoogleSheetsPoller::dedup_unchangedRowSameKey_changedRowNewKey()
{
    QFETCH(bool, updatedAtColumn);
    QFETCH(QString, header);
    QFETCH(QString, newValue);
    QList<QStringList> rows{Header + QStringList{u"Updated"_s},
                            {u"1001"_s, u"#1001"_s, u"Processing"_s, u"ada@example.com"_s, u"Ada"_s, u""_s, u""_s,
                             u"2026-03-01 10:00:00"_s}};
    const SourceConfig source =
        plainSource(updatedAtColumn ? QJsonObject{{u"updatedAtColumn"_s, u"Updated"_s}} : QJsonObject{});
    // The Date header differs between reads: it must not change any key.
    const PollOutcome before = GoogleSheetsPoller::parsePage(valueRange(rows), Start, source);
    rows[1][rows.first().indexOf(header)] = newValue;
    const PollOutcome after = GoogleSheetsPoller::parsePage(valueRange(rows), Start.addSecs(120), source);
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(before.page->events.size(), 1);
    QCOMPARE(after.page->events.size(), 1);
    QTEST(pollDedupKey(before.page->events.first()) != pollDedupKey(after.page->events.first()), "newKey");
}

void TestGoogleSheetsPoller::fetch_apiKey_sendsContract()
{
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setApiKey(ApiKey);
    sheets.setValues(twoOrders());
    const QDateTime date(QDate(2026, 3, 2), QTime(8, 59, 30), Qt::UTC);
    sheets.setDate(date);
    GoogleSheetsPoller poller;
    const PollOutcome outcome = fetchOnce(poller, keyRequest(sheets.baseUrl()));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(sheets.requestCount(), 1);
    const auto sent = sheets.requests().first();
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(QUrl::fromPercentEncoding(sent.path), u"/v4/spreadsheets/"_s + SheetId + u"/values/"_s + Range);
    QCOMPARE(sent.query.queryItemValue(u"majorDimension"_s), u"ROWS"_s);
    QCOMPARE(sent.query.queryItemValue(u"valueRenderOption"_s), u"FORMATTED_VALUE"_s);
    QCOMPARE(sent.query.queryItemValue(u"key"_s, QUrl::FullyDecoded), ApiKey);
    QVERIFY(!sent.headers.contains("authorization"));
    QCOMPARE(outcome.page->events.size(), 2);
    QCOMPARE(outcome.page->events.at(1).orderStatus, OrderStatus::Pending);
    QCOMPARE(outcome.page->newestSeen, date); // Google's clock, not this PC's
    QVERIFY(!outcome.page->more);
}

void TestGoogleSheetsPoller::fetch_oauth_bearer_refreshesOnceOn401()
{
    FakeOAuth2Server tokens(u"/token"_s, u"client-1.apps.googleusercontent.com"_s, u"GOCSPX-secret"_s);
    QVERIFY(tokens.listen());
    tokens.setRefreshToken(u"1//refresh"_s);
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setTokens(&tokens);
    sheets.setValues(twoOrders());
    PollRequest request;
    request.source =
        sheetSource(sheets.baseUrl(), {{u"clientId"_s, u"client-1.apps.googleusercontent.com"_s},
                                       {u"tokenUrl"_s, QString(tokens.baseUrl().toString() + u"/token"_s)}});
    request.secrets = {{u"refreshToken"_s, u"1//refresh"_s}, {u"clientSecret"_s, u"GOCSPX-secret"_s}};
    GoogleSheetsPoller poller;

    QVERIFY(fetchOnce(poller, request).ok());
    QVERIFY(fetchOnce(poller, request).ok()); // the token is kept
    QCOMPARE(tokens.tokensIssued(), 1);
    QCOMPARE(sheets.requests().at(0).headers.value("authorization"), QByteArray("Bearer token-1"));
    QVERIFY(!sheets.requests().at(0).query.hasQueryItem(u"key"_s));

    tokens.revokeAll(); // Google now answers 401 to token-1
    const PollOutcome outcome = fetchOnce(poller, request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(tokens.tokensIssued(), 2);
    QCOMPARE(sheets.requestCount(), 4);
    QCOMPARE(sheets.requests().at(2).status, 401);
    QCOMPARE(sheets.requests().at(3).headers.value("authorization"), QByteArray("Bearer token-2"));

    // Refused with a fresh token too: asked once more, not in a loop, and the owner is told.
    sheets.queueModes({FakePlatformServer::Mode::Unauthorized401, FakePlatformServer::Mode::Unauthorized401});
    const PollOutcome refused = fetchOnce(poller, request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->code, ErrorCode::Unauthorized);
    QVERIFY(!refused.error->retryable);
    QCOMPARE(sheets.requestCount(), 6);
    QCOMPARE(tokens.tokensIssued(), 3);
    QVERIFY(!refused.error->message.contains(u"GOCSPX-secret"_s) && !refused.error->detail.contains(u"1//refresh"_s));
}

void TestGoogleSheetsPoller::fetch_oauth_rotatedRefreshToken_carriedAndUsed()
{
    FakeOAuth2Server tokens(u"/token"_s, u"client-1.apps.googleusercontent.com"_s, u"GOCSPX-secret"_s);
    QVERIFY(tokens.listen());
    tokens.setRefreshToken(u"1//refresh"_s);
    tokens.setRotateRefreshTokens(true);
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setTokens(&tokens);
    sheets.setValues(twoOrders());
    PollRequest request;
    request.source =
        sheetSource(sheets.baseUrl(), {{u"clientId"_s, u"client-1.apps.googleusercontent.com"_s},
                                       {u"tokenUrl"_s, QString(tokens.baseUrl().toString() + u"/token"_s)}});
    request.secrets = {{u"refreshToken"_s, u"1//refresh"_s}, {u"clientSecret"_s, u"GOCSPX-secret"_s}};
    GoogleSheetsPoller poller;

    // A failure after the refresh still names the new token: the one sent is dead either way.
    sheets.queueModes({FakePlatformServer::Mode::ServerError500});
    const PollOutcome failed = fetchOnce(poller, request);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.renewedSecrets.value(u"refreshToken"_s), u"rt-1/a+b"_s);
    request.secrets.insert(u"refreshToken"_s, failed.renewedSecrets.value(u"refreshToken"_s));

    // Several fetches in a row, each after a 401 (the fake refuses a used refresh token).
    for (int round = 2; round <= 4; ++round) {
        tokens.revokeAll();
        const PollOutcome outcome = fetchOnce(poller, request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        QCOMPARE(tokens.refreshTokensRotated(), round);
        QCOMPARE(outcome.renewedSecrets.value(u"refreshToken"_s), tokens.refreshToken());
        request.secrets.insert(u"refreshToken"_s, tokens.refreshToken());
    }
    // With the newest token saved and the access token kept, nothing is renewed.
    const PollOutcome quiet = fetchOnce(poller, request);
    QVERIFY(quiet.ok());
    QVERIFY(quiet.renewedSecrets.isEmpty());
    QCOMPARE(tokens.tokensIssued(), 4);
}

void TestGoogleSheetsPoller::fetch_rawBodyHoldsOnlyChangedRows()
{
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setApiKey(ApiKey);
    sheets.setValues(twoOrders());
    GoogleSheetsPoller poller;
    const PollOutcome first = fetchOnce(poller, keyRequest(sheets.baseUrl()));
    QVERIFY(first.ok());
    QCOMPARE(QJsonDocument::fromJson(first.page->rawBody).object().value(u"changedRows"_s).toArray().size(), 2);
    sheets.setCell(u"1002"_s, u"Status"_s, u"Dispatched"_s);
    const PollOutcome second = fetchOnce(poller, keyRequest(sheets.baseUrl()));
    QVERIFY(second.ok());
    QCOMPARE(second.page->events.size(), 2); // the scheduler's keys drop the unchanged one
    const QJsonArray changed = QJsonDocument::fromJson(second.page->rawBody).object().value(u"changedRows"_s).toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().toObject().value(u"Status"_s).toString(), u"Dispatched"_s);
}

void TestGoogleSheetsPoller::fetch_failures_data()
{
    QTest::addColumn<QList<FakePlatformServer::Mode>>("modes");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<qint64>("retryAfterMs");

    using Mode = FakePlatformServer::Mode;
    const QJsonObject none;
    QTest::newRow("429") << QList<Mode>{Mode::RateLimit429} << ApiKey << true << none << ErrorCode::RateLimited << true
                         << qint64(2000);
    QTest::newRow("503") << QList<Mode>{Mode::Unavailable503} << ApiKey << true << none << ErrorCode::ProviderFailed
                         << true << qint64(2000);
    QTest::newRow("500") << QList<Mode>{Mode::ServerError500} << ApiKey << true << none << ErrorCode::ProviderFailed
                         << true << qint64(-1);
    QTest::newRow("wrong key") << QList<Mode>{} << u"AIzaWrong"_s << true << none << ErrorCode::Unauthorized << false
                               << qint64(-1);
    QTest::newRow("sheet not shared") << QList<Mode>{} << ApiKey << false << none << ErrorCode::Unauthorized << false
                                      << qint64(-1);
    QTest::newRow("wrong range") << QList<Mode>{} << ApiKey << true << QJsonObject{{u"range"_s, u"Ordres!A1:Z"_s}}
                                 << ErrorCode::Config << false << qint64(-1);
    QTest::newRow("wrong spreadsheet") << QList<Mode>{} << ApiKey << true
                                       << QJsonObject{{u"spreadsheetId"_s, u"1NotThisOne"_s}} << ErrorCode::Config
                                       << false << qint64(-1);
    QTest::newRow("no credential") << QList<Mode>{} << QString() << true << none << ErrorCode::Config << false
                                   << qint64(-1);
}

void TestGoogleSheetsPoller::fetch_failures()
{
    QFETCH(QList<FakePlatformServer::Mode>, modes);
    QFETCH(QString, key);
    QFETCH(bool, shared);
    QFETCH(QJsonObject, options);
    QFETCH(qint64, retryAfterMs);
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setApiKey(ApiKey, shared);
    sheets.setValues(twoOrders());
    sheets.queueModes(modes);
    GoogleSheetsPoller poller;
    const PollOutcome outcome = fetchOnce(poller, keyRequest(sheets.baseUrl(), key, options));
    QVERIFY(!outcome.ok());
    QTEST(outcome.error->code, "code");
    QTEST(outcome.error->retryable, "retryable");
    QCOMPARE(outcome.retryAfterMs.value_or(-1), retryAfterMs);
    QVERIFY(!outcome.error->message.isEmpty());
    for (const QString &secret : {ApiKey, key}) {
        QVERIFY(secret.isEmpty() ||
                (!outcome.error->message.contains(secret) && !outcome.error->detail.contains(secret)));
    }
}

void TestGoogleSheetsPoller::fetch_plainHttpToOtherHost_refused()
{
    GoogleSheetsPoller poller;
    const PollOutcome outcome = fetchOnce(poller, keyRequest(QUrl(u"http://sheets.example.com"_s)));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ErrorCode::Config);
}

void TestGoogleSheetsPoller::scheduler_backfillThenEachChangeOnce_restartNothingTwice()
{
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setApiKey(ApiKey);
    sheets.setValues(twoOrders());
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, {{u"apiKey"_s, ApiKey}}}};
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    {
        PollRig rig(dir.path(), clock);
        QVERIFY(rig.opened && rig.schedulerOpened);
        rig.scheduler->setSources({sheetSource(sheets.baseUrl())}, secrets);
        rig.scheduler->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 2); // the backfill: stored, nobody notified
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 2);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
        QVERIFY(rig.cursor()->backfillDone);

        // The whole sheet again, nothing changed: no new change, nothing stored.
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 0);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), 1);

        // A tracking number typed in, and a new row: each found once, each notified once.
        sheets.setCell(u"1001"_s, u"Status"_s, u"Dispatched"_s);
        sheets.setCell(u"1001"_s, u"Tracking Number"_s, u"1Z999AA10123456784"_s);
        sheets.values().append({u"1003"_s, u"#1003"_s, u"New"_s, u"linus@example.com"_s, u"Linus"_s});
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 2);
        clock->advance(120 * 1000);
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 0);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"_s), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), 2);
    }
    // A restart on the same data dir: the poller's memory is gone, the store's keys are not.
    clock->advance(10 * 1000);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({sheetSource(sheets.baseUrl())}, secrets);
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), 2);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 2);
    QCOMPARE(rig.failed->count(), 0);
}

void TestGoogleSheetsPoller::parse_stock_quantityAndStatus_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("change");      // false: the row tells nothing about stock
    QTest::addColumn<qint64>("available"); // -1: none
    QTest::addColumn<StockStatus>("expected");
    QTest::addColumn<QString>("rawStatus");

    const QString none;
    QTest::newRow("whole number") << u"12"_s << none << true << qint64(12) << StockStatus::Unknown << none;
    QTest::newRow("12.0") << u"12.0"_s << none << true << qint64(12) << StockStatus::Unknown << none;
    QTest::newRow("decimal rounded down") << u"2.75"_s << none << true << qint64(2) << StockStatus::Unknown << none;
    QTest::newRow("decimal comma") << u"2,5"_s << none << true << qint64(2) << StockStatus::Unknown << none;
    QTest::newRow("thousands grouped") << u"1,234"_s << none << true << qint64(1234) << StockStatus::Unknown << none;
    QTest::newRow("with a unit") << u"7 pcs"_s << none << true << qint64(7) << StockStatus::Unknown << none;
    QTest::newRow("zero") << u"0"_s << none << true << qint64(0) << StockStatus::Unknown << none;
    QTest::newRow("oversold") << u"-2"_s << none << true << qint64(-2) << StockStatus::Unknown << none;
    QTest::newRow("empty, no status") << u""_s << none << false << qint64(-1) << StockStatus::Unknown << none;
    QTest::newRow("empty, Sold out") << u""_s << u"Sold out"_s << true << qint64(-1) << StockStatus::OutOfStock
                                     << u"Sold out"_s;
    QTest::newRow("quantity and LOW") << u"3"_s << u"LOW"_s << true << qint64(3) << StockStatus::LowStock << u"LOW"_s;
    QTest::newRow("in stock") << none << u"in stock"_s << true << qint64(-1) << StockStatus::InStock << u"in stock"_s;
    QTest::newRow("Available") << none << u"Available"_s << true << qint64(-1) << StockStatus::InStock
                               << u"Available"_s;
    QTest::newRow("Not available") << none << u"Not available"_s << true << qint64(-1) << StockStatus::OutOfStock
                                   << u"Not available"_s;
    QTest::newRow("OUT OF STOCK") << none << u"OUT OF STOCK"_s << true << qint64(-1) << StockStatus::OutOfStock
                                  << u"OUT OF STOCK"_s;
    QTest::newRow("Backorder") << none << u"Backorder"_s << true << qint64(-1) << StockStatus::OutOfStock
                               << u"Backorder"_s;
    QTest::newRow("Back in stock") << none << u"Back in stock"_s << true << qint64(-1) << StockStatus::BackInStock
                                   << u"Back in stock"_s;
    QTest::newRow("Tidings' own name") << none << u"low_stock"_s << true << qint64(-1) << StockStatus::LowStock
                                       << u"low_stock"_s;
    QTest::newRow("other words kept raw")
        << none << u"Ask Bob"_s << true << qint64(-1) << StockStatus::Unknown << u"Ask Bob"_s;
    QTest::newRow("words in the quantity column")
        << u"Sold out"_s << none << true << qint64(-1) << StockStatus::OutOfStock << u"Sold out"_s;
    QTest::newRow("no number in the quantity column")
        << u"lots"_s << none << true << qint64(-1) << StockStatus::Unknown << u"lots"_s;
}

void TestGoogleSheetsPoller::parse_stock_quantityAndStatus()
{
    QFETCH(QString, quantity);
    QFETCH(QString, status);
    QFETCH(bool, change);
    QFETCH(qint64, available);
    const PollOutcome outcome =
        GoogleSheetsPoller::parsePage(valueRange({{u"SKU"_s, u"Product"_s, u"Location"_s, u"Qty"_s, u"Stock status"_s},
                                                  {u"MUG-01"_s, u"Blue mug"_s, u"Leeds"_s, quantity, status}}),
                                      QDateTime(), plainSource());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QVERIFY(outcome.page->events.isEmpty());
    QCOMPARE(outcome.page->stock.size(), change ? 1 : 0);
    if (!change) {
        return;
    }
    const StockChange &stock = outcome.page->stock.first();
    QCOMPARE(stock.available, available == -1 ? std::nullopt : std::optional<qint64>(available));
    QTEST(stock.status, "expected");
    QTEST(stock.rawStatus, "rawStatus");
}

void TestGoogleSheetsPoller::parse_stockSheet_rowsBecomeStockChanges()
{
    // SKU, Product, Location, Qty: no order id column needed. Rows without a SKU, or without a quantity, are
    // skipped; rows shorter than the header (Google leaves trailing empty cells out) are read.
    QList<QStringList> rows = stockSheet();
    rows.append({u""_s, u"Gift card"_s, u"Leeds"_s, u"100"_s});
    rows.append({u"CAP-03"_s, u"Cap"_s, u"York"_s});
    rows.append({u"SOCK-04"_s, u"Socks"_s});
    rows[2][3] = u"12.0"_s;
    rows.append({u"MUG-01"_s, u"Blue mug"_s, u"York"_s, u"0"_s});
    const QDateTime date(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    const PollOutcome outcome = GoogleSheetsPoller::parsePage(valueRange(rows), date, plainSource());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QVERIFY(outcome.page->events.isEmpty());
    QCOMPARE(outcome.page->newestSeen, date);
    const QList<StockChange> &stock = outcome.page->stock;
    QCOMPARE(stock.size(), 3);
    const StockChange &mug = stock.at(0);
    QCOMPARE(mug.sourceId, u"shop"_s);
    QCOMPARE(mug.sourceType, u"googlesheets"_s);
    QCOMPARE(mug.productId, u"MUG-01"_s);
    QCOMPARE(mug.sku, u"MUG-01"_s);
    QVERIFY(mug.variantId.isEmpty());
    QCOMPARE(mug.productName, u"Blue mug"_s);
    QCOMPARE(mug.locationId, u"Leeds"_s);
    QCOMPARE(mug.available, std::optional<qint64>(5));
    QCOMPARE(mug.status, StockStatus::Unknown); // only a quantity: the store derives the level
    QVERIFY(mug.rawStatus.isEmpty());
    QVERIFY(!mug.occurredAt.isValid()); // no updated-at column: compared with the stored level
    QCOMPARE(stock.at(1).sku, u"TEE-02"_s);
    QCOMPARE(stock.at(1).available, std::optional<qint64>(12));
    // The same SKU at a second location: a level of its own.
    QCOMPARE(stock.at(2).key(), u"MUG-01/@York"_s);
    QCOMPARE(stock.at(2).available, std::optional<qint64>(0));
    QVERIFY(stock.at(0).key() != stock.at(2).key());
}

void TestGoogleSheetsPoller::parse_stock_customColumns_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("named"); // empty: no error

    const QJsonObject german{{u"skuColumn"_s, u"artikelnummer"_s},     {u"stockColumn"_s, u"BESTAND"_s},
                             {u"stockStatusColumn"_s, u"Lieferbar"_s}, {u"productColumn"_s, u"Bezeichnung"_s},
                             {u"locationColumn"_s, u"Lager"_s},        {u"updatedAtColumn"_s, u"Geändert"_s}};
    QTest::newRow("the owner's names") << german << QString();
    QJsonObject wrong = german;
    wrong.insert(u"stockColumn"_s, u"Menge"_s);
    QTest::newRow("named quantity column missing") << wrong << u"Menge"_s;
    wrong = german;
    wrong.insert(u"skuColumn"_s, u"SKU"_s);
    QTest::newRow("named SKU column missing") << wrong << u"SKU"_s;
    QTest::newRow("defaults do not fit: the order id column is asked for") << QJsonObject{} << u"Order ID"_s;
}

void TestGoogleSheetsPoller::parse_stock_customColumns()
{
    QFETCH(QJsonObject, options);
    QFETCH(QString, named);
    const QList<QStringList> rows{
        {u"Artikelnummer"_s, u"Bezeichnung"_s, u"Lager"_s, u"Bestand"_s, u"Lieferbar"_s, u"Geändert"_s},
        {u"TASSE-1"_s, u"Tasse blau"_s, u"Berlin"_s, u"4"_s, u"Sold out"_s, u"2026-03-01 14:05:00"_s},
        {u"TASSE-2"_s, u"Tasse rot"_s, u"Berlin"_s, u"9,0"_s}};
    const PollOutcome outcome = GoogleSheetsPoller::parsePage(valueRange(rows), QDateTime(), plainSource(options));
    if (!named.isEmpty()) {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error->code, ErrorCode::Config);
        QVERIFY2(outcome.error->message.contains(u"\""_s + named + u"\""_s), qPrintable(outcome.error->message));
        return;
    }
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    QCOMPARE(outcome.page->stock.size(), 2);
    const StockChange &blue = outcome.page->stock.at(0);
    QCOMPARE(blue.sku, u"TASSE-1"_s);
    QCOMPARE(blue.productName, u"Tasse blau"_s);
    QCOMPARE(blue.locationId, u"Berlin"_s);
    QCOMPARE(blue.available, std::optional<qint64>(4));
    QCOMPARE(blue.status, StockStatus::OutOfStock); // the status column says so, whatever the quantity
    QCOMPARE(blue.rawStatus, u"Sold out"_s);
    QCOMPARE(blue.occurredAt, QDateTime(QDate(2026, 3, 1), QTime(14, 5), Qt::UTC)); // the row's updated-at
    const StockChange &red = outcome.page->stock.at(1);
    QCOMPARE(red.available, std::optional<qint64>(9));
    QVERIFY(!red.occurredAt.isValid()); // its updated-at cell is empty
}

void TestGoogleSheetsPoller::parse_mixedSheet_ordersAndStock_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<int>("stockRows");

    const QJsonObject none;
    QTest::newRow("Stock column beside orders")
        << QStringList{u"Order ID"_s, u"Status"_s, u"Email"_s, u"SKU"_s, u"Product"_s, u"Stock"_s} << none << 2;
    // Beside order ids, "Quantity" is how many were ordered: the rows without an order id are no stock.
    QTest::newRow("Quantity beside orders is the ordered quantity")
        << QStringList{u"Order ID"_s, u"Status"_s, u"Email"_s, u"SKU"_s, u"Product"_s, u"Quantity"_s} << none << 0;
    QTest::newRow("unless the owner names it")
        << QStringList{u"Order ID"_s, u"Status"_s, u"Email"_s, u"SKU"_s, u"Product"_s, u"Quantity"_s}
        << QJsonObject{{u"stockColumn"_s, u"quantity"_s}} << 2;
}

void TestGoogleSheetsPoller::parse_mixedSheet_ordersAndStock()
{
    QFETCH(QStringList, header);
    QFETCH(QJsonObject, options);
    const QList<QStringList> rows{
        header,
        {u"1001"_s, u"Dispatched"_s, u"ada@example.com"_s, u"MUG-01"_s, u"Blue mug"_s, u"1"_s},
        {u""_s, u""_s, u""_s, u"MUG-01"_s, u"Blue mug"_s, u"4"_s},
        {u"1002"_s, u"New"_s, u"grace@example.com"_s},
        {u""_s, u""_s, u""_s, u"TEE-02"_s, u"Linen tee"_s, u"0"_s}};
    const PollOutcome outcome = GoogleSheetsPoller::parsePage(valueRange(rows), QDateTime(), plainSource(options));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
    // A row with an order id and a SKU is an order row.
    QCOMPARE(outcome.page->events.size(), 2);
    QCOMPARE(outcome.page->events.at(0).orderId, u"1001"_s);
    QCOMPARE(outcome.page->events.at(0).orderStatus, OrderStatus::Shipped);
    QCOMPARE(outcome.page->events.at(1).orderId, u"1002"_s);
    QTEST(int(outcome.page->stock.size()), "stockRows");
    if (!outcome.page->stock.isEmpty()) {
        QCOMPARE(outcome.page->stock.at(0).sku, u"MUG-01"_s);
        QCOMPARE(outcome.page->stock.at(0).available, std::optional<qint64>(4));
        QCOMPARE(outcome.page->stock.at(1).sku, u"TEE-02"_s);
        QCOMPARE(outcome.page->stock.at(1).available, std::optional<qint64>(0));
    }
}

void TestGoogleSheetsPoller::fetch_stock_rawBodyHoldsOnlyChangedRows()
{
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setApiKey(ApiKey);
    sheets.setValues(stockSheet());
    GoogleSheetsPoller poller;
    PollRequest request = keyRequest(sheets.baseUrl());
    request.source = stockSource(sheets.baseUrl());
    const PollOutcome first = fetchOnce(poller, request);
    QVERIFY2(first.ok(), qPrintable(first.error ? first.error->detail : QString()));
    QCOMPARE(first.page->stock.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(first.page->rawBody).object().value(u"changedRows"_s).toArray().size(), 2);
    sheets.setCell(u"TEE-02"_s, u"Qty"_s, u"11"_s);
    const PollOutcome second = fetchOnce(poller, request);
    QVERIFY(second.ok());
    QCOMPARE(second.page->stock.size(), 2); // the scheduler compares them with the stored levels
    const QJsonArray changed = QJsonDocument::fromJson(second.page->rawBody).object().value(u"changedRows"_s).toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().toObject().value(u"SKU"_s).toString(), u"TEE-02"_s);
    QCOMPARE(changed.first().toObject().value(u"Qty"_s).toString(), u"11"_s);
}

void TestGoogleSheetsPoller::scheduler_stock_levelStoredOnlyWhenChanged()
{
    FakeGoogleSheets sheets(SheetId, Range);
    QVERIFY(sheets.listen());
    sheets.setApiKey(ApiKey);
    sheets.setValues(stockSheet());
    const PollScheduler::SourceSecrets secrets{{u"shop"_s, {{u"apiKey"_s, ApiKey}}}};
    const QString mug = u"SELECT %1 FROM stock_levels WHERE item_key = 'MUG-01/@Leeds'"_s;
    const QString keysOf = u"SELECT COUNT(*) FROM event_keys WHERE key LIKE 'poll-stock:%1/@Leeds:%'"_s;
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    QVERIFY(rig.opened && rig.schedulerOpened);
    rig.scheduler->setSources({stockSource(sheets.baseUrl())}, secrets);
    rig.scheduler->start();

    // The first run stores both levels, quietly.
    QVERIFY(rig.settle());
    QCOMPARE(rig.failed->count(), 0);
    QCOMPARE(rig.lastFound(), 2);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM stock_levels"_s), 2);
    QCOMPARE(rig.count(mug.arg(u"available"_s)), 5);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 0);

    // The whole sheet again, unchanged: nothing stored.
    const qint64 rawEvents = rig.count(u"SELECT COUNT(*) FROM raw_events"_s);
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), rawEvents);

    // Sold out, then restocked to the same 5: each is a change; the tee, unchanged, never is.
    sheets.setCell(u"MUG-01"_s, u"Qty"_s, u"0"_s);
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);
    QCOMPARE(rig.count(mug.arg(u"available"_s)), 0);

    sheets.setCell(u"MUG-01"_s, u"Qty"_s, u"5"_s);
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);
    QCOMPARE(rig.count(mug.arg(u"available"_s)), 5);
    QCOMPARE(rig.count(mug.arg(u"occurred_at"_s)), clock->now().toMSecsSinceEpoch());

    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), rawEvents + 2);
    QCOMPARE(rig.count(keysOf.arg(u"MUG-01"_s)), 3);
    QCOMPARE(rig.count(keysOf.arg(u"TEE-02"_s)), 1);
    QCOMPARE(rig.failed->count(), 0);
}

QTEST_GUILESS_MAIN(TestGoogleSheetsPoller)
#include "tst_googlesheetspoller.moc"
