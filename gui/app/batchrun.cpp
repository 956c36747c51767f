#include "app/batchrun.h"

#include "app/mainwindow.h"
#include "controllers/actionselection.h"
#include "controllers/buildcontroller.h"
#include "controllers/settletracker.h"
#include "panels/problemspanel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace kiln::gui
{

namespace
{

// After the last result reaches the models, let the views lay out and paint
// (column sizes, tree expansion) before grabbing.
constexpr int PaintDelayMs = 200;

} // namespace

BatchRun::BatchRun(MainWindow *window, const CommandLine &commandLine, QObject *parent)
    : QObject(parent), m_window(window), m_commandLine(commandLine)
{
}

void BatchRun::start()
{
    connect(m_window->settleTracker(), &SettleTracker::settled, this, &BatchRun::onSettled);
    if (m_window->settleTracker()->isSettled())
        onSettled();
}

void BatchRun::onSettled()
{
    if (m_commandLine.onOpen != OnOpen::Nothing && !m_buildStarted) {
        m_buildStarted = true;
        m_window->startBuild(m_commandLine.onOpen == OnOpen::Test ? BuildKind::Test
                                                                  : BuildKind::Build);
        if (m_window->buildController()->isRunning())
            return; // the build's own settle comes later
    }
    showView();
    QTimer::singleShot(PaintDelayMs, this, [this] {
        // New work may have started in the meantime; its settle comes later.
        if (m_window->settleTracker()->isSettled())
            complete();
    });
}

void BatchRun::complete()
{
    if (m_done)
        return;
    m_done = true;
    bool ok = true;
    if (!m_commandLine.screenshotPath.isEmpty())
        ok = saveScreenshot();
    QStringList failures = m_window->loadFailures();
    if (m_buildStarted) {
        const BuildController *build = m_window->buildController();
        if (!build->hasOutcome())
            failures.append(tr("the build did not start"));
        else if (!build->lastOutcome().ok() && build->lastOutcome().kind == BuildKind::Test &&
                 build->lastOutcome().error.isEmpty())
            failures.append(tr("the tests failed"));
        else if (!build->lastOutcome().ok())
            failures.append(build->lastOutcome().error.isEmpty()
                                ? tr("the build failed")
                                : tr("the build failed: %1").arg(build->lastOutcome().error));
    }
    for (const QString &failure : failures)
        fprintf(stderr, "kiln: %s\n", qPrintable(failure));
    emit finished(ok && failures.isEmpty() ? 0 : 1);
}

void BatchRun::showView()
{
    const QString view = m_commandLine.view;
    QTabWidget *tabs = m_window->views();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName().startsWith(view) && !view.isEmpty())
            tabs->setCurrentIndex(i);
    if (auto *dock = m_window->findChild<QDockWidget *>(view + QStringLiteral("Dock"));
        dock && !view.isEmpty()) {
        dock->show();
        dock->raise();
    }
    // A built window shows something in the inspector: the first problem's
    // action when the build failed, else the slowest action.
    const BuildController *build = m_window->buildController();
    if (m_buildStarted && m_window->actionSelection()->current() < 0 &&
        m_window->problemsPanel()->count() > 0)
        m_window->problemsPanel()->nextAction()->trigger();
    if (m_buildStarted && m_window->actionSelection()->current() < 0) {
        int slowest = -1;
        qint64 longest = -1;
        for (qsizetype a = 0; a < build->runs().size(); ++a) {
            const ActionRun &r = build->runs()[a];
            if (r.finished() && r.startNs > 0 && r.doneNs - r.startNs > longest) {
                longest = r.doneNs - r.startNs;
                slowest = int(a);
            }
        }
        m_window->actionSelection()->select(slowest);
    }
}

bool BatchRun::saveScreenshot()
{
    const QString path = QFileInfo(m_commandLine.screenshotPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_window->grab().save(path)) {
        fprintf(stderr, "kiln: cannot write screenshot %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace kiln::gui
