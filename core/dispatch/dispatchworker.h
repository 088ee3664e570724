#pragma once

#include "channels/channel.h"
#include "channels/channeldelivery.h"
#include "config/appconfig.h"
#include "dispatch/clock.h"
#include "dispatch/fallbackmove.h"
#include "dispatch/manualnotifications.h"
#include "dispatch/notificationactions.h"
#include "dispatch/quiethours.h"
#include "dispatch/ratelimiter.h"
#include "dispatch/retrypolicy.h"
#include "dispatch/testmode.h"
#include "model/notification.h"
#include "store/database.h"
#include "store/deferredsync.h"
#include "store/statementcache.h"
#include "templates/templaterenderer.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Tidings {

using ChannelSecrets = QHash<QString, QHash<QString, QString>>; // channel id -> secret name -> value

// Claims due notifications, renders them, hands them to their channel and records every attempt.
// Lives on the dispatcher thread with its own connection and network manager (see Dispatcher).
//
// A channel whose send answers SendOutcome::holdChannel (its sign-in was refused for good) is held: that
// notification, and any other of the channel's that comes back while it is held, goes back to the queue
// without using up an attempt (its due time unchanged, the attempt recorded as Held), and the channel's
// notifications are not claimed until configure() gives it other settings or secrets (the owner signed in
// again). Holds live in memory only: after a restart the first send meets the refusal again (one held
// attempt, not a used-up budget).
//
// Each channel may bring its own retry settings and a fallback channel (ChannelDelivery, in its options). A
// notification that failed retryably fallbackAfter times in a row on its channel, or whose channel is held,
// moves to the fallback (its channel_id changes; see FallbackMove), once: a moved notification never follows
// the fallback's own fallback.
//
// The owner may pause single channels: their notifications are not claimed (nothing fails, no attempt is
// used up) until resumed. Paused channels are kept in the settings table (PausedChannels).
class DispatchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchWorker)

public:
    DispatchWorker(QString dataDir, std::shared_ptr<const Clock> clock, RetryPolicy policy, QObject *parent = nullptr);
    ~DispatchWorker() override;

    // On the worker's thread: opens the store and puts back notifications a previous run left in flight.
    Status open();
    void configure(const QList<ChannelConfig> &channels, const ChannelSecrets &secrets, const Brand &brand);

    void setMaxInFlight(int maxInFlight) { m_maxInFlight = maxInFlight; }

    // Pause All Sending: nothing is claimed while paused (sends under way finish); resuming wakes.
    void setPaused(bool paused);

    bool isPaused() const { return m_paused; }

    // Test mode (see TestMode): applied to every message sent from now on. open() reads the saved one.
    void setTestMode(const TestMode &mode) { m_testMode = mode; }

    const TestMode &testMode() const { return m_testMode; }

    // Quiet hours (see QuietHours): a text or chat message claimed inside them goes back to the queue until
    // they end, without using up an attempt. open() reads the saved ones.
    void setQuietHours(const QuietHours &hours) { m_quietHours = hours; }

    const QuietHours &quietHours() const { return m_quietHours; }

    // Pauses or resumes one channel, remembered across restarts; resuming wakes. Emits channelPausedChanged()
    // when it changed.
    void setChannelPaused(const QString &channelId, bool paused);

    QSet<QString> pausedChannels() const { return m_pausedChannels; }

    // Claims and sends whatever is due now. Cheap when nothing is.
    void wake();
    // Stops claiming; requests in flight are left to be recovered on the next open().
    void shutdown();

    // By hand, from the Monitor (NotificationActions on this thread's connection): a new copy of a sent,
    // failed or cancelled notification to `recipient` (empty: the same one), sent as soon as it can be; and
    // cancelling a queued one. Each success emits notificationsChanged() for its event.
    Result<NotificationActions::Resent> resend(qint64 notificationId, const QString &recipient);
    Result<NotificationActions::Cancelled> cancel(qint64 notificationId);
    // Notify Now and Replay (ManualNotifications on this thread's connection; dispatchermanual.cpp). The
    // rules and channels are the Engine's current ones. Queuing emits notificationsChanged() and wakes.
    Result<ManualNotifications::Queued> notifyNow(const ManualNotifications::NotifyNowRequest &request,
                                                  const QList<ChannelConfig> &channels);
    Result<ManualNotifications::ReplayPlan> planReplay(qint64 eventId, const QList<RuleConfig> &rules,
                                                       const QList<ChannelConfig> &channels);
    Result<ManualNotifications::Queued> replay(qint64 eventId, const QList<RuleConfig> &rules,
                                               const QList<ChannelConfig> &channels);

    int inFlight() const { return m_inFlight; }

    // The settings key that, set to "1", has messages interrupted mid-send queued again at the next start
    // instead of marked uncertain (read by open()).
    static QString resendInterruptedSetting() { return QStringLiteral("resend_interrupted"); }

    // The claim's look-up of due messages: binds the time, then `skippedChannels` channel ids that wait, then
    // the limit (the plan test reads it too).
    static QString claimSql(qsizetype skippedChannels);

    // The channels held (see above) and why, by id.
    QHash<QString, Error> heldChannels() const { return m_held; }

    // For tests: how long until the worker looks for due work by itself; nothing when it waits to be woken.
    std::optional<qint64> msUntilNextWake() const
    {
        return m_wakeTimer.isActive() ? std::optional<qint64>(m_wakeTimer.remainingTime()) : std::nullopt;
    }

signals:
    // Raw event ids whose notifications changed state (claimed, sent, rescheduled, failed).
    void notificationsChanged(const QList<qint64> &eventIds);
    void problem(const Tidings::Error &error);
    // A channel's provider replaced one of its secrets (Channel::secretChanged). Carries a secret.
    void channelSecretChanged(const QString &channelId, const QString &secretName, const QString &value);
    // The channel's sign-in was refused for good: its notifications wait until the owner signs in again.
    // Emitted once per hold.
    void channelHeld(const QString &channelId, const Tidings::Error &why);
    // A held channel was given new settings or secrets, or was removed: its notifications are sent again.
    void channelReleased(const QString &channelId);
    // The owner paused or resumed one channel.
    void channelPausedChanged(const QString &channelId, bool paused);
    // A notification failed for good (no more tries will be made), for the owner's alert. `reason` is in the
    // owner's words; `recipient` is an address, not a secret.
    void notificationFailed(qint64 eventId, const QString &channelId, const QString &recipient, const QString &reason);

private:
    // Deletes a channel that configure() replaced or removed once its sends under way are answered.
    void retireChannel(Channel *channel);
    void sendFinishedOn(const Channel *channel);

    struct Claimed
    {
        qint64 id = 0;
        qint64 eventId = 0;
        QString channelId;
        QString templateId;
        qint64 templateVersion = 0; // pinned when queued; 0: the live template by id (the staff alert)
        qint64 brandVersion = 0;    // the brand it was rendered with (brand_versions), once sent
        QString brandJson;          // that brand when it was not recorded yet: recorded with the outcome
        QString recipient;
        QString recipientName;
        QString context;
        int attempt = 0;
        qint64 dueAt = 0;     // ms since the epoch, as claimed
        qint64 createdAt = 0; // ms since the epoch
    };

    // A message held for quiet hours: until when, and the Monitor's line saying so on the recipient's clock.
    struct QuietHold
    {
        QDateTime until;
        QString message;
    };

    struct Finished
    {
        Claimed claimed;
        QDateTime startedAt;
        QDateTime finishedAt;
        SendOutcome outcome;
        bool held = false;              // back to the queue without using up the attempt: the channel is held
        std::optional<QuietHold> quiet; // not sent: held for quiet hours, no attempt used up
    };

    // What a channel was built from, to tell whether configure() changed it.
    struct ChannelSetup
    {
        QByteArray config;
        QHash<QString, QString> secrets;

        bool operator==(const ChannelSetup &other) const = default;
    };

    // What becomes of a finished notification: its next state and due time, the attempt's record, and a move
    // to the fallback channel.
    struct Decision
    {
        NotificationState state = NotificationState::Sent;
        AttemptOutcome attemptOutcome = AttemptOutcome::Accepted;
        QDateTime due;
        int attempts = 0;
        QString channelId; // where it waits next
        QString message;
        std::optional<FallbackMove> move;
    };

    Decision decide(const Finished &f, const std::optional<FallbackMove> &moved);
    void recoverInterrupted();
    void restorePausedChannels();
    // Channels whose notifications are not claimed now: held, or paused by the owner.
    QStringList waitingChannels() const;
    // The channel `channelId`'s notifications may move to now, or empty: configured, built, switched on, of
    // the same kind, neither paused nor held.
    QString usableFallback(const QString &channelId) const;
    // What the configured channel sends, from its type; nothing for an unknown channel or type.
    std::optional<ChannelKind> kindOf(const QString &channelId) const;
    // Whose clock quiet hours follow for `claimed`: its customer's zone for a text message; "" for the shop's.
    QString recipientTimeZone(const Claimed &claimed, ChannelKind kind) const;
    // Queued notifications of held channels go to their fallbacks (those not moved once already).
    void moveHeldToFallbacks();
    RetryPolicy policyFor(const QString &channelId) const;
    QString channelName(const QString &channelId) const;
    QList<Claimed> claimDue(int limit);
    void send(const Claimed &claimed);
    void finish(const Claimed &claimed, const QDateTime &startedAt, SendOutcome outcome,
                const Channel *sentBy = nullptr, std::optional<QuietHold> quiet = std::nullopt);
    void persistFinished();
    void scheduleNextWake();
    Status reloadTemplates();
    // The parsed template a notification is pinned to (its version, or the live one by id for version 0).
    const Result<CompiledTemplate> &compiledFor(const Claimed &claimed);
    // Finds the brand as the renderer sees it among the recorded ones (m_brandVersion; 0 when new). It reads only:
    // a new look is recorded with the first outcome sent with it (persistFinished), so configure() never waits for
    // the store's write lock while messages (and a switch to test mode) queue up behind it.
    void lookUpBrandVersion();
    static std::optional<qint64> findBrandVersion(QSqlDatabase db, const QString &json);
    // Finds or records `json` in brand_versions, inside the caller's transaction.
    Result<qint64> recordBrandVersion(QSqlDatabase db, const QString &json);

    QString m_dataDir;
    std::shared_ptr<const Clock> m_clock;
    RetryPolicy m_policy;
    QRandomGenerator m_random;
    std::optional<Database> m_db;
    StatementCache m_statements; // after m_db: its statements go before the connection does
    // Claims and outcomes are committed without an fsync each; one follows within this deadline.
    static constexpr std::chrono::milliseconds kSyncDeadline{50};
    DeferredSync m_sync; // after m_db, as m_statements
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, Channel *> m_channels; // owned (children)
    // Sends under way on each channel object, current or replaced: a replaced channel is deleted when its
    // last one is answered, so reconfiguring never cuts off a message the provider may already have taken.
    QHash<const Channel *, int> m_sendsUnderway;
    QSet<const Channel *> m_retiring;      // replaced, waiting for their sends to be answered (children too)
    QHash<QString, Error> m_channelErrors; // why a configured channel could not be built
    QHash<QString, ChannelSetup> m_setups; // what each configured channel was built from
    TestMode m_testMode;
    QuietHours m_quietHours;
    QHash<QString, Error> m_held;                 // channels waiting for the owner to sign in again
    QHash<QString, ChannelConfig> m_configs;      // every configured channel, built or not
    QHash<QString, ChannelDelivery> m_deliveries; // each channel's retry and fallback settings
    QSet<qint64> m_moved;           // notifications with a FallbackMove recorded (mirrors the settings rows)
    QSet<QString> m_pausedChannels; // paused by the owner
    ChannelRateLimits m_rateLimits; // each channel's sends per second
    QHash<QString, Result<CompiledTemplate>> m_templates; // parsed once; an entry may hold why it does not parse
    QHash<qint64, Result<CompiledTemplate>> m_versions;   // by template version; versions never change
    qint64 m_brandVersion = 0;
    QString m_brandJson;
    Brand m_brand;
    QTimer m_wakeTimer;
    QList<Finished> m_finished;
    bool m_persistScheduled = false;
    bool m_shuttingDown = false;
    bool m_paused = false;
    bool m_heldByRate = false; // the last claim left due rows because of a channel's send rate
    int m_inFlight = 0;
    int m_maxInFlight = 16;
};

} // namespace Tidings
