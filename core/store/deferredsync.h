#pragma once

#include "model/result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include <chrono>

namespace Tidings {

// Group commit with a deadline. A thread that commits often with Transaction::Durability::Relaxed (no fsync of
// its own) calls committedRelaxed() after each; within `deadline` one full commit follows, whose fsync of the
// WAL makes every frame written before it durable too. So a burst of commits costs one fsync, and nothing
// waits in between for the disk. The full commit writes one settings row, `key`, with the time it was made:
// the moment up to which that thread's work is known to be on disk.
//
// Use it only for state whose loss on power failure is safe until the deadline has passed (the dispatcher's
// claims and outcomes: a message then shows as interrupted, for the owner to decide, never silently sent
// twice or lost). A crash of Tidings alone loses nothing: the frames are in the operating system's hands.
class DeferredSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredSync)

public:
    // `failure` is what problem() and syncNow() report when the commit cannot be made, in the owner's words.
    DeferredSync(QString key, QString failure, std::chrono::milliseconds deadline, QObject *parent = nullptr);

    // The connection to commit on (the owning thread's); until set, nothing is done.
    void setDatabase(const QSqlDatabase &db) { m_db = db; }

    // A relaxed commit was made: a full commit follows within the deadline.
    void committedRelaxed();

    // The full commit now, when one is owed (at shutdown). Ok when nothing was owed.
    Status syncNow();

    bool isPending() const { return m_timer.isActive(); }

signals:
    void problem(const Tidings::Error &error);

private:
    QString m_key;
    QString m_failure;
    QSqlDatabase m_db;
    QTimer m_timer;
    bool m_owed = false;
};

} // namespace Tidings
