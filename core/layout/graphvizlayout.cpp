// layoutGraph over cgraph + gvc: build an Agraph_t, run gvLayout(…, "dot"),
// read ND_coord, ED_spl and GD_bb straight from the laid
// out graph (no xdot text is parsed), convert points to pixels and flip y.
#include "layout/dotattributes.h"
#include "layout/layout.h"
#include "layout/numericlocale.h"

#include <QMutex>
#include <QMutexLocker>

#include <gvc.h>

#include <cmath>

namespace kiln::layout
{

namespace
{

// Graphviz is one global state machine: every call into it holds this.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// What Graphviz reported through agerr during the current layout.
QByteArray &graphvizErrors()
{
    static QByteArray errors;
    return errors;
}

int collectError(char *message)
{
    graphvizErrors() += message;
    return 0;
}

// The context is created once and kept: creating it reads the plugin
// configuration, which costs more than a small layout.
GVC_t *context()
{
    static GVC_t *gvc = [] {
        agseterrf(collectError);
        return gvContext();
    }();
    return gvc;
}

void setGraphAttribute(Agraph_t *g, const QByteArray &name, const QByteArray &value)
{
    agattr(g, AGRAPH, const_cast<char *>(name.constData()), const_cast<char *>(value.constData()));
}

Agsym_t *declareNodeAttribute(Agraph_t *g, const QByteArray &name, const QByteArray &value)
{
    return agattr(g, AGNODE, const_cast<char *>(name.constData()),
                  const_cast<char *>(value.constData()));
}

// Graphviz points (y up, origin anywhere) → Kiln pixels (y down, origin at
// the bounding box's top-left).
struct Transform {
    boxf bb;
    QPointF operator()(pointf p) const
    {
        return {(p.x - bb.LL.x) * kPixelsPerPoint, (bb.UR.y - p.y) * kPixelsPerPoint};
    }
};

// Where the segment from the centre of r towards p leaves r.
QPointF borderPoint(const QRectF &r, QPointF towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const double sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : INFINITY;
    const double sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : INFINITY;
    return c + d * std::min({sx, sy, 1.0});
}

// An edge dot did not route (splines=none): a straight line between the
// node borders, as a one-segment Bézier.
EdgeRoute straightRoute(const QRectF &from, const QRectF &to)
{
    const QPointF a = borderPoint(from, to.center());
    const QPointF tip = borderPoint(to, from.center());
    const QPointF d = tip - a;
    const double length = std::hypot(d.x(), d.y());
    const double arrow = std::min(10.0 * kPixelsPerPoint, length / 2);
    const QPointF b = length > 0 ? tip - d * (arrow / length) : tip;
    return {{a, a + (b - a) / 3, a + (b - a) * 2 / 3, b}, tip};
}

EdgeRoute splineRoute(Agedge_t *e, const Transform &t)
{
    EdgeRoute route;
    const splines *spl = ED_spl(e);
    if (!spl)
        return route;
    for (int i = 0; i < spl->size; ++i) {
        const bezier &bz = spl->list[i];
        for (int k = 0; k < bz.size; ++k)
            route.path.append(t(bz.list[k]));
        if (bz.eflag)
            route.arrowTip = t(bz.ep);
    }
    return route;
}

Layout runDot(const LayoutInput &input, const DotTuning &tuning)
{
    Layout out;
    out.tuning = tuning;
    Agraph_t *g = agopen(const_cast<char *>("kiln"), Agdirected, nullptr);
    for (const Attribute &a : graphAttributes(input, tuning))
        setGraphAttribute(g, a.first, a.second);
    for (const Attribute &a : nodeDefaults())
        declareNodeAttribute(g, a.first, a.second);
    Agsym_t *width = declareNodeAttribute(g, "width", "1");
    Agsym_t *height = declareNodeAttribute(g, "height", "0.5");

    QList<Agnode_t *> nodes;
    nodes.reserve(input.nodes.size());
    for (qsizetype i = 0; i < input.nodes.size(); ++i) {
        QByteArray name = 'n' + QByteArray::number(i);
        Agnode_t *n = agnode(g, name.data(), 1);
        agxset(n, width, const_cast<char *>(nodeWidth(input.nodes[i]).constData()));
        agxset(n, height, const_cast<char *>(nodeHeight(input.nodes[i]).constData()));
        nodes.append(n);
    }
    QList<Agedge_t *> edges;
    edges.reserve(input.edges.size());
    for (const LayoutEdge &e : input.edges)
        edges.append(agedge(g, nodes[e.from], nodes[e.to], nullptr, 1));

    graphvizErrors().clear();
    if (!context() || gvLayout(context(), g, "dot") != 0) {
        out.error = QStringLiteral("graphviz: dot layout failed: %1")
                        .arg(QString::fromUtf8(graphvizErrors()).trimmed());
        agclose(g);
        return out;
    }
    const boxf bb = GD_bb(g);
    const Transform t{bb};
    out.boundingBox =
        QRectF(0, 0, (bb.UR.x - bb.LL.x) * kPixelsPerPoint, (bb.UR.y - bb.LL.y) * kPixelsPerPoint);
    // dot keeps the centres; its sizes are whole points, the caller's are
    // what gets drawn.
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QSizeF size = input.nodes[i].size;
        const QPointF c = t(ND_coord(nodes[i]));
        out.nodes.append(QRectF(c - QPointF(size.width() / 2, size.height() / 2), size));
    }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        EdgeRoute route = splineRoute(edges[i], t);
        if (route.path.isEmpty())
            route = straightRoute(out.nodes[input.edges[i].from], out.nodes[input.edges[i].to]);
        out.edges.append(std::move(route));
    }
    gvFreeLayout(context(), g);
    agclose(g);
    return out;
}

} // namespace

Layout layoutGraph(const LayoutInput &input, const std::atomic_bool *cancel)
{
    const qsizetype n = input.nodes.size();
    for (const LayoutEdge &e : input.edges)
        if (e.from < 0 || e.from >= n || e.to < 0 || e.to >= n) {
            Layout bad;
            bad.error = QStringLiteral("layout: edge %1 → %2 names a node outside 0..%3")
                            .arg(e.from)
                            .arg(e.to)
                            .arg(n - 1);
            return bad;
        }
    const DotTuning tuning = input.tuning.value_or(tuningFor(n, input.edges.size()));
    QMutexLocker lock(&graphvizMutex());
    if (cancel && cancel->load()) {
        Layout cancelled;
        cancelled.error = QStringLiteral("cancelled");
        return cancelled;
    }
    if (n == 0) {
        Layout empty;
        empty.tuning = tuning;
        return empty;
    }
    CNumericLocale numericC;
    return runDot(input, tuning);
}

} // namespace kiln::layout
