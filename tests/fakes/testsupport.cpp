#include "testsupport.h"

#include <QFile>
#include <QMessageAuthenticationCode>

namespace Tidings::Test {

QByteArray shopifySignature(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
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
