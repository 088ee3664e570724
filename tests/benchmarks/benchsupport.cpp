#include "benchsupport.h"

#include "channels/extracertificates.h"
#include "fakes/fakesendgrid.h"
#include "fakes/loopbacktls.h"
#include "fakes/procthreads.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tidings::Bench {

QString writeBenchConfig(const QString &dir, const QUrl &sendGridUrl, const QByteArray &webhookSecret,
                         const QString &apiKey)
{
    const QJsonObject config{
        {u"webhook"_s, QJsonObject{{u"address"_s, u"127.0.0.1"_s}, {u"port"_s, 0}}},
        {u"sources"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"bench"_s},
                                {u"type"_s, u"shopify"_s},
                                {u"secrets"_s, QJsonObject{{u"webhookSecret"_s, QString::fromUtf8(webhookSecret)}}}}}},
        {u"channels"_s, QJsonArray{QJsonObject{{u"id"_s, u"sendgrid"_s},
                                               {u"type"_s, u"sendgrid"_s},
                                               {u"baseUrl"_s, sendGridUrl.toString()},
                                               {u"fromEmail"_s, u"orders@bench.example"_s},
                                               {u"secrets"_s, QJsonObject{{u"apiKey"_s, apiKey}}}}}},
    };
    QFile file(QDir(dir).filePath(u"config.json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return {};
    }
    return file.fileName();
}

Test::FakeSendGrid *startFakeSendGrid(QThread &thread, const QString &apiKey, bool plainHttp)
{
    thread.setObjectName(u"fake-sendgrid"_s);
    auto *fake = new Test::FakeSendGrid(apiKey);
    fake->setKeepBodies(false);
    if (!plainHttp && !fake->serveHttps()) {
        std::fprintf(stderr, "fake SendGrid cannot read the test certificate in %s\n", TIDINGS_TEST_DATA_DIR);
        delete fake;
        return nullptr;
    }
    fake->moveToThread(&thread);
    thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        fake, [&] { listening = fake->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "fake SendGrid could not listen\n");
        return nullptr;
    }
    return fake;
}

quint16 startHeadless(QProcess &process, QByteArray &log, const QString &binary, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kExtraCaCertsVariable), Test::loopbackCertificatePath());
    process.setProcessEnvironment(environment);
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { log += process.readAllStandardError(); });
    process.start(binary, QStringList{u"--headless"_s} + arguments);
    static const QRegularExpression listeningLine(u"Webhooks: http://127\\.0\\.0\\.1:(\\d+)/webhooks/"_s);
    quint16 port = 0;
    waitFor(
        [&] {
            const auto match = listeningLine.match(QString::fromUtf8(log));
            port = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
            return port != 0 || process.state() == QProcess::NotRunning;
        },
        30000);
    if (port == 0) {
        std::fprintf(stderr, "tidings --headless did not start:\n%s\n", log.constData());
    }
    return port;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5); // a benchmark driver may poll; tests never do
    }
    return true;
}

namespace {

// The value of a "field: value" line of /proc/PID/FILE, trimmed; empty when the file or the line is missing.
QByteArray procField(qint64 pid, const char *file, const QString &field)
{
    QFile proc(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1StringView(file)));
    if (!proc.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray key = field.toLatin1() + ':';
    for (const QByteArray &line : proc.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed();
        }
    }
    return {};
}

} // namespace

QString processStatus(qint64 pid, const QString &field)
{
    const QByteArray value = procField(pid, "status", field);
    return value.isEmpty() ? u"unknown"_s : QString::fromLatin1(value);
}

double residentMb(qint64 pid)
{
    bool ok = false;
    const double kb = processStatus(pid, u"VmRSS"_s).section(u' ', 0, 0).toDouble(&ok);
    return ok ? kb / 1024.0 : -1;
}

qint64 diskWriteBytes(qint64 pid)
{
    bool ok = false;
    const qint64 bytes = procField(pid, "io", u"write_bytes"_s).toLongLong(&ok);
    return ok ? bytes : -1;
}

// CPU seconds (user + system) each thread of `pid` has used, summed by thread name (utime and stime are in clock
// ticks).
QMap<QString, double> threadCpu(qint64 pid)
{
    QMap<QString, double> seconds;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    for (const Test::ProcThread &thread : Test::procThreads(pid)) {
        if (thread.fields.size() > 12) {
            seconds[thread.name] += (thread.fields.at(11).toDouble() + thread.fields.at(12).toDouble()) / ticks;
        }
    }
    return seconds;
}

void printCpu(const char *what, const QMap<QString, double> &before, const QMap<QString, double> &after, int units)
{
    QList<std::pair<double, QString>> used;
    double total = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double delta = it.value() - before.value(it.key());
        total += delta;
        if (delta > 0) {
            used.append({delta, it.key()});
        }
    }
    std::sort(used.begin(), used.end(), std::greater<>());
    std::printf("  %s: %.3f ms (", what, total * 1000.0 / std::max(1, units));
    for (qsizetype i = 0; i < used.size(); ++i) {
        std::printf("%s%s %.3f", i ? ", " : "", qPrintable(used.at(i).second),
                    used.at(i).first * 1000.0 / std::max(1, units));
    }
    std::printf(")\n");
}

} // namespace Tidings::Bench
