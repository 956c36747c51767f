#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace kiln::gui
{

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kiln::gui::CommandLine", "Kiln shows how the go command builds a module."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("DIR"),
        QCoreApplication::translate("kiln::gui::CommandLine",
                                    "The module folder to open (default: the last one)."),
        QStringLiteral("[DIR]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("kiln::gui::CommandLine",
                                    "Save the main window to FILE once all work has finished."),
        QCoreApplication::translate("kiln::gui::CommandLine", "FILE"));
    const QCommandLineOption quit(
        QStringLiteral("quit"),
        QCoreApplication::translate("kiln::gui::CommandLine",
                                    "Exit once all work has finished: status 0 if the module and "
                                    "the toolchain loaded, 1 otherwise."));
    const QCommandLineOption build(
        QStringLiteral("build"),
        QCoreApplication::translate("kiln::gui::CommandLine",
                                    "Build the target packages once the module has loaded."));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("kiln::gui::CommandLine",
                                    "Show VIEW once all work has finished: packages, actions, "
                                    "graph, timeline, tests, inspector, "
                                    "console or problems."),
        QCoreApplication::translate("kiln::gui::CommandLine", "VIEW"));
    const QCommandLineOption test(
        QStringLiteral("test"),
        QCoreApplication::translate("kiln::gui::CommandLine",
                                    "Test the target packages (go test) once the module has "
                                    "loaded."));
    parser.addOption(screenshot);
    parser.addOption(quit);
    parser.addOption(build);
    parser.addOption(test);
    parser.addOption(view);
    parser.process(arguments);

    CommandLine cmd;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                    "kiln::gui::CommandLine", "kiln: at most one module folder may be given")));
        parser.showHelp(1);
    }
    if (!positional.isEmpty())
        cmd.moduleDir = positional.first();
    cmd.screenshotPath = parser.value(screenshot);
    cmd.afterSettle = parser.isSet(quit) ? AfterSettle::Quit : AfterSettle::Stay;
    cmd.onOpen = parser.isSet(test)    ? OnOpen::Test
                 : parser.isSet(build) ? OnOpen::Build
                                       : OnOpen::Nothing;
    cmd.view = parser.value(view);
    return cmd;
}

} // namespace kiln::gui
