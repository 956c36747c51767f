// The main window's Flag Scopes dock: a FlagScopePanel over a
// FlagScopeController fed from the window — the module and toolchain loads,
// the target patterns and build settings (BuildActions), the build
// environment (BuildController) and each finished build's records — and
// View > Flag Scopes (Alt+6), which shows and raises it. It is a tab of the
// right column, after the inspector.
//
// The controller loads only while the dock is visible (a load reads every
// package of the build), and again when an input changes. Apply writes the
// build settings (BuildActions::setSettings). Double-clicking a package or a
// forecast row selects that action of the last build (ActionSelection) and
// shows the graph.
#pragma once

class QMenu;

namespace kiln::gui
{

class FlagScopePanel;
class MainWindow;

// Adds the dock to window and its toggle to viewMenu; call once, while the
// window builds its menus (before it restores its saved layout).
FlagScopePanel *addFlagScopeDock(MainWindow *window, QMenu *viewMenu);

} // namespace kiln::gui
