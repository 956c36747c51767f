// Pruning for the cache panels, in two steps as in core/cache:
//   plan(criteria)     cache::planPrune over the cache's current index, on a
//                      QtConcurrent worker (a newer plan drops an older one):
//                      the dry run the prune dialog previews; nothing on disk
//                      changes.
//   execute(proposal)  cache::executePrune of exactly that plan and the index
//                      it was made from, on a thread of the controller's own
//                      pool; progress every ProgressIntervalMs; cancel()
//                      stops it between files. When it ends the cache is
//                      scanned again, so the panels show what is left.
// A directory that stopped being a Go cache fails with the core's message.
//
// Threading: UI thread only; never blocks (the destructor cancels a running
// prune and waits for it to stop).
#pragma once

#include "cache/pruneexec.h"
#include "controllers/jobtracker.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <memory>

class QTimer;

namespace kiln::gui
{

class CacheController;
class SettleTracker;

// A plan and what it was made from.
struct PruneProposal {
    cache::CacheIndex index;
    cache::PruneCriteria criteria;
    cache::PrunePlan plan;
};

struct PlanOutcome {
    quint64 request = 0;                           // plan()'s return value
    std::shared_ptr<const PruneProposal> proposal; // null when planning failed
    QString error;
};

struct PruneOutcome {
    qint64 plannedEntries = 0, plannedBytes = 0;
    cache::PruneResult result; // valid when error is empty
    QString error;
};

class PruneController : public QObject
{
    Q_OBJECT
public:
    static constexpr int ProgressIntervalMs = 100;

    PruneController(CacheController *cache, SettleTracker *settle, QObject *parent = nullptr);
    ~PruneController() override;

    // Starts planning; returns the request's number (PlanOutcome::request).
    quint64 plan(const cache::PruneCriteria &criteria);
    // Ignored while a prune runs.
    void execute(std::shared_ptr<const PruneProposal> proposal);
    void cancel();

    bool isPlanning() const { return m_plans.isRunning(); }
    bool isPruning() const { return m_pruning; }
    const PruneOutcome &lastOutcome() const { return m_outcome; }

signals:
    void planned(const kiln::gui::PlanOutcome &outcome);
    void pruningChanged(bool pruning);
    void progressChanged(qint64 done, qint64 total);
    void finished(const kiln::gui::PruneOutcome &outcome);

private:
    struct Progress;
    void reportProgress();
    void onFinished();

    CacheController *m_cache;
    QPointer<SettleTracker> m_settle;
    JobTracker<PlanOutcome> m_plans;
    quint64 m_lastRequest = 0;
    QThreadPool m_pool;
    QFutureWatcher<PruneOutcome> m_watcher;
    QTimer *m_timer;
    std::shared_ptr<Progress> m_progress;
    bool m_pruning = false;
    PruneOutcome m_outcome;
};

} // namespace kiln::gui

Q_DECLARE_METATYPE(kiln::gui::PlanOutcome)
Q_DECLARE_METATYPE(kiln::gui::PruneOutcome)
