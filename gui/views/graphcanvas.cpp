#include "views/graphcanvas.h"

#include "views/graphscene.h"
#include "views/graphstyle.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
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
    viewport()->setMouseTracking(true);
}

void GraphCanvas::zoomBy(double factor)
{
    m_fitting = false;
    m_overview.reset();
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
    m_overview.reset();
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

void GraphCanvas::overview(const QRectF &focus)
{
    m_fitting = false;
    m_overview = focus;
    overviewNow();
}

void GraphCanvas::overviewNow()
{
    if (!scene() || !m_overview)
        return;
    const QRectF focus = *m_overview;
    const QRectF all = sceneRect();
    const QSize area = viewport()->size();
    const double fitScale = std::min(area.width() / all.width(), area.height() / all.height());
    if (fitScale >= ReadableZoom || focus.isEmpty()) {
        fitNow();
        return;
    }
    const double widthScale = std::min(1.0, area.width() / all.width());
    const double scale = std::clamp(std::max(widthScale, ReadableZoom), MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(scale, scale));
    // The focus near the top, centred: the root of a go build is the top node.
    const double halfHeight = area.height() / scale / 2;
    centerOn(QPointF(focus.center().x(), focus.top() - 12 / scale + halfHeight));
}

void GraphCanvas::actualSize()
{
    m_fitting = false;
    m_overview.reset();
    const QPointF centre = mapToScene(viewport()->rect().center());
    resetTransform();
    centerOn(centre);
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitNow();
    else if (m_overview)
        overviewNow();
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
        m_overview.reset();
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
        const auto *node = dynamic_cast<GraphNodeItem *>(itemAt(event->position().toPoint()));
        setHovered(node ? node->node() : -1);
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

void GraphCanvas::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QGraphicsView::leaveEvent(event);
}

void GraphCanvas::setHovered(int node)
{
    if (node == m_hovered)
        return;
    const QList<Plate> before = plates();
    m_hovered = node;
    updatePlates(before);
}

void GraphCanvas::updatePlates(const QList<Plate> &before)
{
    QRegion dirty;
    for (const QList<Plate> &list : {before, plates()})
        for (const Plate &p : list)
            dirty += p.rect.adjusted(-2, -2, 2, 2);
    viewport()->update(dirty);
}

QList<GraphCanvas::Plate> GraphCanvas::plates() const
{
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    if (!graph)
        return {};
    const double scale = zoomFactor();
    QList<int> candidates;
    const auto want = [&](int node) {
        if (node >= 0 && !candidates.contains(node))
            candidates.append(node);
    };
    want(m_hovered);
    want(graph->selectedNode());
    for (int n = 0; n < graph->nodeCount(); ++n)
        if (graph->nodeItem(n)->isMatched())
            want(n);
    for (int n = 0; n < graph->nodeCount(); ++n)
        if (graph->nodeItem(n)->emphasis() == Emphasis::Highlighted)
            want(n);

    const QFont small = GraphNodeItem::smallFont(font());
    const QFontMetrics fm(small);
    const QRect visible = viewport()->rect();
    QList<Plate> out;
    for (int n : std::as_const(candidates)) {
        if (out.size() >= MaxPlates)
            break;
        const GraphNodeItem *item = graph->nodeItem(n);
        const LabelDetail detail = item ? item->labelDetail(scale) : LabelDetail::Full;
        if (detail == LabelDetail::Full)
            continue;
        const QRect box = mapFromScene(item->box()).boundingRect();
        if (!visible.intersects(box))
            continue;
        const NodeText &t = item->text();
        const QString text = t.package.isEmpty() ? t.mode : t.package;
        // A short label that already says it all needs no plate (unless hovered).
        if (detail == LabelDetail::Short && t.brief == text && n != m_hovered)
            continue;
        const QSize size(fm.horizontalAdvance(text) + 10, fm.height() + 6);
        // On the node: ranks are far apart, neighbours in a rank less so.
        QRect rect(QPoint(0, 0), size);
        rect.moveCenter(box.center());
        const bool overlaps = std::any_of(out.cbegin(), out.cend(), [&](const Plate &p) {
            return p.rect.adjusted(-2, -2, 2, 2).intersects(rect);
        });
        if (!overlaps)
            out.append({n, rect, text});
    }
    return out;
}

void GraphCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    const QList<Plate> list = plates();
    if (list.isEmpty())
        return;
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(GraphNodeItem::smallFont(font()));
    for (const Plate &p : list) {
        const GraphNodeItem *item = graph->nodeItem(p.node);
        painter->setPen(QPen(item->rimColor(), 1.5));
        painter->setBrush(item->fillColor());
        painter->drawRoundedRect(QRectF(p.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(GraphStyle::nodeText());
        painter->drawText(p.rect, Qt::AlignCenter, p.text);
    }
    painter->restore();
}

} // namespace kiln::gui
