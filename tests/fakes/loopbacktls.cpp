#include "fakes/loopbacktls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

namespace {

QByteArray readTlsFile(const QString &name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR) + u"/tls/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString loopbackCertificatePath()
{
    return QStringLiteral(TIDINGS_TEST_DATA_DIR) + u"/tls/loopback-cert.pem"_s;
}

QSslConfiguration loopbackTlsServerConfiguration()
{
    const QSslCertificate certificate(readTlsFile(u"loopback-cert.pem"_s), QSsl::Pem);
    const QSslKey key(readTlsFile(u"loopback-key.pem"_s), QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        return {};
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // a server asks for no client certificate
    return configuration;
}

} // namespace Tidings::Test
