#pragma once

#include "credentials/memorysecretstore.h"
#include "dispatch/clock.h"
#include "engine.h"
#include "fakes/fakesendgrid.h"
#include "store/database.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace Tidings::Test {

// A configured Tidings data folder (one Shopify source, one SendGrid channel pointing at a loopback
// fake, default rules, secrets in an in-memory store), and an engine to run on it.
class PipelineFixture final
{
public:
    static inline const QByteArray SigningSecret = "shpss_pipeline_secret";
    static inline const QString ApiKey = QStringLiteral("SG.pipeline-test-key");
    static inline const QString SourceId = QStringLiteral("my-shop");

    PipelineFixture();
    PipelineFixture(const PipelineFixture &) = delete;
    PipelineFixture &operator=(const PipelineFixture &) = delete;
    ~PipelineFixture();

    // Empty when set-up worked, else what failed.
    QString setUpError() const { return m_error; }

    // Starts a new engine on the folder and waits for it; returns an error text or empty.
    // `beforeStart` may connect to the engine before it starts.
    QString startEngine(const std::function<void(Engine &)> &beforeStart = {});

    void stopEngine() { m_engine.reset(); }

    Engine &engine() const { return *m_engine; }

    FakeSendGrid &fake() const { return *m_fake; }

    MemorySecretStore &secrets() const { return *m_secrets; }

    ManualClock &clock() const { return *m_clock; }

    QString dataDir() const { return m_dir.path(); }

    QUrl webhookUrl() const { return QUrl(m_engine->webhookUrl(SourceId)); }

    // The first column of the first row of `sql`, on the fixture's own connection.
    QVariant value(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeSendGrid> m_fake;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Engine> m_engine;
    std::optional<Database> m_db;
    QString m_error;
};

} // namespace Tidings::Test
