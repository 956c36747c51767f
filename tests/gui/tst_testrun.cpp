// go test in the window. TestResultsModel on test2json events of
// hand-written go test output (plain and -v: package verdicts, cached, no
// test files, build failed, subtests, a failing test's output), under
// QAbstractItemModelTester; TestSettings' flags and the Test section of the
// Build Settings dialog. Then the real window tests a temporary module (a
// passing, a failing, a skipping and a test-less package) with a GOCACHE of
// its own, through its Test action:
//   - go test's stdout printed by Kiln equals real go test's on a fresh
//     cache of its own, byte for byte but for the times;
//   - the Tests view has each package's verdict, the failing test under its
//     package with its output shown, the status bar counts them, and the
//     graph shows the failing run failed;
//   - the failing test's file:line line is in the Problems panel, at the
//     test file in the package directory, selecting its run, and it opens
//     the file at the line;
//   - a second Test prints "(cached)" for the passing packages (graph:
//     cache hits) and real go test on the same GOCACHE then prints exactly
//     that too: go replays what Kiln saved;
//   - -v (Build Settings) lists every test, subtests under their parents,
//     and again equals go test -v's stdout;
//   - Stop kills a test binary that sleeps.
#include "buildtest.h"
#include "guitest.h"

#include "app/buildactions.h"
#include "controllers/actionselection.h"
#include "controllers/testsettings.h"
#include "models/problemmodel.h"
#include "models/testresultsmodel.h"
#include "panels/buildsettingsdialog.h"
#include "panels/buildstatus.h"
#include "panels/inspectorpanel.h"
#include "panels/problemspanel.h"
#include "panels/sourceviewer.h"
#include "panels/testsettingsgroup.h"
#include "panels/testspanel.h"
#include "support/tempmodule.h"
#include "test/test2json.h"
#include "views/graphview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>

using namespace kiln;
using namespace kiln::gui;

namespace
{

// One package's go test output as test events (what BuildChannel makes).
QList<TestEvent> eventsOf(int action, const QString &package, const QByteArray &output,
                          test::TestExit exit)
{
    QList<TestEvent> out;
    test::Test2JsonConverter c(package, [&](const test::Test2JsonEvent &e, const QByteArray &) {
        out.append({action, e});
    });
    c.feed(output);
    c.exited(exit);
    c.close();
    return out;
}

QString cell(const QAbstractItemModel &m, const QModelIndex &i, int column, int role)
{
    return m.index(i.row(), column, i.parent()).data(role).toString();
}

TestVerdict verdictOf(const QModelIndex &i)
{
    return TestVerdict(i.data(TestResultsModel::VerdictRole).toInt());
}

// go test's stdout with the times replaced: "\t0.012s" and "(0.00s)".
QString withoutTimes(QString text)
{
    static const QRegularExpression elapsed(QStringLiteral("\\t\\d+\\.\\d+s"));
    static const QRegularExpression report(QStringLiteral("\\(\\d+\\.\\d+s\\)"));
    return text.replace(elapsed, QStringLiteral("\tTIME")).replace(report, QStringLiteral("(T)"));
}

const QMap<QString, QByteArray> &moduleFiles()
{
    static const QMap<QString, QByteArray> files{
        {"go.mod", "module example.com/t\n\ngo 1.22\n"},
        {"pass/pass.go", "package pass\n\nfunc Add(a, b int) int { return a + b }\n"},
        {"pass/pass_test.go",
         "package pass\n\nimport \"testing\"\n\n"
         "func TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal(\"add\")\n\t}\n}\n\n"
         "func TestTable(t *testing.T) {\n\tfor _, n := range []string{\"one\", \"two\"} {\n"
         "\t\tt.Run(n, func(t *testing.T) { t.Log(n) })\n\t}\n}\n"},
        {"fail/fail.go", "package fail\n\nfunc Answer() int { return 41 }\n"},
        {"fail/fail_test.go",
         "package fail\n\nimport \"testing\"\n\n"
         "func TestGood(t *testing.T) {}\n\n"
         "func TestBad(t *testing.T) {\n\tt.Errorf(\"boom %d\", Answer())\n}\n"},
        {"skip/skip.go", "package skip\n"},
        {"skip/skip_test.go", "package skip\n\nimport \"testing\"\n\n"
                              "func TestLater(t *testing.T) { t.Skip(\"not today\") }\n\n"
                              "func TestNow(t *testing.T) {}\n"},
        {"notests/notests.go", "package notests\n\nconst N = 1\n"},
    };
    return files;
}

// The test run action of package in the window's last run.
int runActionOf(const BuildController &c, const QString &package)
{
    const QList<ActionInfo> &actions = c.buildStart().actions;
    for (qsizetype a = 0; a < actions.size(); ++a)
        if (actions[a].mode == graph::Mode::TestRun && actions[a].package == package)
            return int(a);
    return -1;
}

int failRunOf(const MainWindow &w)
{
    return runActionOf(*w.buildController(), QStringLiteral("example.com/t/fail"));
}

} // namespace

class TestTestRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_testrun")); }
    void model_data();
    void model();
    void liveAndReset();
    void settings();
    void testInTheWindow();
    void stopKillsTheBinary();

private:
    // Runs the window's Test; returns go test's stdout as Kiln printed it.
    QString runTest(MainWindow &w, BuildOutcome *outcome);
    QSet<QString> m_progressTexts; // the status bar's text at each progress of runTest
};

void TestTestRun::model_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("elapsed");
    QTest::addColumn<QStringList>("tests"); // "path=verdict", depth first

    QTest::newRow("ok") << QByteArray("ok  \tex/p\t0.012s\n") << false << int(TestVerdict::Passed)
                        << "ok"
                        << "0.012 s" << QStringList();
    QTest::newRow("cached") << QByteArray("ok  \tex/p\t(cached)\n") << false
                            << int(TestVerdict::Cached) << "ok (cached)" << QString()
                            << QStringList();
    QTest::newRow("no test files")
        << QByteArray("?   \tex/p\t[no test files]\n") << false << int(TestVerdict::NoTestFiles)
        << "no test files" << QString() << QStringList();
    QTest::newRow("no tests to run")
        << QByteArray("testing: warning: no tests to run\nPASS\nok  \tex/p\t0.003s [no tests to "
                      "run]\n")
        << false << int(TestVerdict::Passed) << "ok [no tests to run]"
        << "0.003 s" << QStringList();
    QTest::newRow("build failed") << QByteArray("FAIL\tex/p [build failed]\n") << true
                                  << int(TestVerdict::Failed) << "FAIL [build failed]" << QString()
                                  << QStringList();
    QTest::newRow("failing test")
        << QByteArray("--- FAIL: TestBad (0.01s)\n    x_test.go:8: boom 42\nFAIL\n"
                      "FAIL\tex/p\t0.020s\n")
        << true << int(TestVerdict::Failed) << "FAIL"
        << "0.020 s" << QStringList{"TestBad=FAIL"};
    QTest::newRow("-v with subtests")
        << QByteArray("=== RUN   TestA\n=== RUN   TestA/one\n    a_test.go:3: one\n"
                      "=== RUN   TestA/two\n--- PASS: TestA (0.00s)\n"
                      "    --- PASS: TestA/one (0.00s)\n    --- PASS: TestA/two (0.00s)\n"
                      "=== RUN   TestS\n    a_test.go:9: not today\n--- SKIP: TestS (0.00s)\n"
                      "PASS\nok  \tex/p\t0.004s\n")
        << false << int(TestVerdict::Passed) << "ok"
        << "0.004 s" << QStringList{"TestA=ok", "TestA/one=ok", "TestA/two=ok", "TestS=skipped"};
}

void TestTestRun::model()
{
    QFETCH(QByteArray, output);
    QFETCH(bool, failed);
    QFETCH(int, verdict);
    QFETCH(QString, result);
    QFETCH(QString, elapsed);
    QFETCH(QStringList, tests);
    TestResultsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.addEvents(eventsOf(7, QStringLiteral("ex/p"), output,
                         failed ? test::TestExit::Failure : test::TestExit::Success));
    QCOMPARE(m.rowCount(), 1);
    const QModelIndex p = m.index(0, 0);
    QCOMPARE(p.data().toString(), QStringLiteral("ex/p"));
    QCOMPARE(verdictOf(p), TestVerdict(verdict));
    QCOMPARE(cell(m, p, int(TestResultsModel::Column::Result), Qt::DisplayRole), result);
    QCOMPARE(cell(m, p, int(TestResultsModel::Column::Elapsed), Qt::DisplayRole), elapsed);
    QCOMPARE(p.data(TestResultsModel::ActionRole).toInt(), 7);
    QVERIFY(p.data(TestResultsModel::OutputRole).toString().contains(QStringLiteral("ex/p")));
    QStringList got;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            got << i.data(Qt::ToolTipRole).toString() + QLatin1Char('=') +
                       cell(m, i, int(TestResultsModel::Column::Result), Qt::DisplayRole);
            walk(i);
        }
    };
    walk(p);
    QCOMPARE(got, tests);
    if (QTest::currentDataTag() == QLatin1String("failing test")) {
        const QModelIndex bad = m.find(QStringLiteral("ex/p"), QStringLiteral("TestBad"));
        QVERIFY(bad.isValid());
        QVERIFY(bad.data(TestResultsModel::OutputRole).toString().contains("boom 42"));
        QCOMPARE(cell(m, bad, int(TestResultsModel::Column::Elapsed), Qt::DisplayRole),
                 QStringLiteral("0.010 s"));
        QCOMPARE(m.tally(), (TestTally{0, 1, 0, 0, 0, 1, 0}));
    }
    if (QTest::currentDataTag() == QLatin1String("-v with subtests")) {
        const QModelIndex a = m.find(QStringLiteral("ex/p"), QStringLiteral("TestA"));
        QCOMPARE(m.rowCount(a), 2);
        QCOMPARE(a.data().toString(), QStringLiteral("TestA"));
        QCOMPARE(m.index(0, 0, a).data().toString(), QStringLiteral("one")); // its last element
        QVERIFY(a.data(TestResultsModel::OutputRole).toString().contains("a_test.go:3: one"));
        QCOMPARE(m.tally(), (TestTally{1, 0, 0, 0, 3, 0, 1}));
    }
}

void TestTestRun::liveAndReset()
{
    TestResultsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two packages interleaved, each in pieces, as the runs report them.
    QList<TestEvent> a =
        eventsOf(1, QStringLiteral("ex/a"), "ok  \tex/a\t(cached)\n", test::TestExit::Success);
    QList<TestEvent> b =
        eventsOf(2, QStringLiteral("ex/b"), "--- FAIL: TestX (0.00s)\nFAIL\nFAIL\tex/b\t0.1s\n",
                 test::TestExit::Failure);
    m.addEvents(a.mid(0, 1));
    m.addEvents(b.mid(0, 2));
    QCOMPARE(verdictOf(m.index(0, 0)), TestVerdict::Running);
    m.addEvents(a.mid(1));
    m.addEvents(b.mid(2));
    m.addEvents(eventsOf(-1, QStringLiteral("ex/c"), "FAIL\tex/c [setup failed]\n",
                         test::TestExit::Failure));
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(verdictOf(m.index(0, 0)), TestVerdict::Cached);
    QCOMPARE(verdictOf(m.index(1, 0)), TestVerdict::Failed);
    QCOMPARE(verdictOf(m.index(2, 0)), TestVerdict::Failed);
    QCOMPARE(m.index(2, int(TestResultsModel::Column::Result)).data().toString(),
             QStringLiteral("FAIL [setup failed]"));
    QCOMPARE(m.tally(), (TestTally{1, 2, 1, 0, 0, 1, 0}));
    QCOMPARE(TestsPanel::tallyText(m.tally()),
             QStringLiteral("packages ok: 1 (cached: 1) · failed: 2 · tests: 0 passed, 1 failed, "
                            "0 skipped"));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m);
    proxy.setSortRole(TestResultsModel::SortRole);
    proxy.sort(int(TestResultsModel::Column::Name), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("ex/c"));
    m.reset();
    QCOMPARE(m.rowCount(), 0);
}

void TestTestRun::settings()
{
    QCOMPARE(TestSettings{}.testArguments(), QStringList());
    TestSettings s;
    s.run = QStringLiteral(" ^TestA$ ");
    s.shortMode = true;
    s.noCache = true;
    s.verbose = true;
    s.timeout = QStringLiteral("30s");
    s.vetOff = true;
    QCOMPARE(s.testArguments(),
             (QStringList{"-run=^TestA$", "-short", "-count=1", "-v", "-timeout=30s", "-vet=off"}));
    s.save();
    QCOMPARE(TestSettings::load(), s);
    BuildRequest r;
    r.kind = BuildKind::Test;
    r.patterns = {QStringLiteral("./...")};
    r.settings.trimpath = true;
    r.testSettings = s;
    QCOMPARE(BuildController::argumentsFor(r),
             (QStringList{"-trimpath", "-run=^TestA$", "-short", "-count=1", "-v", "-timeout=30s",
                          "-vet=off", "./..."}));

    // The dialog's Test section shows, edits and saves them.
    BuildSettingsDialog dialog;
    auto *group = dialog.findChild<TestSettingsGroup *>(QStringLiteral("testSettingsGroup"));
    QVERIFY(group);
    QCOMPARE(group->settings(), s);
    auto *preview = group->findChild<QLabel *>(QStringLiteral("testFlagsPreview"));
    QCOMPARE(preview->text(), QStringLiteral("-run=^TestA$ -short -count=1 -v -timeout=30s "
                                             "-vet=off"));
    group->findChild<QCheckBox *>(QStringLiteral("testVerboseCheck"))->setChecked(false);
    group->findChild<QLineEdit *>(QStringLiteral("testRunEdit"))->setText(QStringLiteral("X Y"));
    QCOMPARE(preview->text(), QStringLiteral("-run='X Y' -short -count=1 -timeout=30s -vet=off"));
    dialog.accept();
    QCOMPARE(TestSettings::load().verbose, false);
    QCOMPARE(TestSettings::load().run, QStringLiteral("X Y"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(group->settings(), TestSettings{});
    TestSettings{}.save();
}

QString TestTestRun::runTest(MainWindow &w, BuildOutcome *outcome)
{
    QString out;
    auto c = connect(w.buildController(), &BuildController::outputReceived, this,
                     [&](const QString &text, OutputKind kind) {
                         if (kind == OutputKind::TestOut)
                             out += text;
                     });
    // The status bar while the run goes on (the window's slot ran first).
    m_progressTexts.clear();
    auto p = connect(w.buildController(), &BuildController::progressChanged, this,
                     [&] { m_progressTexts.insert(w.buildStatus()->summaryText()); });
    QSignalSpy finished(w.buildController(), &BuildController::finished);
    w.buildActions()->testAction()->trigger();
    if (!finished.wait(600000))
        qWarning("the test run did not finish");
    disconnect(c);
    disconnect(p);
    if (!finished.isEmpty())
        *outcome = finished.first().first().value<BuildOutcome>();
    return out;
}

void TestTestRun::testInTheWindow()
{
    test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    test::TempModule module(moduleFiles());
    QTemporaryDir cache, goCache;
    const QProcessEnvironment env = test::buildEnvironment(cache.path());
    const ProcessOutput fresh =
        go.runWithEnv({"test", "./..."}, module.path(), test::buildEnvironment(goCache.path()));
    QCOMPARE(fresh.exitCode, 1);

    MainWindow w;
    w.resize(MainWindow::defaultSize());
    w.buildController()->setEnvironment(env);
    w.openModule(module.path());
    w.show();
    QVERIFY(test::waitSettled(w));
    QVERIFY(w.buildActions()->testAction()->isEnabled());

    // 1. The same stdout as go test, but for the times.
    BuildOutcome o;
    const QString first = runTest(w, &o);
    QVERIFY2(o.started, qPrintable(o.error));
    QVERIFY(o.testsFailed);
    QVERIFY(!o.ok());
    QCOMPARE(m_progressTexts, QSet<QString>{QStringLiteral("Testing…")});
    QCOMPARE(withoutTimes(first), withoutTimes(QString::fromUtf8(fresh.stdOut)));
    QVERIFY(first.contains(QLatin1String("?   \texample.com/t/notests\t[no test files]\n")));

    // The Tests view: a row per package, the failing test under its package.
    TestsPanel *panel = w.testsPanel();
    QCOMPARE(w.views()->currentWidget(), panel);
    TestResultsModel *m = panel->model();
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(verdictOf(m->find("example.com/t/pass")), TestVerdict::Passed);
    QCOMPARE(verdictOf(m->find("example.com/t/skip")), TestVerdict::Passed);
    QCOMPARE(verdictOf(m->find("example.com/t/notests")), TestVerdict::NoTestFiles);
    QCOMPARE(verdictOf(m->find("example.com/t/fail")), TestVerdict::Failed);
    QVERIFY(!cell(*m, m->find("example.com/t/pass"), 2, Qt::DisplayRole).isEmpty());
    const QModelIndex bad = m->find("example.com/t/fail", "TestBad");
    QCOMPARE(verdictOf(bad), TestVerdict::Failed);
    QCOMPARE(m->rowCount(m->find("example.com/t/fail")), 1); // without -v: failures only
    QVERIFY(panel->view()->isExpanded(panel->proxy()->mapFromSource(bad.parent())));
    // The first failure is selected, its output shown.
    QCOMPARE(panel->proxy()->mapToSource(panel->view()->currentIndex()), bad);
    QVERIFY2(panel->outputView()->toPlainText().contains("fail_test.go:8: boom 41"),
             qPrintable(panel->outputView()->toPlainText()));
    // The graph, the status bar.
    const int failRun = runActionOf(*w.buildController(), "example.com/t/fail");
    const int passRun = runActionOf(*w.buildController(), "example.com/t/pass");
    QVERIFY(failRun >= 0 && passRun >= 0);
    QCOMPARE(w.graphView()->actionState(failRun), ActionStatus::Failed);
    QCOMPARE(w.graphView()->actionState(passRun), ActionStatus::Built);
    QVERIFY2(w.buildStatus()->summaryText().startsWith(
                 QStringLiteral("Tests failed · packages: 2 passed (0 cached), 1 failed · "
                                "actions run: ")),
             qPrintable(w.buildStatus()->summaryText()));
    // The failing test's "fail_test.go:8: boom 41" is a problem of its test
    // run, at the file in the package directory.
    ProblemsPanel *problems = w.problemsPanel();
    int problemRow = -1;
    for (int r = 0; r < problems->proxy()->rowCount(); ++r) {
        const QModelIndex i = problems->proxy()->index(r, 0);
        const Problem &p =
            problems->model()->problems().at(problems->proxy()->mapToSource(i).row());
        if (p.file == QLatin1String("fail_test.go"))
            problemRow = r;
    }
    QVERIFY(problemRow >= 0);
    const QModelIndex problemIndex = problems->proxy()->index(problemRow, 1);
    const Problem &failing =
        problems->model()->problems().at(problems->proxy()->mapToSource(problemIndex).row());
    QCOMPARE(failing.line, 8);
    QCOMPARE(failing.message, QStringLiteral("boom 41"));
    QCOMPARE(failing.action, failRun);
    QCOMPARE(failing.path, module.path() + QStringLiteral("/fail/fail_test.go"));
    // Selecting it selects the failing run; opening it (what a double-click
    // does, tst_problems clicks) shows the test file at the line.
    problems->view()->setCurrentIndex(problemIndex);
    QCOMPARE(w.actionSelection()->current(), failRun);
    // The inspector times the test binary, which is no tool command.
    QVERIFY2(
        w.inspectorPanel()->fieldText("toolTimeValue").endsWith(QLatin1String("(the test binary)")),
        qPrintable(w.inspectorPanel()->fieldText("toolTimeValue")));
    SourceViewer *viewer = problems->openSource(problemIndex);
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitFor([&] { return viewer->isLoaded(); }, 10000));
    QCOMPARE(viewer->currentLine(), 8);
    QVERIFY(viewer->view()->toPlainText().startsWith(QLatin1String("package fail\n")));
    viewer->close();
    // Clicking a package selects its test run everywhere.
    const QModelIndex passRow = panel->proxy()->mapFromSource(m->find("example.com/t/pass"));
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {},
                      panel->view()->visualRect(passRow).center());
    QCOMPARE(w.actionSelection()->current(), passRun);
    // All the binary printed ("PASS", which go test drops without -v), then go's line.
    QVERIFY2(
        panel->outputView()->toPlainText().contains(QLatin1String("ok  \texample.com/t/pass\t")),
        qPrintable(panel->outputView()->toPlainText()));

    // 2. Again: the passing packages come from the cache, and go agrees.
    const QString second = runTest(w, &o);
    QVERIFY(o.testsFailed);
    QVERIFY2(second.contains(QLatin1String("ok  \texample.com/t/pass\t(cached)\n")) &&
                 second.contains(QLatin1String("ok  \texample.com/t/skip\t(cached)\n")),
             qPrintable(second));
    QCOMPARE(verdictOf(m->find("example.com/t/pass")), TestVerdict::Cached);
    QCOMPARE(verdictOf(m->find("example.com/t/fail")), TestVerdict::Failed);
    const int cachedRun = runActionOf(*w.buildController(), "example.com/t/pass");
    QCOMPARE(w.graphView()->actionState(cachedRun), ActionStatus::CacheHit);
    // The replayed run and the link its cached result let go are cache hits
    // in their records (issue 7: the inspector said "not cached"), and the
    // build's hit count has them.
    const QList<ActionRun> &runs = w.buildController()->runs();
    const int cachedLink = w.buildController()->buildStart().actions[cachedRun].deps.first();
    QVERIFY(runs[cachedRun].record.cacheHit);
    QVERIFY(runs[cachedLink].record.cacheHit);
    QVERIFY(!runs[failRunOf(w)].record.cacheHit);
    QVERIFY(o.summary.cacheHits >= 4); // pass and skip: each its run and its link
    w.actionSelection()->select(cachedRun);
    QCOMPARE(w.inspectorPanel()->fieldText("cacheValue"), QStringLiteral("hit: no tool ran"));
    QVERIFY2(w.buildStatus()->summaryText().startsWith(
                 QStringLiteral("Tests failed · packages: 2 passed (2 cached), 1 failed · "
                                "actions run: ")),
             qPrintable(w.buildStatus()->summaryText()));
    const ProcessOutput shared = go.runWithEnv({"test", "./..."}, module.path(), env);
    QCOMPARE(withoutTimes(QString::fromUtf8(shared.stdOut)), withoutTimes(second));

    // 3. -v: every test, subtests under their parents; go test -v agrees.
    TestSettings verbose;
    verbose.verbose = true;
    verbose.save();
    const QString third = runTest(w, &o);
    TestSettings{}.save();
    const ProcessOutput real = go.runWithEnv({"test", "-v", "./..."}, module.path(),
                                             test::buildEnvironment(goCache.path()));
    QCOMPARE(withoutTimes(third), withoutTimes(QString::fromUtf8(real.stdOut)));
    QCOMPARE(verdictOf(m->find("example.com/t/skip", "TestLater")), TestVerdict::Skipped);
    QCOMPARE(verdictOf(m->find("example.com/t/fail", "TestGood")), TestVerdict::Passed);
    const QModelIndex table = m->find("example.com/t/pass", "TestTable");
    QCOMPARE(m->rowCount(table), 2);
    QCOMPARE(m->find("example.com/t/pass", "TestTable/two").parent(), table);
    QVERIFY(m->find("example.com/t/pass", "TestTable/one")
                .data(TestResultsModel::OutputRole)
                .toString()
                .contains("pass_test.go:13: one"));
    QCOMPARE(m->tally().testsSkipped, 1);
    // Failures only.
    panel->failuresOnly()->setChecked(true);
    QCOMPARE(panel->proxy()->rowCount(), 1);
    QCOMPARE(panel->proxy()->rowCount(panel->proxy()->index(0, 0)), 1);
    panel->failuresOnly()->setChecked(false);
}

void TestTestRun::stopKillsTheBinary()
{
    test::TempModule module({
        {"go.mod", "module example.com/slow\n\ngo 1.22\n"},
        {"slow_test.go", "package slow\n\nimport (\n\t\"testing\"\n\t\"time\"\n)\n\n"
                         "func TestSlow(t *testing.T) { time.Sleep(5 * time.Minute) }\n"},
    });
    QTemporaryDir cache;
    MainWindow w;
    w.buildController()->setEnvironment(test::buildEnvironment(cache.path()));
    w.openModule(module.path());
    w.show();
    QVERIFY(test::waitSettled(w));
    QSignalSpy finished(w.buildController(), &BuildController::finished);
    w.buildActions()->testAction()->trigger();
    BuildController *c = w.buildController();
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int run = runActionOf(*c, "example.com/slow");
            return run >= 0 && c->runs().value(run).status == ActionStatus::Running;
        },
        300000));
    QTest::qWait(1000); // the binary is running
    QVERIFY(w.buildActions()->stopAction()->isEnabled());
    QElapsedTimer t;
    t.start();
    w.buildActions()->stopAction()->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    const BuildOutcome o = finished.first().first().value<BuildOutcome>();
    QVERIFY(o.cancelled);
    QVERIFY(!o.ok());
    QVERIFY(w.buildActions()->testAction()->isEnabled());
    QCOMPARE(verdictOf(w.testsPanel()->model()->find("example.com/slow")), TestVerdict::Failed);
    QVERIFY(w.buildStatus()->summaryText().startsWith(QLatin1String("Stopped")));
}

QTEST_MAIN(TestTestRun)
#include "tst_testrun.moc"
