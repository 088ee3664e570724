#pragma once

#include <QString>

namespace Tidings {

// The time zone a customer most likely lives in, from the address on their order: an IANA id
// ("Europe/Berlin"), or "" when the address does not tell (no country; a country over several zones without a
// region that places it). Used for quiet hours: a text message waits for the morning on the customer's clock.
//
// `countryCode` is ISO 3166-1 alpha-2 ("DE", any case). `regionCode` is the platform's state or province code
// ("CA" or "US-CA" for California, "NSW", "BC"); it matters only where a country spans zones (the United
// States, Canada, Australia, Spain's Canary Islands, Portugal's Azores). Elsewhere the country's zones agree
// on the clock all year, and the first of them is named.
QString customerTimeZone(const QString &countryCode, const QString &regionCode = {});

} // namespace Tidings
