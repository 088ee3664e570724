#pragma once

#include "model/result.h"
#include "templates/messagetemplate.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Tidings {

// The staff alert on a final failure: when a notification fails for good and the owner chose a chat channel
// (Slack) for alerts, a plain message about it is queued on that channel as an ordinary notification, in the
// same transaction as the failure, so it is retried like any other and never lost. Its dedup key names the
// failed notification: one alert per failure, however often the outcome is written. An alert that fails
// itself raises no alert (no loops).
//
// The choice is kept in the settings table (key "failure_alert_channel", a channel id; empty: no alerts) and
// read when a failure happens, so a change applies from the next failure without telling the dispatcher.
struct FailureAlert
{
    static QString settingKey() { return QStringLiteral("failure_alert_channel"); }

    // The notifications' trigger and template of an alert. The template is built in (not in the templates
    // table, so it is not offered for rules): the alert's subject and text come whole from its context.
    static QString trigger() { return QStringLiteral("tidings.failure_alert"); }

    static QString templateId() { return QStringLiteral("tidings_failure_alert"); }

    static MessageTemplate messageTemplate();

    static Result<QString> channel(const QSqlDatabase &db);
    static Status setChannel(const QSqlDatabase &db, const QString &channelId);

    // Queues the alert for the notification `failedId` that just failed for `reason` (the owner's words), in
    // the caller's transaction. True when one was queued; false when alerts are off, the failed one is an
    // alert itself, or its alert was queued before.
    static Result<bool> queue(const QSqlDatabase &db, qint64 failedId, const QString &reason, const QDateTime &now);

    // The alert's words: Tidings could not send "<template>" to <recipient> for order <number>: <reason>
    static QString text(const QString &templateName, const QString &recipient, const QString &orderNumber,
                        const QString &reason);
};

} // namespace Tidings
