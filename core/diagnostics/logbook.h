#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

namespace Tidings {

// One message Tidings logged, its secrets already blanked (redactSecrets).
struct LogEntry
{
    QDateTime at; // UTC
    QtMsgType type = QtInfoMsg;
    QString category; // e.g. "tidings.engine"; empty for uncategorized messages
    QString message;
};

// "2026-11-29 09:00:00.123 tidings.engine warning: ..." (local time), as in the log file.
QString formatLogEntry(const LogEntry &entry);

// Blanks what looks like a secret in a line of text: Authorization headers and bearer tokens, key=value and
// "key": "value" pairs whose name says key, token, secret, password or signature, and the shapes of the keys
// Tidings handles (SendGrid, Slack, Shopify, Google, Mailgun, AWS, JWTs). Channels and sources already keep
// their secrets out of their messages; this is the second lock on the door for the log, the window's log
// viewer and diagnostic reports.
QString redactSecrets(const QString &text);

// Keeps what Tidings logs: the last lines in memory for the window's log viewer, and a file in the data folder
// (tidings.log, moved to tidings.log.1 when it passes its size limit) so a problem can still be read after a
// crash. Installed as the Qt message handler, it sees every qInfo/qWarning/qCritical of every thread; the
// handler that was there before (stderr) still gets each message, redacted.
class LogBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogBook)

public:
    explicit LogBook(int capacity = 2000, QObject *parent = nullptr);
    ~LogBook() override; // uninstalls

    // From now on also appends to <dir>/tidings.log (the folder is made if needed).
    Status openFile(const QString &dir, qint64 maxBytes = 1024 * 1024);
    QString filePath() const;

    // Becomes the Qt message handler; the previous one is called after it. The last installed is current().
    void install();
    void uninstall();
    static LogBook *current();

    // Records one message, secrets blanked, and returns it as recorded (the handler passes that on). Thread-safe;
    // emits entryAdded().
    QString record(QtMsgType type, const QString &category, const QString &message);
    // The kept entries, oldest first.
    QList<LogEntry> entries() const;

signals:
    // From the thread that logged: connect with a queued connection to show it in the window.
    void entryAdded(const Tidings::LogEntry &entry);

private:
    void writeToFile(const LogEntry &entry);

    const int m_capacity;
    mutable QMutex m_mutex;
    QList<LogEntry> m_entries; // a ring: m_next is where the next one goes once full
    int m_next = 0;
    QFile m_file;
    qint64 m_maxBytes = 0;
    bool m_installed = false;
};

} // namespace Tidings

Q_DECLARE_METATYPE(Tidings::LogEntry)
