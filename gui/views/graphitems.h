// The items of the action graph view's scene: a node box (mode, state word
// and package, filled with the state's colour) and an edge (Graphviz's
// Bézier route with an arrowhead at the dependency). Both are told how much
// to stand out; they draw nothing else on their own.
//
// Level of detail: text is never drawn smaller than MinTextPx device
// pixels. A node shows its full text (mode, state, package) when the zoom
// makes the font at least that tall; below that, a short label (the last
// element of the package path, or the mode) in a small font of fixed device
// size when the box on screen is large enough for it; otherwise the box
// alone. GraphCanvas then labels the hovered, selected and marked nodes
// above the drawing (see GraphCanvas::plates()).
#pragma once

#include "controllers/buildrun.h"

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <optional>

namespace kiln::gui
{

enum class Emphasis {
    Normal,
    Highlighted, // on the critical path, a why-here path, the dependency set
    Dimmed,      // a highlight is shown and this is not part of it
};

struct NodeText {
    QString mode;    // go's word: "build", "link" …; "std" for the std group
    QString package; // import path, or "12 packages" for the group
    QString brief;   // the short label: the path's last element, or the mode
};

enum class LabelDetail {
    None,  // the box alone
    Short, // NodeText::brief, small, centred
    Full,  // mode, state word and package
};

// What a node shows instead of its state's colour and word (the graph's
// "why rebuilt" colouring): a colour and a word.
struct NodePaint {
    QColor color;
    QString word;
    bool operator==(const NodePaint &) const = default;
};

class GraphNodeItem : public QGraphicsItem
{
public:
    GraphNodeItem(int node, const QRectF &rect, const NodeText &text, const QFont &font);

    int node() const { return m_node; }
    const NodeText &text() const { return m_text; }
    ActionStatus state() const { return m_state; }
    void setState(ActionStatus state);
    // nullopt: the state's colour and word (the default).
    void setPaintOverride(const std::optional<NodePaint> &paint);
    const std::optional<NodePaint> &paintOverride() const { return m_paint; }
    // The colours the box is drawn in (GraphStyle's of the state or the override).
    QColor fillColor() const;
    QColor rimColor() const;
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    // A search match gets a dashed frame.
    void setMatched(bool matched);
    bool isMatched() const { return m_matched; }

    // The box size that fits text in font (every state word included).
    static QSizeF sizeFor(const NodeText &text, const QFont &font);
    // What the node draws at scale (device px per scene px).
    LabelDetail labelDetail(double scale) const;
    // The smallest scale at which nodes in font show their full text.
    static double fullDetailScale(const QFont &font);
    // The font of short labels and of GraphCanvas's plates: MinTextPx and
    // up, in device pixels.
    static QFont smallFont(const QFont &font);
    static constexpr double MinTextPx = 9;
    QRectF box() const { return m_rect; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_node;
    QRectF m_rect;
    NodeText m_text;
    QFont m_font;
    QFont m_small;
    double m_fullScale;  // fullDetailScale(m_font)
    double m_briefWidth; // what a short label needs: all of it, or three letters and "…"
    double m_smallHeight;
    ActionStatus m_state = ActionStatus::Waiting;
    std::optional<NodePaint> m_paint;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_matched = false;
};

enum class EdgeKind {
    Drawn, // an edge of the laid-out (reduced) graph
    Extra, // a direct dependency the reduction left out, shown on demand
};

class GraphEdgeItem : public QGraphicsItem
{
public:
    // path: start, then (control, control, end) triples; tip: the arrow's point.
    GraphEdgeItem(int edge, const QList<QPointF> &path, std::optional<QPointF> tip,
                  EdgeKind kind = EdgeKind::Drawn);

    int edge() const { return m_edge; }
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_edge;
    EdgeKind m_kind;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_bounds;
    Emphasis m_emphasis = Emphasis::Normal;
};

} // namespace kiln::gui
