#pragma once

#include <QByteArray>

namespace Tidings {

// Compares two byte strings in time that depends only on their length, never on where they differ.
// A length mismatch returns false at once: the length of a MAC is not a secret.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// True when `base64Signature` is the standard, padded base64 encoding of HMAC-SHA256(`secret`, `body`).
// `body` must be the raw bytes as received; never a re-serialized JSON document. An empty secret,
// malformed base64 or a digest of the wrong length is refused.
bool verifyHmacSha256Base64(const QByteArray &body, const QByteArray &secret, const QByteArray &base64Signature);

} // namespace Tidings
