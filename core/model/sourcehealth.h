#pragma once

#include <QDateTime>
#include <QString>

namespace Tidings {

// How a connected source is doing, as the Connections page shows it. Events come from the store; the
// last refusal is kept in memory by the engine (it is gone after a restart, like the refused request).
struct SourceHealth
{
    QDateTime lastEventAt;       // UTC; invalid when nothing was ever received
    QDateTime lastRejectionAt;   // UTC; invalid when nothing was refused since Tidings started
    QString lastRejectionReason; // the owner-facing reason; never a secret or a signature
    int lastRejectionStatus = 0; // the HTTP status Tidings answered with
    int eventsToday = 0;         // received since local midnight, duplicates included

    // Poll sources only (kept in memory by the engine, like the refusal).
    bool polling = false;          // a check is under way
    QDateTime lastPollAt;          // UTC; when the last check that went well ended
    qint64 lastPollDurationMs = 0; // how long it took
    int lastPollFound = -1;        // new changes it found; -1 before the first
    QDateTime lastPollFailedAt;    // UTC; when the last check failed (invalid if the last one went well)
    QString lastPollError;         // the owner-facing reason
    QDateTime nextPollAt;          // UTC; when the next check is due

    friend bool operator==(const SourceHealth &, const SourceHealth &) = default;
};

} // namespace Tidings
