// The real main window (offscreen) building the bundled hello example
// through its own toolbar actions, with a GOCACHE of the test's own: the
// Actions table, the graph view and the timeline get every action with its
// state, the inspector shows the selected action's IDs (equal to the
// controller's records), the status bar and progress bar show the numbers;
// Run streams the program's output into the console; the build commands'
// enabled states and shortcuts; the default dock layout; build settings and
// targets persist; and
// `kiln --build --view … --screenshot` (BatchRun) builds before the shot.
#include "buildtest.h"
#include "guitest.h"

#include "app/batchrun.h"
#include "app/buildactions.h"
#include "app/exportactions.h"
#include "controllers/actionselection.h"
#include "controllers/traceexport.h"
#include "models/actionmodel.h"
#include "panels/actionspanel.h"
#include "panels/buildstatus.h"
#include "panels/consolepanel.h"
#include "panels/inspectorpanel.h"
#include "support/testpaths.h"
#include "views/graphview.h"
#include "views/timelinecanvas.h"
#include "views/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace kiln;
using namespace kiln::gui;

namespace
{

// A window on hello, loaded, building with the given GOCACHE.
struct HelloWindow {
    MainWindow window;
    explicit HelloWindow(const QString &gocache)
    {
        window.resize(MainWindow::defaultSize());
        window.buildController()->setEnvironment(test::buildEnvironment(gocache));
        window.openModule(test::exampleDir(QStringLiteral("hello")));
        window.show();
    }
    BuildOutcome trigger(QAction *action)
    {
        QSignalSpy finished(window.buildController(), &BuildController::finished);
        action->trigger();
        if (!finished.wait(300000))
            return {};
        return finished.first().first().value<BuildOutcome>();
    }
};

} // namespace

class TestBuildWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { test::isolateSettings(QStringLiteral("tst_buildwindow")); }
    void buildShowsEveryAction();
    void runShowsProgramOutput();
    void commandStates();
    void defaultLayout();
    void shortcuts_data();
    void shortcuts();
    void findGoesToTheGraphOnItsTab();
    void settingsAndTargetsPersist();
    void batchBuildThenScreenshot();

private:
    QTemporaryDir m_cache;
};

void TestBuildWindow::initTestCase()
{
    QVERIFY(m_cache.isValid());
    QVERIFY2(test::OracleGo().available(), "no Go toolchain");
}

void TestBuildWindow::buildShowsEveryAction()
{
    HelloWindow hello(m_cache.path());
    MainWindow &w = hello.window;
    QVERIFY(test::waitSettled(w));
    QVERIFY(w.buildActions()->buildAction()->isEnabled());
    const BuildOutcome o = hello.trigger(w.buildActions()->buildAction());
    QVERIFY2(o.ok(), qPrintable(o.error + w.consolePanel()->text()));
    const int n = o.summary.actions;
    QVERIFY(n > 50);

    // The table: every action, finished.
    ActionModel *model = w.actionsPanel()->model();
    QCOMPARE(model->actionCount(), n);
    QCOMPARE(model->countWithStatus(ActionStatus::Built) +
                 model->countWithStatus(ActionStatus::CacheHit),
             n);
    // The graph view: the same actions, the same states.
    GraphView *graph = w.graphView();
    QCOMPARE(graph->actionCount(), n);
    for (int a = 0; a < n; ++a) {
        const ActionStatus s = model->run(a).status;
        QCOMPARE(graph->actionState(a),
                 s == ActionStatus::CacheHit ? ActionStatus::CacheHit : ActionStatus::Built);
    }
    // The timeline: a bar for every action that ran on a worker, in its lane.
    w.views()->setCurrentWidget(w.timelineView());
    TimelineCanvas *timeline = w.timelineView()->canvas();
    QCOMPARE(timeline->laneCount(), w.buildController()->buildStart().workers);
    int bars = 0;
    for (int a = 0; a < n; ++a)
        if (model->run(a).worker >= 0) {
            QVERIFY(!timeline->barRect(a).isEmpty());
            ++bars;
        }
    QCOMPARE(bars, o.summary.run);

    // The critical path the timeline marks is graph::criticalPath over the
    // Builder's records of this build; the graph view marks the same chain.
    const BuildStart &start = w.buildController()->buildStart();
    graph::Adjacency deps;
    for (const ActionInfo &info : start.actions)
        deps.append(info.deps);
    QList<graph::ActionRecord> records;
    for (const ActionRun &r : w.buildController()->runs()) {
        QVERIFY(r.record.timeDone > 0);
        records.append(r.record);
    }
    const graph::CriticalPath path =
        graph::criticalPath(deps, start.root, graph::actionDurations(records));
    QVERIFY(path.nodes.size() >= 3);
    QCOMPARE(timeline->criticalPath().nodes, path.nodes);
    QCOMPARE(timeline->criticalPath().totalNs, path.totalNs);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QTRY_COMPARE(timeline->criticalPathMark(), PathMark::Shown); // buttons animate the click
    QVERIFY(w.timelineView()->pathText().contains(
        QStringLiteral("(actions: %1)").arg(path.nodes.size())));
    QList<int> sorted = path.nodes;
    std::sort(sorted.begin(), sorted.end());
    w.views()->setCurrentWidget(graph);
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QTRY_COMPARE(graph->highlight(), GraphHighlight::CriticalPath);
    QCOMPARE(graph->highlightedActions(), sorted);
    QCOMPARE(timeline->criticalPathMark(), PathMark::Shown); // the timeline's stays
    graph->setHighlight(GraphHighlight::None);

    // File > Export > Chrome Trace: an event per bar, in the bar's lane.
    QAction *exportTrace = w.exportActions()->chromeTraceAction();
    QVERIFY(exportTrace->isEnabled());
    QTemporaryDir out;
    const QString tracePath = out.filePath(QStringLiteral("trace.json"));
    QFuture<QString> written = w.exportActions()->exportChromeTrace(tracePath);
    QVERIFY(QTest::qWaitFor([&] { return written.isFinished(); }, 30000));
    QCOMPARE(written.result(), QString());
    QFile traceFile(tracePath);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    const QJsonArray events =
        QJsonDocument::fromJson(traceFile.readAll()).object().value("traceEvents").toArray();
    QCOMPARE(events.size(), bars);
    int linkEvents = 0;
    for (const QJsonValue &e : events) {
        const QJsonObject ev = e.toObject();
        if (!ev.value("name").toString().startsWith(QLatin1String("link ")))
            continue;
        ++linkEvents;
        for (int a = 0; a < n; ++a)
            if (model->info(a).mode == graph::Mode::Link)
                QCOMPARE(ev.value("tid").toInteger(), model->run(a).worker + 1);
    }
    QCOMPARE(linkEvents, 1);

    // Selecting the link in the table shows it in the inspector and the graph.
    int link = -1;
    for (int a = 0; a < n; ++a)
        if (model->info(a).mode == graph::Mode::Link)
            link = a;
    QVERIFY(link >= 0);
    w.views()->setCurrentWidget(w.actionsPanel());
    QTreeView *table = w.actionsPanel()->view();
    table->setCurrentIndex(w.actionsPanel()->proxy()->mapFromSource(model->indexOfAction(link)));
    QCOMPARE(w.actionSelection()->current(), link);
    QCOMPARE(graph->selectedAction(), link);
    const graph::ActionRecord &rec = w.buildController()->runs()[link].record;
    QCOMPARE(w.inspectorPanel()->fieldText("actionIdValue"), rec.actionID);
    QCOMPARE(w.inspectorPanel()->fieldText("buildIdValue"), rec.buildID);
    QCOMPARE(w.inspectorPanel()->fieldText("modeValue"), QStringLiteral("link"));
    QCOMPARE(w.inspectorPanel()->fieldText("packageValue"),
             QStringLiteral("example.com/hello/cmd/hello"));
    QVERIFY(w.inspectorPanel()->commandsText().contains(QLatin1String("/link -o ")));
    QVERIFY(w.inspectorPanel()->preimageText().contains(QLatin1String("link\n")));

    // Status bar and progress.
    QProgressBar *progress = w.buildStatus()->progressBar();
    QCOMPARE(progress->value(), n);
    QCOMPARE(progress->maximum(), n);
    const QString summary = w.buildStatus()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("actions run: %1").arg(o.summary.run)),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("cache hits: %1").arg(o.summary.cacheHits)));
    QVERIFY(summary.startsWith(QLatin1String("Succeeded")));
    QVERIFY(w.consolePanel()->text().startsWith(QLatin1String("$ go build ./...\n")));
}

void TestBuildWindow::runShowsProgramOutput()
{
    HelloWindow hello(m_cache.path());
    MainWindow &w = hello.window;
    QVERIFY(test::waitSettled(w));
    QVERIFY(w.buildActions()->runAction()->isEnabled());
    const BuildOutcome o = hello.trigger(w.buildActions()->runAction());
    QVERIFY2(o.ok(), qPrintable(o.error + w.consolePanel()->text()));
    const QString console = w.consolePanel()->text();
    QVERIFY2(console.contains(QLatin1String("2 + 3 = 5 via")), qPrintable(console));
    QVERIFY(console.startsWith(QLatin1String("$ go build -o ")));
    QVERIFY(console.contains(QLatin1String("./cmd/hello\n")));
    QVERIFY(console.contains(QLatin1String("$ hello\n")));
}

void TestBuildWindow::commandStates()
{
    HelloWindow hello(m_cache.path());
    MainWindow &w = hello.window;
    BuildActions *b = w.buildActions();
    QVERIFY(test::waitSettled(w));
    QVERIFY(b->buildAction()->isEnabled());
    QVERIFY(b->runAction()->isEnabled());
    QVERIFY(!b->stopAction()->isEnabled());
    QVERIFY(!b->cleanAction()->isEnabled()); // nothing built yet
    QVERIFY(b->testAction()->isEnabled());
    QVERIFY(b->testAction()->toolTip().contains(QLatin1String("(go test)")));

    QSignalSpy finished(w.buildController(), &BuildController::finished);
    b->buildAction()->trigger();
    QVERIFY(!b->buildAction()->isEnabled());
    QVERIFY(!b->testAction()->isEnabled());
    QVERIFY(!b->runAction()->isEnabled());
    QVERIFY(b->stopAction()->isEnabled());
    QVERIFY(finished.wait(300000));
    QVERIFY(b->buildAction()->isEnabled());
    QVERIFY(!b->stopAction()->isEnabled());
    QVERIFY(!b->cleanAction()->isEnabled()); // go build ./... writes no file
}

// Without saved state: the console alone and short under the views, the
// module, toolchain, inspector and flag scopes panels as tabs of the right
// column, the views with most of the window.
void TestBuildWindow::defaultLayout()
{
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto dock = [&](const char *name) {
        return window.findChild<QDockWidget *>(QString::fromLatin1(name));
    };
    QVERIFY(QTest::qWaitFor([&] { return dock("consoleDock")->height() <= 200; }, 2000));
    QCOMPARE(window.dockWidgetArea(dock("consoleDock")), Qt::BottomDockWidgetArea);
    for (const char *name : {"moduleDock", "toolchainDock", "inspectorDock", "flagScopeDock"})
        QCOMPARE(window.dockWidgetArea(dock(name)), Qt::RightDockWidgetArea);
    QCOMPARE(window.tabifiedDockWidgets(dock("moduleDock")).size(), 3);
    QVERIFY(dock("moduleDock")->isVisible());
    QVERIFY(window.views()->height() > window.height() / 2);
    QVERIFY(window.views()->width() > window.width() / 2);
    QCOMPARE(window.size(), MainWindow::defaultSize());
}

void TestBuildWindow::shortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("build") << "buildAction" << QKeySequence(Qt::CTRL | Qt::Key_B);
    QTest::newRow("test") << "testAction" << QKeySequence(Qt::CTRL | Qt::Key_T);
    QTest::newRow("run") << "runAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    QTest::newRow("clean") << "cleanAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    QTest::newRow("stop") << "stopAction" << QKeySequence(Qt::CTRL | Qt::Key_Period);
    QTest::newRow("settings") << "buildSettingsAction"
                              << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    QTest::newRow("export trace") << "exportChromeTraceAction"
                                  << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QTest::newRow("next problem") << "nextProblemAction" << QKeySequence(Qt::Key_F8);
    QTest::newRow("previous problem")
        << "previousProblemAction" << QKeySequence(Qt::SHIFT | Qt::Key_F8);
    QTest::newRow("flag scopes") << "flagScopeAction" << QKeySequence(Qt::ALT | Qt::Key_6);
}

void TestBuildWindow::shortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, keys);
    MainWindow window;
    auto *a = window.findChild<QAction *>(action);
    QVERIFY(a);
    QCOMPARE(a->shortcut(), keys);
    // No other action of the window claims the same keys.
    for (QAction *other : window.findChildren<QAction *>())
        if (other != a)
            QVERIFY2(!other->shortcuts().contains(keys), qPrintable(other->objectName()));
}

void TestBuildWindow::findGoesToTheGraphOnItsTab()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = window.findChild<QAction *>(QStringLiteral("filterPackagesAction"));
    window.views()->setCurrentWidget(window.graphView());
    QVERIFY(!filter->isEnabled()); // the graph's own Ctrl+F is not ambiguous
    window.graphView()->setFocus();
    QTest::keySequence(&window, QKeySequence::Find);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && window.graphView()->isAncestorOf(focus));
    QVERIFY(qobject_cast<QLineEdit *>(focus));
    window.views()->setCurrentWidget(window.timelineView());
    QVERIFY(filter->isEnabled());
}

void TestBuildWindow::settingsAndTargetsPersist()
{
    {
        MainWindow window;
        QCOMPARE(window.buildActions()->targetField()->text(), QStringLiteral("./..."));
        QCOMPARE(window.buildActions()->targetPatterns(), QStringList{"./..."});
        window.buildActions()->targetField()->setText(QStringLiteral("./cmd/... ./greet"));
        emit window.buildActions()->targetField()->editingFinished();
        BuildSettings s;
        s.parallel = 1;
        s.trimpath = true;
        s.save();
    }
    MainWindow again;
    QCOMPARE(again.buildActions()->targetPatterns(), QStringList({"./cmd/...", "./greet"}));
    QCOMPARE(again.buildActions()->settings().parallel, 1);
    QVERIFY(again.buildActions()->settings().trimpath);
}

void TestBuildWindow::batchBuildThenScreenshot()
{
    QTemporaryDir out;
    CommandLine cmd;
    cmd.screenshotPath = out.filePath(QStringLiteral("timeline.png"));
    cmd.onOpen = OnOpen::Build;
    cmd.view = QStringLiteral("timeline");
    HelloWindow hello(m_cache.path());
    MainWindow &w = hello.window;
    BatchRun batch(&w, cmd);
    QSignalSpy done(&batch, &BatchRun::finished);
    batch.start();
    QVERIFY(done.wait(300000));
    QCOMPARE(done.first().first().toInt(), 0);
    QVERIFY(w.buildController()->hasOutcome());
    QVERIFY(w.buildController()->lastOutcome().ok());
    QCOMPARE(w.views()->currentWidget(), w.timelineView());
    // The inspector shows the slowest action.
    const int selected = w.actionSelection()->current();
    QVERIFY(selected >= 0);
    const auto &runs = w.buildController()->runs();
    for (const ActionRun &r : runs)
        if (r.startNs > 0)
            QVERIFY(r.doneNs - r.startNs <= runs[selected].doneNs - runs[selected].startNs);
    QVERIFY(!w.inspectorPanel()->fieldText("modeValue").isEmpty());
    const QImage shot(cmd.screenshotPath);
    QCOMPARE(shot.size(), MainWindow::defaultSize() * w.devicePixelRatio());
}

QTEST_MAIN(TestBuildWindow)
#include "tst_buildwindow.moc"
