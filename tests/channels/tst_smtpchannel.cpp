#include "channels/channel.h"
#include "channels/mimemessage.h"
#include "channels/smtpchannel.h"
#include "fakes/sendrecorder.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Tidings::ChannelConfig;
using Tidings::ErrorCode;
using Tidings::OutgoingMessage;
using Tidings::SendOutcome;
using Tidings::SmtpChannel;
using Tidings::Test::checkOne;
using Tidings::Test::errorText;
using Tidings::Test::SendRecorder;

namespace {

const QString Password = u"pa55-w0rd-that-must-not-leak"_s;

// A strict reader of what Mime::build() produces: CRLF only, lines ≤ 76, unfolded headers, encoded-words
// ≤ 75 characters decoded, one multipart/alternative level with base64 parts.
struct Parsed
{
    bool ok = false;
    QString why;
    QMultiHash<QByteArray, QString> headers; // lower-case names, decoded values
    QList<QPair<QByteArray, QString>> parts; // content type, decoded body
};

QString decodeWords(const QByteArray &value, QString *why)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedLength() > 75) {
            *why = u"encoded-word longer than 75"_s;
        }
        const QString between = text.mid(last, match.capturedStart() - last);
        if (!(last > 0 && between.trimmed().isEmpty())) { // white space between encoded-words is dropped
            out += between;
        }
        out += QString::fromUtf8(
            QByteArray::fromBase64(match.captured(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors));
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

bool readHeaders(const QByteArray &block, QMultiHash<QByteArray, QString> *headers, QString *why)
{
    QList<QByteArray> fields;
    for (const QByteArray &line : block.split('\n')) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (fields.isEmpty()) {
                *why = u"continuation without a field"_s;
                return false;
            }
            fields.last() += line;
        } else {
            fields.append(line);
        }
    }
    for (const QByteArray &field : std::as_const(fields)) {
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0) {
            *why = u"not a header field: "_s + QString::fromLatin1(field);
            return false;
        }
        headers->insert(field.left(colon).toLower(), decodeWords(field.mid(colon + 1).trimmed(), why));
    }
    return why->isEmpty();
}

Parsed parse(const QByteArray &message)
{
    Parsed parsed;
    for (const QByteArray &line : message.split('\n')) {
        if (line.size() > 77) {
            parsed.why = u"line longer than 76"_s;
            return parsed;
        }
    }
    if (message.count("\r\n") != message.count('\n') || message.count('\r') != message.count('\n')) {
        parsed.why = u"bare CR or LF"_s;
        return parsed;
    }
    QByteArray text = message;
    text.replace("\r\n", "\n");
    const qsizetype split = text.indexOf("\n\n");
    if (split < 0) {
        parsed.why = u"no blank line after the headers"_s;
        return parsed;
    }
    if (!readHeaders(text.left(split), &parsed.headers, &parsed.why)) {
        return parsed;
    }
    const QString type = parsed.headers.value("content-type");
    const QByteArray body = text.mid(split + 2);
    const auto decodePart = [&](const QByteArray &headerBlock, const QByteArray &partBody) {
        QMultiHash<QByteArray, QString> partHeaders;
        if (!readHeaders(headerBlock, &partHeaders, &parsed.why)) {
            return;
        }
        if (partHeaders.value("content-transfer-encoding") != u"base64"_s) {
            parsed.why = u"part not base64"_s;
            return;
        }
        const auto decoded = QByteArray::fromBase64Encoding(QByteArray(partBody).replace("\n", ""),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            parsed.why = u"bad base64"_s;
            return;
        }
        parsed.parts.append({partHeaders.value("content-type").toLatin1(), QString::fromUtf8(*decoded)});
    };
    if (type.startsWith(u"multipart/alternative;"_s)) {
        static const QRegularExpression boundaryRe(u"boundary=\"([^\"]+)\""_s);
        const QByteArray boundary = boundaryRe.match(type).captured(1).toLatin1();
        const QList<QByteArray> chunks = body.split('\n');
        QList<QByteArray> current;
        bool inPart = false, closed = false;
        const auto flush = [&] {
            const QByteArray joined = current.join('\n');
            const qsizetype blank = joined.indexOf("\n\n");
            decodePart(joined.left(blank), joined.mid(blank + 2));
            current.clear();
        };
        for (const QByteArray &line : chunks) {
            if (line == "--" + boundary || line == "--" + boundary + "--") {
                if (inPart) {
                    flush();
                }
                inPart = true;
                closed = line.endsWith("--");
                if (closed) {
                    break;
                }
            } else if (inPart) {
                current.append(line);
            }
        }
        if (!closed) {
            parsed.why = u"multipart not closed"_s;
        }
    } else {
        decodePart("Content-Type: " + type.toLatin1() +
                       "\nContent-Transfer-Encoding: " + parsed.headers.value("content-transfer-encoding").toLatin1(),
                   body);
    }
    parsed.ok = parsed.why.isEmpty();
    return parsed;
}

ChannelConfig emailConfig()
{
    ChannelConfig config;
    config.id = u"mail"_s;
    config.type = u"smtp"_s;
    config.name = u"Shop mail"_s;
    config.fromEmail = u"orders@shop.example"_s;
    config.fromName = u"Küchen & Co"_s;
    config.replyTo = u"help@shop.example"_s;
    return config;
}

OutgoingMessage sample()
{
    OutgoingMessage message;
    message.notificationId = 4711;
    message.toEmail = u"zoe@example.org"_s;
    message.toName = u"Zoë Ångström"_s;
    message.subject = u"Ihre Bestellung #1001 wurde versandt — Grüße aus Köln 📦"_s;
    message.text = u"Hallo Zoë,\nIhr Paket ist unterwegs. "_s + QString(200, u'ä');
    message.html = u"<p>Hallo <b>Zoë</b></p>"_s;
    return message;
}

} // namespace

class TestSmtpChannel : public QObject
{
    Q_OBJECT

private slots:

    void knownAnswers()
    {
        QCOMPARE(Tidings::Mime::encodeWords(u"André"_s), "=?UTF-8?B?QW5kcsOp?="_ba);
        QCOMPARE(Tidings::Mime::encodeWords(u"Plain words"_s), "Plain words"_ba);
        QCOMPARE(Tidings::Mime::rfc5322Date(QDateTime(QDate(2026, 11, 29), QTime(3, 25, 55), Qt::UTC)),
                 "Sun, 29 Nov 2026 03:25:55 +0000"_ba);
        // RFC 2045 §6.8 alphabet, 76-character lines.
        const QByteArray lines = Tidings::Mime::base64Lines(QByteArray(100, 'x'));
        QCOMPARE(lines.split('\n').first().size(), 77);
        QVERIFY(lines.endsWith("\r\n"));
    }

    void build_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("toName");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("toEmail");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("ok");
        const OutgoingMessage m = sample();
        QTest::newRow("non-ascii everywhere")
            << m.subject << m.toName << u"Küchen & Co"_s << m.toEmail << m.text << m.html << true;
        QTest::newRow("ascii") << u"Your order shipped"_s << u"Zoe \"Z\" Smith"_s << u"Shop"_s << m.toEmail << u"hi"_s
                               << u"<p>hi</p>"_s << true;
        QTest::newRow("long subject") << QString(120, u'é') << QString() << QString() << m.toEmail << u"t"_s
                                      << u"<p>h</p>"_s << true;
        QTest::newRow("text only") << u"S"_s << QString() << QString() << m.toEmail << u"only text"_s << QString()
                                   << true;
        QTest::newRow("html only") << u"S"_s << QString() << QString() << m.toEmail << QString() << u"<p>x</p>"_s
                                   << true;
        QTest::newRow("subject injection")
            << u"Hi\r\nBcc: evil@example.net"_s << QString() << QString() << m.toEmail << u"t"_s << QString() << false;
        QTest::newRow("name injection") << u"S"_s << u"Zoe\nBcc: evil@example.net"_s << QString() << m.toEmail << u"t"_s
                                        << QString() << false;
        QTest::newRow("sender name injection")
            << u"S"_s << QString() << u"Shop\u2028X: y"_s << m.toEmail << u"t"_s << QString() << false;
        QTest::newRow("address injection")
            << u"S"_s << QString() << QString() << u"a@example.org\r\nBcc: evil@example.net"_s << u"t"_s << QString()
            << false;
        QTest::newRow("not an address") << u"S"_s << QString() << QString() << u"zoe at example.org"_s << u"t"_s
                                        << QString() << false;
        QTest::newRow("no body") << u"S"_s << QString() << QString() << m.toEmail << QString() << QString() << false;
    }

    void build()
    {
        QFETCH(QString, subject);
        QFETCH(QString, toName);
        QFETCH(QString, fromName);
        QFETCH(QString, toEmail);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(bool, ok);
        OutgoingMessage message = sample();
        message.subject = subject;
        message.toName = toName;
        message.toEmail = toEmail;
        message.text = text;
        message.html = html;
        ChannelConfig config = emailConfig();
        config.fromName = fromName;
        const QDateTime now(QDate(2026, 11, 29), QTime(3, 25, 55), Qt::UTC);
        const auto built = Tidings::Mime::build(message, config, now, "abc123"_ba);
        QCOMPARE(built.ok(), ok);
        if (!ok) {
            QCOMPARE(built.error().code, ErrorCode::InvalidInput);
            QVERIFY(!built.error().message.isEmpty());
            return;
        }
        const Parsed parsed = parse(built->message);
        QVERIFY2(parsed.ok, qPrintable(parsed.why));
        QCOMPARE(parsed.headers.value("subject"), subject);
        const QString expectedTo = toName.isEmpty() ? u"<%1>"_s.arg(toEmail) : u"%1 <%2>"_s.arg(toName, toEmail);
        QString to = parsed.headers.value("to");
        if (to.startsWith(u'"')) { // quoted string
            to = to.mid(1).replace(u"\\\""_s, u"\""_s).replace(u"\" <"_s, u" <"_s);
        }
        QCOMPARE(to, expectedTo);
        QCOMPARE(parsed.headers.value("reply-to"), u"<help@shop.example>"_s);
        QCOMPARE(parsed.headers.value("message-id"), u"<tidings.4711.abc123@shop.example>"_s);
        QCOMPARE(built->messageId, "<tidings.4711.abc123@shop.example>"_ba);
        QCOMPARE(parsed.headers.value("x-tidings-notification-id"), u"4711"_s);
        QCOMPARE(parsed.headers.value("date"), u"Sun, 29 Nov 2026 03:25:55 +0000"_s);
        QCOMPARE(parsed.headers.value("mime-version"), u"1.0"_s);
        QCOMPARE(parsed.headers.count("from"), 1);
        QList<QPair<QByteArray, QString>> expected;
        if (!text.isEmpty()) {
            expected.append({"text/plain; charset=UTF-8", text});
        }
        if (!html.isEmpty()) {
            expected.append({"text/html; charset=UTF-8", html});
        }
        QCOMPARE(parsed.parts, expected);
    }

    void send_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("detail");
        QTest::newRow("accepted") << u"ok"_s << Password << true << false << 0 << QString() << QString();
        QTest::newRow("wrong password") << u"ok"_s << u"wrong-password-also-secret"_s << false << false
                                        << int(ErrorCode::Unauthorized) << u"user name or password"_s << u"535"_s;
        QTest::newRow("454 at sign-in") << u"454"_s << Password << false << true << int(ErrorCode::ProviderFailed)
                                        << u"try again"_s << u"454"_s;
        QTest::newRow("534 app password")
            << u"534"_s << Password << false << false << int(ErrorCode::Unauthorized) << u"app password"_s << u"534"_s;
        QTest::newRow("451") << u"451"_s << Password << false << true << int(ErrorCode::ProviderFailed)
                             << u"try again"_s << u"Temporary local problem"_s;
        QTest::newRow("452") << u"452"_s << Password << false << true << int(ErrorCode::ProviderFailed)
                             << u"try again"_s << u"Too many recipients"_s;
        QTest::newRow("550 recipient") << u"550"_s << Password << false << false << int(ErrorCode::ProviderRejected)
                                       << u"recipient or sender"_s << u"User unknown"_s;
        QTest::newRow("553 sender") << u"553"_s << Password << false << false << int(ErrorCode::ProviderRejected)
                                    << u"recipient or sender"_s << u"not owned by user"_s;
        QTest::newRow("552 too big") << u"552"_s << Password << false << false << int(ErrorCode::TooLarge)
                                     << u"too big"_s << u"size exceeds"_s;
        QTest::newRow("554 spam") << u"554"_s << Password << false << false << int(ErrorCode::ProviderRejected)
                                  << u"refused the message"_s << u"spam"_s;
        QTest::newRow("hang") << u"hang"_s << Password << false << true << int(ErrorCode::Timeout)
                              << u"did not answer in time"_s << QString();
        QTest::newRow("connection refused") << u"refused"_s << Password << false << true << int(ErrorCode::Network)
                                            << u"Could not reach"_s << QString();
    }

    void send()
    {
        QFETCH(QString, mode);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QFETCH(bool, retryable);
        QFETCH(int, code);
        QFETCH(QString, words);
        QFETCH(QString, detail);

        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (mode != u"refused"_s) {
            server.start(u"/usr/bin/python3"_s,
                         {QStringLiteral(FAKESMTP), QString::number(port), folder.path(), mode, u"shop"_s, Password});
            QVERIFY(server.waitForStarted());
            QByteArray output;
            QTRY_VERIFY_WITH_TIMEOUT(server.state() != QProcess::Running ||
                                         (output += server.readAllStandardOutput()).contains("READY"),
                                     10000);
            QCOMPARE(server.state(), QProcess::Running);
        }

        ChannelConfig config = emailConfig();
        config.options = QJsonObject{{u"host"_s, u"127.0.0.1"_s},
                                     {u"port"_s, int(port)},
                                     {u"security"_s, u"none-local-only"_s},
                                     {u"username"_s, u"shop"_s},
                                     {u"timeoutMs"_s, 1500}};
        auto channel = std::make_unique<SmtpChannel>(config, QHash<QString, QString>{{u"password"_s, password}});
        QCOMPARE(channel->type(), u"smtp"_s);
        SendRecorder recorder;
        channel->send(sample(), recorder.callback());
        QCOMPARE(recorder.calls(), 0); // never synchronously
        QTRY_VERIFY_WITH_TIMEOUT(recorder.has(), 15000);
        QCOMPARE(recorder.calls(), 1);
        const SendOutcome &outcome = recorder.outcome();
        QCOMPARE(outcome.accepted, accepted);
        const QString everything = outcome.providerAnswer + outcome.providerMessageId +
                                   (outcome.error ? outcome.error->message + outcome.error->detail : QString());
        QVERIFY(!everything.contains(Password));
        QVERIFY(!everything.contains(password));
        if (accepted) {
            QVERIFY(!outcome.error);
            QVERIFY(outcome.providerMessageId.startsWith(u"<tidings.4711."_s));
            QTRY_VERIFY(QFile::exists(folder.filePath(u"1.eml"_s)));
            QFile file(folder.filePath(u"1.eml"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Parsed parsed = parse(file.readAll());
            QVERIFY2(parsed.ok, qPrintable(parsed.why));
            const OutgoingMessage m = sample();
            QCOMPARE(parsed.headers.value("subject"), m.subject);
            QCOMPARE(parsed.headers.value("to"), u"Zoë Ångström <zoe@example.org>"_s);
            QCOMPARE(parsed.headers.value("from"), u"Küchen & Co <orders@shop.example>"_s);
            QCOMPARE(parsed.headers.value("message-id"), outcome.providerMessageId);
            QCOMPARE(parsed.parts.size(), 2);
            QCOMPARE(parsed.parts.at(0).second, m.text);
            QCOMPARE(parsed.parts.at(1).second, m.html);
            QFile envelope(folder.filePath(u"1.env"_s));
            QVERIFY(envelope.open(QIODevice::ReadOnly));
            QCOMPARE(envelope.readAll(), "orders@shop.example\nzoe@example.org\n"_ba);
        } else {
            QVERIFY(outcome.error);
            QCOMPARE(outcome.error->retryable, retryable);
            QCOMPARE(int(outcome.error->code), code);
            QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
            QVERIFY2(outcome.error->detail.contains(detail), qPrintable(errorText(outcome)));
        }
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished();
        }
    }

    void configErrors_data()
    {
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<QString>("words");
        QTest::newRow("no host") << QJsonObject{} << u"No mail server"_s;
        QTest::newRow("plain to the network")
            << QJsonObject{{u"host"_s, u"smtp.example.com"_s}, {u"security"_s, u"none-local-only"_s}}
            << u"only to a mail server on this computer"_s;
        QTest::newRow("unknown security")
            << QJsonObject{{u"host"_s, u"smtp.example.com"_s}, {u"security"_s, u"ssl3"_s}} << u"must be starttls"_s;
        QTest::newRow("host injection") << QJsonObject{{u"host"_s, u"a\r\nb"_s}} << u"not valid"_s;
    }

    void configErrors()
    {
        QFETCH(QJsonObject, options);
        QFETCH(QString, words);
        ChannelConfig config = emailConfig();
        config.options = options;
        SmtpChannel channel(config, {{u"password"_s, Password}});
        SendRecorder recorder;
        channel.send(sample(), recorder.callback());
        QTRY_VERIFY(recorder.has());
        const SendOutcome &outcome = recorder.outcome();
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, ErrorCode::Config);
        QVERIFY2(outcome.error->message.contains(words), qPrintable(errorText(outcome)));
        QVERIFY(!outcome.error->message.contains(Password));
    }

    void sendGridPreset()
    {
        const auto info = SmtpChannel::sendGridTypeInfo();
        QCOMPARE(info.type, u"sendgrid-smtp"_s);
        QCOMPARE(info.secrets.size(), 1);
        QCOMPARE(info.secrets.first().name, u"apiKey"_s);
        QVERIFY(Tidings::channelTypes().contains(u"sendgrid-smtp"_s));
        QVERIFY(Tidings::channelTypes().contains(u"smtp"_s));
        ChannelConfig config = emailConfig();
        config.type = u"sendgrid-smtp"_s;
        SmtpChannel channel(config, {{u"apiKey"_s, u"SG.x"_s}});
        QCOMPARE(channel.type(), u"sendgrid-smtp"_s);
        SmtpChannel missing(config, {});
        SendRecorder recorder;
        missing.send(sample(), recorder.callback());
        QTRY_VERIFY(recorder.has());
        const SendOutcome &outcome = recorder.outcome();
        QVERIFY(outcome.error);
        QVERIFY(outcome.error->message.contains(u"API key"_s));
        SmtpChannel wrapped(config, {{u"apiKey"_s, u"SG.abc\ndef"_s}});
        SendRecorder wrappedRecorder;
        wrapped.send(sample(), wrappedRecorder.callback());
        QTRY_VERIFY(wrappedRecorder.has());
        const SendOutcome &wrappedOutcome = wrappedRecorder.outcome();
        QVERIFY(wrappedOutcome.error);
        QVERIFY(wrappedOutcome.error->message.contains(u"line breaks"_s));
        QVERIFY(!wrappedOutcome.error->message.contains(u"SG.abc"_s));
    }

    void checkConnection_data();
    void checkConnection();
    void checkConnectionSendGridRelay();
};

namespace {

// Starts tests/fakes/fakesmtp.py on `port` and waits for its READY line.
bool startFakeSmtp(QProcess &server, quint16 port, const QString &folder, const QString &mode)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(u"/usr/bin/python3"_s,
                 {QStringLiteral(FAKESMTP), QString::number(port), folder, mode, u"shop"_s, Password});
    if (!server.waitForStarted()) {
        return false;
    }
    QByteArray output;
    while (server.state() == QProcess::Running && !output.contains("READY")) {
        if (server.waitForReadyRead(10000)) {
            output += server.readAllStandardOutput();
        } else {
            break;
        }
    }
    return output.contains("READY");
}

} // namespace

void TestSmtpChannel::checkConnection_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QJsonObject>("options"); // empty: the fake on 127.0.0.1 without encryption
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");   // in the summary when accepted, else in the error message
    QTest::addColumn<QString>("session"); // what the fake logged: AUTH, never MAIL
    QTest::newRow("accepted") << u"ok"_s << QJsonObject() << Password << true << false << 0
                              << u"the mail server (127.0.0.1:%1 without encryption (this computer only)) accepted "
                                 "the sign-in."_s
                              << u"AUTH ok\nQUIT\n"_s;
    QTest::newRow("wrong password") << u"ok"_s << QJsonObject() << u"wrong-password-also-secret"_s << false << false
                                    << int(ErrorCode::Unauthorized) << u"refused the user name or password"_s
                                    << u"AUTH refused\n"_s;
    QTest::newRow("454 temporary") << u"454"_s << QJsonObject() << Password << false << true
                                   << int(ErrorCode::ProviderFailed) << u"temporary problem. Try again shortly."_s
                                   << u"AUTH refused\n"_s;
    QTest::newRow("534 app password") << u"534"_s << QJsonObject() << Password << false << false
                                      << int(ErrorCode::Unauthorized) << u"app password"_s << u"AUTH refused\n"_s;
    QTest::newRow("hang") << u"hang"_s << QJsonObject() << Password << false << true << int(ErrorCode::Timeout)
                          << u"did not answer in time"_s << QString();
    QTest::newRow("connection refused") << u"refused"_s << QJsonObject() << Password << false << true
                                        << int(ErrorCode::Network) << u"Could not reach the mail server"_s << QString();
    QTest::newRow("no host") << u"refused"_s << QJsonObject{{u"security"_s, u"none-local-only"_s}} << Password << false
                             << false << int(ErrorCode::Config) << u"No mail server"_s << QString();
}

void TestSmtpChannel::checkConnection()
{
    QFETCH(QString, mode);
    QFETCH(QJsonObject, options);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QFETCH(bool, retryable);
    QFETCH(int, code);
    QFETCH(QString, words);
    QFETCH(QString, session);

    QVERIFY(SmtpChannel::typeInfo().canCheckConnection);
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QProcess server;
    if (mode != u"refused"_s) {
        QVERIFY(startFakeSmtp(server, port, folder.path(), mode));
    }

    ChannelConfig config = emailConfig();
    config.options = options.isEmpty() ? QJsonObject{{u"host"_s, u"127.0.0.1"_s},
                                                     {u"port"_s, int(port)},
                                                     {u"security"_s, u"none-local-only"_s},
                                                     {u"username"_s, u"shop"_s},
                                                     {u"timeoutMs"_s, 1500}}
                                       : options;
    auto channel = std::make_unique<SmtpChannel>(config, QHash<QString, QString>{{u"password"_s, password}});
    const std::optional<SendOutcome> result = checkOne(*channel);
    QVERIFY(result);
    channel.reset(); // waits for the worker: curl has quit by now

    QCOMPARE(result->accepted, accepted);
    const QString everything =
        result->providerAnswer + (result->error ? result->error->message + result->error->detail : QString());
    QVERIFY(!everything.contains(Password));
    QVERIFY(!everything.contains(password));
    if (accepted) {
        QVERIFY(!result->error);
        QCOMPARE(result->providerAnswer, words.arg(port));
    } else {
        QVERIFY(result->error);
        QCOMPARE(result->error->retryable, retryable);
        QCOMPARE(int(result->error->code), code);
        QVERIFY2(result->error->message.contains(words), qPrintable(result->error->message));
    }

    // The dialogue stopped after AUTH: no MAIL, RCPT or DATA, nothing delivered.
    if (!session.isEmpty()) {
        QFile log(folder.filePath(u"session.log"_s));
        QTRY_VERIFY(log.exists() && log.size() >= session.size());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(log.readAll()), session);
    }
    QVERIFY(!QFile::exists(folder.filePath(u"1.eml"_s)));
    if (server.state() != QProcess::NotRunning) {
        server.kill();
        server.waitForFinished();
    }
}

void TestSmtpChannel::checkConnectionSendGridRelay()
{
    QVERIFY(SmtpChannel::sendGridTypeInfo().canCheckConnection);
    ChannelConfig config = emailConfig();
    config.type = u"sendgrid-smtp"_s;
    SmtpChannel missing(config, {});
    const std::optional<SendOutcome> result = checkOne(missing);
    QVERIFY(result);
    QVERIFY(result->error);
    QCOMPARE(result->error->code, ErrorCode::Config);
    QVERIFY(result->error->message.contains(u"API key"_s));

    // smtp.sendgrid.net is fixed, so the relay's answers are read directly.
    const QString where = u"smtp.sendgrid.net:587 over STARTTLS"_s;
    SmtpChannel::Transfer signedIn;
    signedIn.smtpCode = 235;
    signedIn.signedIn = true;
    const SendOutcome accepted = SmtpChannel::classifyCheck(signedIn, u"Relay"_s, true, true, where);
    QVERIFY(accepted.accepted);
    QCOMPARE(accepted.providerAnswer, u"the API key signs in to SendGrid's SMTP relay (%1)."_s.arg(where));

    SmtpChannel::Transfer refused;
    refused.curlCode = 67; // CURLE_LOGIN_DENIED
    refused.smtpCode = 535;
    refused.serverReply = u"535 Authentication failed: Bad username / password"_s;
    const SendOutcome wrongKey = SmtpChannel::classifyCheck(refused, u"Relay"_s, true, true, where);
    QVERIFY(!wrongKey.accepted);
    QVERIFY(wrongKey.error);
    QVERIFY(!wrongKey.error->retryable);
    QVERIFY2(wrongKey.error->message.contains(u"SendGrid's SMTP relay refused the API key"_s),
             qPrintable(wrongKey.error->message));
    QVERIFY(wrongKey.error->detail.contains(u"Bad username"_s));

    SmtpChannel::Transfer busy;
    busy.curlCode = 8; // CURLE_WEIRD_SERVER_REPLY
    busy.smtpCode = 421;
    busy.serverReply = u"421 Service not available"_s;
    const SendOutcome later = SmtpChannel::classifyCheck(busy, u"Relay"_s, true, true, where);
    QVERIFY(later.error);
    QVERIFY(later.error->retryable);
    QVERIFY(later.error->message.contains(u"SendGrid's SMTP relay is busy"_s));
}

QTEST_GUILESS_MAIN(TestSmtpChannel)
#include "tst_smtpchannel.moc"
