// What --screenshot and --quit do: wait until the window has settled (every
// job tracked by its SettleTracker has finished — loads now, a --build run
// later simply keeps the tracker busy until it ends), then save the window
// to the screenshot file and/or exit with the load status.
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
    // After the screenshot (if any): 0 when every load succeeded and the
    // screenshot was saved, 1 otherwise.
    void finished(int status);

private:
    void onSettled();
    void complete();
    bool saveScreenshot();

    MainWindow *m_window;
    CommandLine m_commandLine;
    bool m_done = false;
};

} // namespace kiln::gui
