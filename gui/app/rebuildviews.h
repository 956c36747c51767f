// "Why rebuilt" in the window: after every build (and Run's build), the
// build history's explanation of it (RebuildExplainer) goes to the graph
// view (its "why rebuilt" colouring and tooltips) and to the inspector's
// Why Rebuilt tab; Build > Compare Builds… opens the CompareBuildsDialog
// for the open module. Wired in by one call from the window's menus.
#pragma once

#include "controllers/rebuildexplainer.h"

#include <QObject>
#include <QPointer>

class QMenu;

namespace kiln::gui
{

class CompareBuildsDialog;
class MainWindow;

class RebuildViews : public QObject
{
    Q_OBJECT
public:
    RebuildViews(MainWindow *window, QMenu *buildMenu);

    RebuildExplainer *explainer() const { return m_explainer; }
    // The history inputs of the window's next build: its toolchain, the
    // build environment with the build settings, the module folder.
    HistoryInput historyInput() const;
    // Opens (or raises) the Compare Builds dialog.
    CompareBuildsDialog *showCompareDialog();

private:
    void onBuildStarted();
    void onBuildFinished(bool started);
    void onExplained(const RebuildReport &report);

    MainWindow *m_window;
    RebuildExplainer *m_explainer;
    QPointer<CompareBuildsDialog> m_dialog;
    qint64 m_pendingStart = 0; // the build whose explanation is awaited
};

// Creates the window's RebuildViews (owned by the window) and adds its
// action to buildMenu.
RebuildViews *addRebuildViews(MainWindow *window, QMenu *buildMenu);

} // namespace kiln::gui
