#include "credentials/secretstore.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "pipelinefixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Tidings;
using namespace Tidings::Test;
using namespace Qt::StringLiterals;

namespace {

SourceConfig shopify(const QString &id, const QString &name = u"Second shop"_s)
{
    return SourceConfig{id, u"shopify"_s, name, true, {}};
}

} // namespace

// The engine's source changes while it runs, over HTTP: what is refused at once, what reaches the keychain,
// the store and the webhook server, and what the health keeps.
class tst_EngineSources final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addSource_badInput_refusedAtOnce_nothingSaved_data();
    void addSource_badInput_refusedAtOnce_nothingSaved();
    void addSource_savesEverywhere_andServesAtOnce();
    void addSource_keychainFails_nothingStored();
    void updateSource_newSecret_replacesTheOldAtOnce();
    void updateSource_emptySecret_keepsTheSavedOne();
    void removeSource_unknown_notFound();
    void rejections_keptOnlyForConnectedSources();
    void sendTestEvent_refusedWhenOff();

private:
    Status addAndWait(const SourceConfig &source, const QHash<QString, QString> &secrets);
    int post(const QString &sourceId, const QByteArray &secret, const QByteArray &id);
    QString key(const QString &sourceId) const;

    std::unique_ptr<PipelineFixture> m_pipeline;
};

void tst_EngineSources::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_EngineSources::init()
{
    m_pipeline = std::make_unique<PipelineFixture>();
    QVERIFY2(m_pipeline->setUpError().isEmpty(), qPrintable(m_pipeline->setUpError()));
    const QString error = m_pipeline->startEngine();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_EngineSources::cleanup()
{
    m_pipeline.reset();
}

QString tst_EngineSources::key(const QString &sourceId) const
{
    const QString profile = m_pipeline->value(u"SELECT value FROM settings WHERE key = 'profile_id'"_s).toString();
    return secretKey(profile, u"source"_s, sourceId, u"webhookSecret"_s);
}

Status tst_EngineSources::addAndWait(const SourceConfig &source, const QHash<QString, QString> &secrets)
{
    std::optional<Status> outcome;
    const Status started =
        m_pipeline->engine().addSource(source, secrets, [&outcome](const Status &status) { outcome = status; });
    if (!started) {
        return started;
    }
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000)) {
        return Error::make(ErrorCode::Timeout, u"the engine did not finish in time"_s);
    }
    return *outcome;
}

int tst_EngineSources::post(const QString &sourceId, const QByteArray &secret, const QByteArray &id)
{
    WebhookClient client;
    return client
        .postShopify(QUrl(m_pipeline->engine().webhookUrl(sourceId)), fixture(u"shopify/orders_create.json"_s),
                     "orders/create", secret, "wh-" + id, "ev-" + id)
        .status;
}

void tst_EngineSources::addSource_badInput_refusedAtOnce_nothingSaved_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("says");

    QTest::newRow("id with capitals and a space")
        << u"Second Shop"_s << u"shopify"_s << u"Second"_s << u"s"_s << u"cannot be used"_s;
    QTest::newRow("id taken") << PipelineFixture::SourceId << u"shopify"_s << u"Second"_s << u"s"_s
                              << u"already uses"_s;
    QTest::newRow("unknown platform") << u"second"_s << u"magento"_s << u"Second"_s << u"s"_s
                                      << u"cannot receive orders"_s;
    QTest::newRow("no name") << u"second"_s << u"shopify"_s << u"  "_s << u"s"_s << u"name"_s;
    QTest::newRow("no signing secret") << u"second"_s << u"shopify"_s << u"Second"_s << QString()
                                       << u"Paste the Webhook signing secret from Shopify"_s;
}

void tst_EngineSources::addSource_badInput_refusedAtOnce_nothingSaved()
{
    QFETCH(QString, id);
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QString, secret);
    QFETCH(QString, says);
    QSignalSpy changed(&m_pipeline->engine(), &Engine::sourcesChanged);
    const int jobs = m_pipeline->secrets().jobCount();
    bool called = false;
    const Status status =
        m_pipeline->engine().addSource(SourceConfig{id, type, name, true, {}}, {{u"webhookSecret"_s, secret}},
                                       [&called](const Status &) { called = true; });
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(says), qPrintable(status.error().message));
    QVERIFY(status.error().code == ErrorCode::InvalidInput);
    QCOMPARE(m_pipeline->secrets().jobCount(), jobs);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM sources"_s).toInt(), 1);
    QCOMPARE(m_pipeline->engine().config().sources.size(), 1);
    QCoreApplication::processEvents();
    QVERIFY(!called);
    QCOMPARE(changed.count(), 0);
}

void tst_EngineSources::addSource_savesEverywhere_andServesAtOnce()
{
    QSignalSpy changed(&m_pipeline->engine(), &Engine::sourcesChanged);
    QCOMPARE(post(u"second"_s, "s3cret", "0"), 404); // not yet
    const Status status = addAndWait(shopify(u"second"_s), {{u"webhookSecret"_s, u"s3cret"_s}});
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_pipeline->value(u"SELECT name FROM sources WHERE id = 'second'"_s).toString(), u"Second shop"_s);
    QCOMPARE(m_pipeline->secrets().secrets().value(key(u"second"_s)), u"s3cret"_s);
    QCOMPARE(m_pipeline->engine().config().sources.last().id, u"second"_s);
    QCOMPARE(post(u"second"_s, "s3cret", "1"), 200);
    QCOMPARE(post(u"second"_s, PipelineFixture::SigningSecret, "2"), 401); // each source has its own secret
    QCOMPARE(post(PipelineFixture::SourceId, PipelineFixture::SigningSecret, "3"), 200);
}

void tst_EngineSources::addSource_keychainFails_nothingStored()
{
    QSignalSpy changed(&m_pipeline->engine(), &Engine::sourcesChanged);
    m_pipeline->secrets().setFailing(true);
    const Status status = addAndWait(shopify(u"second"_s), {{u"webhookSecret"_s, u"s3cret"_s}});
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::Keychain);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM sources"_s).toInt(), 1);
    QCOMPARE(post(u"second"_s, "s3cret", "1"), 404);
    // The same id can be tried again right away.
    m_pipeline->secrets().setFailing(false);
    QVERIFY(addAndWait(shopify(u"second"_s), {{u"webhookSecret"_s, u"s3cret"_s}}).ok());
    QCOMPARE(post(u"second"_s, "s3cret", "2"), 200);
}

void tst_EngineSources::updateSource_newSecret_replacesTheOldAtOnce()
{
    SourceConfig source = m_pipeline->engine().config().sources.first();
    source.name = u"Renamed"_s;
    std::optional<Status> outcome;
    QVERIFY(m_pipeline->engine()
                .updateSource(source, {{u"webhookSecret"_s, u"new-secret"_s}},
                              [&outcome](const Status &status) { outcome = status; })
                .ok());
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    QCOMPARE(m_pipeline->value(u"SELECT name FROM sources"_s).toString(), u"Renamed"_s);
    QCOMPARE(m_pipeline->secrets().secrets().value(key(PipelineFixture::SourceId)), u"new-secret"_s);
    QCOMPARE(post(PipelineFixture::SourceId, PipelineFixture::SigningSecret, "1"), 401);
    QCOMPARE(post(PipelineFixture::SourceId, "new-secret", "2"), 200);
}

void tst_EngineSources::updateSource_emptySecret_keepsTheSavedOne()
{
    SourceConfig source = m_pipeline->engine().config().sources.first();
    source.options.insert(u"shopDomain"_s, u"juniper-pine.myshopify.com"_s);
    std::optional<Status> outcome;
    QVERIFY(m_pipeline->engine()
                .updateSource(source, {{u"webhookSecret"_s, QString()}},
                              [&outcome](const Status &status) { outcome = status; })
                .ok());
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    QCOMPARE(m_pipeline->engine().config().sources.first().options.value("shopDomain"_L1).toString(),
             u"juniper-pine.myshopify.com"_s);
    QCOMPARE(m_pipeline->secrets().secrets().value(key(PipelineFixture::SourceId)),
             QString::fromLatin1(PipelineFixture::SigningSecret));
    QCOMPARE(post(PipelineFixture::SourceId, PipelineFixture::SigningSecret, "1"), 200);
}

void tst_EngineSources::removeSource_unknown_notFound()
{
    const Status status = m_pipeline->engine().removeSource(u"nobody"_s);
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::NotFound);
    QCOMPARE(m_pipeline->engine().config().sources.size(), 1);
}

void tst_EngineSources::rejections_keptOnlyForConnectedSources()
{
    QCOMPARE(post(u"nobody"_s, "x", "1"), 404);
    QCOMPARE(post(PipelineFixture::SourceId, "wrong", "2"), 401);
    QTRY_VERIFY(m_pipeline->engine().sourceHealth(PipelineFixture::SourceId).lastRejectionAt.isValid());
    const SourceHealth health = m_pipeline->engine().sourceHealth(PipelineFixture::SourceId);
    QCOMPARE(health.lastRejectionStatus, 401);
    QVERIFY(!health.lastRejectionReason.isEmpty());
    QVERIFY(!m_pipeline->engine().sourceHealth(u"nobody"_s).lastRejectionAt.isValid());
}

void tst_EngineSources::sendTestEvent_refusedWhenOff()
{
    Engine &engine = m_pipeline->engine();
    QVERIFY(engine.canSendTestEvent(PipelineFixture::SourceId));
    QVERIFY(engine.setSourceEnabled(PipelineFixture::SourceId, false).ok());
    QVERIFY(!engine.canSendTestEvent(PipelineFixture::SourceId));
    const Status status = engine.sendTestEvent(PipelineFixture::SourceId, [](const Status &) {});
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(u"turned off"_s), qPrintable(status.error().message));
    QCOMPARE(post(PipelineFixture::SourceId, PipelineFixture::SigningSecret, "1"), 404);
    QVERIFY(engine.setSourceEnabled(PipelineFixture::SourceId, true).ok());
    std::optional<Status> outcome;
    QVERIFY(engine.sendTestEvent(PipelineFixture::SourceId, [&outcome](const Status &s) { outcome = s; }).ok());
    QTRY_VERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().message));
    QTRY_COMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM raw_events"_s).toInt(), 1);
    // The test order has no email address: the customer rules notify nobody.
    QCOMPARE(m_pipeline->value(u"SELECT COUNT(*) FROM notifications"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_EngineSources)

#include "tst_enginesources.moc"
