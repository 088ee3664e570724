#include "model/notification.h"

#include <QCoreApplication>

namespace Tidings {

namespace {

struct NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::Notification)
};

} // namespace

QString toName(NotificationState state)
{
    switch (state) {
    case NotificationState::Queued:
        return QStringLiteral("queued");
    case NotificationState::Sending:
        return QStringLiteral("sending");
    case NotificationState::Sent:
        return QStringLiteral("sent");
    case NotificationState::Failed:
        return QStringLiteral("failed");
    case NotificationState::Cancelled:
        return QStringLiteral("cancelled");
    case NotificationState::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QStringLiteral("queued");
}

NotificationState notificationStateFromName(const QString &name)
{
    for (auto state : {NotificationState::Queued, NotificationState::Sending, NotificationState::Sent,
                       NotificationState::Failed, NotificationState::Cancelled, NotificationState::Uncertain}) {
        if (toName(state) == name) {
            return state;
        }
    }
    return NotificationState::Queued;
}

QString displayName(NotificationState state)
{
    switch (state) {
    case NotificationState::Queued:
        return NotificationText::tr("Waiting");
    case NotificationState::Sending:
        return NotificationText::tr("Sending");
    case NotificationState::Sent:
        return NotificationText::tr("Sent");
    case NotificationState::Failed:
        return NotificationText::tr("Failed");
    case NotificationState::Cancelled:
        return NotificationText::tr("Cancelled");
    case NotificationState::Uncertain:
        return NotificationText::tr("Uncertain");
    }
    return {};
}

QString toName(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Accepted:
        return QStringLiteral("accepted");
    case AttemptOutcome::Retrying:
        return QStringLiteral("retrying");
    case AttemptOutcome::Failed:
        return QStringLiteral("failed");
    case AttemptOutcome::Interrupted:
        return QStringLiteral("interrupted");
    case AttemptOutcome::Held:
        return QStringLiteral("held");
    case AttemptOutcome::QuietHours:
        return QStringLiteral("quiet_hours");
    }
    return QStringLiteral("failed");
}

} // namespace Tidings
