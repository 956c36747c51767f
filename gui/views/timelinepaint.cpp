// TimelineCanvas, second half: painting (lanes, axis, bars, the critical
// path's marks).
#include "models/actionstyle.h"
#include "views/timelinecanvas.h"

#include <QPainter>
#include <QScrollBar>

namespace kiln::gui
{

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().base());
    paintLanes(p);
    p.save();
    p.setClipRect(QRect(GutterWidth, AxisHeight, viewport()->width() - GutterWidth,
                        viewport()->height() - AxisHeight));
    for (qsizetype a = 0; a < m_runs.size(); ++a)
        if (int(a) != m_selected)
            paintBar(p, int(a));
    if (m_pathMark == PathMark::Shown)
        paintCriticalPath(p);
    if (m_selected >= 0)
        paintBar(p, m_selected);
    p.restore();
    paintAxis(p);
}

void TimelineCanvas::paintLanes(QPainter &p) const
{
    const int w = viewport()->width();
    const int scroll = verticalScrollBar()->value();
    p.fillRect(QRect(0, 0, GutterWidth, viewport()->height()), palette().window());
    for (int lane = 0; lane < m_start.workers; ++lane) {
        const int y = AxisHeight + lane * laneHeight() - scroll;
        if (lane % 2 == 1)
            p.fillRect(QRect(GutterWidth, y, w - GutterWidth, laneHeight()),
                       palette().alternateBase());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(6, y, GutterWidth - 12, laneHeight()), Qt::AlignVCenter | Qt::AlignRight,
                   tr("Worker %1").arg(lane + 1));
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(GutterWidth, 0, GutterWidth, viewport()->height());
}

void TimelineCanvas::paintAxis(QPainter &p) const
{
    const int w = viewport()->width();
    p.fillRect(QRect(0, 0, w, AxisHeight), palette().window());
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, AxisHeight - 1, w, AxisHeight - 1);
    if (m_start.actions.isEmpty())
        return;
    const qint64 step = niceStep(90 * m_nsPerPixel);
    const qint64 first = qint64(horizontalScrollBar()->value() * m_nsPerPixel) / step * step;
    p.setPen(palette().color(QPalette::WindowText));
    for (qint64 t = first;; t += step) {
        const double x = xFor(m_start.startNs + t);
        if (x > w)
            break;
        if (x < GutterWidth)
            continue;
        p.drawLine(QPointF(x, AxisHeight - 6), QPointF(x, AxisHeight - 1));
        const QString label = t == 0 ? QStringLiteral("0") : ActionStyle::duration(t);
        if (x + 3 + p.fontMetrics().horizontalAdvance(label) <= w) // never cut a label off
            p.drawText(QRectF(x + 3, 0, 100, AxisHeight - 2), Qt::AlignBottom | Qt::AlignLeft,
                       label);
    }
}

void TimelineCanvas::paintBar(QPainter &p, int action) const
{
    const QRect bar = barRect(action);
    if (bar.isEmpty() || bar.right() < GutterWidth || bar.left() > viewport()->width())
        return;
    const ActionInfo &info = m_start.actions[action];
    const ActionRun &r = m_runs[action];
    QColor fill = ActionStyle::modeColor(info.mode);
    const bool hit = r.status == ActionStatus::CacheHit;
    if (hit)
        fill = fill.lighter(145);
    if (r.status == ActionStatus::Running)
        fill.setAlpha(170);
    p.fillRect(bar, fill);
    if (hit)
        p.fillRect(bar, QBrush(fill.darker(150), Qt::BDiagPattern));
    QPen frame(fill.darker(150), 1);
    if (r.status == ActionStatus::Failed)
        frame = QPen(ActionStyle::statusColor(ActionStatus::Failed), 2);
    if (action == m_selected)
        frame = QPen(palette().color(QPalette::Highlight), 2.5);
    p.setPen(frame);
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    if (bar.width() > 36) {
        const QString name = ActionStyle::shortDesc(info.packageDesc());
        const QString label = info.mode == graph::Mode::Build ? name
                              : name.isEmpty()
                                  ? ActionStyle::modeText(info.mode)
                                  : ActionStyle::modeText(info.mode) + QLatin1Char(' ') + name;
        const QRect text = bar.adjusted(4, 0, -3, 0);
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, text.width()));
    }
}

// Outlines around the path's bars, and a dashed connector from each action's
// end to the start of the action on the path that waited for it (path order
// is root first, so the connector runs from path[i + 1] to path[i]).
void TimelineCanvas::paintCriticalPath(QPainter &p) const
{
    const QColor color = ActionStyle::criticalPathColor();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    QRect later;
    for (int a : m_path.nodes) {
        const QRect bar = barRect(a);
        if (bar.isEmpty())
            continue;
        p.setPen(QPen(color, 2.5));
        p.drawRect(QRectF(bar).adjusted(-1.5, -1.5, 1.5, 1.5));
        if (!later.isEmpty()) {
            QPen dash(color, 1.5, Qt::DashLine);
            p.setPen(dash);
            p.drawLine(QPointF(bar.right() + 1, bar.center().y()),
                       QPointF(later.left() - 1, later.center().y()));
        }
        later = bar;
    }
    p.restore();
}

} // namespace kiln::gui
