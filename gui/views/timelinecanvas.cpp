#include "views/timelinecanvas.h"

#include "controllers/traceexport.h"
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
    m_deps.clear();
    for (const ActionInfo &info : start.actions) {
        QList<int> deps;
        for (int d : info.deps)
            if (d >= 0 && d < start.actions.size() && !deps.contains(d))
                deps.append(d);
        m_deps.append(deps);
    }
    m_path = {};
    emit criticalPathChanged();
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
    const auto mark = [&](int action) { dirty += barRect(action).adjusted(-4, -4, 4, 4); };
    QList<int> touched;
    for (const ActionUpdate &u : updates)
        if (u.action >= 0 && u.action < m_runs.size())
            touched.append(u.action);
    for (qsizetype a = 0; a < m_runs.size(); ++a)
        if (m_runs[a].status == ActionStatus::Running)
            touched.append(int(a));
    for (int a : touched)
        mark(a);
    bool newlyFinished = false;
    for (const ActionUpdate &u : updates)
        if (u.action >= 0 && u.action < m_runs.size()) {
            newlyFinished |= u.run.finished() && !m_runs[u.action].finished();
            m_runs[u.action] = u.run;
        }
    if (newlyFinished)
        dirty += updateCriticalPath();
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
    if (m_pathMark == PathMark::Shown)
        dirty += pathArea(m_path.nodes);
    viewport()->update(dirty);
}

void TimelineCanvas::setCriticalPathMark(PathMark mark)
{
    if (mark == m_pathMark)
        return;
    m_pathMark = mark;
    viewport()->update(pathArea(m_path.nodes));
}

QRegion TimelineCanvas::updateCriticalPath()
{
    graph::CriticalPath path =
        graph::criticalPath(m_deps, m_start.root, graph::actionDurations(recordsOf(m_runs)));
    if (path.nodes == m_path.nodes && path.totalNs == m_path.totalNs)
        return {};
    const QRegion before = pathArea(m_path.nodes);
    m_path = std::move(path);
    emit criticalPathChanged();
    return m_pathMark == PathMark::Shown ? before + pathArea(m_path.nodes) : QRegion();
}

// The bars of path and the space between consecutive ones (the connectors).
QRegion TimelineCanvas::pathArea(const QList<int> &path) const
{
    QRegion area;
    QRect previous;
    for (int a : path) {
        const QRect bar = barRect(a);
        if (bar.isEmpty())
            continue;
        area += bar.adjusted(-4, -4, 4, 4);
        if (!previous.isEmpty())
            area += previous.united(bar).adjusted(-2, -2, 2, 2);
        previous = bar;
    }
    return area;
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
    QString text = QStringLiteral("<b>%1</b> %2<br>")
                       .arg(ActionStyle::modeText(info.mode).toHtmlEscaped(),
                            info.packageDesc().toHtmlEscaped());
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

// 1, 2 or 5 × 10^k ns, the smallest at least minNs.
qint64 TimelineCanvas::niceStep(double minNs)
{
    qint64 base = 1;
    while (true) {
        for (int m : {1, 2, 5})
            if (double(base * m) >= minNs)
                return base * m;
        base *= 10;
    }
}

} // namespace kiln::gui
