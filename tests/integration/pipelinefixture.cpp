#include "pipelinefixture.h"

#include "config/configimport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace Tidings::Test {

using namespace Qt::StringLiterals;

PipelineFixture::PipelineFixture()
    : m_fake(std::make_unique<FakeSendGrid>(ApiKey))
    , m_secrets(std::make_unique<MemorySecretStore>())
    , m_clock(std::make_shared<ManualClock>())
{
    if (!m_fake->listen()) {
        m_error = u"the fake SendGrid could not listen"_s;
        return;
    }
    AppConfig config;
    config.webhook.port = 0; // any free port
    config.brand.shopName = u"Juniper & Pine"_s;
    config.sources = {SourceConfig{SourceId, u"shopify"_s, u"Juniper & Pine"_s, true, {}}};
    ChannelConfig channel;
    channel.id = u"sendgrid"_s;
    channel.type = u"sendgrid"_s;
    channel.name = u"SendGrid"_s;
    channel.baseUrl = m_fake->baseUrl();
    channel.fromEmail = u"orders@juniper-pine.example"_s;
    channel.fromName = u"Juniper & Pine"_s;
    config.channels = {channel};
    config.rules = defaultRules(channel.id);
    config.secrets = {SecretValue{u"source"_s, SourceId, u"webhookSecret"_s, QString::fromUtf8(SigningSecret)},
                      SecretValue{u"channel"_s, u"sendgrid"_s, u"apiKey"_s, ApiKey}};
    if (auto status = importConfiguration(config, m_dir.path(), *m_secrets); !status) {
        m_error = status.error().message;
        return;
    }
    auto db = Database::open(m_dir.path(), u"fixture"_s);
    if (!db) {
        m_error = db.error().message;
        return;
    }
    m_db.emplace(std::move(db).value());
}

PipelineFixture::~PipelineFixture()
{
    m_engine.reset();
    m_db.reset();
}

QString PipelineFixture::startEngine(const std::function<void(Engine &)> &beforeStart)
{
    m_engine = std::make_unique<Engine>(m_dir.path(), m_secrets.get());
    m_engine->setClock(m_clock);
    if (beforeStart) {
        beforeStart(*m_engine);
    }
    QSignalSpy started(m_engine.get(), &Engine::started);
    QSignalSpy failed(m_engine.get(), &Engine::startFailed);
    m_engine->start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 10000)) {
        return u"the engine did not start in time"_s;
    }
    if (!failed.isEmpty()) {
        return failed.at(0).at(0).value<Error>().message;
    }
    return {};
}

QVariant PipelineFixture::value(const QString &sql) const
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

} // namespace Tidings::Test
