#include "graph/reduction.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

namespace kiln::graph
{

namespace
{

// A fixed-size set of node indexes.
class Bits
{
public:
    explicit Bits(int size = 0) : m_words((size + 63) / 64, 0) {}
    bool has(int i) const { return (m_words[size_t(i) / 64] >> (i % 64)) & 1; }
    void set(int i) { m_words[size_t(i) / 64] |= quint64(1) << (i % 64); }
    void unite(const Bits &other)
    {
        for (size_t w = 0; w < m_words.size(); ++w)
            m_words[w] |= other.m_words[w];
    }

private:
    std::vector<quint64> m_words;
};

// Every node in DFS post-order (deps first); nullopt when there is a cycle.
std::optional<QList<int>> postOrder(const Adjacency &deps)
{
    enum : char { White, Grey, Black };
    const int n = int(deps.size());
    std::vector<char> colour(size_t(n), White);
    QList<int> order;
    order.reserve(n);
    std::vector<std::pair<int, int>> stack; // (node, next dep position)
    for (int start = 0; start < n; ++start) {
        if (colour[size_t(start)] != White)
            continue;
        stack.push_back({start, 0});
        colour[size_t(start)] = Grey;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next < deps[node].size()) {
                const int d = deps[node][next++];
                if (colour[size_t(d)] == Grey)
                    return std::nullopt;
                if (colour[size_t(d)] == White) {
                    colour[size_t(d)] = Grey;
                    stack.push_back({d, 0});
                }
                continue;
            }
            colour[size_t(node)] = Black;
            order.append(node);
            stack.pop_back();
        }
    }
    return order;
}

// Nodes reachable from start (itself excluded) along next(node).
template <typename Next> QList<int> reachable(int size, int start, Next next)
{
    QList<int> out;
    if (start < 0 || start >= size)
        return out;
    std::vector<bool> seen(size_t(size), false);
    QList<int> todo{start};
    seen[size_t(start)] = true;
    while (!todo.isEmpty()) {
        const int node = todo.takeLast();
        for (int d : next(node))
            if (!seen[size_t(d)]) {
                seen[size_t(d)] = true;
                out.append(d);
                todo.append(d);
            }
    }
    std::sort(out.begin(), out.end());
    return out;
}

Adjacency reversed(const Adjacency &deps)
{
    Adjacency users(deps.size());
    for (int u = 0; u < deps.size(); ++u)
        for (int d : deps[u])
            users[d].append(u);
    return users;
}

} // namespace

Adjacency adjacency(const ActionGraph &graph)
{
    Adjacency deps;
    deps.reserve(graph.actions.size());
    for (const Action &a : graph.actions) {
        QList<int> unique;
        for (int d : a.deps)
            if (!unique.contains(d))
                unique.append(d);
        deps.append(unique);
    }
    return deps;
}

Adjacency adjacency(int nodeCount, const QList<Edge> &edges)
{
    Adjacency deps(nodeCount);
    QSet<std::pair<int, int>> seen;
    for (const Edge &e : edges)
        if (e.from >= 0 && e.from < nodeCount && e.to >= 0 && e.to < nodeCount &&
            !seen.contains({e.from, e.to})) {
            seen.insert({e.from, e.to});
            deps[e.from].append(e.to);
        }
    return deps;
}

QList<Edge> edgeList(const Adjacency &deps)
{
    QList<Edge> edges;
    for (int u = 0; u < deps.size(); ++u)
        for (int d : deps[u])
            edges.append({u, d});
    return edges;
}

// In post-order every dep of u comes before u, and a node reachable from a
// dep d comes before d. So, walking u's deps from the latest in post-order
// to the earliest, a dep not yet covered by what the deps before it reach
// is reachable only directly: keep that edge.
QList<Edge> transitiveReduction(const Adjacency &deps)
{
    const int n = int(deps.size());
    Adjacency unique = adjacency(n, edgeList(deps));
    const auto order = postOrder(unique);
    if (!order)
        return edgeList(unique);
    std::vector<int> position(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        position[size_t((*order)[i])] = i;
    std::vector<Bits> reach(static_cast<size_t>(n));
    QList<QList<int>> kept(n);
    for (int u : *order) {
        QList<int> byLateness = unique[u];
        std::sort(byLateness.begin(), byLateness.end(),
                  [&](int a, int b) { return position[size_t(a)] > position[size_t(b)]; });
        Bits covered(n);
        QSet<int> keep;
        for (int d : byLateness) {
            if (covered.has(d))
                continue;
            keep.insert(d);
            covered.set(d);
            covered.unite(reach[size_t(d)]);
        }
        reach[size_t(u)] = std::move(covered);
        for (int d : unique[u])
            if (keep.contains(d))
                kept[u].append(d);
    }
    return edgeList(kept);
}

QList<int> dependencies(const Adjacency &deps, int node)
{
    return reachable(int(deps.size()), node, [&](int u) { return deps[u]; });
}

QList<int> dependents(const Adjacency &deps, int node)
{
    const Adjacency users = reversed(deps);
    return reachable(int(deps.size()), node, [&](int u) { return users[u]; });
}

QList<qint64> actionDurations(const QList<ActionRecord> &records)
{
    QList<qint64> out;
    out.reserve(records.size());
    for (const ActionRecord &r : records)
        out.append(r.timeStart > 0 && r.timeDone > r.timeStart ? r.timeDone - r.timeStart : 0);
    return out;
}

CriticalPath criticalPath(const Adjacency &deps, int root, const QList<qint64> &durations)
{
    const int n = int(deps.size());
    CriticalPath path;
    const auto order = postOrder(deps);
    if (root < 0 || root >= n || !order)
        return path;
    // best[u]: the longest total from u down; next[u]: the dep it continues with.
    std::vector<qint64> best(size_t(n), 0);
    std::vector<int> next(size_t(n), -1);
    for (int u : *order) {
        qint64 below = 0;
        for (int d : deps[u])
            if (next[size_t(u)] < 0 || best[size_t(d)] > below) {
                below = best[size_t(d)];
                next[size_t(u)] = d;
            }
        best[size_t(u)] = below + std::max<qint64>(0, durations.value(u));
    }
    path.totalNs = best[size_t(root)];
    for (int u = root; u >= 0; u = next[size_t(u)])
        path.nodes.append(u);
    return path;
}

PathSet pathsBetween(const Adjacency &deps, int from, int to)
{
    PathSet set;
    const int n = int(deps.size());
    if (from < 0 || from >= n || to < 0 || to >= n)
        return set;
    QList<int> below = dependencies(deps, from);
    below.append(from);
    QList<int> above = dependents(deps, to);
    above.append(to);
    const QSet<int> aboveSet(above.begin(), above.end());
    QSet<int> on;
    for (int u : below)
        if (aboveSet.contains(u))
            on.insert(u);
    if (!on.contains(from) || !on.contains(to))
        return set;
    set.nodes = QList<int>(on.begin(), on.end());
    std::sort(set.nodes.begin(), set.nodes.end());
    for (int u : set.nodes)
        for (int d : deps[u])
            if (on.contains(d))
                set.edges.append({u, d});
    // Breadth-first inside the set gives a shortest path.
    QHash<int, int> parent{{from, from}};
    QList<int> queue{from};
    for (qsizetype i = 0; i < queue.size() && !parent.contains(to); ++i)
        for (int d : deps[queue[i]])
            if (on.contains(d) && !parent.contains(d)) {
                parent.insert(d, queue[i]);
                queue.append(d);
            }
    for (int u = to;; u = parent.value(u)) {
        set.shortest.prepend(u);
        if (u == from)
            break;
    }
    return set;
}

} // namespace kiln::graph
