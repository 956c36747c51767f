// The drawing of the timeline: one lane per scheduler worker, one bar per
// action that ran on a worker, from its start to its end (running actions
// grow to "now"). Bars are coloured by mode; cache hits are hatched and
// lighter, failures have a red frame, the selected action a dark one. A time
// axis runs along the top. Ctrl+wheel (or zoomBy) zooms around the cursor;
// the scroll bars pan; fit() shows the whole build and stays in effect
// (the view keeps fitting as the build grows, in steps) until the user
// zooms. Updates repaint only the bars that changed unless the scale did.
//
// The critical path (when marked): graph::criticalPath over the actions'
// finished records (graph::actionDurations: done − start, of recordsOf()),
// below the build's root; its bars get an outline in ActionStyle::criticalPathColor() (the
// graph view marks the same chain in the same colour) and dashed connectors
// lead from each action on it to the one that waited for it. It follows the
// build as actions finish.
#pragma once

#include "controllers/buildrun.h"
#include "graph/reduction.h"

#include <QAbstractScrollArea>
#include <QRegion>

namespace kiln::gui
{

enum class PathMark { Hidden, Shown };

class TimelineCanvas : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineCanvas(QWidget *parent = nullptr);

    void setBuild(const BuildStart &start);
    void updateActions(const QList<ActionUpdate> &updates);
    void setSelectedAction(int action);

    void setCriticalPathMark(PathMark mark);
    PathMark criticalPathMark() const { return m_pathMark; }
    // Root first, as graph::criticalPath gives it; computed whether marked
    // or not.
    const graph::CriticalPath &criticalPath() const { return m_path; }

    void zoomBy(double factor); // > 1 zooms in, around the middle
    void fit();
    bool isFitting() const { return m_fitting; }
    double nsPerPixel() const { return m_nsPerPixel; }

    // The action whose bar is at pos (viewport coordinates); -1 for none.
    int actionAt(const QPoint &pos) const;
    // The bar of action in viewport coordinates (empty if it has none).
    QRect barRect(int action) const;
    int laneCount() const { return m_start.workers; }
    const BuildStart &buildStart() const { return m_start; }
    QString toolTipFor(int action) const;

    static constexpr int MinLaneHeight = 24;
    static constexpr int MaxLaneHeight = 56;
    int laneHeight() const;
    static constexpr int AxisHeight = 22;
    static constexpr int GutterWidth = 84;

signals:
    void actionClicked(int action);
    void criticalPathChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    QSize sizeHint() const override;

private:
    static qint64 niceStep(double minNs); // the axis step
    qint64 endNs() const;
    qint64 spanNs() const;
    void zoomAround(double factor, int x);
    void fitScale();
    void updateScrollBars();
    double xFor(qint64 ns) const;
    void paintAxis(QPainter &p) const;
    void paintLanes(QPainter &p) const;
    void paintBar(QPainter &p, int action) const;
    void paintCriticalPath(QPainter &p) const;
    // Recomputes the path; returns the viewport area whose marks changed.
    QRegion updateCriticalPath();
    QRegion pathArea(const QList<int> &path) const;

    BuildStart m_start;
    QList<ActionRun> m_runs;
    graph::Adjacency m_deps; // the actions' deps, duplicates removed
    graph::CriticalPath m_path;
    PathMark m_pathMark = PathMark::Hidden;
    qint64 m_nowNs = 0;
    int m_selected = -1;
    double m_nsPerPixel = 1e6; // 1 ms a pixel until the first fit
    bool m_fitting = true;
};

} // namespace kiln::gui
