#include "diagnostics/diagnosticreport.h"

#include "diagnostics/versions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Tidings {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Tidings::DiagnosticReport)
};

QString heading(const QString &title)
{
    return u"\n== "_s + title + u" ==\n"_s;
}

} // namespace

QString diagnosticReport(const AppConfig &config, const QString &dataDir, const QList<LogEntry> &log, int logLines)
{
    AppConfig settings = config;
    settings.secrets.clear(); // never values, even when an import left some in memory

    QString report = ReportText::tr("Tidings diagnostic report") + u'\n';
    report += ReportText::tr("Made: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) + u'\n';
    report +=
        ReportText::tr("Keys, tokens and passwords are not in this report: Tidings keeps them in the system's keychain "
                       "and blanks anything in the log that looks like one.") +
        u'\n';
    report += heading(ReportText::tr("Versions")) + componentVersionsText() + u'\n';
    report += heading(ReportText::tr("Data folder")) + QDir::toNativeSeparators(dataDir) + u'\n';
    report += heading(ReportText::tr("Settings")) + QString::fromUtf8(settings.toJson()) + u'\n';
    const qsizetype first = std::max<qsizetype>(0, log.size() - std::max(0, logLines));
    report += heading(ReportText::tr("Recent log (%1 of %2 lines)").arg(log.size() - first).arg(log.size()));
    for (qsizetype i = first; i < log.size(); ++i) {
        report += formatLogEntry(log.at(i)) + u'\n';
    }
    return redactSecrets(report);
}

} // namespace Tidings
