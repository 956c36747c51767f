#include "panels/buildstatus.h"

#include "models/actionstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace kiln::gui
{

BuildStatus::BuildStatus(QWidget *parent)
    : QWidget(parent), m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_problems(new QToolButton(this))
{
    setObjectName(QStringLiteral("buildStatus"));
    m_progress->setObjectName(QStringLiteral("buildProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m actions"));
    m_progress->setTextVisible(true);
    m_progress->setFixedWidth(180);
    m_progress->setToolTip(tr("Finished actions of all actions in the build."));
    // Plain rectangles: the Fusion style strokes diagonal stripes over the
    // bar, which Qt's raster engine fills in segments on the global thread
    // pool while the UI thread waits — on a busy machine, after every batch.
    m_progress->setStyleSheet(
        QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
                       " background: palette(base); text-align: center; }"
                       "QProgressBar::chunk { background-color: #8cc4ec; border-radius: 2px; }"));
    m_summary->setObjectName(QStringLiteral("buildSummary"));
    m_summary->setText(tr("No build yet"));
    m_problems->setObjectName(QStringLiteral("problemsButton"));
    m_problems->setAutoRaise(true);
    m_problems->setProperty("kilnValue", true); // a count: the same in every language
    m_problems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problems->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_problems->hide();
    connect(m_problems, &QToolButton::clicked, this, &BuildStatus::problemsClicked);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_problems);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
}

void BuildStatus::showStarting(BuildKind kind)
{
    m_kind = kind;
    m_progress->setRange(0, 0); // busy until the graph exists
    m_summary->setText(tr("Loading packages…"));
    m_summary->setToolTip(QString());
}

void BuildStatus::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_summary->setText(m_kind == BuildKind::Test ? tr("Testing…") : tr("Building…"));
}

void BuildStatus::showOutcome(const BuildOutcome &o)
{
    m_kind = o.kind;
    const bool test = o.kind == BuildKind::Test;
    if (!o.started) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_summary->setText(o.cancelled ? tr("Stopped")
                           : test      ? tr("Tests failed to start")
                                       : tr("Build failed to start"));
        m_summary->setToolTip(o.error);
        m_verdict.clear();
        return;
    }
    const exec::BuildSummary &s = o.summary;
    m_progress->setRange(0, qMax(1, s.actions));
    m_progress->setValue(s.actions - s.cancelled);
    m_verdict = o.cancelled                                   ? tr("Stopped")
                : test && !o.ok()                             ? tr("Tests failed")
                : test                                        ? tr("Tests passed")
                : !s.ok()                                     ? tr("Failed")
                : o.kind == BuildKind::Run && o.exitCode != 0 ? tr("Program failed")
                                                              : tr("Succeeded");
    // Only what was measured counts: "≥" when some hits were never seen running.
    QString saved = ActionStyle::duration(o.savedNs);
    if (s.cacheHits == 0)
        saved = tr("none");
    else if (o.savedUnknown == s.cacheHits)
        saved = tr("not measured");
    else if (o.savedUnknown > 0)
        saved = tr("at least %1").arg(saved);
    m_numbers = tr("actions run: %1 · cache hits: %2 · wall: %3 · saved: %4")
                    .arg(s.run)
                    .arg(s.cacheHits)
                    .arg(ActionStyle::duration(s.wallNs), saved);
    m_numbersTip =
        tr("<p><b>Actions run</b>: actions the scheduler gave to a worker (%1 of %2; %3 ran "
           "tools for %4).</p>"
           "<p><b>Cache hits</b>: actions whose result came from the build cache.</p>"
           "<p><b>Wall</b>: the wall-clock time from the start of the build to its end, "
           "without loading the packages.</p>"
           "<p><b>Saved</b>: the compile time the cache saved: for each cache hit, the tool time "
           "the same action ID took "
           "when Kiln last ran it for real in this session. %5 hits were never seen running "
           "here and are not counted; build again after a change to measure them.</p>")
            .arg(s.run)
            .arg(s.actions)
            .arg(o.rebuilt)
            .arg(ActionStyle::duration(o.toolNs))
            .arg(o.savedUnknown);
    m_summary->setText(m_verdict + QStringLiteral(" · ") + m_numbers);
    m_summary->setToolTip(m_numbersTip);
}

void BuildStatus::showTestTally(const TestTally &t)
{
    if (m_verdict.isEmpty())
        return; // the run did not start: nothing was tested
    // A test run is about its packages: they come first, the build's
    // numbers (which include the test binaries' links and the runs) after.
    m_summary->setText(tr("%1 · packages: %2 passed (%3 cached), %4 failed · %5")
                           .arg(m_verdict)
                           .arg(t.packagesPassed)
                           .arg(t.packagesCached)
                           .arg(t.packagesFailed)
                           .arg(m_numbers));
    m_summary->setToolTip(
        tr("<p><b>Packages passed, cached, failed</b>: test packages whose go test line said "
           "ok, ok with (cached) (a result replayed from the cache; counted in passed too), and "
           "FAIL. %1 packages had no test files.</p>")
            .arg(t.packagesNoTests) +
        m_numbersTip);
}

void BuildStatus::setProblemCount(int problems)
{
    // The icon and the number: the status bar has no width to spare.
    m_problems->setText(QString::number(problems));
    m_problems->setToolTip(
        tr("Problems: %1. Click to show the Problems panel (Alt+5).").arg(problems));
    m_problems->setVisible(problems > 0);
}

QString BuildStatus::summaryText() const
{
    return m_summary->text();
}

} // namespace kiln::gui
