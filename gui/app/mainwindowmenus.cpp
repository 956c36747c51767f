// MainWindow, second part: the menu bar (File, View, Build, Help).
#include "app/buildactions.h"
#include "app/cacheviews.h"
#include "app/exportactions.h"
#include "app/flagscopedock.h"
#include "app/mainwindow.h"
#include "app/rebuildviews.h"
#include "app/recentmenu.h"
#include "controllers/modulecontroller.h"
#include "panels/packagepanel.h"
#include "panels/problemspanel.h"
#include "views/graphview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>

namespace kiln::gui
{

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Module…"), this, &MainWindow::showOpenDialog);
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a folder that contains go.mod."));
    m_recentMenu = new RecentMenu(this);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentMenu::openRequested, this, &MainWindow::openModule);
    QAction *reload = file->addAction(tr("&Reload"), this, [this] { openModule(m_module->dir()); });
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setStatusTip(tr("Read go.mod, the packages and go env again."));
    QMenu *exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    m_exports->fillMenu(exports);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *moduleToggle = m_moduleDock->toggleViewAction();
    moduleToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *toolchainToggle = m_toolchainDock->toggleViewAction();
    toolchainToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *consoleToggle = m_consoleDock->toggleViewAction();
    consoleToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction *inspectorToggle = m_inspectorDock->toggleViewAction();
    inspectorToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    QAction *problemsToggle = m_problemsDock->toggleViewAction();
    problemsToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    view->addAction(moduleToggle);
    view->addAction(toolchainToggle);
    view->addAction(consoleToggle);
    view->addAction(inspectorToggle);
    view->addAction(problemsToggle);
    addFlagScopeDock(this, view);
    view->addAction(m_buildActions->toolBar()->toggleViewAction());
    view->addSeparator();
    view->addAction(m_problems->nextAction());
    view->addAction(m_problems->previousAction());
    view->addSeparator();
    QAction *filter = view->addAction(tr("&Filter Packages"), this, [this] {
        m_views->setCurrentWidget(m_packagePanel);
        m_packagePanel->findChild<QWidget *>(QStringLiteral("packageFilter"))->setFocus();
    });
    filter->setObjectName(QStringLiteral("filterPackagesAction"));
    // The graph view has its own Find (and Ctrl+0/1 zoom keys, hence Alt+N for
    // the panels above): while it shows, the window's Find steps aside, or
    // the two shortcuts would be ambiguous and neither would fire.
    connect(m_views, &QTabWidget::currentChanged, filter,
            [this, filter] { filter->setEnabled(m_views->currentWidget() != m_graph); });
    filter->setShortcut(QKeySequence::Find);

    QMenu *build = menuBar()->addMenu(tr("&Build"));
    m_buildActions->fillMenu(build);
    addRebuildViews(this, build);
    addCacheViews(this, view, menuBar()->addMenu(tr("&Cache")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kiln"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

} // namespace kiln::gui
