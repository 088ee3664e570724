#include "config/appconfig.h"
#include "fakes/fakeairtable.h"
#include "fakes/testsupport.h"
#include "sources/airtablepayloadfetcher.h"
#include "store/database.h"
#include "store/ingestwriter.h"
#include "store/sourcecursors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace Tidings;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString baseId = u"appLkNDICXNqxSDhG"_s;
const QString webhookId = u"achW8p3Lq2Xv9Rt4m"_s;
const QString tableId = u"tblOrd3rs9Kx2Lm4Q"_s;
const QByteArray token = QByteArrayLiteral("patQ1w2E3r4T5y6U7.0123456789abcdef0123456789abcdef");

QJsonObject json(const QString &relativePath)
{
    return QJsonDocument::fromJson(Test::fixture(relativePath)).object();
}

// A payload that creates one record in `table` with `cells` (field id → value).
QJsonObject createdPayload(int transaction, const QString &recordId, const QJsonObject &cells,
                           const QString &table = tableId)
{
    return QJsonObject{
        {u"timestamp"_s, u"2024-05-17T10:00:00.000Z"_s},
        {u"baseTransactionNumber"_s, transaction},
        {u"actionMetadata"_s, QJsonObject{{u"source"_s, u"publicApi"_s}, {u"sourceMetadata"_s, QJsonObject{}}}},
        {u"payloadFormat"_s, u"v0"_s},
        {u"changedTablesById"_s,
         QJsonObject{
             {table, QJsonObject{{u"createdRecordsById"_s,
                                  QJsonObject{{recordId, QJsonObject{{u"createdTime"_s, u"2024-05-17T10:00:00.000Z"_s},
                                                                     {u"cellValuesByFieldId"_s, cells}}}}}}}}},
    };
}

QJsonObject standardFieldMap()
{
    return QJsonObject{
        {u"fldOrderNumber001"_s, u"orderNumber"_s},   {u"fldCustomerName01"_s, u"customerName"_s},
        {u"fldEmail000000001"_s, u"customerEmail"_s}, {u"fldStatus00000001"_s, u"orderStatus"_s},
        {u"fldCarrier0000001"_s, u"carrier"_s},       {u"fldTracking000001"_s, u"trackingNumber"_s},
        {u"fldTotal000000001"_s, u"totalPrice"_s},
    };
}

// Holds submitted items until release(), to look at the state between "fetched" and "committed".
class HeldSink final : public IngestSink
{
public:
    explicit HeldSink(IngestSink *inner)
        : m_inner(inner)
    {}

    void submit(IngestItem item, Done done) override { m_held.append({std::move(item), std::move(done)}); }

    qsizetype heldCount() const { return m_held.size(); }

    void release()
    {
        for (auto &[item, done] : m_held) {
            m_inner->submit(std::move(item), std::move(done));
        }
        m_held.clear();
    }

private:
    IngestSink *m_inner;
    QList<std::pair<IngestItem, Done>> m_held;
};

QStringList s_logged;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_logged.append(message);
}

} // namespace

class TestAirtableFetcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fetch_twoPages_inOrderAndStored();
    void fetch_cursorSavedOnlyAfterCommit();
    void fetch_transientErrors_retriedThenStored_data();
    void fetch_transientErrors_retriedThenStored();
    void fetch_refused_problemAndCursorUnchanged_data();
    void fetch_refused_problemAndCursorUnchanged();
    void fetch_statusMapping_data();
    void fetch_statusMapping();
    void fetch_columnNames_resolvedThroughSchema();
    void fetch_recordsOfOtherTablesOrUnmappedColumns_noOrder();
    void fetch_stockRecord_storedAsStockLevel();
    void fetch_samePayloadsAgain_duplicatesQueueNothing();
    void fetch_transactionSplitOverPayloads_allStored();
    void fetch_whileRunning_coalescedIntoOneMorePass();
    void fetch_missingSettings_problemWithoutRequest_data();
    void fetch_missingSettings_problemWithoutRequest();
    void fetch_otherWebhookCursor_startsAtOne();

private:
    SourceConfig source(const QJsonObject &extraOptions = {}) const;
    std::unique_ptr<AirtablePayloadFetcher> makeFetcher(IngestSink *sink);
    // Runs one fetch and waits for its end; returns whether it ended well.
    bool fetchAndWait(AirtablePayloadFetcher &fetcher, const SourceConfig &config, const QByteArray &apiToken = token);
    qint64 count(const QString &sql) const;
    QVariant value(const QString &sql) const;
    qint64 savedCursor() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QThread> m_writerThread;
    IngestWriter *m_writer = nullptr;
    std::unique_ptr<Test::FakeAirtable> m_fake;
    std::optional<Database> m_db;
};

void TestAirtableFetcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_writerThread = std::make_unique<QThread>();
    m_writer = new IngestWriter(m_dir->path());
    m_writer->moveToThread(m_writerThread.get());
    connect(m_writerThread.get(), &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread->start();
    Status opened;
    QMetaObject::invokeMethod(
        m_writer, [this, &opened] { opened = m_writer->open(); }, Qt::BlockingQueuedConnection);
    QVERIFY(opened.ok());
    ChannelConfig mail;
    mail.id = u"mail"_s;
    mail.type = u"sendgrid"_s;
    mail.name = u"Mail"_s;
    mail.fromEmail = u"orders@juniper-pine.example"_s;
    m_writer->setRules(defaultRules(mail.id), {mail});

    m_fake = std::make_unique<Test::FakeAirtable>(baseId, webhookId, token);
    QVERIFY(m_fake->listen());
    auto db = Database::open(m_dir->path(), u"test"_s);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
}

void TestAirtableFetcher::cleanup()
{
    m_db.reset();
    m_fake.reset();
    if (m_writer) {
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    }
    m_writerThread->quit();
    m_writerThread->wait();
    m_writer = nullptr;
    m_writerThread.reset();
    m_dir.reset();
}

SourceConfig TestAirtableFetcher::source(const QJsonObject &extraOptions) const
{
    QJsonObject options{
        {u"baseId"_s, baseId},
        {u"webhookId"_s, webhookId},
        {u"apiBaseUrl"_s, m_fake->baseUrl().toString()},
        {u"fieldMap"_s, standardFieldMap()},
        {u"statusMap"_s, QJsonObject{{u"dispatched"_s, u"shipped"_s}, {u"With courier"_s, u"out_for_delivery"_s}}},
    };
    for (auto it = extraOptions.begin(); it != extraOptions.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"juniper"_s, u"airtable"_s, u"Juniper orders"_s, true, options};
}

std::unique_ptr<AirtablePayloadFetcher> TestAirtableFetcher::makeFetcher(IngestSink *sink)
{
    auto fetcher = std::make_unique<AirtablePayloadFetcher>(sink, m_dir->path());
    fetcher->setRetryDelays(5ms, 40ms);
    const Status opened = fetcher->open();
    if (!opened) {
        qWarning("fetcher did not open: %ls", qUtf16Printable(opened.error().detail));
    }
    fetcher->setRefetchInterval(0ms);
    return fetcher;
}

bool TestAirtableFetcher::fetchAndWait(AirtablePayloadFetcher &fetcher, const SourceConfig &config,
                                       const QByteArray &apiToken)
{
    QSignalSpy finished(&fetcher, &AirtablePayloadFetcher::fetchFinished);
    fetcher.fetch(config, apiToken);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000)) {
        qWarning("the fetch did not end in time");
        return false;
    }
    return finished.constFirst().at(1).toBool();
}

QVariant TestAirtableFetcher::value(const QString &sql) const
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

qint64 TestAirtableFetcher::count(const QString &sql) const
{
    return value(sql).toLongLong();
}

qint64 TestAirtableFetcher::savedCursor() const
{
    const auto saved = SourceCursors(m_db->handle()).load(AirtablePayloadFetcher::cursorKey(u"juniper"_s));
    if (!saved || saved->isEmpty()) {
        return 0;
    }
    return QJsonDocument::fromJson(saved->toUtf8()).object().value(u"cursor"_s).toInteger();
}

void TestAirtableFetcher::fetch_twoPages_inOrderAndStored()
{
    m_fake->setPageSize(2);
    m_fake->addPayload(json(u"airtable/payload_created.json"_s));
    m_fake->addPayload(json(u"airtable/payload_changed.json"_s));
    m_fake->addPayload(createdPayload(43, u"recZ9y8X7w6V5u4T3"_s,
                                      {{u"fldOrderNumber001"_s, u"#1002"_s},
                                       {u"fldEmail000000001"_s, u"grace@example.com"_s},
                                       {u"fldStatus00000001"_s, QJsonObject{{u"name"_s, u"Paid"_s}}}}));
    auto fetcher = makeFetcher(m_writer);

    QVERIFY(fetchAndWait(*fetcher, source()));

    const auto pages = m_fake->payloadRequests();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).query, QByteArrayLiteral("cursor=1"));
    QCOMPARE(pages.at(1).query, QByteArrayLiteral("cursor=3"));
    QCOMPARE(pages.at(0).authorization, QByteArrayLiteral("Bearer ") + token);
    QCOMPARE(savedCursor(), 4);

    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE topic = 'airtable.payload' AND duplicate = 0"_s), 3);
    // Stored in Airtable's order: transaction 41, 42, 43.
    QSqlQuery query(m_db->handle());
    QVERIFY(query.exec(u"SELECT body FROM raw_events ORDER BY id"_s));
    QList<qint64> transactions;
    while (query.next()) {
        transactions.append(QJsonDocument::fromJson(query.value(0).toByteArray())
                                .object()
                                .value(u"baseTransactionNumber"_s)
                                .toInteger());
    }
    QCOMPARE(transactions, (QList<qint64>{41, 42, 43}));

    QCOMPARE(value(u"SELECT order_number FROM orders WHERE order_id = 'recA1b2C3d4E5f6G7'"_s).toString(), u"#1001"_s);
    QCOMPARE(value(u"SELECT customer_name FROM orders WHERE order_id = 'recA1b2C3d4E5f6G7'"_s).toString(),
             u"Ada Lovelace"_s);
    QCOMPARE(value(u"SELECT customer_email FROM orders WHERE order_id = 'recA1b2C3d4E5f6G7'"_s).toString(),
             u"ada@example.com"_s);
    QCOMPARE(value(u"SELECT total FROM orders WHERE order_id = 'recA1b2C3d4E5f6G7'"_s).toString(), u"59.5"_s);
    QCOMPARE(value(u"SELECT status FROM orders WHERE order_id = 'recA1b2C3d4E5f6G7'"_s).toString(), u"shipped"_s);
    QCOMPARE(value(u"SELECT raw_status FROM orders WHERE order_id = 'recA1b2C3d4E5f6G7'"_s).toString(),
             u"Dispatched"_s);
    QCOMPARE(value(u"SELECT tracking_number FROM shipments WHERE order_id = 'recA1b2C3d4E5f6G7'"_s).toString(),
             u"1Z999AA10123456784"_s);
    QCOMPARE(value(u"SELECT carrier FROM shipments WHERE order_id = 'recA1b2C3d4E5f6G7'"_s).toString(), u"UPS"_s);
    // Default rules: a confirmation for each new order, and a shipping notice for the first tracking number.
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
}

void TestAirtableFetcher::fetch_cursorSavedOnlyAfterCommit()
{
    m_fake->setPageSize(2);
    m_fake->addPayload(json(u"airtable/payload_created.json"_s));
    m_fake->addPayload(json(u"airtable/payload_changed.json"_s));
    m_fake->addPayload(createdPayload(43, u"recZ9y8X7w6V5u4T3"_s, {{u"fldOrderNumber001"_s, u"#1002"_s}}));
    HeldSink held(m_writer);
    auto fetcher = makeFetcher(&held);
    QSignalSpy finished(fetcher.get(), &AirtablePayloadFetcher::fetchFinished);

    fetcher->fetch(source(), token);
    QTRY_COMPARE(held.heldCount(), 2);
    // Fetched but not committed: the cursor has not moved and the next page is not asked for.
    QCoreApplication::processEvents();
    QCOMPARE(savedCursor(), 0);
    QVERIFY(fetcher->isFetching(u"juniper"_s));
    QCOMPARE(m_fake->payloadRequests().size(), 1);

    held.release();
    QTRY_COMPARE(held.heldCount(), 1); // the second page, asked for once the first was committed
    QCOMPARE(savedCursor(), 3);
    QCOMPARE(m_fake->payloadRequests().at(1).query, QByteArrayLiteral("cursor=3"));
    QVERIFY(finished.isEmpty());

    held.release();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.constFirst().at(1).toBool());
    QCOMPARE(savedCursor(), 4);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events"_s), 3);
}

void TestAirtableFetcher::fetch_transientErrors_retriedThenStored_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("429 once (no Retry-After)") << QList<int>{429} << -1;
    QTest::newRow("429 with Retry-After: 0") << QList<int>{429} << 0;
    QTest::newRow("500 then 503") << QList<int>{500, 503} << -1;
    QTest::newRow("502 with Retry-After") << QList<int>{502} << 0;
}

void TestAirtableFetcher::fetch_transientErrors_retriedThenStored()
{
    QFETCH(QList<int>, statuses);
    QFETCH(int, retryAfter);
    m_fake->addPayload(json(u"airtable/payload_created.json"_s));
    m_fake->queueStatuses(statuses);
    m_fake->setRetryAfter(retryAfter);
    auto fetcher = makeFetcher(m_writer);
    QSignalSpy problems(fetcher.get(), &AirtablePayloadFetcher::problem);

    QVERIFY(fetchAndWait(*fetcher, source()));

    const auto pages = m_fake->payloadRequests();
    QCOMPARE(pages.size(), statuses.size() + 1);
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QCOMPARE(pages.at(i).answeredStatus, statuses.at(i));
        QCOMPARE(pages.at(i).query, QByteArrayLiteral("cursor=1")); // retried from the same place
    }
    QCOMPARE(pages.constLast().answeredStatus, 200);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
    QCOMPARE(savedCursor(), 2);
    QVERIFY(problems.isEmpty()); // a few transient failures are not the owner's business
}

void TestAirtableFetcher::fetch_refused_problemAndCursorUnchanged_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("wrongToken");
    QTest::newRow("token the fake does not know") << 0 << true;
    QTest::newRow("401 revoked") << 401 << false;
    QTest::newRow("403 missing scope") << 403 << false;
}

void TestAirtableFetcher::fetch_refused_problemAndCursorUnchanged()
{
    QFETCH(int, status);
    QFETCH(bool, wrongToken);
    m_fake->addPayload(json(u"airtable/payload_created.json"_s));
    auto fetcher = makeFetcher(m_writer);
    QVERIFY(fetchAndWait(*fetcher, source()));
    QCOMPARE(savedCursor(), 2);

    m_fake->addPayload(json(u"airtable/payload_changed.json"_s));
    m_fake->setStatus(status);
    const int requestsBefore = m_fake->requestCount();
    const QByteArray usedToken = wrongToken ? QByteArrayLiteral("patWRONG.ffffffffffffffff") : token;
    QSignalSpy problems(fetcher.get(), &AirtablePayloadFetcher::problem);
    s_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    const bool ok = fetchAndWait(*fetcher, source(), usedToken);
    qInstallMessageHandler(previous);

    QVERIFY(!ok);
    QCOMPARE(problems.size(), 1);
    const Error error = problems.constFirst().at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::Unauthorized);
    QVERIFY2(error.message.startsWith(u"Airtable refused the access token"_s), qPrintable(error.message));
    QVERIFY(error.message.contains(u"Juniper orders"_s));
    for (const QString &text : {error.message, error.detail}) {
        QVERIFY(!text.contains(QString::fromLatin1(usedToken)));
    }
    for (const QString &line : std::as_const(s_logged)) {
        QVERIFY2(!line.contains(QString::fromLatin1(usedToken)), qPrintable(line));
    }
    QCOMPARE(m_fake->requestCount(), requestsBefore + 1); // no retry with a refused token
    QCOMPARE(savedCursor(), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events"_s), 1);
    QVERIFY(!fetcher->isFetching(u"juniper"_s));
}

void TestAirtableFetcher::fetch_statusMapping_data()
{
    QTest::addColumn<QJsonValue>("statusCell");
    QTest::addColumn<bool>("withTracking");
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<QString>("rawStatus");
    QTest::addColumn<QString>("shipmentStatus"); // empty: no shipment

    const auto select = [](const QString &name) {
        return QJsonValue(QJsonObject{{u"id"_s, u"selX0000000000001"_s}, {u"name"_s, name}, {u"color"_s, u"red"_s}});
    };
    QTest::newRow("mapped word, other case")
        << select(u"DISPATCHED"_s) << false << u"shipped"_s << u"DISPATCHED"_s << QString();
    QTest::newRow("a status name needs no entry") << select(u"Paid"_s) << false << u"paid"_s << u"Paid"_s << QString();
    QTest::newRow("status name with a space")
        << QJsonValue(u"On hold"_s) << false << u"on_hold"_s << u"On hold"_s << QString();
    QTest::newRow("unmapped word kept raw")
        << select(u"Waiting for courier"_s) << false << u"unknown"_s << u"Waiting for courier"_s << QString();
    QTest::newRow("mapped to a shipment status")
        << select(u"with courier"_s) << true << u"unknown"_s << u"with courier"_s << u"out_for_delivery"_s;
    QTest::newRow("tracking with an order status")
        << select(u"Dispatched"_s) << true << u"shipped"_s << u"Dispatched"_s << u"unknown"_s;
    QTest::newRow("delivered also delivers the parcel")
        << select(u"Delivered"_s) << true << u"delivered"_s << u"Delivered"_s << u"delivered"_s;
    QTest::newRow("lookup list") << QJsonValue(QJsonArray{u"Paid"_s}) << false << u"paid"_s << u"Paid"_s << QString();
}

void TestAirtableFetcher::fetch_statusMapping()
{
    QFETCH(QJsonValue, statusCell);
    QFETCH(bool, withTracking);
    QFETCH(QString, orderStatus);
    QFETCH(QString, rawStatus);
    QFETCH(QString, shipmentStatus);
    QJsonObject cells{{u"fldOrderNumber001"_s, u"#2001"_s},
                      {u"fldEmail000000001"_s, u"lin@example.com"_s},
                      {u"fldStatus00000001"_s, statusCell}};
    if (withTracking) {
        cells.insert(u"fldTracking000001"_s, u"00340434161094042557"_s);
    }
    m_fake->addPayload(createdPayload(7, u"recM0000000000001"_s, cells));
    auto fetcher = makeFetcher(m_writer);

    QVERIFY(fetchAndWait(*fetcher, source()));

    QCOMPARE(value(u"SELECT status FROM orders WHERE order_id = 'recM0000000000001'"_s).toString(), orderStatus);
    QCOMPARE(value(u"SELECT raw_status FROM orders WHERE order_id = 'recM0000000000001'"_s).toString(), rawStatus);
    QCOMPARE(value(u"SELECT status FROM shipments WHERE order_id = 'recM0000000000001'"_s).toString(), shipmentStatus);
}

void TestAirtableFetcher::fetch_columnNames_resolvedThroughSchema()
{
    m_fake->setSchema(QJsonArray{QJsonObject{
        {u"id"_s, tableId},
        {u"name"_s, u"Orders"_s},
        {u"primaryFieldId"_s, u"fldOrderNumber001"_s},
        {u"fields"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"fldOrderNumber001"_s}, {u"name"_s, u"Order"_s}, {u"type"_s, u"singleLineText"_s}},
             QJsonObject{{u"id"_s, u"fldEmail000000001"_s}, {u"name"_s, u"Email"_s}, {u"type"_s, u"email"_s}},
             QJsonObject{{u"id"_s, u"fldStatus00000001"_s}, {u"name"_s, u"Status"_s}, {u"type"_s, u"singleSelect"_s}},
             QJsonObject{{u"id"_s, u"fldTotal000000001"_s}, {u"name"_s, u"Total"_s}, {u"type"_s, u"currency"_s}}}}}});
    m_fake->addPayload(json(u"airtable/payload_created.json"_s));
    auto fetcher = makeFetcher(m_writer);
    // Names as the owner sees them (in any letter case), mixed with an id.
    const QJsonObject fieldMap{{u"Order"_s, u"orderNumber"_s},
                               {u"email"_s, u"customerEmail"_s},
                               {u"Status"_s, u"orderStatus"_s},
                               {u"fldTotal000000001"_s, u"totalPrice"_s}};

    QVERIFY(fetchAndWait(*fetcher, source({{u"fieldMap"_s, fieldMap}})));

    QVERIFY(std::any_of(m_fake->requests().cbegin(), m_fake->requests().cend(), [](const auto &request) {
        return request.path == QByteArrayLiteral("/v0/meta/bases/appLkNDICXNqxSDhG/tables");
    }));
    QCOMPARE(value(u"SELECT order_number FROM orders"_s).toString(), u"#1001"_s);
    QCOMPARE(value(u"SELECT customer_email FROM orders"_s).toString(), u"ada@example.com"_s);
    QCOMPARE(value(u"SELECT status FROM orders"_s).toString(), u"paid"_s);
    QCOMPARE(value(u"SELECT total FROM orders"_s).toString(), u"59.5"_s);
    QVERIFY(value(u"SELECT customer_name FROM orders"_s).toString().isEmpty()); // not in this map
}

void TestAirtableFetcher::fetch_recordsOfOtherTablesOrUnmappedColumns_noOrder()
{
    // A customers table in the same base: none of its columns are in the field map.
    m_fake->addPayload(createdPayload(8, u"recC0000000000001"_s, {{u"fldPhone000000001"_s, u"+4915112345678"_s}},
                                      u"tblCustomers00001"_s));
    // An order row in another table, while the source is limited to the orders table.
    m_fake->addPayload(
        createdPayload(9, u"recO0000000000001"_s, {{u"fldOrderNumber001"_s, u"#9"_s}}, u"tblArchive0000001"_s));
    auto fetcher = makeFetcher(m_writer);

    QVERIFY(fetchAndWait(*fetcher, source({{u"tableId"_s, tableId}})));

    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events"_s), 2); // recorded for the audit trail
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    QCOMPARE(savedCursor(), 3);
}

void TestAirtableFetcher::fetch_stockRecord_storedAsStockLevel()
{
    // A fulfilment partner's stock table in the same base: a row with a SKU and a quantity, no order.
    m_fake->addPayload(createdPayload(10, u"recS0000000000001"_s,
                                      {{u"fldSku00000000001"_s, u"MUG-CER-TRV"_s},
                                       {u"fldProduct0000001"_s, u"Ceramic Travel Mug"_s},
                                       {u"fldQty00000000001"_s, 7},
                                       {u"fldWarehouse00001"_s, u"Leipzig"_s}},
                                      u"tblStock000000001"_s));
    auto fetcher = makeFetcher(m_writer);
    QJsonObject fieldMap = standardFieldMap();
    fieldMap.insert(u"fldSku00000000001"_s, u"sku"_s);
    fieldMap.insert(u"fldProduct0000001"_s, u"productName"_s);
    fieldMap.insert(u"fldQty00000000001"_s, u"stockQuantity"_s);
    fieldMap.insert(u"fldWarehouse00001"_s, u"location"_s);

    QVERIFY(fetchAndWait(*fetcher, source({{u"fieldMap"_s, fieldMap}})));

    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 0);
    QCOMPARE(value(u"SELECT sku || ' ' || product_name || ' ' || location_id || ' ' || available FROM stock_levels"_s)
                 .toString(),
             u"MUG-CER-TRV Ceramic Travel Mug Leipzig 7"_s);
    QCOMPARE(value(u"SELECT available || ' ' || status FROM products WHERE product_key = 'MUG-CER-TRV'"_s).toString(),
             u"7 in_stock"_s);
}

void TestAirtableFetcher::fetch_samePayloadsAgain_duplicatesQueueNothing()
{
    m_fake->addPayload(json(u"airtable/payload_created.json"_s));
    m_fake->addPayload(json(u"airtable/payload_changed.json"_s));
    auto fetcher = makeFetcher(m_writer);
    QVERIFY(fetchAndWait(*fetcher, source()));
    const qint64 notifications = count(u"SELECT COUNT(*) FROM notifications"_s);
    QCOMPARE(notifications, 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 0);

    // As after a crash between commit and cursor save: the cursor goes back and the payloads come again.
    QVERIFY(SourceCursors(m_db->handle()).save(AirtablePayloadFetcher::cursorKey(u"juniper"_s), QString()).ok());
    QVERIFY(fetchAndWait(*fetcher, source()));

    QCOMPARE(m_fake->payloadRequests().constLast().query, QByteArrayLiteral("cursor=1"));
    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 1"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), notifications);
    QCOMPARE(savedCursor(), 3);
}

void TestAirtableFetcher::fetch_transactionSplitOverPayloads_allStored()
{
    // Airtable may split one base transaction over several payloads with the same baseTransactionNumber;
    // each is new, so none may be taken for a duplicate of the other.
    m_fake->addPayload(createdPayload(77, u"recS0000000000001"_s, {{u"fldOrderNumber001"_s, u"#3001"_s}}));
    m_fake->addPayload(createdPayload(77, u"recS0000000000002"_s, {{u"fldOrderNumber001"_s, u"#3002"_s}}));
    auto fetcher = makeFetcher(m_writer);

    QVERIFY(fetchAndWait(*fetcher, source()));

    QCOMPARE(count(u"SELECT COUNT(*) FROM raw_events WHERE duplicate = 0"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 2);
}

void TestAirtableFetcher::fetch_whileRunning_coalescedIntoOneMorePass()
{
    m_fake->addPayload(json(u"airtable/payload_created.json"_s));
    HeldSink held(m_writer);
    auto fetcher = makeFetcher(&held);
    QSignalSpy finished(fetcher.get(), &AirtablePayloadFetcher::fetchFinished);

    fetcher->fetch(source(), token);
    QTRY_COMPARE(held.heldCount(), 1);
    // Three more pings while the first pass waits for the store, and one more payload meanwhile.
    fetcher->fetch(source(), token);
    fetcher->fetch(source(), token);
    fetcher->fetch(source(), token);
    m_fake->addPayload(json(u"airtable/payload_changed.json"_s));
    QCOMPARE(m_fake->payloadRequests().size(), 1);
    held.release();

    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(held.heldCount(), 1); // the one extra pass found the new payload
    held.release();
    QTRY_COMPARE(finished.size(), 2);
    QCoreApplication::processEvents(); // a third pass would be queued by now
    QVERIFY(!fetcher->isFetching(u"juniper"_s));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(m_fake->payloadRequests().size(), 2);
    QCOMPARE(m_fake->payloadRequests().at(1).query, QByteArrayLiteral("cursor=2"));
    QCOMPARE(savedCursor(), 3);
}

void TestAirtableFetcher::fetch_missingSettings_problemWithoutRequest_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QJsonValue>("optionValue");
    QTest::addColumn<QByteArray>("apiToken");
    QTest::newRow("no base id") << u"baseId"_s << QJsonValue(QString()) << token;
    QTest::newRow("no webhook id") << u"webhookId"_s << QJsonValue(QString()) << token;
    QTest::newRow("id with a slash") << u"webhookId"_s << QJsonValue(u"ach/../../x"_s) << token;
    QTest::newRow("no token") << u"baseId"_s << QJsonValue(baseId) << QByteArray();
    QTest::newRow("plain http elsewhere") << u"apiBaseUrl"_s << QJsonValue(u"http://api.airtable.com"_s) << token;
}

void TestAirtableFetcher::fetch_missingSettings_problemWithoutRequest()
{
    QFETCH(QString, option);
    QFETCH(QJsonValue, optionValue);
    QFETCH(QByteArray, apiToken);
    auto fetcher = makeFetcher(m_writer);
    QSignalSpy problems(fetcher.get(), &AirtablePayloadFetcher::problem);

    QVERIFY(!fetchAndWait(*fetcher, source({{option, optionValue}}), apiToken));

    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().at(0).value<Error>().code, ErrorCode::Config);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestAirtableFetcher::fetch_otherWebhookCursor_startsAtOne()
{
    // A cursor saved for a webhook that has since been made again means nothing for the new one.
    QVERIFY(SourceCursors(m_db->handle())
                .save(AirtablePayloadFetcher::cursorKey(u"juniper"_s),
                      uR"({"webhookId":"achOLDOLDOLDOLD01","cursor":57})"_s)
                .ok());
    m_fake->addPayload(json(u"airtable/payload_created.json"_s));
    auto fetcher = makeFetcher(m_writer);

    QVERIFY(fetchAndWait(*fetcher, source()));

    QCOMPARE(m_fake->payloadRequests().constFirst().query, QByteArrayLiteral("cursor=1"));
    QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
    QCOMPARE(savedCursor(), 2);
}

QTEST_GUILESS_MAIN(TestAirtableFetcher)
#include "tst_airtablefetcher.moc"
