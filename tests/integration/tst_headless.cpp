#include "channels/extracertificates.h"
#include "config/appconfig.h"
#include "fakes/fakesendgrid.h"
#include "fakes/loopbacktls.h"
#include "fakes/testsupport.h"
#include "fakes/webhookclient.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Tidings::Test;
using namespace Qt::StringLiterals;

// Runs the real `tidings` binary: --headless --config, with the real keychain, against a fake SendGrid.
class TestHeadless final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headless_deliversOncePerEvent_andStopsCleanlyOnSigterm();
    void sigkillMidLoad_restart_everyEventSentOnceOrUncertain();
    void configExport_containsNoSecretValues();
    void badConfig_exitsWithAClearMessage();
    void sendTestAndCheck_throughAConfiguredChannel();
    void extraCertificates_trustedFromTheEnvironment_data();
    void extraCertificates_trustedFromTheEnvironment();

private:
    QByteArray configJson(quint16 port) const;
    // Returns the webhook base URL.
    QString startHeadless(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSendGrid> m_fake;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderr;
    QByteArray m_signingSecret;
    QString m_apiKey;
    WebhookClient m_client;
};

void TestHeadless::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString unique = QUuid::createUuid().toString(QUuid::Id128);
    m_signingSecret = "shpss_" + unique.toUtf8();
    m_apiKey = u"SG.headless-"_s + unique;
    m_fake = std::make_unique<FakeSendGrid>(m_apiKey);
    QVERIFY(m_fake->listen());
}

void TestHeadless::cleanup()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
    m_process.reset();
    m_fake.reset();
    m_dir.reset();
    m_stderr.clear();
}

QByteArray TestHeadless::configJson(quint16 port) const
{
    QJsonObject root{
        {u"webhook"_s, QJsonObject{{u"address"_s, u"127.0.0.1"_s}, {u"port"_s, port}}},
        {u"brand"_s, QJsonObject{{u"shopName"_s, u"Juniper & Pine"_s}}},
        {u"sources"_s, QJsonArray{QJsonObject{
                           {u"id"_s, u"my-shop"_s},
                           {u"type"_s, u"shopify"_s},
                           {u"secrets"_s, QJsonObject{{u"webhookSecret"_s, QString::fromUtf8(m_signingSecret)}}}}}},
        {u"channels"_s, QJsonArray{QJsonObject{{u"id"_s, u"sendgrid"_s},
                                               {u"type"_s, u"sendgrid"_s},
                                               {u"baseUrl"_s, m_fake->baseUrl().toString()},
                                               {u"fromEmail"_s, u"orders@juniper-pine.example"_s},
                                               {u"secrets"_s, QJsonObject{{u"apiKey"_s, m_apiKey}}}}}},
    };
    return QJsonDocument(root).toJson();
}

QString TestHeadless::startHeadless(const QProcessEnvironment &environment)
{
    QFile file(m_dir->filePath(u"config.json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(configJson(0)) < 0) {
        return {};
    }
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment);
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process->readAllStandardError(); });
    m_process->start(QStringLiteral(TIDINGS_BINARY),
                     {u"--headless"_s, u"--config"_s, file.fileName(), u"--data-dir"_s, m_dir->filePath(u"data"_s)});
    static const QRegularExpression listening(u"Webhooks: (http://127\\.0\\.0\\.1:\\d+/webhooks/)"_s);
    QRegularExpressionMatch match;
    [[maybe_unused]] const bool ready = QTest::qWaitFor(
        [&] {
            match = listening.match(QString::fromUtf8(m_stderr));
            return match.hasMatch() || m_process->state() == QProcess::NotRunning;
        },
        30000);
    return match.captured(1);
}

void TestHeadless::headless_deliversOncePerEvent_andStopsCleanlyOnSigterm()
{
    const QString base = startHeadless();
    QVERIFY2(!base.isEmpty(), m_stderr.constData());
    const QUrl url(base + u"my-shop"_s);

    QCOMPARE(m_client
                 .postShopify(url, fixture(u"shopify/orders_create.json"_s), "orders/create", m_signingSecret, "wh-1",
                              "ev-1")
                 .status,
             200);
    QCOMPARE(m_client
                 .postShopify(url, fixture(u"shopify/orders_create.json"_s), "orders/create", m_signingSecret, "wh-1",
                              "ev-1")
                 .status,
             200);
    QCOMPARE(m_client
                 .postShopify(url, fixture(u"shopify/fulfillments_create.json"_s), "fulfillments/create",
                              m_signingSecret, "wh-2", "ev-2")
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->acceptedCount(), 2, 15000);
    QCOMPARE(m_fake->request(0).json.value(u"personalizations"_s).toArray().size(), 1);
    QVERIFY(m_fake->request(0).json.value(u"subject"_s).toString().contains(u"#1042"_s));
    QVERIFY(m_fake->request(1).json.value(u"subject"_s).toString().contains(u"#1042"_s));

    m_process->terminate(); // SIGTERM
    QVERIFY(m_process->waitForFinished(15000));
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process->exitCode(), 0);
    m_stderr += m_process->readAllStandardError();
    QVERIFY(m_stderr.contains("shutting down"));
    QCOMPARE(m_fake->requestCount(), 2);
    // Secrets never reach the log.
    QVERIFY(!m_stderr.contains(m_signingSecret));
    QVERIFY(!m_stderr.contains(m_apiKey.toUtf8()));
}

void TestHeadless::sigkillMidLoad_restart_everyEventSentOnceOrUncertain()
{
    // The provider holds every request: whatever the dispatcher has started is in flight when the process dies.
    m_fake->setMode(FakeSendGrid::Mode::Hang);
    QString base = startHeadless();
    QVERIFY2(!base.isEmpty(), m_stderr.constData());
    const QJsonObject order = QJsonDocument::fromJson(fixture(u"shopify/orders_create.json"_s)).object();
    constexpr int Orders = 6;
    for (int i = 0; i < Orders; ++i) {
        QJsonObject one = order;
        one.insert(u"id"_s, 9'000'000 + i);
        one.insert(u"name"_s, u"#%1"_s.arg(2000 + i));
        one.insert(u"order_number"_s, 2000 + i);
        const QByteArray n = QByteArray::number(i);
        QCOMPARE(m_client
                     .postShopify(QUrl(base + u"my-shop"_s), QJsonDocument(one).toJson(QJsonDocument::Compact),
                                  "orders/create", m_signingSecret, "wh-" + n, "ev-" + n)
                     .status,
                 200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->hungCount() >= 1, 15000);
    m_process->kill(); // SIGKILL: no shutdown code runs
    QVERIFY(m_process->waitForFinished(15000));
    QCOMPARE(m_process->exitStatus(), QProcess::CrashExit);

    const QString dataDir = m_dir->filePath(u"data"_s);
    const auto count = [&dataDir](const QString &where) {
        auto db = Tidings::Database::open(dataDir, u"check"_s);
        if (!db) {
            return -1;
        }
        QSqlQuery query(db->handle());
        return query.exec(u"SELECT COUNT(*) FROM notifications WHERE "_s + where) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    // Every accepted webhook has its notification on disk (none lost); some were in flight.
    QCOMPARE(count(u"1"_s), Orders);
    const int inFlight = count(u"state = 'sending'"_s);
    QVERIFY2(inFlight >= 1, qPrintable(QString::number(inFlight)));

    // The restarted process sends through a second provider: the first may still read a request the dead
    // process had written (and "accept" it, as a real provider would: exactly why it is uncertain), which must
    // not count as a send of the restart.
    const std::unique_ptr<FakeSendGrid> first = std::move(m_fake);
    m_fake = std::make_unique<FakeSendGrid>(m_apiKey);
    QVERIFY(m_fake->listen());
    m_stderr.clear();
    base = startHeadless();
    QVERIFY2(!base.isEmpty(), m_stderr.constData());
    QTRY_COMPARE_WITH_TIMEOUT(count(u"state IN ('queued', 'sending')"_s), 0, 15000);
    // Exactly once, or shown as uncertain: the ones in flight are not sent again blindly.
    QCOMPARE(count(u"state = 'uncertain'"_s), inFlight);
    QCOMPARE(count(u"state = 'sent'"_s), Orders - inFlight);
    QCOMPARE(m_fake->acceptedCount(), Orders - inFlight);
    QCOMPARE(count(u"1"_s), Orders);

    m_process->terminate();
    QVERIFY(m_process->waitForFinished(15000));
    QCOMPARE(m_process->exitCode(), 0);
}

void TestHeadless::configExport_containsNoSecretValues()
{
    QFile file(m_dir->filePath(u"config.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(configJson(8787));
    file.close();
    const QString dataDir = m_dir->filePath(u"data"_s);
    QProcess import;
    import.start(QStringLiteral(TIDINGS_BINARY), {u"config"_s, u"import"_s, file.fileName(), u"--data-dir"_s, dataDir});
    QVERIFY(import.waitForFinished(30000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    QVERIFY(import.readAllStandardOutput().contains("2 secret"));

    QProcess exporter;
    exporter.start(QStringLiteral(TIDINGS_BINARY), {u"config"_s, u"export"_s, u"--data-dir"_s, dataDir});
    QVERIFY(exporter.waitForFinished(30000));
    QCOMPARE(exporter.exitCode(), 0);
    const QByteArray exported = exporter.readAllStandardOutput();
    QVERIFY(!exported.contains(m_signingSecret));
    QVERIFY(!exported.contains(m_apiKey.toUtf8()));
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    QCOMPARE(root.value(u"webhook"_s).toObject().value(u"port"_s).toInt(), 8787);
    const QJsonObject channel = root.value(u"channels"_s).toArray().at(0).toObject();
    QCOMPARE(channel.value(u"type"_s).toString(), u"sendgrid"_s);
    QCOMPARE(channel.value(u"baseUrl"_s).toString(), m_fake->baseUrl().toString());
    QVERIFY(channel.value(u"secrets"_s).toObject().contains(u"apiKey"_s));
    QCOMPARE(root.value(u"rules"_s).toArray().size(), Tidings::defaultRules(u"sendgrid"_s).size());
    // The database file holds no secret either.
    QFile database(dataDir + u"/tidings.sqlite"_s);
    QVERIFY(database.open(QIODevice::ReadOnly));
    const QByteArray bytes = database.readAll();
    QVERIFY(!bytes.contains(m_signingSecret));
    QVERIFY(!bytes.contains(m_apiKey.toUtf8()));
}

void TestHeadless::badConfig_exitsWithAClearMessage()
{
    QFile file(m_dir->filePath(u"broken.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"channels\": [{\"id\": \"x\", \"type\": \"sendgrid\"}]}");
    file.close();
    QProcess process;
    process.start(QStringLiteral(TIDINGS_BINARY),
                  {u"--headless"_s, u"--config"_s, file.fileName(), u"--data-dir"_s, m_dir->filePath(u"data"_s)});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("baseUrl"));
}

void TestHeadless::sendTestAndCheck_throughAConfiguredChannel()
{
    QFile file(m_dir->filePath(u"config.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(configJson(0));
    file.close();
    const QString dataDir = m_dir->filePath(u"data"_s);
    QProcess import;
    import.start(QStringLiteral(TIDINGS_BINARY), {u"config"_s, u"import"_s, file.fileName(), u"--data-dir"_s, dataDir});
    QVERIFY(import.waitForFinished(30000));
    QCOMPARE(import.exitCode(), 0);

    // config check: the key's permissions, nothing sent.
    QProcess check;
    check.start(QStringLiteral(TIDINGS_BINARY), {u"config"_s, u"check"_s, u"sendgrid"_s, u"--data-dir"_s, dataDir});
    QTRY_VERIFY_WITH_TIMEOUT(check.state() == QProcess::NotRunning, 30000);
    const QByteArray checked = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitCode() == 0, checked.constData());
    QVERIFY2(checked.contains("Connected: the API key may send mail."), checked.constData());
    QVERIFY(!checked.contains(m_apiKey.toUtf8()));
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(m_fake->request(0).path, QByteArray("/v3/scopes"));
    QCOMPARE(m_fake->acceptedCount(), 0);
    m_fake->clearRequests();

    QProcess send;
    send.start(QStringLiteral(TIDINGS_BINARY),
               {u"config"_s, u"send-test"_s, u"sendgrid"_s, u"owner@juniper-pine.example"_s, u"--data-dir"_s, dataDir});
    // The fake answers from this process's event loop, so wait with it running.
    QTRY_VERIFY_WITH_TIMEOUT(send.state() == QProcess::NotRunning, 30000);
    const QByteArray printed = send.readAllStandardOutput() + send.readAllStandardError();
    QVERIFY2(send.exitCode() == 0, printed.constData());
    QVERIFY2(printed.contains("Sent: SendGrid accepted the test message"), printed.constData());
    QCOMPARE(m_fake->requestCount(), 1);
    const QJsonObject body = m_fake->request(0).json;
    QVERIFY(body.value(u"subject"_s).toString().startsWith(u"[Test] "_s));
    QVERIFY(!printed.contains(m_apiKey.toUtf8()));

    QProcess unknown;
    unknown.start(QStringLiteral(TIDINGS_BINARY), {u"config"_s, u"send-test"_s, u"mailgun"_s,
                                                   u"owner@juniper-pine.example"_s, u"--data-dir"_s, dataDir});
    QVERIFY(unknown.waitForFinished(30000));
    QCOMPARE(unknown.exitCode(), 1);
    QVERIFY(unknown.readAllStandardError().contains("There is no channel \"mailgun\". Channels: sendgrid."));
    QCOMPARE(m_fake->requestCount(), 1);
}

void TestHeadless::extraCertificates_trustedFromTheEnvironment_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("logged");
    QTest::addColumn<bool>("delivered");

    QTest::newRow("the loopback certificate")
        << loopbackCertificatePath() << QByteArray("trusting 1 extra certificate authorities") << true;
    QTest::newRow("a missing file") << u"/nonexistent/tidings-ca.pem"_s
                                    << QByteArray("cannot read the certificate file /nonexistent/tidings-ca.pem")
                                    << false;
}

void TestHeadless::extraCertificates_trustedFromTheEnvironment()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, logged);
    QFETCH(bool, delivered);
    // The provider over https, as real ones are: reachable only through the extra authority.
    m_fake = std::make_unique<FakeSendGrid>(m_apiKey);
    QVERIFY(m_fake->serveHttps());
    QVERIFY(m_fake->listen());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(Tidings::kExtraCaCertsVariable), file);

    const QString base = startHeadless(environment);
    QVERIFY2(!base.isEmpty(), m_stderr.constData()); // a bad file is reported, and the pipeline still runs
    QVERIFY2(m_stderr.contains(logged), m_stderr.constData());
    QCOMPARE(m_client
                 .postShopify(QUrl(base + u"my-shop"_s), fixture(u"shopify/orders_create.json"_s), "orders/create",
                              m_signingSecret, "wh-tls", "ev-tls")
                 .status,
             200);
    if (delivered) {
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->acceptedCount(), 1, 15000);
        QVERIFY(m_fake->request(0).json.value(u"subject"_s).toString().contains(u"#1042"_s));
    } else {
        // The handshake is refused: the attempt is recorded as failed, and the message waits for a retry.
        const auto attempt = [dataDir = m_dir->filePath(u"data"_s)] {
            auto db = Tidings::Database::open(dataDir, u"check"_s);
            QSqlQuery query(db ? db->handle() : QSqlDatabase());
            return db &&
                           query.exec(u"SELECT a.message, n.state FROM delivery_attempts a "
                                      "JOIN notifications n ON n.id = a.notification_id"_s) &&
                           query.next()
                       ? query.value(0).toString() + u" | "_s + query.value(1).toString()
                       : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!attempt().isEmpty(), 15000);
        const QString recorded = attempt();
        QVERIFY2(recorded.contains(u"secure connection"_s), qPrintable(recorded));
        QVERIFY2(recorded.endsWith(u"| queued"_s), qPrintable(recorded));
        QCOMPARE(m_fake->acceptedCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
