#include "monitorfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Tidings::Test {

using namespace Qt::StringLiterals;

namespace {

qint64 run(QSqlQuery &query)
{
    if (!query.exec()) {
        qWarning("fixture SQL failed: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace

MonitorFixture::MonitorFixture()
{
    if (!m_dir.isValid()) {
        return;
    }
    auto db = Database::open(m_dir.path(), u"fixture"_s);
    if (db) {
        m_db.emplace(std::move(db).value());
    } else {
        qWarning("fixture store: %s", qPrintable(db.error().detail));
    }
}

QSqlDatabase MonitorFixture::db() const
{
    return m_db->handle();
}

qint64 MonitorFixture::addEvent(const EventSpec &spec)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO raw_events (id, source_id, topic, received_at, headers, body, duplicate, order_id,"
                  " order_number, customer, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''),"
                  " COALESCE(?, ''))"_s);
    query.addBindValue(spec.id > 0 ? QVariant(spec.id) : QVariant());
    query.addBindValue(spec.sourceId);
    query.addBindValue(spec.topic);
    query.addBindValue(spec.receivedAtMs > 0 ? spec.receivedAtMs : BaseTimeMs);
    query.addBindValue(QString::fromUtf8(spec.headers));
    query.addBindValue(spec.body);
    query.addBindValue(spec.duplicate ? 1 : 0);
    query.addBindValue(QString(u"gid-"_s + spec.orderNumber));
    query.addBindValue(spec.orderNumber);
    query.addBindValue(spec.customer);
    query.addBindValue(spec.summary);
    return run(query);
}

qint64 MonitorFixture::addNotification(qint64 eventId, const QString &state, const QString &recipient, int attempts,
                                       const QString &lastError)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO notifications (event_id, source_id, order_id, trigger, template_id, channel_id,"
                  " recipient, recipient_name, state, attempts, created_at, due_at, last_error)"
                  " VALUES (?, 'corner-shop', 'o', 'order.created', 'order_confirmed', 'sendgrid', ?, '', ?, ?, ?, ?,"
                  " COALESCE(?, ''))"_s);
    query.addBindValue(eventId);
    query.addBindValue(recipient);
    query.addBindValue(state);
    query.addBindValue(attempts);
    query.addBindValue(BaseTimeMs);
    query.addBindValue(BaseTimeMs + 60'000);
    query.addBindValue(lastError);
    return run(query);
}

qint64 MonitorFixture::addAttempt(qint64 notificationId, int number, const QString &outcome, int httpStatus,
                                  const QString &providerMessageId, const QString &message,
                                  const QString &providerAnswer)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO delivery_attempts (notification_id, number, started_at, finished_at, outcome,"
                  " http_status, provider_message_id, message, provider_answer)"
                  " VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''))"_s);
    query.addBindValue(notificationId);
    query.addBindValue(number);
    query.addBindValue(BaseTimeMs + number * 30'000);
    query.addBindValue(BaseTimeMs + number * 30'000 + 412);
    query.addBindValue(outcome);
    query.addBindValue(httpStatus);
    query.addBindValue(providerMessageId);
    query.addBindValue(message);
    query.addBindValue(providerAnswer);
    return run(query);
}

bool MonitorFixture::setNotificationState(qint64 notificationId, const QString &state, int attempts,
                                          const QString &lastError)
{
    QSqlQuery query(db());
    query.prepare(u"UPDATE notifications SET state = ?, attempts = ?, last_error = COALESCE(?, '') WHERE id = ?"_s);
    query.addBindValue(state);
    query.addBindValue(attempts);
    query.addBindValue(lastError);
    query.addBindValue(notificationId);
    if (!query.exec()) {
        qWarning("fixture SQL failed: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return query.numRowsAffected() == 1;
}

} // namespace Tidings::Test
