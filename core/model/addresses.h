#pragma once

#include <QString>

namespace Tidings {

// Shape checks for what an owner types as a recipient: one address, nothing a mail header or a provider
// could read as a list or a display name. Whether the mailbox exists only the provider can tell.
bool looksLikeEmail(const QString &text);
// Digits with the usual separators and an optional leading "+"; at least six digits.
bool looksLikePhone(const QString &text);

} // namespace Tidings
