#include "fakes/loopbacktls.h"

#include "fakes/testsupport.h"

#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace Tidings::Test {

QString loopbackCertificatePath()
{
    return QStringLiteral(TIDINGS_TEST_DATA_DIR) + u"/tls/loopback-cert.pem"_s;
}

QSslConfiguration loopbackTlsServerConfiguration()
{
    const QSslCertificate certificate(fixture(u"tls/loopback-cert.pem"_s), QSsl::Pem);
    const QSslKey key(fixture(u"tls/loopback-key.pem"_s), QSsl::Ec, QSsl::Pem);
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
