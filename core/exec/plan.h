// Plan: the pure bookkeeping half of the build scheduler (ninja's Plan, the
// state cmd/go's Builder.Do keeps under b.exec). No threads, no clock, no
// knowledge of Go: nodes are indexes into the QList<PlanNode> it was built
// from, and a node's deps are indexes too.
//
// Contract, after cmd/go (work/exec.go Do, work/action.go actionQueue):
// - A node becomes ready when every entry of its deps has finished (a dep
//   listed twice counts twice, as go's pending = len(Deps)).
// - takeReady() hands out the ready node with the LOWEST priority first; ties
//   go to the lower index, so a replay is deterministic. The graph builder
//   sets priority to the depth-first post-order index from the root (go's
//   reason: finish higher-level actions before getting distracted by leaves).
// - Failure propagates to triggers like go's a.Failed: a node that finished
//   Failed, Skipped or Cancelled, or any node one of whose deps was failed
//   (even if its own work then succeeded), is failed().
// - A node whose dep failed still becomes ready and is still taken, but its
//   work must be skipped (skipsWork()) unless it is ignoreFail; the caller
//   then finishes it as Outcome::Skipped, which counts as a failure.
// - done() once every node has finished.
// Preconditions: deps are in range and the graph is acyclic (checkGraph);
// a node is finished exactly once, after it was taken (a cancelled build
// drains the plan by taking every ready node and finishing it Cancelled).
#pragma once

#include "base/result.h"

#include <QList>

#include <optional>
#include <queue>
#include <utility>
#include <vector>

namespace kiln::exec
{

enum class Outcome {
    Succeeded, // the work ran and succeeded (possibly from the cache)
    Failed,    // the work ran and failed
    Skipped,   // not run: a dependency failed and the node is not ignoreFail
    Cancelled, // not run, or stopped, because the build was cancelled
};

// "succeeded", "failed", "skipped", "cancelled" (for logs and tests).
const char *outcomeName(Outcome outcome);

struct PlanNode {
    QList<int> deps;               // nodes that must finish first
    int priority = 0;              // lower runs first among ready nodes
    bool ignoreFail = false;       // run the work even if a dependency failed (vet, test run)
    bool clearsDepFailure = false; // a dep's failure stops here (go's vet resets a.Failed)
};

// Checks the preconditions of Plan: every dep in range, no cycle. Errors name
// the first offending node: "node 3: dependency 7 out of range",
// "node 2: dependency cycle".
Result<void> checkGraph(const QList<PlanNode> &nodes);

class Plan
{
public:
    explicit Plan(QList<PlanNode> nodes);

    int size() const { return int(m_nodes.size()); }
    const PlanNode &node(int node) const { return m_nodes[node]; }

    // The ready node with the lowest (priority, index), removed from the
    // ready set; nullopt when none is ready right now.
    std::optional<int> takeReady();
    bool hasReady() const { return !m_ready.empty(); }

    // Records the outcome of a node, propagates failure to its triggers and
    // makes the triggers whose last dep this was ready.
    void finished(int node, Outcome outcome);

    // The nodes that became ready since the last call, in the order they
    // became ready: first the nodes without deps (index order), then, per
    // finished(), its triggers in index order. For actionReady events.
    QList<int> takeNewlyReady();

    bool done() const { return m_finishedCount == size(); }
    // Nodes taken and not yet finished.
    int running() const { return m_running; }
    // Not done, nothing ready and nothing running: only a cyclic graph gets here.
    bool stuck() const { return !done() && m_ready.empty() && m_running == 0; }

    int pending(int node) const { return m_state[node].pending; }
    bool isFinished(int node) const { return m_state[node].outcome.has_value(); }
    std::optional<Outcome> outcome(int node) const { return m_state[node].outcome; }
    // A dependency of the node has failed (go: a.Failed set by a dep).
    bool depFailed(int node) const { return m_state[node].depFailed; }
    // The node's work must not run: a dep failed and the node is not ignoreFail.
    bool skipsWork(int node) const { return depFailed(node) && !m_nodes[node].ignoreFail; }
    // go's a.Failed != nil: a dep failed, or the node finished other than Succeeded.
    bool failed(int node) const;
    // Unfinished nodes in (priority, index) order.
    QList<int> unfinished() const;

private:
    struct State {
        int pending = 0;
        bool taken = false;
        bool depFailed = false;
        std::optional<Outcome> outcome;
    };
    using Key = std::pair<int, int>; // (priority, index)

    void makeReady(int node);

    QList<PlanNode> m_nodes;
    std::vector<State> m_state;
    std::vector<QList<int>> m_triggers;
    std::priority_queue<Key, std::vector<Key>, std::greater<Key>> m_ready;
    QList<int> m_newlyReady;
    int m_finishedCount = 0;
    int m_running = 0;
};

} // namespace kiln::exec
