#pragma once

#include "commandline.h"

namespace Tidings {
class SecretStore;
}

namespace Tidings::App {

// Each returns the process exit code: 0 success, 1 failure (already explained on stderr or in the window).
int runConfigImport(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets);
int runConfigExport(const CommandLine &commandLine, const QString &dataDir);
int runHeadless(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets);
int runGui(const QString &dataDir, SecretStore &secrets);

} // namespace Tidings::App
