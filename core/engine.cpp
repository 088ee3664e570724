#include "engine.h"

#include "credentials/secretreader.h"
#include "credentials/secretstore.h"
#include "sources/airtableadapter.h"
#include "sources/airtablepayloadfetcher.h"
#include "sources/polling/pollscheduler.h"
#include "sources/sourceadapter.h"
#include "sources/webhookserver.h"
#include "store/configrepository.h"
#include "store/database.h"
#include "store/ingestwriter.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcEngine, "tidings.engine")

struct EngineText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Engine)
};

} // namespace

Engine::Engine(QString dataDir, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_secrets(secrets)
    , m_clock(std::make_shared<SystemClock>())
{
    m_writerThread.setObjectName(u"tidings-writer"_s);
    m_ingestThread.setObjectName(u"tidings-ingest"_s);
}

Engine::~Engine()
{
    stop();
}

void Engine::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
}

void Engine::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
}

QString Engine::webhookUrl(const QString &sourceId) const
{
    QString host = m_config.webhook.address;
    if (host == u"0.0.0.0" || host == u"::") {
        host = u"127.0.0.1"_s;
    } else if (host.contains(u':')) {
        host = u'[' + host + u']';
    }
    QString url = u"http://%1:%2/webhooks/"_s.arg(host).arg(m_webhookPort);
    return sourceId.isEmpty() ? url : url + sourceId;
}

void Engine::fail(const Error &error)
{
    qCWarning(lcEngine).noquote() << "start failed:" << error.message << error.detail;
    stop();
    emit startFailed(error);
}

void Engine::start()
{
    if (m_running) {
        return;
    }
    {
        auto db = Database::open(m_dataDir, u"engine"_s);
        if (!db) {
            fail(db.error());
            return;
        }
        ConfigRepository repository(db->handle());
        if (auto status = repository.ensureBuiltInTemplates(); !status) {
            fail(status.error());
            return;
        }
        auto config = repository.load();
        if (!config) {
            fail(config.error());
            return;
        }
        m_config = std::move(config).value();
        auto profile = repository.profileId();
        if (!profile) {
            fail(profile.error());
            return;
        }
        m_profileId = *profile;
    }

    QStringList keys;
    for (const SourceConfig &source : std::as_const(m_config.sources)) {
        for (const QString &name : secretNamesForConfig(source)) {
            keys.append(secretKey(m_profileId, u"source"_s, source.id, name));
        }
    }
    for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
        for (const QString &name : secretNamesForChannel(channel.type)) {
            keys.append(secretKey(m_profileId, u"channel"_s, channel.id, name));
        }
    }
    auto *batch = new SecretBatch(*m_secrets, keys, this); // deletes itself after finished()
    connect(batch, &SecretBatch::finished, this,
            [this](const QHash<QString, QString> &values, const std::optional<Error> &error) {
                if (error) {
                    // Without the keychain nothing can be verified or sent; say so plainly.
                    fail(*error);
                    return;
                }
                continueStart(values);
            });
    batch->start();
}

void Engine::continueStart(const QHash<QString, QString> &secrets)
{
    // Writer: one thread, one connection, group commits.
    m_writer = new IngestWriter(m_dataDir);
    m_writer->setClock(m_clock);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.start();
    Status writerStatus;
    QMetaObject::invokeMethod(
        m_writer, [this, &writerStatus] { writerStatus = m_writer->open(); }, Qt::BlockingQueuedConnection);
    if (!writerStatus) {
        fail(writerStatus.error());
        return;
    }
    m_writer->setRules(m_config.rules, m_config.channels);

    // Dispatcher: its own thread, connection and network manager.
    m_dispatcher = std::make_unique<Dispatcher>(m_dataDir, m_clock, m_policy);
    connect(m_dispatcher.get(), &Dispatcher::notificationsChanged, this, &Engine::notificationsChanged);
    connect(m_dispatcher.get(), &Dispatcher::problem, this, &Engine::problem);
    if (auto status = m_dispatcher->start(); !status) {
        fail(status.error());
        return;
    }
    ChannelSecrets channelSecrets;
    for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
        for (const QString &name : secretNamesForChannel(channel.type)) {
            const QString key = secretKey(m_profileId, u"channel"_s, channel.id, name);
            if (secrets.contains(key)) {
                channelSecrets[channel.id].insert(name, secrets.value(key));
            } else if (channel.enabled) {
                emit problem(Error::make(ErrorCode::Config,
                                         EngineText::tr("No %1 is saved for \"%2\", so its messages wait until one "
                                                        "is added to the configuration.")
                                             .arg(name == u"apiKey" ? EngineText::tr("API key") : name, channel.name)));
            }
        }
    }
    m_dispatcher->configure(m_config.channels, channelSecrets, m_config.brand);
    connect(m_writer, &IngestWriter::eventsIngested, this,
            [this](const QList<qint64> &ids, int) { emit eventsIngested(ids); });
    // The dispatcher hears of new work directly from the writer's thread, without a hop through ours.
    connect(
        m_writer, &IngestWriter::eventsIngested, m_dispatcher.get(),
        [dispatcher = m_dispatcher.get()](const QList<qint64> &, int queued) {
            if (queued > 0) {
                dispatcher->wake();
            }
        },
        Qt::DirectConnection);

    // Webhook server on the ingest thread.
    QHash<QString, QByteArray> signingSecrets;
    for (const SourceConfig &source : std::as_const(m_config.sources)) {
        const QStringList names = secretNamesForSource(source.type);
        if (names.isEmpty() || isPollSource(source)) {
            continue;
        }
        const QString key = secretKey(m_profileId, u"source"_s, source.id, names.first());
        if (secrets.contains(key)) {
            signingSecrets.insert(source.id, secrets.value(key).toUtf8());
        } else {
            emit problem(Error::make(ErrorCode::Config,
                                     EngineText::tr("No signing secret is saved for \"%1\", so its webhooks will be "
                                                    "refused. Add the secret in the configuration.")
                                         .arg(source.name)));
        }
    }
    m_server = new WebhookServer(m_writer);
    m_server->moveToThread(&m_ingestThread);
    connect(&m_ingestThread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &WebhookServer::webhookRejected, this, &Engine::webhookRejected);
    m_ingestThread.start();
    Status listenStatus;
    const QHostAddress address(m_config.webhook.address);
    const quint16 port = m_config.webhook.port;
    const qint64 maxBody = m_config.webhook.maxBodyBytes;
    const QList<SourceConfig> sources = m_config.sources;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            m_server->setMaxBodyBytes(maxBody);
            m_server->setSources(sources, signingSecrets);
            listenStatus = m_server->listen(address, port);
            m_webhookPort = m_server->port();
        },
        Qt::BlockingQueuedConnection);
    if (!listenStatus) {
        fail(listenStatus.error());
        return;
    }
    startAirtableFetcher(secrets);

    // Poll sources (mode "poll"): a scheduler on the ingest thread, with its own connection and network.
    PollScheduler::SourceSecrets pollSecrets;
    bool anyPoll = false;
    for (const SourceConfig &source : std::as_const(m_config.sources)) {
        if (!isPollSource(source) || !source.enabled) {
            continue;
        }
        anyPoll = true;
        for (const QString &name : pollSecretNames(source.type)) {
            const QString key = secretKey(m_profileId, u"source"_s, source.id, name);
            if (secrets.contains(key)) {
                pollSecrets[source.id].insert(name, secrets.value(key));
            }
        }
    }
    if (anyPoll) {
        m_poller = new PollScheduler(m_dataDir, m_writer, m_clock);
        m_poller->moveToThread(&m_ingestThread);
        connect(&m_ingestThread, &QThread::finished, m_poller, &QObject::deleteLater);
        connect(m_poller, &PollScheduler::pollStarted, this, &Engine::pollStarted);
        connect(m_poller, &PollScheduler::pollFinished, this, &Engine::pollFinished);
        connect(m_poller, &PollScheduler::pollFailed, this, &Engine::pollFailed);
        Status pollStatus;
        QMetaObject::invokeMethod(
            m_poller,
            [&] {
                pollStatus = m_poller->open();
                if (pollStatus) {
                    m_poller->setSources(sources, pollSecrets);
                    m_poller->start();
                }
            },
            Qt::BlockingQueuedConnection);
        if (!pollStatus) {
            fail(pollStatus.error());
            return;
        }
    }
    m_running = true;
    qCInfo(lcEngine).noquote() << "listening for webhooks on" << webhookUrl();
    emit started();
}

// Airtable's pings carry no data: after each accepted ping, and once now to catch up on what changed while
// Tidings was not running, the fetcher reads the changes with the source's access token.
void Engine::startAirtableFetcher(const QHash<QString, QString> &secrets)
{
    QHash<QString, std::pair<SourceConfig, QByteArray>> airtable;
    for (const SourceConfig &source : std::as_const(m_config.sources)) {
        if (source.type == AirtableAdapter::typeName() && source.enabled) {
            const QString key = secretKey(m_profileId, u"source"_s, source.id, u"apiToken"_s);
            airtable.insert(source.id, {source, secrets.value(key).toUtf8()});
        }
    }
    if (airtable.isEmpty()) {
        return;
    }
    auto *fetcher = new AirtablePayloadFetcher(m_writer, m_dataDir);
    m_airtable = fetcher;
    fetcher->moveToThread(&m_ingestThread);
    connect(&m_ingestThread, &QThread::finished, fetcher, &QObject::deleteLater);
    connect(fetcher, &AirtablePayloadFetcher::problem, this, &Engine::problem);
    connect(m_server, &WebhookServer::webhookAccepted, fetcher,
            [fetcher, airtable](const QString &sourceId, const QString &topic, bool) {
                const auto found = airtable.constFind(sourceId);
                if (topic == AirtableAdapter::pingTopic() && found != airtable.cend()) {
                    fetcher->fetch(found->first, found->second);
                }
            });
    Status opened;
    QMetaObject::invokeMethod(
        fetcher,
        [fetcher, &airtable, &opened] {
            opened = fetcher->open();
            for (auto it = airtable.cbegin(); opened && it != airtable.cend(); ++it) {
                fetcher->fetch(it->first, it->second);
            }
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        emit problem(opened.error());
    }
}

void Engine::pollNow(const QString &sourceId)
{
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, [poller = m_poller, sourceId] { poller->pollNow(sourceId); });
    }
}

void Engine::stop()
{
    if (m_ingestThread.isRunning()) {
        QMetaObject::invokeMethod(
            m_server,
            [server = m_server, poller = m_poller] {
                server->close();
                if (poller) {
                    poller->stop();
                }
            },
            Qt::BlockingQueuedConnection);
        m_ingestThread.quit();
        m_ingestThread.wait();
    }
    m_server = nullptr;
    m_airtable = nullptr; // deleted with the ingest thread
    m_poller = nullptr;
    if (m_writerThread.isRunning()) {
        // Queued flushes run before the quit event, so accepted events are committed first.
        m_writerThread.quit();
        m_writerThread.wait();
    }
    m_writer = nullptr;
    if (m_dispatcher) {
        m_dispatcher->stop();
        m_dispatcher.reset();
    }
    m_running = false;
}

} // namespace Tidings
