#include "sources/hmac.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Tidings {

namespace {

constexpr qsizetype sha256Length = 32;

} // namespace

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    const auto *left = reinterpret_cast<const unsigned char *>(a.constData());
    const auto *right = reinterpret_cast<const unsigned char *>(b.constData());
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(left[i] ^ right[i]);
    }
    return difference == 0;
}

bool verifyHmacSha256Base64(const QByteArray &body, const QByteArray &secret, const QByteArray &base64Signature)
{
    if (secret.isEmpty() || base64Signature.isEmpty() || base64Signature.size() % 4 != 0) {
        return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(base64Signature, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.size() != sha256Length) {
        return false;
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256);
    return constantTimeEquals(expected, decoded.decoded);
}

} // namespace Tidings
