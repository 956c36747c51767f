#include "views/graphview.h"

#include "controllers/settletracker.h"
#include "models/actionstyle.h"
#include "models/rebuildstyle.h"
#include "views/graphcanvas.h"
#include "views/graphstyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kiln::gui
{

namespace
{

bool inStd(const load::Package &p)
{
    return p.standard && p.importPath != QLatin1String("cmd") &&
           !p.importPath.startsWith(QLatin1String("cmd/"));
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

QList<GraphAction> graphActions(const graph::ActionGraph &graph, const load::LoadResult &load)
{
    QList<GraphAction> out;
    out.reserve(graph.actions.size());
    for (const graph::Action &a : graph.actions) {
        GraphAction g;
        g.mode = a.mode;
        g.deps = a.deps;
        if (a.package >= 0 && a.package < load.packages.size()) {
            const load::Package &p = load.packages[a.package];
            g.package = p.desc();
            g.standard = inStd(p);
        }
        out.append(g);
    }
    return out;
}

GraphView::GraphView(SettleTracker *settle, QWidget *parent)
    : QWidget(parent), m_layouts(this, settle), m_scene(new GraphScene(this)),
      m_canvas(new GraphCanvas(this)), m_refreshTimer(new QTimer(this)),
      m_relayoutTimer(new QTimer(this))
{
    m_canvas->setScene(m_scene);
    m_scene->setBackgroundBrush(palette().base());
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(80);
    connect(m_refreshTimer, &QTimer::timeout, this, &GraphView::refreshEmphasis);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(250);
    connect(m_relayoutTimer, &QTimer::timeout, this, &GraphView::relayout);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphView::onSceneSelection);
    connect(m_scene, &QGraphicsScene::selectionChanged, m_canvas->viewport(),
            qOverload<>(&QWidget::update)); // the selected node's plate
    buildControls();
    updateStatus();
}

GraphView::~GraphView()
{
    // Deleting the scene's items changes its selection: not ours to follow.
    disconnect(m_scene, nullptr, this, nullptr);
}

void GraphView::buildControls()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find package…"));
    m_search->setToolTip(tr("Marks the actions whose package contains the text; Enter selects "
                            "the next one."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(110);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_scene->setSearch(text);
        m_canvas->viewport()->update(); // the matches' plates
        updateStatus();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findPackage(m_search->text()); });

    m_stdFilter = new QComboBox(this);
    m_stdFilter->setObjectName(QStringLiteral("graphStdFilter"));
    m_stdFilter->addItem(tr("Show std"), int(graph::StdDisplay::Show));
    m_stdFilter->addItem(tr("Hide std"), int(graph::StdDisplay::Hide));
    m_stdFilter->addItem(tr("Collapse std"), int(graph::StdDisplay::Collapse));
    m_stdFilter->setToolTip(tr("The standard library's actions: shown, hidden, or drawn as one "
                               "node."));
    m_subsetFilter = new QComboBox(this);
    m_subsetFilter->setObjectName(QStringLiteral("graphSubsetFilter"));
    m_subsetFilter->addItem(tr("All actions"), int(graph::ActionSubset::All));
    m_subsetFilter->addItem(tr("Only failed"), int(graph::ActionSubset::FailedOnly));
    m_subsetFilter->addItem(tr("Only rebuilt"), int(graph::ActionSubset::RebuiltOnly));
    m_subsetFilter->setToolTip(tr("Which actions to draw. Hidden actions still connect the "
                                  "ones they lie between."));
    const auto filterChanged = [this] {
        if (m_syncing)
            return;
        setFilter({graph::StdDisplay(m_stdFilter->currentData().toInt()),
                   graph::ActionSubset(m_subsetFilter->currentData().toInt())});
    };
    connect(m_stdFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_subsetFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    m_coloringBox = new QComboBox(this);
    m_coloringBox->setObjectName(QStringLiteral("graphColoring"));
    m_coloringBox->addItem(tr("Colour: state"), int(GraphColoring::State));
    m_coloringBox->addItem(tr("Colour: why rebuilt"), int(GraphColoring::RebuildReason));
    m_coloringBox->setToolTip(tr("Colour the actions by their state, or by why they ran: own "
                                 "input changed, propagated from a dependency, early cutoff … "
                                 "(compared with the previous build in the build history)."));
    connect(m_coloringBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            setColoring(GraphColoring(m_coloringBox->currentData().toInt()));
    });

    m_criticalPath = toolButton(tr("Critical path"),
                                tr("Marks the longest chain of actions that had to run one after "
                                   "another: more workers cannot make the build faster than it."),
                                this);
    m_whyHere = toolButton(tr("Why here?"),
                           tr("Marks every path from the root to the selected action: the "
                              "imports that bring its package into the build."),
                           this);
    m_dependencies = toolButton(tr("Dependencies"),
                                tr("Marks everything the selected action depends on. Its direct "
                                   "dependencies that the reduced drawing leaves out are dashed."),
                                this);
    const std::pair<QToolButton *, GraphHighlight> highlights[] = {
        {m_criticalPath, GraphHighlight::CriticalPath},
        {m_whyHere, GraphHighlight::WhyHere},
        {m_dependencies, GraphHighlight::Dependencies}};
    m_criticalPath->setObjectName(QStringLiteral("graphCriticalPath"));
    // The timeline's toggle has the same keys; only one of the two is shown.
    m_criticalPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_criticalPath->setToolTip(
        m_criticalPath->toolTip() +
        QStringLiteral(" (%1)").arg(m_criticalPath->shortcut().toString(QKeySequence::NativeText)));
    m_whyHere->setObjectName(QStringLiteral("graphWhyHere"));
    m_dependencies->setObjectName(QStringLiteral("graphDependencies"));
    for (const auto &[button, highlight] : highlights) {
        button->setCheckable(true);
        connect(button, &QToolButton::toggled, this, [this, highlight](bool on) {
            if (!m_syncing)
                setHighlight(on ? highlight : GraphHighlight::None);
        });
    }

    // Symbols, not words: the bar holds the search field, two filters and
    // three highlights besides.
    auto *zoomOut = toolButton(QStringLiteral("\u2212"), tr("Zoom out (Ctrl+-)"), this);
    auto *zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in (Ctrl+=)"), this);
    auto *fit = toolButton(tr("Fit"), tr("Show the whole graph (Ctrl+0)"), this);
    auto *actual = toolButton(QStringLiteral("1:1"), tr("One pixel per pixel (Ctrl+1)"), this);
    for (QToolButton *b : {zoomOut, zoomIn, actual})
        b->setProperty("kilnValue", true); // symbols: the same in every language
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoomBy(1 / 1.25); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(fit, &QToolButton::clicked, this, &GraphView::zoomToFit);
    connect(actual, &QToolButton::clicked, this, &GraphView::zoomToActualSize);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(QKeySequence::ZoomIn, [this] { zoomBy(1.25); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { zoomBy(1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { zoomBy(1 / 1.25); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { zoomToFit(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { zoomToActualSize(); });
    shortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_stdFilter);
    bar->addWidget(m_subsetFilter);
    bar->addWidget(m_coloringBox);
    bar->addSpacing(8);
    for (QToolButton *b : {m_criticalPath, m_whyHere, m_dependencies})
        bar->addWidget(b);
    bar->addStretch(1);
    for (QToolButton *b : {zoomOut, zoomIn, fit, actual})
        bar->addWidget(b);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setProperty("kilnValue", true); // counts, package paths: data

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(bar);
    column->addWidget(m_canvas, 1);
    m_stateLegend = makeLegend(GraphColoring::State);
    m_reasonLegend = makeLegend(GraphColoring::RebuildReason);
    m_reasonLegend->hide();
    column->addWidget(m_stateLegend);
    column->addWidget(m_reasonLegend);
    column->addWidget(m_status);
}

// The state colours (ActionStyle's, as in the table and the inspector), or
// the "why rebuilt" colours (RebuildStyle's), each with its word and its
// one-sentence explanation as the tooltip, then the marks drawn around
// nodes.
QWidget *GraphView::makeLegend(GraphColoring coloring)
{
    auto *legend = new QWidget(this);
    legend->setObjectName(coloring == GraphColoring::State ? QStringLiteral("graphLegend")
                                                           : QStringLiteral("graphReasonLegend"));
    // A narrow view cuts the legend off at the right rather than growing.
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(6, 0, 6, 0);
    row->setSpacing(4);
    const auto add = [&](const QPixmap &pixmap, const QString &text, const QString &tip) {
        auto *icon = new QLabel(legend);
        icon->setPixmap(pixmap);
        icon->setToolTip(tip);
        auto *label = new QLabel(text, legend);
        label->setToolTip(tip);
        label->setMinimumWidth(label->sizeHint().width()); // cut off at the right, never squeezed
        row->addWidget(icon);
        row->addWidget(label);
        row->addSpacing(8);
    };
    const auto disc = [](const QColor &color) {
        QPixmap pm(16, 16);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color.darker(150), 1));
        p.setBrush(color);
        p.drawEllipse(QRectF(2.5, 2.5, 11, 11));
        return pm;
    };
    if (coloring == GraphColoring::State) {
        for (ActionStatus s : ActionStyle::allStatuses())
            add(ActionStyle::statusIcon(s).pixmap(16, 16), ActionStyle::statusText(s),
                ActionStyle::statusToolTip(s));
    } else {
        for (explain::RebuildVerdict v : RebuildStyle::allVerdicts())
            add(disc(RebuildStyle::color(v)), RebuildStyle::text(v), RebuildStyle::toolTip(v));
        add(disc(RebuildStyle::unknownColor()), RebuildStyle::unknownText(),
            RebuildStyle::unknownToolTip());
    }
    const auto frame = [](const QColor &color, Qt::PenStyle style) {
        QPixmap pm(22, 14);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        QPen pen(color, 2.5);
        pen.setStyle(style);
        p.setPen(pen);
        p.drawRoundedRect(QRectF(2, 2, 18, 10), 3, 3);
        return pm;
    };
    add(frame(ActionStyle::criticalPathColor(), Qt::SolidLine), tr("marked"),
        tr("On the critical path, a why-here path or in the dependency set (the button "
           "above that is on)."));
    add(frame(GraphStyle::searchMatch(), Qt::DashLine), tr("match"),
        tr("Its package contains the text in the Find field."));
    row->addStretch(1);
    return legend;
}

void GraphView::setGraph(const QList<GraphAction> &actions, int root)
{
    m_actions = actions;
    m_root = root;
    m_deps.clear();
    for (const GraphAction &a : actions) {
        QList<int> deps;
        for (int d : a.deps)
            if (d >= 0 && d < actions.size() && !deps.contains(d))
                deps.append(d);
        m_deps.append(deps);
    }
    m_reduced = graph::adjacency(int(m_deps.size()), graph::transitiveReduction(m_deps));
    m_states.fill(ActionStatus::Waiting, actions.size());
    m_durations.fill(0, actions.size());
    m_reasons.clear();
    m_selected = -1;
    m_fitOnNextPicture = true;
    m_syncing = true;
    m_scene->setPicture({}, font());
    m_syncing = false;
    relayout();
}

void GraphView::clear()
{
    setGraph({}, -1);
}

void GraphView::setActionState(int action, ActionStatus state)
{
    if (action < 0 || action >= m_states.size() || m_states[action] == state)
        return;
    const graph::ActionFlags before = flagsFor(action);
    m_states[action] = state;
    if (const int n = nodeOf(action); n >= 0)
        applyNodeState(n);
    if (m_filter.subset != graph::ActionSubset::All && flagsFor(action) != before &&
        !m_relayoutTimer->isActive())
        m_relayoutTimer->start();
}

void GraphView::setActionDuration(int action, qint64 ns)
{
    if (action < 0 || action >= m_durations.size() || m_durations[action] == ns)
        return;
    m_durations[action] = ns;
    if (const int n = nodeOf(action); n >= 0)
        applyNodeState(n); // the tooltip says how long it took
    if (m_highlight == GraphHighlight::CriticalPath && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void GraphView::setRebuildReasons(const QList<std::optional<GraphRebuildReason>> &reasons)
{
    m_reasons = reasons;
    applyStates();
}

void GraphView::setColoring(GraphColoring coloring)
{
    m_coloring = coloring;
    m_stateLegend->setVisible(coloring == GraphColoring::State);
    m_reasonLegend->setVisible(coloring == GraphColoring::RebuildReason);
    syncControls();
    applyStates();
}

void GraphView::setFilter(const graph::DisplayFilter &filter)
{
    if (filter.std == m_filter.std && filter.subset == m_filter.subset)
        return;
    m_filter = filter;
    syncControls();
    relayout();
}

void GraphView::setHighlight(GraphHighlight highlight)
{
    m_highlight = highlight;
    syncControls();
    refreshEmphasis();
}

void GraphView::selectAction(int action)
{
    m_selected = action >= 0 && action < m_actions.size() ? action : -1;
    m_syncing = true;
    m_scene->clearSelection();
    if (GraphNodeItem *item = nodeItemForAction(m_selected)) {
        item->setSelected(true);
        m_canvas->ensureVisible(item, 40, 40);
    }
    m_syncing = false;
    refreshEmphasis();
}

int GraphView::findPackage(const QString &text)
{
    const QList<int> matches = m_scene->setSearch(text);
    if (matches.isEmpty())
        return -1;
    const int current = nodeOf(m_selected);
    const auto next = std::upper_bound(matches.begin(), matches.end(), current);
    const int node = next == matches.end() ? matches.first() : *next;
    const int action = m_scene->picture().display.nodes[node].action;
    selectAction(action);
    m_canvas->centerOn(m_scene->nodeItem(node));
    emit actionSelected(action);
    return action;
}

void GraphView::zoomToFit()
{
    m_canvas->fit();
}

void GraphView::zoomToActualSize()
{
    m_canvas->actualSize();
}

void GraphView::zoomBy(double factor)
{
    m_canvas->zoomBy(factor);
}

double GraphView::zoomFactor() const
{
    return m_canvas->zoomFactor();
}

const GraphPicture &GraphView::picture() const
{
    return m_scene->picture();
}

GraphNodeItem *GraphView::nodeItemForAction(int action) const
{
    return m_scene->nodeItem(nodeOf(action));
}

QString GraphView::statusText() const
{
    return m_status->text();
}

} // namespace kiln::gui
