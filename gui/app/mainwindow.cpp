#include "app/mainwindow.h"

#include "app/dropdir.h"
#include "app/recentmenu.h"
#include "app/recentmodules.h"
#include "controllers/modulecontroller.h"
#include "controllers/settletracker.h"
#include "controllers/toolchaincontroller.h"
#include "panels/modulepanel.h"
#include "panels/packagepanel.h"
#include "panels/toolchainpanel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace kiln::gui
{

namespace
{

// Bump when the dock layout changes incompatibly: restoreState() then
// ignores the old saved state instead of misplacing panels.
constexpr int LayoutVersion = 1;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settle(new SettleTracker(this)),
      m_module(new ModuleController(m_settle, this)),
      m_toolchain(new ToolchainController(m_settle, this)), m_views(new QTabWidget(this)),
      m_packagePanel(new PackagePanel), m_modulePanel(new ModulePanel),
      m_toolchainPanel(new ToolchainPanel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kiln"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_packagePanel, tr("Packages"));
    setCentralWidget(m_views);
    m_moduleDock = addPanelDock(m_modulePanel, tr("Module"), QStringLiteral("moduleDock"),
                                Qt::LeftDockWidgetArea);
    m_toolchainDock = addPanelDock(m_toolchainPanel, tr("Go Toolchain"),
                                   QStringLiteral("toolchainDock"), Qt::BottomDockWidgetArea);
    createMenus();
    createStatusBar();
    restoreLayout();

    connect(m_module, &ModuleController::loaded, this, &MainWindow::onModuleLoaded);
    connect(m_toolchain, &ToolchainController::loaded, this, &MainWindow::onToolchainLoaded);
    connect(m_settle, &SettleTracker::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Loading…"));
        else
            statusBar()->clearMessage();
    });
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
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *moduleToggle = m_moduleDock->toggleViewAction();
    moduleToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *toolchainToggle = m_toolchainDock->toggleViewAction();
    toolchainToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(moduleToggle);
    view->addAction(toolchainToggle);
    view->addSeparator();
    QAction *filter = view->addAction(tr("&Filter Packages"), this, [this] {
        m_views->setCurrentWidget(m_packagePanel);
        m_packagePanel->findChild<QWidget *>(QStringLiteral("packageFilter"))->setFocus();
    });
    filter->setObjectName(QStringLiteral("filterPackagesAction"));
    filter->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kiln"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_statusModule = new QLabel(this);
    m_statusModule->setObjectName(QStringLiteral("statusModule"));
    m_statusToolchain = new QLabel(this);
    m_statusToolchain->setObjectName(QStringLiteral("statusToolchain"));
    for (QLabel *label : {m_statusModule, m_statusToolchain})
        label->setContentsMargins(8, 0, 8, 0);
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
        resizeDocks({m_moduleDock}, {400}, Qt::Horizontal);
        resizeDocks({m_toolchainDock}, {340}, Qt::Vertical);
    }
    m_views->setCurrentIndex(settings.value(QStringLiteral("window/view"), 0).toInt());
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
}

void MainWindow::onToolchainLoaded(const ToolchainSnapshot &snapshot)
{
    m_toolchainPanel->showSnapshot(snapshot);
    m_statusToolchain->setText(snapshot.found
                                   ? tr("Go toolchain: %1").arg(snapshot.toolchain.version)
                                   : tr("Go toolchain: not found"));
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
