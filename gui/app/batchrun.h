// What --build, --view, --screenshot and --quit do: wait until the window
// has settled (every job tracked by its SettleTracker has finished); with
// --build, start the build then and wait for it to settle too; show the
// --view (with a build, the inspector shows the first problem's action, or
// without problems the slowest action), then save
// the window to the screenshot file and/or exit with the load and build
// status.
#pragma once

#include "app/commandline.h"

#include <QObject>

namespace kiln::gui
{

class MainWindow;

class BatchRun : public QObject
{
    Q_OBJECT
public:
    BatchRun(MainWindow *window, const CommandLine &commandLine, QObject *parent = nullptr);

    // Starts waiting; call after the first work has been started.
    void start();

signals:
    // After the screenshot (if any): 0 when every load (and the --build)
    // succeeded and the screenshot was saved, 1 otherwise.
    void finished(int status);

private:
    void onSettled();
    void complete();
    void showView();
    bool saveScreenshot();

    MainWindow *m_window;
    CommandLine m_commandLine;
    bool m_buildStarted = false;
    bool m_done = false;
};

} // namespace kiln::gui
