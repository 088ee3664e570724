#pragma once

#include <QString>
#include <QStringList>

namespace Tidings {

// The dedup id of a delivery that carries several platform events (a HubSpot batch, a Salesforce outbound
// message with several notifications). One id: that id itself. Several: "batch:" followed by the lower-case
// hex SHA-256 of the distinct ids, sorted (plain string order) and joined with '\n'. The same set of events
// gives the same id whatever their order in the body; a retry that regroups events gives a new id, and the
// store's state comparison still keeps it from notifying twice. Empty ids are ignored; none at all gives "".
QString batchEventId(QStringList ids);

} // namespace Tidings
