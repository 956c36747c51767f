// The command line of the kiln GUI:
//   kiln [DIR] [--build | --test] [--view VIEW] [--screenshot FILE] [--quit]
// --build builds (--test: go test) the target patterns once the module and
// toolchain have loaded. --view shows VIEW (packages, actions, graph,
// timeline, tests, inspector, console, problems) when the window settles;
// with a build, the inspector
// then shows the first problem's action, or the slowest action. --screenshot saves the main window
// to FILE once it has settled (every background load and the build have finished); --quit then
// exits with status 0 if the module and the toolchain loaded (and the build
// or the tests succeeded), 1 otherwise. These flags
// are the GUI's scripting interface (CI screenshots, smoke tests) and stay
// supported as the window grows.
#pragma once

#include <QString>
#include <QStringList>

namespace kiln::gui
{

enum class AfterSettle { Stay, Quit };
enum class OnOpen { Nothing, Build, Test };

struct CommandLine {
    QString moduleDir;      // "" when DIR was not given
    QString screenshotPath; // "" for no screenshot
    AfterSettle afterSettle = AfterSettle::Stay;
    OnOpen onOpen = OnOpen::Nothing;
    QString view; // "" keeps the restored view
    bool batch() const
    {
        return !screenshotPath.isEmpty() || afterSettle == AfterSettle::Quit ||
               onOpen != OnOpen::Nothing || !view.isEmpty();
    }
};

// Parses arguments (argv[0] first). --help and --version print and exit the
// process like QCommandLineParser::process does; so does a usage error
// (status 2 would be nicer, but Qt's parser exits with 1).
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace kiln::gui
