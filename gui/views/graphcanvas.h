// The action graph view's QGraphicsView: the wheel zooms around the cursor,
// dragging the background pans (a click on empty space keeps the selection),
// a click on a node selects it. Zoom stays between 2 % and 400 %. After
// fit() the view keeps fitting (when resized, or shown for the first time)
// until the user zooms.
//
// Labels above the drawing ("plates"): while nodes are too small for their
// full text, the hovered node, the selected one, search matches and marked
// nodes get their package written over them in a readable font of fixed
// device size, on a plate framed in the state colour. Plates never overlap:
// the more important one wins (hovered, selected, matches, marked); at most
// MaxPlates are drawn.
#pragma once

#include "views/graphitems.h"

#include <QGraphicsView>

#include <optional>

namespace kiln::gui
{

class GraphCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget *parent = nullptr);

    double zoomFactor() const { return transform().m11(); }
    // Multiplies the zoom by factor (clamped), around the cursor when it is
    // over the view, else around the centre.
    void zoomBy(double factor);
    // The whole scene in view, never above 100 %.
    void fit();
    void actualSize();
    bool isFitting() const { return m_fitting; }
    bool isOverview() const { return m_overview.has_value(); }
    // The zoom a new graph opens at: fit() when the whole graph is readable
    // at it (ReadableZoom: short labels show); else the graph's width when
    // that is readable, else ReadableZoom; then centred on focus (scene
    // coordinates: the root's box) horizontally, with focus at the top.
    // Like fit(), it stays in effect (when resized, or shown for the first
    // time) until the user zooms or pans.
    void overview(const QRectF &focus);

    struct Plate {
        int node = -1;
        QRect rect; // viewport coordinates
        QString text;
    };
    // The plates the next paint draws (see above).
    QList<Plate> plates() const;
    int hoveredNode() const { return m_hovered; }

    static constexpr double MinZoom = 0.02;
    static constexpr double MaxZoom = 4.0;
    static constexpr double ReadableZoom = 0.35;
    static constexpr int MaxPlates = 40;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void fitNow();
    void overviewNow();
    void setHovered(int node);
    void updatePlates(const QList<Plate> &before);

    bool m_fitting = true;
    bool m_panning = false;
    QPoint m_lastPan;
    int m_hovered = -1;
    std::optional<QRectF> m_overview; // overview() in effect, around this focus
};

} // namespace kiln::gui
