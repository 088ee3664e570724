#include "dispatch/dispatchworker.h"

#include "channels/brandlogoattach.h"
#include "dispatch/failurealert.h"
#include "dispatch/fallbackmove.h"
#include "dispatch/pausedchannels.h"
#include "store/configrepository.h"
#include "store/templaterepository.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcDispatch, "tidings.dispatch")

struct DispatchText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::DispatchWorker)
};

SendOutcome failedOutcome(const Error &error)
{
    SendOutcome outcome;
    outcome.error = error;
    return outcome;
}

QByteArray setupOf(const ChannelConfig &config)
{
    const QJsonObject object{{u"id"_s, config.id},
                             {u"type"_s, config.type},
                             {u"name"_s, config.name},
                             {u"baseUrl"_s, config.baseUrl.toString()},
                             {u"fromEmail"_s, config.fromEmail},
                             {u"fromName"_s, config.fromName},
                             {u"replyTo"_s, config.replyTo},
                             {u"enabled"_s, config.enabled},
                             {u"options"_s, config.options}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// " AND channel_id NOT IN (?, ...)" for `count` channel ids (bound in order), or nothing.
QString skipChannels(qsizetype count)
{
    if (count == 0) {
        return {};
    }
    QStringList marks;
    marks.fill(u"?"_s, count);
    return u" AND channel_id NOT IN (%1)"_s.arg(marks.join(u','));
}

} // namespace

DispatchWorker::DispatchWorker(QString dataDir, std::shared_ptr<const Clock> clock, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_clock(std::move(clock))
    , m_policy(policy)
    , m_random(QRandomGenerator::securelySeeded())
    , m_sync(u"dispatch.synced_at"_s, DispatchText::tr("Tidings could not record a delivery."), kSyncDeadline,
             this) // a child: it moves to the dispatch thread too
    , m_wakeTimer(this)
{
    connect(&m_sync, &DeferredSync::problem, this, &DispatchWorker::problem);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &DispatchWorker::wake);
}

DispatchWorker::~DispatchWorker()
{
    shutdown();
}

Status DispatchWorker::open()
{
    auto db = Database::open(m_dataDir, u"dispatch"_s);
    if (!db) {
        return db.error();
    }
    m_db.emplace(std::move(db).value());
    m_sync.setDatabase(m_db->handle());
    m_network = new QNetworkAccessManager(this);
    if (auto status = reloadTemplates(); !status) {
        return status;
    }
    auto testMode = TestMode::load(m_db->handle());
    if (!testMode) {
        return testMode.error();
    }
    m_testMode = *testMode;
    auto quietHours = QuietHours::load(m_db->handle());
    if (!quietHours) {
        return quietHours.error();
    }
    m_quietHours = *quietHours;
    recoverInterrupted();
    restorePausedChannels();
    if (auto status = FallbackMove::prune(m_db->handle()); !status) {
        emit problem(status.error()); // only stale marks stay behind
    }
    if (auto moved = FallbackMove::movedIds(m_db->handle())) {
        m_moved = *moved;
    } else {
        return moved.error();
    }
    return {};
}

void DispatchWorker::restorePausedChannels()
{
    auto paused = PausedChannels::load(m_db->handle());
    if (!paused) {
        emit problem(paused.error());
        return;
    }
    m_pausedChannels = *paused;
    if (!m_pausedChannels.isEmpty()) {
        qCInfo(lcDispatch).noquote() << "channels stay paused, as the owner left them:"
                                     << QStringList(m_pausedChannels.cbegin(), m_pausedChannels.cend()).join(u", "_s);
    }
}

void DispatchWorker::setChannelPaused(const QString &channelId, bool paused)
{
    if (channelId.isEmpty() || m_pausedChannels.contains(channelId) == paused) {
        return;
    }
    if (paused) {
        m_pausedChannels.insert(channelId);
    } else {
        m_pausedChannels.remove(channelId);
    }
    if (m_db) {
        if (auto saved = PausedChannels::save(m_db->handle(), m_pausedChannels); !saved) {
            emit problem(saved.error()); // paused for now; a restart would not remember it
        }
    }
    qCInfo(lcDispatch).noquote() << "channel" << channelId << (paused ? "paused by the owner" : "resumed by the owner");
    emit channelPausedChanged(channelId, paused);
    if (!m_db) {
        return; // open() has not run: nothing is scheduled yet
    }
    if (paused) {
        scheduleNextWake(); // its due work must not keep the timer running
    } else {
        wake();
    }
}

QStringList DispatchWorker::waitingChannels() const
{
    QStringList ids = m_held.keys();
    for (const QString &id : m_pausedChannels) {
        if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

QString DispatchWorker::usableFallback(const QString &channelId) const
{
    const QString fallbackId = m_deliveries.value(channelId).fallbackChannelId;
    if (fallbackId.isEmpty() || fallbackId == channelId || !m_channels.contains(fallbackId) ||
        m_pausedChannels.contains(fallbackId) || m_held.contains(fallbackId)) {
        return {};
    }
    const auto own = kindOf(channelId);
    if (!m_configs.value(fallbackId).enabled || !own || kindOf(fallbackId) != own) {
        return {};
    }
    return fallbackId;
}

std::optional<ChannelKind> DispatchWorker::kindOf(const QString &channelId) const
{
    const auto config = m_configs.constFind(channelId);
    const ChannelTypeInfo *info = config == m_configs.cend() ? nullptr : channelTypeInfo(config->type);
    return info ? std::optional<ChannelKind>(info->kind) : std::nullopt;
}

QString DispatchWorker::recipientTimeZone(const Claimed &claimed, ChannelKind kind) const
{
    // A text message goes to the phone of the context's customer (see send()), so it waits for the morning on
    // their clock: the zone of the order's address (TemplateRenderer's customer.timeZone). Staff chat, and a
    // context without a customer (a stock alert), follow the shop's.
    if (!m_quietHours.enabled || kind != ChannelKind::Sms || claimed.context.isEmpty()) {
        return {};
    }
    return TemplateRenderer::storedContext(claimed.context.toUtf8())
        .value(u"customer"_s)
        .toObject()
        .value(u"timeZone"_s)
        .toString();
}

RetryPolicy DispatchWorker::policyFor(const QString &channelId) const
{
    RetryPolicy policy = m_policy;
    if (const auto maxAttempts = m_deliveries.value(channelId).maxAttempts) {
        policy.maxAttempts = *maxAttempts;
    }
    return policy;
}

QString DispatchWorker::channelName(const QString &channelId) const
{
    const QString name = m_configs.value(channelId).name;
    return name.isEmpty() ? channelId : name;
}

void DispatchWorker::moveHeldToFallbacks()
{
    QList<std::pair<QString, QString>> moves; // held channel, its fallback
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        if (const QString fallback = usableFallback(it.key()); !fallback.isEmpty()) {
            moves.append({it.key(), fallback});
        }
    }
    if (moves.isEmpty()) {
        return;
    }
    QSqlDatabase db = m_db->handle();
    Transaction tx(db);
    if (!tx.begun()) {
        emit problem(
            Database::storageError(DispatchText::tr("Tidings could not update the message queue."), tx.beginError()));
        return;
    }
    QSqlQuery select(db);
    select.prepare(u"SELECT id, event_id, attempts FROM notifications WHERE state = 'queued' AND channel_id = ?"_s);
    QSqlQuery update(db);
    update.prepare(u"UPDATE notifications SET channel_id = ? WHERE id = ? AND state = 'queued'"_s);
    QList<qint64> eventIds;
    for (const auto &[from, to] : std::as_const(moves)) {
        bindValue(select, from);
        if (!select.exec()) {
            emit problem(Database::storageError(DispatchText::tr("Tidings could not read the message queue."),
                                                select.lastError().text()));
            return;
        }
        while (select.next()) {
            const qint64 id = select.value(0).toLongLong();
            if (m_moved.contains(id) && FallbackMove::find(db, id)) {
                continue; // it came here through a fallback already: never a second one
            }
            bindValue(update, to);
            bindValue(update, id);
            const Status recorded =
                update.exec()
                    ? FallbackMove::record(db, id, FallbackMove{from, select.value(2).toInt(), true})
                    : Status(Database::storageError(DispatchText::tr("Tidings could not update the message queue."),
                                                    update.lastError().text()));
            if (!recorded) {
                emit problem(recorded.error());
                return;
            }
            m_moved.insert(id);
            eventIds.append(select.value(1).toLongLong());
        }
        qCInfo(lcDispatch).noquote() << "channel" << from << "is held: its queue goes to the fallback channel" << to;
    }
    if (auto status = tx.commit(); !status) {
        emit problem(status.error());
        return;
    }
    if (!eventIds.isEmpty()) {
        emit notificationsChanged(eventIds);
    }
}

Status DispatchWorker::reloadTemplates()
{
    auto templates = ConfigRepository(m_db->handle()).templates();
    if (!templates) {
        return templates.error();
    }
    m_templates.clear();
    for (const MessageTemplate &messageTemplate : std::as_const(*templates)) {
        m_templates.insert(messageTemplate.id, CompiledTemplate::compile(messageTemplate));
    }
    m_templates.insert(FailureAlert::templateId(), CompiledTemplate::compile(FailureAlert::messageTemplate()));
    return {};
}

const Result<CompiledTemplate> &DispatchWorker::compiledFor(const Claimed &claimed)
{
    if (claimed.templateVersion == 0) {
        const auto live = m_templates.constFind(claimed.templateId);
        if (live != m_templates.constEnd()) {
            return *live;
        }
        // Kept under version 0, which no stored version has, so the reference stays valid.
        return *m_versions.insert(
            0, Error::make(ErrorCode::Config,
                           DispatchText::tr("The template \"%1\" does not exist.").arg(claimed.templateId)));
    }
    if (const auto found = m_versions.constFind(claimed.templateVersion); found != m_versions.constEnd()) {
        return *found;
    }
    // Versions never change, so a parsed one is kept; a long-running shop publishing often starts over.
    constexpr qsizetype keptVersions = 256;
    if (m_versions.size() >= keptVersions) {
        m_versions.clear();
    }
    auto version = TemplateRepository(m_db->handle()).version(claimed.templateVersion);
    return *m_versions.insert(claimed.templateVersion, version ? CompiledTemplate::compile(version->content)
                                                               : Result<CompiledTemplate>(version.error()));
}

void DispatchWorker::lookUpBrandVersion()
{
    QJsonObject seen;
    TemplateRenderer::applyBrand(seen, m_brand);
    m_brandJson = QString::fromUtf8(QJsonDocument(seen).toJson(QJsonDocument::Compact));
    m_brandVersion = findBrandVersion(m_db->handle(), m_brandJson).value_or(0);
}

std::optional<qint64> DispatchWorker::findBrandVersion(QSqlDatabase db, const QString &json)
{
    QSqlQuery find(db);
    find.prepare(u"SELECT id FROM brand_versions WHERE context = ? ORDER BY id DESC LIMIT 1"_s);
    bindValue(find, json);
    if (find.exec() && find.next()) {
        return find.value(0).toLongLong();
    }
    return std::nullopt;
}

Result<qint64> DispatchWorker::recordBrandVersion(QSqlDatabase db, const QString &json)
{
    if (auto found = findBrandVersion(db, json)) {
        return *found;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO brand_versions(context, created_at) VALUES(?, ?)"_s);
    bindValue(insert, json);
    bindValue(insert, m_clock->now().toMSecsSinceEpoch());
    if (!insert.exec()) {
        return Database::storageError(DispatchText::tr("Tidings could not record the shop's brand."),
                                      insert.lastError().text());
    }
    return insert.lastInsertId().toLongLong();
}

void DispatchWorker::configure(const QList<ChannelConfig> &channels, const ChannelSecrets &secrets, const Brand &brand)
{
    // A held channel with other settings or secrets (the owner signed in again), or gone, is released.
    QHash<QString, ChannelSetup> setups;
    for (const ChannelConfig &config : channels) {
        setups.insert(config.id, ChannelSetup{setupOf(config), secrets.value(config.id)});
    }
    QStringList released;
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        const auto setup = setups.constFind(it.key());
        if (setup == setups.cend() || *setup != m_setups.value(it.key())) {
            released.append(it.key());
        }
    }
    // A channel built from the same settings and secrets is kept as it is (a new brand or another channel's
    // change leaves its sends alone); the others are retired.
    QHash<QString, Channel *> kept;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it) {
        const auto setup = setups.constFind(it.key());
        if (setup != setups.cend() && *setup == m_setups.value(it.key())) {
            kept.insert(it.key(), it.value());
        } else {
            retireChannel(it.value());
        }
    }
    m_channels.clear();
    m_channelErrors.clear();
    m_setups = setups;
    m_configs.clear();
    m_deliveries.clear();
    for (const ChannelConfig &config : channels) {
        m_configs.insert(config.id, config);
        m_deliveries.insert(config.id, ChannelDelivery::fromOptions(config.options));
    }
    m_brand = brand;
    lookUpBrandVersion();
    m_rateLimits.configure(channels, m_clock->now());
    for (const ChannelConfig &config : channels) {
        if (Channel *same = kept.value(config.id)) {
            m_channels.insert(config.id, same);
            continue;
        }
        Error error;
        std::unique_ptr<Channel> channel = createChannel(config, secrets.value(config.id), m_network, &error);
        if (!channel) {
            qCWarning(lcDispatch).noquote() << "channel" << config.id << "unavailable:" << error.message;
            m_channelErrors.insert(config.id, error);
            continue;
        }
        channel->setParent(this);
        connect(channel.get(), &Channel::secretChanged, this,
                [this, id = config.id](const QString &name, const QString &value) {
                    // The channel uses it already: the same value given to configure() again is no change.
                    m_setups[id].secrets.insert(name, value);
                    emit channelSecretChanged(id, name, value);
                });
        m_channels.insert(config.id, channel.release());
    }
    for (const QString &id : std::as_const(released)) {
        m_held.remove(id);
        qCInfo(lcDispatch).noquote() << "channel" << id << "released: its notifications are sent again";
        emit channelReleased(id);
    }
    if (!released.isEmpty()) {
        QMetaObject::invokeMethod(this, &DispatchWorker::wake, Qt::QueuedConnection);
    }
    if (m_db) {
        if (auto status = reloadTemplates(); !status) {
            emit problem(status.error());
        }
    }
}

void DispatchWorker::retireChannel(Channel *channel)
{
    // Its rotated secrets belong to settings that are gone; the new channel starts from the saved ones.
    disconnect(channel, &Channel::secretChanged, this, nullptr);
    if (!m_sendsUnderway.contains(channel)) { // an entry goes when its last send is answered
        delete channel;
        return;
    }
    // Deleting it now would abort its requests: a message the provider may have taken already would be
    // counted as failed and sent again. It answers them first (within its timeout).
    m_retiring.insert(channel);
}

void DispatchWorker::sendFinishedOn(const Channel *channel)
{
    auto it = m_sendsUnderway.find(channel);
    if (it == m_sendsUnderway.end()) {
        return;
    }
    if (--it.value() > 0) {
        return;
    }
    m_sendsUnderway.erase(it);
    if (m_retiring.remove(channel)) {
        // Not from inside its own callback: it may still be on the stack.
        const_cast<Channel *>(channel)->deleteLater();
    }
}

void DispatchWorker::shutdown()
{
    m_shuttingDown = true;
    m_wakeTimer.stop();
    if (!m_finished.isEmpty() && m_db) {
        persistFinished();
    }
    if (auto synced = m_sync.syncNow(); !synced) {
        qCWarning(lcDispatch).noquote() << "the last deliveries may not be on disk:" << synced.error().message;
    }
}

Result<NotificationActions::Resent> DispatchWorker::resend(qint64 notificationId, const QString &recipient)
{
    if (!m_db) {
        return Error::make(ErrorCode::Internal, DispatchText::tr("Sending has not started yet."));
    }
    auto resent = NotificationActions::resend(m_db->handle(), notificationId, recipient, m_clock->now());
    if (resent) {
        qCInfo(lcDispatch) << "notification" << notificationId << "resent by hand as" << resent->notificationId;
        emit notificationsChanged({resent->eventId});
        wake();
    }
    return resent;
}

Result<NotificationActions::Cancelled> DispatchWorker::cancel(qint64 notificationId)
{
    if (!m_db) {
        return Error::make(ErrorCode::Internal, DispatchText::tr("Sending has not started yet."));
    }
    auto cancelled = NotificationActions::cancel(m_db->handle(), notificationId);
    if (cancelled) {
        qCInfo(lcDispatch) << "notification" << notificationId << "cancelled by hand";
        emit notificationsChanged({cancelled->eventId});
        scheduleNextWake();
    }
    return cancelled;
}

void DispatchWorker::recoverInterrupted()
{
    // A notification still marked "sending" was in flight when Tidings stopped. The provider may or may not
    // have taken it, and none of the providers Tidings sends through takes a key that would let it drop a
    // repeat. So it becomes "uncertain" and waits for the owner's decision in the Monitor (Resend, or Don't
    // Send Again), unless the owner chose to have such messages sent again automatically (settings key
    // resendInterruptedSetting() = "1"): then it is queued again and may arrive twice. Either way the attempt is
    // recorded so the owner can see what happened.
    QSqlDatabase db = m_db->handle();
    const auto setting = ConfigRepository(db).setting(resendInterruptedSetting());
    const bool resendAutomatically = setting && *setting == u"1"_s;
    Transaction tx(db);
    if (!tx.begun()) {
        emit problem(
            Database::storageError(DispatchText::tr("Tidings could not resume unsent messages."), tx.beginError()));
        return;
    }
    QSqlQuery select(db);
    if (!select.exec(u"SELECT id, event_id, attempts FROM notifications WHERE state = 'sending'"_s)) {
        emit problem(Database::storageError(DispatchText::tr("Tidings could not resume unsent messages."),
                                            select.lastError().text()));
        return;
    }
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const QString message =
        resendAutomatically
            ? DispatchText::tr("Tidings stopped while handing this message to the provider. It has been queued again; "
                               "if the provider had already accepted it, the customer may receive it twice.")
            : DispatchText::tr("Tidings stopped while handing this message to the provider, so it may or may not "
                               "have gone out. Check with the customer if you can, then Resend it, or choose Don't "
                               "Send Again.");
    QList<qint64> eventIds;
    QSqlQuery attempt(db);
    attempt.prepare(u"INSERT INTO delivery_attempts(notification_id, number, started_at, finished_at, outcome, "
                    "message) VALUES(?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery requeue(db);
    requeue.prepare(resendAutomatically
                        ? u"UPDATE notifications SET state = 'queued', due_at = ?, last_error = ? WHERE id = ?"_s
                        : u"UPDATE notifications SET state = 'uncertain', due_at = ?, last_error = ? WHERE id = ?"_s);
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        eventIds.append(select.value(1).toLongLong());
        bindValue(attempt, id);
        bindValue(attempt, select.value(2).toInt());
        bindValue(attempt, now);
        bindValue(attempt, now);
        bindValue(attempt, toName(AttemptOutcome::Interrupted));
        bindValue(attempt, message);
        bindValue(requeue, now);
        bindValue(requeue, message);
        bindValue(requeue, id);
        if (!attempt.exec() || !requeue.exec()) {
            emit problem(Database::storageError(DispatchText::tr("Tidings could not resume unsent messages."),
                                                attempt.lastError().text() + requeue.lastError().text()));
            return;
        }
    }
    if (auto status = tx.commit(); !status) {
        emit problem(status.error());
        return;
    }
    if (!eventIds.isEmpty()) {
        qCInfo(lcDispatch) << (resendAutomatically ? "re-queued" : "marked uncertain") << eventIds.size()
                           << "notifications interrupted by the last shutdown";
        emit notificationsChanged(eventIds);
    }
}

void DispatchWorker::setPaused(bool paused)
{
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    qCInfo(lcDispatch) << (paused ? "sending paused" : "sending resumed");
    if (paused) {
        m_wakeTimer.stop();
    } else {
        wake();
    }
}

void DispatchWorker::wake()
{
    if (!m_db || m_shuttingDown || m_paused) {
        return;
    }
    if (!m_held.isEmpty()) {
        moveHeldToFallbacks();
    }
    // A second round when the first left rows of a channel at its send rate: the others' rows behind
    // them are taken now instead of waiting for that channel's next token.
    for (int round = 0; round < 2; ++round) {
        const int room = m_maxInFlight - m_inFlight;
        if (room <= 0) {
            break;
        }
        m_heldByRate = false;
        const QList<Claimed> claimed = claimDue(room);
        if (!claimed.isEmpty()) {
            QList<qint64> eventIds;
            eventIds.reserve(claimed.size());
            for (const Claimed &c : claimed) {
                eventIds.append(c.eventId);
            }
            emit notificationsChanged(eventIds);
            for (const Claimed &c : claimed) {
                send(c);
            }
        }
        if (!m_heldByRate) {
            break;
        }
    }
    scheduleNextWake();
}

QString DispatchWorker::claimSql(qsizetype skippedChannels)
{
    return u"SELECT id, event_id, channel_id, template_id, recipient, recipient_name, context, attempts, "
           "due_at, created_at, template_version FROM notifications WHERE state = 'queued' AND due_at <= ?"_s +
           skipChannels(skippedChannels) + u" ORDER BY due_at, event_id, id LIMIT ?"_s;
}

QList<DispatchWorker::Claimed> DispatchWorker::claimDue(int limit)
{
    QList<Claimed> claimed;
    QSqlDatabase db = m_db->handle();
    // Look first without the write lock: most wakes find nothing due.
    // Channels at their send rate wait; the others are not held up behind them.
    // Held and paused channels wait for the owner. The order is that of notifications_due (state, due_at,
    // event_id), read without a sort: the longest due first, and an older event's messages before a newer one's.
    const QDateTime now = m_clock->now();
    const QStringList waiting = m_rateLimits.exhausted(now) + waitingChannels();
    QString sqlError;
    QSqlQuery *found = m_statements.prepared(db, claimSql(waiting.size()), &sqlError);
    if (!found) {
        emit problem(Database::storageError(DispatchText::tr("Tidings could not read the message queue."), sqlError));
        return {};
    }
    QSqlQuery &select = *found;
    bindValue(select, now.toMSecsSinceEpoch());
    for (const QString &channelId : waiting) {
        bindValue(select, channelId);
    }
    bindValue(select, limit);
    if (!select.exec()) {
        emit problem(Database::storageError(DispatchText::tr("Tidings could not read the message queue."),
                                            select.lastError().text()));
        return {};
    }
    while (select.next()) {
        Claimed c;
        c.id = select.value(0).toLongLong();
        c.eventId = select.value(1).toLongLong();
        c.channelId = select.value(2).toString();
        c.templateId = select.value(3).toString();
        c.recipient = select.value(4).toString();
        c.recipientName = select.value(5).toString();
        c.context = select.value(6).toString();
        c.attempt = select.value(7).toInt() + 1;
        c.dueAt = select.value(8).toLongLong();
        c.createdAt = select.value(9).toLongLong();
        c.templateVersion = select.value(10).toLongLong();
        if (!m_rateLimits.tryTake(c.channelId, now)) {
            m_heldByRate = true; // this channel's rate is used up: the notification stays queued
            continue;
        }
        claimed.append(c);
    }
    select.finish();
    if (claimed.isEmpty()) {
        return {};
    }
    // Claims skip the fsync, like outcomes (see persistFinished): m_sync puts them on disk within its deadline.
    // A claim lost to a power cut inside it leaves the notification queued, to be sent at the next start.
    Transaction tx(db, Transaction::Durability::Relaxed);
    if (!tx.begun()) {
        emit problem(
            Database::storageError(DispatchText::tr("Tidings could not read the message queue."), tx.beginError()));
        return {};
    }
    QSqlQuery *marking = m_statements.prepared(
        db, u"UPDATE notifications SET state = 'sending', attempts = ? WHERE id = ? AND state = 'queued'"_s, &sqlError);
    if (!marking) {
        emit problem(Database::storageError(DispatchText::tr("Tidings could not update the message queue."), sqlError));
        return {};
    }
    QSqlQuery &mark = *marking;
    QList<Claimed> taken;
    for (const Claimed &c : std::as_const(claimed)) {
        bindValue(mark, c.attempt);
        bindValue(mark, c.id);
        if (!mark.exec()) {
            emit problem(Database::storageError(DispatchText::tr("Tidings could not update the message queue."),
                                                mark.lastError().text()));
            return {};
        }
        if (mark.numRowsAffected() == 1) {
            taken.append(c); // changed since the look (e.g. cancelled by the owner): not ours to send
        }
    }
    if (auto status = tx.commit(); !status) {
        emit problem(status.error());
        return {};
    }
    m_sync.committedRelaxed(); // once on disk, a power cut shows these as interrupted instead of queued
    return taken;
}

void DispatchWorker::send(const Claimed &claimed)
{
    ++m_inFlight;
    const QDateTime startedAt = m_clock->now();

    const ChannelKind kind = kindOf(claimed.channelId).value_or(ChannelKind::Email);
    const QString zone = recipientTimeZone(claimed, kind);
    if (auto until = m_quietHours.heldUntil(startedAt, kind, zone)) {
        finish(claimed, startedAt, SendOutcome{}, nullptr, QuietHold{*until, m_quietHours.holdMessage(*until, zone)});
        return;
    }

    Channel *channel = m_channels.value(claimed.channelId);
    if (!channel) {
        const Error why = m_channelErrors.value(
            claimed.channelId,
            Error::make(ErrorCode::Config,
                        DispatchText::tr("The channel \"%1\" is not set up.").arg(claimed.channelId)));
        Error error = why;
        error.retryable = true; // the owner can fix the channel; the message waits for it
        finish(claimed, startedAt, failedOutcome(error));
        return;
    }
    const Result<CompiledTemplate> &compiled = compiledFor(claimed);
    if (!compiled) {
        finish(claimed, startedAt, failedOutcome(compiled.error()));
        return;
    }
    QJsonObject context = TemplateRenderer::storedContext(claimed.context.toUtf8());
    const auto config = m_configs.constFind(claimed.channelId);
    const Brand brand = config == m_configs.cend() ? m_brand : brandForChannel(m_brand, config->type);
    TemplateRenderer::applyBrand(context, brand);
    auto rendered = compiled->render(context);
    if (!rendered) {
        finish(claimed, startedAt, failedOutcome(rendered.error()));
        return;
    }
    OutgoingMessage message;
    message.notificationId = claimed.id;
    message.toEmail = claimed.recipient;
    message.toName = claimed.recipientName;
    message.subject = rendered->subject;
    message.html = rendered->html;
    message.text = rendered->text;
    message.toPhone = context.value(u"customer"_s).toObject().value(u"phone"_s).toString();
    message.context = context;
    attachBrandLogo(message, brand);
    QString note;
    if (auto refused =
            applyTestMode(m_testMode, kindOf(claimed.channelId).value_or(ChannelKind::Email), message, &note)) {
        finish(claimed, startedAt, failedOutcome(*refused));
        return;
    }
    Claimed rendering = claimed;
    rendering.brandVersion = m_brandVersion;
    if (m_brandVersion == 0) {
        rendering.brandJson = m_brandJson; // a look not recorded yet: recorded with this outcome
    }
    QPointer<DispatchWorker> self(this);
    ++m_sendsUnderway[channel];
    channel->send(message, [self, rendering, startedAt, channel, note](const SendOutcome &outcome) {
        if (self) {
            self->sendFinishedOn(channel);
            SendOutcome noted = outcome;
            noted.note = note;
            self->finish(rendering, startedAt, std::move(noted), channel);
        }
    });
}

void DispatchWorker::finish(const Claimed &claimed, const QDateTime &startedAt, SendOutcome outcome,
                            const Channel *sentBy, std::optional<QuietHold> quiet)
{
    --m_inFlight;
    bool held = false;
    if (!outcome.accepted && !quiet) {
        const bool current = sentBy && m_channels.value(claimed.channelId) == sentBy;
        if (outcome.holdChannel && current && !m_held.contains(claimed.channelId)) {
            const Error why = outcome.error.value_or(
                Error::make(ErrorCode::Unauthorized,
                            DispatchText::tr("The channel \"%1\" cannot send until its account is signed in again.")
                                .arg(claimed.channelId)));
            m_held.insert(claimed.channelId, why);
            qCWarning(lcDispatch).noquote()
                << "channel" << claimed.channelId << "held until its account is signed in again:" << why.message;
            emit channelHeld(claimed.channelId, why);
        }
        // Its other sends that were under way when the hold began come back the same way (unless they met
        // a failure of their own that no sign-in can mend).
        held = outcome.holdChannel || (m_held.contains(claimed.channelId) && outcome.error && outcome.error->retryable);
    }
    m_finished.append(Finished{claimed, startedAt, m_clock->now(), std::move(outcome), held, std::move(quiet)});
    if (!m_persistScheduled) {
        // Outcomes that arrive in the same event-loop turn are written in one transaction.
        m_persistScheduled = true;
        QMetaObject::invokeMethod(this, &DispatchWorker::persistFinished, Qt::QueuedConnection);
    }
}

void DispatchWorker::persistFinished()
{
    m_persistScheduled = false;
    if (m_finished.isEmpty() || !m_db) {
        return;
    }
    QList<Finished> batch;
    batch.swap(m_finished);
    QSqlDatabase db = m_db->handle();
    // No fsync of its own: m_sync makes it durable within kSyncDeadline, together with every outcome and claim
    // committed meanwhile. Waiting for the disk here held the next sends back: at 500 webhooks/s on 2 cores,
    // webhook → provider p50 was 170-260 ms with an fsync here, 23-36 ms without. A power cut inside the
    // deadline leaves a message that went out as "sending": shown as interrupted at the next start, never sent
    // again blindly.
    Transaction tx(db, Transaction::Durability::Relaxed);
    if (!tx.begun()) {
        emit problem(Database::storageError(DispatchText::tr("Tidings could not record a delivery."), tx.beginError()));
        m_finished = batch + m_finished; // try again on the next wake
        return;
    }
    QString sqlError;
    QSqlQuery *attempting = m_statements.prepared(
        db,
        u"INSERT INTO delivery_attempts(notification_id, number, started_at, finished_at, outcome, "
        "http_status, provider_message_id, message, provider_answer) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        &sqlError);
    // The channel is written only when a fallback move changes it: rewriting the same value would still
    // rewrite its index entry for every message.
    QSqlQuery *updating = m_statements.prepared(
        db,
        u"UPDATE notifications SET state = ?, due_at = ?, last_error = ?, provider_message_id = ?, "
        "attempts = ?, brand_version = COALESCE(NULLIF(?, 0), brand_version) WHERE id = ?"_s,
        &sqlError);
    QSqlQuery *moving = m_statements.prepared(db, u"UPDATE notifications SET channel_id = ? WHERE id = ?"_s, &sqlError);
    if (!attempting || !updating || !moving) {
        emit problem(Database::storageError(DispatchText::tr("Tidings could not record a delivery."), sqlError));
        m_finished = batch + m_finished;
        return;
    }
    QSqlQuery &attempt = *attempting;
    QSqlQuery &update = *updating;
    QSqlQuery &move = *moving;
    QList<qint64> eventIds;
    QList<std::pair<const Finished *, QString>> failures; // announced once committed
    QList<qint64> forgotten;
    qint64 recordedBrand = 0;
    for (const Finished &f : std::as_const(batch)) {
        const SendOutcome &o = f.outcome;
        const std::optional<FallbackMove> moved =
            m_moved.contains(f.claimed.id) ? FallbackMove::find(db, f.claimed.id) : std::nullopt;
        const Decision d = decide(f, moved);
        if (d.state == NotificationState::Failed) {
            failures.append({&f, d.message});
            // The staff alert, if the owner chose a channel for it, commits with the failure or not at all.
            if (auto alert = FailureAlert::queue(db, f.claimed.id, d.message, f.finishedAt); !alert) {
                emit problem(alert.error());
                m_finished = batch + m_finished;
                return;
            }
        }
        Status marks;
        if (d.move) {
            marks = FallbackMove::record(db, f.claimed.id, *d.move);
            m_moved.insert(f.claimed.id); // a failed write leaves an id without a mark: found to be no move
        } else if (moved && d.state != NotificationState::Queued) {
            marks = FallbackMove::forget(db, f.claimed.id);
            forgotten.append(f.claimed.id); // out of m_moved once the forgetting is committed
        }
        if (!marks) {
            emit problem(marks.error());
            m_finished = batch + m_finished;
            return;
        }
        const QString &message = d.message;
        const AttemptOutcome attemptOutcome = d.attemptOutcome;
        bindValue(attempt, f.claimed.id);
        bindValue(attempt, f.claimed.attempt);
        bindValue(attempt, f.startedAt.toMSecsSinceEpoch());
        bindValue(attempt, f.finishedAt.toMSecsSinceEpoch());
        bindValue(attempt, toName(attemptOutcome));
        bindValue(attempt, o.httpStatus);
        bindValue(attempt, o.providerMessageId);
        bindValue(attempt, o.note.isEmpty() ? message : QString(o.note + u' ' + message).trimmed());
        bindValue(attempt, o.providerAnswer);
        bindValue(update, toName(d.state));
        bindValue(update, d.due.toMSecsSinceEpoch());
        bindValue(update, message);
        bindValue(update, o.providerMessageId);
        bindValue(update, d.attempts);
        qint64 brandVersion = f.claimed.brandVersion;
        if (brandVersion == 0 && !f.claimed.brandJson.isEmpty()) {
            auto recorded = recordBrandVersion(db, f.claimed.brandJson);
            if (!recorded) {
                emit problem(recorded.error());
                m_finished = batch + m_finished;
                return;
            }
            brandVersion = *recorded;
            if (f.claimed.brandJson == m_brandJson) {
                recordedBrand = brandVersion; // known once committed
            }
        }
        bindValue(update, brandVersion);
        bindValue(update, f.claimed.id);
        const bool moves = d.channelId != f.claimed.channelId;
        if (moves) {
            bindValue(move, d.channelId);
            bindValue(move, f.claimed.id);
        }
        if (!attempt.exec() || !update.exec() || (moves && !move.exec())) {
            emit problem(Database::storageError(DispatchText::tr("Tidings could not record a delivery."),
                                                attempt.lastError().text() + update.lastError().text() +
                                                    move.lastError().text()));
            m_finished = batch + m_finished;
            return;
        }
        eventIds.append(f.claimed.eventId);
        qCDebug(lcDispatch) << "notification" << f.claimed.id << "attempt" << f.claimed.attempt << "->"
                            << toName(attemptOutcome) << o.httpStatus;
    }
    if (auto status = tx.commit(); !status) {
        emit problem(status.error());
        m_finished = batch + m_finished;
        return;
    }
    m_sync.committedRelaxed();
    if (recordedBrand != 0) {
        m_brandVersion = recordedBrand;
    }
    for (qint64 id : std::as_const(forgotten)) {
        m_moved.remove(id);
    }
    emit notificationsChanged(eventIds);
    for (const auto &[f, reason] : std::as_const(failures)) {
        emit notificationFailed(f->claimed.eventId, f->claimed.channelId, f->claimed.recipient, reason);
    }
    wake();
}

DispatchWorker::Decision DispatchWorker::decide(const Finished &f, const std::optional<FallbackMove> &moved)
{
    const SendOutcome &o = f.outcome;
    const QString &channelId = f.claimed.channelId;
    Decision d;
    d.due = f.finishedAt;
    d.attempts = f.claimed.attempt;
    d.channelId = channelId;
    if (f.quiet) {
        // Not sent: it waits, queued, for the end of quiet hours, with the attempt given back.
        d.state = NotificationState::Queued;
        d.attemptOutcome = AttemptOutcome::QuietHours;
        d.attempts = f.claimed.attempt - 1;
        d.due = f.quiet->until;
        d.message = f.quiet->message;
        return d;
    }
    // A moved notification never follows a second fallback.
    const QString fallback = moved ? QString() : usableFallback(channelId);
    if (f.held) {
        // The channel is held: the message waits, as it was, for the owner to sign in again, unless another
        // channel can take it now.
        const Error error = o.error.value_or(m_held.value(channelId));
        d.state = NotificationState::Queued;
        d.attemptOutcome = AttemptOutcome::Held;
        d.attempts = f.claimed.attempt - 1;
        if (!fallback.isEmpty()) {
            d.channelId = fallback;
            d.move = FallbackMove{channelId, d.attempts, true};
            d.message = DispatchText::tr("%1 The message goes through the fallback channel \"%2\" instead.")
                            .arg(error.message, channelName(fallback))
                            .trimmed();
            return d;
        }
        d.due = QDateTime::fromMSecsSinceEpoch(f.claimed.dueAt, Qt::UTC);
        d.message =
            DispatchText::tr("%1 The message waits until the account is signed in again.").arg(error.message).trimmed();
        return d;
    }
    if (o.accepted) {
        d.state = NotificationState::Sent;
        d.attemptOutcome = AttemptOutcome::Accepted;
        if (moved && moved->held) {
            d.message =
                DispatchText::tr("Sent through fallback channel \"%1\" while \"%2\" waits to be signed in again.")
                    .arg(channelName(channelId), channelName(moved->fromChannelId));
        } else if (moved) {
            d.message = DispatchText::tr("Sent through fallback channel \"%1\" after \"%2\" failed %n times.", nullptr,
                                         moved->attemptsBefore)
                            .arg(channelName(channelId), channelName(moved->fromChannelId));
        }
        return d;
    }
    const Error error = o.error.value_or(Error::make(ErrorCode::Internal, DispatchText::tr("Unknown failure.")));
    const RetryPolicy policy = policyFor(channelId);
    const ChannelDelivery delivery = m_deliveries.value(channelId);
    // The fallback's attempts are its own: counted from the move.
    const int attemptsHere = f.claimed.attempt - (moved ? moved->attemptsBefore : 0);
    const bool tooOld =
        delivery.maxAgeHours && f.claimed.createdAt > 0 &&
        f.finishedAt.toMSecsSinceEpoch() - f.claimed.createdAt > qint64(*delivery.maxAgeHours) * 3'600'000;
    if (error.retryable && !tooOld && !fallback.isEmpty() &&
        (attemptsHere >= delivery.fallbackAfter || policy.exhausted(attemptsHere))) {
        d.state = NotificationState::Queued;
        d.attemptOutcome = AttemptOutcome::Retrying;
        d.channelId = fallback;
        d.move = FallbackMove{channelId, f.claimed.attempt, false};
        d.message = DispatchText::tr("%1 \"%2\" failed %n times in a row: Tidings sends it through the fallback "
                                     "channel \"%3\" next.",
                                     nullptr, attemptsHere)
                        .arg(error.message, channelName(channelId), channelName(fallback));
        return d;
    }
    if (error.retryable && !tooOld && !policy.exhausted(attemptsHere)) {
        d.state = NotificationState::Queued;
        d.attemptOutcome = AttemptOutcome::Retrying;
        d.due = policy.nextAttempt(attemptsHere, f.finishedAt, o.retryAt, m_random);
        d.message = DispatchText::tr("%1 Tidings will try again at %2.")
                        .arg(error.message, QLocale().toString(d.due.toLocalTime(), QLocale::ShortFormat));
        return d;
    }
    d.state = NotificationState::Failed;
    d.attemptOutcome = AttemptOutcome::Failed;
    if (!error.retryable) {
        d.message = error.message;
    } else if (tooOld) {
        d.message = DispatchText::tr("Gave up after %n hours without success: %1", nullptr, *delivery.maxAgeHours)
                        .arg(error.message);
    } else {
        d.message =
            DispatchText::tr("%1 Tidings gave up after %n attempts.", nullptr, f.claimed.attempt).arg(error.message);
    }
    return d;
}

void DispatchWorker::scheduleNextWake()
{
    if (m_shuttingDown || m_paused) {
        return;
    }
    // Held and paused channels' notifications are due but wait for the owner: they must not keep the timer
    // running.
    const QStringList held = waitingChannels();
    QSqlQuery *next = m_statements.prepared(
        m_db->handle(), u"SELECT MIN(due_at) FROM notifications WHERE state = 'queued'"_s + skipChannels(held.size()));
    if (!next) {
        m_wakeTimer.stop();
        return;
    }
    QSqlQuery &query = *next;
    for (const QString &channelId : held) {
        bindValue(query, channelId);
    }
    const bool found = query.exec() && query.next() && !query.value(0).isNull();
    const qint64 due = found ? query.value(0).toLongLong() : 0;
    query.finish(); // a kept statement left mid-read would hold its snapshot open and stall checkpoints
    if (!found) {
        m_wakeTimer.stop();
        return;
    }
    qint64 wait = due - m_clock->now().toMSecsSinceEpoch();
    if (wait <= 0) {
        // Due work that was not taken is held back by its channel's send rate: back when a token comes.
        wait = m_rateLimits.msUntilAnyFree(m_clock->now()).value_or(0);
    }
    if (m_inFlight >= m_maxInFlight) {
        m_wakeTimer.stop(); // a finishing send wakes us
        return;
    }
    m_wakeTimer.start(static_cast<int>(std::clamp<qint64>(wait, 0, 60 * 60 * 1000)));
}

} // namespace Tidings
