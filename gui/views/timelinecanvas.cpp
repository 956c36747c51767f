#include "views/timelinecanvas.h"

#include "models/actionstyle.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace kiln::gui
{

namespace
{

constexpr int RightMargin = 12;
constexpr double MinNsPerPixel = 1e3;  // 1 µs a pixel
constexpr double MaxNsPerPixel = 1e10; // 10 s a pixel

// The axis step: 1, 2 or 5 × 10^k ns, the smallest at least minNs.
qint64 niceStep(double minNs)
{
    qint64 base = 1;
    while (true) {
        for (int m : {1, 2, 5})
            if (double(base * m) >= minNs)
                return base * m;
        base *= 10;
    }
}

} // namespace

TimelineCanvas::TimelineCanvas(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineCanvas"));
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(MinLaneHeight);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
}

QSize TimelineCanvas::sizeHint() const
{
    return {600, AxisHeight + MinLaneHeight * 4 + 2 * frameWidth()};
}

void TimelineCanvas::setBuild(const BuildStart &start)
{
    m_start = start;
    m_runs = QList<ActionRun>(start.actions.size());
    m_nowNs = start.startNs;
    m_selected = -1;
    fit();
}

// Repaints only the bars that changed (and the running ones, which grow)
// unless the scale changed. Small repaints matter: Qt's raster engine fills
// tall areas in segments on the global thread pool and makes the UI thread
// wait for them, so on a busy machine a full repaint can stall the loop.
void TimelineCanvas::updateActions(const QList<ActionUpdate> &updates)
{
    QRegion dirty;
    const auto mark = [&](int action) { dirty += barRect(action).adjusted(-3, -3, 3, 3); };
    QList<int> touched;
    for (const ActionUpdate &u : updates)
        if (u.action >= 0 && u.action < m_runs.size())
            touched.append(u.action);
    for (qsizetype a = 0; a < m_runs.size(); ++a)
        if (m_runs[a].status == ActionStatus::Running)
            touched.append(int(a));
    for (int a : touched)
        mark(a);
    for (const ActionUpdate &u : updates)
        if (u.action >= 0 && u.action < m_runs.size())
            m_runs[u.action] = u.run;
    m_nowNs = exec::wallClockNs();
    const double scale = m_nsPerPixel;
    if (m_fitting)
        fitScale();
    updateScrollBars();
    if (m_nsPerPixel != scale) {
        viewport()->update();
        return;
    }
    for (int a : touched)
        mark(a);
    viewport()->update(dirty);
}

void TimelineCanvas::setSelectedAction(int action)
{
    m_selected = action;
    const QRect bar = barRect(action);
    if (!bar.isEmpty() && (bar.right() < GutterWidth || bar.left() > viewport()->width())) {
        QScrollBar *h = horizontalScrollBar();
        h->setValue(h->value() + bar.center().x() - (GutterWidth + viewport()->width()) / 2);
    }
    viewport()->update();
}

qint64 TimelineCanvas::endNs() const
{
    qint64 end = m_start.startNs;
    for (const ActionRun &r : m_runs) {
        if (r.finished())
            end = qMax(end, r.doneNs);
        else if (r.status == ActionStatus::Running)
            end = qMax(end, qMax(r.startNs, m_nowNs));
    }
    return end;
}

qint64 TimelineCanvas::spanNs() const
{
    return qMax<qint64>(endNs() - m_start.startNs, 1'000'000);
}

void TimelineCanvas::fit()
{
    m_fitting = true;
    fitScale();
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

// The whole build across the width. While actions run, the shown span is
// rounded up to 1, 2 or 5 × 10^k ns, so the scale changes in a few steps
// instead of with every batch (steadier to watch, and cheap to repaint).
void TimelineCanvas::fitScale()
{
    const int area = qMax(1, viewport()->width() - GutterWidth - RightMargin);
    const bool running = std::any_of(m_runs.cbegin(), m_runs.cend(), [](const ActionRun &r) {
        return r.status == ActionStatus::Running || r.status == ActionStatus::Ready;
    });
    const qint64 span = running ? niceStep(double(spanNs())) : spanNs();
    m_nsPerPixel = std::clamp(double(span) / area, MinNsPerPixel, MaxNsPerPixel);
}

void TimelineCanvas::zoomBy(double factor)
{
    zoomAround(factor, GutterWidth + (viewport()->width() - GutterWidth) / 2);
}

void TimelineCanvas::zoomAround(double factor, int x)
{
    const double offset = qMax(0, x - GutterWidth) + horizontalScrollBar()->value();
    const double ns = offset * m_nsPerPixel;
    m_nsPerPixel = std::clamp(m_nsPerPixel / factor, MinNsPerPixel, MaxNsPerPixel);
    m_fitting = false;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(ns / m_nsPerPixel)) - qMax(0, x - GutterWidth));
    viewport()->update();
}

void TimelineCanvas::updateScrollBars()
{
    const int area = qMax(1, viewport()->width() - GutterWidth - RightMargin);
    const double content = double(spanNs()) / m_nsPerPixel;
    QScrollBar *h = horizontalScrollBar();
    h->setPageStep(area);
    h->setRange(0, int(qMin(content - area, 2e9)) > 0 ? int(qMin(content - area, 2e9)) : 0);
    const int lanes = AxisHeight + m_start.workers * laneHeight();
    QScrollBar *v = verticalScrollBar();
    v->setPageStep(viewport()->height());
    v->setRange(0, qMax(0, lanes - viewport()->height()));
}

// Lanes share the height when there are few of them (two workers should
// not leave the view empty), within limits that keep bars readable.
int TimelineCanvas::laneHeight() const
{
    const int lanes = qMax(1, m_start.workers);
    return std::clamp((viewport()->height() - AxisHeight - 4) / lanes, int(MinLaneHeight),
                      int(MaxLaneHeight));
}

double TimelineCanvas::xFor(qint64 ns) const
{
    return GutterWidth + double(ns - m_start.startNs) / m_nsPerPixel -
           horizontalScrollBar()->value();
}

QRect TimelineCanvas::barRect(int action) const
{
    if (action < 0 || action >= m_runs.size())
        return {};
    const ActionRun &r = m_runs[action];
    if (r.worker < 0 || r.startNs <= 0)
        return {};
    const qint64 end = r.finished() ? r.doneNs : qMax(r.startNs, m_nowNs);
    const int x0 = int(std::floor(xFor(r.startNs)));
    const int x1 = qMax(x0 + 3, int(std::ceil(xFor(end))));
    const int lane = laneHeight();
    const int height = qMin(lane - 8, 34);
    const int y = AxisHeight + r.worker * lane + (lane - height) / 2 - verticalScrollBar()->value();
    return QRect(x0, y, x1 - x0, height);
}

int TimelineCanvas::actionAt(const QPoint &pos) const
{
    if (pos.x() < GutterWidth || pos.y() < AxisHeight)
        return -1;
    // Short bars are drawn 3 px wide; search from the end so the bar on top wins.
    for (qsizetype a = m_runs.size() - 1; a >= 0; --a)
        if (barRect(int(a)).adjusted(-1, 0, 1, 0).contains(pos))
            return int(a);
    return -1;
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitting)
        fitScale();
    updateScrollBars();
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomAround(std::pow(1.25, steps), int(event->position().x()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    const int action = actionAt(event->position().toPoint());
    if (action >= 0 && event->button() == Qt::LeftButton)
        emit actionClicked(action);
    QAbstractScrollArea::mousePressEvent(event);
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int action = actionAt(help->pos());
        if (action >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(action), viewport(), barRect(action));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineCanvas::toolTipFor(int action) const
{
    const ActionInfo &info = m_start.actions[action];
    const ActionRun &r = m_runs[action];
    QString text =
        QStringLiteral("<b>%1</b> %2<br>")
            .arg(ActionStyle::modeText(info.mode).toHtmlEscaped(), info.package.toHtmlEscaped());
    text += tr("State: %1").arg(ActionStyle::statusText(r.status)) + QStringLiteral("<br>");
    text += tr("Worker %1, start +%2")
                .arg(r.worker + 1)
                .arg(ActionStyle::duration(r.startNs - m_start.startNs));
    if (r.finished())
        text += QStringLiteral(", ") +
                tr("duration %1").arg(ActionStyle::duration(r.doneNs - r.startNs));
    if (!r.record.cmds.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Tool time: %1").arg(ActionStyle::duration(r.record.cmdReal));
    text +=
        QStringLiteral("<br><i>%1</i>").arg(ActionStyle::modeToolTip(info.mode).toHtmlEscaped());
    return text;
}

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
        const QString name = info.package.section(QLatin1Char('/'), -1);
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

} // namespace kiln::gui
