// The build's part of the status bar: a progress bar (finished actions of
// all actions) and, after a build, its numbers — actions run, cache hits,
// wall time and the compile time the cache saved — each explained in the
// tooltip. The saving is an estimate: a cache hit saves the tool time the
// same action ID took when it last ran for real in this session; hits Kiln
// never saw running are counted, not guessed.
#pragma once

#include "controllers/buildrun.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace kiln::gui
{

class BuildStatus : public QWidget
{
    Q_OBJECT
public:
    explicit BuildStatus(QWidget *parent = nullptr);

    void showStarting();
    void setProgress(int done, int total);
    void showOutcome(const BuildOutcome &outcome);

    QString summaryText() const;
    QProgressBar *progressBar() const { return m_progress; }

private:
    QProgressBar *m_progress;
    QLabel *m_summary;
};

} // namespace kiln::gui
