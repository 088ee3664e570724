// Notify Now and Replay (the Monitor's by-hand actions) on the dispatcher's thread and connection.
#include "dispatch/dispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Tidings {

namespace {

Q_LOGGING_CATEGORY(lcManual, "tidings.dispatch.manual")

struct ManualDispatchText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::DispatchWorker)
};

Error notStarted()
{
    return Error::make(ErrorCode::Internal, ManualDispatchText::tr("Sending has not started yet."));
}

} // namespace

Result<ManualNotifications::Queued> DispatchWorker::notifyNow(const ManualNotifications::NotifyNowRequest &request,
                                                              const QList<ChannelConfig> &channels)
{
    if (!m_db) {
        return notStarted();
    }
    auto queued = ManualNotifications::notifyNow(m_db->handle(), request, channels, m_templates.keys(), m_clock->now());
    if (queued) {
        qCInfo(lcManual) << "event" << request.eventId << "notified by hand as" << queued->notificationIds;
        emit notificationsChanged({queued->eventId});
        wake();
    }
    return queued;
}

Result<ManualNotifications::ReplayPlan> DispatchWorker::planReplay(qint64 eventId, const QList<RuleConfig> &rules,
                                                                   const QList<ChannelConfig> &channels)
{
    if (!m_db) {
        return notStarted();
    }
    return ManualNotifications::planReplay(m_db->handle(), eventId, rules, channels);
}

Result<ManualNotifications::Queued> DispatchWorker::replay(qint64 eventId, const QList<RuleConfig> &rules,
                                                           const QList<ChannelConfig> &channels)
{
    if (!m_db) {
        return notStarted();
    }
    auto queued = ManualNotifications::replay(m_db->handle(), eventId, rules, channels, m_clock->now());
    if (queued && !queued->notificationIds.isEmpty()) {
        qCInfo(lcManual) << "event" << eventId << "replayed:" << queued->notificationIds;
        emit notificationsChanged({eventId});
        wake();
    }
    return queued;
}

void Dispatcher::notifyNow(const ManualNotifications::NotifyNowRequest &request, const QList<ChannelConfig> &channels,
                           QueuedDone done)
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, request, channels, done = std::move(done)] {
        const auto result = worker->notifyNow(request, channels);
        QMetaObject::invokeMethod(this, [done, result] { done(result); });
    });
}

void Dispatcher::planReplay(qint64 eventId, const QList<RuleConfig> &rules, const QList<ChannelConfig> &channels,
                            ReplayPlanDone done)
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, eventId, rules, channels, done = std::move(done)] {
        const auto result = worker->planReplay(eventId, rules, channels);
        QMetaObject::invokeMethod(this, [done, result] { done(result); });
    });
}

void Dispatcher::replay(qint64 eventId, const QList<RuleConfig> &rules, const QList<ChannelConfig> &channels,
                        QueuedDone done)
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, eventId, rules, channels, done = std::move(done)] {
        const auto result = worker->replay(eventId, rules, channels);
        QMetaObject::invokeMethod(this, [done, result] { done(result); });
    });
}

} // namespace Tidings
