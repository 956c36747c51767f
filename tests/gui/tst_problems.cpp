// Problems: ProblemParser on go's reports written as text (compiler errors
// with continuation lines, vet's "# [pkg]" and "vet: " lines, cgo's gcc
// errors with source lines, a linker error without a location, perform()'s
// "pkg: message", a report of a package that did not fail, a failed action
// go printed nothing for, a build that did not start), ProblemModel under
// QAbstractItemModelTester, and the real window building a temporary module
// with errors in two packages: the Problems panel lists exactly the
// file:line:col lines real go prints for the same module, the status bar
// counts them, clicking one selects its action in the graph view and the
// inspector, and double-clicking shows its file at the line and column.
// Failing tests' lines: real go test's stdout on a temporary module
// (plain, -v, -fullpath) parsed into the failed tests' file:line problems
// of their package's test run, the file resolved in the package directory;
// every expected location is checked to be in what go printed.
#include "buildtest.h"
#include "guitest.h"

#include "app/buildactions.h"
#include "controllers/actionselection.h"
#include "models/problemmodel.h"
#include "panels/buildstatus.h"
#include "panels/consolepanel.h"
#include "panels/inspectorpanel.h"
#include "panels/problemspanel.h"
#include "panels/sourceviewer.h"
#include "support/tempmodule.h"
#include "views/graphview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>

using namespace kiln;
using namespace kiln::gui;

namespace
{

// 0 go build ← 1 link app ← 2 build app ← 3 build lib; 4 build other.
BuildStart start()
{
    BuildStart s;
    s.workingDir = QStringLiteral("/m");
    s.root = 0;
    const auto info = [](graph::Mode mode, const QString &pkg, QList<int> deps) {
        ActionInfo i;
        i.mode = mode;
        i.package = pkg;
        i.deps = deps;
        return i;
    };
    s.actions = {info(graph::Mode::GoBuild, {}, {1, 4}),
                 info(graph::Mode::Link, "example.com/m/cmd/app", {2, 3}),
                 info(graph::Mode::Build, "example.com/m/cmd/app", {3}),
                 info(graph::Mode::Build, "example.com/m/lib", {}),
                 info(graph::Mode::Build, "example.com/m/other", {})};
    return s;
}

QList<ActionRun> runs(const QList<int> &failed)
{
    QList<ActionRun> out(5);
    for (int a = 0; a < 5; ++a)
        out[a].status = failed.contains(a) ? ActionStatus::Failed : ActionStatus::Built;
    return out;
}

// "action|location|severity|message" per problem; severity e, w or n.
QStringList describe(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems) {
        const char *sev = p.severity == Severity::Error     ? "e"
                          : p.severity == Severity::Warning ? "w"
                                                            : "n";
        out.append(QStringLiteral("%1|%2|%3|%4")
                       .arg(p.action)
                       .arg(p.location(), QLatin1String(sev), p.message));
    }
    return out;
}

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(QStringLiteral("tst_problems")); }
    void parse_data();
    void parse();
    void absolutePaths();
    void startError();
    void model();
    void failingBuildInTheWindow();
    void failingTests_data();
    void failingTests();
};

void TestProblems::parse_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QList<int>>("failed");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("compiler, continuation")
        << "# example.com/m/lib\n"
           "lib/lib.go:3:39: undefined: x\n"
           "lib/lib.go:5:9: cannot use s (variable of type string) as int value\n"
           "\thave string\n\twant int\n"
        << QList<int>{3}
        << QStringList{"3|lib/lib.go:3:39|e|undefined: x",
                       "3|lib/lib.go:5:9|e|cannot use s (variable of type string) as int "
                       "value\n\thave string\n\twant int"};
    QTest::newRow("two reports, no column")
        << "# example.com/m/other\nother/a.s:7: unexpected EOF\n"
           "# example.com/m/lib\n./lib.go:1:1: expected 'package', found x\n"
        << QList<int>{3, 4}
        << QStringList{"4|other/a.s:7|e|unexpected EOF",
                       "3|./lib.go:1:1|e|expected 'package', found x"};
    QTest::newRow("vet")
        << "# [example.com/m/lib]\nvet: lib/lib.go:4:2: fmt.Printf format %d has arg s of "
           "wrong type string\n"
        << QList<int>{3}
        << QStringList{"3|lib/lib.go:4:2|e|fmt.Printf format %d has arg s of wrong type string"};
    QTest::newRow("cgo gcc") << "# example.com/m/lib\n"
                                "lib/lib.go:4:10: fatal error: nope.h: No such file or directory\n"
                                "    4 | #include <nope.h>\n"
                                "      |          ^~~~~~~~\n"
                                "compilation terminated.\n"
                             << QList<int>{3}
                             << QStringList{
                                    "3|lib/lib.go:4:10|e|nope.h: No such file or directory\n"
                                    "    4 | #include <nope.h>\n      |          ^~~~~~~~\n"
                                    "compilation terminated."};
    QTest::newRow("linker, no location")
        << "# example.com/m/cmd/app\nmain.main: relocation target example.com/m/lib.F not "
           "defined\n"
        << QList<int>{1}
        << QStringList{"1||e|main.main: relocation target example.com/m/lib.F not defined"};
    QTest::newRow("failure line") << "example.com/m/other: no non-test Go files in /m/other\n"
                                  << QList<int>{4}
                                  << QStringList{"4||e|no non-test Go files in /m/other"};
    QTest::newRow("report of a package that built: warnings")
        << "# example.com/m/lib\nlib/c.c:3:5: warning: unused variable 'x'\n"
           "lib/c.c:9:1: note: declared here\n"
        << QList<int>{}
        << QStringList{"3|lib/c.c:3:5|w|unused variable 'x'", "3|lib/c.c:9:1|n|declared here"};
    QTest::newRow("failed without output")
        << "" << QList<int>{3} << QStringList{"3||e|build failed"};
    QTest::newRow("go's own lines are not problems") << "go: downloading nothing\n"
                                                     << QList<int>{} << QStringList{};
}

void TestProblems::parse()
{
    QFETCH(QString, output);
    QFETCH(QList<int>, failed);
    QFETCH(QStringList, problems);
    QCOMPARE(describe(ProblemParser::parse(output, start(), runs(failed))), problems);
}

void TestProblems::absolutePaths()
{
    const QList<Problem> p = ProblemParser::parse(
        "# example.com/m/lib\n./lib/../lib/lib.go:3:1: x\n/abs/x.go:1:2: y\n", start(), runs({3}));
    QCOMPARE(p.size(), 2);
    QCOMPARE(p[0].path, QStringLiteral("/m/lib/lib.go"));
    QCOMPARE(p[0].file, QStringLiteral("./lib/../lib/lib.go"));
    QCOMPARE(p[1].path, QStringLiteral("/abs/x.go"));
    QCOMPARE(p[0].package, QStringLiteral("example.com/m/lib"));
}

void TestProblems::startError()
{
    QCOMPARE(describe(ProblemParser::parseStartError(
                 "main.go:3:8: package example.com/nope is not in std (/go/src/example.com/nope)",
                 "/m")),
             QStringList{"-1|main.go:3:8|e|package example.com/nope is not in std "
                         "(/go/src/example.com/nope)"});
    QCOMPARE(describe(ProblemParser::parseStartError("go: go.mod file not found", "/m")),
             QStringList{"-1||e|go: go.mod file not found"});
}

void TestProblems::model()
{
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(ProblemParser::parse(
        "# example.com/m/lib\nlib/lib.go:10:2: b\nlib/lib.go:9:30: a\n\tmore\n", start(),
        runs({3})));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.errorCount(), 2);
    const auto cell = [&](int row, ProblemModel::Column c, int role = Qt::DisplayRole) {
        return model.index(row, int(c)).data(role);
    };
    QCOMPARE(cell(1, ProblemModel::Column::Location).toString(), QStringLiteral("lib/lib.go:9:30"));
    QCOMPARE(cell(1, ProblemModel::Column::Message).toString(), QStringLiteral("a"));
    QVERIFY(cell(1, ProblemModel::Column::Message, Qt::ToolTipRole).toString().contains("more"));
    QCOMPARE(cell(1, ProblemModel::Column::Package).toString(),
             QStringLiteral("example.com/m/lib"));
    QCOMPARE(cell(0, ProblemModel::Column::Location, ProblemModel::ActionRole).toInt(), 3);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProblemModel::SortRole);
    proxy.sort(int(ProblemModel::Column::Location));
    QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("a")); // line 9 before 10
    model.setProblems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestProblems::failingBuildInTheWindow()
{
    test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    test::TempModule module({
        {"go.mod", "module example.com/bad\n\ngo 1.22\n"},
        {"lib/lib.go", "package lib\n\nfunc Add(a, b int) int { return a + b + missing }\n\n"
                       "func Str() string {\n\tvar n int = 4\n\treturn n\n}\n"},
        {"other/other.go", "package other\n\nvar X = 1 +\n"},
        {"cmd/app/main.go", "package main\n\nimport \"example.com/bad/lib\"\n\n"
                            "func main() { println(lib.Add(1, 2)) }\n"},
    });
    // What go prints for the same module: its file:line:col lines.
    const ProcessOutput real = go.run({"build", "./..."}, module.path());
    QVERIFY(real.exitCode != 0);
    QStringList want;
    static const QRegularExpression located(QStringLiteral("^\\S+:\\d+:\\d+: .*$"),
                                            QRegularExpression::MultilineOption);
    for (auto it = located.globalMatch(QString::fromUtf8(real.stdErr)); it.hasNext();)
        want.append(it.next().captured(0));
    want.sort();
    QVERIFY2(want.size() >= 3, qPrintable(QString::fromUtf8(real.stdErr)));

    QTemporaryDir cache;
    MainWindow w;
    w.resize(MainWindow::defaultSize());
    w.buildController()->setEnvironment(test::buildEnvironment(cache.path()));
    w.openModule(module.path());
    w.show();
    QVERIFY(test::waitSettled(w));
    QSignalSpy finished(w.buildController(), &BuildController::finished);
    w.buildActions()->buildAction()->trigger();
    QVERIFY(finished.wait(300000));
    QVERIFY(!w.buildController()->lastOutcome().ok());

    ProblemsPanel *panel = w.problemsPanel();
    QStringList got;
    for (const Problem &p : panel->model()->problems()) {
        QVERIFY(p.action >= 0);
        QCOMPARE(w.buildController()->runs()[p.action].status, ActionStatus::Failed);
        got.append(p.location() + QStringLiteral(": ") + p.message.section('\n', 0, 0));
        QVERIFY(QFileInfo::exists(p.path));
    }
    got.sort();
    QCOMPARE(got, want);
    QToolButton *count = w.buildStatus()->problemsButton();
    QVERIFY(count->isVisible());
    QCOMPARE(count->text(), QString::number(want.size()));
    QVERIFY(count->toolTip().startsWith(QStringLiteral("Problems: %1.").arg(want.size())));
    QVERIFY(panel->isVisible()); // its dock came forward

    // Clicking a problem selects its action everywhere.
    QTreeView *view = panel->view();
    int row = -1;
    for (int r = 0; r < panel->proxy()->rowCount(); ++r)
        if (panel->proxy()->index(r, 2).data().toString() == QLatin1String("example.com/bad/lib"))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex index = panel->proxy()->index(row, 1);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    const int action = index.data(ProblemModel::ActionRole).toInt();
    QCOMPARE(w.actionSelection()->current(), action);
    QCOMPARE(w.buildController()->buildStart().actions[action].package,
             QStringLiteral("example.com/bad/lib"));
    QCOMPARE(w.graphView()->selectedAction(), action);
    QCOMPARE(w.inspectorPanel()->fieldText("packageValue"), QStringLiteral("example.com/bad/lib"));
    // Double-click shows the file at the line.
    const Problem &problem =
        panel->model()->problems().at(panel->proxy()->mapToSource(index).row());
    QSignalSpy opened(w.problemsPanel()->view(), &QTreeView::activated);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(opened.count(), 1);
    auto *viewer = w.findChild<SourceViewer *>(QStringLiteral("sourceViewer"));
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitFor([&] { return viewer->isLoaded(); }, 10000));
    QCOMPARE(viewer->currentLine(), problem.line);
    QCOMPARE(viewer->view()->textCursor().positionInBlock(), problem.column - 1);
    QVERIFY(viewer->view()->toPlainText().startsWith(QLatin1String("package lib\n")));
    viewer->close();
    // F8 steps to the next problem.
    const int before = view->currentIndex().row();
    panel->nextAction()->trigger();
    QCOMPARE(view->currentIndex().row(), (before + 1) % panel->proxy()->rowCount());
}

// A package whose tests fail (a plain failure with a two-line message, a
// failing subtest) and pass with a log line (no problem), and a package
// whose tests pass. Line numbers are those of this text.
static const QMap<QString, QByteArray> &failingTestFiles()
{
    static const QMap<QString, QByteArray> files{
        {"go.mod", "module example.com/pt\n\ngo 1.22\n"},
        {"a/a.go", "package a\n\nfunc Answer() int { return 41 }\n"},
        {"a/a_test.go", "package a\n"                                        // 1
                        "\n"                                                 // 2
                        "import \"testing\"\n"                               // 3
                        "\n"                                                 // 4
                        "func TestGood(t *testing.T) { t.Log(\"fine\") }\n"  // 5
                        "\n"                                                 // 6
                        "func TestBad(t *testing.T) {\n"                     // 7
                        "\tt.Errorf(\"want 42, got %d\", Answer())\n"        // 8
                        "\tt.Error(\"two\\nlines\")\n"                       // 9
                        "}\n"                                                // 10
                        "\n"                                                 // 11
                        "func TestTable(t *testing.T) {\n"                   // 12
                        "\tfor _, n := range []string{\"one\", \"two\"} {\n" // 13
                        "\t\tt.Run(n, func(t *testing.T) {\n"                // 14
                        "\t\t\tif n == \"two\" {\n"                          // 15
                        "\t\t\t\tt.Fatalf(\"sub %s\", n)\n"                  // 16
                        "\t\t\t}\n\t\t})\n\t}\n}\n"},
        {"b/b.go", "package b\n"},
        {"b/b_test.go", "package b\n\nimport \"testing\"\n\n"
                        "func TestFine(t *testing.T) { t.Log(\"all good\") }\n"},
    };
    return files;
}

void TestProblems::failingTests_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("plain") << QStringList{};
    QTest::newRow("-v") << QStringList{"-v"};
    QTest::newRow("-fullpath") << QStringList{"-fullpath"};
}

void TestProblems::failingTests()
{
    QFETCH(QStringList, flags);
    test::OracleGo go;
    QVERIFY2(go.available(), qPrintable(go.reason()));
    test::TempModule module(failingTestFiles());
    const ProcessOutput real =
        go.run(QStringList{"test"} + flags + QStringList{"./..."}, module.path());
    QCOMPARE(real.exitCode, 1);
    const QString stdOut = QString::fromUtf8(real.stdOut);

    // 0: test run of a, 1: test run of b (what the window's BuildStart has).
    BuildStart s;
    s.workingDir = module.path();
    for (const QString &pkg : {QStringLiteral("a"), QStringLiteral("b")}) {
        ActionInfo run;
        run.mode = graph::Mode::TestRun;
        run.package = QStringLiteral("example.com/pt/") + pkg;
        run.packageDir = module.path() + QLatin1Char('/') + pkg;
        s.actions.append(run);
    }
    QList<ActionRun> r(2);
    r[0].status = ActionStatus::Failed;
    r[1].status = ActionStatus::Built;
    const QList<Problem> problems = ProblemParser::parse(QString(), s, r, stdOut);

    const QString file = flags.contains("-fullpath")
                             ? module.path() + QStringLiteral("/a/a_test.go")
                             : QStringLiteral("a_test.go");
    const QStringList want{QStringLiteral("0|%1:8|e|want 42, got 41").arg(file),
                           QStringLiteral("0|%1:9|e|two\nlines").arg(file),
                           QStringLiteral("0|%1:16|e|sub two").arg(file)};
    QCOMPARE(describe(problems), want);
    for (const Problem &p : problems) {
        // What go printed, not what this test made up.
        const QString printed = p.location() + QStringLiteral(": ") + p.message.section('\n', 0, 0);
        QVERIFY2(stdOut.contains(printed), qPrintable(printed + QStringLiteral(" in\n") + stdOut));
        QCOMPARE(p.package, QStringLiteral("example.com/pt/a"));
        QCOMPARE(p.path, module.path() + QStringLiteral("/a/a_test.go"));
        QVERIFY(QFileInfo::exists(p.path));
    }
    QVERIFY(stdOut.contains(QLatin1String("        lines\n"))); // go's further line
    if (flags.contains("-v")) // a passing test's log is printed, but no problem
        QVERIFY(stdOut.contains(QLatin1String("a_test.go:5: fine")));
}

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"
