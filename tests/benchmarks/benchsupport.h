#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QProcess;
class QThread;
class QUrl;

namespace Tidings::Test {
class FakeSendGrid;
}

#include <functional>

namespace Tidings::Bench {

// Writes DIR/config.json for `tidings --config`: a Shopify source "bench" signed with `webhookSecret`, and a
// SendGrid channel "sendgrid" at `sendGridUrl` with `apiKey`. Returns its path, or "" when it cannot be written.
QString writeBenchConfig(const QString &dir, const QUrl &sendGridUrl, const QByteArray &webhookSecret,
                         const QString &apiKey);
// A fake SendGrid expecting `apiKey`, moved to `thread` (started here) like a separate server, keeping no
// bodies, and listening: over https with the loopback test certificate, as real providers are reached, or over
// plain http when `plainHttp`. nullptr (and a line on stderr) when it cannot listen.
Test::FakeSendGrid *startFakeSendGrid(QThread &thread, const QString &apiKey, bool plainHttp);
// Starts `binary --headless ARGUMENTS` and waits until it listens for webhooks: returns the port, or 0 (its log
// is printed). `log` collects its standard error. It trusts the loopback test certificate
// (TIDINGS_EXTRA_CA_CERTS), so it can reach a fake serving https.
quint16 startHeadless(QProcess &process, QByteArray &log, const QString &binary, const QStringList &arguments);

// Runs the event loop until `condition` holds or `timeoutMs` passes; false on timeout. A benchmark driver may
// poll like this; tests never do (they wait on signals).
bool waitFor(const std::function<bool()> &condition, int timeoutMs);

// A field of /proc/PID/status, e.g. "VmHWM" (peak memory) or "VmRSS" (memory now), as written there
// ("47232 kB"); "unknown" when it cannot be read.
QString processStatus(qint64 pid, const QString &field);
// VmRSS of `pid` in MB, or -1.
double residentMb(qint64 pid);

// Bytes `pid` has caused to be written to storage (write_bytes of /proc/PID/io: the WAL, its checkpoints into the
// database file, the log), or -1. Per webhook at a fixed low rate (one webhook per commit) it is steadier from run
// to run than a rate on a shared machine, so a change to what each commit writes (an index, a row's size) shows in
// it when the rates are within their noise.
qint64 diskWriteBytes(qint64 pid);

// CPU seconds (user + system) each thread of `pid` has used, summed by thread name.
QMap<QString, double> threadCpu(qint64 pid);
// What each thread used between two readings, per `what` unit (a webhook, an email), busiest first.
void printCpu(const char *what, const QMap<QString, double> &before, const QMap<QString, double> &after, int units);

} // namespace Tidings::Bench
