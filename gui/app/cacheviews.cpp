#include "app/cacheviews.h"

#include "app/buildactions.h"
#include "app/mainwindow.h"
#include "controllers/buildcontroller.h"
#include "controllers/cachecontroller.h"
#include "controllers/cachelocation.h"
#include "controllers/modulecontroller.h"
#include "controllers/prunecontroller.h"
#include "controllers/testcachecontroller.h"
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

    MainWindow *m_window;
    QDockWidget *m_dock;
    bool m_stale = true;
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

    connect(window->toolchainController(), &ToolchainController::loaded, this,
            &CacheViews::updateLocation);
    connect(window->moduleController(), &ModuleController::loaded, this,
            &CacheViews::updateLocation);
    connect(parts.location, &CacheLocation::changed, this, [this] {
        m_stale = true;
        scanIfShown();
    });
    connect(window->buildController(), &BuildController::finished, this, [this] {
        m_stale = true;
        scanIfShown();
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

CacheViewParts addCacheViews(MainWindow *window, QMenu *viewMenu, QMenu *cacheMenu)
{
    return (new CacheViews(window, viewMenu, cacheMenu))->parts;
}

} // namespace kiln::gui

#include "cacheviews.moc"
