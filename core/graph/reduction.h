// Graph algorithms for showing an action graph: transitive reduction, the
// critical path, the paths that explain why a node is in the graph, and the
// display filters (std hidden or collapsed, only failed, only rebuilt).
//
// Everything works on plain dependency lists (Adjacency: deps[i] = the nodes
// node i depends on, indexes into the same list), so it serves an
// ActionGraph, go's -debug-actiongraph JSON and generated test graphs alike.
// An Edge always points from the dependent to its dependency.
//
// Go's graphs are dense (a link depends on every package in the binary, a
// build on all its direct imports): cmd/go has 3 340 edges and only 727 in
// its reduction, which is what a layout can draw. Reduction keeps
// reachability, so "depends on, directly or not" is answered the same on
// both; the full dependency set of a node comes from dependencies().
//
// All functions are pure and thread-safe. Cost: reduction needs one bit per
// node pair (n²/8 bytes: 3 MB at 5 000 nodes).
#pragma once

#include "graph/actiongraph.h"
#include "graph/actionrecord.h"

#include <QFlags>
#include <QList>

namespace kiln::graph
{

// from depends on to.
struct Edge {
    int from = -1;
    int to = -1;
    friend bool operator==(const Edge &, const Edge &) = default;
};

using Adjacency = QList<QList<int>>;

// Each action's deps, duplicates removed (first occurrence kept).
Adjacency adjacency(const ActionGraph &graph);
// Deps lists of nodeCount nodes from edges, in edge order, without duplicates.
Adjacency adjacency(int nodeCount, const QList<Edge> &edges);
QList<Edge> edgeList(const Adjacency &deps);

// The transitive reduction: the edges u→v for which no other path u→…→v
// exists. Unique for a DAG. Ordered by from, then in u's deps order. A graph
// with a cycle is returned unreduced (all edges, duplicates removed): go's
// graphs have none, and a partial reduction could lose reachability.
QList<Edge> transitiveReduction(const Adjacency &deps);

// The full dependency set: every node reachable from node (itself
// excluded), ascending. dependents(): every node that reaches node.
QList<int> dependencies(const Adjacency &deps, int node);
QList<int> dependents(const Adjacency &deps, int node);

// The longest chain below root by summed duration (root first, then the
// dependency it waited on longest, down to a leaf): the part of the build
// that more workers cannot shorten. Ties go to the earlier dep. Nodes with
// no duration count 0. Empty when root is out of range or the graph has a
// cycle below root.
struct CriticalPath {
    QList<int> nodes;
    qint64 totalNs = 0;
};
CriticalPath criticalPath(const Adjacency &deps, int root, const QList<qint64> &durations);
// Per record: timeDone - timeStart (ns), 0 for actions that never ran.
QList<qint64> actionDurations(const QList<ActionRecord> &records);

// "Why is this package here": every node and edge lying on some path from
// `from` down to `to`, and one shortest such path. Empty when to is not
// reachable from from.
struct PathSet {
    QList<int> nodes; // ascending
    QList<Edge> edges;
    QList<int> shortest; // from … to
};
PathSet pathsBetween(const Adjacency &deps, int from, int to);

// What the filters need to know about each action.
enum class ActionFlag {
    Standard = 0x1, // its package is in go's `std` (standard library, not cmd/…)
    Failed = 0x2,   // its work failed
    Rebuilt = 0x4,  // it ran a tool (not a cache hit)
};
Q_DECLARE_FLAGS(ActionFlags, ActionFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ActionFlags)

// records may be empty (nothing ran yet) or one per action.
QList<ActionFlags> actionFlags(const ActionGraph &graph, const load::LoadResult &load,
                               const QList<ActionRecord> &records);

enum class StdDisplay { Show, Hide, Collapse };
enum class ActionSubset { All, FailedOnly, RebuiltOnly };
struct DisplayFilter {
    StdDisplay std = StdDisplay::Show;
    ActionSubset subset = ActionSubset::All;
};

// A node of a display graph: one action, or the group standing for every
// shown std action (action -1).
struct DisplayNode {
    int action = -1;
    QList<int> members; // the actions it stands for, ascending
    bool isGroup() const { return action < 0; }
};

// The graph to lay out. The subset selects the actions; std actions among
// them are shown, hidden or merged into one group node. Two shown nodes are
// joined when a path of hidden actions (or none) leads from one to the
// other, so hiding keeps "depends on"; the edges are then reduced. Nodes are
// in action order, the group node (if any) last.
struct DisplayGraph {
    QList<DisplayNode> nodes;
    QList<Edge> edges;       // node indexes, transitively reduced
    QList<int> nodeOfAction; // per action: its node, -1 when hidden
};
DisplayGraph displayGraph(const Adjacency &deps, const QList<ActionFlags> &flags,
                          const DisplayFilter &filter);

} // namespace kiln::graph
