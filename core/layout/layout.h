// Graph layout with Graphviz's `dot` (cgraph + gvc linked as libraries; the
// dot program is never run), behind a value-in/value-out call:
//
//   LayoutInput {nodes: id, label, size in px; edges: node index → node index}
//     └─ layoutGraph ─► Layout {node rects, edge paths, bounding box} in px
//
// Coordinates are Qt's: origin at the top-left of the bounding box, y down,
// 1 px = 1/96 in (Graphviz works in points, 1/72 in, y up; both are
// converted here). Node sizes are the caller's (Kiln draws its own labels),
// so Graphviz never measures text.
//
// Threading: callable from any thread. Graphviz keeps global state and is
// not thread-safe, so every layout holds one process-wide mutex; while it
// runs, the calling thread's numeric locale is "C" (Graphviz formats and
// parses numbers with printf/strtod, which a locale with a decimal comma
// would break). The switch is per thread (uselocale), so the GUI thread's
// locale never changes under it.
//
// Cost: dot's ranking, crossing minimisation and x placement grow fast with
// the graph (and with edges spanning many ranks); tuningFor() lowers dot's
// iteration limits and drops spline routing as graphs grow. Lay out reduced
// graphs (graph/reduction.h): cmd/go's full action graph takes minutes.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <optional>

namespace kiln::layout
{

struct LayoutNode {
    QString id;    // unique; names the node in dotText()
    QString label; // dotText() only: the layout uses size
    QSizeF size;   // px
};

// Drawn from → to; with TopToBottom, from is placed above to.
struct LayoutEdge {
    int from = -1;
    int to = -1;
};

enum class Direction { TopToBottom, LeftToRight };

// dot's iteration limits and edge routing; "" leaves dot's default.
//   nslimit   network simplex iterations for x placement, × node count
//   nslimit1  the same for ranking
//   mclimit   crossing-minimisation passes, × dot's default (24 iterations)
//   splines   "spline" (curves around nodes), "line", or "none" (no routing:
//             edges become straight lines between the node borders)
//   newrank   "true": dot's second ranking implementation. Graphviz 2.43's
//             classic ranking frees its helper edges in O(edges²)
//             (cleanup1): 12 000 edges cost ~10 s there, ~0 s with newrank.
struct DotTuning {
    QByteArray nslimit, nslimit1, mclimit, splines, newrank;
    friend bool operator==(const DotTuning &, const DotTuning &) = default;
};

// The limits for a graph of this size (measured on go's action graphs and
// generated layered DAGs: bench/layout).
DotTuning tuningFor(qsizetype nodes, qsizetype edges);

struct LayoutInput {
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges; // indexes into nodes; duplicates and self loops allowed
    Direction direction = Direction::TopToBottom;
    double nodeSpacing = 24;         // px between neighbours in a rank
    double rankSpacing = 48;         // px between ranks
    std::optional<DotTuning> tuning; // nullopt: tuningFor(nodes, edges)
};

// An edge's route as a cubic Bézier chain: the start point, then (control,
// control, end) triples. An edge drawn straight has 4 points on one line.
// arrowTip: where its arrowhead points (the path ends at the arrow's base).
struct EdgeRoute {
    QList<QPointF> path;
    std::optional<QPointF> arrowTip;
};

struct Layout {
    QList<QRectF> nodes;    // per input node
    QList<EdgeRoute> edges; // per input edge
    QRectF boundingBox;     // (0, 0, width, height): every node and route is inside
    DotTuning tuning;       // what dot ran with
    QString error;          // empty on success; then the lists above are empty
    bool ok() const { return error.isEmpty(); }
};

// Lays the graph out. Blocking (milliseconds to seconds); waits for any
// layout running on another thread. cancel: when set before this layout
// gets the lock, it returns at once with error "cancelled" (dot itself
// cannot be interrupted). Errors: an edge with an out-of-range index,
// Graphviz failing (no dot layout plugin installed).
Layout layoutGraph(const LayoutInput &input, const std::atomic_bool *cancel = nullptr);

// The same graph as DOT text with the attributes layoutGraph gives dot, so a
// layout can be reproduced with the dot program or exported.
QByteArray dotText(const LayoutInput &input);

} // namespace kiln::layout
