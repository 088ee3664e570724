#pragma once

#include "model/result.h"
#include "sources/webhookrequest.h"

#include <QByteArray>
#include <QString>

namespace Tidings::Test {

// The base64 HMAC-SHA256 of `body` that Shopify puts in X-Shopify-Hmac-Sha256.
QByteArray shopifySignature(const QByteArray &body, const QByteArray &secret);

// HMAC-SHA256 of `message` with `key`, base64 (Shopify, WooCommerce, AfterShip) or lower-case hex.
QByteArray hmacSha256Base64(const QByteArray &message, const QByteArray &key);
QByteArray hmacSha256Hex(const QByteArray &message, const QByteArray &key);
// The base64 HMAC-SHA256 of `body` that AfterShip puts in aftership-hmac-sha256 (the same recipe as Shopify's).
QByteArray afterShipSignature(const QByteArray &body, const QByteArray &secret);

// "hmac-sha256-hex=<hex HMAC-SHA256 of body>", keyed with the NFKD form of `secret`, as EasyPost sends it in
// X-Hmac-Signature.
QByteArray easyPostSignature(const QByteArray &body, const QByteArray &secret);

// "Basic base64(username:password)", as SAP Commerce sends a Basic credential.
QByteArray basicAuthorization(const QByteArray &username, const QByteArray &password);

// The one event of a parsed webhook; an empty event (and a warning saying why) when parsing failed or gave
// another number of events, so the comparisons that follow fail with the reason in the log.
OrderEvent onlyEvent(const Result<ParsedWebhook> &result);

// The bytes of a file under tests/data, e.g. fixture("shopify/orders_create.json"). Fails the test if absent.
QByteArray fixture(const QString &relativePath);

} // namespace Tidings::Test
