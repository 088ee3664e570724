#include "testsupport.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QString>

namespace Tidings::Test {

QByteArray shopifySignature(const QByteArray &body, const QByteArray &secret)
{
    return hmacSha256Base64(body, secret);
}

QByteArray hmacSha256Base64(const QByteArray &message, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

QByteArray hmacSha256Hex(const QByteArray &message, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

QByteArray afterShipSignature(const QByteArray &body, const QByteArray &secret)
{
    return hmacSha256Base64(body, secret);
}

QByteArray easyPostSignature(const QByteArray &body, const QByteArray &secret)
{
    const QByteArray key = QString::fromUtf8(secret).normalized(QString::NormalizationForm_KD).toUtf8();
    return QByteArrayLiteral("hmac-sha256-hex=") +
           QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

QByteArray basicAuthorization(const QByteArray &username, const QByteArray &password)
{
    return QByteArrayLiteral("Basic ") + QByteArray(username + ':' + password).toBase64();
}

OrderEvent onlyEvent(const Result<ParsedWebhook> &result)
{
    if (!result.ok()) {
        qWarning("parse failed: %ls (%ls)", qUtf16Printable(result.error().message),
                 qUtf16Printable(result.error().detail));
        return {};
    }
    if (result->events.size() != 1) {
        qWarning("expected one event, got %lld", static_cast<long long>(result->events.size()));
        return {};
    }
    return result->events.constFirst();
}

QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

} // namespace Tidings::Test
