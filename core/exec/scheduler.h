// Scheduler: the driver half of the build scheduler (ninja's Builder,
// cmd/go's Builder.Do worker loop). It runs a Plan over a generic DAG: it
// calls a work function for each node, at most `workers` at a time, and knows
// nothing of what the work is.
//
// run() blocks until every node has finished. The calling thread does the
// bookkeeping only (the Plan, the observer calls); each work call runs on a
// thread of a QThreadPool that run() owns (never the global pool, so run()
// may itself be called from a QtConcurrent worker). Ready nodes start in
// (priority, index) order. A node whose dependency failed is not given to the
// work function unless it is ignoreFail; it finishes Skipped (go's a.Failed).
// Independent nodes keep running after a failure, as in go.
//
// workers = 1 is deterministic: the same graph and work results give the same
// calls in the same order (go uses one worker for -n). workers < 1 counts as 1.
//
// Cancellation: `cancel` (may be null) is read before each work call. Once it
// is true no new work starts; every node not yet started finishes Cancelled
// without a work call (and without an actionReady event if it had not become
// ready yet). Work already running is not interrupted: the work function is
// expected to poll the same flag and return Outcome::Cancelled promptly.
//
// Observer calls: see buildevents.h (all on the calling thread, serialized).
// The work function and the Clock are called on pool threads and must be
// thread-safe; work must not throw (an exception is caught and reported as a
// failure with a line of output, but nothing else of it survives).
#pragma once

#include "exec/buildevents.h"
#include "exec/plan.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>

namespace kiln::exec
{

struct WorkResult {
    Outcome outcome = Outcome::Succeeded; // Succeeded, Failed or Cancelled
    bool cacheHit = false;
    QByteArray output; // reported as actionOutput before actionFinished when not empty
};

// Runs the work of one node on worker slot `worker` (0..workers-1; at most one
// call per slot at a time, so a slot can own per-worker scratch state).
using WorkFn = std::function<WorkResult(int node, int worker)>;

class Scheduler
{
public:
    explicit Scheduler(Clock clock = wallClockNs);

    // Runs every node of `nodes` (see the header comment). `observer` may be
    // null. A graph that fails checkGraph() runs nothing: every node is
    // reported Cancelled and BuildSummary::graphError says why.
    BuildSummary run(const QList<PlanNode> &nodes, int workers, const WorkFn &work,
                     BuildObserver *observer, const std::atomic_bool *cancel);

private:
    Clock m_clock;
};

} // namespace kiln::exec
