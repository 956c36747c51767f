// The window's exports of a build: File > Export > Chrome Trace… (also a
// button in the timeline) writes the last build's timeline as a Chrome trace
// (controllers/traceexport.h) to a file the user picks. Enabled once a build
// has run and while none runs. The file is written on a worker thread
// (QSaveFile: the old file stays until the new one is complete); the result
// is reported through exported().
#pragma once

#include <QFuture>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace kiln::gui
{

class BuildController;

class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(BuildController *build, QMainWindow *window);

    QAction *chromeTraceAction() const { return m_chromeTrace; }
    void fillMenu(QMenu *menu) const;
    // Follows the build controller (running, has a finished build).
    void updateState();

    // Writes the last build's trace to path; the future's value is "" on
    // success, else why not. Emits exported() when done.
    QFuture<QString> exportChromeTrace(const QString &path);

signals:
    // A sentence for the status bar: where the file went, or the error.
    void exported(const QString &message);

private:
    void askForFile();

    BuildController *m_build;
    QMainWindow *m_window;
    QAction *m_chromeTrace;
};

} // namespace kiln::gui
