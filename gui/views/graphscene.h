// The scene of the action graph view: one GraphNodeItem per node of a laid
// out display graph and one GraphEdgeItem per edge, in Graphviz's positions
// (layout/layout.h gives them in scene pixels already). It knows nodes and
// edges, not actions: GraphView maps actions to nodes (DisplayGraph).
#pragma once

#include "graph/reduction.h"
#include "layout/layout.h"
#include "views/graphitems.h"

#include <QGraphicsScene>
#include <QSet>

#include <optional>

namespace kiln::gui
{

// One finished layout: what was laid out and where everything went.
struct GraphPicture {
    graph::DisplayGraph display;
    QList<NodeText> texts; // per display node
    layout::Layout layout;
    double seconds = 0; // how long the layout took
};

class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);

    // Replaces every item. Node items start Waiting and Normal.
    void setPicture(const GraphPicture &picture, const QFont &font);
    const GraphPicture &picture() const { return m_picture; }

    int nodeCount() const { return int(m_nodes.size()); }
    GraphNodeItem *nodeItem(int node) const { return m_nodes.value(node); }
    GraphEdgeItem *edgeItem(int edge) const { return m_edges.value(edge); }
    // The node of the selected item; -1 when none.
    int selectedNode() const;

    // nullopt: nothing stands out. Otherwise these nodes, and the edges
    // between two of them, are highlighted and everything else is dimmed.
    void setEmphasis(const std::optional<QSet<int>> &nodes);
    // Dashed edges from one node to others (direct dependencies the
    // reduction does not draw); an empty list removes them.
    void setExtraEdges(int from, const QList<int> &to);
    int extraEdgeCount() const { return int(m_extra.size()); }
    // Frames the nodes whose package contains text (case-insensitive);
    // returns them in node order. "" clears.
    QList<int> setSearch(const QString &text);

private:
    GraphPicture m_picture;
    QList<GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    QList<GraphEdgeItem *> m_extra;
};

} // namespace kiln::gui
