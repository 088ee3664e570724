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

    friend bool operator==(const SourceHealth &, const SourceHealth &) = default;
};

} // namespace Tidings
