#include "views/graphcanvas.h"

#include "views/graphitems.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace kiln::gui
{

GraphCanvas::GraphCanvas(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setDragMode(QGraphicsView::NoDrag);
    viewport()->setCursor(Qt::OpenHandCursor);
}

void GraphCanvas::zoomBy(double factor)
{
    m_fitting = false;
    const double target = std::clamp(zoomFactor() * factor, MinZoom, MaxZoom);
    if (zoomFactor() <= 0)
        return;
    const double f = target / zoomFactor();
    if (!underMouse())
        setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    scale(f, f);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
}

void GraphCanvas::fit()
{
    m_fitting = true;
    fitNow();
}

void GraphCanvas::fitNow()
{
    if (!scene())
        return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (zoomFactor() > 1.0)
        resetTransform();
    else if (zoomFactor() < MinZoom)
        setTransform(QTransform::fromScale(MinZoom, MinZoom));
    centerOn(sceneRect().center());
}

void GraphCanvas::actualSize()
{
    m_fitting = false;
    const QPointF centre = mapToScene(viewport()->rect().center());
    resetTransform();
    centerOn(centre);
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitNow();
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta)); // one notch (120) ≈ 20 %
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    const bool onNode = dynamic_cast<GraphNodeItem *>(itemAt(event->position().toPoint()));
    if (event->button() == Qt::LeftButton && !onNode) {
        m_panning = true;
        m_lastPan = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QPoint d = pos - m_lastPan;
    m_lastPan = pos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
    event->accept();
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::LeftButton) {
        m_panning = false;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace kiln::gui
