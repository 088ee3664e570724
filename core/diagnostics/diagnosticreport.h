#pragma once

#include "config/appconfig.h"
#include "diagnostics/logbook.h"

#include <QList>
#include <QString>

namespace Tidings {

// The text "Copy Diagnostic Report" puts on the clipboard for support: the versions Tidings runs on, its data
// folder, its settings as an export has them (names of keys, never their values) and the last `logLines` log
// entries. Everything goes through redactSecrets() once more at the end.
QString diagnosticReport(const AppConfig &config, const QString &dataDir, const QList<LogEntry> &log,
                         int logLines = 300);

} // namespace Tidings
