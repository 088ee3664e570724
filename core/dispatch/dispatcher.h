#pragma once

#include "dispatch/dispatchworker.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace Tidings {

// Owns the dispatcher thread and the worker that lives on it. Lives on the caller's thread; talks to
// the worker only through queued calls carrying value types.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    Dispatcher(QString dataDir, std::shared_ptr<const Clock> clock, RetryPolicy policy, QObject *parent = nullptr);
    ~Dispatcher() override;

    // Starts the thread and opens the worker's store (waits for it; the error comes back here).
    Status start();
    void stop();

    void configure(const QList<ChannelConfig> &channels, const ChannelSecrets &secrets, const Brand &brand);
    void setMaxInFlight(int maxInFlight);
    // Pause All Sending (DispatchWorker::setPaused).
    void setPaused(bool paused);
    // Test mode (DispatchWorker::setTestMode); returns once the dispatch thread has it.
    void setTestMode(const TestMode &mode);
    // Quiet hours (DispatchWorker::setQuietHours).
    void setQuietHours(const QuietHours &hours);
    // Pauses or resumes one channel (DispatchWorker::setChannelPaused); channelPausedChanged() follows.
    void setChannelPaused(const QString &channelId, bool paused);
    // Asks the worker to look for due notifications now (new work was committed, or a clock moved).
    void wake();

    // DispatchWorker::resend and cancel on the worker's thread; `done` is called on this object's thread
    // (never inside the call), unless the dispatcher is destroyed first.
    using ResendDone = std::function<void(const Tidings::Result<NotificationActions::Resent> &result)>;
    using CancelDone = std::function<void(const Tidings::Result<NotificationActions::Cancelled> &result)>;
    void resend(qint64 notificationId, const QString &recipient, ResendDone done);
    void cancel(qint64 notificationId, CancelDone done);
    // DispatchWorker::notifyNow, planReplay and replay, the same way (dispatchermanual.cpp).
    using QueuedDone = std::function<void(const Tidings::Result<ManualNotifications::Queued> &result)>;
    using ReplayPlanDone = std::function<void(const Tidings::Result<ManualNotifications::ReplayPlan> &result)>;
    void notifyNow(const ManualNotifications::NotifyNowRequest &request, const QList<ChannelConfig> &channels,
                   QueuedDone done);
    void planReplay(qint64 eventId, const QList<RuleConfig> &rules, const QList<ChannelConfig> &channels,
                    ReplayPlanDone done);
    void replay(qint64 eventId, const QList<RuleConfig> &rules, const QList<ChannelConfig> &channels, QueuedDone done);

signals:
    void notificationsChanged(const QList<qint64> &eventIds);
    void problem(const Tidings::Error &error);
    // From the worker's thread: see DispatchWorker::channelSecretChanged. Carries a secret.
    void channelSecretChanged(const QString &channelId, const QString &secretName, const QString &value);
    // See DispatchWorker::channelHeld and channelReleased.
    void channelHeld(const QString &channelId, const Tidings::Error &why);
    void channelReleased(const QString &channelId);
    void channelPausedChanged(const QString &channelId, bool paused);
    // See DispatchWorker::notificationFailed.
    void notificationFailed(qint64 eventId, const QString &channelId, const QString &recipient, const QString &reason);

private:
    QThread m_thread;
    DispatchWorker *m_worker = nullptr; // deleted on its thread when the thread finishes
};

} // namespace Tidings
