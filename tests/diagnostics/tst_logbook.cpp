#include "diagnostics/diagnosticreport.h"
#include "diagnostics/logbook.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Tidings;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLogBookTest, "tidings.logbooktest")

namespace {

// The message handler that was installed before a LogBook: records what it is still given.
QStringList s_passedOn;

void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_passedOn.append(message);
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// The log Tidings keeps for Help → Log and support: secrets blanked on the way in, the last lines in memory,
// a size-limited file, every thread's messages, and the handler before it still served.
class tst_LogBook final : public QObject
{
    Q_OBJECT

private slots:
    void redactSecrets_data();
    void redactSecrets();
    void entries_keepTheLastOnes_inOrder();
    void file_isWritten_andRotatedAtItsLimit();
    void handler_recordsEveryThread_redacts_andPassesOn();
    void report_hasVersionsSettingsAndLog_butNoSecrets();
};

void tst_LogBook::redactSecrets_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret"); // must be gone; empty: the line must stay as it is

    QTest::newRow("authorization header")
        << u"sent Authorization: Bearer abc.DEF-123456 to host"_s << u"abc.DEF-123456"_s;
    QTest::newRow("bearer alone") << u"token was bearer ZXhhbXBsZS10b2tlbg=="_s << u"ZXhhbXBsZS10b2tlbg=="_s;
    QTest::newRow("basic auth") << u"Basic dXNlcjpwYXNzd29yZA=="_s << u"dXNlcjpwYXNzd29yZA=="_s;
    QTest::newRow("form body") << u"grant_type=refresh_token&refresh_token=rt-7Hx9q&client_id=abc"_s << u"rt-7Hx9q"_s;
    QTest::newRow("client secret in form") << u"client_secret=s3cr3t-value&x=1"_s << u"s3cr3t-value"_s;
    QTest::newRow("json password") << uR"({"user": "shop", "password": "hunter22"})"_s << u"hunter22"_s;
    QTest::newRow("json api key") << uR"({"api_key":"mg-1234567890"})"_s << u"mg-1234567890"_s;
    QTest::newRow("url token") << u"GET /webhooks/shop?token=Zq81kd93kdl HTTP/1.1"_s << u"Zq81kd93kdl"_s;

    // Made-up values in the shapes of provider keys, each put together from its prefix and body at run time, so the
    // source holds nothing a secret scanner would take for a real credential.
    struct KeyShape
    {
        const char *row;
        QString line; // %1: the key
        QString prefix;
        QString body;
    };

    const QList<KeyShape> shapes{
        {"sendgrid key", u"key %1 refused"_s, u"SG."_s, u"abcdefghijklmnop.qrstuvwxyz0123456789"_s},
        {"slack token", u"using %1"_s, u"xox"_s + u"b-"_s, u"1234567890-abcdefghij"_s},
        {"shopify token", u"%1"_s, u"shp"_s + u"at_"_s, u"0123456789abcdef0123456789abcdef"_s},
        {"google access token", u"%1"_s, u"ya29."_s, u"a0AfH6SMBx-example_token"_s},
        {"google refresh token", u"%1"_s, u"1//"_s, u"0gLongRefreshTokenValue_abc-def"_s},
        {"aws key id", u"%1 signed"_s, u"AK"_s + u"IA"_s, u"IOSFODNN7EXAMPLE"_s},
        {"jwt", u"id %1"_s, u"eyJ"_s, u"hbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N"_s},
    };
    for (const KeyShape &shape : shapes) {
        const QString key = shape.prefix + shape.body;
        QTest::newRow(shape.row) << shape.line.arg(key) << key;
    }
    QTest::newRow("ordinary line") << u"notification 42 attempt 1 -> accepted 202"_s << QString();
    QTest::newRow("order with email") << u"order #1001 for ada@example.com shipped"_s << QString();
    QTest::newRow("words about tokens") << u"3 tokens left for sendgrid"_s << QString();
    QTest::newRow("basic words") << u"Basic settings saved for the shop"_s << QString();
}

void tst_LogBook::redactSecrets()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);

    const QString redacted = Tidings::redactSecrets(line);
    if (secret.isEmpty()) {
        QCOMPARE(redacted, line);
        return;
    }
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(u"[redacted]"_s), qPrintable(redacted));
}

void tst_LogBook::entries_keepTheLastOnes_inOrder()
{
    LogBook book(3);
    QSignalSpy added(&book, &LogBook::entryAdded);
    for (int i = 1; i <= 5; ++i) {
        book.record(QtInfoMsg, u"tidings.test"_s, u"line %1"_s.arg(i));
    }
    QCOMPARE(added.count(), 5);
    const QList<LogEntry> entries = book.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).message, u"line 3"_s);
    QCOMPARE(entries.at(2).message, u"line 5"_s);
    QCOMPARE(entries.at(2).category, u"tidings.test"_s);
    QVERIFY(formatLogEntry(entries.at(2)).endsWith(u"tidings.test info: line 5"_s));
}

void tst_LogBook::file_isWritten_andRotatedAtItsLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogBook book;
    const Status opened = book.openFile(dir.filePath(u"logs"_s), 400);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    const QString path = dir.filePath(u"logs/tidings.log"_s);
    QCOMPARE(book.filePath(), path);
    book.record(QtWarningMsg, {}, u"first refresh_token=rt-secret-1"_s);
    QString text = fileText(path);
    QVERIFY2(text.contains(u"warning: first refresh_token=[redacted]"_s), qPrintable(text));
    QVERIFY(!text.contains(u"rt-secret-1"_s));
    for (int i = 0; i < 20; ++i) {
        book.record(QtInfoMsg, u"tidings.test"_s, u"filler line number %1 to pass the limit"_s.arg(i));
    }
    QVERIFY(QFile::exists(path + u".1"_s));
    QVERIFY(QFileInfo(path).size() <= 400);
    QVERIFY(fileText(path).contains(u"filler line number 19"_s));
    QVERIFY(!fileText(path).contains(u"first"_s)); // moved to .1 (and possibly beyond)
}

void tst_LogBook::handler_recordsEveryThread_redacts_andPassesOn()
{
    s_passedOn.clear();
    const QtMessageHandler before = qInstallMessageHandler(recordingHandler);
    {
        LogBook book;
        book.install();
        QCOMPARE(LogBook::current(), &book);
        qCWarning(lcLogBookTest) << "refused Authorization: Bearer tok-123456789";
        QThread *thread = QThread::create([] { qCInfo(lcLogBookTest) << "from a worker thread"; });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        const QList<LogEntry> entries = book.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).type, QtWarningMsg);
        QCOMPARE(entries.at(0).category, u"tidings.logbooktest"_s);
        QVERIFY(!entries.at(0).message.contains(u"tok-123456789"_s));
        QCOMPARE(entries.at(1).message, u"from a worker thread"_s);
        // The handler before still gets each message, redacted too.
        QCOMPARE(s_passedOn.size(), 2);
        QVERIFY(!s_passedOn.at(0).contains(u"tok-123456789"_s));
    }
    // Gone with the book: messages reach the earlier handler directly again.
    QCOMPARE(LogBook::current(), nullptr);
    qCInfo(lcLogBookTest) << "after";
    QCOMPARE(s_passedOn.size(), 3);
    qInstallMessageHandler(before);
}

void tst_LogBook::report_hasVersionsSettingsAndLog_butNoSecrets()
{
    AppConfig config;
    SourceConfig shop{u"my-shop"_s, u"shopify"_s, u"Juniper & Pine"_s, true, {}};
    config.sources = {shop};
    ChannelConfig channel;
    channel.id = u"mail"_s;
    channel.type = u"sendgrid"_s;
    channel.name = u"Shop mail"_s;
    config.channels = {channel};
    config.secrets = {SecretValue{u"channel"_s, u"mail"_s, u"apiKey"_s, u"SG.imported-key-value"_s}};
    QList<LogEntry> log;
    for (int i = 0; i < 10; ++i) {
        log.append(LogEntry{QDateTime::currentDateTimeUtc(), QtInfoMsg, u"tidings.test"_s, u"event %1"_s.arg(i)});
    }
    // A secret that slipped into a message as recorded (not through a LogBook) is blanked by the report too.
    log.append(LogEntry{QDateTime::currentDateTimeUtc(), QtWarningMsg, {}, u"password=hunter22"_s});

    const QString report = diagnosticReport(config, u"/home/shop/.local/share/Tidings"_s, log, 5);
    QVERIFY(report.contains(u"Tidings diagnostic report"_s));
    QVERIFY(report.contains(u"Qt"_s));
    QVERIFY(report.contains(u"SQLite"_s));
    QVERIFY(report.contains(u"/home/shop/.local/share/Tidings"_s));
    QVERIFY(report.contains(u"\"shopify\""_s));
    QVERIFY(report.contains(u"\"sendgrid\""_s));
    QVERIFY(report.contains(u"Recent log (5 of 11 lines)"_s));
    QVERIFY(report.contains(u"event 9"_s));
    QVERIFY(!report.contains(u"event 5"_s));
    QVERIFY(!report.contains(u"SG.imported-key-value"_s));
    QVERIFY(!report.contains(u"hunter22"_s));
}

QTEST_GUILESS_MAIN(tst_LogBook)
#include "tst_logbook.moc"
