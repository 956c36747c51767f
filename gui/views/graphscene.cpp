#include "views/graphscene.h"

#include <cmath>

namespace kiln::gui
{

namespace
{

constexpr double Margin = 24; // px of empty scene around the graph

// Where the segment from r's centre towards p leaves r.
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

} // namespace

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
}

void GraphScene::setPicture(const GraphPicture &picture, const QFont &font)
{
    m_extra.clear();
    m_nodes.clear();
    m_edges.clear();
    clear();
    m_picture = picture;
    const layout::Layout &l = picture.layout;
    for (int n = 0; n < l.nodes.size(); ++n) {
        auto *item = new GraphNodeItem(n, l.nodes[n], picture.texts.value(n), font);
        addItem(item);
        m_nodes.append(item);
    }
    for (int e = 0; e < l.edges.size(); ++e) {
        auto *item = new GraphEdgeItem(e, l.edges[e].path, l.edges[e].arrowTip);
        addItem(item);
        m_edges.append(item);
    }
    setSceneRect(l.boundingBox.adjusted(-Margin, -Margin, Margin, Margin));
}

int GraphScene::selectedNode() const
{
    for (QGraphicsItem *item : selectedItems())
        if (auto *node = dynamic_cast<GraphNodeItem *>(item))
            return node->node();
    return -1;
}

void GraphScene::setEmphasis(const std::optional<QSet<int>> &nodes)
{
    for (GraphNodeItem *item : std::as_const(m_nodes))
        item->setEmphasis(!nodes                          ? Emphasis::Normal
                          : nodes->contains(item->node()) ? Emphasis::Highlighted
                                                          : Emphasis::Dimmed);
    const QList<graph::Edge> &edges = m_picture.display.edges;
    for (GraphEdgeItem *item : std::as_const(m_edges)) {
        const graph::Edge &e = edges.value(item->edge());
        item->setEmphasis(!nodes                                             ? Emphasis::Normal
                          : nodes->contains(e.from) && nodes->contains(e.to) ? Emphasis::Highlighted
                                                                             : Emphasis::Dimmed);
    }
}

void GraphScene::setExtraEdges(int from, const QList<int> &to)
{
    qDeleteAll(m_extra);
    m_extra.clear();
    const GraphNodeItem *source = nodeItem(from);
    if (!source)
        return;
    const QRectF a = source->boundingRect().adjusted(5, 5, -5, -5);
    for (int n : to) {
        const GraphNodeItem *target = nodeItem(n);
        if (!target)
            continue;
        const QRectF b = target->boundingRect().adjusted(5, 5, -5, -5);
        const QPointF start = borderPoint(a, b.center());
        const QPointF tip = borderPoint(b, a.center());
        const QPointF d = tip - start;
        const double length = std::hypot(d.x(), d.y());
        if (length < 12)
            continue;
        const QPointF end = tip - d * (9 / length);
        auto *item = new GraphEdgeItem(
            int(m_extra.size()),
            {start, start + (end - start) / 3, start + (end - start) * 2 / 3, end}, tip,
            EdgeKind::Extra);
        item->setEmphasis(Emphasis::Highlighted);
        addItem(item);
        m_extra.append(item);
    }
}

QList<int> GraphScene::setSearch(const QString &text)
{
    QList<int> matches;
    for (GraphNodeItem *item : std::as_const(m_nodes)) {
        const bool match = !text.isEmpty() && !m_picture.display.nodes[item->node()].isGroup() &&
                           item->text().package.contains(text, Qt::CaseInsensitive);
        item->setMatched(match);
        if (match)
            matches.append(item->node());
    }
    return matches;
}

} // namespace kiln::gui
