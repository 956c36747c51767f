// Oracle: kiln-cli test against go test 1.25 on the same input, in the same
// directory, on the shared oracle GOCACHE.
//  - sameAsGo: the bundled examples (cgodemo with small test files added to
//    its temp copy: it has none) and ten std packages. `-count=1
//    -debug-actiongraph` runs: the same stdout (times normalised), stderr and
//    exit status, every action's ActionID and BuildID equal go's by BFS ID
//    (test graphs repeat (Mode, Package) keys: ptest and P share the import
//    path); `-count=1 -json` runs: the same events per package and test
//    (tests/support/testrunoutput.h) and the same test counts.
//  - failuresLikeGo: a module of failing, crashing, slow, unvettable and
//    unbuildable packages: failures, panics, os.Exit(3), a nil dereference in
//    a goroutine, -timeout, -failfast, -v, -run without matches, no test
//    files, build and vet failures and setup failures print exactly what go
//    prints (times, addresses and goroutine dumps normalised), text and -json.
//  - compileOnly: -c, -c -o dir/, -c -o file write go's bytes to go's paths.
//  - cachedGraph: a run go's test cache replays: the same "(cached)" output
//    and the same -debug-actiongraph IDs (the link the cached result let go
//    has go's placeholder build ID unpublished: no BuildID).
#include "support/actiongraph.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"
#include "support/testrunoutput.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::test;

namespace
{

const QStringList stdPackages = {"strings",       "bytes", "sort",          "strconv",
                                 "encoding/json", "fmt",   "path/filepath", "container/list",
                                 "unicode/utf8",  "regexp"};

// Tests for cgodemo, which ships without any (written into its temp copy).
const QMap<QString, QByteArray> cgodemoTests = {{"checksum/checksum_test.go", R"(package checksum

import "testing"

func TestCRC32(t *testing.T) {
	if got := CRC32([]byte("hello")); got != 0x3610a686 {
		t.Fatalf("CRC32(hello) = %#x", got)
	}
}

func TestVersion(t *testing.T) {
	if Version() == "" {
		t.Fatal("empty zlib version")
	}
}
)"},
                                                {"native/native_test.go", R"(package native_test

import (
	"fmt"
	"testing"

	"example.com/cgodemo/native"
)

func TestScaled(t *testing.T) {
	for n := range 3 {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			if got := native.Scaled(n); got != 2*n {
				t.Errorf("Scaled(%d) = %d", n, got)
			}
		})
	}
}

func ExampleCountWords() {
	fmt.Println(native.CountWords("one two  three"))
	// Output: 3
}
)"}};

QByteArray answer(const char *pkg)
{
    return "package " + QByteArray(pkg) + "\n\nfunc Answer() int { return 42 }\n";
}

// The failure scenarios' module.
QMap<QString, QByteArray> scenarioFiles()
{
    QMap<QString, QByteArray> f{{"go.mod", "module example.com/sc\n\ngo 1.22\n"}};
    for (const char *p : {"pass", "fail", "multi", "panicky", "exit3", "segv", "sleepy", "vetfail"})
        f.insert(QLatin1String(p) + QStringLiteral("/") + QLatin1String(p) + QStringLiteral(".go"),
                 answer(p));
    f["pass/pass_test.go"] = "package pass\n\nimport \"testing\"\n\n"
                             "func TestAnswer(t *testing.T) {\n\tif Answer() != 42 {\n"
                             "\t\tt.Fatal(\"wrong\")\n\t}\n\tt.Log(\"logged\")\n}\n";
    f["fail/fail_test.go"] =
        "package fail\n\nimport \"testing\"\n\nfunc TestOK(t *testing.T) {}\n\n"
        "func TestBad(t *testing.T) {\n"
        "\tt.Errorf(\"Answer() = %d, want 41\", Answer())\n}\n";
    f["multi/multi_test.go"] = R"(package multi

import "testing"

func TestA(t *testing.T) { t.Log("a") }
func TestB(t *testing.T) { t.Fatal("b fails") }
func TestC(t *testing.T) { t.Log("c") }
func TestD(t *testing.T) {
	t.Run("sub1", func(t *testing.T) {})
	t.Run("sub2", func(t *testing.T) { t.Skip("skipped") })
}
)";
    f["panicky/panic_test.go"] =
        "package panicky\n\nimport \"testing\"\n\nfunc TestPanic(t *testing.T) {\n"
        "\tpanic(\"boom\")\n}\n";
    f["exit3/exit_test.go"] = "package exit3\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"testing\"\n)\n\n"
                              "func TestExit(t *testing.T) {\n"
                              "\tfmt.Print(\"leaving without newline\")\n\tos.Exit(3)\n}\n";
    f["segv/segv_test.go"] = R"(package segv

import (
	"testing"
	"time"
)

type node struct{ next *node }

func TestNilDeref(t *testing.T) {
	var n *node
	go func() { _ = n.next }()
	time.Sleep(5 * time.Second)
}
)";
    f["sleepy/sleep_test.go"] =
        "package sleepy\n\nimport (\n\t\"testing\"\n\t\"time\"\n)\n\n"
        "func TestSleep(t *testing.T) {\n\ttime.Sleep(30 * time.Second)\n}\n";
    f["vetfail/vet_test.go"] = "package vetfail\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n)\n\n"
                               "func TestFormat(t *testing.T) {\n"
                               "\tfmt.Printf(\"%d\\n\", \"not a number\")\n}\n";
    f["builderr/builderr.go"] = "package builderr\n\nfunc Broken() int {\n"
                                "\treturn \"not an int\"\n}\n";
    f["builderr/builderr_test.go"] = "package builderr\n\nimport \"testing\"\n\n"
                                     "func TestBroken(t *testing.T) { _ = Broken() }\n";
    f["notests/notests.go"] = "package notests\n\nfunc F() {}\n";
    f["badimport/b.go"] = "package badimport\n\nimport _ \"example.com/sc/nonexistent\"\n";
    f["badimport/b_test.go"] = "package badimport\n\nimport \"testing\"\n\n"
                               "func TestX(t *testing.T) {}\n";
    return f;
}

QByteArray describe(const char *who, const ProcessOutput &out)
{
    return QByteArray(who) + ": exit " + QByteArray::number(out.exitCode) + "\n--- stdout\n" +
           out.stdOut.right(4000) + "\n--- stderr\n" + out.stdErr.right(4000) + "\n";
}

// Compares normalised text line by line; the first difference, "" if equal.
QString textDifference(const QByteArray &go, const QByteArray &kiln)
{
    const QList<QByteArray> a = normaliseTestOutput(go).split('\n');
    const QList<QByteArray> b = normaliseTestOutput(kiln).split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1:\n go   %2\n kiln %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i, "<none>")),
                     QString::fromUtf8(b.value(i, "<none>")));
    return {};
}

// Every action's ActionID and BuildID by BFS ID. Returns the differences
// and counts the IDs go has.
QStringList idDifferences(const ActionGraphFile &go, const ActionGraphFile &kiln, int *goIds)
{
    QStringList out;
    if (go.actions.size() != kiln.actions.size())
        out << QStringLiteral("actions: go %1, kiln %2")
                   .arg(go.actions.size())
                   .arg(kiln.actions.size());
    for (qsizetype i = 0; i < std::min(go.actions.size(), kiln.actions.size()); ++i) {
        const GraphAction &g = go.actions[i], &k = kiln.actions[i];
        if (!g.actionID.isEmpty())
            ++*goIds;
        if (g.key() != k.key())
            out << QStringLiteral("ID %1: go (%2), kiln (%3)").arg(i).arg(g.key(), k.key());
        else if (g.actionID != k.actionID || g.buildID != k.buildID)
            out << QStringLiteral("ID %1 (%2): go %3 %4, kiln %5 %6")
                       .arg(i)
                       .arg(g.key(), g.actionID, g.buildID, k.actionID, k.buildID);
    }
    return out;
}

// The two -debug-actiongraph files' differences (idDifferences, the first
// 20), or why one could not be read or go's has too few IDs; "" when equal.
QString graphDifference(const QString &goGraph, const QString &kilnGraph)
{
    const auto goActions = readActionGraph(goGraph);
    if (!goActions)
        return goActions.error().toString();
    const auto kilnActions = readActionGraph(kilnGraph);
    if (!kilnActions)
        return kilnActions.error().toString();
    int goIds = 0;
    const QStringList ids = idDifferences(*goActions, *kilnActions, &goIds);
    if (!ids.isEmpty())
        return ids.mid(0, 20).join(QLatin1Char('\n'));
    return goIds > 10 ? QString() : QStringLiteral("go's graph has only %1 action IDs").arg(goIds);
}

} // namespace

class TestTestOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameAsGo_data();
    void sameAsGo();
    void failuresLikeGo_data();
    void failuresLikeGo();
    void compileOnly_data();
    void compileOnly();
    void cachedGraph();

private:
    // Runs go and then kiln-cli with `test args` in dir; both outputs.
    std::pair<ProcessOutput, ProcessOutput> runBoth(const QStringList &args, const QString &dir,
                                                    const QProcessEnvironment &env) const;

    OracleGo m_go;
    std::unique_ptr<TempModule> m_scenarios;
};

void TestTestOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    m_scenarios = std::make_unique<TempModule>(scenarioFiles());
}

std::pair<ProcessOutput, ProcessOutput>
TestTestOracle::runBoth(const QStringList &args, const QString &dir,
                        const QProcessEnvironment &env) const
{
    const QStringList argv = QStringList{QStringLiteral("test")} + args;
    ProcessOutput go = m_go.runWithEnv(argv, dir, env);
    ProcessOutput kiln = runKilnCli(argv, dir, env);
    return {go, kiln};
}

void TestTestOracle::sameAsGo_data()
{
    QTest::addColumn<QString>("example"); // "" = a go 1.25 module of its own
    QTest::addColumn<QString>("cgo");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("hello") << "hello"
                           << "0" << QStringList{"./..."};
    QTest::newRow("pipeline") << "pipeline"
                              << "0" << QStringList{"./..."};
    QTest::newRow("cgodemo") << "cgodemo"
                             << "1" << QStringList{"./..."};
    QTest::newRow("std") << ""
                         << "0" << QStringList{"-short"} + stdPackages;
}

void TestTestOracle::sameAsGo()
{
    QFETCH(QString, example);
    QFETCH(QString, cgo);
    QFETCH(QStringList, args);
    TempModule module;
    if (example.isEmpty()) {
        // go 1.25 semantics for std's GODEBUG defaults (encoding/json's
        // synctest tests need asynctimerchan=0).
        module.write(QStringLiteral("go.mod"), "module example.com/std\n\ngo 1.25\n");
    } else {
        module.copyTree(exampleDir(example));
        if (example == QLatin1String("cgodemo"))
            for (auto it = cgodemoTests.begin(); it != cgodemoTests.end(); ++it)
                module.write(it.key(), it.value());
    }
    const QProcessEnvironment env = m_go.environment({{"CGO_ENABLED", cgo}});
    QTemporaryDir graphs;
    const QString goGraph = graphs.filePath(QStringLiteral("go.json"));
    const QString kilnGraph = graphs.filePath(QStringLiteral("kiln.json"));

    const ProcessOutput go =
        m_go.runWithEnv(QStringList{"test", "-count=1", "-debug-actiongraph=" + goGraph} + args,
                        module.path(), env);
    const ProcessOutput kiln =
        runKilnCli(QStringList{"test", "-count=1", "-debug-actiongraph=" + kilnGraph} + args,
                   module.path(), env);
    QVERIFY2(go.exitCode == 0 && go.stdOut.contains("ok  \t"), describe("go", go).constData());
    const QString out = textDifference(go.stdOut, kiln.stdOut);
    QVERIFY2(out.isEmpty(), qPrintable(out + "\n" + describe("go", go) + describe("kiln", kiln)));
    QCOMPARE(kiln.stdErr, go.stdErr);
    QCOMPARE(kiln.exitCode, go.exitCode);

    const QString ids = graphDifference(goGraph, kilnGraph);
    QVERIFY2(ids.isEmpty(), qPrintable(ids));

    const auto [goJson, kilnJson] =
        runBoth(QStringList{"-count=1", "-json"} + args, module.path(), env);
    QCOMPARE(kilnJson.exitCode, goJson.exitCode);
    QCOMPARE(kilnJson.stdErr, goJson.stdErr);
    const TestEventGroups goEvents = testEventsByTest(goJson.stdOut);
    const TestEventGroups kilnEvents = testEventsByTest(kilnJson.stdOut);
    QVERIFY2(goEvents.badLines.isEmpty(), qPrintable(goEvents.badLines.join(QLatin1Char('\n'))));
    QVERIFY2(kilnEvents.badLines.isEmpty(),
             qPrintable(kilnEvents.badLines.join(QLatin1Char('\n'))));
    const QString events = firstGroupDifference(goEvents.groups, kilnEvents.groups);
    QVERIFY2(events.isEmpty(), qPrintable(events));
    QCOMPARE(kilnEvents.testResults, goEvents.testResults);
    int tests = 0;
    for (int n : goEvents.testResults)
        tests += n;
    QVERIFY2(tests >= 3, qPrintable(QStringLiteral("only %1 test results").arg(tests)));
}

void TestTestOracle::failuresLikeGo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goSays"); // in go's stdout + stderr: the row tests what it claims
    QTest::newRow("failing test") << QStringList{"./fail", "./multi"} << "--- FAIL: TestB";
    QTest::newRow("panic") << QStringList{"./panicky"} << "panic: boom";
    QTest::newRow("os.Exit(3)") << QStringList{"./exit3"} << "leaving without newline\nFAIL";
    QTest::newRow("nil dereference in a goroutine")
        << QStringList{"./segv"} << "invalid memory address or nil pointer dereference";
    QTest::newRow("timeout") << QStringList{"-timeout", "1s", "./sleepy"}
                             << "panic: test timed out after 1s";
    QTest::newRow("-failfast") << QStringList{"-p", "1", "-failfast", "./fail", "./multi", "./pass"}
                               << "FAIL\texample.com/sc/fail\t";
    QTest::newRow("-v") << QStringList{"-count=1", "-v", "./multi", "./pass", "./notests"}
                        << "--- SKIP: TestD/sub2";
    QTest::newRow("-run without matches")
        << QStringList{"-count=1", "-run", "NoSuch", "./pass", "./multi"} << "[no tests to run]";
    QTest::newRow("-v -run without matches")
        << QStringList{"-count=1", "-v", "-run", "NoSuch", "./pass"} << "no tests to run";
    QTest::newRow("no test files") << QStringList{"./notests"} << "[no test files]";
    QTest::newRow("build failed") << QStringList{"-count=1", "./builderr", "./pass"}
                                  << "FAIL\texample.com/sc/builderr [build failed]";
    QTest::newRow("vet failure") << QStringList{"./vetfail"} << "# [example.com/sc/vetfail]";
    QTest::newRow("setup failed") << QStringList{"-count=1", "./badimport", "./pass"}
                                  << "[setup failed]";
    QTest::newRow("external link without cgo")
        << QStringList{"-ldflags=-linkmode=external", "./pass"}
        << "requires external (cgo) linking, but cgo is not enabled";
    QTest::newRow("-json crashes")
        << QStringList{"-json", "./panicky", "./exit3", "./segv"} << "\"Action\":\"fail\"";
    QTest::newRow("-json timeout")
        << QStringList{"-json", "-timeout", "1s", "./sleepy"} << "test timed out";
    QTest::newRow("-json -failfast")
        << QStringList{"-json", "-p", "1", "-failfast", "./fail", "./multi"} << "\"fail\"";
    QTest::newRow("-json build and vet failures")
        << QStringList{"-json", "-count=1", "./builderr", "./vetfail", "./pass"} << "build-fail";
    QTest::newRow("-json setup failed")
        << QStringList{"-json", "./badimport", "./notests"} << "FailedBuild";
    QTest::newRow("-json -run without matches")
        << QStringList{"-json", "-count=1", "-run", "NoSuch", "./multi"} << "no tests to run";
}

void TestTestOracle::failuresLikeGo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goSays);
    const QProcessEnvironment env = m_go.environment({{"CGO_ENABLED", "0"}});
    const auto [go, kiln] = runBoth(args, m_scenarios->path(), env);
    const QByteArray both = describe("go", go) + describe("kiln", kiln);
    QVERIFY2((go.stdOut + go.stdErr).contains(goSays.toUtf8()), both.constData());
    QCOMPARE(kiln.exitCode, go.exitCode);
    QCOMPARE(kiln.stdErr, go.stdErr);
    if (args.contains(QLatin1String("-json"))) {
        const TestEventGroups goEvents = testEventsByTest(go.stdOut);
        const TestEventGroups kilnEvents = testEventsByTest(kiln.stdOut);
        QVERIFY2(goEvents.badLines.isEmpty() && kilnEvents.badLines.isEmpty(), both.constData());
        const QString diff = firstGroupDifference(goEvents.groups, kilnEvents.groups);
        QVERIFY2(diff.isEmpty(), qPrintable(diff + "\n" + both));
        QCOMPARE(kilnEvents.testResults, goEvents.testResults);
    } else {
        const QString diff = textDifference(go.stdOut, kiln.stdOut);
        QVERIFY2(diff.isEmpty(), qPrintable(diff + "\n" + both));
    }
}

void TestTestOracle::compileOnly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("outputs"); // files -c writes, relative to the module
    QTest::newRow("-c") << QStringList{"-c", "./pass"} << QStringList{"pass.test"};
    QTest::newRow("-c -o dir/") << QStringList{"-c", "-o", "out/", "./pass", "./multi"}
                                << QStringList{"out/multi.test", "out/pass.test"};
    QTest::newRow("-c -o file") << QStringList{"-c", "-o", "bin/p.test", "./pass"}
                                << QStringList{"bin/p.test"};
    QTest::newRow("-c, no test files") << QStringList{"-c", "./notests"} << QStringList{};
    QTest::newRow("-c, build failed") << QStringList{"-c", "./builderr"} << QStringList{};
}

void TestTestOracle::compileOnly()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, outputs);
    const QProcessEnvironment env = m_go.environment({{"CGO_ENABLED", "0"}});
    const QString dir = m_scenarios->path();
    const auto written = [&] {
        QStringList files;
        QDirIterator it(dir, {QStringLiteral("*.test")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(dir).relativeFilePath(it.next());
        files.sort();
        return files;
    };
    const QStringList argv = QStringList{QStringLiteral("test")} + args;
    const ProcessOutput go = m_go.runWithEnv(argv, dir, env);
    QCOMPARE(written(), outputs);
    QMap<QString, QByteArray> goBytes;
    for (const QString &f : outputs) {
        QFile file(dir + QLatin1Char('/') + f);
        QVERIFY(file.open(QIODevice::ReadOnly));
        goBytes.insert(f, file.readAll());
        QVERIFY(file.remove());
    }
    const ProcessOutput kiln = runKilnCli(argv, dir, env);
    const QByteArray both = describe("go", go) + describe("kiln", kiln);
    QCOMPARE(kiln.exitCode, go.exitCode);
    QVERIFY2(kiln.stdOut == go.stdOut, both.constData());
    QVERIFY2(kiln.stdErr == go.stdErr, both.constData());
    QCOMPARE(written(), outputs);
    for (const QString &f : outputs) {
        QFile file(dir + QLatin1Char('/') + f);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll() == goBytes.value(f), qPrintable(f + QStringLiteral(" differs")));
        QVERIFY((file.permissions() & QFileDevice::ExeOwner) != 0);
        QVERIFY(file.remove());
    }
}

void TestTestOracle::cachedGraph()
{
    const QProcessEnvironment env = m_go.environment({{"CGO_ENABLED", "0"}});
    const QString dir = m_scenarios->path();
    const ProcessOutput save = m_go.runWithEnv({"test", "./pass"}, dir, env);
    QVERIFY2(save.exitCode == 0, describe("go", save).constData());
    QTemporaryDir graphs;
    const QString goGraph = graphs.filePath(QStringLiteral("go.json"));
    const QString kilnGraph = graphs.filePath(QStringLiteral("kiln.json"));
    const ProcessOutput go =
        m_go.runWithEnv({"test", "-debug-actiongraph=" + goGraph, "./pass"}, dir, env);
    const ProcessOutput kiln =
        runKilnCli({"test", "-debug-actiongraph=" + kilnGraph, "./pass"}, dir, env);
    QVERIFY2(go.stdOut.contains("(cached)"), describe("go", go).constData());
    QCOMPARE(kiln.stdOut, go.stdOut);
    QCOMPARE(kiln.exitCode, go.exitCode);
    const QString ids = graphDifference(goGraph, kilnGraph);
    QVERIFY2(ids.isEmpty(), qPrintable(ids));
}

QTEST_MAIN(TestTestOracle)
#include "tst_test_oracle.moc"
