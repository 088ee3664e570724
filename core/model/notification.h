#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Tidings {

// Where a notification is in its life. "Sent" means the provider accepted it, not that it was read.
enum class NotificationState {
    Queued,    // waiting for its due time
    Sending,   // claimed by the dispatcher; a request is in flight
    Sent,      // accepted by the provider
    Failed,    // stopped for good; lastError says why
    Cancelled, // withdrawn by the owner
    // Tidings stopped while handing it to the provider: it may or may not have gone out. Not sent again
    // unless the owner resends it (or turned on resending interrupted messages automatically).
    Uncertain,
};

QString toName(NotificationState state);
NotificationState notificationStateFromName(const QString &name);
QString displayName(NotificationState state);

// One message to one recipient through one channel: the transactional outbox row.
struct Notification
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString sourceId;
    QString orderId;
    QString shipmentId;
    QString trigger;    // what happened, e.g. "order.created", "shipment.created"
    QString templateId; // e.g. "order_confirmed"
    QString channelId;
    QString recipient; // an address
    QString recipientName;
    NotificationState state = NotificationState::Queued;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime dueAt;
    QString lastError;
    QString providerMessageId;
    QString context;     // as stored: TemplateRenderer::storedContext() makes it the data the template renders
    qint64 resendOf = 0; // a resend by hand: the notification it copies; 0 otherwise
};

enum class AttemptOutcome {
    Accepted,    // the provider took it
    Retrying,    // failed, another attempt is scheduled
    Failed,      // failed for good
    Interrupted, // the app stopped while the request was in flight
    Held,        // the channel's sign-in was refused: queued again without using up an attempt
    QuietHours,  // not sent in the recipient's quiet hours: queued until they end, without using up an attempt
};

QString toName(AttemptOutcome outcome);

// One try at handing a notification to its provider, with the provider's answer kept.
struct DeliveryAttempt
{
    qint64 id = 0;
    qint64 notificationId = 0;
    int number = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    AttemptOutcome outcome = AttemptOutcome::Failed;
    int httpStatus = 0;
    QString providerMessageId;
    QString message;        // in the owner's words
    QString providerAnswer; // the provider's body, trimmed
};

} // namespace Tidings

Q_DECLARE_METATYPE(Tidings::Notification)
Q_DECLARE_METATYPE(Tidings::DeliveryAttempt)
