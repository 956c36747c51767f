// Kiln's main window: the views in the centre (Packages now; graph and
// timeline later) and docked panels (Module, Go toolchain) whose places
// persist in QSettings. Opening a module (command line, File > Open Module…,
// Open Recent, or dropping a folder) starts the module and toolchain loads;
// settleTracker() says when they, and later builds, have finished.
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QTabWidget;

namespace kiln::gui
{

class ModuleController;
class ModulePanel;
class PackagePanel;
class RecentMenu;
class SettleTracker;
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

    // Why the last loads failed, one line each ("" parts omitted); empty when
    // the module and the toolchain loaded. Meaningful once settled.
    QStringList loadFailures() const;

    static QSize defaultSize() { return {1280, 800}; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    QDockWidget *addPanelDock(QWidget *panel, const QString &title, const QString &objectName,
                              Qt::DockWidgetArea area);
    void createStatusBar();
    void restoreLayout();
    void saveLayout() const;
    void showOpenDialog();
    void showAbout();
    void onModuleLoaded(const ModuleSnapshot &snapshot);
    void onToolchainLoaded(const ToolchainSnapshot &snapshot);

    SettleTracker *m_settle;
    ModuleController *m_module;
    ToolchainController *m_toolchain;
    QTabWidget *m_views;
    PackagePanel *m_packagePanel;
    ModulePanel *m_modulePanel;
    ToolchainPanel *m_toolchainPanel;
    QDockWidget *m_moduleDock = nullptr;
    QDockWidget *m_toolchainDock = nullptr;
    RecentMenu *m_recentMenu = nullptr;
    QLabel *m_statusModule = nullptr;
    QLabel *m_statusToolchain = nullptr;
};

} // namespace kiln::gui
