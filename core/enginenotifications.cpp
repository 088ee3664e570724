// The Engine's actions on single notifications, asked for by hand in the Monitor.
#include "dispatch/dispatcher.h"
#include "engine.h"

#include <QCoreApplication>

namespace Tidings {

namespace {

struct NotificationsText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Engine)
};

Error notRunning()
{
    return Error::make(ErrorCode::Internal,
                       NotificationsText::tr("Tidings is not sending right now (it did not start). See the message "
                                             "at the top of the window."));
}

} // namespace

Status Engine::resendNotification(qint64 notificationId, const QString &recipient, ResendDone done)
{
    if (!m_running || !m_dispatcher) {
        return notRunning();
    }
    m_dispatcher->resend(notificationId, recipient,
                         [done = std::move(done)](const Result<NotificationActions::Resent> &result) {
                             if (done) {
                                 done(result ? Result<qint64>(result->notificationId) : Result<qint64>(result.error()));
                             }
                         });
    return {};
}

Status Engine::cancelNotification(qint64 notificationId, SourceDone done)
{
    if (!m_running || !m_dispatcher) {
        return notRunning();
    }
    m_dispatcher->cancel(notificationId,
                         [done = std::move(done)](const Result<NotificationActions::Cancelled> &result) {
                             if (done) {
                                 done(result ? Status() : Status(result.error()));
                             }
                         });
    return {};
}

} // namespace Tidings
