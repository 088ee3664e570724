#include "channels/extracertificates.h"
#include "fakes/loopbacktls.h"
#include "fakes/testsupport.h"

#include <QFile>
#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Tidings::ErrorCode;
using Tidings::kExtraCaCertsVariable;
using Tidings::trustExtraCertificates;
using Tidings::trustExtraCertificatesFromEnvironment;
using Tidings::Test::fixture;
using Tidings::Test::loopbackCertificatePath;
using Tidings::Test::loopbackTlsServerConfiguration;

namespace {

QSslCertificate loopbackCertificate()
{
    return QSslCertificate::fromPath(loopbackCertificatePath(), QSsl::Pem, QSslCertificate::PatternSyntax::FixedString)
        .value(0);
}

bool trustsLoopbackCertificate()
{
    return QSslConfiguration::defaultConfiguration().caCertificates().contains(loopbackCertificate());
}

} // namespace

// Process-wide state: each test starts from the system's authorities only (cleanup() puts them back).
class TestExtraCertificates final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void refusesFilesWithoutCertificates_data();
    void refusesFilesWithoutCertificates();
    void httpsToTheLoopbackServerIsTrustedOnlyAfterwards();
    void readsTheFileTheEnvironmentNames_data();
    void readsTheFileTheEnvironmentNames();

private:
    // GET https://127.0.0.1:<port>/ through a new network manager: the reply's error and body.
    std::pair<QNetworkReply::NetworkError, QByteArray> get(quint16 port);

    QSslConfiguration m_systemOnly;
    QTemporaryDir m_dir;
};

void TestExtraCertificates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!loopbackCertificate().isNull(), qPrintable(loopbackCertificatePath()));
    m_systemOnly = QSslConfiguration::defaultConfiguration();
    QVERIFY(!trustsLoopbackCertificate());
}

void TestExtraCertificates::cleanup()
{
    QSslConfiguration::setDefaultConfiguration(m_systemOnly);
    qunsetenv(kExtraCaCertsVariable);
}

void TestExtraCertificates::refusesFilesWithoutCertificates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // not written when null: the file is missing
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing file") << u"missing.pem"_s << QByteArray() << u"cannot read"_s;
    QTest::newRow("empty file") << u"empty.pem"_s << QByteArray("") << u"holds no certificate"_s;
    QTest::newRow("plain text") << u"notes.txt"_s << QByteArray("trust me\n") << u"holds no certificate"_s;
    QTest::newRow("a private key, not a certificate")
        << u"key.pem"_s << fixture(u"tls/loopback-key.pem"_s) << u"holds no certificate"_s;
    QTest::newRow("a broken certificate")
        << u"broken.pem"_s << QByteArray("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
        << u"holds no certificate"_s;
}

void TestExtraCertificates::refusesFilesWithoutCertificates()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(name);
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const int before = static_cast<int>(QSslConfiguration::defaultConfiguration().caCertificates().size());

    const auto trusted = trustExtraCertificates(path);

    QVERIFY(!trusted);
    QCOMPARE(trusted.error().code, ErrorCode::Config);
    QVERIFY2(trusted.error().message.contains(expected), qPrintable(trusted.error().message));
    QVERIFY2(trusted.error().message.contains(name), qPrintable(trusted.error().message));
    QVERIFY2(trusted.error().message.contains(QString::fromLatin1(kExtraCaCertsVariable)),
             qPrintable(trusted.error().message));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates().size(), before);
}

std::pair<QNetworkReply::NetworkError, QByteArray> TestExtraCertificates::get(quint16 port)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/"_s.arg(port)));
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(15000)) {
        return {QNetworkReply::TimeoutError, {}};
    }
    return {reply->error(), reply->readAll()};
}

void TestExtraCertificates::httpsToTheLoopbackServerIsTrustedOnlyAfterwards()
{
    QHttpServer server;
    server.route(u"/"_s, [] { return u"hello over TLS"_s; });
    const QSslConfiguration serverSide = loopbackTlsServerConfiguration();
    QVERIFY(!serverSide.isNull());
    server.sslSetup(serverSide);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    const auto untrusted = get(port);
    QCOMPARE(untrusted.first, QNetworkReply::SslHandshakeFailedError);

    const auto trusted = trustExtraCertificates(loopbackCertificatePath());
    QVERIFY2(trusted, trusted ? "" : qPrintable(trusted.error().message));
    QCOMPARE(*trusted, 1);
    QVERIFY(trustsLoopbackCertificate());

    const auto answered = get(port);
    QCOMPARE(answered.first, QNetworkReply::NoError);
    QCOMPARE(answered.second, QByteArray("hello over TLS"));
}

void TestExtraCertificates::readsTheFileTheEnvironmentNames_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("added");

    QTest::newRow("unset") << QString() << true << 0;
    QTest::newRow("empty") << u""_s << true << 0;
    QTest::newRow("the loopback certificate") << loopbackCertificatePath() << true << 1;
    QTest::newRow("a missing file") << m_dir.filePath(u"nowhere.pem"_s) << false << 0;
}

void TestExtraCertificates::readsTheFileTheEnvironmentNames()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(int, added);
    if (!value.isNull()) {
        qputenv(kExtraCaCertsVariable, value.toLocal8Bit());
    }

    const auto trusted = trustExtraCertificatesFromEnvironment();

    QCOMPARE(trusted.ok(), ok);
    if (ok) {
        QCOMPARE(*trusted, added);
    }
    QCOMPARE(trustsLoopbackCertificate(), added > 0);
}

QTEST_GUILESS_MAIN(TestExtraCertificates)
#include "tst_extracertificates.moc"
