// The display filters of reduction.h: which actions a view shows and how
// hidden ones still connect the shown ones.
#include "graph/reduction.h"

#include <QSet>

#include <algorithm>

namespace kiln::graph
{

namespace
{

bool inStd(const load::Package &p)
{
    // go's `std` pattern: the standard library, not the commands under cmd/.
    return p.standard && p.importPath != QLatin1String("cmd") &&
           !p.importPath.startsWith(QLatin1String("cmd/"));
}

bool inSubset(ActionFlags flags, ActionSubset subset)
{
    switch (subset) {
    case ActionSubset::All:
        return true;
    case ActionSubset::FailedOnly:
        return flags.testFlag(ActionFlag::Failed);
    case ActionSubset::RebuiltOnly:
        return flags.testFlag(ActionFlag::Rebuilt);
    }
    return true;
}

// The shown nodes reachable from action u through hidden actions only, in
// breadth-first order from u's deps (so with nothing hidden they come in
// go's deps order).
QList<int> shownTargets(const Adjacency &deps, const QList<int> &nodeOf, int u)
{
    QList<int> targets;
    QSet<int> seen;
    QList<int> queue = deps[u];
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const int d = queue[i];
        if (seen.contains(d))
            continue;
        seen.insert(d);
        if (nodeOf[d] >= 0)
            targets.append(nodeOf[d]);
        else
            queue.append(deps[d]);
    }
    return targets;
}

} // namespace

QList<ActionFlags> actionFlags(const ActionGraph &graph, const load::LoadResult &load,
                               const QList<ActionRecord> &records)
{
    QList<ActionFlags> flags(graph.actions.size());
    for (int i = 0; i < graph.actions.size(); ++i) {
        const int pkg = graph.actions[i].package;
        if (pkg >= 0 && pkg < load.packages.size() && inStd(load.packages[pkg]))
            flags[i] |= ActionFlag::Standard;
        if (i < records.size()) {
            if (records[i].failed)
                flags[i] |= ActionFlag::Failed;
            if (!records[i].cacheHit && !records[i].cmds.isEmpty())
                flags[i] |= ActionFlag::Rebuilt;
        }
    }
    return flags;
}

DisplayGraph displayGraph(const Adjacency &deps, const QList<ActionFlags> &flags,
                          const DisplayFilter &filter)
{
    const int n = int(deps.size());
    DisplayGraph out;
    out.nodeOfAction.fill(-1, n);
    QList<int> grouped;
    for (int a = 0; a < n; ++a) {
        const ActionFlags f = flags.value(a);
        if (!inSubset(f, filter.subset))
            continue;
        if (f.testFlag(ActionFlag::Standard) && filter.std == StdDisplay::Hide)
            continue;
        if (f.testFlag(ActionFlag::Standard) && filter.std == StdDisplay::Collapse) {
            grouped.append(a);
            continue;
        }
        out.nodeOfAction[a] = int(out.nodes.size());
        out.nodes.append(DisplayNode{a, {a}});
    }
    if (!grouped.isEmpty()) {
        for (int a : grouped)
            out.nodeOfAction[a] = int(out.nodes.size());
        out.nodes.append(DisplayNode{-1, grouped});
    }

    QList<Edge> edges;
    for (int a = 0; a < n; ++a) {
        const int from = out.nodeOfAction[a];
        if (from < 0)
            continue;
        for (int to : shownTargets(deps, out.nodeOfAction, a))
            if (to != from)
                edges.append({from, to});
    }
    out.edges = transitiveReduction(adjacency(int(out.nodes.size()), edges));
    return out;
}

} // namespace kiln::graph
