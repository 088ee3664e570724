#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Tidings {

// What the owner does to one notification by hand, on the dispatcher's connection (the dispatch thread):
// the same rows the dispatcher claims, so a message is never both cancelled and sent.
//
// Resend: a new notification with the original's event, order, shipment, template, channel and rendered data
// (its context), to the same or an edited recipient, queued now. It carries resend_of = the original and no
// dedup key: the rule that one (order, status, channel, recipient) is told once does not stop a person. The
// original stays as it was, so the history shows both.
//
// Cancel: a queued message (waiting for its due time or for a retry) becomes cancelled and is never sent; an
// uncertain one (interrupted mid-send) becomes cancelled: the owner decided not to send it again.
// A message being handed to the provider, sent, failed or cancelled already is left alone with an error.
class NotificationActions final
{
public:
    struct Resent
    {
        qint64 notificationId = 0; // the new one
        qint64 eventId = 0;
        QString recipient;
    };

    struct Cancelled
    {
        qint64 eventId = 0;
    };

    // `recipient` empty: the original's. An edited recipient is checked against the original's kind: an
    // email address for an email, a phone number for a text message; never a line break (header injection).
    static Result<Resent> resend(QSqlDatabase db, qint64 notificationId, const QString &recipient,
                                 const QDateTime &now);
    static Result<Cancelled> cancel(QSqlDatabase db, qint64 notificationId);

    // The check resend() applies to an edited recipient: nullopt when `recipient` can replace `original`.
    static std::optional<Error> checkRecipient(const QString &original, const QString &recipient);

    static constexpr int MaxRecipientLength = 320; // RFC 3696 errata: 64 + 1 + 255
};

} // namespace Tidings
