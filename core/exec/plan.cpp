#include "exec/plan.h"

#include <QtGlobal>

#include <algorithm>

namespace kiln::exec
{

const char *outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return "succeeded";
    case Outcome::Failed:
        return "failed";
    case Outcome::Skipped:
        return "skipped";
    case Outcome::Cancelled:
        return "cancelled";
    }
    return "?";
}

Result<void> checkGraph(const QList<PlanNode> &nodes)
{
    const int n = int(nodes.size());
    for (int i = 0; i < n; ++i) {
        for (int d : nodes[i].deps) {
            if (d < 0 || d >= n)
                return fail(QStringLiteral("node %1: dependency %2 out of range").arg(i).arg(d));
        }
    }
    // Iterative depth-first search; a dep that is still on the stack closes a
    // cycle, and that dep is a node of the cycle.
    enum Color : char { White, Grey, Black };
    std::vector<Color> color(n, White);
    std::vector<std::pair<int, int>> stack; // (node, next dep position)
    for (int root = 0; root < n; ++root) {
        if (color[root] != White)
            continue;
        color[root] = Grey;
        stack.push_back({root, 0});
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next == nodes[node].deps.size()) {
                color[node] = Black;
                stack.pop_back();
                continue;
            }
            const int d = nodes[node].deps[next++];
            if (color[d] == Grey)
                return fail(QStringLiteral("node %1: dependency cycle").arg(d));
            if (color[d] == White) {
                color[d] = Grey;
                stack.push_back({d, 0});
            }
        }
    }
    return {};
}

Plan::Plan(QList<PlanNode> nodes)
    : m_nodes(std::move(nodes)), m_state(m_nodes.size()), m_triggers(m_nodes.size())
{
    for (int i = 0; i < size(); ++i) {
        for (int d : m_nodes[i].deps) {
            Q_ASSERT(d >= 0 && d < size());
            m_triggers[d].append(i);
        }
        m_state[i].pending = int(m_nodes[i].deps.size());
    }
    for (int i = 0; i < size(); ++i) {
        if (m_state[i].pending == 0)
            makeReady(i);
    }
}

void Plan::makeReady(int node)
{
    m_ready.push({m_nodes[node].priority, node});
    m_newlyReady.append(node);
}

std::optional<int> Plan::takeReady()
{
    if (m_ready.empty())
        return std::nullopt;
    const int node = m_ready.top().second;
    m_ready.pop();
    m_state[node].taken = true;
    ++m_running;
    return node;
}

void Plan::finished(int node, Outcome outcome)
{
    State &s = m_state[node];
    Q_ASSERT(s.taken && !s.outcome);
    Q_ASSERT(outcome != Outcome::Succeeded || !skipsWork(node));
    s.outcome = outcome;
    --m_running;
    ++m_finishedCount;
    const bool propagate = failed(node);
    for (int t : m_triggers[node]) {
        State &ts = m_state[t];
        if (propagate)
            ts.depFailed = true;
        if (--ts.pending == 0)
            makeReady(t);
    }
}

QList<int> Plan::takeNewlyReady()
{
    return std::exchange(m_newlyReady, {});
}

bool Plan::failed(int node) const
{
    const State &s = m_state[node];
    return (s.depFailed && !m_nodes[node].clearsDepFailure) ||
           (s.outcome && *s.outcome != Outcome::Succeeded);
}

QList<int> Plan::unfinished() const
{
    QList<int> out;
    for (int i = 0; i < size(); ++i) {
        if (!m_state[i].outcome)
            out.append(i);
    }
    std::sort(out.begin(), out.end(), [this](int a, int b) {
        return Key{m_nodes[a].priority, a} < Key{m_nodes[b].priority, b};
    });
    return out;
}

} // namespace kiln::exec
