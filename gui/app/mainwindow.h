// Kiln's main window: the views in the centre (Packages, Actions, Graph,
// Timeline, Tests) and docked panels (Module, Go toolchain, Console,
// Problems, Inspector) whose places persist in QSettings. Opening a module
// (command line, File > Open Module…, Open Recent, or dropping a folder)
// starts the module and toolchain loads; the Build toolbar and menu build,
// test or run it (BuildController) and every view follows the run live (a
// test run's graph like a build's; its results in the Tests view). One
// ActionSelection is shared by the views that show actions.
// settleTracker() says when loads and builds have finished.
#pragma once

#include "controllers/buildrun.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace kiln::gui
{

class ActionSelection;
class ActionsPanel;
class BuildActions;
class BuildController;
class BuildStatus;
class ConsolePanel;
class ExportActions;
class ProblemsPanel;
class GraphView;
class InspectorPanel;
class ModuleController;
class TimelineView;
class ModulePanel;
class PackagePanel;
class RecentMenu;
class SettleTracker;
class TestsPanel;
class ToolchainController;
class ToolchainPanel;
struct ModuleSnapshot;
struct ToolchainSnapshot;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens dir as the current module and remembers it in the recent list.
    void openModule(const QString &dir);

    SettleTracker *settleTracker() const { return m_settle; }
    ModuleController *moduleController() const { return m_module; }
    ToolchainController *toolchainController() const { return m_toolchain; }
    PackagePanel *packagePanel() const { return m_packagePanel; }
    ModulePanel *modulePanel() const { return m_modulePanel; }
    ToolchainPanel *toolchainPanel() const { return m_toolchainPanel; }
    BuildController *buildController() const { return m_build; }
    BuildActions *buildActions() const { return m_buildActions; }
    ActionSelection *actionSelection() const { return m_selection; }
    ActionsPanel *actionsPanel() const { return m_actionsPanel; }
    TimelineView *timelineView() const { return m_timeline; }
    GraphView *graphView() const { return m_graph; }
    InspectorPanel *inspectorPanel() const { return m_inspector; }
    ConsolePanel *consolePanel() const { return m_console; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    TestsPanel *testsPanel() const { return m_tests; }
    ExportActions *exportActions() const { return m_exports; }
    BuildStatus *buildStatus() const { return m_buildStatus; }
    QTabWidget *views() const { return m_views; }

    // Starts a build (or Run, or Test) of the target patterns with the
    // current build (and test) settings; reports in the console why not
    // when no module or toolchain is loaded. Run takes the main package
    // selected in the Packages view, else the module's first one. Test
    // shows the Tests view unless the graph or the timeline is showing.
    void startBuild(BuildKind kind);

    // Why the last loads failed, one line each ("" parts omitted); empty when
    // the module and the toolchain loaded. Meaningful once settled.
    QStringList loadFailures() const;

    static QSize defaultSize() { return {1280, 800}; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    QDockWidget *addPanelDock(QWidget *panel, const QString &title, const QString &objectName,
                              Qt::DockWidgetArea area);
    void createStatusBar();
    void restoreLayout();
    void applyDefaultDockSizes();
    void saveLayout() const;
    void showOpenDialog();
    void showAbout();
    void onModuleLoaded(const ModuleSnapshot &snapshot);
    void onToolchainLoaded(const ToolchainSnapshot &snapshot);
    void createBuildViews();
    void connectBuild();
    void updateBuildActions();
    QString runPackage() const;

    SettleTracker *m_settle;
    ModuleController *m_module;
    ToolchainController *m_toolchain;
    QTabWidget *m_views;
    PackagePanel *m_packagePanel;
    ModulePanel *m_modulePanel;
    ToolchainPanel *m_toolchainPanel;
    BuildController *m_build;
    ActionSelection *m_selection;
    ActionsPanel *m_actionsPanel;
    TimelineView *m_timeline;
    GraphView *m_graph;
    InspectorPanel *m_inspector;
    ConsolePanel *m_console;
    ProblemsPanel *m_problems;
    TestsPanel *m_tests;
    ExportActions *m_exports = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    BuildStatus *m_buildStatus = nullptr;
    BuildActions *m_buildActions = nullptr;
    QDockWidget *m_moduleDock = nullptr;
    QDockWidget *m_toolchainDock = nullptr;
    QDockWidget *m_consoleDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    RecentMenu *m_recentMenu = nullptr;
    QLabel *m_statusModule = nullptr;
    QLabel *m_statusToolchain = nullptr;
    bool m_defaultDocksPending = false;
};

} // namespace kiln::gui
