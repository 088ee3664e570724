#pragma once

#include "commandline.h"
#include "model/error.h"

#include <optional>

namespace Tidings {
class SecretStore;
}

namespace Tidings::App {

// Each returns the process exit code: 0 success, 1 failure (already explained on stderr or in the window).
int runConfigImport(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets);
int runConfigExport(const CommandLine &commandLine, const QString &dataDir);
// Sends the test message (ChannelTest) through a configured channel and says what the provider answered.
int runConfigSendTest(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets);
// tidings config check CHANNEL: the channel's connection check (nothing is sent); exit code 0 when connected.
int runConfigCheck(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets);
int runHeadless(const CommandLine &commandLine, const QString &dataDir, SecretStore &secrets);
// `startupProblem` (e.g. a restore that could not be applied) is shown in the window.
int runGui(const QString &dataDir, SecretStore &secrets, const std::optional<Error> &startupProblem, bool minimized);

} // namespace Tidings::App
