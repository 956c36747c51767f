#include "exec/scheduler.h"

#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace kiln::exec
{

namespace
{

// What a pool thread hands back to the calling thread.
struct Completion {
    int node = -1;
    WorkResult result;
    qint64 doneNs = 0;
};

// One run(): the Plan and the observer are touched only on the calling
// thread; pool threads touch only m_work, m_clock and the completion queue.
class Run
{
public:
    Run(const QList<PlanNode> &nodes, int workers, const WorkFn &work, const Clock &clock,
        BuildObserver *observer, const std::atomic_bool *cancel)
        : m_plan(nodes), m_work(work), m_clock(clock), m_observer(observer), m_cancel(cancel),
          m_reports(nodes.size()), m_busy(workers, false)
    {
        m_summary.actions = int(nodes.size());
        m_pool.setMaxThreadCount(workers);
    }

    BuildSummary exec();

private:
    // Latches: once the flag was seen set, the run stays cancelled.
    bool cancelled()
    {
        m_cancelled = m_cancelled || (m_cancel && m_cancel->load());
        return m_cancelled;
    }
    int freeSlot() const;
    void reportReady();
    void startReady();
    void start(int node, int slot);
    void drainCancelled();
    void waitAndFinish();
    void finish(int node, const ActionReport &report);

    Plan m_plan;
    const WorkFn &m_work;
    const Clock &m_clock;
    BuildObserver *m_observer;
    const std::atomic_bool *m_cancel;
    bool m_cancelled = false;
    std::vector<ActionReport> m_reports;
    std::vector<bool> m_busy; // worker slots
    BuildSummary m_summary;

    // std primitives rather than QMutex/QWaitCondition so ThreadSanitizer
    // can follow the hand-over (it does not see into libQt6Core).
    std::mutex m_mutex; // guards m_done
    std::condition_variable m_doneChanged;
    std::deque<Completion> m_done;
    QThreadPool m_pool; // last: destroyed (joined) first
};

BuildSummary Run::exec()
{
    const qint64 begin = m_clock();
    reportReady();
    while (!m_plan.done()) {
        if (cancelled())
            drainCancelled();
        else
            startReady();
        if (m_plan.running() > 0) {
            waitAndFinish();
            continue;
        }
        // Nothing runs: either a cancel arrived while startReady() finished
        // skipped nodes (drain on the next pass), or the plan is done. Only a
        // cycle could leave it stuck, and checkGraph() refused those.
        Q_ASSERT(!m_plan.stuck());
        if (m_plan.stuck())
            break;
    }
    m_pool.waitForDone();
    m_summary.wallNs = m_clock() - begin;
    m_observer->buildFinished(m_summary);
    return m_summary;
}

int Run::freeSlot() const
{
    for (size_t i = 0; i < m_busy.size(); ++i) {
        if (!m_busy[i])
            return int(i);
    }
    return -1;
}

// Reports the nodes that became ready; after a cancel they are drained
// without a Ready event.
void Run::reportReady()
{
    for (int node : m_plan.takeNewlyReady()) {
        if (cancelled()) // the observer may cancel from actionReady
            return;
        const qint64 now = m_clock();
        m_reports[node].readyNs = now;
        m_observer->actionReady(node, now);
    }
}

// Starts ready nodes while a worker slot is free. Nodes that skip their work
// need no slot: they finish here and may make more nodes ready.
void Run::startReady()
{
    for (int slot = freeSlot(); slot >= 0 && m_plan.hasReady() && !cancelled(); slot = freeSlot()) {
        const int node = *m_plan.takeReady();
        if (m_plan.skipsWork(node)) {
            ActionReport r = m_reports[node];
            r.outcome = Outcome::Skipped;
            r.doneNs = m_clock();
            finish(node, r);
            continue;
        }
        start(node, slot);
    }
}

void Run::start(int node, int slot)
{
    m_busy[slot] = true;
    ActionReport &r = m_reports[node];
    r.worker = slot;
    r.startNs = m_clock();
    ++m_summary.run;
    m_observer->actionStarted(node, slot, r.startNs);
    m_pool.start([this, node, slot] {
        Completion c{node, {}, 0};
        try {
            c.result = m_work(node, slot);
        } catch (...) {
            c.result = {Outcome::Failed, false,
                        QByteArrayLiteral("kiln: work threw an exception\n")};
        }
        c.doneNs = m_clock();
        std::lock_guard lock(m_mutex);
        m_done.push_back(std::move(c));
        m_doneChanged.notify_one();
    });
}

// After a cancel: every node that is ready now finishes Cancelled without
// work; its triggers follow once all their deps are done.
void Run::drainCancelled()
{
    while (const std::optional<int> node = m_plan.takeReady()) {
        ActionReport r = m_reports[*node];
        r.outcome = Outcome::Cancelled;
        r.doneNs = m_clock();
        finish(*node, r);
    }
}

// Blocks until at least one work call has returned, then finishes every
// returned node.
void Run::waitAndFinish()
{
    std::deque<Completion> done;
    {
        std::unique_lock lock(m_mutex);
        m_doneChanged.wait(lock, [this] { return !m_done.empty(); });
        done.swap(m_done);
    }
    for (Completion &c : done) {
        ActionReport r = m_reports[c.node];
        m_busy[r.worker] = false;
        r.outcome = c.result.outcome;
        r.cacheHit = c.result.cacheHit;
        r.doneNs = c.doneNs;
        if (!c.result.output.isEmpty())
            m_observer->actionOutput(c.node, c.result.output);
        finish(c.node, r);
    }
}

void Run::finish(int node, const ActionReport &report)
{
    m_reports[node] = report;
    m_plan.finished(node, report.outcome);
    switch (report.outcome) {
    case Outcome::Succeeded:
        ++m_summary.succeeded;
        m_summary.cacheHits += report.cacheHit ? 1 : 0;
        break;
    case Outcome::Failed:
        ++m_summary.failed;
        break;
    case Outcome::Skipped:
        ++m_summary.skipped;
        break;
    case Outcome::Cancelled:
        ++m_summary.cancelled;
        break;
    }
    m_observer->actionFinished(node, report);
    reportReady();
}

} // namespace

Scheduler::Scheduler(Clock clock) : m_clock(std::move(clock)) {}

BuildSummary Scheduler::run(const QList<PlanNode> &nodes, int workers, const WorkFn &work,
                            BuildObserver *observer, const std::atomic_bool *cancel)
{
    BuildObserver silent;
    if (!observer)
        observer = &silent;
    if (const Result<void> ok = checkGraph(nodes); !ok) {
        BuildSummary s;
        s.actions = s.cancelled = int(nodes.size());
        s.graphError = ok.error().toString();
        for (int i = 0; i < nodes.size(); ++i)
            observer->actionFinished(i, ActionReport{Outcome::Cancelled, false, -1, -1, -1, -1});
        observer->buildFinished(s);
        return s;
    }
    Run r(nodes, std::max(workers, 1), work, m_clock, observer, cancel);
    return r.exec();
}

} // namespace kiln::exec
