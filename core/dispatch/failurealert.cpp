#include "dispatch/failurealert.h"

#include "store/configrepository.h"
#include "store/database.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct FailureAlertText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::FailureAlert)
};

Error storage(const QSqlQuery &query)
{
    return Database::storageError(FailureAlertText::tr("Tidings could not queue the alert to your staff."),
                                  query.lastError().text());
}

} // namespace

MessageTemplate FailureAlert::messageTemplate()
{
    MessageTemplate alert;
    alert.id = templateId();
    alert.name = FailureAlertText::tr("Alert: a message could not be sent");
    alert.subject = u"{{alert.subject}}"_s;
    alert.html = u"<p>{{alert.text}}</p>"_s;
    alert.text = u"{{alert.text}}"_s;
    alert.builtIn = true;
    return alert;
}

Result<QString> FailureAlert::channel(const QSqlDatabase &db)
{
    return ConfigRepository(db).setting(settingKey());
}

Status FailureAlert::setChannel(const QSqlDatabase &db, const QString &channelId)
{
    return ConfigRepository(db).setSetting(settingKey(), channelId.trimmed());
}

QString FailureAlert::text(const QString &templateName, const QString &recipient, const QString &orderNumber,
                           const QString &reason)
{
    const QString number = orderNumber.isEmpty() || orderNumber.startsWith(u'#') ? orderNumber : u"#"_s + orderNumber;
    return FailureAlertText::tr("Tidings could not send \"%1\" to %2 for order %3: %4")
        .arg(templateName, recipient, number.isEmpty() ? FailureAlertText::tr("(no number)") : number, reason);
}

Result<bool> FailureAlert::queue(const QSqlDatabase &db, qint64 failedId, const QString &reason, const QDateTime &now)
{
    const auto channelId = channel(db);
    if (!channelId) {
        return channelId.error();
    }
    if (channelId->isEmpty()) {
        return false;
    }
    QSqlQuery failed(db);
    failed.prepare(u"SELECT n.trigger, n.recipient, n.context, COALESCE(v.name, n.template_id)"
                   " FROM notifications n LEFT JOIN template_versions v ON v.id = n.template_version"
                   " WHERE n.id = ?"_s);
    bindValue(failed, failedId);
    if (!failed.exec()) {
        return storage(failed);
    }
    if (!failed.next() || failed.value(0).toString() == trigger()) {
        return false; // gone, or an alert itself: an alert about an alert would never end
    }
    const QString recipient = failed.value(1).toString();
    const QJsonObject context = TemplateRenderer::storedContext(failed.value(2).toString().toUtf8());
    const QString templateName = failed.value(3).toString();
    failed.finish();
    const QString orderNumber = context.value(u"order"_s).toObject().value(u"number"_s).toString();

    // Only the alert's own words: a chat channel lays out an order's fields when the context has them, and
    // here the sentence says it all.
    const QJsonObject alertContext{
        {u"alert"_s, QJsonObject{{u"subject"_s, FailureAlertText::tr("A message could not be sent")},
                                 {u"text"_s, text(templateName, recipient, orderNumber, reason)},
                                 {u"failedNotificationId"_s, QString::number(failedId)}}}};
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR IGNORE INTO notifications(event_id, source_id, order_id, shipment_id, trigger,"
                   " template_id, channel_id, recipient, recipient_name, state, attempts, created_at, due_at, context,"
                   " dedup_key) SELECT event_id, source_id, order_id, shipment_id, ?, ?, ?, 'staff', '', 'queued', 0,"
                   " ?, ?, ?, ? FROM notifications WHERE id = ?"_s);
    bindValue(insert, trigger());
    bindValue(insert, templateId());
    bindValue(insert, *channelId);
    bindValue(insert, now.toMSecsSinceEpoch());
    bindValue(insert, now.toMSecsSinceEpoch());
    bindValue(insert, QString::fromUtf8(QJsonDocument(alertContext).toJson(QJsonDocument::Compact)));
    bindValue(insert, u"failure-alert:%1"_s.arg(failedId));
    bindValue(insert, failedId);
    if (!insert.exec()) {
        return storage(insert);
    }
    return insert.numRowsAffected() == 1;
}

} // namespace Tidings
