#include "app/cacheviews.h"

#include "app/buildactions.h"
#include "app/mainwindow.h"
#include "controllers/buildcontroller.h"
#include "controllers/cachecontroller.h"
#include "controllers/cachelocation.h"
#include "controllers/modulecontroller.h"
#include "controllers/prunecontroller.h"
#include "controllers/testcachecontroller.h"
#include "controllers/testcacheprediction.h"
#include "controllers/testsettings.h"
#include "controllers/toolchaincontroller.h"
#include "panels/cacheactivitybar.h"
#include "panels/cachelocationbar.h"
#include "panels/cachepanel.h"
#include "panels/testcachepanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTabWidget>
#include <QTimer>

namespace kiln::gui
{

// Keeps the location's inputs current and scans when a panel shows.
class CacheViews : public QObject
{
    Q_OBJECT
public:
    CacheViews(MainWindow *window, QMenu *viewMenu, QMenu *cacheMenu);
    CacheViewParts parts;

private:
    void fillMenus(QMenu *viewMenu, QMenu *cacheMenu);
    void updateLocation();
    bool isShown() const;
    void scanIfShown();
    // The Test Cache dock's prediction: the window's Test command now (its
    // patterns and test settings, the build environment), redone when the
    // dock shows after something changed.
    void updatePredictionInput();
    void predictIfShown();

    MainWindow *m_window;
    QDockWidget *m_dock;
    bool m_stale = true;
    bool m_predictionStale = true;
    bool m_dockShown = false;
};

CacheViews::CacheViews(MainWindow *window, QMenu *viewMenu, QMenu *cacheMenu)
    : QObject(window), m_window(window), m_dock(new QDockWidget(tr("Test Cache"), window))
{
    SettleTracker *settle = window->settleTracker();
    parts.location = new CacheLocation(settle, this);
    parts.cache = new CacheController(settle, this);
    parts.prune = new PruneController(parts.cache, settle, this);
    parts.tests = new TestCacheController(parts.cache, settle, this);
    parts.panel = new CachePanel(parts.cache, parts.prune, parts.location, settle);
    parts.testPanel = new TestCachePanel(parts.tests);

    window->views()->addTab(parts.panel, tr("Cache"));
    m_dock->setObjectName(QStringLiteral("testCacheDock"));
    m_dock->setWidget(parts.testPanel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    if (auto *console = window->findChild<QDockWidget *>(QStringLiteral("consoleDock"))) {
        window->tabifyDockWidget(console, m_dock);
        console->raise();
    }
    fillMenus(viewMenu, cacheMenu);

    auto inputsChanged = [this] {
        updateLocation();
        m_predictionStale = true;
        predictIfShown();
    };
    connect(window->toolchainController(), &ToolchainController::loaded, this, inputsChanged);
    connect(window->moduleController(), &ModuleController::loaded, this, inputsChanged);
    connect(parts.location, &CacheLocation::changed, this, [this] {
        m_stale = true;
        scanIfShown();
    });
    connect(window->buildController(), &BuildController::finished, this, [this] {
        m_stale = true;
        m_predictionStale = true;
        scanIfShown();
        predictIfShown();
    });
    connect(window->views(), &QTabWidget::currentChanged, this, [this] {
        updateLocation();
        scanIfShown();
    });
    // A tabbed dock behind another one still says isVisible(); what it
    // reports through visibilityChanged is whether its tab shows. That
    // flips more than once while the window first lays out its docks, so
    // the scan waits for the event loop.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_dockShown = visible;
        if (!visible)
            return;
        QTimer::singleShot(0, this, [this] {
            updateLocation();
            scanIfShown();
            m_predictionStale = true; // test settings or files may have changed meanwhile
            predictIfShown();
        });
    });
}

void CacheViews::fillMenus(QMenu *viewMenu, QMenu *cacheMenu)
{
    QTabWidget *views = m_window->views();
    QAction *showCache = viewMenu->addAction(
        tr("&Cache"), this, [this, views] { views->setCurrentWidget(parts.panel); });
    showCache->setObjectName(QStringLiteral("showCacheAction"));
    showCache->setShortcut(QKeySequence(Qt::ALT | Qt::Key_8));
    showCache->setStatusTip(tr("Show what is in the Go build cache."));
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Test Cache"));
    toggle->setObjectName(QStringLiteral("testCacheToggle"));
    toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_9));
    toggle->setStatusTip(tr("Show the test results go test would replay."));
    connect(toggle, &QAction::triggered, m_dock, [this](bool on) {
        if (on)
            m_dock->raise();
    });
    viewMenu->addAction(toggle);

    // The window's Find (Filter Packages) steps aside while the Cache tab
    // shows, so the panel's own Find takes Ctrl+F (the graph does the same).
    if (auto *filter = m_window->findChild<QAction *>(QStringLiteral("filterPackagesAction")))
        connect(views, &QTabWidget::currentChanged, filter, [this, views, filter] {
            if (views->currentWidget() == parts.panel)
                filter->setEnabled(false);
        });

    CachePanel *panel = parts.panel;
    cacheMenu->setObjectName(QStringLiteral("cacheMenu"));
    cacheMenu->addAction(panel->rescanAction());
    cacheMenu->addAction(panel->pruneAction());
    cacheMenu->addAction(panel->pruneSelectionAction());
    cacheMenu->addAction(panel->pruneGroupAction());
    cacheMenu->addAction(panel->activityBar()->cancelAction());
    cacheMenu->addSeparator();
    cacheMenu->addAction(panel->locationBar()->chooseAction());
    cacheMenu->addAction(panel->locationBar()->useGoEnvAction());
    cacheMenu->addSeparator();
    cacheMenu->addAction(parts.testPanel->clearAction());
    // Commands reach the panel they act on.
    for (QAction *a :
         {panel->pruneAction(), panel->pruneSelectionAction(), panel->pruneGroupAction()})
        connect(a, &QAction::triggered, this, [views, panel] { views->setCurrentWidget(panel); });
}

void CacheViews::updateLocation()
{
    ToolchainController *toolchain = m_window->toolchainController();
    if (!toolchain->hasSnapshot())
        return;
    goenv::Toolchain tc;
    if (toolchain->snapshot().found)
        tc = toolchain->snapshot().toolchain;
    const QProcessEnvironment env =
        m_window->buildActions()->settings().applyTo(m_window->buildController()->environment());
    parts.location->setGoEnvInput(tc, env, m_window->moduleController()->dir());
}

bool CacheViews::isShown() const
{
    return m_window->views()->currentWidget() == parts.panel || m_dockShown;
}

void CacheViews::scanIfShown()
{
    if (!m_stale || !isShown())
        return;
    const QString dir = parts.location->dir();
    if (dir.isEmpty() && parts.location->isResolving())
        return; // the lookup's changed() comes
    m_stale = false;
    parts.cache->scan(dir);
}

void CacheViews::updatePredictionInput()
{
    ToolchainController *toolchain = m_window->toolchainController();
    ModuleController *module = m_window->moduleController();
    exec::PipelineInput input;
    if (toolchain->hasSnapshot() && toolchain->snapshot().found && module->hasSnapshot() &&
        module->snapshot().ok()) {
        input.toolchain = toolchain->snapshot().toolchain;
        input.environment = m_window->buildActions()->settings().applyTo(
            m_window->buildController()->environment());
        input.workingDir = module->dir();
        input.args = m_window->buildActions()->settings().buildArguments() +
                     TestSettings::load().testArguments() +
                     m_window->buildActions()->targetPatterns();
    }
    parts.tests->prediction()->setInput(input);
}

void CacheViews::predictIfShown()
{
    if (!m_predictionStale || !m_dockShown)
        return;
    if (m_window->buildController()->isRunning())
        return; // its finished() comes
    m_predictionStale = false;
    updatePredictionInput();
    parts.tests->prediction()->predict();
}

CacheViewParts addCacheViews(MainWindow *window, QMenu *viewMenu, QMenu *cacheMenu)
{
    return (new CacheViews(window, viewMenu, cacheMenu))->parts;
}

} // namespace kiln::gui

#include "cacheviews.moc"
