#pragma once

#include "dispatch/clock.h"
#include "model/result.h"
#include "sources/polling/poller.h"
#include "store/database.h"
#include "store/ingestsink.h"
#include "store/pollstaterepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

// What one trial read of a platform found (Connections → Test connection).
struct PollTestResult
{
    std::optional<Error> error; // why it failed, in the owner's words
    int changes = 0;            // orders and shipments changed in the last day, on the first page
    bool more = false;          // more pages followed
    // Secrets the platform replaced during the check (a rotated refresh token: the one tested no longer
    // works), by name. Secrets: never log.
    QHash<QString, QString> renewedSecrets;
};

// Runs the poll sources: one run per source every interval, each run reading pages of changes from
// `cursor − overlap` on (so a change at a page or clock boundary is read twice rather than never), handing
// every page to the ingest sink as one item, and moving the source's cursor only after the sink says the
// page is committed. A change read twice has the same dedup key and is dropped before it reaches the sink
// (and the sink's own key check would drop it too), so each change is stored and notified once, across
// overlaps, failures and restarts. A stock level the platform reports without a time is compared with the
// level the store keeps instead: the same level again is dropped, any other is a change now (so a restock,
// 5 → 0 → 5, is one).
//
// Lives on the ingest thread with its own connection and network manager: create it, move it there, and
// call open() on that thread. Time comes from the injected Clock; the timer only wakes it when something
// is due, so tests advance a ManualClock and call wake().
//
// Failures back off exponentially (30 s, 1 min, 2 min … up to 30 min, or the interval when that is
// longer); the platform's Retry-After (or throttle refill time), when given, is used as it is. A run that
// fails restarts from its cursor, so a page the sink could not commit is read again.
//
// The first run reaches `backfillDays` back. Unless `backfillNotify` is set, what it finds is stored
// (so later changes compare against it) without notifying anyone.
class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)

public:
    using SourceSecrets = QHash<QString, QHash<QString, QString>>; // source id → secret name → value
    using PollerFactory = std::function<std::unique_ptr<Poller>(const QString &type)>;

    PollScheduler(QString dataDir, IngestSink *sink, std::shared_ptr<const Clock> clock, QObject *parent = nullptr);
    ~PollScheduler() override;

    // On the scheduler's thread, before anything else.
    Status open();
    // Replaces the sources; only enabled sources in poll mode with a poller are kept. Keeps the schedule of
    // sources that stay.
    void setSources(const QList<SourceConfig> &sources, const SourceSecrets &secrets);

    // For tests: makes the pollers (default: createPoller).
    void setPollerFactory(PollerFactory factory) { m_factory = std::move(factory); }

    // Every source polls now, then every interval. Safe to call again after stop().
    void start();
    // Stops polling. A request or commit under way is abandoned: its page is not counted and the cursor
    // stays where the last committed page put it.
    void stop();
    // Polls the source now (unless it is polling already).
    void pollNow(const QString &sourceId);
    // Does whatever is due by the clock now (the timer calls this).
    void wake();
    // Reads the first page of changes of the last day from `source` with `secrets`, without storing
    // anything or touching its schedule, and calls `done` on this thread.
    void testConnection(const SourceConfig &source, const QHash<QString, QString> &secrets,
                        std::function<void(const PollTestResult &result)> done);

    bool isRunning() const { return m_running; }

    QStringList sourceIds() const;
    // When the source will be polled next (invalid when unknown).
    QDateTime nextPollAt(const QString &sourceId) const;
    // True while a run of this source is under way.
    bool isPolling(const QString &sourceId) const;

    static constexpr qint64 BaseBackoffMs = 30 * 1000;
    static constexpr qint64 MaxBackoffMs = 30 * 60 * 1000;

signals:
    void pollStarted(const QString &sourceId);
    // A run ended: `found` new changes (events and stock changes not seen before), how long it took, and
    // when the next run is due.
    void pollFinished(const QString &sourceId, int found, qint64 durationMs, const QDateTime &nextAt);
    // A run failed; `error` says in the owner's words what happened. `nextAt` is when it tries again.
    void pollFailed(const QString &sourceId, const Tidings::Error &error, const QDateTime &nextAt);
    // The platform replaced a secret of the source while polling (a rotated refresh token; the old one no
    // longer works). The scheduler uses `value` from now on; the receiver saves it. Carries a secret: never
    // log `value`. Also emitted for a fetch whose run was stopped or replaced meanwhile.
    void sourceSecretRenewed(const QString &sourceId, const QString &secretName, const QString &value);

private:
    struct Source;
    struct Liveness;

    Source *find(const QString &sourceId) const;
    void startRun(Source &source);
    void fetchPage(Source &source);
    void onPage(const QString &sourceId, quint64 runId, const QHash<QString, QString> &sent,
                const PollOutcome &outcome);
    void applyRenewedSecrets(const QString &sourceId, const QHash<QString, QString> &sent,
                             const QHash<QString, QString> &renewed);
    void onCommitted(const QString &sourceId, quint64 runId, int found, const IngestOutcome &outcome);
    Status untimedStock(const PollStateRepository &repository, const QString &sourceId, QList<StockChange> *stock,
                        QStringList *keys) const;
    void finishRun(Source &source);
    void failRun(Source &source, const Error &error, std::optional<qint64> retryAfterMs);
    void scheduleTimer();

    QString m_dataDir;
    IngestSink *m_sink;
    std::shared_ptr<const Clock> m_clock;
    PollerFactory m_factory;
    std::optional<Database> m_db;
    QNetworkAccessManager *m_network = nullptr; // child
    QHash<QString, std::shared_ptr<Source>> m_sources;
    std::shared_ptr<Liveness> m_liveness;
    QTimer m_timer;
    bool m_running = false;
    quint64 m_nextRunId = 1;
};

} // namespace Tidings
