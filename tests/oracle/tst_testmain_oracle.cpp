// Oracle: _testmain.go from loadTestFuncs + formatTestmain against the file
// real `go test -work` leaves in $WORK, byte for byte, for the bundled
// examples and std packages; and loadTestFuncs' errors against go test's
// "# pkg\n<error>" for broken test files.
#include "load/testfuncs.h"
#include "load/testmain.h"

#include "support/golden.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace kiln;

namespace
{

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

// The fields of `go list -json` that loadTestFuncs reads.
load::Package packageFromJson(const QJsonObject &o)
{
    load::Package p;
    p.dir = o.value(QLatin1String("Dir")).toString();
    p.importPath = o.value(QLatin1String("ImportPath")).toString();
    p.name = o.value(QLatin1String("Name")).toString();
    p.goFiles = strings(o.value(QLatin1String("GoFiles")));
    p.cgoFiles = strings(o.value(QLatin1String("CgoFiles")));
    p.testGoFiles = strings(o.value(QLatin1String("TestGoFiles")));
    p.xtestGoFiles = strings(o.value(QLatin1String("XTestGoFiles")));
    return p;
}

// `go list -json` prints one object after another; each ends with "}" alone
// on a line.
QList<load::Package> listPackages(const QByteArray &json)
{
    QList<load::Package> out;
    qsizetype start = 0;
    while (start < json.size()) {
        qsizetype end = json.indexOf("\n}\n", start);
        if (end < 0)
            break;
        end += 3;
        out.append(packageFromJson(QJsonDocument::fromJson(json.mid(start, end - start)).object()));
        start = end;
    }
    return out;
}

struct GoTestmain {
    QByteArray content;
    QString error;
};

// Runs go test -work on one package in dir and returns the _testmain.go it
// wrote (then removes $WORK).
GoTestmain goTestmain(const test::OracleGo &go, const QString &dir, const QString &pkg)
{
    const ProcessOutput out =
        go.run({QStringLiteral("test"), QStringLiteral("-work"), QStringLiteral("-vet=off"),
                QStringLiteral("-run=^$"), QStringLiteral("-count=1"), pkg},
               dir);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^WORK=(.*)$"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(out.stdErr));
    if (!m.hasMatch())
        return {{}, QStringLiteral("no WORK= in go's stderr: ") + QString::fromUtf8(out.stdErr)};
    const QString work = m.captured(1);
    GoTestmain result;
    QStringList found;
    QDirIterator it(work, {QStringLiteral("_testmain.go")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    if (found.size() != 1) {
        result.error = QStringLiteral("%1 _testmain.go files in %2 (exit %3): %4")
                           .arg(found.size())
                           .arg(work)
                           .arg(out.exitCode)
                           .arg(QString::fromUtf8(out.stdErr));
    } else {
        QFile f(found.first());
        if (f.open(QIODevice::ReadOnly))
            result.content = f.readAll();
        else
            result.error = QStringLiteral("cannot read ") + found.first();
    }
    QDir(work).removeRecursively();
    return result;
}

void compareTestmain(const test::OracleGo &go, const QString &dir, const load::Package &p)
{
    const GoTestmain want = goTestmain(go, dir, p.importPath);
    QVERIFY2(want.error.isEmpty(), qPrintable(want.error));
    QVERIFY(!want.content.isEmpty());
    const Result<load::TestFuncs> funcs = load::loadTestFuncs(p);
    QVERIFY2(funcs, qPrintable(funcs ? QString() : funcs.error().toString()));
    const QString diff = test::firstDifference(want.content, load::formatTestmain(*funcs));
    QVERIFY2(diff.isEmpty(), qPrintable(p.importPath + QStringLiteral(": ") + diff));
}

using Files = QMap<QString, QByteArray>;

} // namespace

Q_DECLARE_METATYPE(Files)

class TestTestmainOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void std_data();
    void std();
    void examples_data();
    void examples();
    void synthetic_data();
    void synthetic();
    void errors_data();
    void errors();

private:
    test::OracleGo m_go;
};

void TestTestmainOracle::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
}

void TestTestmainOracle::std_data()
{
    QTest::addColumn<QString>("pkg");
    for (const char *p : {"strings",       "bytes",
                          "sort",          "strconv",
                          "encoding/json", "fmt",
                          "path/filepath", "container/list",
                          "unicode/utf8",  "regexp",
                          "errors",        "io",
                          "bufio",         "math",
                          "time",          "os",
                          "net/url",       "text/template",
                          "sync",          "context",
                          "flag",          "encoding/base64",
                          "slices",        "maps"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestTestmainOracle::std()
{
    QFETCH(QString, pkg);
    test::TempModule dir;
    const ProcessOutput list =
        m_go.run({QStringLiteral("list"), QStringLiteral("-json"), pkg}, dir.path());
    QCOMPARE(list.exitCode, 0);
    const QList<load::Package> pkgs = listPackages(list.stdOut);
    QCOMPARE(pkgs.size(), 1);
    compareTestmain(m_go, dir.path(), pkgs.first());
}

void TestTestmainOracle::examples_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("hello") << QStringLiteral("hello");
    QTest::newRow("pipeline") << QStringLiteral("pipeline");
}

void TestTestmainOracle::examples()
{
    QFETCH(QString, example);
    test::TempModule dir;
    dir.copyTree(test::exampleDir(example));
    const ProcessOutput list = m_go.run(
        {QStringLiteral("list"), QStringLiteral("-json"), QStringLiteral("./...")}, dir.path());
    QCOMPARE(list.exitCode, 0);
    int compared = 0;
    for (const load::Package &p : listPackages(list.stdOut)) {
        if (p.testGoFiles.isEmpty() && p.xtestGoFiles.isEmpty())
            continue;
        compareTestmain(m_go, dir.path(), p);
        if (QTest::currentTestFailed())
            return;
        ++compared;
    }
    QVERIFY(compared > 0);
}

void TestTestmainOracle::synthetic_data()
{
    QTest::addColumn<Files>("files");
    const QByteArray mod = "module example.com/m\n\ngo 1.22\n";
    const QByteArray head = "package m\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n)\n\n";
    const QByteArray xhead = "package m_test\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n)\n\n";
    QTest::newRow("names") << Files{
        {"go.mod", mod},
        {"m.go", "package m\n\ntype T struct{}\n"},
        {"m_test.go", head + "func Testé(t *testing.T) {}\nfunc TestÉ(t *testing.T) {}\n"
                             "func Test_x(t *testing.T) {}\nfunc Test(t *testing.T) {}\n"
                             "func Testing(t *testing.T) {}\nfunc (T) TestMethod(t *testing.T) {}\n"
                             "var TestVar = func(t *testing.T) {}\n"
                             "func Benchmark1(b *testing.B) {}\nfunc FuzzZ(f *testing.F) {}\n"
                             "func TestMain(t *testing.T) { fmt.Println() }\n"
                             "func helper[T any](t *testing.T) {}\n"
                             "func TestTrailing(t *testing.T,) {}\n"}};
    QTest::newRow("examples") << Files{
        {"go.mod", mod},
        {"m.go", "package m\n"},
        {"m_test.go", head + "func ExampleA() {\n\tfmt.Println(\"a\")\n\t// Output:\n\t// a\n"
                             "\t//   b  \n}\n"
                             "func ExampleB() {\n\tfmt.Println(\"b\") // Output: b\n\t// c\n}\n"
                             "func ExampleC() {\n\t/*\n\t  UNORDERED OUTPUT: x\n\ty\n\t*/\n}\n"
                             "func ExampleD() {\n\t// Output: a\n\n\t// b\n}\n"
                             "func ExampleE() {\n} // Output: e\n"
                             "func ExampleF() {\n\t// Output:\n\t//go:noinline\n\t// x\n\t//\n"
                             "\t//\n\t// \"y\"\t\n}\n"
                             "func ExampleG() {\n\t// output:\n}\n"
                             "func ExampleH() {\n\t// Output: tab\tand \\ and é\n}\n"
                             "func Examplex() {\n\t// Output: no\n}\n"
                             "func TestA(t *testing.T) {}\n"},
        {"x_test.go", xhead + "func ExampleT_Method() {\n\t// Output: 1\n}\n"
                              "func Example_suffix() {\n\t// Output: 2\n}\n"
                              "func ExampleNoOutput() {}\n"
                              "func ExampleT_method() { // Output: 3\n}\n"
                              "var _ = fmt.Sprint\nvar _ testing.T\n"}};
    QTest::newRow("crlf") << Files{{"go.mod", mod},
                                   {"m.go", "package m\n"},
                                   {"m_test.go",
                                    "package m\r\n\r\nimport \"fmt\"\r\n\r\nfunc ExampleA() {\r\n"
                                    "\tfmt.Println(\"a\")\r\n\t// Output:\r\n\t// a\r\n}\r\n"}};
    QTest::newRow("xtest only, nothing runs")
        << Files{{"go.mod", mod},
                 {"m.go", "package m\n"},
                 {"x_test.go", "package m_test\n\nfunc ExampleA() {}\n"}};
    QTest::newRow("TestMain in xtest")
        << Files{{"go.mod", mod},
                 {"m.go", "package m\n"},
                 {"m_test.go", head + "var _ = fmt.Sprint\nvar _ testing.T\n"},
                 {"x_test.go", xhead + "func TestMain(m *testing.M) { fmt.Println(); m.Run() }\n"
                                       "func BenchmarkX(b *testing.B) {}\n"}};
}

void TestTestmainOracle::synthetic()
{
    QFETCH(Files, files);
    test::TempModule dir(files);
    const ProcessOutput list = m_go.run(
        {QStringLiteral("list"), QStringLiteral("-json"), QStringLiteral(".")}, dir.path());
    QCOMPARE(list.exitCode, 0);
    const QList<load::Package> pkgs = listPackages(list.stdOut);
    QCOMPARE(pkgs.size(), 1);
    compareTestmain(m_go, dir.path(), pkgs.first());
}

void TestTestmainOracle::errors_data()
{
    QTest::addColumn<Files>("files");
    const QByteArray mod = "module example.com/m\n\ngo 1.22\n";
    const QByteArray head = "package m\n\nimport \"testing\"\n\n";
    QTest::newRow("bad TestMain") << Files{{"go.mod", mod},
                                           {"m.go", "package m\n"},
                                           {"m_test.go", head + "func TestMain(t int) {}\n"}};
    QTest::newRow("generic test") << Files{
        {"go.mod", mod},
        {"m.go", "package m\n"},
        {"m_test.go", head + "func TestX[T any](t *testing.T) {}\n"}};
    QTest::newRow("benchmark by value")
        << Files{{"go.mod", mod},
                 {"m.go", "package m\n"},
                 {"m_test.go", head + "\nfunc TestA(t *testing.T) {}\n\n"
                                      "  func BenchmarkX(b testing.B) {}\n"}};
    QTest::newRow("fuzz with result")
        << Files{{"go.mod", mod},
                 {"m.go", "package m\n"},
                 {"m_test.go", head + "func FuzzX(f *testing.F) int { return 0 }\n"}};
    QTest::newRow("two TestMains")
        << Files{{"go.mod", mod},
                 {"m.go", "package m\n"},
                 {"a_test.go", head + "func TestMain(m *testing.M) {}\n"},
                 {"x_test.go", "package m_test\n\nimport \"testing\"\n\n"
                               "func TestMain(m *testing.M) {}\n"}};
    QTest::newRow("first error of the first file")
        << Files{{"go.mod", mod},
                 {"m.go", "package m\n"},
                 {"a_test.go", head + "func TestA() {}\n"},
                 {"b_test.go", head + "func TestMain(m testing.M) {}\n"}};
}

void TestTestmainOracle::errors()
{
    QFETCH(Files, files);
    test::TempModule dir(files);
    const ProcessOutput list = m_go.run(
        {QStringLiteral("list"), QStringLiteral("-json"), QStringLiteral(".")}, dir.path());
    QCOMPARE(list.exitCode, 0);
    const QList<load::Package> pkgs = listPackages(list.stdOut);
    QCOMPARE(pkgs.size(), 1);
    const ProcessOutput go = m_go.run({QStringLiteral("test"), QStringLiteral("-vet=off"),
                                       QStringLiteral("-count=1"), QStringLiteral(".")},
                                      dir.path());
    QCOMPARE(go.exitCode, 1);
    const Result<load::TestFuncs> funcs = load::loadTestFuncs(pkgs.first());
    QVERIFY(!funcs);
    const QString kiln = QStringLiteral("# example.com/m\n") + funcs.error().toString() + '\n';
    QCOMPARE(kiln, QString::fromUtf8(go.stdErr));
}

QTEST_GUILESS_MAIN(TestTestmainOracle)
#include "tst_testmain_oracle.moc"
