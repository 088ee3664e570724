#pragma once

#include <QString>
#include <QStringList>

namespace Tidings::App {

// What the command line asked for.
struct CommandLine
{
    enum class Mode {
        Gui,
        Headless,
        ConfigImport,
        ConfigExport,
        ConfigSendTest,
        ConfigCheck,
    };

    Mode mode = Mode::Gui;
    QString dataDir;        // empty: the per-user data folder
    QString configFile;     // --config for headless, FILE for config import
    QString outputFile;     // config export --output; empty: standard output
    QString channelId;      // config send-test CHANNEL ADDRESS, config check CHANNEL
    QString address;        // an email address, or a phone number for SMS channels
    bool minimized = false; // the window starts minimized (hidden in the tray where there is one)
};

// True when the arguments ask for a mode without a window (decided before any Q*Application exists).
bool wantsConsole(int argc, char *argv[]);

// Parses the arguments of the running QCoreApplication. On a usage error prints it and returns false
// with `exitCode` set; --help and --version also return false, with exit code 0.
bool parseCommandLine(CommandLine *out, int *exitCode);

} // namespace Tidings::App
