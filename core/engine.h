#pragma once

#include "config/appconfig.h"
#include "dispatch/dispatcher.h"
#include "model/result.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace Tidings {

class AirtablePayloadFetcher;
class Database;
class IngestWriter;
class PollScheduler;
class SecretStore;
class WebhookServer;

// The running pipeline: webhook server (ingest thread) → ingest writer (writer thread) →
// dispatcher (dispatch thread). Lives on the GUI or main thread; everything it reports arrives
// there through queued signals. Used the same way by the window and by --headless.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    Engine(QString dataDir, SecretStore *secrets, QObject *parent = nullptr);
    ~Engine() override;

    // For tests: time and retry timing of the dispatcher. Call before start().
    void setClock(std::shared_ptr<const Clock> clock);
    void setRetryPolicy(const RetryPolicy &policy);

    // Loads the configuration and secrets, then starts every thread. Emits started() or startFailed().
    void start();
    // Stops accepting webhooks, finishes the current commit, stops the threads. Safe to call twice.
    void stop();

    bool isRunning() const { return m_running; }

    QString dataDir() const { return m_dataDir; }

    const AppConfig &config() const { return m_config; }

    quint16 webhookPort() const { return m_webhookPort; }

    QString webhookUrl(const QString &sourceId = {}) const;

    Dispatcher *dispatcher() const { return m_dispatcher.get(); }

    // Polls a source in poll mode now (the window's "Poll now"); nothing for other sources.
    void pollNow(const QString &sourceId);

signals:
    void started();
    void startFailed(const Tidings::Error &error);
    void eventsIngested(const QList<qint64> &eventIds);
    void notificationsChanged(const QList<qint64> &eventIds);
    void webhookRejected(const QString &sourceId, int httpStatus, const QString &reason);
    // Health of the poll sources (see PollScheduler).
    void pollStarted(const QString &sourceId);
    void pollFinished(const QString &sourceId, int found, qint64 durationMs, const QDateTime &nextAt);
    void pollFailed(const QString &sourceId, const Tidings::Error &error, const QDateTime &nextAt);
    // Something the owner should know about while running (a keychain or storage problem, ...).
    void problem(const Tidings::Error &error);

private:
    void continueStart(const QHash<QString, QString> &secrets);
    void fail(const Error &error);
    void startAirtableFetcher(const QHash<QString, QString> &secrets);

    QString m_dataDir;
    SecretStore *m_secrets;
    std::shared_ptr<const Clock> m_clock;
    RetryPolicy m_policy;
    AppConfig m_config;
    QString m_profileId;
    bool m_running = false;
    quint16 m_webhookPort = 0;

    QThread m_writerThread;
    QThread m_ingestThread;
    IngestWriter *m_writer = nullptr;
    WebhookServer *m_server = nullptr;
    AirtablePayloadFetcher *m_airtable = nullptr; // on the ingest thread; only when an Airtable source exists
    PollScheduler *m_poller = nullptr;            // on the ingest thread
    std::unique_ptr<Dispatcher> m_dispatcher;
};

} // namespace Tidings
