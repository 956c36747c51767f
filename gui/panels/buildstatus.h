// The build's part of the status bar: a progress bar (finished actions of
// all actions) and, after a build, its numbers — actions run, cache hits,
// wall time and the compile time the cache saved — each explained in the
// tooltip. The saving is an estimate: a cache hit saves the tool time the
// same action ID took when it last ran for real in this session; hits Kiln
// never saw running are counted, not guessed. A button counts the problems
// of the last build (hidden when there are none); clicking it asks for the
// Problems panel. A test run says "Testing…" while it runs and ends with
// its packages — passed, failed, replayed from the cache (showTestTally(),
// after showOutcome()) — before the actions run, cache hits and wall time.
#pragma once

#include "controllers/buildrun.h"
#include "models/testresultsmodel.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace kiln::gui
{

class BuildStatus : public QWidget
{
    Q_OBJECT
public:
    explicit BuildStatus(QWidget *parent = nullptr);

    void showStarting(BuildKind kind);
    void setProgress(int done, int total);
    void showOutcome(const BuildOutcome &outcome);
    void setProblemCount(int problems);
    // After showOutcome() of a test run.
    void showTestTally(const TestTally &tally);

    QString summaryText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *problemsButton() const { return m_problems; }

signals:
    void problemsClicked();

private:
    QProgressBar *m_progress;
    QLabel *m_summary;
    QToolButton *m_problems;
    BuildKind m_kind = BuildKind::Build;
    QString m_verdict; // the last outcome's first word(s): "Tests failed", "Succeeded" …
    QString m_numbers; // the last outcome's numbers after the verdict
    QString m_numbersTip;
};

} // namespace kiln::gui
