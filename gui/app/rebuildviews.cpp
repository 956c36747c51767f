#include "app/rebuildviews.h"

#include "app/buildactions.h"
#include "app/mainwindow.h"
#include "controllers/buildcontroller.h"
#include "controllers/modulecontroller.h"
#include "controllers/toolchaincontroller.h"
#include "models/rebuildstyle.h"
#include "panels/comparebuildsdialog.h"
#include "panels/inspectorpanel.h"
#include "views/graphview.h"

#include <QAction>
#include <QMenu>

namespace kiln::gui
{

RebuildViews::RebuildViews(MainWindow *window, QMenu *buildMenu)
    : QObject(window), m_window(window),
      m_explainer(new RebuildExplainer(window->settleTracker(), this))
{
    QAction *compare =
        buildMenu->addAction(tr("Com&pare Builds…"), this, [this] { showCompareDialog(); });
    compare->setObjectName(QStringLiteral("compareBuildsAction"));
    compare->setStatusTip(tr("Compare two recorded builds of the module: actions added, "
                             "removed, rebuilt, and their cache key inputs side by side."));
    BuildController *build = window->buildController();
    connect(build, &BuildController::started, this, &RebuildViews::onBuildStarted);
    // go build's finishBuild and go test's finishTest both record the build.
    connect(build, &BuildController::finished, this,
            [this](const BuildOutcome &outcome) { onBuildFinished(outcome.started); });
    connect(m_explainer, &RebuildExplainer::explained, this, &RebuildViews::onExplained);
}

HistoryInput RebuildViews::historyInput() const
{
    HistoryInput in;
    ToolchainController *toolchain = m_window->toolchainController();
    if (toolchain->hasSnapshot() && toolchain->snapshot().found)
        in.toolchain = toolchain->snapshot().toolchain;
    in.environment =
        m_window->buildActions()->settings().applyTo(m_window->buildController()->environment());
    in.moduleDir = m_window->moduleController()->dir();
    return in;
}

CompareBuildsDialog *RebuildViews::showCompareDialog()
{
    if (!m_dialog) {
        m_dialog = new CompareBuildsDialog(m_explainer, historyInput(), m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_dialog->reload();
    }
    m_dialog->show();
    m_dialog->raise();
    return m_dialog;
}

void RebuildViews::onBuildStarted()
{
    m_pendingStart = 0; // setGraph and setBuild cleared the old reasons
}

void RebuildViews::onBuildFinished(bool started)
{
    if (!started)
        return;
    const BuildStart &start = m_window->buildController()->buildStart();
    m_pendingStart = start.startNs;
    m_explainer->explainLatest(historyInput(), start.startNs);
}

void RebuildViews::onExplained(const RebuildReport &report)
{
    const BuildStart &start = m_window->buildController()->buildStart();
    if (m_pendingStart == 0 || start.startNs != m_pendingStart)
        return; // a newer build started meanwhile
    m_pendingStart = 0;
    if (!report.error.isEmpty()) {
        m_window->graphView()->setRebuildReasons({});
        m_window->inspectorPanel()->setRebuildReasons({}, report.error);
        return;
    }
    const QList<std::optional<explain::ActionExplanation>> reasons =
        explanationsFor(start, report.explanation);
    QList<std::optional<GraphRebuildReason>> marks;
    marks.reserve(reasons.size());
    for (const auto &r : reasons)
        marks.append(r ? std::optional(GraphRebuildReason{r->verdict, RebuildStyle::summary(*r)})
                       : std::nullopt);
    m_window->graphView()->setRebuildReasons(marks);
    m_window->inspectorPanel()->setRebuildReasons(reasons);
}

RebuildViews *addRebuildViews(MainWindow *window, QMenu *buildMenu)
{
    return new RebuildViews(window, buildMenu);
}

} // namespace kiln::gui
