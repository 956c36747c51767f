#include "app/mainwindow.h"

#include "app/buildactions.h"
#include "app/dropdir.h"
#include "app/exportactions.h"
#include "app/recentmenu.h"
#include "app/recentmodules.h"
#include "controllers/actionselection.h"
#include "controllers/buildcontroller.h"
#include "controllers/modulecontroller.h"
#include "controllers/settletracker.h"
#include "controllers/testsettings.h"
#include "controllers/toolchaincontroller.h"
#include "models/packagetreemodel.h"
#include "models/testresultsmodel.h"
#include "panels/actionspanel.h"
#include "panels/buildstatus.h"
#include "panels/consolepanel.h"
#include "panels/inspectorpanel.h"
#include "panels/modulepanel.h"
#include "panels/packagepanel.h"
#include "panels/problemspanel.h"
#include "panels/testspanel.h"
#include "panels/toolchainpanel.h"
#include "views/graphview.h"
#include "views/timelineview.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace kiln::gui
{

namespace
{

// The graph view's input: std means go's standard library without cmd/.
QList<GraphAction> graphActionsOf(const BuildStart &start)
{
    QList<GraphAction> out;
    out.reserve(start.actions.size());
    for (const ActionInfo &info : start.actions) {
        GraphAction g;
        g.mode = info.mode;
        g.package = info.packageDesc();
        g.standard = info.standard && info.package != QLatin1String("cmd") &&
                     !info.package.startsWith(QLatin1String("cmd/"));
        g.deps = info.deps;
        out.append(g);
    }
    return out;
}

// Bump when the dock layout changes incompatibly: restoreState() then
// ignores the old saved state instead of misplacing panels.
constexpr int LayoutVersion = 3;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settle(new SettleTracker(this)),
      m_module(new ModuleController(m_settle, this)),
      m_toolchain(new ToolchainController(m_settle, this)), m_views(new QTabWidget(this)),
      m_packagePanel(new PackagePanel), m_modulePanel(new ModulePanel),
      m_toolchainPanel(new ToolchainPanel), m_build(new BuildController(m_settle, this)),
      m_selection(new ActionSelection(this)), m_actionsPanel(new ActionsPanel(m_selection)),
      m_timeline(new TimelineView(m_selection)), m_graph(new GraphView(m_settle)),
      m_inspector(new InspectorPanel(m_selection)), m_console(new ConsolePanel),
      m_problems(new ProblemsPanel(m_selection)), m_tests(new TestsPanel(m_selection))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kiln"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    // The right column (module, inspector) runs the full height; the console
    // sits under the views only.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_packagePanel, tr("Packages"));
    setCentralWidget(m_views);
    m_moduleDock = addPanelDock(m_modulePanel, tr("Module"), QStringLiteral("moduleDock"),
                                Qt::RightDockWidgetArea);
    m_toolchainDock = addPanelDock(m_toolchainPanel, tr("Go Toolchain"),
                                   QStringLiteral("toolchainDock"), Qt::RightDockWidgetArea);
    createBuildViews();
    createMenus();
    createStatusBar();
    restoreLayout();

    connect(m_module, &ModuleController::loaded, this, &MainWindow::onModuleLoaded);
    connect(m_toolchain, &ToolchainController::loaded, this, &MainWindow::onToolchainLoaded);
    connect(m_settle, &SettleTracker::busyChanged, this, [this](bool busy) {
        if (busy && !m_build->isRunning())
            statusBar()->showMessage(tr("Loading…"));
        else
            statusBar()->clearMessage();
    });
    connectBuild();
    updateBuildActions();
}

void MainWindow::createBuildViews()
{
    m_packagePanel->setObjectName(QStringLiteral("packagesPanel"));
    m_actionsPanel->setObjectName(QStringLiteral("actionsPanel"));
    m_graph->setObjectName(QStringLiteral("graphView"));
    m_views->addTab(m_actionsPanel, tr("Actions"));
    m_views->addTab(m_graph, tr("Graph"));
    m_views->addTab(m_timeline, tr("Timeline"));
    m_views->addTab(m_tests, tr("Tests"));
    // Under the views only the console, short; the panels one reads (module,
    // toolchain, inspector: before a build and after it) share the right
    // column as tabs, so the views keep the width and height a timeline or
    // graph needs. Selecting an action brings the inspector forward.
    m_consoleDock = addPanelDock(m_console, tr("Console"), QStringLiteral("consoleDock"),
                                 Qt::BottomDockWidgetArea);
    m_inspectorDock = addPanelDock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"),
                                   Qt::RightDockWidgetArea);
    m_problemsDock = addPanelDock(m_problems, tr("Problems"), QStringLiteral("problemsDock"),
                                  Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_consoleDock, m_problemsDock);
    m_consoleDock->raise();
    tabifyDockWidget(m_moduleDock, m_toolchainDock);
    tabifyDockWidget(m_toolchainDock, m_inspectorDock);
    m_moduleDock->raise();
    m_buildActions = new BuildActions(this);
    addToolBar(Qt::TopToolBarArea, m_buildActions->toolBar());
    m_exports = new ExportActions(m_build, this);
    m_timeline->addToolAction(m_exports->chromeTraceAction());
}

void MainWindow::connectBuild()
{
    connect(m_buildActions, &BuildActions::buildRequested, this,
            [this] { startBuild(BuildKind::Build); });
    connect(m_buildActions, &BuildActions::runRequested, this,
            [this] { startBuild(BuildKind::Run); });
    connect(m_buildActions, &BuildActions::testRequested, this,
            [this] { startBuild(BuildKind::Test); });
    connect(m_build, &BuildController::testEventsReceived, m_tests, &TestsPanel::addEvents);
    connect(m_buildActions, &BuildActions::stopRequested, m_build, &BuildController::stop);
    connect(m_buildActions, &BuildActions::cleanRequested, m_build, &BuildController::clean);
    connect(m_build, &BuildController::runningChanged, this, &MainWindow::updateBuildActions);
    connect(m_build, &BuildController::runningChanged, m_exports, &ExportActions::updateState);
    connect(m_exports, &ExportActions::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_build, &BuildController::cleaned, this, &MainWindow::updateBuildActions);
    connect(m_build, &BuildController::started, this, [this](const BuildStart &start) {
        m_selection->clear();
        m_actionsPanel->setBuild(start);
        m_timeline->setBuild(start);
        m_graph->setGraph(graphActionsOf(start), start.root);
        m_inspector->setBuild(start);
        m_buildStatus->setProgress(0, int(start.actions.size()));
    });
    connect(m_build, &BuildController::actionsChanged, this,
            [this](const QList<ActionUpdate> &updates) {
                m_actionsPanel->updateActions(updates);
                m_timeline->updateActions(updates);
                m_inspector->updateActions(updates);
                for (const ActionUpdate &u : updates) {
                    m_graph->setActionState(u.action, u.run.status);
                    if (u.run.finished() && u.run.startNs > 0)
                        m_graph->setActionDuration(u.action, u.run.doneNs - u.run.startNs);
                }
            });
    connect(m_build, &BuildController::progressChanged, m_buildStatus, &BuildStatus::setProgress);
    connect(m_build, &BuildController::outputReceived, m_console, &ConsolePanel::append);
    connect(m_build, &BuildController::outputReceived, m_problems, &ProblemsPanel::appendOutput);
    connect(m_problems, &ProblemsPanel::countChanged, m_buildStatus, &BuildStatus::setProblemCount);
    connect(m_buildStatus, &BuildStatus::problemsClicked, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
    });
    connect(m_build, &BuildController::finished, this, [this](const BuildOutcome &outcome) {
        m_buildStatus->showOutcome(outcome);
        if (outcome.kind == BuildKind::Test) {
            m_tests->runFinished(outcome);
            if (outcome.started)
                m_buildStatus->showTestTally(m_tests->model()->tally());
        }
        m_problems->buildFinished(outcome, m_build->buildStart(), m_build->runs(), m_module->dir());
        if (m_problems->count() > 0)
            m_problemsDock->raise();
        m_exports->updateState();
        if (outcome.started)
            m_console->append(m_buildStatus->summaryText() + QLatin1Char('\n'), OutputKind::Info);
    });
    connect(m_graph, &GraphView::actionSelected, this, [this](int action) {
        if (action >= 0)
            m_selection->select(action);
    });
    connect(m_selection, &ActionSelection::changed, this, [this](int action) {
        if (m_graph->selectedAction() != action)
            m_graph->selectAction(action);
        if (action >= 0)
            m_inspectorDock->raise();
    });
}

void MainWindow::updateBuildActions()
{
    BuildActionState s;
    s.canBuild = m_module->hasSnapshot() && m_module->snapshot().ok() &&
                 m_toolchain->hasSnapshot() && m_toolchain->snapshot().ok();
    s.hasCommand = !runPackage().isEmpty();
    s.running = m_build->isRunning();
    s.hasOutputs = !m_build->lastOutputs().isEmpty();
    m_buildActions->setState(s);
}

// The selected package of the Packages view when it is a command, else the
// module's first command, as a "./dir" pattern; "" when there is none.
QString MainWindow::runPackage() const
{
    const QModelIndex current = m_packagePanel->view()->currentIndex();
    QString rel;
    if (current.isValid() && current.data(PackageTreeModel::IsMainRole).toBool())
        rel = current.data(PackageTreeModel::RelPathRole).toString();
    else if (m_module->hasSnapshot()) {
        for (const PackageDir &p : m_module->snapshot().packages)
            if (p.isMain() && p.error.isEmpty()) {
                rel = p.relPath;
                break;
            }
        if (rel.isNull())
            return {};
    } else {
        return {};
    }
    return rel.isEmpty() ? QStringLiteral(".") : QStringLiteral("./") + rel;
}

void MainWindow::startBuild(BuildKind kind)
{
    if (m_build->isRunning())
        return;
    m_console->clear();
    m_problems->buildStarted();
    if (!m_module->hasSnapshot() || !m_module->snapshot().ok() || !m_toolchain->hasSnapshot() ||
        !m_toolchain->snapshot().ok()) {
        m_console->append(tr("Cannot build: %1\n").arg(loadFailures().join(QStringLiteral("; "))),
                          OutputKind::Info);
        return;
    }
    BuildRequest request;
    request.kind = kind;
    request.toolchain = m_toolchain->snapshot().toolchain;
    request.moduleDir = m_module->dir();
    request.settings = m_buildActions->settings();
    request.testSettings = TestSettings::load();
    if (kind == BuildKind::Run) {
        const QString package = runPackage();
        if (package.isEmpty()) {
            m_console->append(tr("This module has no main package to run.\n"), OutputKind::Info);
            return;
        }
        request.patterns = {package};
    } else {
        request.patterns = m_buildActions->targetPatterns();
    }
    if (kind == BuildKind::Test) {
        m_tests->runStarted();
        if (m_views->currentWidget() != m_graph && m_views->currentWidget() != m_timeline)
            m_views->setCurrentWidget(m_tests);
    }
    m_buildStatus->showStarting(kind);
    m_consoleDock->raise();
    m_build->start(request);
}

QDockWidget *MainWindow::addPanelDock(QWidget *panel, const QString &title,
                                      const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createStatusBar()
{
    m_statusModule = new QLabel(this);
    m_statusModule->setObjectName(QStringLiteral("statusModule"));
    m_statusToolchain = new QLabel(this);
    m_statusToolchain->setObjectName(QStringLiteral("statusToolchain"));
    for (QLabel *label : {m_statusModule, m_statusToolchain})
        label->setContentsMargins(8, 0, 8, 0);
    m_buildStatus = new BuildStatus(this);
    statusBar()->addPermanentWidget(m_buildStatus);
    statusBar()->addPermanentWidget(m_statusModule);
    statusBar()->addPermanentWidget(m_statusToolchain);
    m_statusModule->setText(tr("Module: none"));
    m_statusToolchain->setText(tr("Go toolchain: not loaded"));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(defaultSize());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray(),
                      LayoutVersion)) {
        applyDefaultDockSizes();
        m_defaultDocksPending = true; // again once shown: size hints win before that
    }
    m_views->setCurrentIndex(settings.value(QStringLiteral("window/view"), 0).toInt());
}

void MainWindow::applyDefaultDockSizes()
{
    resizeDocks({m_moduleDock}, {440}, Qt::Horizontal);
    resizeDocks({m_consoleDock}, {170}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_defaultDocksPending, false))
        QTimer::singleShot(0, this, &MainWindow::applyDefaultDockSizes);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(LayoutVersion));
    settings.setValue(QStringLiteral("window/view"), m_views->currentIndex());
}

void MainWindow::openModule(const QString &dir)
{
    if (dir.isEmpty())
        return;
    m_module->open(dir);
    const QString absolute = m_module->dir();
    RecentModules::add(absolute);
    m_recentMenu->refresh();
    m_modulePanel->showLoading(absolute);
    m_packagePanel->showLoading();
    m_toolchainPanel->showLoading();
    m_statusModule->setText(tr("Module: loading…"));
    m_toolchain->load(absolute);
}

void MainWindow::onModuleLoaded(const ModuleSnapshot &snapshot)
{
    m_modulePanel->showSnapshot(snapshot);
    m_packagePanel->showSnapshot(snapshot);
    const QString path = snapshot.parse.file.module.path;
    if (snapshot.ok()) {
        m_statusModule->setText(tr("Module: %1").arg(path));
        setWindowTitle(tr("%1 — Kiln").arg(path));
    } else if (snapshot.problem == ModuleProblem::BadGoMod && !path.isEmpty()) {
        m_statusModule->setText(tr("Module: %1 (go.mod has errors)").arg(path));
        setWindowTitle(tr("%1 — Kiln").arg(path));
    } else {
        m_statusModule->setText(tr("Module: cannot be read"));
        setWindowTitle(tr("%1 — Kiln").arg(snapshot.dir));
    }
    updateBuildActions();
}

void MainWindow::onToolchainLoaded(const ToolchainSnapshot &snapshot)
{
    m_toolchainPanel->showSnapshot(snapshot);
    m_statusToolchain->setText(snapshot.found
                                   ? tr("Go toolchain: %1").arg(snapshot.toolchain.version)
                                   : tr("Go toolchain: not found"));
    updateBuildActions();
}

QStringList MainWindow::loadFailures() const
{
    QStringList out;
    if (!m_module->hasSnapshot())
        out.append(tr("the module has not been loaded"));
    else if (!m_module->snapshot().ok())
        out.append(m_module->snapshot().errorText.isEmpty()
                       ? tr("the folder %1 does not exist").arg(m_module->snapshot().dir)
                       : m_module->snapshot().errorText);
    if (!m_toolchain->hasSnapshot())
        out.append(tr("the Go toolchain has not been loaded"));
    else if (!m_toolchain->snapshot().found)
        out.append(m_toolchain->snapshot().toolchainError);
    else if (!m_toolchain->snapshot().envOk)
        out.append(m_toolchain->snapshot().envError);
    return out;
}

void MainWindow::showOpenDialog()
{
    // open(), not exec(): no nested event loop on the GUI thread.
    auto *dialog = new QFileDialog(this, tr("Open Module"), m_module->dir());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openModule);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Kiln"),
                                tr("Kiln %1\n\nShows how the go command builds a module: its "
                                   "packages, actions, cache and timeline.")
                                    .arg(QStringLiteral(KILN_VERSION)),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_build->stop();
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!moduleDirFromUrls(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString dir = moduleDirFromUrls(event->mimeData()->urls());
    if (dir.isEmpty())
        return;
    event->acceptProposedAction();
    openModule(dir);
}

} // namespace kiln::gui
