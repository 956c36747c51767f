// The cache panel's status row: while a scan or a prune runs, a progress
// bar (shards scanned of 256; files looked at of the plan's) and Cancel;
// otherwise what the scan found (entries, bytes, bytes on disk, files that
// are not entries) and the last prune's result (removed entries and bytes,
// what was skipped and why: used since the preview, gone, named again).
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace kiln::gui
{

class CacheController;
class PruneController;
struct PruneOutcome;

class CacheActivityBar : public QWidget
{
    Q_OBJECT
public:
    CacheActivityBar(CacheController *cache, PruneController *prune, QWidget *parent = nullptr);

    QAction *cancelAction() const { return m_cancel; }
    QString statusText() const;
    QString pruneText() const;
    QProgressBar *progressBar() const { return m_progress; }

    // The result of a prune in words.
    static QString describe(const PruneOutcome &outcome);

private:
    void refresh();

    CacheController *m_cache;
    PruneController *m_prune;
    QLabel *m_status;
    QLabel *m_pruneResult;
    QProgressBar *m_progress;
    QAction *m_cancel;
    QToolButton *m_stop;
};

} // namespace kiln::gui
