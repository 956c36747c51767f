#include "app/flagscopedock.h"

#include "app/buildactions.h"
#include "app/mainwindow.h"
#include "controllers/actionselection.h"
#include "controllers/buildcontroller.h"
#include "controllers/flagscopecontroller.h"
#include "controllers/modulecontroller.h"
#include "controllers/toolchaincontroller.h"
#include "panels/flagscopepanel.h"
#include "views/graphview.h"

#include <QTableView>

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>

namespace kiln::gui
{

// Keeps the controller's inputs current; owned by the window.
class FlagScopeDock : public QObject
{
    Q_OBJECT
public:
    FlagScopeDock(MainWindow *window, QMenu *viewMenu);
    FlagScopePanel *panel() const { return m_panel; }

private:
    void inputsChanged();
    void reload();
    void selectAction(graph::Mode mode, const QString &package);

    MainWindow *m_window;
    FlagScopeController *m_controller;
    FlagScopePanel *m_panel;
    QDockWidget *m_dock;
    bool m_stale = true;
    bool m_shown = false; // its tab is the current one (or it floats)
};

FlagScopeDock::FlagScopeDock(MainWindow *window, QMenu *viewMenu)
    : QObject(window), m_window(window),
      m_controller(new FlagScopeController(window->settleTracker(), this)),
      m_panel(new FlagScopePanel(m_controller)), m_dock(new QDockWidget(tr("Flag Scopes"), window))
{
    m_dock->setObjectName(QStringLiteral("flagScopeDock"));
    m_dock->setWidget(m_panel);
    // A tab of the right column (module, toolchain, inspector): the panel
    // needs height for entries, packages and forecast at once.
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (auto *inspector = window->findChild<QDockWidget *>(QStringLiteral("inspectorDock")))
        window->tabifyDockWidget(inspector, m_dock);
    if (auto *module = window->findChild<QDockWidget *>(QStringLiteral("moduleDock")))
        module->raise();
    // Shows and raises the dock (a toggle would hide a dock that is only
    // behind the console's tab).
    auto *show = new QAction(tr("Flag &Scopes"), window);
    show->setObjectName(QStringLiteral("flagScopeAction"));
    show->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    show->setStatusTip(tr("Edit the -gcflags, -asmflags and -ldflags entries and see which "
                          "packages they reach and what they rebuild."));
    viewMenu->addAction(show);
    connect(show, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->entryView()->setFocus();
    });
    // visibilityChanged, not isVisible(): a dock behind another tab stays
    // "visible" to QWidget.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_shown = visible;
        if (visible && m_stale)
            reload();
    });

    connect(window->moduleController(), &ModuleController::loaded, this,
            &FlagScopeDock::inputsChanged);
    connect(window->toolchainController(), &ToolchainController::loaded, this,
            &FlagScopeDock::inputsChanged);
    connect(window->buildActions()->targetField(), &QLineEdit::editingFinished, this,
            &FlagScopeDock::inputsChanged);
    connect(window->buildActions(), &BuildActions::settingsChanged, m_controller,
            &FlagScopeController::setApplied);
    connect(window->buildController(), &BuildController::finished, this, [this] {
        m_controller->setLastBuild(m_window->buildController()->buildStart(),
                                   m_window->buildController()->runs());
    });
    connect(m_panel, &FlagScopePanel::applyRequested, window->buildActions(),
            &BuildActions::setSettings);
    connect(m_panel, &FlagScopePanel::actionRequested, this, &FlagScopeDock::selectAction);
}

void FlagScopeDock::inputsChanged()
{
    m_stale = true;
    if (m_shown)
        reload();
}

void FlagScopeDock::reload()
{
    ModuleController *module = m_window->moduleController();
    ToolchainController *toolchain = m_window->toolchainController();
    if (!module->hasSnapshot() || !module->snapshot().ok() || !toolchain->hasSnapshot() ||
        !toolchain->snapshot().ok())
        return;
    ScopeSource source;
    source.toolchain = toolchain->snapshot().toolchain;
    source.moduleDir = module->dir();
    source.patterns = m_window->buildActions()->targetPatterns();
    source.settings = m_window->buildActions()->settings();
    source.environment = m_window->buildController()->environment();
    m_stale = false;
    m_controller->load(source);
}

void FlagScopeDock::selectAction(graph::Mode mode, const QString &package)
{
    const QList<ActionInfo> &actions = m_window->buildController()->buildStart().actions;
    for (qsizetype i = 0; i < actions.size(); ++i)
        if (actions[i].mode == mode && actions[i].package == package) {
            m_window->views()->setCurrentWidget(m_window->graphView());
            m_window->actionSelection()->select(int(i));
            return;
        }
}

FlagScopePanel *addFlagScopeDock(MainWindow *window, QMenu *viewMenu)
{
    return (new FlagScopeDock(window, viewMenu))->panel();
}

} // namespace kiln::gui

#include "flagscopedock.moc"
