#include "channels/extracertificates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct CertificateText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::ExtraCertificates)
};

} // namespace

Result<int> trustExtraCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::Config,
                           CertificateText::tr("Tidings cannot read the certificate file %1 named by %2.")
                               .arg(QDir::toNativeSeparators(path), QString::fromLatin1(kExtraCaCertsVariable)),
                           file.errorString());
    }
    // A PEM file of a few certificates is small; a bound keeps a wrong path (a disk image) from being read whole.
    constexpr qint64 maxBytes = 4 * 1024 * 1024;
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(maxBytes), QSsl::Pem);
    certificates.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (certificates.isEmpty()) {
        return Error::make(ErrorCode::Config,
                           CertificateText::tr("The file %1 named by %2 holds no certificate. It must hold one or "
                                               "more PEM certificates (\"-----BEGIN CERTIFICATE-----\").")
                               .arg(QDir::toNativeSeparators(path), QString::fromLatin1(kExtraCaCertsVariable)));
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return static_cast<int>(certificates.size());
}

Result<int> trustExtraCertificatesFromEnvironment()
{
    const QString path = qEnvironmentVariable(kExtraCaCertsVariable);
    if (path.isEmpty()) {
        return 0;
    }
    return trustExtraCertificates(path);
}

} // namespace Tidings
