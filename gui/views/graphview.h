// The action graph view: a build's action graph, transitively reduced and
// laid out by Graphviz (layout/layout.h) on a worker thread, drawn as boxes
// showing mode, state word and package, filled with the state's colour.
//
// Controls (all also reachable through the API below): find a package
// (Ctrl+F, Enter jumps to the next match), std shown / hidden / collapsed
// into one node, all actions / only failed / only rebuilt, highlights
// (critical path, Ctrl+Shift+C; why is this here = every path from the root
// to the selected action; all dependencies of the selected action including
// the direct ones the reduction does not draw, dashed), zoom (wheel,
// Ctrl+=/-, Ctrl+0 fit, Ctrl+1 1:1) and pan (drag the background). A legend
// of the state colours (ActionStyle's) and the marks, and a status line
// (sizes, layout time, what a highlight means) sit below. "Colour by" paints
// nodes by their state or by why they were rebuilt (RebuildStyle's verdict
// colours and words, from setRebuildReasons; the legend follows).
//
// Readability: nodes draw full, short or no labels by zoom (GraphNodeItem's
// level of detail) and the canvas labels hovered, selected and marked nodes
// on plates (GraphCanvas); every node has a tooltip (what it is, its state
// and what both mean, how long it took). A new graph opens fitted when that
// is readable, else at a readable zoom around its root (GraphCanvas::
// overview).
//
// Wiring it into a window:
//   view->setGraph(graphActions(graph, load), graph.root);  // a new build's graph
//   view->setActionState(action, ActionStatus::Running);    // as events arrive
//   view->setActionDuration(action, doneNs - startNs);      // when one finishes
//   connect(view, &GraphView::actionSelected, …);           // the user picked one
//   view->selectAction(action);                             // follow other views
//   new GraphView(window->settleTracker(), parent);         // screenshots wait for layouts
// Actions are indexes into the list given to setGraph. State and duration
// updates are cheap (they repaint one box); highlights and the "only
// failed/rebuilt" filters follow them after a short delay (batched).
//
// Layouts run on QtConcurrent through a JobTracker: a newer layout makes an
// older one stale (its result is dropped; if it has not started it never
// runs), and the previous picture stays on screen until the new one is
// ready. Only the UI thread calls this class.
#pragma once

#include "controllers/buildrun.h"
#include "controllers/jobtracker.h"
#include "explain/rebuildreason.h"
#include "graph/actiongraph.h"
#include "graph/reduction.h"
#include "views/graphscene.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace kiln::gui
{

class GraphCanvas;
class SettleTracker;

// One action as the view needs it.
struct GraphAction {
    graph::Mode mode = graph::Mode::Nop;
    QString package;       // import path; "" for actions without a package
    bool standard = false; // in go's `std` (not cmd/): what the std filter hides or collapses
    QList<int> deps;       // action indexes, go's order
};

// The actions of an engine graph (standard: the package is in std, not cmd/).
QList<GraphAction> graphActions(const graph::ActionGraph &graph, const load::LoadResult &load);

enum class GraphHighlight {
    None,
    CriticalPath, // the longest chain below the root by duration (by count before timings)
    WhyHere,      // every path from the root down to the selected action (status: a
                  // shortest one along the drawn edges)
    Dependencies, // everything the selected action depends on, directly or not
};

enum class GraphColoring {
    State,         // the action's state (ActionStyle)
    RebuildReason, // why it ran or hit the cache (RebuildStyle)
};

// Why an action was rebuilt, as the graph shows it.
struct GraphRebuildReason {
    explain::RebuildVerdict verdict = explain::RebuildVerdict::UpToDate;
    QString summary; // RebuildStyle::summary: the tooltip's line
};

class GraphView : public QWidget
{
    Q_OBJECT
public:
    // settle (optional) is told about every layout job, so a window's
    // --screenshot waits for the picture.
    explicit GraphView(SettleTracker *settle = nullptr, QWidget *parent = nullptr);
    ~GraphView() override;

    // A new graph: every action Waiting, no durations, selection cleared.
    // The previous picture stays until the new layout arrives.
    void setGraph(const QList<GraphAction> &actions, int root);
    void clear();
    int actionCount() const { return int(m_actions.size()); }
    int rootAction() const { return m_root; }

    void setActionState(int action, ActionStatus state);
    ActionStatus actionState(int action) const { return m_states.value(action); }
    // How long the action's work took, in ns (the critical path's weights).
    void setActionDuration(int action, qint64 ns);

    // Per action (indexes as in setGraph; shorter lists leave the rest
    // unexplained); setGraph clears them.
    void setRebuildReasons(const QList<std::optional<GraphRebuildReason>> &reasons);
    std::optional<GraphRebuildReason> rebuildReason(int action) const
    {
        return m_reasons.value(action);
    }
    void setColoring(GraphColoring coloring);
    GraphColoring coloring() const { return m_coloring; }

    void setFilter(const graph::DisplayFilter &filter);
    graph::DisplayFilter filter() const { return m_filter; }
    void setHighlight(GraphHighlight highlight);
    GraphHighlight highlight() const { return m_highlight; }
    // The actions the current highlight marks (with the selected one), ascending.
    QList<int> highlightedActions() const { return m_highlighted; }

    // -1 clears. Scrolls the action's node into view; emits nothing.
    void selectAction(int action);
    int selectedAction() const { return m_selected; }
    // Selects the next shown action (after the selected one, wrapping) whose
    // package contains text, case-insensitive; returns it, -1 when none.
    int findPackage(const QString &text);

    void zoomToFit();
    void zoomToActualSize();
    void zoomBy(double factor);
    double zoomFactor() const;

    // A layout is running or about to start.
    bool isLayoutPending() const;
    // What is on screen: the display graph of the last finished layout.
    const GraphPicture &picture() const;
    // The node item showing action (nullptr when hidden or not laid out yet).
    GraphNodeItem *nodeItemForAction(int action) const;
    GraphCanvas *canvas() const { return m_canvas; }
    QString statusText() const;

signals:
    // The user selected an action in the view (-1: the selection was cleared
    // or the std group was picked).
    void actionSelected(int action);
    // A new layout is on screen.
    void layoutReady();

private:
    void buildControls();
    QWidget *makeLegend(GraphColoring coloring);
    std::optional<NodePaint> paintFor(const graph::DisplayNode &node) const;
    void relayout();
    void showPicture(const GraphPicture &picture);
    void applyStates();
    void applyNodeState(int node);
    void refreshEmphasis();
    void onSceneSelection();
    graph::ActionFlags flagsFor(int action) const;
    QList<graph::ActionFlags> actionFlags() const;
    NodeText textFor(const graph::DisplayNode &node) const;
    QString toolTipFor(int node) const;
    int nodeOf(int action) const;
    void updateStatus();
    void syncControls();

    QList<GraphAction> m_actions;
    graph::Adjacency m_deps;    // go's deps, duplicates removed
    graph::Adjacency m_reduced; // their transitive reduction: what a full drawing shows
    int m_root = -1;
    QList<ActionStatus> m_states;
    QList<qint64> m_durations;
    QList<std::optional<GraphRebuildReason>> m_reasons;
    GraphColoring m_coloring = GraphColoring::State;
    graph::DisplayFilter m_filter;
    GraphHighlight m_highlight = GraphHighlight::None;
    int m_selected = -1;
    QList<int> m_highlighted;
    QString m_highlightStatus;
    QString m_layoutStatus;
    bool m_fitOnNextPicture = true;
    bool m_syncing = false; // the view itself changes the scene selection or the controls

    JobTracker<GraphPicture> m_layouts;
    GraphScene *m_scene;
    GraphCanvas *m_canvas;
    QLineEdit *m_search;
    QComboBox *m_stdFilter;
    QComboBox *m_subsetFilter;
    QComboBox *m_coloringBox;
    QWidget *m_stateLegend;
    QWidget *m_reasonLegend;
    QToolButton *m_criticalPath;
    QToolButton *m_whyHere;
    QToolButton *m_dependencies;
    QLabel *m_status;
    QTimer *m_refreshTimer;  // batches highlight refreshes after state updates
    QTimer *m_relayoutTimer; // batches relayouts when a state filter's set changes
};

} // namespace kiln::gui
