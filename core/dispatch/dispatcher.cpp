#include "dispatch/dispatcher.h"

#include "dispatch/backgroundpriority.h"

#include <QLoggingCategory>

namespace Tidings {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcDispatch, "tidings.dispatch")

} // namespace

Dispatcher::Dispatcher(QString dataDir, std::shared_ptr<const Clock> clock, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_worker(new DispatchWorker(std::move(dataDir), std::move(clock), policy))
{
    m_thread.setObjectName(u"tidings-dispatch"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DispatchWorker::notificationsChanged, this, &Dispatcher::notificationsChanged);
    connect(m_worker, &DispatchWorker::problem, this, &Dispatcher::problem);
    connect(m_worker, &DispatchWorker::channelSecretChanged, this, &Dispatcher::channelSecretChanged);
    connect(m_worker, &DispatchWorker::channelHeld, this, &Dispatcher::channelHeld);
    connect(m_worker, &DispatchWorker::channelReleased, this, &Dispatcher::channelReleased);
    connect(m_worker, &DispatchWorker::channelPausedChanged, this, &Dispatcher::channelPausedChanged);
    connect(m_worker, &DispatchWorker::notificationFailed, this, &Dispatcher::notificationFailed);
}

Dispatcher::~Dispatcher()
{
    stop();
    if (!m_thread.isFinished() && !m_thread.isRunning()) {
        delete m_worker; // never started
    }
}

Status Dispatcher::start()
{
    m_thread.start();
    Status status;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &status] {
            // Webhooks are answered first under load; the outbox waits (backgroundpriority.h).
            if (!runCallingThreadInBackground()) {
                qCWarning(lcDispatch) << "The dispatch thread keeps normal priority: the system refused to lower it";
            }
            status = m_worker->open();
        },
        Qt::BlockingQueuedConnection);
    return status;
}

void Dispatcher::stop()
{
    if (!m_thread.isRunning()) {
        return;
    }
    QMetaObject::invokeMethod(m_worker, &DispatchWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Dispatcher::configure(const QList<ChannelConfig> &channels, const ChannelSecrets &secrets, const Brand &brand)
{
    const auto apply = [worker = m_worker, channels, secrets, brand] {
        worker->configure(channels, secrets, brand);
        worker->wake();
    };
    if (!m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, apply); // taken first when the thread starts
        return;
    }
    // Waits for the dispatch thread to take it: once the owner's change is saved, every message sent after it
    // uses the new settings and brand. Queued, a claim the thread was already making (its work can end with a
    // wake of its own) could go out with the old ones.
    QMetaObject::invokeMethod(m_worker, apply, Qt::BlockingQueuedConnection);
}

void Dispatcher::setMaxInFlight(int maxInFlight)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, maxInFlight] { worker->setMaxInFlight(maxInFlight); });
}

void Dispatcher::setPaused(bool paused)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, paused] { worker->setPaused(paused); });
}

void Dispatcher::setTestMode(const TestMode &mode)
{
    // Waits for the dispatch thread to take it: a message sent after this returns is sent in this mode, even when
    // the thread was busy and its next wake was already queued (a customer must not get a test-time message).
    if (!m_thread.isRunning()) {
        m_worker->setTestMode(mode);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, mode] { worker->setTestMode(mode); }, Qt::BlockingQueuedConnection);
}

void Dispatcher::setQuietHours(const QuietHours &hours)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, hours] { worker->setQuietHours(hours); });
}

void Dispatcher::setChannelPaused(const QString &channelId, bool paused)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, channelId, paused] { worker->setChannelPaused(channelId, paused); });
}

void Dispatcher::wake()
{
    QMetaObject::invokeMethod(m_worker, &DispatchWorker::wake, Qt::QueuedConnection);
}

void Dispatcher::resend(qint64 notificationId, const QString &recipient, ResendDone done)
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, notificationId, recipient, done = std::move(done)] {
        const auto result = worker->resend(notificationId, recipient);
        QMetaObject::invokeMethod(this, [done, result] { done(result); });
    });
}

void Dispatcher::cancel(qint64 notificationId, CancelDone done)
{
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, notificationId, done = std::move(done)] {
        const auto result = worker->cancel(notificationId);
        QMetaObject::invokeMethod(this, [done, result] { done(result); });
    });
}

} // namespace Tidings
