#pragma once

#include <QByteArray>
#include <QList>

namespace Tidings::Bench {

// What Qt's HTTP server gives on this machine before Tidings does any work: a server on a thread of its own that
// answers each request with 200 at once (no signature check, no parsing of the body, no storage), loaded by the same
// client with the same requests as the real runs. With `hop`, each answer first goes to another thread and back, as
// Tidings' answers wait for the writer's commit. Answers per second over `connections` closed-loop connections, or
// -1 when the server cannot listen.
double httpFloorPerSecond(const QList<QByteArray> &requests, int connections, bool hop);

} // namespace Tidings::Bench
