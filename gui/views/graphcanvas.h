// The action graph view's QGraphicsView: the wheel zooms around the cursor,
// dragging the background pans (a click on empty space keeps the selection),
// a click on a node selects it. Zoom stays between 2 % and 400 %. After
// fit() the view keeps fitting (when resized, or shown for the first time)
// until the user zooms.
#pragma once

#include <QGraphicsView>

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

    static constexpr double MinZoom = 0.02;
    static constexpr double MaxZoom = 4.0;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitNow();

    bool m_fitting = true;
    bool m_panning = false;
    QPoint m_lastPan;
};

} // namespace kiln::gui
