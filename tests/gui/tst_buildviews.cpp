// The build views on a small build written as values (no toolchain): the
// batching of observer events into action states (applyBatch), ActionModel
// under QAbstractItemModelTester (alone and behind its sorting proxy), the
// go build arguments of BuildSettings and their persistence, the settings
// dialog, the timeline's lanes, bars, hit testing and zoom, the inspector's
// fields and links, the console's formatting, and one shared selection
// followed by the table, the timeline and the inspector.
#include "guitest.h"

#include "controllers/actionselection.h"
#include "controllers/buildchannel.h"
#include "controllers/buildsettings.h"
#include "controllers/traceexport.h"
#include "models/actionmodel.h"
#include "models/actionstyle.h"
#include "panels/actionspanel.h"
#include "panels/buildsettingsdialog.h"
#include "panels/consolepanel.h"
#include "panels/inspectorpanel.h"
#include "views/timelinecanvas.h"
#include "views/timelineview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>

Q_DECLARE_METATYPE(kiln::exec::BuildEvent)

using namespace kiln;
using namespace kiln::gui;
using Kind = exec::BuildEvent::Kind;

namespace
{

constexpr qint64 T0 = 1'000'000'000'000; // the build's start, ns
constexpr qint64 Ms = 1'000'000;

// A go build of one command: 0 go build ← 1 link ← 2 build main ← 3 build lib,
// and 2 ← 3. Two workers.
BuildStart smallBuild()
{
    BuildStart s;
    s.arguments = {"./..."};
    s.workDir = "/tmp/go-build1";
    s.workers = 2;
    s.startNs = T0;
    s.root = 0;
    const auto info = [](graph::Mode mode, const QString &pkg, int objdir, QList<int> deps) {
        ActionInfo i;
        i.mode = mode;
        i.package = pkg;
        i.packageDir = "/m/" + pkg.section('/', -1);
        i.objdir = objdir ? QStringLiteral("$WORK/b%1/").arg(objdir, 3, 10, QChar('0')) : QString();
        i.deps = deps;
        return i;
    };
    s.actions = {info(graph::Mode::GoBuild, "", 0, {1}),
                 info(graph::Mode::Link, "example.com/m/cmd/m", 1, {2, 3}),
                 info(graph::Mode::Build, "example.com/m/cmd/m", 1, {3}),
                 info(graph::Mode::Build, "example.com/m/lib", 2, {})};
    return s;
}

exec::BuildEvent buildEvent(Kind kind, int action, int worker = -1, qint64 ns = 0)
{
    exec::BuildEvent e;
    e.kind = kind;
    e.action = action;
    e.worker = worker;
    e.ns = ns;
    return e;
}

exec::BuildEvent finished(int action, exec::Outcome outcome, bool hit, int worker, qint64 startMs,
                          qint64 doneMs)
{
    exec::BuildEvent e = buildEvent(Kind::Finished, action, worker, T0 + doneMs * Ms);
    e.report.outcome = outcome;
    e.report.cacheHit = hit;
    e.report.worker = worker;
    e.report.readyNs = T0 + startMs * Ms;
    e.report.startNs = T0 + startMs * Ms;
    e.report.doneNs = T0 + doneMs * Ms;
    return e;
}

graph::ActionRecord record(const QString &id, bool hit, qint64 cmdRealMs)
{
    graph::ActionRecord r;
    r.actionID = id;
    r.buildID = id + "/content";
    r.cacheHit = hit;
    if (!hit) {
        r.cmds = {"/go/pkg/tool/compile -o $WORK/b002/_pkg_.a -p example.com/m/lib lib.go"};
        r.cmdReal = cmdRealMs * Ms;
    }
    r.preimage = {"compile 1234\n", "goos linux goarch amd64\n", "file lib.go abcd\n"};
    return r;
}

// The whole small build as finished updates: lib built on worker 0 (0–40 ms),
// main from the cache on worker 1 (40–42 ms), link built (42–90 ms), root.
QList<ActionUpdate> finishedUpdates()
{
    BuildBatch b;
    b.events = {finished(3, exec::Outcome::Succeeded, false, 0, 0, 40),
                finished(2, exec::Outcome::Succeeded, true, 1, 40, 42),
                finished(1, exec::Outcome::Succeeded, false, 0, 42, 90),
                finished(0, exec::Outcome::Succeeded, false, 1, 90, 91)};
    b.records = {{3, record("libID", false, 35)},
                 {2, record("mainID", true, 0)},
                 {1, record("linkID", false, 45)},
                 {0, graph::ActionRecord{}}};
    QList<ActionRun> runs(4);
    QList<ActionUpdate> out;
    for (int a : applyBatch(runs, b))
        out.append({a, runs[a]});
    return out;
}

} // namespace

class TestBuildViews : public QObject
{
    Q_OBJECT
private slots:
    void init() { test::isolateSettings(QStringLiteral("tst_buildviews")); }
    void applyBatchStates_data();
    void applyBatchStates();
    void recordBeforeItsEvent();
    void actionModel();
    void actionModelSortsThroughProxy_data();
    void actionModelSortsThroughProxy();
    void buildArguments_data();
    void buildArguments();
    void settingsPersist();
    void settingsDialog();
    void timelineBarsAndZoom();
    void timelineCriticalPath();
    void chromeTraceOfTheTimeline();
    void inspectorShowsTheSelectedAction();
    void consoleFormatsGoOutput();
    void selectionIsShared();
};

void TestBuildViews::applyBatchStates_data()
{
    QTest::addColumn<QList<exec::BuildEvent>>("events");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("worker");
    QTest::newRow("nothing") << QList<exec::BuildEvent>{} << int(ActionStatus::Waiting) << -1;
    QTest::newRow("ready") << QList<exec::BuildEvent>{buildEvent(Kind::Ready, 3, -1, T0)}
                           << int(ActionStatus::Ready) << -1;
    QTest::newRow("running") << QList<exec::BuildEvent>{buildEvent(Kind::Ready, 3, -1, T0),
                                                        buildEvent(Kind::Started, 3, 1, T0 + Ms)}
                             << int(ActionStatus::Running) << 1;
    QTest::newRow("built") << QList<exec::BuildEvent>{finished(3, exec::Outcome::Succeeded, false,
                                                               0, 0, 5)}
                           << int(ActionStatus::Built) << 0;
    QTest::newRow("cache hit") << QList<exec::BuildEvent>{finished(3, exec::Outcome::Succeeded,
                                                                   true, 1, 0, 1)}
                               << int(ActionStatus::CacheHit) << 1;
    QTest::newRow("failed") << QList<exec::BuildEvent>{finished(3, exec::Outcome::Failed, false, 0,
                                                                0, 5)}
                            << int(ActionStatus::Failed) << 0;
    QTest::newRow("skipped") << QList<exec::BuildEvent>{finished(3, exec::Outcome::Skipped, false,
                                                                 -1, 0, 5)}
                             << int(ActionStatus::Skipped) << -1;
    QTest::newRow("cancelled") << QList<exec::BuildEvent>{finished(3, exec::Outcome::Cancelled,
                                                                   false, -1, 0, 5)}
                               << int(ActionStatus::Cancelled) << -1;
}

void TestBuildViews::applyBatchStates()
{
    QFETCH(QList<exec::BuildEvent>, events);
    QFETCH(int, status);
    QFETCH(int, worker);
    QList<ActionRun> runs(4);
    BuildBatch batch;
    batch.events = events;
    const QList<int> changed = applyBatch(runs, batch);
    QCOMPARE(changed, events.isEmpty() ? QList<int>{} : QList<int>{3});
    QCOMPARE(int(runs[3].status), status);
    QCOMPARE(runs[3].worker, worker);
    for (int a : {0, 1, 2})
        QCOMPARE(runs[a].status, ActionStatus::Waiting);
}

void TestBuildViews::recordBeforeItsEvent()
{
    QList<ActionRun> runs(4);
    BuildBatch first;
    first.events = {buildEvent(Kind::Started, 3, 0, T0)};
    first.records = {{3, record("libID", false, 35)}};
    QCOMPARE(applyBatch(runs, first), QList<int>{3});
    QCOMPARE(runs[3].record.actionID, QStringLiteral("libID"));
    QCOMPARE(runs[3].status, ActionStatus::Running);
    BuildBatch second;
    second.events = {finished(3, exec::Outcome::Succeeded, false, 0, 0, 40)};
    applyBatch(runs, second);
    QCOMPARE(runs[3].status, ActionStatus::Built);
    QCOMPARE(runs[3].record.actionID, QStringLiteral("libID")); // kept
    QCOMPARE(runs[3].doneNs - runs[3].startNs, 40 * Ms);
}

void TestBuildViews::actionModel()
{
    ActionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ActionModel::Column::Count));
    model.setBuild(smallBuild());
    QCOMPARE(model.rowCount(), 4);
    const auto cell = [&](int row, ActionModel::Column c, int role = Qt::DisplayRole) {
        return model.index(row, int(c)).data(role);
    };
    QCOMPARE(cell(3, ActionModel::Column::Status).toString(), QStringLiteral("waiting"));
    QCOMPARE(cell(3, ActionModel::Column::Mode).toString(), QStringLiteral("build"));
    QCOMPARE(cell(1, ActionModel::Column::Mode).toString(), QStringLiteral("link"));
    QCOMPARE(cell(3, ActionModel::Column::Package).toString(), QStringLiteral("example.com/m/lib"));
    QCOMPARE(cell(3, ActionModel::Column::Objdir).toString(), QStringLiteral("$WORK/b002/"));
    QCOMPARE(cell(3, ActionModel::Column::Duration).toString(), QString());
    QVERIFY(!cell(3, ActionModel::Column::Mode, Qt::ToolTipRole).toString().isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateActions(finishedUpdates());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(3, ActionModel::Column::Status).toString(), QStringLiteral("built"));
    QCOMPARE(cell(2, ActionModel::Column::Status).toString(), QStringLiteral("cache hit"));
    QCOMPARE(cell(3, ActionModel::Column::Worker).toInt(), 1);
    QCOMPARE(cell(2, ActionModel::Column::Worker).toInt(), 2);
    QCOMPARE(cell(3, ActionModel::Column::Duration).toString(), QStringLiteral("40 ms"));
    QCOMPARE(cell(1, ActionModel::Column::Start).toString(), QStringLiteral("42 ms"));
    QCOMPARE(cell(3, ActionModel::Column::ToolTime).toString(), QStringLiteral("35 ms"));
    QCOMPARE(cell(2, ActionModel::Column::ToolTime).toString(), QString()); // a hit ran no tool
    QCOMPARE(cell(2, ActionModel::Column::Status, ActionModel::ActionRole).toInt(), 2);
    QCOMPARE(model.countWithStatus(ActionStatus::Built), 3);
    QCOMPARE(model.countWithStatus(ActionStatus::CacheHit), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBuildViews::actionModelSortsThroughProxy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<int>>("actions");
    QTest::newRow("duration, longest first")
        << int(ActionModel::Column::Duration) << int(Qt::DescendingOrder) << QList<int>{1, 3, 2, 0};
    QTest::newRow("start") << int(ActionModel::Column::Start) << int(Qt::AscendingOrder)
                           << QList<int>{3, 2, 1, 0};
    // 0 and 2 ran no tool: their order after the others is free.
    QTest::newRow("tool time") << int(ActionModel::Column::ToolTime) << int(Qt::DescendingOrder)
                               << QList<int>{1, 3};
    QTest::newRow("package") << int(ActionModel::Column::Package) << int(Qt::AscendingOrder)
                             << QList<int>{0, 1, 2, 3};
}

void TestBuildViews::actionModelSortsThroughProxy()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QList<int>, actions);
    ActionModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ActionModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBuild(smallBuild());
    model.updateActions(finishedUpdates());
    proxy.sort(column, Qt::SortOrder(order));
    QList<int> got;
    for (int row = 0; row < proxy.rowCount(); ++row)
        got.append(proxy.index(row, 0).data(ActionModel::ActionRole).toInt());
    QCOMPARE(got.size(), 4);
    QCOMPARE(got.mid(0, actions.size()), actions);
}

void TestBuildViews::buildArguments_data()
{
    QTest::addColumn<int>("parallel");
    QTest::addColumn<QString>("tags");
    QTest::addColumn<bool>("trimpath");
    QTest::addColumn<QString>("gcflags");
    QTest::addColumn<QString>("ldflags");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("defaults") << 0 << "" << false << ""
                              << "" << QStringList{};
    QTest::newRow("-p") << 3 << "" << false << ""
                        << "" << QStringList{"-p=3"};
    QTest::newRow("tags") << 0 << " debug,netgo " << false << ""
                          << "" << QStringList{"-tags=debug,netgo"};
    QTest::newRow("everything") << 1 << "x" << true << "all=-N -l"
                                << "-s -w"
                                << QStringList{"-p=1", "-tags=x", "-trimpath", "-gcflags=all=-N -l",
                                               "-ldflags=-s -w"};
}

void TestBuildViews::buildArguments()
{
    QFETCH(int, parallel);
    QFETCH(QString, tags);
    QFETCH(bool, trimpath);
    QFETCH(QString, gcflags);
    QFETCH(QString, ldflags);
    QFETCH(QStringList, args);
    BuildSettings s;
    s.parallel = parallel;
    s.tags = tags;
    s.trimpath = trimpath;
    s.gcflags = gcflags.isEmpty() ? QStringList() : QStringList{gcflags};
    s.ldflags = ldflags.isEmpty() ? QStringList() : QStringList{ldflags};
    QCOMPARE(s.buildArguments(), args);
    BuildSettings several; // one argument per entry, empty ones too
    several.gcflags = {"all=-N", ""};
    several.asmflags = {"-D=X"};
    QCOMPARE(several.buildArguments(),
             QStringList({"-gcflags=all=-N", "-gcflags=", "-asmflags=-D=X"}));
    QCOMPARE(splitTargetPatterns(QStringLiteral("  ./cmd/...   ./lib ")),
             QStringList({"./cmd/...", "./lib"}));
    QCOMPARE(splitTargetPatterns(QString()), QStringList{"./..."});
}

void TestBuildViews::settingsPersist()
{
    QCOMPARE(BuildSettings::load(), BuildSettings{});
    QCOMPARE(loadTargetPatterns(), QStringLiteral("./..."));
    BuildSettings s;
    s.parallel = 4;
    s.tags = "debug";
    s.trimpath = true;
    s.goflags = "-mod=mod";
    s.gcflags = {"all=-N", ""};
    s.asmflags = {"-D=X"};
    s.ldflags = {"-s"};
    s.lowPriority = false;
    s.save();
    saveTargetPatterns("./cmd/...");
    QCOMPARE(BuildSettings::load(), s);
    QCOMPARE(loadTargetPatterns(), QStringLiteral("./cmd/..."));
    QProcessEnvironment env;
    env.insert("GOFLAGS", "-v");
    QCOMPARE(s.applyTo(env).value("GOFLAGS"), QStringLiteral("-mod=mod"));
    QCOMPARE(BuildSettings{}.applyTo(env).value("GOFLAGS"), QStringLiteral("-v"));
}

void TestBuildViews::settingsDialog()
{
    BuildSettingsDialog dialog;
    QCOMPARE(dialog.settings(), BuildSettings{});
    dialog.findChild<QSpinBox *>("parallelSpin")->setValue(2);
    dialog.findChild<QLineEdit *>("tagsEdit")->setText("netgo");
    dialog.findChild<QCheckBox *>("trimpathCheck")->setChecked(true);
    dialog.findChild<QLineEdit *>("gcflagsEdit")->setText("all=-N -l");
    QCOMPARE(dialog.findChild<QLabel *>("flagsPreview")->text(),
             QStringLiteral("-p=2 -tags=netgo -trimpath -gcflags='all=-N -l'"));
    QSignalSpy changed(&dialog, &BuildSettingsDialog::settingsChanged);
    dialog.accept();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(BuildSettings::load().parallel, 2);
    QCOMPARE(BuildSettings::load().gcflags, QStringList{"all=-N -l"});
    QVERIFY(BuildSettings::load().lowPriority);
}

void TestBuildViews::timelineBarsAndZoom()
{
    ActionSelection selection;
    TimelineView view(&selection);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineCanvas *canvas = view.canvas();
    view.setBuild(smallBuild());
    view.updateActions(finishedUpdates());
    QCOMPARE(canvas->laneCount(), 2);
    QVERIFY(canvas->isFitting());
    // Every action run on a worker has a bar in its lane, in time order.
    const QRect lib = canvas->barRect(3), main = canvas->barRect(2), link = canvas->barRect(1);
    QVERIFY(!lib.isEmpty() && !main.isEmpty() && !link.isEmpty());
    QCOMPARE(lib.center().y(), link.center().y()); // both on worker 1
    QVERIFY(main.center().y() > lib.center().y()); // worker 2
    QVERIFY(lib.left() >= TimelineCanvas::GutterWidth);
    QVERIFY(lib.right() < main.left() + 3 && main.right() <= link.left() + 3);
    QVERIFY(link.right() < canvas->viewport()->width());
    QVERIFY(lib.width() > 10 * main.width() / 3); // 40 ms against 2 ms
    for (int a : {1, 2, 3})
        QCOMPARE(canvas->actionAt(canvas->barRect(a).center()), a);
    QCOMPARE(canvas->actionAt(QPoint(5, 5)), -1);
    QVERIFY(canvas->toolTipFor(3).contains(QLatin1String("example.com/m/lib")));

    const double fitted = canvas->nsPerPixel();
    canvas->zoomBy(2);
    QVERIFY(!canvas->isFitting());
    QCOMPARE(canvas->nsPerPixel(), fitted / 2);
    QVERIFY(canvas->barRect(3).width() > lib.width());
    canvas->fit();
    QCOMPARE(canvas->nsPerPixel(), fitted);

    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->barRect(1).center());
    QCOMPARE(selection.current(), 1);
}

// The marked chain is graph::criticalPath over the finished records, drawn
// as an outline in the critical path colour, and said in words.
void TestBuildViews::timelineCriticalPath()
{
    ActionSelection selection;
    TimelineView view(&selection);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineCanvas *canvas = view.canvas();
    const BuildStart start = smallBuild();
    view.setBuild(start);
    const QList<ActionUpdate> updates = finishedUpdates();
    view.updateActions(updates);
    graph::Adjacency deps;
    for (const ActionInfo &info : start.actions)
        deps.append(info.deps);
    QList<ActionRun> runs(start.actions.size());
    for (const ActionUpdate &u : updates)
        runs[u.action] = u.run;
    const graph::CriticalPath want =
        graph::criticalPath(deps, start.root, graph::actionDurations(recordsOf(runs)));
    // go build ← link ← build main (a 2 ms hit) ← build lib: the link waited
    // for main's build, which waited for lib's.
    QCOMPARE(want.nodes, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(canvas->criticalPath().nodes, want.nodes);
    QCOMPARE(canvas->criticalPath().totalNs, want.totalNs);
    QCOMPARE(want.totalNs, 91 * Ms);

    QToolButton *toggle = view.criticalPathButton();
    QCOMPARE(canvas->criticalPathMark(), PathMark::Hidden);
    QVERIFY(view.pathText().isEmpty() ||
            !view.findChild<QLabel *>("timelinePathText")->isVisible());
    const auto outlined = [&] {
        const QRect lib = canvas->barRect(3); // the path's text takes height when shown
        const QImage shot = canvas->viewport()->grab().toImage();
        return shot.pixelColor(lib.center().x(), lib.top() - 2).name() ==
               ActionStyle::criticalPathColor().name();
    };
    QVERIFY(!outlined());
    toggle->click();
    QCOMPARE(canvas->criticalPathMark(), PathMark::Shown);
    QVERIFY(outlined());
    QVERIFY2(view.pathText().startsWith(QLatin1String("Critical path (actions: 4)")),
             qPrintable(view.pathText()));
    QVERIFY(view.pathText().contains(QString::fromUtf8("link example.com/m/cmd/m ← build "
                                                       "example.com/m/cmd/m ← build "
                                                       "example.com/m/lib")));
    QVERIFY(toggle->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    toggle->click();
    QVERIFY(!outlined());
}

// The same data as a Chrome trace: one complete event per bar, in its lane.
void TestBuildViews::chromeTraceOfTheTimeline()
{
    const BuildStart start = smallBuild();
    QList<ActionRun> runs(start.actions.size());
    for (const ActionUpdate &u : finishedUpdates())
        runs[u.action] = u.run;
    const QJsonDocument doc = QJsonDocument::fromJson(chromeTraceOf(start, runs));
    QVERIFY(doc.isObject());
    const QJsonArray events = doc.object().value("traceEvents").toArray();
    QCOMPARE(events.size(), 4);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &e : events)
        byName.insert(e.toObject().value("name").toString(), e.toObject());
    const QJsonObject lib = byName.value("build example.com/m/lib");
    QCOMPARE(lib.value("ph").toString(), QStringLiteral("X"));
    QCOMPARE(lib.value("ts").toInteger(), 0);
    QCOMPARE(lib.value("dur").toInteger(), 40'000); // µs
    QCOMPARE(lib.value("tid").toInteger(), 1);      // worker 0
    const QJsonObject main = byName.value("build example.com/m/cmd/m");
    QCOMPARE(main.value("tid").toInteger(), 2);
    QCOMPARE(main.value("ts").toInteger(), 40'000);
    QVERIFY(main.value("args").toObject().value("cacheHit").toBool());
    QCOMPARE(byName.value("link example.com/m/cmd/m").value("args").toObject().value("actionID"),
             QJsonValue("linkID"));
    QVERIFY(byName.contains("go build"));
}

void TestBuildViews::inspectorShowsTheSelectedAction()
{
    ActionSelection selection;
    InspectorPanel inspector(&selection);
    inspector.setBuild(smallBuild());
    inspector.updateActions(finishedUpdates());
    QCOMPARE(inspector.fieldText("actionIdValue"), QString());
    selection.select(3);
    QCOMPARE(inspector.action(), 3);
    QCOMPARE(inspector.fieldText("modeValue"), QStringLiteral("build"));
    QCOMPARE(inspector.fieldText("packageValue"), QStringLiteral("example.com/m/lib"));
    QCOMPARE(inspector.fieldText("objdirValue"), QStringLiteral("$WORK/b002/"));
    QCOMPARE(inspector.fieldText("actionIdValue"), QStringLiteral("libID"));
    QCOMPARE(inspector.fieldText("buildIdValue"), QStringLiteral("libID/content"));
    QCOMPARE(inspector.fieldText("statusValue"), QStringLiteral("built"));
    QCOMPARE(inspector.fieldText("cacheValue"), QStringLiteral("miss: the tools ran"));
    QCOMPARE(inspector.fieldText("workerValue"), QStringLiteral("1"));
    QCOMPARE(inspector.fieldText("toolTimeValue"), QStringLiteral("35 ms"));
    QVERIFY(inspector.commandsText().contains(QLatin1String("compile -o $WORK/b002/_pkg_.a")));
    QCOMPARE(inspector.preimageText(),
             QStringLiteral("compile 1234\ngoos linux goarch amd64\nfile lib.go abcd\n"));
    auto *users = inspector.findChild<QListWidget *>("dependentList");
    QCOMPARE(users->count(), 2); // main's build and the link
    selection.select(2);
    QCOMPARE(inspector.fieldText("cacheValue"), QStringLiteral("hit: no tool ran"));
    QCOMPARE(inspector.commandsText(), QString());
    auto *deps = inspector.findChild<QListWidget *>("dependencyList");
    QCOMPARE(deps->count(), 1);
    QCOMPARE(deps->item(0)->text(), QStringLiteral("build example.com/m/lib"));
    emit deps->itemActivated(deps->item(0));
    QCOMPARE(selection.current(), 3);
    selection.clear();
    QCOMPARE(inspector.fieldText("modeValue"), QString());
}

void TestBuildViews::consoleFormatsGoOutput()
{
    ConsolePanel console;
    console.append("$ go build ./...\n", OutputKind::Info);
    console.append("# example.com/m/lib\nlib/lib.go:3:2: undefined: x\n", OutputKind::Build);
    console.append("partial ", OutputKind::ProgramOut);
    console.append("line\n", OutputKind::ProgramOut);
    QCOMPARE(console.text(), QStringLiteral("$ go build ./...\n# example.com/m/lib\n"
                                            "lib/lib.go:3:2: undefined: x\npartial line\n"));
    const QTextDocument *doc = console.view()->document();
    const auto formatOf = [&](int block) {
        return doc->findBlockByNumber(block).begin().fragment().charFormat();
    };
    QVERIFY(formatOf(0).fontItalic());
    QCOMPARE(formatOf(1).fontWeight(), int(QFont::Bold));
    QCOMPARE(formatOf(2).foreground().color(), QColor(0xc0, 0x39, 0x2b));
    QVERIFY(formatOf(3).fontWeight() != int(QFont::Bold));
    console.clear();
    QCOMPARE(console.text(), QString());
}

void TestBuildViews::selectionIsShared()
{
    ActionSelection selection;
    ActionsPanel table(&selection);
    TimelineView timeline(&selection);
    InspectorPanel inspector(&selection);
    const BuildStart start = smallBuild();
    table.setBuild(start);
    timeline.setBuild(start);
    inspector.setBuild(start);
    for (auto *w : std::initializer_list<QWidget *>{&table, &timeline, &inspector})
        w->show();
    const QList<ActionUpdate> updates = finishedUpdates();
    table.updateActions(updates);
    timeline.updateActions(updates);
    inspector.updateActions(updates);
    QSignalSpy changed(&selection, &ActionSelection::changed);

    // The table picks an action: everyone follows, one signal.
    const QModelIndex row = table.proxy()->mapFromSource(table.model()->indexOfAction(1));
    table.view()->setCurrentIndex(row);
    QCOMPARE(selection.current(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inspector.action(), 1);
    // Another view picks one: the table's current row follows.
    selection.select(3);
    QCOMPARE(table.view()->currentIndex().data(ActionModel::ActionRole).toInt(), 3);
    QCOMPARE(inspector.fieldText("packageValue"), QStringLiteral("example.com/m/lib"));
    QCOMPARE(changed.size(), 2);
    // The table filter hides rows without losing the model.
    table.findChild<QLineEdit *>("actionFilter")->setText("lib");
    QCOMPARE(table.proxy()->rowCount(), 1);
}

QTEST_MAIN(TestBuildViews)
#include "tst_buildviews.moc"
