// The command line of the kiln GUI:
//   kiln [DIR] [--screenshot FILE] [--quit]
// --screenshot saves the main window to FILE once it has settled (every
// background load, later every build, has finished); --quit then exits with
// status 0 if the module and the toolchain loaded, 1 otherwise. These flags
// are the GUI's scripting interface (CI screenshots, smoke tests) and stay
// supported as the window grows.
#pragma once

#include <QString>
#include <QStringList>

namespace kiln::gui
{

enum class AfterSettle { Stay, Quit };

struct CommandLine {
    QString moduleDir;      // "" when DIR was not given
    QString screenshotPath; // "" for no screenshot
    AfterSettle afterSettle = AfterSettle::Stay;
    bool batch() const { return !screenshotPath.isEmpty() || afterSettle == AfterSettle::Quit; }
};

// Parses arguments (argv[0] first). --help and --version print and exit the
// process like QCommandLineParser::process does; so does a usage error
// (status 2 would be nicer, but Qt's parser exits with 1).
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace kiln::gui
