// GraphView, offscreen: a small graph written as text is laid out off the UI
// thread and drawn as its transitive reduction (ranks top-down, no overlaps,
// one box per action with mode and package); states colour the boxes and a
// collapsed std group; the filter combo boxes and the "only failed" filter
// follow state changes; clicks select, background drags do not; highlights
// (critical path, why here, dependencies with dashed direct deps); search;
// zoom; one colour source (the graph paints ActionStyle's state colours, the
// ones the action table shows, readable on light and dark backgrounds) and
// the legend; level of detail (full labels, short labels, plates for the
// hovered and selected nodes) at zoom levels; the default zoom of a new
// graph; a newer graph drops an older layout; a 2 000-action graph does not
// block the UI thread. Finally the bundled hello example's real action graph
// (Kiln's loader and graph builder) is rendered to PNGs under
// $KILN_BINARY_DIR/screenshots/ (full, and std collapsed), checked for
// clipping and text size.
#include "controllers/settletracker.h"
#include "goenv/goenv.h"
#include "goenv/toolchain.h"
#include "load/loadsession.h"
#include "models/actionmodel.h"
#include "models/actionstyle.h"
#include "views/graphcanvas.h"
#include "views/graphstyle.h"
#include "views/graphview.h"

#include "support/oraclego.h"
#include "support/testpaths.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace kiln;
using namespace kiln::gui;

namespace
{

// `mode package [std]: dep dep…` per line; deps are line numbers.
QList<GraphAction> parse(const QString &text)
{
    QList<GraphAction> out;
    const QHash<QString, graph::Mode> modes{{"go-build", graph::Mode::GoBuild},
                                            {"link", graph::Mode::Link},
                                            {"build", graph::Mode::Build}};
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QStringList head = line.left(colon).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        GraphAction a;
        a.mode = modes.value(head.value(0));
        a.package = head.value(1) == QLatin1String("-") ? QString() : head.value(1);
        a.standard = head.value(2) == QLatin1String("std");
        for (const QString &d : line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            a.deps.append(d.toInt());
        out.append(a);
    }
    return out;
}

// go build of example.com/m/cmd/app: the link depends on every build.
const char *const Fixture = R"(go-build -: 1
link example.com/m/cmd/app: 2 3 4 5 6
build example.com/m/cmd/app: 3 4 5
build example.com/m/lib: 5 6
build fmt std: 6
build example.com/m/util: 6
build io std:
)";

QList<GraphAction> generated(int n)
{
    QRandomGenerator rng(3);
    QList<GraphAction> out(n);
    for (int i = 0; i < n; ++i) {
        out[i].mode = graph::Mode::Build;
        out[i].package = QStringLiteral("example.com/big/p%1").arg(i);
        for (int k = 1 + rng.bounded(3); k > 0 && i + 1 < n; --k)
            out[i].deps.append(i + 1 + rng.bounded(std::min(40, n - i - 1)));
    }
    return out;
}

bool waitForLayout(GraphView &view, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&] { return !view.isLayoutPending(); }, timeoutMs);
}

void checkNoOverlap(const GraphView &view)
{
    const int n = int(view.picture().display.nodes.size());
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b) {
            const QRectF ra = view.picture().layout.nodes[a], rb = view.picture().layout.nodes[b];
            QVERIFY2(!ra.intersects(rb), qPrintable(QStringLiteral("%1/%2").arg(a).arg(b)));
        }
}

// Equal but for antialiasing (a thin ring of colour has few pure pixels).
bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 4 && std::abs(a.green() - b.green()) <= 4 &&
           std::abs(a.blue() - b.blue()) <= 4;
}

// The most frequent opaque colour of an icon other than white: its fill.
QColor dominant(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() == 255 && c != Qt::white)
                ++counts[c.rgb()];
        }
    QRgb best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!counts.contains(best) || it.value() > counts.value(best))
            best = it.key();
    return QColor(best);
}

QPoint viewportPoint(const GraphView &view, int action)
{
    const GraphNodeItem *item = view.nodeItemForAction(action);
    return view.canvas()->mapFromScene(item->sceneBoundingRect().center());
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_view = std::make_unique<GraphView>();
        m_view->resize(1000, 700);
        m_view->show();
    }
    void cleanup() { m_view.reset(); }

    void laysOutTheReduction()
    {
        GraphView &view = *m_view;
        QSignalSpy ready(&view, &GraphView::layoutReady);
        const QList<GraphAction> actions = parse(QString::fromLatin1(Fixture));
        view.setGraph(actions, 0);
        QVERIFY(view.isLayoutPending());
        QVERIFY(ready.wait(30000));
        QCOMPARE(view.picture().display.nodes.size(), 7);
        graph::Adjacency deps;
        for (const GraphAction &a : actions)
            deps.append(a.deps);
        QCOMPARE(view.picture().display.edges, graph::transitiveReduction(deps));
        for (int a = 0; a < actions.size(); ++a) {
            const GraphNodeItem *item = view.nodeItemForAction(a);
            QVERIFY(item);
            QCOMPARE(item->text().mode, graph::modeName(actions[a].mode));
            QCOMPARE(item->text().package, actions[a].package);
            QCOMPARE(item->state(), ActionStatus::Waiting);
        }
        for (const graph::Edge &e : view.picture().display.edges)
            QVERIFY(view.picture().layout.nodes[e.from].bottom() <
                    view.picture().layout.nodes[e.to].top());
        checkNoOverlap(view);
        QVERIFY2(view.statusText().contains(QLatin1String("Actions shown: 7 of 7, in 7 nodes")),
                 qPrintable(view.statusText()));
    }

    void statesAndStdGroup()
    {
        GraphView &view = *m_view;
        view.setGraph(parse(QString::fromLatin1(Fixture)), 0);
        QVERIFY(waitForLayout(view));
        view.setActionState(4, ActionStatus::Running);
        view.setActionState(3, ActionStatus::CacheHit);
        QCOMPARE(view.nodeItemForAction(4)->state(), ActionStatus::Running);
        QCOMPARE(view.nodeItemForAction(3)->state(), ActionStatus::CacheHit);
        QCOMPARE(view.actionState(4), ActionStatus::Running);

        auto *std = view.findChild<QComboBox *>(QStringLiteral("graphStdFilter"));
        QVERIFY(std);
        std->setCurrentIndex(std->findData(int(graph::StdDisplay::Collapse)));
        QCOMPARE(view.filter().std, graph::StdDisplay::Collapse);
        QVERIFY(waitForLayout(view));
        const GraphNodeItem *group = view.nodeItemForAction(6);
        QCOMPARE(group, view.nodeItemForAction(4));
        QCOMPARE(group->text().mode, QStringLiteral("std"));
        QCOMPARE(group->state(), ActionStatus::Running); // fmt runs, io waits
        view.setActionState(4, ActionStatus::Failed);
        QCOMPARE(group->state(), ActionStatus::Failed);

        std->setCurrentIndex(std->findData(int(graph::StdDisplay::Hide)));
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.picture().display.nodes.size(), 5);
        QVERIFY(!view.nodeItemForAction(4));
    }

    void onlyFailedFollowsStates()
    {
        GraphView &view = *m_view;
        view.setGraph(parse(QString::fromLatin1(Fixture)), 0);
        view.setFilter({graph::StdDisplay::Show, graph::ActionSubset::FailedOnly});
        QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("graphSubsetFilter"))->currentData(),
                 QVariant(int(graph::ActionSubset::FailedOnly)));
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.picture().display.nodes.size(), 0);
        view.setActionState(5, ActionStatus::Failed);
        view.setActionState(2, ActionStatus::Failed);
        QVERIFY(view.isLayoutPending()); // batched: one relayout for both
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.picture().display.nodes.size(), 2);
        QCOMPARE(view.picture().display.edges, (QList<graph::Edge>{{0, 1}})); // app → util
        QCOMPARE(view.nodeItemForAction(5)->state(), ActionStatus::Failed);
    }

    void selection()
    {
        GraphView &view = *m_view;
        view.setGraph(parse(QString::fromLatin1(Fixture)), 0);
        QVERIFY(waitForLayout(view));
        QSignalSpy selected(&view, &GraphView::actionSelected);
        QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, viewportPoint(view, 3));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().first().toInt(), 3);
        QCOMPARE(view.selectedAction(), 3);
        QVERIFY(view.nodeItemForAction(3)->isSelected());
        // A click on the background (panning) keeps the selection.
        QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(view.selectedAction(), 3);
        // Programmatic selection follows another view and emits nothing.
        view.selectAction(5);
        QCOMPARE(selected.count(), 1);
        QVERIFY(view.nodeItemForAction(5)->isSelected());
        QVERIFY(!view.nodeItemForAction(3)->isSelected());
        view.selectAction(-1);
        QCOMPARE(view.selectedAction(), -1);
    }

    void highlights()
    {
        GraphView &view = *m_view;
        view.setGraph(parse(QString::fromLatin1(Fixture)), 0);
        QVERIFY(waitForLayout(view));
        // No timings: the longest chain by count, root first along first deps.
        view.findChild<QToolButton *>(QStringLiteral("graphCriticalPath"))->click();
        QCOMPARE(view.highlight(), GraphHighlight::CriticalPath);
        QCOMPARE(view.highlightedActions(), (QList<int>{0, 1, 2, 3, 5, 6}));
        // Timings: fmt's compile is the long one.
        for (auto [a, ms] : {std::pair{2, 10}, {3, 5}, {4, 400}, {5, 5}, {6, 20}, {1, 50}})
            view.setActionDuration(a, qint64(ms) * 1'000'000);
        QTRY_COMPARE(view.highlightedActions(), (QList<int>{0, 1, 2, 4, 6}));
        QCOMPARE(view.nodeItemForAction(4)->emphasis(), Emphasis::Highlighted);
        QCOMPARE(view.nodeItemForAction(3)->emphasis(), Emphasis::Dimmed);
        QVERIFY(view.statusText().contains(QLatin1String("Critical path (actions: 5)")));

        view.selectAction(6);
        view.setHighlight(GraphHighlight::WhyHere);
        QVERIFY(view.findChild<QToolButton *>(QStringLiteral("graphWhyHere"))->isChecked());
        QVERIFY(!view.findChild<QToolButton *>(QStringLiteral("graphCriticalPath"))->isChecked());
        QCOMPARE(view.highlightedActions(), (QList<int>{0, 1, 2, 3, 4, 5, 6}));
        view.selectAction(5);
        QCOMPARE(view.highlightedActions(), (QList<int>{0, 1, 2, 3, 5}));
        QVERIFY2(view.statusText().contains(QString::fromUtf8(
                     "go build → link example.com/m/cmd/app → build example.com/m/cmd/app → "
                     "build example.com/m/lib → build example.com/m/util")),
                 qPrintable(view.statusText()));

        // The link's full dependency set; 4 of its 5 direct deps are not
        // drawn (the reduction keeps link → main build) and come dashed.
        view.selectAction(1);
        view.setHighlight(GraphHighlight::Dependencies);
        QCOMPARE(view.highlightedActions(), (QList<int>{1, 2, 3, 4, 5, 6}));
        auto *scene = static_cast<GraphScene *>(view.canvas()->scene());
        QCOMPARE(scene->extraEdgeCount(), 4);
        QCOMPARE(view.nodeItemForAction(0)->emphasis(), Emphasis::Dimmed);
        view.selectAction(-1);
        QVERIFY(view.highlightedActions().isEmpty());
        QCOMPARE(scene->extraEdgeCount(), 0);
        QCOMPARE(view.nodeItemForAction(0)->emphasis(), Emphasis::Normal);
        view.setHighlight(GraphHighlight::None);
        QVERIFY(!view.findChild<QToolButton *>(QStringLiteral("graphDependencies"))->isChecked());
    }

    void search()
    {
        GraphView &view = *m_view;
        view.setGraph(parse(QString::fromLatin1(Fixture)), 0);
        QVERIFY(waitForLayout(view));
        QCOMPARE(view.findPackage(QStringLiteral("LIB")), 3);
        QCOMPARE(view.selectedAction(), 3);
        QCOMPARE(view.findPackage(QStringLiteral("nothing")), -1);
        auto *field = view.findChild<QLineEdit *>(QStringLiteral("graphSearch"));
        QSignalSpy selected(&view, &GraphView::actionSelected);
        QTest::keyClicks(field, QStringLiteral("example.com/m/"));
        QVERIFY(view.statusText().contains(QString::fromUtf8("Matches for “example.com/m/”: 4")));
        QVERIFY(view.nodeItemForAction(5)->isMatched());
        QVERIFY(!view.nodeItemForAction(4)->isMatched());
        QTest::keyClick(field, Qt::Key_Return); // the next match after lib
        QCOMPARE(view.selectedAction(), 5);
        QTest::keyClick(field, Qt::Key_Return); // wraps around
        QCOMPARE(view.selectedAction(), 1);
        QCOMPARE(selected.count(), 2);
    }

    void zoom()
    {
        GraphView &view = *m_view;
        view.setGraph(generated(120), 0);
        QVERIFY(waitForLayout(view));
        GraphCanvas *canvas = view.canvas();
        view.zoomToFit();
        const QRect fitted = canvas->mapFromScene(canvas->sceneRect()).boundingRect();
        QVERIFY(view.zoomFactor() < 1.0);
        QVERIFY(canvas->viewport()->rect().adjusted(-2, -2, 2, 2).contains(fitted));
        // Still fitting after a resize, until the user zooms.
        QVERIFY(canvas->isFitting());
        const double before = view.zoomFactor();
        view.resize(600, 500);
        QTRY_VERIFY(view.zoomFactor() < before);
        QVERIFY(canvas->viewport()
                    ->rect()
                    .adjusted(-2, -2, 2, 2)
                    .contains(canvas->mapFromScene(canvas->sceneRect()).boundingRect()));
        view.zoomToActualSize();
        QCOMPARE(view.zoomFactor(), 1.0);
        QVERIFY(!canvas->isFitting());
        view.zoomBy(2);
        QCOMPARE(view.zoomFactor(), 2.0);
        const QPoint centre = canvas->viewport()->rect().center();
        QWheelEvent wheel(centre, canvas->viewport()->mapToGlobal(centre), {}, {0, -120},
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas->viewport(), &wheel);
        QVERIFY(view.zoomFactor() < 2.0 && view.zoomFactor() > 1.4);
        view.zoomBy(1e-6);
        QCOMPARE(view.zoomFactor(), GraphCanvas::MinZoom);
        view.zoomToFit();
        QVERIFY(view.zoomFactor() <= 1.0);
    }

    // The colour of each state, as painted: the graph node's state disc, the
    // action table's icon and the legend's swatch are ActionStyle's colour.
    void oneColourPerState()
    {
        GraphView &view = *m_view;
        view.setGraph(parse(QString::fromLatin1(Fixture)), 0);
        QVERIFY(waitForLayout(view));
        view.zoomToActualSize();
        BuildStart start;
        start.actions.resize(1);
        ActionModel model;
        model.setBuild(start);
        auto *scene = static_cast<GraphScene *>(view.canvas()->scene());
        const GraphNodeItem *item = view.nodeItemForAction(3);
        const auto *legend = view.findChild<QWidget *>(QStringLiteral("graphLegend"));
        const QList<QLabel *> swatches = legend->findChildren<QLabel *>();
        for (ActionStatus s : ActionStyle::allStatuses()) {
            const QColor want = ActionStyle::statusColor(s);
            view.setActionState(3, s);
            // The disc before the mode word, rendered at 1:1.
            const QFontMetricsF fm(view.font());
            const QPointF disc = item->box().topLeft() + QPointF(8 + 5, 8 + fm.lineSpacing() / 2);
            QImage image(40, 40, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            scene->render(&p, QRectF(0, 0, 40, 40), QRectF(disc - QPointF(20, 20), QSizeF(40, 40)));
            p.end();
            QCOMPARE(image.pixelColor(20, 20).name(), want.name());

            ActionRun run;
            run.status = s;
            model.updateActions({{0, run}});
            const QIcon icon = model.index(0, 0).data(Qt::DecorationRole).value<QIcon>();
            QVERIFY2(near(dominant(icon.pixmap(16, 16).toImage()), want),
                     qPrintable(dominant(icon.pixmap(16, 16).toImage()).name()));
            // The legend: the state's word next to a swatch of its colour.
            const auto word = std::find_if(swatches.begin(), swatches.end(), [&](QLabel *l) {
                return l->text() == ActionStyle::statusText(s);
            });
            QVERIFY(word != swatches.end());
            const QLabel *swatch = *(word - 1);
            QVERIFY(near(dominant(swatch->pixmap().toImage()), want));
            QCOMPARE(swatch->toolTip(), ActionStyle::statusToolTip(s));
        }
    }

    // Each state colour stands out (3:1, WCAG's bar for graphics) from a
    // white and from a near-black background; the graph's node fill keeps
    // dark text readable (4.5:1).
    void coloursReadOnLightAndDark()
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        QSet<QRgb> seen;
        for (ActionStatus s : ActionStyle::allStatuses()) {
            const QColor c = ActionStyle::statusColor(s);
            QVERIFY2(contrast(c, Qt::white) >= 3.0, qPrintable(c.name()));
            QVERIFY2(contrast(c, QColor(0x1e, 0x1e, 0x1e)) >= 3.0, qPrintable(c.name()));
            QVERIFY2(contrast(GraphStyle::nodeFill(s), GraphStyle::nodeText()) >= 4.5,
                     qPrintable(c.name()));
            QVERIFY(!seen.contains(c.rgb()));
            seen.insert(c.rgb());
        }
        QVERIFY(!seen.contains(ActionStyle::criticalPathColor().rgb()));
    }

    // Full labels when the font is readable, short ones when the box on
    // screen holds one, boxes alone below; plates for the hovered and the
    // selected node while labels are not full.
    void levelOfDetail()
    {
        GraphView &view = *m_view;
        view.setGraph(generated(300), 0);
        QVERIFY(waitForLayout(view));
        GraphCanvas *canvas = view.canvas();
        auto *scene = static_cast<GraphScene *>(canvas->scene());
        const auto details = [&](LabelDetail d) {
            int n = 0;
            for (int i = 0; i < scene->nodeCount(); ++i)
                n += scene->nodeItem(i)->labelDetail(view.zoomFactor()) == d;
            return n;
        };
        const int nodes = scene->nodeCount();
        view.zoomToActualSize();
        QCOMPARE(details(LabelDetail::Full), nodes);
        view.selectAction(7);
        QVERIFY(canvas->plates().isEmpty()); // full labels need none

        view.zoomBy(GraphCanvas::ReadableZoom); // from 1.0
        QCOMPARE(view.zoomFactor(), GraphCanvas::ReadableZoom);
        QCOMPARE(details(LabelDetail::Short), nodes); // "p123" fits every box
        QCOMPARE(view.nodeItemForAction(7)->text().brief, QStringLiteral("p7"));

        view.zoomBy(0.05 / GraphCanvas::ReadableZoom);
        QCOMPARE(details(LabelDetail::None), nodes);
        // The selected node gets a plate with its package, readable.
        canvas->centerOn(view.nodeItemForAction(7));
        QList<GraphCanvas::Plate> plates = canvas->plates();
        QCOMPARE(plates.size(), 1);
        QCOMPARE(plates.first().text, QStringLiteral("example.com/big/p7"));
        QVERIFY(plates.first().rect.height() >= GraphNodeItem::MinTextPx);
        // Hovering another node adds its plate.
        const int other = view.picture().display.nodeOfAction[8];
        const QPoint at =
            canvas->mapFromScene(scene->nodeItem(other)->sceneBoundingRect().center());
        QTest::mouseMove(canvas->viewport(), at);
        QTRY_COMPARE(canvas->hoveredNode(), other);
        plates = canvas->plates();
        QVERIFY(std::any_of(plates.begin(), plates.end(),
                            [&](const GraphCanvas::Plate &p) { return p.node == other; }));
        for (int a = 0; a < plates.size(); ++a)
            for (int b = a + 1; b < plates.size(); ++b)
                QVERIFY(!plates[a].rect.intersects(plates[b].rect));
        // Painted: the plate is dark text on the node's fill.
        const QImage shot = canvas->viewport()->grab().toImage();
        const QRect r = plates.first().rect;
        int dark = 0;
        for (int y = r.top() + 2; y < r.bottom() - 1; ++y)
            for (int x = r.left() + 2; x < r.right() - 1; ++x)
                dark += shot.pixelColor(x, y).lightness() < 100;
        QVERIFY2(dark > 20, qPrintable(QString::number(dark)));
        QTest::mouseMove(canvas->viewport(), QPoint(1, 1));
        QTRY_COMPARE(canvas->hoveredNode(), -1);
        // Tooltips say what the node is, its state and what its mode does.
        const QString tip = view.nodeItemForAction(7)->toolTip();
        QVERIFY2(tip.contains(QLatin1String("example.com/big/p7")), qPrintable(tip));
        QVERIFY(tip.contains(ActionStyle::statusText(ActionStatus::Waiting)));
        QVERIFY(tip.contains(ActionStyle::modeToolTip(graph::Mode::Build).toHtmlEscaped()));
    }

    // A new graph opens fitted when that is readable; a large one at a
    // readable zoom with the root at the top.
    void defaultZoom()
    {
        GraphView &view = *m_view;
        view.setGraph(parse(QString::fromLatin1(Fixture)), 0);
        QVERIFY(waitForLayout(view));
        GraphCanvas *canvas = view.canvas();
        QVERIFY(canvas->viewport()
                    ->rect()
                    .adjusted(-2, -2, 2, 2)
                    .contains(canvas->mapFromScene(canvas->sceneRect()).boundingRect()));

        QList<GraphAction> big = generated(300);
        big.prepend({graph::Mode::GoBuild, QString(), false, {1, 2, 3}});
        for (int i = 1; i < big.size(); ++i)
            for (int &d : big[i].deps)
                ++d;
        view.setGraph(big, 0);
        QVERIFY(waitForLayout(view));
        const double fit = std::min(canvas->viewport()->width() / canvas->sceneRect().width(),
                                    canvas->viewport()->height() / canvas->sceneRect().height());
        QVERIFY(fit < GraphCanvas::ReadableZoom);
        QVERIFY(canvas->isOverview());
        QVERIFY(view.zoomFactor() >= GraphCanvas::ReadableZoom);
        const QRect root = canvas->mapFromScene(view.nodeItemForAction(0)->box()).boundingRect();
        QVERIFY(canvas->viewport()->rect().contains(root));
        QVERIFY2(root.top() < 40, qPrintable(QString::number(root.top())));
        // Still so after a resize, until the user zooms.
        view.resize(800, 600);
        QTRY_VERIFY(canvas->viewport()->rect().contains(
            canvas->mapFromScene(view.nodeItemForAction(0)->box()).boundingRect()));
        view.zoomBy(1.25);
        QVERIFY(!canvas->isOverview());
    }

    void newerGraphDropsOlderLayout()
    {
        GraphView &view = *m_view;
        QSignalSpy ready(&view, &GraphView::layoutReady);
        view.setGraph(generated(800), 0);
        view.setGraph(parse(QString::fromLatin1(Fixture)), 0);
        QVERIFY(waitForLayout(view));
        QTest::qWait(50);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(view.picture().display.nodes.size(), 7);
    }

    // The UI thread keeps ticking while 2 000 actions are laid out: setGraph
    // returns quickly and no timer tick waits long (the scene is built on
    // the UI thread when the layout arrives: that is the longest gap).
    void largeGraphDoesNotBlock()
    {
        GraphView &view = *m_view;
        QElapsedTimer clock;
        clock.start();
        view.setGraph(generated(2000), 0);
        const qint64 setGraphMs = clock.elapsed();
        qint64 last = clock.elapsed(), longest = 0;
        QTimer ticks;
        QObject::connect(&ticks, &QTimer::timeout, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        ticks.start(5);
        QVERIFY(waitForLayout(view, 120000));
        QTest::qWait(50);
        qInfo("setGraph %lld ms, layout wait %lld ms, longest UI gap %lld ms", setGraphMs,
              clock.elapsed(), longest);
        QCOMPARE(view.picture().display.nodes.size(), 2000);
        QVERIFY2(setGraphMs < 500, qPrintable(QString::number(setGraphMs)));
        QVERIFY2(longest < 1000, qPrintable(QString::number(longest)));
    }

    void helloScreenshot_data()
    {
        QTest::addColumn<graph::StdDisplay>("std");
        QTest::addColumn<GraphHighlight>("highlight");
        QTest::addColumn<QString>("file");
        QTest::newRow("full") << graph::StdDisplay::Show << GraphHighlight::None
                              << "graphview-hello.png";
        QTest::newRow("std collapsed, why here")
            << graph::StdDisplay::Collapse << GraphHighlight::WhyHere
            << "graphview-hello-collapsed.png";
    }
    void helloScreenshot()
    {
        QFETCH(graph::StdDisplay, std);
        QFETCH(GraphHighlight, highlight);
        QFETCH(QString, file);
        // Kiln's own graph of `go build ./...` in the hello example.
        goenv::DiscoveryInput discovery;
        discovery.environment = QProcessEnvironment::systemEnvironment();
        const auto toolchain = goenv::discoverToolchain(discovery);
        QVERIFY2(toolchain, "no Go toolchain");
        goenv::EnvInput in;
        in.toolchain = *toolchain;
        in.environment = test::OracleGo().environment();
        in.workingDir = test::exampleDir(QStringLiteral("hello"));
        in.names = {QStringLiteral("GOOS"), QStringLiteral("GOARCH")};
        const auto env = goenv::GoEnv::compute(in);
        QVERIFY(env);
        const auto config = load::makeLoaderConfig(*env, {}, in.workingDir);
        QVERIFY(config);
        const load::LoadResult loaded = load::loadPackages(*config, {QStringLiteral("./...")});
        QVERIFY(loaded.fatal.isEmpty());
        graph::BuildRequest request;
        request.packages = loaded.roots;
        const auto built = graph::goBuildGraph(loaded, request);
        QVERIFY(built);
        const QList<GraphAction> actions = graphActions(*built, loaded);

        SettleTracker settle;
        GraphView view(&settle);
        view.resize(1400, 900);
        view.show();
        view.setFilter({std, graph::ActionSubset::All});
        view.setGraph(actions, built->root);
        QVERIFY(!settle.isSettled());
        QVERIFY(QTest::qWaitFor([&] { return settle.isSettled(); }, 60000));
        // A build where std came from the cache, the module's packages were
        // compiled, one failed and the link waits.
        for (int a = 0; a < actions.size(); ++a)
            view.setActionState(a,
                                actions[a].standard ? ActionStatus::CacheHit : ActionStatus::Built);
        for (int a = 0; a < actions.size(); ++a)
            if (actions[a].mode == graph::Mode::Link)
                view.setActionState(a, ActionStatus::Running);
            else if (actions[a].package == QLatin1String("example.com/hello/mathx"))
                view.setActionState(a, ActionStatus::Failed);
            else if (actions[a].mode == graph::Mode::GoBuild)
                view.setActionState(a, ActionStatus::Waiting);
        view.selectAction(view.findPackage(QStringLiteral("example.com/hello/greet")));
        view.setHighlight(highlight);
        QVERIFY(waitForLayout(view));
        QTest::qWait(50); // let the layouts of the widgets settle before the grab

        const GraphPicture &picture = view.picture();
        QCOMPARE(picture.display.nodeOfAction.size(), actions.size());
        QVERIFY(picture.display.nodes.size() > 5);
        checkNoOverlap(view);
        // Everything inside the scene, the scene inside the viewport, every
        // box big enough for its text.
        const QRectF scene = view.canvas()->sceneRect();
        for (int n = 0; n < picture.display.nodes.size(); ++n) {
            const GraphNodeItem *item =
                static_cast<GraphScene *>(view.canvas()->scene())->nodeItem(n);
            QVERIFY(scene.contains(item->sceneBoundingRect()));
            const QSizeF need = GraphNodeItem::sizeFor(item->text(), view.font());
            QVERIFY(picture.layout.nodes[n].width() >= need.width() - 0.5);
        }
        const QRect shown = view.canvas()->mapFromScene(scene).boundingRect();
        QVERIFY(view.canvas()->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown));
        qInfo("%s: %lld nodes, zoom %.2f", qPrintable(file),
              qlonglong(picture.display.nodes.size()), view.zoomFactor());

        const QString dir = test::binaryDir() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(view.grab().save(dir + QLatin1Char('/') + file));
        // The status line (with the why-here path) is shown in full.
        const auto *status = view.findChild<QLabel *>(QStringLiteral("graphStatus"));
        QVERIFY(status->height() >= status->heightForWidth(status->width()));
    }

private:
    std::unique_ptr<GraphView> m_view;
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
