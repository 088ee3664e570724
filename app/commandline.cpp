#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace Tidings::App {

using namespace Qt::StringLiterals;

bool wantsConsole(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "config") == 0 ||
            std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            return true;
        }
    }
    return false;
}

bool parseCommandLine(CommandLine *out, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Tells your shop's customers about their orders.\n\n"
                                                   "Commands:\n"
                                                   "  (none)                 open the Tidings window\n"
                                                   "  --headless             run without a window (as a service)\n"
                                                   "  config import FILE     load a configuration file\n"
                                                   "  config export          print the configuration, without "
                                                   "secrets\n"
                                                   "  config send-test CHANNEL ADDRESS\n"
                                                   "                         send a test message through a "
                                                   "channel\n"
                                                   "  config check CHANNEL   check a channel's keys and settings "
                                                   "with its provider\n"
                                                   "                         (sends nothing)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("CommandLine", "Keep data in DIR instead of the "
                                                                                "per-user data folder."),
                                     u"DIR"_s);
    const QCommandLineOption headless(u"headless"_s,
                                      QCoreApplication::translate("CommandLine", "Run without a window; stop with "
                                                                                 "Ctrl+C or SIGTERM."));
    const QCommandLineOption config(u"config"_s,
                                    QCoreApplication::translate("CommandLine", "With --headless: import FILE before "
                                                                               "starting."),
                                    u"FILE"_s);
    const QCommandLineOption output(
        u"output"_s, QCoreApplication::translate("CommandLine", "With config export: write to FILE."), u"FILE"_s);
    const QCommandLineOption minimized(
        u"minimized"_s, QCoreApplication::translate("CommandLine", "Open the window minimized (in the system tray "
                                                                   "where the desktop has one)."));
    parser.addOptions({dataDir, headless, config, output, minimized});
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("CommandLine", "config import|export"),
                                 u"[config import FILE | config export]"_s);

    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(0);
    }
    if (parser.isSet(u"version"_s)) {
        parser.showVersion();
    }
    out->dataDir = parser.value(dataDir);
    out->outputFile = parser.value(output);
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        if (args.value(0) != u"config" || args.size() < 2) {
            err << QCoreApplication::translate("CommandLine", "Unknown command. Try: tidings --help") << '\n';
            *exitCode = 2;
            return false;
        }
        if (args.value(1) == u"import" && args.size() == 3) {
            out->mode = CommandLine::Mode::ConfigImport;
            out->configFile = args.value(2);
        } else if (args.value(1) == u"export" && args.size() == 2) {
            out->mode = CommandLine::Mode::ConfigExport;
        } else if (args.value(1) == u"send-test" && args.size() == 4) {
            out->mode = CommandLine::Mode::ConfigSendTest;
            out->channelId = args.value(2);
            out->address = args.value(3);
        } else if (args.value(1) == u"check" && args.size() == 3) {
            out->mode = CommandLine::Mode::ConfigCheck;
            out->channelId = args.value(2);
        } else {
            err << QCoreApplication::translate("CommandLine", "Usage: tidings config import FILE | tidings config "
                                                              "export [--output FILE] | tidings config send-test "
                                                              "CHANNEL ADDRESS | tidings config check CHANNEL")
                << '\n';
            *exitCode = 2;
            return false;
        }
        return true;
    }
    out->minimized = parser.isSet(minimized);
    if (parser.isSet(headless)) {
        out->mode = CommandLine::Mode::Headless;
        out->configFile = parser.value(config);
    } else if (parser.isSet(config)) {
        err << QCoreApplication::translate("CommandLine", "--config goes with --headless. To load a file for the "
                                                          "window, use: tidings config import FILE")
            << '\n';
        *exitCode = 2;
        return false;
    }
    return true;
}

} // namespace Tidings::App
