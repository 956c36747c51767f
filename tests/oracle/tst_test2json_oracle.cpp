// tst_test2json_oracle: Kiln's Test2JsonConverter against go's test2json.
//
//  - goCorpus, synthetic, binaries: the same raw test output goes to go's
//    cmd/test2json (stdin from a file, so go reads it in 32 KiB pieces; Kiln
//    is fed the same pieces) and to Kiln, with and without -t. Untimed
//    streams must be equal byte for byte; timed ones too once every Time
//    (which both must carry on the same events) and the final event's
//    Elapsed (time since the converter started) are blanked. Raw outputs
//    come from go's own test2json corpus (read from GOROOT), hand-made long
//    and boundary-straddling inputs, and test binaries built by go test -c —
//    std packages and a temp module with subtests, failures, skips, t.Log,
//    t.Attr, parallel tests, examples, benchmarks and a panic — run with
//    -test.v=test2json and with -test.v=true.
//  - goTestJson: `go test -json` on the temp module against Kiln converting
//    its own live run of each package's binary (chunks as they arrive), with
//    go's summary lines; equal modulo Time, Elapsed and the "(0.00s)"
//    durations, which must be present on the same events. Build-failure
//    events (build-output, build-fail, FailedBuild) are re-encoded by Kiln
//    and must match go's lines.
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "test/test2json.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln;
using namespace kiln::test;

namespace
{

constexpr qsizetype goReadSize = 32 * 1024; // io.Copy's buffer

const QRegularExpression timeField(
    R"RE(^\{"Time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{0,8}[1-9])?(Z|[+-]\d\d:\d\d)",)RE");
const QRegularExpression elapsedField(R"RE("Elapsed":-?[0-9.e+-]+)RE");
const QRegularExpression duration(R"RE(\(\d+\.\d\ds\)\\n"\}$)RE");

enum class Blank { FinalElapsed, AllElapsed };

// Replaces each Time with "T" (failing when a line has none) and Elapsed
// values with "E" (all, or only on the package's final event).
QByteArrayList blankTimes(const QByteArray &stream, Blank blank, QString *error)
{
    QByteArrayList out;
    for (QByteArray line : stream.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith("testjson internal error")) {
            out.append(line);
            continue;
        }
        QString text = QString::fromUtf8(line);
        const auto m = timeField.match(text);
        if (!m.hasMatch() && error->isEmpty())
            *error = "no valid Time in: " + text;
        text.replace(timeField, R"({"Time":"T",)");
        const bool final = !text.contains(R"("Test":)") && (text.contains(R"("Action":"pass")") ||
                                                            text.contains(R"("Action":"fail")") ||
                                                            text.contains(R"("Action":"skip")"));
        if (blank == Blank::AllElapsed || final)
            text.replace(elapsedField, R"("Elapsed":"E")");
        if (blank == Blank::AllElapsed)
            text.replace(duration, R"RE((Xs)\n"})RE");
        out.append(text.toUtf8());
    }
    return out;
}

// A benchmark's name and its result are two writes of the test binary that
// reach the reader as one or two chunks, as timing has it (in go's runs
// too), and test2json makes one or two output events of them. For live runs
// the name event (ending in a tab) is joined with the next output event.
QByteArrayList joinBenchmarkSplits(const QByteArrayList &lines)
{
    QByteArrayList out;
    for (const QByteArray &line : lines) {
        const qsizetype field = line.indexOf(R"("Output":")");
        if (!out.isEmpty() && field > 0 && out.last().endsWith(R"(\t"})") &&
            out.last().startsWith(line.first(field + 10))) {
            out.last().chop(2);
            out.last() += line.mid(field + 10);
            continue;
        }
        out.append(line);
    }
    return out;
}

// QCOMPARE for long streams: names the first line that differs.
bool sameLines(const QByteArrayList &kiln, const QByteArrayList &go, QString *why)
{
    for (qsizetype i = 0; i < std::max(kiln.size(), go.size()); ++i) {
        if (kiln.value(i) != go.value(i)) {
            *why = QStringLiteral("line %1 differs\n  kiln: %2\n  go:   %3")
                       .arg(i + 1)
                       .arg(QString::fromUtf8(kiln.value(i, "<none>")),
                            QString::fromUtf8(go.value(i, "<none>")));
            return false;
        }
    }
    return true;
}

QByteArray kilnConvert(const QByteArray &raw, const QString &package, Test2JsonTimes times)
{
    QByteArray out;
    Test2JsonOptions options;
    options.times = times;
    Test2JsonConverter conv(
        package, [&out](const Test2JsonEvent &, const QByteArray &line) { out += line; }, options);
    for (qsizetype i = 0; i < raw.size(); i += goReadSize)
        conv.feed(QByteArrayView(raw).sliced(i, std::min(goReadSize, raw.size() - i)));
    conv.close();
    return out;
}

QByteArray repeat(const char *s, int n)
{
    return QByteArray(s).repeated(n);
}

} // namespace

class TestTest2JsonOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goCorpus_data();
    void goCorpus();
    void synthetic_data();
    void synthetic();
    void binaries_data();
    void binaries();
    void goTestJson();

private:
    QByteArray goConvert(const QByteArray &raw, const QString &package, Test2JsonTimes times);
    void compareWithGo(const QByteArray &raw, const QString &package);
    QString buildTestBinary(const QString &pkg, const QString &dir);
    QByteArray runBinary(const QString &binary, const QString &dir, const QStringList &args);
    QByteArray liveRun(const QString &pkg, const QString &summaryTime);

    OracleGo m_go;
    QTemporaryDir m_work;
    QString m_test2json;
    std::unique_ptr<TempModule> m_module;
};

namespace
{

// The temp module: one package per situation go test -json reports.
QMap<QString, QByteArray> moduleFiles()
{
    QMap<QString, QByteArray> f;
    f["go.mod"] = "module example.com/t2j\n\ngo 1.25\n";
    f["mix/mix.go"] =
        "package mix\n\n// Double doubles.\nfunc Double(x int) int { return 2 * x }\n";
    f["mix/mix_test.go"] = R"GO(package mix

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestSubtests(t *testing.T) {
	for _, n := range []int{1, 2, 3} {
		t.Run(fmt.Sprint("n=", n), func(t *testing.T) {
			t.Logf("doubling %d", n)
			if Double(n) != 2*n {
				t.Fatal("wrong")
			}
			t.Run("inner", func(t *testing.T) { t.Log("deep <&> log") })
		})
	}
}

func TestFails(t *testing.T) {
	t.Log("about to fail")
	t.Errorf("got %d, want %d", Double(2), 5)
	t.Run("sub fails too", func(t *testing.T) { t.Error("inner failure") })
}

func TestSkipped(t *testing.T) {
	t.Skip("not today")
}

func TestOutput(t *testing.T) {
	fmt.Print("no newline from fmt")
	fmt.Println()
	fmt.Println("=== RUN   TestLookAlike")
	fmt.Println("--- PASS: TestLookAlike (0.00s)")
	fmt.Println("PASS")
	os.Stdout.Write([]byte("invalid \xff\xfe utf8 and \u2028 separator\n"))
	fmt.Println("x" + strings.Repeat("é", 700))
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Print("partial at end")
}

func TestAttr(t *testing.T) {
	t.Attr("key", "value with spaces")
}

func TestParallel(t *testing.T) {
	for _, name := range []string{"a", "b", "c"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			t.Log("parallel", name)
		})
	}
}

func ExampleDouble() {
	fmt.Println(Double(21))
	// Output: 42
}

func ExampleDouble_wrong() {
	fmt.Println(Double(1))
	// Output: 3
}
)GO";
    f["ok/ok.go"] = "package ok\n\n// Double doubles.\nfunc Double(x int) int { return 2 * x }\n";
    // The benchmarks sleep so that a name printed before its result reaches
    // the reader on its own; ns/op is replaced so the line is reproducible.
    f["ok/ok_test.go"] = R"GO(package ok

import (
	"testing"
	"time"
)

func TestOK(t *testing.T) { t.Log("fine") }

func BenchmarkDouble(b *testing.B) {
	for range b.N {
		time.Sleep(50 * time.Millisecond)
		Double(b.N)
	}
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(42, "widgets/op")
	b.Log("bench log")
}

func BenchmarkSub(b *testing.B) {
	b.Run("x", func(b *testing.B) {
		time.Sleep(50 * time.Millisecond)
		b.ReportMetric(0, "ns/op")
	})
}
)GO";
    f["broken/broken.go"] = "package broken\n\nfunc F() int { return 1 }\n";
    f["broken/broken_test.go"] = "package broken\n\nimport \"testing\"\n\nfunc TestBroken(t "
                                 "*testing.T) { _ = undefinedThing < F() }\n";
    f["none/none.go"] = "package none\n\nfunc N() {}\n";
    f["panics/panics_test.go"] = "package panics\n\nimport \"testing\"\n\nfunc TestPanics(t "
                                 "*testing.T) {\n\tt.Log(\"before\")\n\tpanic(\"boom <x>\")\n}\n";
    return f;
}

const QStringList modulePackages = {"mix", "ok", "panics"};
const QStringList stdPackages = {"strings", "sort", "container/list", "unicode/utf8",
                                 "encoding/json"};

// Without a stack trace the panic's output is the same in every run; with
// one P the parallel subtests resume in the same order in every run.
const QMap<QString, QString> binaryEnv = {{"GOTRACEBACK", "none"}, {"GOMAXPROCS", "1"}};

} // namespace

void TestTest2JsonOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    QVERIFY(m_work.isValid());
    // cmd/test2json built once (what `go tool test2json` runs).
    m_test2json = m_work.filePath("test2json");
    const ProcessOutput built =
        m_go.run({"build", "-o", m_test2json, "cmd/test2json"}, m_work.path());
    QVERIFY2(built.exitCode == 0, built.stdErr.constData());

    m_module = std::make_unique<TempModule>(moduleFiles());
}

QByteArray TestTest2JsonOracle::goConvert(const QByteArray &raw, const QString &package,
                                          Test2JsonTimes times)
{
    const QString input = m_work.filePath("input.raw");
    QFile f(input);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(raw) != raw.size())
        return "cannot write " + input.toUtf8();
    f.close();
    QProcess p;
    p.setProcessEnvironment(m_go.environment());
    p.setStandardInputFile(input);
    QStringList args{"-p", package};
    if (times == Test2JsonTimes::Include)
        args.prepend("-t");
    p.start(m_test2json, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return "test2json failed: " + p.readAllStandardError();
    return p.readAllStandardOutput();
}

void TestTest2JsonOracle::compareWithGo(const QByteArray &raw, const QString &package)
{
    const QByteArray goUntimed = goConvert(raw, package, Test2JsonTimes::Omit);
    const QByteArray kilnUntimed = kilnConvert(raw, package, Test2JsonTimes::Omit);
    QString why;
    QVERIFY2(sameLines(kilnUntimed.split('\n'), goUntimed.split('\n'), &why), qPrintable(why));
    QCOMPARE(kilnUntimed, goUntimed);

    QString goError, kilnError;
    const QByteArrayList goTimed =
        blankTimes(goConvert(raw, package, Test2JsonTimes::Include), Blank::FinalElapsed, &goError);
    const QByteArrayList kilnTimed = blankTimes(kilnConvert(raw, package, Test2JsonTimes::Include),
                                                Blank::FinalElapsed, &kilnError);
    QVERIFY2(goError.isEmpty(), qPrintable(goError));
    QVERIFY2(kilnError.isEmpty(), qPrintable(kilnError));
    QVERIFY2(sameLines(kilnTimed, goTimed, &why), qPrintable(why));
}

void TestTest2JsonOracle::goCorpus_data()
{
    QTest::addColumn<QByteArray>("raw");
    const QDir dir(m_go.goroot() + "/src/cmd/internal/test2json/testdata");
    const QStringList files = dir.entryList({"*.test"}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, qPrintable("go's test2json corpus missing in " + dir.path()));
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QTest::newRow(qPrintable(name)) << raw;
        QTest::newRow(qPrintable(name + " crlf")) << QByteArray(raw).replace("\n", "\r\n");
    }
}

void TestTest2JsonOracle::goCorpus()
{
    QFETCH(QByteArray, raw);
    compareWithGo(raw, "example.com/corpus");
}

void TestTest2JsonOracle::synthetic_data()
{
    QTest::addColumn<QByteArray>("raw");
    const QByteArray m = "\x16";
    QTest::newRow("long output lines")
        << "=== RUN   TestLong\n" + repeat("x", 1) + repeat("\xc3\xa9", 700) + "\n" +
               repeat("a", 5000) + "\n" + repeat("\xe4\xb8\xad", 2000) + "\n" +
               repeat("\xf0\x9f\x98\x80", 1500) + "\n--- PASS: TestLong (0.00s)\nPASS\n";
    QTest::newRow("long framing lines")
        << "=== RUN   " + repeat("N", 5000) + "\n" + m + "=== RUN   " + repeat("M", 4100) +
               "\nmiddle\n--- FAIL: " + repeat("F", 4090) + " (1.00s)\nFAIL\n";
    QTest::newRow("input buffer cut inside UTF-8")
        << "=== RUN   TestA\n" + repeat("a", 4095) + "\xc3\xa9" + repeat("b", 4094) +
               "\xe4\xb8\xad\n" + m + "--- PASS: TestA (0.00s)\n" + m + "PASS\n";
    // Benchmark names, ^V and line ends at go's 32 KiB read boundaries.
    for (int shift : {-17, -3, -2, -1, 0, 9}) {
        const QByteArray filler = repeat("f", 99) + "\n";
        QByteArray raw = "=== RUN   TestA\n" + filler.repeated(327);
        raw += repeat("g", goReadSize - raw.size() - 16 + shift) + "\n";
        raw += "BenchmarkXy-2   \t     100\t  12 ns/op\n" + m + "=== RUN   TestB\n" + m +
               "--- PASS: TestB (0.01s)\n";
        raw += QByteArray(goReadSize - 7, 'h') + m + "=== NAME  TestB\nafter\n" + m + "PASS\n";
        QTest::newRow(qPrintable(QString("32 KiB boundaries +%1").arg(shift))) << raw;
    }
    QTest::newRow("carriage returns")
        << QByteArray("=== RUN   TestA\rstill A\r\n--- PASS: TestA (0.00s)\r\r\nPASS\r");
    QTest::newRow("deep nesting") << QByteArray(
        "=== RUN   A\n=== RUN   A/b\n=== RUN   A/b/c\n=== RUN   A/b/c/d\n--- "
        "FAIL: A (0.03s)\n    --- FAIL: A/b (0.02s)\n        --- FAIL: A/b/c "
        "(0.01s)\n            --- FAIL: A/b/c/d (0.00s)\n                log "
        "d\n            log c\n    --- SKIP: A/e (0.00s)\n        log e\nFAIL\n");
    QTest::newRow("odd durations")
        << QByteArray("--- PASS: A (infs)\n--- PASS: B (0x1p-2s)\n--- PASS: C (1_0.5s)\n--- "
                      "PASS: D (1e-400s)\n--- PASS: E (1e400s)\n--- PASS: F (NaNs)\n--- PASS: "
                      "G (-0.00s)\n--- PASS: H (0.0000001s)\nPASS\n");
    QTest::newRow("html and controls")
        << QByteArray("=== RUN   Test<&>\n\x01\x02\x1b[0m \x7f <script>&amp;\n\xc0\xaf "
                      "\xed\xa0\x80 \xef\xbf\xbd\n=== ATTR  Test<&> k<> v&v\nPASS\n");
    QTest::newRow("no final newline")
        << QByteArray("=== RUN   TestA\n--- PASS: TestA (0.00s)\nPASS");
    QTest::newRow("empty") << QByteArray();
}

void TestTest2JsonOracle::synthetic()
{
    QFETCH(QByteArray, raw);
    compareWithGo(raw, "example.com/synthetic");
}

QString TestTest2JsonOracle::buildTestBinary(const QString &pkg, const QString &dir)
{
    const QString out = m_work.filePath(QString(pkg).replace('/', '_') + ".test");
    if (QFile::exists(out))
        return out;
    const ProcessOutput built = m_go.run({"test", "-c", "-o", out, pkg}, dir);
    if (built.exitCode != 0) {
        qWarning("%s", built.stdErr.constData());
        return {};
    }
    return out;
}

QByteArray TestTest2JsonOracle::runBinary(const QString &binary, const QString &dir,
                                          const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(m_go.environment(binaryEnv));
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary, args);
    p.waitForFinished(300000);
    return p.readAllStandardOutput();
}

void TestTest2JsonOracle::binaries_data()
{
    QTest::addColumn<QString>("pkg");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QStringList>("args");
    for (const char *v : {"test2json", "true"}) {
        const QString vflag = QString("-test.v=") + v;
        for (const QString &pkg : stdPackages)
            QTest::newRow(qPrintable(pkg + " -v=" + QString(v)))
                << pkg << m_go.goroot() + "/src/" + pkg << QStringList{vflag, "-test.short"};
        QTest::newRow(qPrintable("strings bench -v=" + QString(v)))
            << "strings" << m_go.goroot() + "/src/strings"
            << QStringList{vflag, "-test.run=^$",
                           "-test.bench=^BenchmarkIndexByte$|^BenchmarkFields",
                           "-test.benchtime=1x"};
        QTest::newRow(qPrintable("sort run filter -v=" + QString(v)))
            << "sort" << m_go.goroot() + "/src/sort"
            << QStringList{vflag, "-test.run=^TestSort|Example", "-test.short"};
        for (const QString &pkg : modulePackages)
            QTest::newRow(qPrintable("module " + pkg + " -v=" + QString(v)))
                << "example.com/t2j/" + pkg << m_module->filePath(pkg)
                << QStringList{vflag, "-test.bench=.", "-test.benchtime=1x"};
    }
}

void TestTest2JsonOracle::binaries()
{
    QFETCH(QString, pkg);
    QFETCH(QString, dir);
    QFETCH(QStringList, args);
    const QString binary =
        buildTestBinary(pkg, pkg.startsWith("example.com") ? m_module->path() : dir);
    QVERIFY2(!binary.isEmpty(), qPrintable("go test -c " + pkg + " failed"));
    const QByteArray raw = runBinary(binary, dir, args);
    QVERIFY2(raw.contains("PASS") || raw.contains("FAIL"), raw.constData());
    if (args.contains("-test.v=test2json"))
        QVERIFY(raw.contains("\x16=== RUN"));
    compareWithGo(raw, pkg);
}

// Kiln's events for one package of the go test -json run: the binary run
// live (chunks fed as they arrive) with go's flags, then go's summary lines.
// summaryTime is the duration go printed in its ok/FAIL line.
QByteArray TestTest2JsonOracle::liveRun(const QString &pkg, const QString &summaryTime)
{
    QByteArray out;
    Test2JsonConverter conv(
        pkg, [&out](const Test2JsonEvent &, const QByteArray &line) { out += line; });
    const QString name = pkg.section('/', -1);
    const QString binary = buildTestBinary(pkg, m_module->path());
    if (binary.isEmpty())
        return "no binary";
    QProcess p;
    p.setProcessEnvironment(m_go.environment(binaryEnv));
    p.setWorkingDirectory(m_module->filePath(name));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary, {"-test.paniconexit0", "-test.timeout=10m0s", "-test.v=test2json",
                     "-test.count=1", "-test.bench=.", "-test.benchtime=1x"});
    if (!p.waitForStarted())
        return "cannot start " + binary.toUtf8();
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        conv.feed(p.readAllStandardOutput());
    }
    p.waitForFinished();
    conv.feed(p.readAllStandardOutput());
    // cmd/go streams the output (-bench), so after a failure it prints the
    // exit status and a ^V-framed FAIL line.
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        conv.feed(("ok  \t" + pkg + "\t" + summaryTime + "\n").toUtf8());
        conv.exited(TestExit::Success);
    } else {
        conv.feed(QStringLiteral("exit status %1\n").arg(p.exitCode()).toUtf8());
        conv.feed(("\x16"
                   "FAIL\t" +
                   pkg + "\t" + summaryTime + "\n")
                      .toUtf8());
        conv.exited(TestExit::Failure);
    }
    conv.close();
    return out;
}

void TestTest2JsonOracle::goTestJson()
{
    const ProcessOutput go =
        m_go.run({"test", "-json", "-count=1", "-p", "1", "-bench=.", "-benchtime=1x", "./..."},
                 m_module->path(), binaryEnv);
    QCOMPARE(go.exitCode, 1);

    // go's lines by package; build events apart.
    QMap<QString, QByteArrayList> goLines;
    QMap<QString, QString> summaryTimes;
    QByteArrayList buildLines;
    for (const QByteArray &line : go.stdOut.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY2(!o.isEmpty(), line.constData());
        if (o.contains("ImportPath")) {
            buildLines.append(line);
            continue;
        }
        const QString pkg = o["Package"].toString();
        goLines[pkg].append(line);
        static const QRegularExpression summary(R"(^(ok  |FAIL)\t(\S+)\t(\d+\.\d+s)\n$)");
        const auto m = summary.match(o["Output"].toString());
        if (m.hasMatch() && m.captured(2) == pkg)
            summaryTimes[pkg] = m.captured(3);
    }
    const QString p = "example.com/t2j/";
    QCOMPARE(goLines.keys(),
             QStringList({p + "broken", p + "mix", p + "none", p + "ok", p + "panics"}));

    // Build failure: go's build-output/build-fail lines as Kiln encodes them.
    const QString brokenDesc = p + "broken [" + p + "broken.test]";
    QVERIFY(buildLines.size() >= 3);
    for (qsizetype i = 0; i < buildLines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(buildLines[i]).object();
        QCOMPARE(o["ImportPath"].toString(), brokenDesc);
        const bool last = i == buildLines.size() - 1;
        QCOMPARE(o["Action"].toString(), last ? "build-fail" : "build-output");
        const QByteArray kiln = last
                                    ? buildFailEvent(brokenDesc)
                                    : buildOutputEvent(brokenDesc, o["Output"].toString().toUtf8());
        QCOMPARE(kiln, buildLines[i] + '\n');
    }
    QCOMPARE(QJsonDocument::fromJson(buildLines[0]).object()["Output"].toString(),
             "# " + brokenDesc + "\n");

    QMap<QString, QByteArray> kiln;
    {
        Test2JsonConverter conv(p + "broken", [&](const Test2JsonEvent &, const QByteArray &l) {
            kiln[p + "broken"] += l;
        });
        conv.setFailedBuild(brokenDesc);
        conv.feed(("FAIL\t" + p + "broken [build failed]\n").toUtf8());
        conv.exited(TestExit::Failure);
        conv.close();
    }
    {
        Test2JsonConverter conv(p + "none", [&](const Test2JsonEvent &, const QByteArray &l) {
            kiln[p + "none"] += l;
        });
        conv.feed(("?   \t" + p + "none\t[no test files]\n").toUtf8());
        conv.exited(TestExit::Success);
        conv.close();
    }
    for (const QString &name : modulePackages) {
        QVERIFY2(summaryTimes.contains(p + name), qPrintable("no summary line for " + name));
        kiln[p + name] = liveRun(p + name, summaryTimes[p + name]);
    }

    for (auto it = kiln.cbegin(); it != kiln.cend(); ++it) {
        QString goError, kilnError, why;
        const QByteArrayList goBlank =
            blankTimes(goLines[it.key()].join('\n'), Blank::AllElapsed, &goError);
        const QByteArrayList kilnBlank = blankTimes(it.value(), Blank::AllElapsed, &kilnError);
        QVERIFY2(goError.isEmpty(), qPrintable(goError));
        QVERIFY2(kilnError.isEmpty(), qPrintable(kilnError));
        QVERIFY2(sameLines(joinBenchmarkSplits(kilnBlank), joinBenchmarkSplits(goBlank), &why),
                 qPrintable(it.key() + ": " + why));
    }
    // The runs covered what they should.
    const QByteArray all = go.stdOut;
    for (const char *action :
         {R"("Action":"pause")", R"("Action":"cont")", R"("Action":"skip")", R"("Action":"attr")",
          R"("FailedBuild":)", R"(ok  \texample.com/t2j/ok)", R"(42.00 widgets/op)",
          R"("Test":"ExampleDouble_wrong")"})
        QVERIFY2(all.contains(action), action);
}

QTEST_GUILESS_MAIN(TestTest2JsonOracle)
#include "tst_test2json_oracle.moc"
