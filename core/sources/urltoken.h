#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Tidings {

// For platforms that cannot sign their webhooks (Salesforce outbound messages, ActiveCampaign): Tidings makes
// a random secret and the owner's webhook URL ends with ?token=<secret>.

// The percent-decoded value of the first `name` parameter in the query of a request target
// ("/webhooks/crm?token=abc"), or a null QByteArray when there is none. '+' stays '+'.
QByteArray queryParameter(const QByteArray &target, QByteArrayView name);

// True when the target's token parameter equals `secret`, compared in constant time. An empty secret or a
// missing token never matches.
bool urlTokenMatches(const QByteArray &target, const QByteArray &secret);

} // namespace Tidings
