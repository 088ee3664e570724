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

QTEST_GUILESS_MAIN(TestGoogleSheetsPoller)
#include "tst_googlesheetspoller.moc"
