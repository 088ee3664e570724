#include "sources/polling/pollscheduler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcPoll, "tidings.poll")

struct PollSchedulerText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::PollScheduler)
};

constexpr qint64 MaxRetryAfterMs = 24LL * 60 * 60 * 1000;

} // namespace

// Appends the dedup key of each of `stock` to `keys`, and drops the changes that change nothing.
//
// A change with its time keeps its key (pollDedupKey): the same change read again has the same time.
// A level reported without a time (Magento's source items, a sheet) has no such key: "5 again" after
// 5 → 0 is a restock, not the first 5 read twice. So it is compared with the level the store keeps for the
// item: the same quantity and raw status is no change and is dropped here (no raw event, nothing stored);
// anything else is a change now (the scheduler's clock), keyed by the stored level it replaces
// (pollLevelKey), so a later 0 → 5 never repeats the key of an earlier one. A level read twice before its
// first page is committed is dropped by the key; after the commit, by the comparison.
Status PollScheduler::untimedStock(const PollStateRepository &repository, const QString &sourceId,
                                   QList<StockChange> *stock, QStringList *keys) const
{
    QStringList itemKeys;
    for (StockChange &change : *stock) {
        if (change.sourceId.isEmpty()) {
            change.sourceId = sourceId;
        }
        if (!change.occurredAt.isValid()) {
            itemKeys.append(change.key());
        }
    }
    QHash<QString, StoredStockLevel> stored;
    if (!itemKeys.isEmpty()) {
        auto levels = repository.storedStockLevels(sourceId, itemKeys);
        if (!levels) {
            return levels.error();
        }
        stored = *levels;
    }
    const QDateTime now = m_clock->now().toUTC();
    QList<StockChange> kept;
    for (StockChange &change : *stock) {
        if (change.occurredAt.isValid()) {
            keys->append(pollDedupKey(change));
            kept.append(std::move(change));
            continue;
        }
        const auto level = stored.constFind(change.key());
        const bool known = level != stored.constEnd();
        if (known && level->available == change.available && level->rawStatus == change.rawStatus) {
            continue; // the level the store has: nothing changed
        }
        keys->append(pollLevelKey(change, known ? std::optional<qint64>(level->updatedAtMs) : std::nullopt));
        change.occurredAt = now;
        kept.append(std::move(change));
    }
    *stock = std::move(kept);
    return {};
}

struct PollScheduler::Liveness
{
    QMutex mutex;
    bool alive = true;
};

struct PollScheduler::Source
{
    SourceConfig config;
    QHash<QString, QString> secrets;
    QHash<QString, QString> renewedTo; // secret name → the value the platform last replaced it with
    std::unique_ptr<Poller> poller;
    PollSettings settings;
    QDateTime nextAt;
    int failures = 0;

    // The run under way.
    bool inRun = false;
    bool busy = false; // a request or a commit is outstanding
    quint64 runId = 0;
    QDateTime runStartedAt;
    QDateTime windowStart;
    QString pageToken;
    int found = 0;
    bool firstRun = false;
    PollCursor cursor;
    PollPage pendingPage; // the page being committed
};

PollScheduler::PollScheduler(QString dataDir, IngestSink *sink, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_sink(sink)
    , m_clock(std::move(clock))
    , m_factory([](const QString &type) { return createPoller(type); })
    , m_liveness(std::make_shared<Liveness>())
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::wake);
}

PollScheduler::~PollScheduler()
{
    QMutexLocker locker(&m_liveness->mutex);
    m_liveness->alive = false;
}

Status PollScheduler::open()
{
    auto db = Database::open(m_dataDir, u"poll"_s);
    if (!db) {
        return db.error();
    }
    m_db.emplace(std::move(db).value());
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    return {};
}

void PollScheduler::setSources(const QList<SourceConfig> &sources, const SourceSecrets &secrets)
{
    QHash<QString, std::shared_ptr<Source>> next;
    const QDateTime now = m_clock->now();
    for (const SourceConfig &config : sources) {
        if (!config.enabled || !isPollSource(config)) {
            continue;
        }
        std::shared_ptr<Source> source = m_sources.value(config.id);
        if (!source || source->config.type != config.type) {
            auto poller = m_factory(config.type);
            if (!poller) {
                qCWarning(lcPoll) << "no poller for type" << config.type << "of source" << config.id;
                continue;
            }
            source = std::make_shared<Source>();
            source->poller = std::move(poller);
            source->nextAt = now;
        }
        source->config = config;
        source->secrets = secrets.value(config.id);
        source->settings = PollSettings::from(config);
        next.insert(config.id, source);
    }
    m_sources = std::move(next);
    scheduleTimer();
}

void PollScheduler::testConnection(const SourceConfig &source, const QHash<QString, QString> &secrets,
                                   std::function<void(const PollTestResult &result)> done)
{
    std::shared_ptr<Poller> poller = m_factory(source.type);
    if (!poller || !m_network) {
        PollTestResult result;
        result.error = Error::make(
            ErrorCode::Config,
            PollSchedulerText::tr("Tidings cannot read orders from this kind of connection (\"%1\").").arg(source.type),
            u"no poller for type %1"_s.arg(source.type));
        done(result);
        return;
    }
    PollRequest request{source, secrets, m_clock->now().addDays(-1), {}};
    // The poller lives until its answer is in.
    poller->fetch(request, m_network, [poller, done = std::move(done)](const PollOutcome &outcome) {
        PollTestResult result;
        result.renewedSecrets = outcome.renewedSecrets;
        if (outcome.ok()) {
            result.changes = static_cast<int>(outcome.page->events.size() + outcome.page->stock.size());
            result.more = outcome.page->more;
        } else {
            result.error =
                outcome.error.value_or(Error::make(ErrorCode::Internal, PollSchedulerText::tr("The check failed.")));
        }
        done(result);
    });
}

QStringList PollScheduler::sourceIds() const
{
    QStringList ids = m_sources.keys();
    ids.sort();
    return ids;
}

QDateTime PollScheduler::nextPollAt(const QString &sourceId) const
{
    const Source *source = find(sourceId);
    return source ? source->nextAt : QDateTime();
}

bool PollScheduler::isPolling(const QString &sourceId) const
{
    const Source *source = find(sourceId);
    return source && source->inRun;
}

PollScheduler::Source *PollScheduler::find(const QString &sourceId) const
{
    const auto it = m_sources.constFind(sourceId);
    return it == m_sources.constEnd() ? nullptr : it.value().get();
}

void PollScheduler::start()
{
    m_running = true;
    const QDateTime now = m_clock->now();
    for (const auto &source : std::as_const(m_sources)) {
        if (!source->inRun) {
            source->nextAt = now;
        }
    }
    scheduleTimer();
}

void PollScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    for (const auto &source : std::as_const(m_sources)) {
        // Answers and commits still on their way belong to no run any more and are ignored.
        source->inRun = false;
        source->busy = false;
        source->runId = 0;
        source->pendingPage = {};
    }
}

void PollScheduler::pollNow(const QString &sourceId)
{
    Source *source = find(sourceId);
    if (!source || source->inRun) {
        return;
    }
    source->nextAt = m_clock->now();
    scheduleTimer();
}

void PollScheduler::wake()
{
    if (!m_running || !m_db) {
        return;
    }
    const QDateTime now = m_clock->now();
    for (const QString &id : sourceIds()) {
        Source *source = find(id);
        if (!source || source->busy || !source->nextAt.isValid() || source->nextAt > now) {
            continue;
        }
        if (source->inRun) {
            fetchPage(*source); // the next page, after a rate-limit pause
        } else {
            startRun(*source);
        }
    }
    scheduleTimer();
}

void PollScheduler::startRun(Source &source)
{
    const QDateTime now = m_clock->now();
    source.inRun = true;
    source.runId = m_nextRunId++;
    source.runStartedAt = now;
    source.found = 0;
    source.pageToken.clear();
    emit pollStarted(source.config.id);

    PollStateRepository repository(m_db->handle());
    auto saved = repository.cursor(source.config.id);
    if (!saved) {
        failRun(source, saved.error(), std::nullopt);
        return;
    }
    const qint64 backfillMs = qint64(source.settings.backfillDays) * 24 * 60 * 60 * 1000;
    if (saved->has_value() && (*saved)->newestSeen.isValid()) {
        source.cursor = **saved;
        // The cursor is the platform's own time: the overlap covers late index updates and equal times at
        // a page boundary, and no comparison with this PC's clock is made.
        source.windowStart = source.cursor.newestSeen.addMSecs(-source.settings.overlapMs);
    } else {
        source.cursor = saved->value_or(PollCursor{});
        source.windowStart = now.addMSecs(-backfillMs);
    }
    source.firstRun = !source.cursor.backfillDone;
    qCDebug(lcPoll) << "poll" << source.config.id << "from" << source.windowStart
                    << (source.firstRun ? "(first run)" : "");
    fetchPage(source);
}

void PollScheduler::fetchPage(Source &source)
{
    source.busy = true;
    PollRequest request{source.config, source.secrets, source.windowStart, source.pageToken};
    const QString id = source.config.id;
    const quint64 runId = source.runId;
    QPointer<PollScheduler> self(this);
    source.poller->fetch(request, m_network, [self, id, runId, sent = source.secrets](const PollOutcome &outcome) {
        if (self) {
            self->onPage(id, runId, sent, outcome);
        }
    });
}

void PollScheduler::applyRenewedSecrets(const QString &sourceId, const QHash<QString, QString> &sent,
                                        const QHash<QString, QString> &renewed)
{
    Source *source = find(sourceId);
    if (!source) {
        return; // removed meanwhile: nothing to keep
    }
    const QStringList names = pollSecretNames(source->config.type);
    for (auto it = renewed.constBegin(); it != renewed.constEnd(); ++it) {
        // A secret the owner replaced since the request went out stays: the renewal belongs to the old one. One
        // renewed meanwhile by another fetch (a stopped run's) is replaced: pollers name the newest renewal at
        // the time the outcome is delivered, so a later outcome is never older.
        const QString current = source->secrets.value(it.key());
        if (!names.contains(it.key()) || it.value().isEmpty() || it.value() == current ||
            (current != sent.value(it.key()) && current != source->renewedTo.value(it.key()))) {
            continue;
        }
        source->secrets.insert(it.key(), it.value());
        source->renewedTo.insert(it.key(), it.value());
        qCInfo(lcPoll) << "poll" << sourceId << "renewed secret" << it.key();
        emit sourceSecretRenewed(sourceId, it.key(), it.value());
    }
}

void PollScheduler::onPage(const QString &sourceId, quint64 runId, const QHash<QString, QString> &sent,
                           const PollOutcome &outcome)
{
    // Before the run check: the platform has already invalidated the old secret, whatever became of the run.
    applyRenewedSecrets(sourceId, sent, outcome.renewedSecrets);
    Source *source = find(sourceId);
    if (!source || !source->inRun || source->runId != runId) {
        return; // stopped, or replaced, since
    }
    source->busy = false;
    if (!outcome.ok()) {
        failRun(*source, outcome.error.value_or(Error::make(ErrorCode::Internal, {}, {}, true)), outcome.retryAfterMs);
        return;
    }
    PollPage page = *outcome.page;

    // Drop what the store has already: the overlap, and pages read again after a failure or a restart.
    QStringList keys;
    for (const OrderEvent &event : std::as_const(page.events)) {
        keys.append(pollDedupKey(event));
    }
    PollStateRepository repository(m_db->handle());
    if (auto compared = untimedStock(repository, sourceId, &page.stock, &keys); !compared) {
        failRun(*source, compared.error(), std::nullopt);
        return;
    }
    auto known = repository.knownKeys(sourceId, keys);
    if (!known) {
        failRun(*source, known.error(), std::nullopt);
        return;
    }
    QSet<QString> taken = *known;
    QStringList newKeys;
    QList<OrderEvent> events;
    QList<StockChange> stock;
    qsizetype index = 0;
    for (OrderEvent &event : page.events) {
        const QString &key = keys.at(index++);
        if (taken.contains(key)) {
            continue;
        }
        taken.insert(key);
        newKeys.append(key);
        event.sourceEventId = key;
        events.append(std::move(event));
    }
    for (const StockChange &change : std::as_const(page.stock)) {
        const QString &key = keys.at(index++);
        if (taken.contains(key)) {
            continue;
        }
        taken.insert(key);
        newKeys.append(key);
        stock.append(change);
    }
    const int found = static_cast<int>(events.size() + stock.size());
    page.events.clear();
    page.stock.clear();

    if (found == 0) {
        IngestOutcome nothing;
        nothing.ok = true;
        source->pendingPage = std::move(page);
        onCommitted(sourceId, runId, found, nothing);
        return;
    }

    IngestItem item;
    item.sourceId = sourceId;
    item.sourceType = source->config.type;
    item.topic = u"poll/orders"_s;
    item.dedupKeys = newKeys;
    item.body = page.rawBody;
    item.headersJson =
        QJsonDocument(QJsonObject{{u"x-tidings-poll-window"_s, source->windowStart.toString(Qt::ISODate)},
                                  {u"x-tidings-poll-page"_s, source->pageToken}})
            .toJson(QJsonDocument::Compact);
    item.receivedAt = m_clock->now();
    item.events = std::move(events);
    item.stockChanges = std::move(stock);
    item.suppressNotifications = source->firstRun && !source->settings.backfillNotify;
    page.rawBody.clear();
    source->pendingPage = std::move(page);
    source->busy = true;

    std::shared_ptr<Liveness> liveness = m_liveness;
    m_sink->submit(std::move(item), [liveness, self = this, sourceId, runId, found](const IngestOutcome &committed) {
        QMutexLocker locker(&liveness->mutex);
        if (!liveness->alive) {
            return;
        }
        QMetaObject::invokeMethod(
            self, [self, sourceId, runId, found, committed] { self->onCommitted(sourceId, runId, found, committed); },
            Qt::QueuedConnection);
    });
}

void PollScheduler::onCommitted(const QString &sourceId, quint64 runId, int found, const IngestOutcome &outcome)
{
    Source *source = find(sourceId);
    if (!source || !source->inRun || source->runId != runId) {
        return;
    }
    source->busy = false;
    const PollPage page = std::move(source->pendingPage);
    source->pendingPage = {};
    if (!outcome.ok) {
        // Nothing of the page is stored: the cursor stays, and the next run reads the page again.
        failRun(*source,
                outcome.error.value_or(Error::make(
                    ErrorCode::Storage, PollSchedulerText::tr("Tidings could not save what it found."), {}, true)),
                std::nullopt);
        return;
    }
    source->found += found;

    PollCursor cursor = source->cursor;
    if (page.newestSeen.isValid() && (!cursor.newestSeen.isValid() || page.newestSeen > cursor.newestSeen)) {
        cursor.newestSeen = page.newestSeen.toUTC();
    }
    if (!cursor.newestSeen.isValid()) {
        cursor.newestSeen = source->windowStart; // nothing there yet: start from here next time
    }
    if (!page.more) {
        cursor.backfillDone = true;
    }
    PollStateRepository repository(m_db->handle());
    if (auto saved = repository.saveCursor(sourceId, cursor); !saved) {
        failRun(*source, saved.error(), std::nullopt);
        return;
    }
    source->cursor = cursor;

    if (!page.more) {
        finishRun(*source);
        return;
    }
    source->pageToken = page.nextPageToken;
    if (page.waitBeforeNextMs > 0) {
        source->nextAt = m_clock->now().addMSecs(page.waitBeforeNextMs);
        scheduleTimer();
        return;
    }
    fetchPage(*source);
}

void PollScheduler::finishRun(Source &source)
{
    const QDateTime now = m_clock->now();
    source.inRun = false;
    source.busy = false;
    source.failures = 0;
    source.nextAt = now.addMSecs(source.settings.intervalMs);
    const qint64 duration = source.runStartedAt.msecsTo(now);
    qCDebug(lcPoll) << "poll" << source.config.id << "found" << source.found << "next at" << source.nextAt;
    emit pollFinished(source.config.id, source.found, duration, source.nextAt);
    scheduleTimer();
}

void PollScheduler::failRun(Source &source, const Error &error, std::optional<qint64> retryAfterMs)
{
    const QDateTime now = m_clock->now();
    source.inRun = false;
    source.busy = false;
    source.pendingPage = {};
    ++source.failures;
    qint64 delay = 0;
    if (retryAfterMs) {
        delay = std::clamp<qint64>(*retryAfterMs, 1000, MaxRetryAfterMs);
    } else {
        const qint64 cap = std::max(MaxBackoffMs, source.settings.intervalMs);
        const int doublings = std::min(source.failures - 1, 20);
        delay = std::min(cap, BaseBackoffMs << doublings);
    }
    source.nextAt = now.addMSecs(delay);
    qCWarning(lcPoll).noquote() << "poll" << source.config.id << "failed:" << error.message << error.detail
                                << "- next try at" << source.nextAt.toString(Qt::ISODate);
    emit pollFailed(source.config.id, error, source.nextAt);
    scheduleTimer();
}

void PollScheduler::scheduleTimer()
{
    if (!m_running) {
        m_timer.stop();
        return;
    }
    QDateTime earliest;
    for (const auto &source : std::as_const(m_sources)) {
        if (source->busy || !source->nextAt.isValid()) {
            continue;
        }
        if (!earliest.isValid() || source->nextAt < earliest) {
            earliest = source->nextAt;
        }
    }
    if (!earliest.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_clock->now().msecsTo(earliest);
    m_timer.start(static_cast<int>(std::clamp<qint64>(wait, 0, 60 * 60 * 1000)));
}

} // namespace Tidings
