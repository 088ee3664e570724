#pragma once

#include <QByteArray>
#include <QString>

namespace Tidings::Test {

// The base64 HMAC-SHA256 of `body` that Shopify puts in X-Shopify-Hmac-Sha256.
QByteArray shopifySignature(const QByteArray &body, const QByteArray &secret);

// HMAC-SHA256 of `message` with `key`, base64 (Shopify, WooCommerce, AfterShip) or lower-case hex.
QByteArray hmacSha256Base64(const QByteArray &message, const QByteArray &key);
QByteArray hmacSha256Hex(const QByteArray &message, const QByteArray &key);

// The bytes of a file under tests/data, e.g. fixture("shopify/orders_create.json"). Fails the test if absent.
QByteArray fixture(const QString &relativePath);

} // namespace Tidings::Test
