#include "engine.h"

#include "channels/brandlogoattach.h"
#include "channels/channeldelivery.h"
#include "channels/channeltest.h"
#include "credentials/secretreader.h"
#include "credentials/secretstore.h"
#include "enginelog.h"
#include "sources/airtableadapter.h"
#include "sources/airtablepayloadfetcher.h"
#include "sources/polling/pollscheduler.h"
#include "sources/sourceadapter.h"
#include "sources/sourceid.h"
#include "sources/webhookserver.h"
#include "store/configrepository.h"
#include "store/database.h"
#include "store/ingestwriter.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

namespace Tidings {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngine, "tidings.engine")

namespace {

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
    // Before the server listens (or when it could not), the configured port is the best guess.
    const quint16 port = m_webhookPort != 0 ? m_webhookPort : m_config.webhook.port;
    QString url = u"http://%1:%2/webhooks/"_s.arg(host).arg(port);
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
    if (Status delay = startDelayWatcher(); !delay) {
        fail(delay.error());
        return;
    }

    // Dispatcher: its own thread, connection and network manager.
    m_dispatcher = std::make_unique<Dispatcher>(m_dataDir, m_clock, m_policy);
    connect(m_dispatcher.get(), &Dispatcher::notificationsChanged, this, &Engine::notificationsChanged);
    connect(m_dispatcher.get(), &Dispatcher::problem, this, &Engine::problem);
    connect(m_dispatcher.get(), &Dispatcher::channelSecretChanged, this, &Engine::saveRotatedChannelSecret);
    connect(m_dispatcher.get(), &Dispatcher::channelHeld, this, &Engine::onChannelHeld);
    connect(m_dispatcher.get(), &Dispatcher::channelReleased, this, &Engine::onChannelReleased);
    connect(m_dispatcher.get(), &Dispatcher::notificationFailed, this, &Engine::notificationFailed);
    if (auto status = m_dispatcher->start(); !status) {
        fail(status.error());
        return;
    }
    restoreSendingPaused();
    restoreTestMode();
    restoreQuietHours();
    ChannelSecrets &channelSecrets = m_channelSecrets;
    channelSecrets.clear();
    for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
        const ChannelTypeInfo *info = channelTypeInfo(channel.type);
        for (const ChannelSecretInfo &secret : info ? info->secrets : QList<ChannelSecretInfo>()) {
            const QString key = secretKey(m_profileId, u"channel"_s, channel.id, secret.name);
            if (secrets.contains(key)) {
                channelSecrets[channel.id].insert(secret.name, secrets.value(key));
            } else if (channel.enabled && !secret.optional) {
                emit problem(Error::make(ErrorCode::Config,
                                         EngineText::tr("No %1 is saved for \"%2\", so its messages wait until one "
                                                        "is added to the configuration.")
                                             .arg(secret.label, channel.name)));
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
    m_signingSecrets = signingSecrets;
    m_server = new WebhookServer(m_writer);
    m_server->moveToThread(&m_ingestThread);
    connect(&m_ingestThread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &WebhookServer::webhookRejected, this, &Engine::onWebhookRejected);
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

    // Poll sources (mode "poll"): a scheduler on the ingest thread, with its own connection and network. It
    // runs even without poll sources, so one added later starts at once.
    PollScheduler::SourceSecrets pollSecrets;
    for (const SourceConfig &source : std::as_const(m_config.sources)) {
        if (!isPollSource(source)) {
            continue;
        }
        for (const QString &name : pollSecretNames(source.type)) {
            const QString key = secretKey(m_profileId, u"source"_s, source.id, name);
            if (secrets.contains(key)) {
                pollSecrets[source.id].insert(name, secrets.value(key));
            }
        }
    }
    for (auto it = m_renewedPollSecrets.constBegin(); it != m_renewedPollSecrets.constEnd(); ++it) {
        // The platform already refused the value the keychain may still have had when it was read.
        if (m_config.source(it.key())) {
            pollSecrets[it.key()].insert(it.value());
        }
    }
    m_pollSecrets = pollSecrets;
    m_poller = new PollScheduler(m_dataDir, m_writer, m_clock);
    m_poller->moveToThread(&m_ingestThread);
    connect(&m_ingestThread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(m_poller, &PollScheduler::pollStarted, this, &Engine::onPollStarted);
    connect(m_poller, &PollScheduler::pollFinished, this, &Engine::onPollFinished);
    connect(m_poller, &PollScheduler::pollFailed, this, &Engine::onPollFailed);
    // Queued: the scheduler lives on the ingest thread.
    connect(m_poller, &PollScheduler::sourceSecretRenewed, this, &Engine::saveRenewedSourceSecret,
            Qt::QueuedConnection);
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
        // A poll source of the same type reads its rows with the AirtablePoller instead.
        if (source.type == AirtableAdapter::typeName() && source.enabled && !isPollSource(source)) {
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

void Engine::testPollConnection(const SourceConfig &source, const QHash<QString, QString> &secrets, PollTestDone done)
{
    if (!m_poller) {
        PollTestResult result;
        result.error = Error::make(ErrorCode::Config, EngineText::tr("Tidings is not running, so it cannot check the "
                                                                     "connection now."));
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    const QPointer<Engine> self(this);
    QMetaObject::invokeMethod(m_poller, [poller = m_poller, source, secrets, self, done] {
        poller->testConnection(source, secrets, [self, done](const PollTestResult &result) {
            if (self) {
                QMetaObject::invokeMethod(self.data(), [self, done, result] {
                    if (self) {
                        done(result);
                    }
                });
            }
        });
    });
}

void Engine::onPollStarted(const QString &sourceId)
{
    if (m_config.source(sourceId)) {
        m_health[sourceId].polling = true;
    }
    emit pollStarted(sourceId);
}

void Engine::onPollFinished(const QString &sourceId, int found, qint64 durationMs, const QDateTime &nextAt)
{
    if (m_config.source(sourceId)) {
        SourceHealth &health = m_health[sourceId];
        health.polling = false;
        health.lastPollAt = QDateTime::currentDateTimeUtc();
        health.lastPollDurationMs = durationMs;
        health.lastPollFound = found;
        health.lastPollFailedAt = {};
        health.lastPollError.clear();
        health.nextPollAt = nextAt.toUTC();
    }
    emit pollFinished(sourceId, found, durationMs, nextAt);
}

void Engine::onPollFailed(const QString &sourceId, const Error &error, const QDateTime &nextAt)
{
    if (m_config.source(sourceId)) {
        SourceHealth &health = m_health[sourceId];
        health.polling = false;
        health.lastPollFailedAt = QDateTime::currentDateTimeUtc();
        health.lastPollError = error.message;
        health.nextPollAt = nextAt.toUTC();
    }
    emit pollFailed(sourceId, error, nextAt);
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
    m_delayWatcher = nullptr; // deleted with the writer thread
    if (m_dispatcher) {
        m_dispatcher->stop();
        m_dispatcher.reset();
    }
    m_channelsNeedingSignIn.clear(); // the dispatcher's holds went with it
    m_running = false;
}

// --- Connections ---

void Engine::onWebhookRejected(const QString &sourceId, int httpStatus, const QString &reason)
{
    // Only for connected sources: anyone can post to an unknown path, and that must not grow this table.
    if (m_config.source(sourceId)) {
        SourceHealth &health = m_health[sourceId];
        // Wall-clock time, like the received_at of stored events it is compared with (not the dispatcher's clock).
        health.lastRejectionAt = QDateTime::currentDateTimeUtc();
        health.lastRejectionStatus = httpStatus;
        health.lastRejectionReason = reason;
    }
    emit webhookRejected(sourceId, httpStatus, reason);
}

SourceHealth Engine::sourceHealth(const QString &sourceId) const
{
    return m_health.value(sourceId);
}

Result<QSqlDatabase> Engine::configDb()
{
    if (!m_configDb) {
        auto db = Database::open(m_dataDir, u"engine-config"_s);
        if (!db) {
            return db.error();
        }
        m_configDb = std::make_unique<Database>(std::move(db).value());
    }
    return m_configDb->handle();
}

Result<QString> Engine::profileId()
{
    if (!m_profileId.isEmpty()) {
        return m_profileId;
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    ConfigRepository repository(*db);
    auto profile = repository.profileId();
    if (profile) {
        m_profileId = *profile;
    }
    return profile;
}

Status Engine::checkSource(const SourceConfig &source, bool isNew, const QHash<QString, QString> &secrets)
{
    if (m_busySources.contains(source.id)) {
        return Error::make(ErrorCode::InvalidInput,
                           EngineText::tr("Tidings is still saving this connection. Try again in a moment."),
                           u"a change of source %1 is in progress"_s.arg(source.id));
    }
    const bool poll = isPollSource(source);
    const SourceTypeInfo *info = poll ? pollSourceTypeInfo(source.type)
                                      : sourceTypeInfo(source.type, source.options.value("preset"_L1).toString());
    if (!info || (poll ? !createPoller(source.type) : !createSourceAdapter(source.type))) {
        return Error::make(
            ErrorCode::InvalidInput,
            EngineText::tr("Tidings cannot receive orders from this kind of connection (\"%1\").").arg(source.type),
            u"no adapter for source type %1"_s.arg(source.type));
    }
    if (source.name.trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, EngineText::tr("Give the connection a name."));
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    auto stored = ConfigRepository(*db).hasSource(source.id);
    if (!stored) {
        return stored.error();
    }
    const bool exists = *stored || m_config.source(source.id) != nullptr;
    if (isNew) {
        if (!isValidSourceId(source.id)) {
            return Error::make(ErrorCode::InvalidInput,
                               EngineText::tr("The id \"%1\" cannot be used. An id is part of the webhook address: "
                                              "use only lower-case letters a-z, digits and dashes, and start with "
                                              "a letter or a digit.")
                                   .arg(source.id));
        }
        if (exists) {
            return Error::make(
                ErrorCode::InvalidInput,
                EngineText::tr("Another connection already uses the id \"%1\". Choose another id.").arg(source.id));
        }
    } else if (!exists) {
        return Error::make(ErrorCode::NotFound,
                           EngineText::tr("The connection \"%1\" no longer exists.").arg(source.name),
                           u"no source with id %1"_s.arg(source.id));
    }
    for (const SourceOptionInfo &option : info->options) {
        if (option.required && source.options.value(option.key).toString().trimmed().isEmpty()) {
            return Error::make(ErrorCode::InvalidInput,
                               EngineText::tr("Fill in \"%1\": %2 needs it.").arg(option.label, info->displayName));
        }
    }
    if (poll) {
        // Some platforms take one of several credentials (an API key, or a sign-in); the poller says which
        // one is missing when it first runs.
        const bool any = std::any_of(info->secrets.cbegin(), info->secrets.cend(), [&](const SourceSecretInfo &secret) {
            return !secrets.value(secret.name).isEmpty();
        });
        if (isNew && !info->secrets.isEmpty() && !any) {
            return Error::make(ErrorCode::InvalidInput,
                               EngineText::tr("Paste the %1 from %2; without it Tidings cannot read its orders.")
                                   .arg(info->secrets.first().label, info->displayName));
        }
        return {};
    }
    if (isNew && !info->secrets.isEmpty() && secrets.value(info->secrets.first().name).isEmpty()) {
        const SourceSecretInfo &secret = info->secrets.first();
        return Error::make(
            ErrorCode::InvalidInput,
            secret.generatedByTidings
                ? EngineText::tr("The %1 is missing. Go back and let Tidings make one.").arg(secret.label)
                : EngineText::tr("Paste the %1 from %2; without it Tidings cannot tell its "
                                 "webhooks from forged ones.")
                      .arg(secret.label, info->displayName));
    }
    return {};
}

void Engine::applySources()
{
    if (m_server) {
        m_server->setSources(m_config.sources, m_signingSecrets); // thread-safe
    }
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, [poller = m_poller, sources = m_config.sources, secrets = m_pollSecrets] {
            poller->setSources(sources, secrets);
        });
    }
}

void Engine::finishSourceChange(const SourceDone &done, const Status &status)
{
    if (!status) {
        qCWarning(lcEngine).noquote() << "source change failed:" << status.error().message << status.error().detail;
    }
    if (done) {
        done(status);
    } else if (!status) {
        emit problem(status.error());
    }
}

void Engine::onChannelHeld(const QString &channelId, const Error &why)
{
    if (!m_config.channel(channelId)) {
        return; // removed meanwhile
    }
    m_channelsNeedingSignIn.insert(channelId, why);
    emit channelNeedsSignIn(channelId, why);
}

void Engine::onChannelReleased(const QString &channelId)
{
    if (m_channelsNeedingSignIn.remove(channelId) > 0) {
        emit channelSignInRestored(channelId);
    }
}

void Engine::saveRotatedChannelSecret(const QString &channelId, const QString &secretName, const QString &value)
{
    const ChannelConfig *channel = m_config.channel(channelId);
    if (!channel || !secretNamesForChannel(channel->type).contains(secretName) || value.isEmpty()) {
        return;
    }
    // The dispatcher's channel already uses the new value: only the keychain and the copy for the next
    // configure() change.
    m_channelSecrets[channelId].insert(secretName, value);
    const QString key = secretKey(m_profileId, u"channel"_s, channelId, secretName);
    runSecretJobs({{key, value}}, [this, channelId](const std::optional<Error> &error) {
        if (error) {
            Error reported = *error;
            reported.message = EngineText::tr("The renewed sign-in of channel %1 could not be saved in the keychain: "
                                              "%2 Tidings keeps using it until it stops.")
                                   .arg(channelId, error->message);
            emit problem(reported);
            return;
        }
        qCInfo(lcEngine).noquote() << "channel" << channelId << ": renewed sign-in saved in the keychain";
        emit channelSecretSaved(channelId);
    });
}

void Engine::runSecretJobs(const QHash<QString, std::optional<QString>> &jobs,
                           std::function<void(const std::optional<Error> &error)> done)
{
    if (jobs.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }

    struct Progress
    {
        qsizetype pending = 0;
        std::optional<Error> error;
    };

    auto progress = std::make_shared<Progress>();
    progress->pending = jobs.size();
    for (auto it = jobs.constBegin(); it != jobs.constEnd(); ++it) {
        SecretJob *job = it.value() ? m_secrets->write(it.key(), *it.value()) : m_secrets->remove(it.key());
        connect(job, &SecretJob::finished, this, [progress, done](SecretJob *finished) {
            if (finished->error() && !progress->error) {
                progress->error = *finished->error();
            }
            if (--progress->pending == 0) {
                done(progress->error);
            }
        });
    }
}

Status Engine::addSource(const SourceConfig &source, const QHash<QString, QString> &secrets, SourceDone done)
{
    if (auto status = checkSource(source, true, secrets); !status) {
        return status;
    }
    auto profile = profileId();
    if (!profile) {
        return profile.error();
    }
    const bool poll = isPollSource(source);
    const QStringList names = secretNamesForConfig(source);
    QHash<QString, std::optional<QString>> writes;
    QHash<QString, QString> pollSecrets;
    for (const QString &name : names) {
        if (!secrets.value(name).isEmpty()) {
            writes.insert(secretKey(*profile, u"source"_s, source.id, name), secrets.value(name));
            pollSecrets.insert(name, secrets.value(name));
        }
    }
    const QByteArray signingSecret = names.isEmpty() || poll ? QByteArray() : secrets.value(names.first()).toUtf8();
    m_busySources.insert(source.id);
    runSecretJobs(writes,
                  [this, source, writes, signingSecret, poll, pollSecrets, done](const std::optional<Error> &error) {
                      m_busySources.remove(source.id);
                      if (error) {
                          finishSourceChange(done, *error);
                          return;
                      }
                      auto db = configDb();
                      Status stored = db ? ConfigRepository(*db).insertSource(source) : Status(db.error());
                      if (!stored) {
                          // Take back what the keychain got, so nothing half-made stays behind.
                          QHash<QString, std::optional<QString>> removals;
                          for (auto it = writes.constBegin(); it != writes.constEnd(); ++it) {
                              removals.insert(it.key(), std::nullopt);
                          }
                          runSecretJobs(removals, [](const std::optional<Error> &) {});
                          finishSourceChange(done, stored);
                          return;
                      }
                      m_config.sources.append(source);
                      if (!signingSecret.isEmpty()) {
                          m_signingSecrets.insert(source.id, signingSecret);
                      }
                      if (poll) {
                          m_pollSecrets.insert(source.id, pollSecrets);
                      }
                      applySources();
                      qCInfo(lcEngine).noquote() << "source added:" << source.id << source.type;
                      emit sourcesChanged();
                      finishSourceChange(done, {});
                  });
    return {};
}

Status Engine::updateSource(const SourceConfig &source, const QHash<QString, QString> &secrets, SourceDone done)
{
    if (auto status = checkSource(source, false, secrets); !status) {
        return status;
    }
    auto profile = profileId();
    if (!profile) {
        return profile.error();
    }
    const bool poll = isPollSource(source);
    const QStringList names = secretNamesForConfig(source);
    QHash<QString, std::optional<QString>> writes;
    QHash<QString, QString> changedPollSecrets;
    for (const QString &name : names) {
        if (!secrets.value(name).isEmpty()) {
            writes.insert(secretKey(*profile, u"source"_s, source.id, name), secrets.value(name));
            changedPollSecrets.insert(name, secrets.value(name));
        }
    }
    const QByteArray signingSecret = names.isEmpty() || poll ? QByteArray() : secrets.value(names.first()).toUtf8();
    m_busySources.insert(source.id);
    runSecretJobs(writes,
                  [this, source, signingSecret, poll, changedPollSecrets, done](const std::optional<Error> &error) {
                      m_busySources.remove(source.id);
                      if (error) {
                          saveDeferredRenewals(source.id, {}); // the owner's secrets did not replace them
                          finishSourceChange(done, *error);
                          return;
                      }
                      // The keychain now holds the new secret: the server checks with it from now on, whatever the
                      // store says.
                      if (!signingSecret.isEmpty()) {
                          m_signingSecrets.insert(source.id, signingSecret);
                      }
                      if (poll) {
                          QHash<QString, QString> &saved = m_pollSecrets[source.id];
                          for (auto it = changedPollSecrets.constBegin(); it != changedPollSecrets.constEnd(); ++it) {
                              saved.insert(it.key(), it.value());
                              m_renewedPollSecrets[source.id].remove(it.key()); // the owner's value wins
                          }
                      }
                      saveDeferredRenewals(source.id, changedPollSecrets);
                      auto db = configDb();
                      Status stored = db ? ConfigRepository(*db).updateSource(source) : Status(db.error());
                      if (stored) {
                          for (SourceConfig &existing : m_config.sources) {
                              if (existing.id == source.id) {
                                  existing = source;
                              }
                          }
                      }
                      applySources();
                      if (stored && poll && source.enabled) {
                          pollNow(source.id); // new settings or credentials are tried at once, not after a back-off
                      }
                      if (stored) {
                          qCInfo(lcEngine).noquote() << "source changed:" << source.id;
                          emit sourcesChanged();
                      }
                      finishSourceChange(done, stored);
                  });
    return {};
}

Status Engine::removeSource(const QString &sourceId, SourceDone done)
{
    if (m_busySources.contains(sourceId)) {
        return Error::make(ErrorCode::InvalidInput,
                           EngineText::tr("Tidings is still saving this connection. Try again in a moment."),
                           u"a change of source %1 is in progress"_s.arg(sourceId));
    }
    const SourceConfig *existing = m_config.source(sourceId);
    const QStringList secretNames = existing ? secretNamesForConfig(*existing) : QStringList();
    auto profile = profileId();
    if (!profile) {
        return profile.error();
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (auto status = ConfigRepository(*db).removeSource(sourceId); !status) {
        return status;
    }
    m_config.sources.removeIf([&sourceId](const SourceConfig &source) { return source.id == sourceId; });
    m_signingSecrets.remove(sourceId);
    m_pollSecrets.remove(sourceId);
    m_renewedPollSecrets.remove(sourceId);
    m_deferredRenewals.remove(sourceId);
    m_health.remove(sourceId);
    applySources();
    qCInfo(lcEngine).noquote() << "source removed:" << sourceId;
    emit sourcesChanged();

    QHash<QString, std::optional<QString>> removals;
    for (const QString &name : secretNames) {
        removals.insert(secretKey(*profile, u"source"_s, sourceId, name), std::nullopt);
    }
    m_busySources.insert(sourceId);
    runSecretJobs(removals, [this, sourceId, done](const std::optional<Error> &error) {
        m_busySources.remove(sourceId);
        if (error) {
            Error reported = *error;
            reported.message = EngineText::tr("The connection was removed, but its secret could not be deleted "
                                              "from the keychain: %1")
                                   .arg(error->message);
            finishSourceChange(done, reported);
            return;
        }
        finishSourceChange(done, {});
    });
    return {};
}

Status Engine::checkChannel(const ChannelConfig &channel, bool isNew, const QHash<QString, QString> &secrets) const
{
    const ChannelTypeInfo *info = channelTypeInfo(channel.type);
    if (!info) {
        return Error::make(ErrorCode::InvalidInput,
                           EngineText::tr("Tidings cannot send through “%1”.").arg(channel.type));
    }
    if (!isValidSourceId(channel.id)) {
        return Error::make(
            ErrorCode::InvalidInput,
            EngineText::tr("The id \"%1\" cannot be used: use lower-case letters, digits and dashes.").arg(channel.id));
    }
    if (channel.name.trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, EngineText::tr("Give the channel a name."));
    }
    const bool exists = std::any_of(m_config.channels.cbegin(), m_config.channels.cend(),
                                    [&channel](const ChannelConfig &c) { return c.id == channel.id; });
    if (isNew && exists) {
        return Error::make(
            ErrorCode::InvalidInput,
            EngineText::tr("A channel with the id \"%1\" already exists. Choose another id.").arg(channel.id));
    }
    if (!isNew && !exists) {
        return Error::make(ErrorCode::NotFound,
                           EngineText::tr("The channel \"%1\" no longer exists.").arg(channel.name));
    }
    QList<ChannelConfig> channels = m_config.channels;
    channels.removeIf([&channel](const ChannelConfig &c) { return c.id == channel.id; });
    channels.append(channel);
    if (auto status = checkChannelDelivery(channel, channels); !status) {
        return Error::make(ErrorCode::InvalidInput, status.error().message);
    }
    if (isNew) {
        for (const ChannelSecretInfo &secret : info->secrets) {
            if (!secret.optional && secrets.value(secret.name).trimmed().isEmpty()) {
                return Error::make(ErrorCode::InvalidInput,
                                   EngineText::tr("Enter the %1 for %2.").arg(secret.label, info->displayName));
            }
        }
    }
    return {};
}

void Engine::applyChannels()
{
    if (m_writer) {
        m_writer->setRules(m_config.rules, m_config.channels);
    }
    if (m_dispatcher) {
        m_dispatcher->configure(m_config.channels, m_channelSecrets, m_config.brand);
    }
}

Status Engine::addChannel(const ChannelConfig &channel, const QHash<QString, QString> &secrets, SourceDone done)
{
    return updateOrAddChannel(channel, secrets, true, std::move(done));
}

Status Engine::updateChannel(const ChannelConfig &channel, const QHash<QString, QString> &secrets, SourceDone done)
{
    return updateOrAddChannel(channel, secrets, false, std::move(done));
}

Status Engine::updateOrAddChannel(const ChannelConfig &channel, const QHash<QString, QString> &secrets, bool isNew,
                                  SourceDone done)
{
    if (auto status = checkChannel(channel, isNew, secrets); !status) {
        return status;
    }
    auto profile = profileId();
    if (!profile) {
        return profile.error();
    }
    QHash<QString, std::optional<QString>> writes;
    QHash<QString, QString> given;
    for (const QString &name : secretNamesForChannel(channel.type)) {
        if (!secrets.value(name).trimmed().isEmpty()) {
            writes.insert(secretKey(*profile, u"channel"_s, channel.id, name), secrets.value(name).trimmed());
            given.insert(name, secrets.value(name).trimmed());
        }
    }
    m_busyChannels.insert(channel.id);
    runSecretJobs(writes, [this, channel, given, writes, isNew, done](const std::optional<Error> &error) {
        m_busyChannels.remove(channel.id);
        if (error) {
            finishSourceChange(done, *error);
            return;
        }
        // A shop's first email channel starts with the default messages (order confirmed, shipped, ...), as
        // an imported configuration does: without rules, going live would tell customers nothing.
        const ChannelTypeInfo *info = channelTypeInfo(channel.type);
        const bool firstEmail = isNew && m_config.rules.isEmpty() && info && info->kind == ChannelKind::Email;
        const QList<RuleConfig> firstRules = firstEmail ? defaultRules(channel.id) : QList<RuleConfig>{};
        auto db = configDb();
        Status stored = !db     ? Status(db.error())
                        : isNew ? ConfigRepository(*db).insertChannel(channel, firstRules)
                                : ConfigRepository(*db).updateChannel(channel);
        if (!stored) {
            if (isNew) {
                QHash<QString, std::optional<QString>> removals;
                for (auto it = writes.constBegin(); it != writes.constEnd(); ++it) {
                    removals.insert(it.key(), std::nullopt);
                }
                runSecretJobs(removals, [](const std::optional<Error> &) {});
            }
            finishSourceChange(done, stored);
            return;
        }
        if (isNew) {
            m_config.channels.append(channel);
            m_config.rules.append(firstRules);
        } else {
            for (ChannelConfig &existing : m_config.channels) {
                if (existing.id == channel.id) {
                    existing = channel;
                }
            }
        }
        QHash<QString, QString> &saved = m_channelSecrets[channel.id];
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            saved.insert(it.key(), it.value());
        }
        applyChannels();
        qCInfo(lcEngine).noquote() << (isNew ? "channel added:" : "channel changed:") << channel.id << channel.type;
        emit channelsChanged();
        finishSourceChange(done, {});
    });
    return {};
}

Status Engine::removeChannel(const QString &channelId, SourceDone done)
{
    if (m_busyChannels.contains(channelId)) {
        return Error::make(ErrorCode::InvalidInput,
                           EngineText::tr("Tidings is still saving this channel. Try again in a moment."));
    }
    QString type;
    for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
        if (channel.id == channelId) {
            type = channel.type;
        }
        // Its queue would have nowhere to flow, and the configuration file would no longer load.
        if (ChannelDelivery::fromOptions(channel.options).fallbackChannelId == channelId && channel.id != channelId) {
            return Error::make(ErrorCode::InvalidInput,
                               EngineText::tr("\"%1\" is the fallback channel of \"%2\". Choose another fallback "
                                              "there first.")
                                   .arg(channelId, channel.name));
        }
    }
    auto profile = profileId();
    if (!profile) {
        return profile.error();
    }
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (auto status = ConfigRepository(*db).removeChannel(channelId); !status) {
        return status;
    }
    m_config.channels.removeIf([&channelId](const ChannelConfig &channel) { return channel.id == channelId; });
    m_channelSecrets.remove(channelId);
    applyChannels();
    setChannelPaused(channelId, false); // a channel added later under the same id starts unpaused
    qCInfo(lcEngine).noquote() << "channel removed:" << channelId;
    emit channelsChanged();
    onChannelReleased(channelId); // a removed channel needs no sign-in (the dispatcher's release finds it gone)
    QHash<QString, std::optional<QString>> removals;
    for (const QString &name : secretNamesForChannel(type)) {
        removals.insert(secretKey(*profile, u"channel"_s, channelId, name), std::nullopt);
    }
    runSecretJobs(removals, [this, done](const std::optional<Error> &error) {
        if (error) {
            Error reported = *error;
            reported.message = EngineText::tr("The channel was removed, but its secret could not be deleted from "
                                              "the keychain: %1")
                                   .arg(error->message);
            finishSourceChange(done, reported);
            return;
        }
        finishSourceChange(done, {});
    });
    return {};
}

QHash<QString, QString> Engine::secretsForTest(const QString &channelId, const QHash<QString, QString> &typed) const
{
    QHash<QString, QString> merged = m_channelSecrets.value(channelId);
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            merged.insert(it.key(), it.value().trimmed());
        }
    }
    return merged;
}

QNetworkAccessManager *Engine::testNetwork()
{
    if (!m_testSends) {
        m_testSends = new QNetworkAccessManager(this);
    }
    return m_testSends;
}

void Engine::sendTestMessage(const ChannelConfig &channel, const QHash<QString, QString> &secrets,
                             const QString &address, TestMessageDone done)
{
    auto message = ChannelTest::testMessageTo(address, brandForChannel(m_config.brand, channel.type));
    if (!message) {
        SendOutcome outcome;
        outcome.error = message.error();
        QMetaObject::invokeMethod(
            this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    ChannelTest::send(channel, secretsForTest(channel.id, secrets), *message, testNetwork(), std::move(done));
}

void Engine::checkChannelConnection(const ChannelConfig &channel, const QHash<QString, QString> &secrets,
                                    TestMessageDone done)
{
    ChannelTest::checkConnection(channel, secretsForTest(channel.id, secrets), testNetwork(), std::move(done));
}

std::optional<OAuthSignInProvider> Engine::channelSignIn(const ChannelConfig &channel,
                                                         const QHash<QString, QString> &secrets) const
{
    return channelSignInProvider(channel, secretsForTest(channel.id, secrets));
}

Status Engine::setSourceEnabled(const QString &sourceId, bool enabled)
{
    if (m_busySources.contains(sourceId)) {
        return Error::make(ErrorCode::InvalidInput,
                           EngineText::tr("Tidings is still saving this connection. Try again in a moment."),
                           u"a change of source %1 is in progress"_s.arg(sourceId));
    }
    const SourceConfig *existing = m_config.source(sourceId);
    if (!existing) {
        return Error::make(ErrorCode::NotFound, EngineText::tr("That connection no longer exists."),
                           u"no source with id %1"_s.arg(sourceId));
    }
    if (existing->enabled == enabled) {
        return {};
    }
    SourceConfig changed = *existing;
    changed.enabled = enabled;
    auto db = configDb();
    if (!db) {
        return db.error();
    }
    if (auto status = ConfigRepository(*db).updateSource(changed); !status) {
        return status;
    }
    for (SourceConfig &source : m_config.sources) {
        if (source.id == sourceId) {
            source.enabled = enabled;
        }
    }
    applySources();
    qCInfo(lcEngine).noquote() << "source" << sourceId << (enabled ? "turned on" : "turned off");
    emit sourcesChanged();
    return {};
}

void Engine::readSourceSecrets(const QString &sourceId, SecretsDone done)
{
    const SourceConfig *source = m_config.source(sourceId);
    auto profile = profileId();
    if (!source || !profile) {
        const Error error = !profile
                                ? profile.error()
                                : Error::make(ErrorCode::NotFound, EngineText::tr("That connection no longer exists."),
                                              u"no source with id %1"_s.arg(sourceId));
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    QHash<QString, QString> nameByKey;
    for (const QString &name : secretNamesForConfig(*source)) {
        nameByKey.insert(secretKey(*profile, u"source"_s, sourceId, name), name);
    }
    auto *batch = new SecretBatch(*m_secrets, nameByKey.keys(), this); // deletes itself after finished()
    connect(batch, &SecretBatch::finished, this,
            [nameByKey, done](const QHash<QString, QString> &values, const std::optional<Error> &error) {
                if (error) {
                    done(*error);
                    return;
                }
                QHash<QString, QString> byName;
                for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                    byName.insert(nameByKey.value(it.key()), it.value());
                }
                done(byName);
            });
    batch->start();
}

bool Engine::canSendTestEvent(const QString &sourceId) const
{
    const SourceConfig *source = m_config.source(sourceId);
    if (!m_running || !m_server || !source || !source->enabled) {
        return false;
    }
    const auto adapter = createSourceAdapter(source->type);
    return adapter && adapter->sampleWebhook(*source, m_signingSecrets.value(sourceId)).has_value();
}

Status Engine::sendTestEvent(const QString &sourceId, SourceDone done)
{
    const SourceConfig *source = m_config.source(sourceId);
    if (!source) {
        return Error::make(ErrorCode::NotFound, EngineText::tr("That connection no longer exists."),
                           u"no source with id %1"_s.arg(sourceId));
    }
    if (!m_running || !m_server) {
        return Error::make(ErrorCode::Config,
                           EngineText::tr("Tidings is not receiving webhooks right now, so it cannot send a test "
                                          "event. See the message about starting Tidings."));
    }
    if (!source->enabled) {
        return Error::make(ErrorCode::InvalidInput,
                           EngineText::tr("\"%1\" is turned off. Turn it on to send a test event.").arg(source->name));
    }
    const auto adapter = createSourceAdapter(source->type);
    const auto sample =
        adapter ? adapter->sampleWebhook(*source, m_signingSecrets.value(sourceId)) : std::optional<WebhookRequest>();
    if (!sample) {
        return Error::make(ErrorCode::InvalidInput,
                           EngineText::tr("Tidings has no test event for this kind of connection, or no secret is "
                                          "saved for it yet."));
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy); // our own address, never through a proxy
    }
    QUrl url(webhookUrl(sourceId));
    if (const qsizetype query = sample->target.indexOf('?'); query >= 0) {
        url.setQuery(QString::fromUtf8(sample->target.mid(query + 1)), QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    for (auto it = sample->headers.constBegin(); it != sample->headers.constEnd(); ++it) {
        request.setRawHeader(it.key(), it.value());
    }
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = m_network->post(request, sample->body);
    const QString name = source->name;
    connect(reply, &QNetworkReply::finished, this, [this, reply, sourceId, name, sentAt, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            qCInfo(lcEngine).noquote() << "test event for" << sourceId << "accepted";
            finishSourceChange(done, {});
            return;
        }
        if (status == 0) {
            finishSourceChange(done, Error::make(ErrorCode::Network,
                                                 EngineText::tr("The test event for \"%1\" did not reach Tidings' "
                                                                "webhook address on this computer.")
                                                     .arg(name),
                                                 reply->errorString(), true));
            return;
        }
        const SourceHealth health = m_health.value(sourceId);
        const QString why = health.lastRejectionAt >= sentAt && !health.lastRejectionReason.isEmpty()
                                ? health.lastRejectionReason
                                : EngineText::tr("Tidings answered with HTTP status %1.").arg(status);
        finishSourceChange(done, Error::make(ErrorCode::Unauthorized,
                                             EngineText::tr("The test event for \"%1\" was refused. %2").arg(name, why),
                                             QString::fromUtf8(reply->readAll().left(500))));
    });
    return {};
}

} // namespace Tidings
