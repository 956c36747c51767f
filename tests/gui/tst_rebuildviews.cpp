// "Why rebuilt" in the GUI, offscreen: the graph view's colour mode (the
// combo box switches the nodes' painted fill between ActionStyle's state
// colours and RebuildStyle's verdict colours, the legend follows, tooltips
// say why, group nodes and unexplained actions), the verdict colours'
// contrast, the inspector's Why Rebuilt tab (verdict, changes, the preimage
// diff), the Compare Builds dialog over a history written to a temporary
// GOCACHE (builds listed newest first, counts, filters, the side-by-side
// diff of a selected action), and the window end to end: the pipeline
// example built twice with a comment edited in between, through the
// window's Build action, colours util "own input" and transform "early
// cutoff", and Build > Compare Builds lists both builds.
#include "buildtest.h"
#include "guitest.h"

#include "app/buildactions.h"
#include "app/rebuildviews.h"
#include "base/process.h"
#include "controllers/actionselection.h"
#include "models/buildcomparemodel.h"
#include "models/preimagediffmodel.h"
#include "models/rebuildstyle.h"
#include "panels/comparebuildsdialog.h"
#include "panels/consolepanel.h"
#include "panels/inspectorpanel.h"
#include "support/testpaths.h"
#include "views/graphcanvas.h"
#include "views/graphstyle.h"
#include "views/graphview.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace kiln;
using namespace kiln::gui;
using explain::RebuildVerdict;

namespace
{

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 4 && std::abs(a.green() - b.green()) <= 4 &&
           std::abs(a.blue() - b.blue()) <= 4;
}

// The painted colour just inside a node's box, at the bottom left (below
// the text, inside the rim), viewed at 1:1.
QColor paintedFill(GraphView &view, int action)
{
    GraphNodeItem *item = view.nodeItemForAction(action);
    if (!item)
        return {};
    view.zoomToActualSize();
    view.canvas()->centerOn(item);
    const QRectF box = item->sceneBoundingRect().adjusted(5, 5, -5, -5); // without the margin
    const QPoint at = view.canvas()->mapFromScene(QPointF(box.left() + 4, box.bottom() - 3));
    return view.canvas()->viewport()->grab().toImage().pixelColor(at);
}

cache::HistoryAction historyAction(const char *mode, const char *package, const char *id,
                                   QList<QByteArray> preimage, bool ran)
{
    cache::HistoryAction a;
    a.mode = QString::fromLatin1(mode);
    a.package = QString::fromLatin1(package);
    a.actionID = (QString::fromLatin1(id) + QStringLiteral("____________________")).left(20);
    a.contentID = QStringLiteral("CCCCCCCCCCCCCCCCCCCC");
    a.outcome = ran ? cache::HistoryOutcome::Ran : cache::HistoryOutcome::Hit;
    a.preimage = std::move(preimage);
    return a;
}

} // namespace

class TestRebuildViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings(QStringLiteral("tst_rebuildviews"));
        QVERIFY2(test::OracleGo().available(), "no Go toolchain");
    }

    void verdictColoursReadOnBothPalettes()
    {
        const auto luminance = [](const QColor &c) {
            const auto f = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * f(c.redF()) + 0.7152 * f(c.greenF()) + 0.0722 * f(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double x = luminance(a), y = luminance(b);
            return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
        };
        QList<QColor> colours{RebuildStyle::unknownColor()};
        for (RebuildVerdict v : RebuildStyle::allVerdicts())
            colours << RebuildStyle::color(v);
        for (const QColor &c : colours) {
            QVERIFY2(contrast(c, Qt::white) >= 3.0, qPrintable(c.name()));
            QVERIFY2(contrast(c, QColor(0x1e, 0x1e, 0x1e)) >= 3.0, qPrintable(c.name()));
            QVERIFY2(contrast(GraphStyle::nodeFill(c), GraphStyle::nodeText()) >= 4.5,
                     qPrintable(c.name()));
        }
        QSet<QRgb> distinct;
        for (const QColor &c : colours)
            distinct.insert(c.rgb());
        QCOMPARE(distinct.size(), colours.size());
    }

    void graphColouring()
    {
        GraphView view;
        view.resize(900, 600);
        view.show();
        // build a ← build b ← link, a std build, a nop over all.
        QList<GraphAction> actions(5);
        actions[0] = {graph::Mode::Build, QStringLiteral("example.com/m/a"), false, {}};
        actions[1] = {graph::Mode::Build, QStringLiteral("example.com/m/b"), false, {0, 3}};
        actions[2] = {graph::Mode::Link, QStringLiteral("example.com/m/b"), false, {1, 0, 3}};
        actions[3] = {graph::Mode::Build, QStringLiteral("fmt"), true, {}};
        actions[4] = {graph::Mode::Nop, QString(), false, {2}};
        QSignalSpy ready(&view, &GraphView::layoutReady);
        view.setGraph(actions, 4);
        QVERIFY(ready.wait(30000));
        for (int a = 0; a < 5; ++a)
            view.setActionState(a, a == 3 ? ActionStatus::CacheHit : ActionStatus::Built);
        view.setRebuildReasons(
            {GraphRebuildReason{RebuildVerdict::OwnInput, "own input: file a.go"},
             GraphRebuildReason{RebuildVerdict::Propagated, "propagated: a"},
             GraphRebuildReason{RebuildVerdict::Unchanged, "not cached"},
             GraphRebuildReason{RebuildVerdict::UpToDate, "up to date"}});
        // By state (the default): the state's paint, the state legend.
        QCOMPARE(view.coloring(), GraphColoring::State);
        auto *box = view.findChild<QComboBox *>(QStringLiteral("graphColoring"));
        QVERIFY(box);
        auto *stateLegend = view.findChild<QWidget *>(QStringLiteral("graphLegend"));
        auto *reasonLegend = view.findChild<QWidget *>(QStringLiteral("graphReasonLegend"));
        QVERIFY(stateLegend && reasonLegend);
        QVERIFY(stateLegend->isVisible() && !reasonLegend->isVisible());
        QVERIFY(!view.nodeItemForAction(0)->paintOverride());
        QVERIFY2(near(paintedFill(view, 0), GraphStyle::nodeFill(ActionStatus::Built)),
                 qPrintable(paintedFill(view, 0).name()));
        // Why rebuilt, through the combo box.
        box->setCurrentIndex(box->findData(int(GraphColoring::RebuildReason)));
        QCOMPARE(view.coloring(), GraphColoring::RebuildReason);
        QVERIFY(!stateLegend->isVisible() && reasonLegend->isVisible());
        const RebuildVerdict want[] = {RebuildVerdict::OwnInput, RebuildVerdict::Propagated,
                                       RebuildVerdict::Unchanged, RebuildVerdict::UpToDate};
        for (int a = 0; a < 4; ++a) {
            const auto paint = view.nodeItemForAction(a)->paintOverride();
            QVERIFY(paint);
            QCOMPARE(paint->color, RebuildStyle::color(want[a]));
            QCOMPARE(paint->word, RebuildStyle::text(want[a]));
            const QColor painted = paintedFill(view, a);
            QVERIFY2(near(painted, GraphStyle::nodeFill(RebuildStyle::color(want[a]))),
                     qPrintable(QStringLiteral("%1: %2").arg(a).arg(painted.name())));
        }
        QCOMPARE(view.nodeItemForAction(4)->paintOverride()->color, RebuildStyle::unknownColor());
        QVERIFY(
            view.nodeItemForAction(0)->toolTip().contains(QLatin1String("own input: file a.go")));
        // The legend names every verdict.
        QStringList words;
        for (QLabel *l : reasonLegend->findChildren<QLabel *>())
            if (!l->text().isEmpty())
                words << l->text();
        for (RebuildVerdict v : RebuildStyle::allVerdicts())
            QVERIFY2(words.contains(RebuildStyle::text(v)), qPrintable(words.join(',')));
        QVERIFY(words.contains(RebuildStyle::unknownText()));
        // std collapsed: the group shows its member's verdict.
        view.setFilter({graph::StdDisplay::Collapse, graph::ActionSubset::All});
        QVERIFY(ready.wait(30000));
        const int group = view.picture().display.nodeOfAction.value(3, -1);
        QVERIFY(group >= 0);
        QVERIFY(view.picture().display.nodes[group].isGroup());
        QCOMPARE(view.nodeItemForAction(3)->paintOverride()->word,
                 RebuildStyle::text(RebuildVerdict::UpToDate));
        // Back to states; a new graph forgets the reasons.
        view.setColoring(GraphColoring::State);
        QCOMPARE(box->currentData().toInt(), int(GraphColoring::State));
        QVERIFY(!view.nodeItemForAction(0)->paintOverride());
        view.setGraph(actions, 4);
        QVERIFY(!view.rebuildReason(0));
    }

    void inspectorTab()
    {
        ActionSelection selection;
        InspectorPanel inspector(&selection);
        BuildStart start;
        start.actions.resize(2);
        start.actions[0].mode = graph::Mode::Build;
        start.actions[0].package = QStringLiteral("example.com/m/a");
        start.actions[1].mode = graph::Mode::Nop;
        inspector.setBuild(start);
        explain::ActionExplanation e;
        e.mode = QStringLiteral("build");
        e.package = QStringLiteral("example.com/m/a");
        e.verdict = RebuildVerdict::OwnInput;
        e.previousBuild = 1'700'000'000'000'000'000;
        e.previousPreimage = {"compile\n", "file a.go H1\n", "import x X1\n"};
        e.preimage = {"compile\n", "file a.go H2\n", "import x X1\n"};
        e.changes = explain::preimageChanges(e.previousPreimage, e.preimage);
        e.rootCauses = {QStringLiteral("build example.com/m/a")};
        inspector.setRebuildReasons({e, std::nullopt});
        selection.select(0);
        const QString text = inspector.rebuildText();
        QVERIFY2(text.startsWith(RebuildStyle::text(RebuildVerdict::OwnInput)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("file a.go: hash H1 → H2")), qPrintable(text));
        QVERIFY(text.contains(
            QLatin1String("\n  compile\n- file a.go H1\n+ file a.go H2\n  import x X1")));
        selection.select(1);
        QVERIFY(inspector.rebuildText().isEmpty());
        auto *view = inspector.findChild<QPlainTextEdit *>(QStringLiteral("rebuildText"));
        QVERIFY(view);
        QCOMPARE(view->placeholderText(), RebuildStyle::unknownToolTip());
        inspector.setRebuildReasons({}, QStringLiteral("no history here"));
        QCOMPARE(view->placeholderText(), QStringLiteral("no history here"));
    }

    void compareDialog()
    {
        QTemporaryDir cache, module;
        QVERIFY(cache.isValid() && module.isValid());
        QFile mod(module.filePath(QStringLiteral("go.mod")));
        QVERIFY(mod.open(QIODevice::WriteOnly));
        mod.write("module example.com/m\n\ngo 1.22\n");
        mod.close();
        const auto make = [&](qint64 t, const QByteArray &fileA, bool withB) {
            cache::HistoryBuild b;
            b.timeNs = t;
            b.module = QStringLiteral("example.com/m");
            b.moduleRoot = module.path();
            b.command = QStringLiteral("build ./...");
            b.actions << historyAction("build", "example.com/m/a", fileA.constData(),
                                       {"compile\n", "file a.go " + fileA + "\n"}, true);
            if (withB)
                b.actions << historyAction("build", "example.com/m/b", "b",
                                           {"compile\n", "file b.go B\n"}, false);
            b.actions << historyAction("build", "fmt", "fmt", {"compile\n", "file f.go F\n"},
                                       false);
            return b;
        };
        for (const cache::HistoryBuild &b :
             {make(1'000'000'000'000, "H1", true), make(2'000'000'000'000, "H2", true),
              make(3'000'000'000'000, "H3", false)})
            QVERIFY(cache::recordBuild(cache.path(), b));
        cache::HistoryBuild other = make(4'000'000'000'000, "H4", true);
        other.moduleRoot = cache.path(); // another folder: not listed
        QVERIFY(cache::recordBuild(cache.path(), other));

        RebuildExplainer explainer(nullptr);
        HistoryInput input;
        input.toolchain = test::discoveredToolchain();
        input.environment = test::buildEnvironment(cache.path());
        input.moduleDir = module.path();
        QSignalSpy loaded(&explainer, &RebuildExplainer::historyLoaded);
        CompareBuildsDialog dialog(&explainer, input);
        dialog.show();
        QVERIFY(loaded.wait(30000));
        const ModuleHistory history = loaded.first().first().value<ModuleHistory>();
        QVERIFY2(history.error.isEmpty(), qPrintable(history.error));
        QCOMPARE(history.cacheDir, cache.path());
        QCOMPARE(history.builds.size(), 3);
        auto *earlier = dialog.findChild<QComboBox *>(QStringLiteral("compareEarlier"));
        auto *later = dialog.findChild<QComboBox *>(QStringLiteral("compareLater"));
        QCOMPARE(earlier->count(), 3);
        QCOMPARE(later->currentData().toInt(), 2); // newest
        QCOMPARE(earlier->currentData().toInt(), 1);
        QVERIFY2(later->currentText().contains(QLatin1String("build ./...")),
                 qPrintable(later->currentText()));
        // Build 2 → 3: a changed (and ran), b removed, fmt the same.
        BuildCompareModel *model = dialog.compareModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->comparison().count(explain::CompareKind::Changed), 1);
        QCOMPARE(model->comparison().count(explain::CompareKind::Removed), 1);
        QCOMPARE(model->comparison().count(explain::CompareKind::Same), 1);
        QVERIFY2(dialog.summaryText().contains(QLatin1String("1 removed")),
                 qPrintable(dialog.summaryText()));
        dialog.setFilter(QStringLiteral("removed"));
        QCOMPARE(dialog.proxy()->rowCount(), 1);
        QCOMPARE(dialog.proxy()->index(0, 0).data().toString(),
                 QStringLiteral("build example.com/m/b"));
        QCOMPARE(dialog.proxy()->index(0, int(BuildCompareModel::Column::Before)).data().toString(),
                 QStringLiteral("cache hit"));
        QVERIFY(dialog.proxy()
                    ->index(0, int(BuildCompareModel::Column::After))
                    .data()
                    .toString()
                    .isEmpty());
        dialog.setFilter(QStringLiteral("rebuilt"));
        QCOMPARE(dialog.proxy()->rowCount(), 1);
        dialog.setFilter(QStringLiteral("changed"));
        QCOMPARE(dialog.proxy()->rowCount(), 1);
        // The selected action's preimages side by side.
        dialog.actionsView()->setCurrentIndex(dialog.proxy()->index(0, 0));
        const QList<explain::AlignedLine> rows = dialog.diffModel()->rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].kind, explain::LineDiff::Changed);
        PreimageDiffModel *diff = dialog.diffModel();
        QCOMPARE(diff->index(1, 0).data().toString(), QStringLiteral("file a.go H2"));
        QCOMPARE(diff->index(1, 1).data().toString(), QStringLiteral("file a.go H3"));
        QVERIFY(diff->index(1, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(!diff->index(0, 1).data(Qt::BackgroundRole).isValid());
        // Any two builds: the oldest against the newest.
        dialog.setFilter(QString());
        dialog.selectBuilds(0, 2);
        QCOMPARE(model->comparison().count(explain::CompareKind::Changed), 1);
        QCOMPARE(dialog.proxy()->rowCount(), 3);
    }

    void windowExplainsARebuild()
    {
        QTemporaryDir cache, work;
        QVERIFY(cache.isValid() && work.isValid());
        QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("pipeline"))));
        const QString dir = work.filePath(QStringLiteral("pipeline"));
        ProcessSpec cp;
        cp.program = QStringLiteral("cp");
        cp.arguments = {QStringLiteral("-a"),
                        test::exampleDir(QStringLiteral("pipeline")) + QStringLiteral("/."), dir};
        const auto copied = runProcess(cp);
        QVERIFY(copied && copied->exitCode == 0);
        MainWindow w;
        w.resize(MainWindow::defaultSize());
        w.buildController()->setEnvironment(test::buildEnvironment(
            cache.path(), {{QStringLiteral("CGO_ENABLED"), QStringLiteral("0")}}));
        w.openModule(dir);
        w.show();
        QVERIFY(test::waitSettled(w));
        auto build = [&] {
            QSignalSpy finished(w.buildController(), &BuildController::finished);
            w.buildActions()->buildAction()->trigger();
            if (!finished.wait(300000))
                return false;
            return test::waitSettled(w) && finished.first().first().value<BuildOutcome>().ok();
        };
        QVERIFY2(build(), qPrintable(w.consolePanel()->text()));
        const auto actionOf = [&](graph::Mode mode, const QString &package) {
            const BuildStart &s = w.buildController()->buildStart();
            for (int a = 0; a < s.actions.size(); ++a)
                if (s.actions[a].mode == mode && s.actions[a].package == package)
                    return a;
            return -1;
        };
        const QString util = QStringLiteral("example.com/pipeline/util");
        const QString transform = QStringLiteral("example.com/pipeline/transform");
        int a = actionOf(graph::Mode::Build, util);
        QVERIFY(a >= 0);
        QVERIFY(w.graphView()->rebuildReason(a));
        QCOMPARE(w.graphView()->rebuildReason(a)->verdict, RebuildVerdict::New);

        QFile f(dir + QStringLiteral("/util/util.go"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("// Clamp limits v", "// Clamp restricts v");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        QVERIFY2(build(), qPrintable(w.consolePanel()->text()));
        a = actionOf(graph::Mode::Build, util);
        const int t = actionOf(graph::Mode::Build, transform);
        QVERIFY(w.graphView()->rebuildReason(a) && w.graphView()->rebuildReason(t));
        QCOMPARE(w.graphView()->rebuildReason(a)->verdict, RebuildVerdict::OwnInput);
        QCOMPARE(w.graphView()->rebuildReason(t)->verdict, RebuildVerdict::EarlyCutoff);
        w.graphView()->setColoring(GraphColoring::RebuildReason);
        QCOMPARE(w.graphView()->nodeItemForAction(a)->paintOverride()->color,
                 RebuildStyle::color(RebuildVerdict::OwnInput));
        w.actionSelection()->select(a);
        const QString why = w.inspectorPanel()->rebuildText();
        QVERIFY2(why.contains(QLatin1String("- file util.go ")) &&
                     why.contains(QLatin1String("+ file util.go ")),
                 qPrintable(why));

        auto *views = w.findChild<RebuildViews *>();
        QVERIFY(views);
        QSignalSpy loaded(views->explainer(), &RebuildExplainer::historyLoaded);
        w.findChild<QAction *>(QStringLiteral("compareBuildsAction"))->trigger();
        QVERIFY(loaded.wait(30000));
        auto *dialog = w.findChild<CompareBuildsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("compareLater"))->count(), 2);
        QCOMPARE(dialog->compareModel()->comparison().count(explain::CompareKind::Changed), 1);
        dialog->close();
    }
};

QTEST_MAIN(TestRebuildViews)
#include "tst_rebuildviews.moc"
