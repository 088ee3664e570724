#include "dispatch/notificationactions.h"

#include "model/addresses.h"
#include "model/notification.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct ActionText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::NotificationActions)
};

Error storage(const QString &what, const QSqlQuery &query)
{
    return Database::storageError(what, query.lastError().text());
}

} // namespace

std::optional<Error> NotificationActions::checkRecipient(const QString &original, const QString &recipient)
{
    if (recipient.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, ActionText::tr("Enter who should receive the message."));
    }
    if (std::any_of(recipient.cbegin(), recipient.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return Error::make(ErrorCode::InvalidInput,
                           ActionText::tr("The address contains a line break or another invisible character. Type "
                                          "it again on one line."),
                           u"control character in recipient"_s);
    }
    if (recipient.size() > MaxRecipientLength) {
        return Error::make(ErrorCode::InvalidInput, ActionText::tr("The address is too long."));
    }
    if (looksLikeEmail(original) && !looksLikeEmail(recipient)) {
        return Error::make(
            ErrorCode::InvalidInput,
            ActionText::tr("\"%1\" is not an email address. Enter one like name@example.com.").arg(recipient));
    }
    if (looksLikePhone(original) && !looksLikePhone(recipient)) {
        return Error::make(ErrorCode::InvalidInput,
                           ActionText::tr("\"%1\" is not a phone number. Enter one with its country code, like "
                                          "+44 20 7946 0958.")
                               .arg(recipient));
    }
    return std::nullopt;
}

Result<NotificationActions::Resent> NotificationActions::resend(QSqlDatabase db, qint64 notificationId,
                                                                const QString &recipient, const QDateTime &now)
{
    const QString failed = ActionText::tr("Tidings could not queue the message again.");
    Transaction tx(db);
    if (!tx.begun()) {
        return Database::storageError(failed, tx.beginError());
    }
    QSqlQuery original(db);
    original.prepare(u"SELECT event_id, recipient, state FROM notifications WHERE id = ?"_s);
    bindValue(original, notificationId);
    if (!original.exec()) {
        return storage(failed, original);
    }
    if (!original.next()) {
        return Error::make(ErrorCode::NotFound, ActionText::tr("That message is no longer in the history."),
                           u"notification %1"_s.arg(notificationId));
    }
    const qint64 eventId = original.value(0).toLongLong();
    const QString originalRecipient = original.value(1).toString();
    const NotificationState state = notificationStateFromName(original.value(2).toString());
    original.finish();
    if (state == NotificationState::Queued || state == NotificationState::Sending) {
        return Error::make(ErrorCode::InvalidInput,
                           ActionText::tr("This message has not gone out yet, so there is nothing to resend. Wait "
                                          "for it, or cancel it first."),
                           u"notification %1 is %2"_s.arg(notificationId).arg(toName(state)));
    }
    const QString to = recipient.trimmed().isEmpty() ? originalRecipient : recipient.trimmed();
    if (to != originalRecipient) {
        if (auto problem = checkRecipient(originalRecipient, to)) {
            return *problem;
        }
    }

    QSqlQuery insert(db);
    // A resend is the same message again: it keeps the template version the original was pinned to.
    insert.prepare(u"INSERT INTO notifications(event_id, source_id, order_id, shipment_id, trigger, template_id,"
                   " template_version, channel_id, recipient, recipient_name, state, attempts, created_at, due_at,"
                   " context, resend_of)"
                   " SELECT event_id, source_id, order_id, shipment_id, trigger, template_id, template_version,"
                   " channel_id, ?, CASE WHEN ? THEN recipient_name ELSE '' END, 'queued', 0, ?, ?, context, id"
                   " FROM notifications WHERE id = ?"_s);
    bindValue(insert, to);
    bindValue(insert, to == originalRecipient);
    bindValue(insert, now.toMSecsSinceEpoch());
    bindValue(insert, now.toMSecsSinceEpoch());
    bindValue(insert, notificationId);
    if (!insert.exec()) {
        return storage(failed, insert);
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (auto status = tx.commit(); !status) {
        return status.error();
    }
    return Resent{id, eventId, to};
}

Result<NotificationActions::Cancelled> NotificationActions::cancel(QSqlDatabase db, qint64 notificationId)
{
    const QString failed = ActionText::tr("Tidings could not cancel the message.");
    Transaction tx(db);
    if (!tx.begun()) {
        return Database::storageError(failed, tx.beginError());
    }
    QSqlQuery read(db);
    read.prepare(u"SELECT event_id, state FROM notifications WHERE id = ?"_s);
    bindValue(read, notificationId);
    if (!read.exec()) {
        return storage(failed, read);
    }
    if (!read.next()) {
        return Error::make(ErrorCode::NotFound, ActionText::tr("That message is no longer in the history."),
                           u"notification %1"_s.arg(notificationId));
    }
    const qint64 eventId = read.value(0).toLongLong();
    const NotificationState state = notificationStateFromName(read.value(1).toString());
    read.finish();
    if (state != NotificationState::Queued && state != NotificationState::Uncertain) {
        return Error::make(ErrorCode::InvalidInput,
                           state == NotificationState::Sending
                               ? ActionText::tr("This message is being handed to the provider right now and can no "
                                                "longer be cancelled.")
                               : ActionText::tr("Only messages that are still waiting can be cancelled; this one is "
                                                "%1.")
                                     .arg(displayName(state).toLower()),
                           u"notification %1 is %2"_s.arg(notificationId).arg(toName(state)));
    }
    QSqlQuery update(db);
    update.prepare(
        u"UPDATE notifications SET state = 'cancelled', last_error = ? WHERE id = ? AND state IN ('queued', 'uncertain')"_s);
    bindValue(update,
              state == NotificationState::Uncertain
                  ? ActionText::tr("Not sent again: you decided so after Tidings was interrupted while sending it.")
                  : ActionText::tr("Cancelled by you before it was sent."));
    bindValue(update, notificationId);
    if (!update.exec()) {
        return storage(failed, update);
    }
    if (auto status = tx.commit(); !status) {
        return status.error();
    }
    return Cancelled{eventId};
}

} // namespace Tidings
