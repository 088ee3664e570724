#include "config/appconfig.h"
#include "dispatch/clock.h"
#include "fakes/fakeshopifyadmin.h"
#include "fakes/fakewoocommerceapi.h"
#include "fakes/pollrig.h"
#include "sources/polling/pollscheduler.h"
#include "sources/sourceadapter.h"
#include "store/database.h"
#include "store/ingestwriter.h"
#include "store/pollstaterepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tidings;
using namespace Tidings::Test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

SourceConfig shopifySource(const QUrl &baseUrl, const QJsonObject &extra = {})
{
    QJsonObject options{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, baseUrl.toString()}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    return SourceConfig{u"shop"_s, u"shopify"_s, u"My shop"_s, true, options};
}

PollScheduler::SourceSecrets shopifySecrets()
{
    return {{u"shop"_s, {{u"accessToken"_s, u"shpat_test"_s}}}};
}

FakeShopifyAdmin::Order shopifyOrder(const QString &id, const QDateTime &updatedAt)
{
    FakeShopifyAdmin::Order order;
    order.id = id;
    order.name = u"#"_s + id;
    order.email = u"buyer%1@example.com"_s.arg(id);
    order.createdAt = updatedAt;
    order.updatedAt = updatedAt;
    return order;
}

FakeShopifyAdmin::Order shipped(FakeShopifyAdmin::Order order, const QDateTime &at, const QString &tracking)
{
    order.fulfillment = u"FULFILLED"_s;
    order.updatedAt = at;
    FakeShopifyAdmin::Fulfillment fulfillment;
    fulfillment.id = order.id + u"01"_s;
    fulfillment.displayStatus = u"IN_TRANSIT"_s;
    fulfillment.updatedAt = at;
    fulfillment.company = u"DHL"_s;
    fulfillment.number = tracking;
    order.fulfillments = {fulfillment};
    return order;
}

// A Salesforce poller that finds nothing and renews the refresh token on every fetch, as with rotation:
// it records the secrets each fetch was given, and can hold its answer until told.
struct RotatingPlatform
{
    QList<QHash<QString, QString>> sent;
    bool fail = false;
    bool hold = false;
    Poller::Done held;
    int renewals = 0;
};

class RotatingPoller final : public Poller
{
public:
    explicit RotatingPoller(std::shared_ptr<RotatingPlatform> platform)
        : m_platform(std::move(platform))
    {}

    QString type() const override { return u"salesforce"_s; }

    void fetch(const PollRequest &request, QNetworkAccessManager *, Done done) override
    {
        m_platform->sent.append(request.secrets);
        PollOutcome outcome = m_platform->fail
                                  ? PollOutcome::failure(Error::make(ErrorCode::ProviderFailed, u"down"_s, {}, true))
                                  : PollOutcome::success(PollPage{});
        outcome.renewedSecrets.insert(u"refreshToken"_s, u"rt-%1"_s.arg(++m_platform->renewals));
        outcome.renewedSecrets.insert(u"notASalesforceSecret"_s, u"x"_s); // not one of the type's: ignored
        if (m_platform->hold) {
            m_platform->held = [done, outcome](const PollOutcome &) { done(outcome); };
            return;
        }
        done(outcome);
    }

private:
    std::shared_ptr<RotatingPlatform> m_platform;
};

SourceConfig salesforceSource()
{
    return SourceConfig{u"shop"_s,
                        u"salesforce"_s,
                        u"Orders"_s,
                        true,
                        {{u"mode"_s, u"poll"_s}, {u"clientId"_s, u"key"_s}, {u"intervalSeconds"_s, 60}}};
}

PollScheduler::SourceSecrets salesforceSecrets(const QString &refreshToken = u"rt-0"_s)
{
    return {{u"shop"_s, {{u"refreshToken"_s, refreshToken}, {u"clientSecret"_s, u"cs"_s}}}};
}

// A platform that reports one item's stock level on every fetch, with or without a time, as a Magento
// source item or a sheet row would.
struct StockPlatform
{
    qint64 available = 0;
    QDateTime at; // invalid: the platform gives no time
    int fetches = 0;
};

class StockLevelPoller final : public Poller
{
public:
    explicit StockLevelPoller(std::shared_ptr<StockPlatform> platform)
        : m_platform(std::move(platform))
    {}

    QString type() const override { return u"magento"_s; }

    void fetch(const PollRequest &request, QNetworkAccessManager *, Done done) override
    {
        ++m_platform->fetches;
        StockChange change;
        change.sourceId = request.source.id;
        change.sourceType = type();
        change.productId = u"MUG-01"_s;
        change.sku = u"MUG-01"_s;
        change.locationId = u"default"_s;
        change.available = m_platform->available;
        change.status = m_platform->available > 0 ? StockStatus::InStock : StockStatus::OutOfStock;
        change.rawStatus = m_platform->available > 0 ? u"in_stock"_s : u"out_of_stock"_s;
        change.occurredAt = m_platform->at;
        PollPage page;
        page.stock = {change};
        page.rawBody = R"({"items":[]})";
        done(PollOutcome::success(std::move(page)));
    }

private:
    std::shared_ptr<StockPlatform> m_platform;
};

SourceConfig stockSource()
{
    return SourceConfig{u"shop"_s, u"magento"_s, u"Mug shop"_s, true, {{u"mode"_s, u"poll"_s}}};
}

} // namespace

class TestPollScheduler : public QObject
{
    Q_OBJECT

private slots:
    void registry_everyTypeCanBeSetUp_data();
    void registry_everyTypeCanBeSetUp();
    void settings_defaultsAndLimits_data();
    void settings_defaultsAndLimits();
    void firstRun_backfill_notifiesOnlyWhenAsked_data();
    void firstRun_backfill_notifiesOnlyWhenAsked();
    void interval_nextPollAfterInterval();
    void overlap_eachChangeFoundOnce();
    void restart_sameDataDir_nothingTwice();
    void paging_allPagesInOneRun();
    void cursor_savedOnlyAfterCommit();
    void backoff_data();
    void backoff();
    void platformClock_skew_data();
    void platformClock_skew();
    void stoppedForADay_eachMissedChangeOnce_data();
    void stoppedForADay_eachMissedChangeOnce();
    void pollNow_pollsBeforeInterval();
    void renewedSecret_keptEmittedAndUsedNextRun_data();
    void renewedSecret_keptEmittedAndUsedNextRun();
    void renewedSecret_ofStaleFetch_data();
    void renewedSecret_ofStaleFetch();
    void renewedSecret_testConnectionReportsIt();
    void stock_sameLevelAgain_storedOnceRestockKept_data();
    void stock_sameLevelAgain_storedOnceRestockKept();
};

void TestPollScheduler::registry_everyTypeCanBeSetUp_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : pollSourceTypes()) {
        QTest::newRow(qPrintable(type)) << type;
    }
}

void TestPollScheduler::registry_everyTypeCanBeSetUp()
{
    QFETCH(QString, type);
    const std::unique_ptr<Poller> poller = createPoller(type);
    QVERIFY(poller);
    QCOMPARE(poller->type(), type);
    const SourceTypeInfo *info = pollSourceTypeInfo(type);
    QVERIFY(info);
    QCOMPARE(info->type, type);
    QVERIFY(info->poll);
    const SourceConfig source{u"s"_s, type, {}, true, QJsonObject{{u"mode"_s, u"poll"_s}}};
    QCOMPARE(findTypeInfo(pollSourceTypeInfos(), source), info);
    QCOMPARE(findTypeInfo(sourceTypeInfos(), source), nullptr);
    QVERIFY(!info->displayName.isEmpty());
    QVERIFY(!info->summary.isEmpty());
    QVERIFY(!info->setupSteps.isEmpty());
    QVERIFY(!info->secrets.isEmpty());
    for (const SourceSecretInfo &secret : info->secrets) {
        QVERIFY2(!secret.generatedByTidings && !secret.inUrl, qPrintable(secret.name));
        QVERIFY(!secret.label.isEmpty());
    }
    // The platform's address is always a setting, so a test or a sandbox account can point it elsewhere.
    QVERIFY(std::any_of(info->options.cbegin(), info->options.cend(),
                        [](const SourceOptionInfo &option) { return option.key == "baseUrl"_L1; }));
    QCOMPARE(pollSecretNames(type).size(), info->secrets.size());
}

void TestPollScheduler::settings_defaultsAndLimits_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<qint64>("overlapMs");
    QTest::addColumn<int>("backfillDays");
    QTest::addColumn<bool>("backfillNotify");

    QTest::newRow("defaults") << QJsonObject{} << qint64(120000) << qint64(300000) << 7 << false;
    QTest::newRow("set") << QJsonObject{{u"intervalSeconds"_s, 600},
                                        {u"overlapSeconds"_s, 60},
                                        {u"backfillDays"_s, 30},
                                        {u"backfillNotify"_s, true}}
                         << qint64(600000) << qint64(60000) << 30 << true;
    QTest::newRow("interval below 30 s") << QJsonObject{{u"intervalSeconds"_s, 5}} << qint64(30000) << qint64(300000)
                                         << 7 << false;
    QTest::newRow("minutes win over seconds") << QJsonObject{{u"intervalMinutes"_s, u"5"_s}, {u"intervalSeconds"_s, 60}}
                                              << qint64(300000) << qint64(300000) << 7 << false;
    QTest::newRow("text values") << QJsonObject{{u"intervalSeconds"_s, u"90"_s}, {u"backfillNotify"_s, u"yes"_s}}
                                 << qint64(90000) << qint64(300000) << 7 << true;
}

void TestPollScheduler::settings_defaultsAndLimits()
{
    QFETCH(QJsonObject, options);
    const PollSettings settings = PollSettings::from(SourceConfig{u"s"_s, u"shopify"_s, {}, true, options});
    QTEST(settings.intervalMs, "intervalMs");
    QTEST(settings.overlapMs, "overlapMs");
    QTEST(settings.backfillDays, "backfillDays");
    QTEST(settings.backfillNotify, "backfillNotify");
}

void TestPollScheduler::firstRun_backfill_notifiesOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("notify");
    QTest::newRow("quiet backfill") << false;
    QTest::newRow("notify backfill") << true;
}

void TestPollScheduler::firstRun_backfill_notifiesOnlyWhenAsked()
{
    QFETCH(bool, notify);
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    shopify.upsertOrder(shopifyOrder(u"1001"_s, Start.addDays(-2)));
    shopify.upsertOrder(shipped(shopifyOrder(u"1002"_s, Start.addDays(-3)), Start.addDays(-1), u"TRK1"_s));
    shopify.upsertOrder(shopifyOrder(u"999"_s, Start.addDays(-9))); // older than the backfill

    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    QVERIFY(rig.opened.ok() && rig.schedulerOpened.ok());
    rig.scheduler->setSources({shopifySource(shopify.baseUrl(), {{u"backfillNotify"_s, notify}})}, shopifySecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.failed->count(), 0);

    QCOMPARE(shopify.variables(0).value(u"query"_s).toString(),
             u"updated_at:>='%1'"_s.arg(Start.addDays(-7).toString(Qt::ISODate)));
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 2);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM shipments"_s), 1);
    // Two orders created and one shipment: three messages, or none when the backfill is quiet.
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), notify ? 3 : 0);
    QVERIFY(rig.cursor()->backfillDone);
    QCOMPARE(rig.cursor()->newestSeen, Start.addDays(-1));

    // After the backfill, a new order notifies either way.
    clock->advance(120 * 1000);
    shopify.upsertOrder(shopifyOrder(u"1003"_s, Start.addSecs(60)));
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE order_id = '1003'"_s), 1);
}

void TestPollScheduler::interval_nextPollAfterInterval()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({shopifySource(shopify.baseUrl(), {{u"intervalSeconds"_s, 60}})}, shopifySecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.finished->last().at(3).toDateTime(), Start.addSecs(60));
    QCOMPARE(rig.scheduler->nextPollAt(u"shop"_s), Start.addSecs(60));
    QCOMPARE(shopify.requestCount(), 1);

    clock->advance(59 * 1000);
    rig.scheduler->wake();
    QTest::qWait(50); // nothing is due: no request may go out
    QCOMPARE(shopify.requestCount(), 1);

    clock->advance(1000);
    QVERIFY(rig.settle());
    QCOMPARE(shopify.requestCount(), 2);
    QCOMPARE(rig.scheduler->nextPollAt(u"shop"_s), Start.addSecs(120));
}

void TestPollScheduler::overlap_eachChangeFoundOnce()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    const QDateTime t0 = Start.addSecs(-30);
    shopify.upsertOrder(shopifyOrder(u"1001"_s, t0));
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({shopifySource(shopify.baseUrl(), {{u"backfillNotify"_s, true}})}, shopifySecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 1);

    // Inside the overlap: 1001 ships and 1002 arrives, both just after the cursor.
    clock->advance(120 * 1000);
    shopify.upsertOrder(shipped(shopify.order(u"1001"_s), t0.addSecs(10), u"TRK-A"_s));
    shopify.upsertOrder(shopifyOrder(u"1002"_s, t0.addSecs(20)));
    QVERIFY(rig.settle());
    QCOMPARE(shopify.variables(1).value(u"query"_s).toString(),
             u"updated_at:>='%1'"_s.arg(t0.addSecs(-300).toString(Qt::ISODate)));
    QCOMPARE(rig.lastFound(), 3); // 1001's new state, its shipment, and 1002
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 3);
    const qint64 rawEvents = rig.count(u"SELECT COUNT(*) FROM raw_events"_s);

    // The same orders again in the next window: nothing new reaches the store.
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(shopify.requestCount(), 3);
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), rawEvents);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 3);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
}

void TestPollScheduler::restart_sameDataDir_nothingTwice()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    shopify.upsertOrder(shopifyOrder(u"1001"_s, Start.addSecs(-60)));
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    {
        PollRig rig(dir.path(), clock);
        rig.scheduler->setSources({shopifySource(shopify.baseUrl())}, shopifySecrets());
        rig.scheduler->start();
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 1);
    }
    clock->advance(10 * 1000);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({shopifySource(shopify.baseUrl())}, shopifySecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), 1);

    shopify.upsertOrder(shipped(shopify.order(u"1001"_s), Start.addSecs(5), u"TRK-R"_s));
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 2);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"_s), 0); // backfill
}

void TestPollScheduler::paging_allPagesInOneRun()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    shopify.setPageSize(2);
    for (int i = 0; i < 5; ++i) {
        shopify.upsertOrder(shopifyOrder(QString::number(2000 + i), Start.addSecs(-600 + i * 10)));
    }
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({shopifySource(shopify.baseUrl())}, shopifySecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.finished->count(), 1);
    QCOMPARE(rig.lastFound(), 5);
    QCOMPARE(shopify.requestCount(), 3);
    QVERIFY(shopify.variables(0).value(u"after"_s).isNull());
    QVERIFY(!shopify.variables(1).value(u"after"_s).toString().isEmpty());
    QCOMPARE(rig.sink->submitted, 3);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 5);
    QCOMPARE(rig.cursor()->newestSeen, Start.addSecs(-560));
}

void TestPollScheduler::cursor_savedOnlyAfterCommit()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    shopify.upsertOrder(shopifyOrder(u"1001"_s, Start.addSecs(-60)));
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({shopifySource(shopify.baseUrl())}, shopifySecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    const PollCursor before = *rig.cursor();
    QCOMPARE(before.newestSeen, Start.addSecs(-60));

    clock->advance(120 * 1000);
    shopify.upsertOrder(shipped(shopify.order(u"1001"_s), Start.addSecs(100), u"TRK-C"_s));
    rig.sink->failures = 1;
    QVERIFY(rig.settle());
    QCOMPARE(rig.failed->count(), 1);
    QCOMPARE(rig.cursor()->newestSeen, before.newestSeen); // the page was not committed: the cursor stays
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM shipments"_s), 0);
    const QDateTime retryAt = rig.failed->last().at(2).toDateTime();
    QCOMPARE(retryAt, clock->now().addMSecs(PollScheduler::BaseBackoffMs));

    clock->set(retryAt);
    QVERIFY(rig.settle());
    QCOMPARE(shopify.requestCount(), 3); // the page was read again
    QCOMPARE(shopify.variables(2).value(u"query"_s), shopify.variables(1).value(u"query"_s));
    QCOMPARE(rig.lastFound(), 2);
    QCOMPARE(rig.cursor()->newestSeen, Start.addSecs(100));
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 1);
}

void TestPollScheduler::backoff_data()
{
    QTest::addColumn<QList<FakePlatformServer::Mode>>("modes");
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::addColumn<QList<qint64>>("delaysMs");
    QTest::addColumn<bool>("retryable");

    using Mode = FakePlatformServer::Mode;
    QTest::newRow("500s back off exponentially")
        << QList<Mode>{Mode::ServerError500, Mode::ServerError500, Mode::ServerError500} << 0
        << QList<qint64>{30000, 60000, 120000} << true;
    QTest::newRow("429 honours Retry-After") << QList<Mode>{Mode::RateLimit429} << 7 << QList<qint64>{7000} << true;
    QTest::newRow("503 honours Retry-After") << QList<Mode>{Mode::Unavailable503} << 90 << QList<qint64>{90000} << true;
    QTest::newRow("revoked token backs off too")
        << QList<Mode>{Mode::Unauthorized401, Mode::Unauthorized401} << 0 << QList<qint64>{30000, 60000} << false;
}

void TestPollScheduler::backoff()
{
    QFETCH(QList<FakePlatformServer::Mode>, modes);
    QFETCH(int, retryAfterSeconds);
    QFETCH(QList<qint64>, delaysMs);
    QFETCH(bool, retryable);
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    shopify.upsertOrder(shopifyOrder(u"1001"_s, Start.addSecs(-60)));
    shopify.queueModes(modes);
    shopify.setRetryAfterSeconds(retryAfterSeconds);
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({shopifySource(shopify.baseUrl())}, shopifySecrets());
    rig.scheduler->start();
    for (qsizetype i = 0; i < delaysMs.size(); ++i) {
        QVERIFY(rig.settle());
        QCOMPARE(rig.failed->count(), i + 1);
        const Error error = rig.failed->last().at(1).value<Error>();
        QCOMPARE(error.retryable, retryable);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.message.contains(u"shpat_test"_s));
        const QDateTime nextAt = rig.failed->last().at(2).toDateTime();
        QCOMPARE(clock->now().msecsTo(nextAt), delaysMs.at(i));
        clock->advance(delaysMs.at(i) - 1);
        rig.scheduler->wake();
        QTest::qWait(20);
        QCOMPARE(shopify.requestCount(), i + 1); // not before its time
        clock->advance(1);
    }
    QVERIFY(rig.settle());
    QCOMPARE(rig.finished->count(), 1);
    QCOMPARE(rig.lastFound(), 1);
    // Success resets the back-off: the next run is an interval away.
    QCOMPARE(clock->now().msecsTo(rig.finished->last().at(3).toDateTime()), 120000);
}

void TestPollScheduler::platformClock_skew_data()
{
    QTest::addColumn<int>("skewSeconds");
    QTest::newRow("platform an hour ahead") << 3600;
    QTest::newRow("same clock") << 0;
    QTest::newRow("platform an hour behind") << -3600;
}

void TestPollScheduler::platformClock_skew()
{
    QFETCH(int, skewSeconds);
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    const auto platformNow = [&](const QDateTime &pc) { return pc.addSecs(skewSeconds); };
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    shopify.upsertOrder(shopifyOrder(u"1001"_s, platformNow(clock->now()).addSecs(-5)));
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({shopifySource(shopify.baseUrl())}, shopifySecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);

    // Changes in the platform's time, each polled once at the next interval.
    for (int round = 1; round <= 3; ++round) {
        clock->advance(120 * 1000);
        const QString id = QString::number(1001 + round);
        shopify.upsertOrder(shopifyOrder(id, platformNow(clock->now()).addSecs(-90)));
        QVERIFY(rig.settle());
        QCOMPARE(rig.lastFound(), 1);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE order_id = '%1'"_s.arg(id)), 1);
    }
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM orders"_s), 4);
}

void TestPollScheduler::stoppedForADay_eachMissedChangeOnce_data()
{
    QTest::addColumn<QString>("platform");
    QTest::newRow("shopify") << u"shopify"_s;
    QTest::newRow("woocommerce") << u"woocommerce"_s;
}

void TestPollScheduler::stoppedForADay_eachMissedChangeOnce()
{
    QFETCH(QString, platform);
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    FakeWooCommerceApi woo(u"ck_test"_s, u"cs_test"_s);
    QVERIFY(shopify.listen() && woo.listen());
    shopify.setPageSize(2);
    woo.setMaxPerPage(2);
    const bool isShopify = platform == u"shopify";

    // Three orders known before the stop.
    const auto addOrder = [&](int n, const QDateTime &at, const QString &tracking, const QString &status) {
        const QString id = QString::number(n);
        if (isShopify) {
            FakeShopifyAdmin::Order order = shopifyOrder(id, at);
            if (status == u"cancelled") {
                order.cancelled = true;
            }
            shopify.upsertOrder(tracking.isEmpty() ? order : shipped(order, at, tracking));
        } else {
            FakeWooCommerceApi::Order order;
            order.id = id;
            order.email = u"buyer%1@example.com"_s.arg(id);
            order.modified = at;
            order.status = status.isEmpty() ? u"processing"_s : status;
            order.trackingNumber = tracking;
            order.trackingProvider = u"dhl"_s;
            woo.upsertOrder(order);
        }
    };
    for (int n = 1; n <= 3; ++n) {
        addOrder(n, Start.addSecs(-3600 * n), {}, {});
    }
    SourceConfig source =
        isShopify ? shopifySource(shopify.baseUrl())
                  : SourceConfig{u"shop"_s, u"woocommerce"_s, u"Tea shop"_s, true,
                                 QJsonObject{{u"mode"_s, u"poll"_s}, {u"baseUrl"_s, woo.baseUrl().toString()}}};
    const PollScheduler::SourceSecrets secrets =
        isShopify ? shopifySecrets()
                  : PollScheduler::SourceSecrets{
                        {u"shop"_s, {{u"consumerKey"_s, u"ck_test"_s}, {u"consumerSecret"_s, u"cs_test"_s}}}};

    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({source}, secrets);
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 3);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 0); // quiet backfill

    rig.scheduler->stop();
    // A day passes with Tidings stopped: two orders ship, one is cancelled, two new orders arrive (one of
    // them changed twice), all at times spread over the day.
    clock->advance(24LL * 3600 * 1000);
    addOrder(1, Start.addSecs(3600 * 2), u"TRK-1"_s, isShopify ? QString() : u"completed"_s);
    addOrder(2, Start.addSecs(3600 * 5), u"TRK-2"_s, isShopify ? QString() : u"completed"_s);
    addOrder(3, Start.addSecs(3600 * 9), {}, u"cancelled"_s);
    addOrder(4, Start.addSecs(3600 * 12), {}, {});
    addOrder(5, Start.addSecs(3600 * 13), {}, {});
    addOrder(5, Start.addSecs(3600 * 20), u"TRK-5"_s, isShopify ? QString() : u"completed"_s);

    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.failed->count(), 0);
    // Shipments of 1, 2 and 5; new orders 4 and 5. The cancellation is stored (no rule asks for it).
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'shipment.created'"_s), 3);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications WHERE trigger = 'order.created'"_s), 2);
    QSqlQuery status(rig.db->handle());
    QVERIFY(status.exec(u"SELECT status FROM orders WHERE order_id = '3'"_s) && status.next());
    QCOMPARE(status.value(0).toString(), u"cancelled"_s);

    // And nothing twice afterwards.
    clock->advance(120 * 1000);
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM notifications"_s), 5);
}

void TestPollScheduler::pollNow_pollsBeforeInterval()
{
    FakeShopifyAdmin shopify(u"shpat_test"_s);
    QVERIFY(shopify.listen());
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    rig.scheduler->setSources({shopifySource(shopify.baseUrl())}, shopifySecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QSignalSpy started(rig.scheduler.get(), &PollScheduler::pollStarted);
    clock->advance(1000);
    rig.scheduler->pollNow(u"shop"_s);
    QTRY_COMPARE(rig.finished->count(), 2);
    QCOMPARE(started.count(), 1);
    QCOMPARE(shopify.requestCount(), 2);
}

void TestPollScheduler::renewedSecret_keptEmittedAndUsedNextRun_data()
{
    QTest::addColumn<bool>("fail");

    QTest::newRow("page") << false;
    QTest::newRow("failure") << true; // the old token is dead all the same
}

void TestPollScheduler::renewedSecret_keptEmittedAndUsedNextRun()
{
    QFETCH(bool, fail);
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    auto platform = std::make_shared<RotatingPlatform>();
    platform->fail = fail;
    rig.scheduler->setPollerFactory([platform](const QString &) { return std::make_unique<RotatingPoller>(platform); });
    QSignalSpy renewed(rig.scheduler.get(), &PollScheduler::sourceSecretRenewed);
    rig.scheduler->setSources({salesforceSource()}, salesforceSecrets());
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(renewed.count(), 1); // only the type's own secrets
    QCOMPARE(renewed.first(), (QList<QVariant>{u"shop"_s, u"refreshToken"_s, u"rt-1"_s}));

    clock->advance(30 * 60 * 1000); // past the interval and any back-off
    QVERIFY(rig.settle());
    QCOMPARE(platform->sent.size(), 2);
    QCOMPARE(platform->sent.at(0).value(u"refreshToken"_s), u"rt-0"_s);
    QCOMPARE(platform->sent.at(1).value(u"refreshToken"_s), u"rt-1"_s);
    QCOMPARE(platform->sent.at(1).value(u"clientSecret"_s), u"cs"_s);
    QVERIFY(!platform->sent.at(1).contains(u"notASalesforceSecret"_s));
    QCOMPARE(renewed.count(), 2);
    QCOMPARE(renewed.last().at(2).toString(), u"rt-2"_s);
}

void TestPollScheduler::renewedSecret_ofStaleFetch_data()
{
    QTest::addColumn<bool>("ownerReplacedToken");

    QTest::newRow("stopped while fetching") << false;
    QTest::newRow("owner pasted a new token while fetching") << true;
}

void TestPollScheduler::renewedSecret_ofStaleFetch()
{
    QFETCH(bool, ownerReplacedToken);
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    auto platform = std::make_shared<RotatingPlatform>();
    platform->hold = true;
    rig.scheduler->setPollerFactory([platform](const QString &) { return std::make_unique<RotatingPoller>(platform); });
    QSignalSpy renewed(rig.scheduler.get(), &PollScheduler::sourceSecretRenewed);
    rig.scheduler->setSources({salesforceSource()}, salesforceSecrets());
    rig.scheduler->start();
    rig.scheduler->wake();
    QVERIFY(platform->held);

    rig.scheduler->stop();
    if (ownerReplacedToken) {
        rig.scheduler->setSources({salesforceSource()}, salesforceSecrets(u"typed"_s));
    }
    std::exchange(platform->held, {})(PollOutcome{});
    // The run is gone, but the platform already invalidated the token it was sent: the new one is kept,
    // unless the owner's own token replaced it meanwhile.
    QCOMPARE(renewed.count(), ownerReplacedToken ? 0 : 1);

    platform->hold = false;
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(platform->sent.size(), 2);
    QCOMPARE(platform->sent.at(1).value(u"refreshToken"_s), ownerReplacedToken ? u"typed"_s : u"rt-1"_s);
}

void TestPollScheduler::renewedSecret_testConnectionReportsIt()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    PollRig rig(dir.path(), clock);
    auto platform = std::make_shared<RotatingPlatform>();
    rig.scheduler->setPollerFactory([platform](const QString &) { return std::make_unique<RotatingPoller>(platform); });
    QSignalSpy renewed(rig.scheduler.get(), &PollScheduler::sourceSecretRenewed);
    std::optional<PollTestResult> result;
    rig.scheduler->testConnection(salesforceSource(), salesforceSecrets().value(u"shop"_s),
                                  [&result](const PollTestResult &tested) { result = tested; });
    QVERIFY(result);
    QVERIFY(!result->error);
    // For the window to replace the typed token; a source under test is not saved, so nothing is emitted.
    QCOMPARE(result->renewedSecrets.value(u"refreshToken"_s), u"rt-1"_s);
    QCOMPARE(renewed.count(), 0);
}

void TestPollScheduler::stock_sameLevelAgain_storedOnceRestockKept_data()
{
    QTest::addColumn<bool>("timed");
    QTest::newRow("level without a time") << false;
    QTest::newRow("change with its time") << true; // its key has the time: unchanged behaviour
}

void TestPollScheduler::stock_sameLevelAgain_storedOnceRestockKept()
{
    QFETCH(bool, timed);
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>(Start);
    auto platform = std::make_shared<StockPlatform>();
    const auto factory = [platform](const QString &) { return std::make_unique<StockLevelPoller>(platform); };
    const QString levels = u"SELECT COUNT(*) FROM event_keys WHERE key LIKE 'poll-stock:%'"_s;
    // Five runs read 5, 5, 0, 0, 5: the first 5, the sell-out and the restock are changes; the repeats are not.
    const QList<qint64> read{5, 5, 0, 0, 5};
    const QList<int> found{1, 0, 1, 0, 1};
    {
        PollRig rig(dir.path(), clock);
        QVERIFY(rig.opened.ok() && rig.schedulerOpened.ok());
        rig.scheduler->setPollerFactory(factory);
        rig.scheduler->setSources({stockSource()}, {});
        rig.scheduler->start();
        QDateTime changedAt;
        for (qsizetype run = 0; run < read.size(); ++run) {
            if (run == 0 || read.at(run) != read.at(run - 1)) {
                changedAt = clock->now().addSecs(-30);
            }
            platform->available = read.at(run);
            platform->at = timed ? changedAt : QDateTime();
            QVERIFY(rig.settle());
            QCOMPARE(rig.failed->count(), 0);
            QCOMPARE(rig.lastFound(), found.at(run));
            QCOMPARE(rig.count(u"SELECT available FROM stock_levels WHERE item_key = 'MUG-01/@default'"_s),
                     read.at(run));
            clock->advance(120 * 1000);
        }
        QCOMPARE(platform->fetches, 5);
        // Three stored changes: three raw events, three keys; the repeats left no trace.
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), 3);
        QCOMPARE(rig.count(levels), 3);
        QCOMPARE(rig.count(u"SELECT COUNT(*) FROM stock_levels"_s), 1);
        if (!timed) {
            // The restock is stamped with the time it was read (the scheduler's clock).
            QCOMPARE(rig.count(u"SELECT occurred_at FROM stock_levels"_s), Start.addSecs(4 * 120).toMSecsSinceEpoch());
        }
    }

    // A restart on the same data dir: the unchanged level is not stored again; the next change is.
    PollRig rig(dir.path(), clock);
    rig.scheduler->setPollerFactory(factory);
    rig.scheduler->setSources({stockSource()}, {});
    rig.scheduler->start();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 0);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), 3);

    clock->advance(120 * 1000);
    platform->available = 0;
    platform->at = timed ? clock->now().addSecs(-30) : QDateTime();
    QVERIFY(rig.settle());
    QCOMPARE(rig.lastFound(), 1);
    QCOMPARE(rig.count(u"SELECT COUNT(*) FROM raw_events"_s), 4);
    QCOMPARE(rig.count(u"SELECT available FROM stock_levels"_s), 0);
    QCOMPARE(rig.count(u"SELECT raw_status = 'out_of_stock' FROM stock_levels"_s), 1);
}

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
