#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace Tidings::Test {

// A raw_events row as the ingest writer would store it.
struct EventSpec
{
    qint64 id = 0; // 0: let SQLite choose
    QString sourceId = QStringLiteral("corner-shop");
    QString topic = QStringLiteral("orders/create");
    QString orderNumber;
    QString customer;
    QString summary;
    bool duplicate = false;
    QByteArray body = "{}";
    QByteArray headers = R"({"Content-Type":"application/json"})";
    qint64 receivedAtMs = 0; // 0: a fixed time plus the id
};

// A temporary data directory with a store, written to with plain SQL like the engine would.
class MonitorFixture final
{
public:
    MonitorFixture();
    MonitorFixture(const MonitorFixture &) = delete;
    MonitorFixture &operator=(const MonitorFixture &) = delete;

    bool isValid() const { return m_db.has_value(); }

    QString dataDir() const { return m_dir.path(); }

    QSqlDatabase db() const;

    qint64 addEvent(const EventSpec &spec);
    qint64 addNotification(qint64 eventId, const QString &state, const QString &recipient, int attempts = 0,
                           const QString &lastError = {});
    qint64 addAttempt(qint64 notificationId, int number, const QString &outcome, int httpStatus,
                      const QString &providerMessageId, const QString &message, const QString &providerAnswer);
    bool setNotificationState(qint64 notificationId, const QString &state, int attempts, const QString &lastError);

    static constexpr qint64 BaseTimeMs = 1'718'000'000'000;

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
};

} // namespace Tidings::Test
