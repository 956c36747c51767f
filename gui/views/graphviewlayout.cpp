// GraphView, second half: the layout jobs, node states, highlights and the
// status line.
#include "models/actionstyle.h"
#include "models/rebuildstyle.h"
#include "views/graphcanvas.h"
#include "views/graphstyle.h"
#include "views/graphview.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace kiln::gui
{

namespace
{

QString count(qsizetype n)
{
    return QLocale().toString(qlonglong(n));
}

QString duration(qint64 ns)
{
    if (ns < 1'000'000'000)
        return GraphView::tr("%1 ms").arg(QLocale().toString(double(ns) / 1e6, 'f', 1));
    return GraphView::tr("%1 s").arg(QLocale().toString(double(ns) / 1e9, 'f', 2));
}

} // namespace

bool GraphView::isLayoutPending() const
{
    return m_layouts.isRunning() || m_relayoutTimer->isActive();
}

graph::ActionFlags GraphView::flagsFor(int action) const
{
    graph::ActionFlags f;
    if (m_actions.value(action).standard)
        f |= graph::ActionFlag::Standard;
    if (m_states.value(action) == ActionStatus::Failed)
        f |= graph::ActionFlag::Failed;
    if (m_states.value(action) == ActionStatus::Built)
        f |= graph::ActionFlag::Rebuilt;
    return f;
}

QList<graph::ActionFlags> GraphView::actionFlags() const
{
    QList<graph::ActionFlags> flags;
    flags.reserve(m_actions.size());
    for (int a = 0; a < m_actions.size(); ++a)
        flags.append(flagsFor(a));
    return flags;
}

NodeText GraphView::textFor(const graph::DisplayNode &node) const
{
    if (node.isGroup())
        return {QStringLiteral("std"), tr("packages: %1").arg(count(node.members.size())),
                QStringLiteral("std")};
    const GraphAction &a = m_actions[node.action];
    const QString mode = graph::modeName(a.mode);
    // A build is named by its package; other modes say what they are. A
    // test variant keeps its "[p.test]".
    const QString last = ActionStyle::shortDesc(a.package);
    QString brief = mode;
    if (!last.isEmpty())
        brief = a.mode == graph::Mode::Build ? last : mode + QLatin1Char(' ') + last;
    return {mode, a.package, brief};
}

// The node's tooltip: what it is, its state and what both mean, how long it
// took; a group lists how many of its actions are in each state.
QString GraphView::toolTipFor(int node) const
{
    const graph::DisplayNode &d = m_scene->picture().display.nodes[node];
    const ActionStatus state = m_scene->nodeItem(node)->state();
    const QString stateLine = tr("State: %1").arg(ActionStyle::statusText(state)).toHtmlEscaped() +
                              QStringLiteral(" — ") +
                              ActionStyle::statusToolTip(state).toHtmlEscaped();
    if (d.isGroup()) {
        QMap<int, int> byState;
        for (int a : d.members)
            ++byState[int(m_states.value(a))];
        QStringList parts;
        for (auto it = byState.cbegin(); it != byState.cend(); ++it)
            parts.append(QStringLiteral("%1: %2").arg(
                ActionStyle::statusText(ActionStatus(it.key())), count(it.value())));
        return QStringLiteral("<b>std</b> ") +
               tr("standard library actions: %1").arg(count(d.members.size())).toHtmlEscaped() +
               QStringLiteral("<br>") + stateLine + QStringLiteral("<br>") +
               parts.join(QStringLiteral(", ")).toHtmlEscaped();
    }
    const GraphAction &a = m_actions[d.action];
    QString text = QStringLiteral("<b>%1</b> %2<br>")
                       .arg(graph::modeName(a.mode).toHtmlEscaped(), a.package.toHtmlEscaped());
    text += stateLine;
    if (const qint64 ns = m_durations.value(d.action); ns > 0)
        text += QStringLiteral("<br>") + tr("Took %1").arg(ActionStyle::duration(ns));
    if (const std::optional<GraphRebuildReason> r = m_reasons.value(d.action))
        text += QStringLiteral("<br>") + tr("Why: %1").arg(r->summary).toHtmlEscaped();
    text += QStringLiteral("<br><i>%1</i>").arg(ActionStyle::modeToolTip(a.mode).toHtmlEscaped());
    return text;
}

int GraphView::nodeOf(int action) const
{
    return m_scene->picture().display.nodeOfAction.value(action, -1);
}

// Filters and reduction take milliseconds even for 5 000 actions and run
// here; so does measuring the labels (fonts belong to the UI thread). Only
// Graphviz runs on the worker.
void GraphView::relayout()
{
    m_relayoutTimer->stop();
    if (m_actions.isEmpty()) {
        m_layoutStatus.clear();
        updateStatus();
        return;
    }
    GraphPicture base;
    base.display = graph::displayGraph(m_deps, actionFlags(), m_filter);
    layout::LayoutInput in;
    for (int n = 0; n < base.display.nodes.size(); ++n) {
        const NodeText text = textFor(base.display.nodes[n]);
        base.texts.append(text);
        in.nodes.append({QString::number(n), text.mode + QLatin1Char('\n') + text.package,
                         GraphNodeItem::sizeFor(text, font())});
    }
    for (const graph::Edge &e : base.display.edges)
        in.edges.append({e.from, e.to});
    m_layoutStatus = tr("Laying out the graph (nodes: %1)…").arg(count(in.nodes.size()));
    updateStatus();
    m_layouts.start(
        [base, in](const CancelFlag &cancel) {
            GraphPicture picture = base;
            QElapsedTimer timer;
            timer.start();
            picture.layout = layout::layoutGraph(in, cancel.get());
            picture.seconds = double(timer.nsecsElapsed()) / 1e9;
            return picture;
        },
        [this](const GraphPicture &picture) { showPicture(picture); });
}

void GraphView::showPicture(const GraphPicture &picture)
{
    if (!picture.layout.ok()) {
        if (picture.layout.error != QLatin1String("cancelled"))
            m_layoutStatus = tr("The layout failed: %1").arg(picture.layout.error);
        updateStatus();
        return;
    }
    m_syncing = true;
    m_scene->setPicture(picture, font());
    if (GraphNodeItem *item = nodeItemForAction(m_selected))
        item->setSelected(true);
    m_syncing = false;
    applyStates();
    m_scene->setSearch(m_search->text());
    qsizetype dependencies = 0;
    for (const QList<int> &d : std::as_const(m_deps))
        dependencies += d.size();
    qsizetype shown = 0;
    for (const graph::DisplayNode &n : picture.display.nodes)
        shown += n.members.size();
    m_layoutStatus =
        tr("Actions shown: %1 of %2, in %3 nodes · %4 edges drawn for %5 "
           "dependencies (transitive reduction) · layout %6")
            .arg(count(shown), count(m_actions.size()), count(picture.display.nodes.size()),
                 count(picture.display.edges.size()), count(dependencies),
                 duration(qint64(picture.seconds * 1e9)));
    if (std::exchange(m_fitOnNextPicture, false) || m_canvas->isOverview()) {
        const GraphNodeItem *root = nodeItemForAction(m_root);
        m_canvas->overview(root ? root->box() : QRectF());
    } else if (m_canvas->isFitting()) {
        zoomToFit();
    }
    refreshEmphasis();
    emit layoutReady();
}

void GraphView::applyStates()
{
    for (int n = 0; n < m_scene->nodeCount(); ++n)
        applyNodeState(n);
}

void GraphView::applyNodeState(int node)
{
    GraphNodeItem *item = m_scene->nodeItem(node);
    if (!item)
        return;
    const graph::DisplayNode &d = m_scene->picture().display.nodes[node];
    if (!d.isGroup()) {
        item->setState(m_states.value(d.action));
    } else {
        QList<ActionStatus> states;
        for (int a : d.members)
            states.append(m_states.value(a));
        item->setState(GraphStyle::groupStatus(states));
    }
    item->setPaintOverride(paintFor(d));
    item->setToolTip(toolTipFor(node));
}

// Colouring by why rebuilt: the action's verdict, or for a group the most
// telling one among its members (a cause before its effects, work before
// hits).
std::optional<NodePaint> GraphView::paintFor(const graph::DisplayNode &node) const
{
    if (m_coloring == GraphColoring::State)
        return std::nullopt;
    using V = explain::RebuildVerdict;
    static const V order[] = {V::OwnInput, V::New,         V::Unchanged, V::Propagated,
                              V::Restored, V::EarlyCutoff, V::UpToDate};
    std::optional<V> best;
    const auto rank = [](V v) { return std::find(std::begin(order), std::end(order), v); };
    for (int a : node.isGroup() ? node.members : QList<int>{node.action})
        if (const auto r = m_reasons.value(a); r && (!best || rank(r->verdict) < rank(*best)))
            best = r->verdict;
    if (!best)
        return NodePaint{RebuildStyle::unknownColor(), RebuildStyle::unknownText()};
    return NodePaint{RebuildStyle::color(*best), RebuildStyle::text(*best)};
}

void GraphView::refreshEmphasis()
{
    m_refreshTimer->stop();
    m_highlighted.clear();
    m_highlightStatus.clear();
    const auto label = [this](int action) {
        const GraphAction &a = m_actions[action];
        return a.package.isEmpty() ? graph::modeName(a.mode)
                                   : graph::modeName(a.mode) + QLatin1Char(' ') + a.package;
    };
    int extraFrom = -1;
    QList<int> extraTo;
    const bool needsSelection =
        m_highlight == GraphHighlight::WhyHere || m_highlight == GraphHighlight::Dependencies;
    if (needsSelection && m_selected < 0) {
        m_highlightStatus = tr("Select an action to see this.");
    } else if (m_highlight == GraphHighlight::CriticalPath && m_root >= 0) {
        const bool timed =
            std::any_of(m_durations.begin(), m_durations.end(), [](qint64 ns) { return ns > 0; });
        const graph::CriticalPath path = graph::criticalPath(
            m_deps, m_root, timed ? m_durations : QList<qint64>(m_actions.size(), 1));
        m_highlighted = path.nodes;
        m_highlightStatus =
            timed ? tr("Critical path (actions: %1): %2 of work one after another.")
                        .arg(count(path.nodes.size()), duration(path.totalNs))
                  : tr("Critical path without timings yet: the longest chain of actions "
                       "(actions: %1).")
                        .arg(count(path.nodes.size()));
    } else if (m_highlight == GraphHighlight::WhyHere) {
        // Along the drawn (reduced) edges: the same actions as over go's
        // edges, and a shortest path made of import chains, not of the
        // link's shortcuts to every package.
        const graph::PathSet paths = graph::pathsBetween(m_reduced, m_root, m_selected);
        m_highlighted = paths.nodes;
        QStringList chain;
        for (int a : paths.shortest)
            chain.append(label(a));
        m_highlightStatus = tr("Why %1 is here: actions on paths from the root: %2; the "
                               "shortest path: %3.")
                                .arg(label(m_selected), count(paths.nodes.size()),
                                     chain.join(QStringLiteral(" → ")));
    } else if (m_highlight == GraphHighlight::Dependencies) {
        m_highlighted = graph::dependencies(m_deps, m_selected);
        extraFrom = nodeOf(m_selected);
        const QList<graph::Edge> &drawn = m_scene->picture().display.edges;
        for (int d : m_deps.value(m_selected)) {
            const int to = nodeOf(d);
            if (to >= 0 && to != extraFrom && !extraTo.contains(to) &&
                !drawn.contains(graph::Edge{extraFrom, to}))
                extraTo.append(to);
        }
        m_highlightStatus = tr("Dependencies of %1: %2 (direct: %3). Dashed: direct "
                               "dependencies the reduced drawing leaves out.")
                                .arg(label(m_selected), count(m_highlighted.size()),
                                     count(m_deps.value(m_selected).size()));
        m_highlighted.append(m_selected);
        std::sort(m_highlighted.begin(), m_highlighted.end());
    }
    std::optional<QSet<int>> nodes;
    if (m_highlight != GraphHighlight::None && !(needsSelection && m_selected < 0)) {
        nodes.emplace();
        for (int a : std::as_const(m_highlighted))
            if (const int n = nodeOf(a); n >= 0)
                nodes->insert(n);
    }
    std::sort(m_highlighted.begin(), m_highlighted.end());
    m_scene->setEmphasis(nodes);
    m_scene->setExtraEdges(extraFrom, extraTo);
    m_canvas->viewport()->update(); // the plates of marked nodes
    updateStatus();
}

void GraphView::onSceneSelection()
{
    if (m_syncing)
        return;
    const int node = m_scene->selectedNode();
    int action = -1;
    if (node >= 0 && !m_scene->picture().display.nodes[node].isGroup())
        action = m_scene->picture().display.nodes[node].action;
    if (action == m_selected)
        return;
    m_selected = action;
    refreshEmphasis();
    emit actionSelected(action);
}

void GraphView::updateStatus()
{
    QStringList lines;
    if (m_actions.isEmpty())
        lines.append(tr("No action graph yet: build to see one."));
    else if (!m_layoutStatus.isEmpty())
        lines.append(m_layoutStatus);
    const QString search = m_search->text();
    if (!search.isEmpty()) {
        int matches = 0;
        for (int n = 0; n < m_scene->nodeCount(); ++n)
            matches += m_scene->nodeItem(n)->isMatched();
        lines.append(tr("Matches for “%1”: %2.").arg(search, count(matches)));
    }
    if (!m_highlightStatus.isEmpty())
        lines.append(m_highlightStatus);
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void GraphView::syncControls()
{
    m_syncing = true;
    m_stdFilter->setCurrentIndex(m_stdFilter->findData(int(m_filter.std)));
    m_subsetFilter->setCurrentIndex(m_subsetFilter->findData(int(m_filter.subset)));
    m_criticalPath->setChecked(m_highlight == GraphHighlight::CriticalPath);
    m_whyHere->setChecked(m_highlight == GraphHighlight::WhyHere);
    m_dependencies->setChecked(m_highlight == GraphHighlight::Dependencies);
    m_coloringBox->setCurrentIndex(m_coloringBox->findData(int(m_coloring)));
    m_syncing = false;
}

} // namespace kiln::gui
