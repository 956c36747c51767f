// loadTestFuncs' rules on small inline test files: which functions are tests,
// benchmarks, fuzz targets and examples, TestMain, signature errors, example
// output comments, and the imports of _testmain.go. Each row describes the
// result as text, one line per finding.
#include "load/testfuncs.h"
#include "load/testmain.h"

#include "base/goquote.h"

#include <QtTest>

using namespace kiln;
using namespace kiln::load;

namespace
{

// "x:" prefixes a file of the external test package.
using Files = QList<QByteArray>;

QByteArray describe(const TestFuncs &t)
{
    QList<QByteArray> lines;
    auto add = [&](const char *kind, const QList<TestFunc> &list) {
        for (const TestFunc &f : list)
            lines.append(kind + (' ' + f.package + '.' + f.name).toUtf8());
    };
    add("test", t.tests);
    add("bench", t.benchmarks);
    add("fuzz", t.fuzzTargets);
    for (const TestFunc &e : t.examples)
        lines.append("example " + (e.package + '.' + e.name).toUtf8() + ' ' + goQuote(e.output) +
                     (e.unordered ? " unordered" : ""));
    if (t.testMain)
        lines.append("main " + (t.testMain->package + '.' + t.testMain->name).toUtf8());
    lines.append(QByteArray("import test=") + (t.importTest ? (t.needTest ? "need" : "_") : "no") +
                 " xtest=" + (t.importXtest ? (t.needXtest ? "need" : "_") : "no"));
    return lines.join('\n');
}

QByteArray run(const Files &files)
{
    TestFuncs t;
    int n = 0;
    for (QByteArray src : files) {
        TestFileKind kind = TestFileKind::Internal;
        if (src.startsWith("x:")) {
            kind = TestFileKind::External;
            src = src.mid(2);
        }
        const QString name = QStringLiteral("/d/f%1_test.go").arg(++n);
        if (auto err = addTestFile(&t, name, src, kind))
            return "error: " + err->toString().toUtf8();
    }
    return describe(t);
}

const QByteArray kHead = "package p\n\nimport \"testing\"\n\n";

} // namespace

class TestTestFuncs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_data();
    void load();
    void testmain();
};

void TestTestFuncs::load_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QByteArray>("want");
    const QByteArray none = "import test=no xtest=no";

    // Names.
    QTest::newRow("Test alone") << Files{kHead + "func Test(t *testing.T) {}\n"}
                                << QByteArray("test _test.Test\nimport test=need xtest=no");
    QTest::newRow("lower case after prefix")
        << Files{kHead + "func Testing(t *testing.T) {}\nfunc Benchmarkx(b *testing.B) {}\n"
                         "func Fuzzy(f *testing.F) {}\nfunc Examplex() {}\n"}
        << none;
    QTest::newRow("upper, digit, underscore after prefix")
        << Files{kHead + "func TestA(t *testing.T) {}\nfunc Test1(t *testing.T) {}\n"
                         "func Test_x(t *testing.T) {}\n"}
        << QByteArray("test _test.TestA\ntest _test.Test1\ntest _test.Test_x\n"
                      "import test=need xtest=no");
    QTest::newRow("unicode lower after prefix")
        << Files{kHead + "func Testé(t *testing.T) {}\nfunc TestÉ(t *testing.T) {}\n"}
        << QByteArray("test _test.TestÉ\nimport test=need xtest=no");
    QTest::newRow("methods are not tests")
        << Files{kHead + "type S struct{}\n\nfunc (S) TestA(t *testing.T) {}\n"
                         "func (s *S) ExampleB() {\n\t// Output: x\n}\n"}
        << none;
    QTest::newRow("func literals and types are not tests")
        << Files{kHead + "var TestA = func(t *testing.T) {}\n\ntype TestB func(t *testing.T)\n"
                         "var _ = struct{ f func() }{f: func() {}}\n"}
        << none;
    QTest::newRow("benchmarks and fuzz in order")
        << Files{kHead + "func FuzzB(f *testing.F) {}\nfunc BenchmarkA(b *testing.B) {}\n"
                         "func TestC(t *testing.T) {}\nfunc FuzzA(f *testing.F) {}\n"}
        << QByteArray("test _test.TestC\nbench _test.BenchmarkA\nfuzz _test.FuzzB\n"
                      "fuzz _test.FuzzA\nimport test=need xtest=no");
    QTest::newRow("renamed testing import")
        << Files{"package p\n\nimport tt \"testing\"\n\nfunc TestA(t *tt.T) {}\n"
                 "func TestB(*tt.T) {}\nfunc TestC(t *T) {}\nfunc TestD(t *whatever.T,) {}\n"}
        << QByteArray("test _test.TestA\ntest _test.TestB\ntest _test.TestC\ntest _test.TestD\n"
                      "import test=need xtest=no");
    QTest::newRow("empty result list") << Files{kHead + "func TestA(t *testing.T) () {}\n"}
                                       << QByteArray("test _test.TestA\nimport test=need xtest=no");
    QTest::newRow("generic non-test ignored")
        << Files{kHead + "func helper[T any](t *testing.T) {}\nfunc TestA(t *testing.T) {}\n"}
        << QByteArray("test _test.TestA\nimport test=need xtest=no");

    // Bad signatures.
    QTest::newRow("test with result")
        << Files{kHead + "func TestA(t *testing.T) error { return nil }\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for TestA, must be: "
                      "func TestA(t *testing.T)");
    QTest::newRow("test with struct result")
        << Files{kHead + "func TestA(t *testing.T) struct{ x int } { return struct{ x int }{} }\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for TestA, must be: "
                      "func TestA(t *testing.T)");
    QTest::newRow("test without params")
        << Files{kHead + "func TestA() {}\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for TestA, must be: "
                      "func TestA(t *testing.T)");
    QTest::newRow("test by value")
        << Files{kHead + "\n  func TestA(t testing.T) {}\n"}
        << QByteArray("error: /d/f1_test.go:6:3: wrong signature for TestA, must be: "
                      "func TestA(t *testing.T)");
    QTest::newRow("benchmark with *testing.T")
        << Files{kHead + "func BenchmarkA(b *testing.T) {}\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for BenchmarkA, must be: "
                      "func BenchmarkA(b *testing.B)");
    QTest::newRow("fuzz with two params")
        << Files{kHead + "func FuzzA(f *testing.F, x int) {}\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for FuzzA, must be: "
                      "func FuzzA(f *testing.F)");
    QTest::newRow("two names one type")
        << Files{kHead + "func TestA(a, b *testing.T) {}\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for TestA, must be: "
                      "func TestA(t *testing.T)");
    QTest::newRow("type parameters")
        << Files{kHead + "func TestA[T any](t *testing.T) {}\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for TestA, test functions "
                      "cannot have type parameters");
    QTest::newRow("first error stops the file")
        << Files{kHead + "func TestA(t *testing.T) {}\nfunc TestB() {}\nfunc TestC() int {}\n"}
        << QByteArray("error: /d/f1_test.go:6:1: wrong signature for TestB, must be: "
                      "func TestB(t *testing.T)");

    // TestMain.
    QTest::newRow("TestMain") << Files{kHead + "func TestMain(m *testing.M) { m.Run() }\n"}
                              << QByteArray("main _test.TestMain\nimport test=need xtest=no");
    QTest::newRow("TestMain in xtest")
        << Files{kHead,
                 "x:package p_test\n\nimport \"testing\"\n\nfunc TestMain(m *testing.M) {}\n"}
        << QByteArray("main _xtest.TestMain\nimport test=no xtest=need");
    QTest::newRow("TestMain as a test")
        << Files{kHead + "func TestMain(t *testing.T) {}\n"}
        << QByteArray("test _test.TestMain\nimport test=need xtest=no");
    QTest::newRow("TestMain bad")
        << Files{kHead + "func TestMain(m testing.M) {}\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for TestMain, must be: "
                      "func TestMain(m *testing.M)");
    QTest::newRow("TestMain generic")
        << Files{kHead + "func TestMain[T any](m *testing.M) {}\n"}
        << QByteArray("error: /d/f1_test.go:5:1: wrong signature for TestMain, test functions "
                      "cannot have type parameters");
    QTest::newRow("TestMain twice")
        << Files{kHead + "func TestMain(m *testing.M) {}\n",
                 "x:package p_test\n\nimport \"testing\"\n\nfunc TestMain(m *testing.M) {}\n"}
        << QByteArray("error: multiple definitions of TestMain");
    QTest::newRow("TestMain method ignored")
        << Files{kHead + "type S int\n\nfunc (S) TestMain(x int) {}\n"} << none;

    // Examples.
    QTest::newRow("example output")
        << Files{kHead + "func Example() {\n\tprintln()\n\t// Output:\n\t// a\n\t//   b  \n}\n"}
        << QByteArray("example _test.Example \"a\\n  b\\n\"\nimport test=need xtest=no");
    QTest::newRow("example without output is compiled only")
        << Files{kHead + "func ExampleA() {\n\t// just a comment\n}\nfunc ExampleB() {}\n"}
        << QByteArray("import test=_ xtest=no");
    QTest::newRow("example output on the same line")
        << Files{kHead + "func ExampleA() {\n\t// Output: hi\n}\n"}
        << QByteArray("example _test.ExampleA \"hi\\n\"\nimport test=need xtest=no");
    QTest::newRow("empty output") << Files{kHead + "func ExampleA() {\n\t// Output:\n}\n"}
                                  << QByteArray(
                                         "example _test.ExampleA \"\"\nimport test=need xtest=no");
    QTest::newRow("unordered output, any case")
        << Files{kHead + "func ExampleA() {\n\t/*\n\t  UNORDERED OUTPUT: x\n\ty\n\t*/\n}\n"}
        << QByteArray("example _test.ExampleA \"x\\n\\ty\\n\" unordered\n"
                      "import test=need xtest=no");
    QTest::newRow("only the last comment group counts")
        << Files{kHead + "func ExampleA() {\n\t// Output: a\n\n\t// b\n}\n"}
        << QByteArray("import test=_ xtest=no");
    QTest::newRow("comment after a statement starts a group")
        << Files{kHead + "func ExampleA() {\n\tprintln() // Output: a\n\t// b\n}\n"}
        << QByteArray("import test=_ xtest=no");
    QTest::newRow("comment after the body is not the body's")
        << Files{kHead + "func ExampleA() {\n} // Output: a\n"}
        << QByteArray("import test=_ xtest=no");
    QTest::newRow("directives dropped from the output")
        << Files{kHead + "func ExampleA() {\n\t// Output:\n\t//go:noinline\n\t// x\n\t//\n\t//\n"
                         "\t// y\n}\n"}
        << QByteArray("example _test.ExampleA \"x\\n\\ny\\n\"\nimport test=need xtest=no");
    QTest::newRow("example naming")
        << Files{"x:package p_test\n\nfunc ExampleT_Method() {\n\t// Output: 1\n}\n"
                 "func Example_suffix() {\n\t// Output: 2\n}\nfunc ExampleT_method() {\n"
                 "\t// Output: 3\n}\nfunc Examples() {\n\t// Output: 4\n}\n"}
        << QByteArray("example _xtest.ExampleT_Method \"1\\n\"\nexample _xtest.Example_suffix "
                      "\"2\\n\"\nexample _xtest.ExampleT_method \"3\\n\"\n"
                      "import test=no xtest=need");
    QTest::newRow("examples with params or results")
        << Files{kHead + "func ExampleA(x int) {\n\t// Output: a\n}\n"
                         "func ExampleB() int {\n\t// Output: b\n\treturn 0\n}\n"}
        << QByteArray("example _test.ExampleB \"b\\n\"\nimport test=need xtest=no");
    QTest::newRow("examples follow tests, in file order")
        << Files{kHead + "func ExampleZ() {\n\t// Output: z\n}\nfunc TestA(t *testing.T) {}\n"
                         "func ExampleA() {\n\t// Output: a\n}\n"}
        << QByteArray("test _test.TestA\nexample _test.ExampleZ \"z\\n\"\n"
                      "example _test.ExampleA \"a\\n\"\nimport test=need xtest=no");
    QTest::newRow("strings and runes do not hide braces")
        << Files{kHead + "func TestA(t *testing.T) { _ = \"}\"; _ = '}'; _ = `{` }\n"
                         "func TestB(t *testing.T) {}\n"}
        << QByteArray("test _test.TestA\ntest _test.TestB\nimport test=need xtest=no");
}

void TestTestFuncs::load()
{
    QFETCH(Files, files);
    QFETCH(QByteArray, want);
    QCOMPARE(run(files), want);
}

void TestTestFuncs::testmain()
{
    TestFuncs t;
    t.importPath = QStringLiteral("example.com/p");
    t.importTest = true;
    t.needTest = true;
    t.importXtest = true;
    t.tests = {{QStringLiteral("_test"), QStringLiteral("TestA"), {}, false}};
    t.examples = {{QStringLiteral("_xtest"), QStringLiteral("ExampleB"), "\"q\"\n", true}};
    const QByteArray want =
        "\n// Code generated by 'go test'. DO NOT EDIT.\n\npackage main\n\n"
        "import (\n\t\"os\"\n\n\t\"testing\"\n\t\"testing/internal/testdeps\"\n"
        "\n\n\n\t_test \"example.com/p\"\n\n\n\t_ \"example.com/p_test\"\n\n)\n\n"
        "var tests = []testing.InternalTest{\n\n\t{\"TestA\", _test.TestA},\n\n}\n\n"
        "var benchmarks = []testing.InternalBenchmark{\n\n}\n\n"
        "var fuzzTargets = []testing.InternalFuzzTarget{\n\n}\n\n"
        "var examples = []testing.InternalExample{\n\n\t{\"ExampleB\", "
        "_xtest.ExampleB, \"\\\"q\\\"\\n\", true},\n\n}\n\n"
        "func init() {\n\n\ttestdeps.ImportPath = \"example.com/p\"\n}\n\n"
        "func main() {\n\tm := testing.MainStart(testdeps.TestDeps{}, tests, "
        "benchmarks, fuzzTargets, examples)\n\n\tos.Exit(m.Run())\n\n}\n\n";
    QCOMPARE(formatTestmain(t), want);
}

QTEST_APPLESS_MAIN(TestTestFuncs)
#include "tst_testfuncs.moc"
