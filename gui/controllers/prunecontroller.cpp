#include "controllers/prunecontroller.h"

#include "controllers/cachecontroller.h"
#include "controllers/settletracker.h"

#include <QDateTime>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace kiln::gui
{

// Shared with the prune's worker: its cancel flag and how far it got.
struct PruneController::Progress {
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0}, total{0};
};

namespace
{

PlanOutcome makePlan(quint64 request, const cache::CacheIndex &index,
                     const cache::PruneCriteria &criteria, qint64 nowNs)
{
    PlanOutcome out;
    out.request = request;
    auto plan = cache::planPrune(index, criteria, nowNs);
    if (!plan) {
        out.error = plan.error().toString();
        return out;
    }
    out.proposal = std::make_shared<const PruneProposal>(PruneProposal{index, criteria, *plan});
    return out;
}

} // namespace

PruneController::PruneController(CacheController *cache, SettleTracker *settle, QObject *parent)
    : QObject(parent), m_cache(cache), m_settle(settle), m_plans(this, settle),
      m_timer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_timer->setInterval(ProgressIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PruneController::reportProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PruneController::onFinished);
}

PruneController::~PruneController()
{
    if (m_progress)
        m_progress->cancel.store(true);
    m_watcher.disconnect(this);
    m_pool.waitForDone();
    if (m_pruning && m_settle)
        m_settle->end();
}

quint64 PruneController::plan(const cache::PruneCriteria &criteria)
{
    const quint64 request = ++m_lastRequest;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    m_plans.start([request, index = m_cache->index(), criteria,
                   now] { return makePlan(request, index, criteria, now); },
                  [this](const PlanOutcome &outcome) { emit planned(outcome); });
    return request;
}

void PruneController::execute(std::shared_ptr<const PruneProposal> proposal)
{
    if (m_pruning || !proposal)
        return;
    m_pruning = true;
    m_progress = std::make_shared<Progress>();
    m_progress->total = proposal->plan.removals.size();
    if (m_settle)
        m_settle->begin();
    emit pruningChanged(true);
    reportProgress();
    m_timer->start();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [proposal, progress = m_progress] {
        PruneOutcome out;
        out.plannedEntries = proposal->plan.removeEntries;
        out.plannedBytes = proposal->plan.removeBytes;
        cache::PruneRunOptions options;
        options.cancel = &progress->cancel;
        options.progress = [progress](qint64 done, qint64 total) {
            progress->done = done;
            progress->total = total;
        };
        auto result = cache::executePrune(proposal->index, proposal->plan, options);
        if (result)
            out.result = std::move(*result);
        else
            out.error = result.error().toString();
        return out;
    }));
}

void PruneController::cancel()
{
    if (m_pruning && m_progress)
        m_progress->cancel.store(true);
}

void PruneController::reportProgress()
{
    if (m_progress)
        emit progressChanged(m_progress->done, m_progress->total);
}

void PruneController::onFinished()
{
    m_timer->stop();
    reportProgress();
    m_outcome = m_watcher.result();
    m_pruning = false;
    m_progress.reset();
    emit pruningChanged(false);
    emit finished(m_outcome);
    m_cache->rescan();
    if (m_settle)
        m_settle->end();
}

} // namespace kiln::gui
