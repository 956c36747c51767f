// The main window's cache views and their commands (issue 8's GUI):
//   the Cache tab      CachePanel, beside Packages, Actions, Graph, Timeline
//   the Test Cache dock TestCachePanel, with the console under the views
//   View > Cache (Alt+8) shows the tab; View > Test Cache (Alt+9) the dock
//   Cache menu         Rescan (Ctrl+Shift+F5), Prune… (Ctrl+Shift+Del),
//                      Prune Selected Entries… (Ctrl+Del), Prune This Group…,
//                      Stop, Choose Cache Folder…, Use go env GOCACHE,
//                      Clear Test Cache…
// The folder is go env GOCACHE of the build environment (CacheLocation: the
// toolchain, the module, BuildController::environment() and the build
// settings, looked at again whenever a panel shows and after every load)
// unless the user chose one. The cache is scanned only while one of the two
// panels shows: when it first shows, when the folder changes, and when a
// build or test finished while it shows (else on the next show).
// The Test Cache dock's prediction (TestCachePrediction) takes the window's
// Test command as it is then (toolchain, build environment and settings,
// test settings, target patterns) and runs each time the dock shows and when
// a build or test finished while it shows, or the module or toolchain loaded.
#pragma once

class QMenu;

namespace kiln::gui
{

class CacheController;
class CacheLocation;
class CachePanel;
class MainWindow;
class PruneController;
class TestCacheController;
class TestCachePanel;

struct CacheViewParts {
    CacheLocation *location = nullptr;
    CacheController *cache = nullptr;
    PruneController *prune = nullptr;
    TestCacheController *tests = nullptr;
    CachePanel *panel = nullptr;
    TestCachePanel *testPanel = nullptr;
};

// Adds the tab, the dock, their toggles to viewMenu and the commands to
// cacheMenu; call once, while the window builds its menus (before it
// restores its saved layout). The parts are owned by the window.
CacheViewParts addCacheViews(MainWindow *window, QMenu *viewMenu, QMenu *cacheMenu);

} // namespace kiln::gui
