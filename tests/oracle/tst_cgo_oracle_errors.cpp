// Oracle: how cgo builds fail (issue 5), `kiln-cli build` against `go build`
// with CGO_ENABLED=1, each tool on its own cache (shared by the rows): the
// exit status and the whole stderr text must be equal.
//   nocompiler     CC=/nonexistent: the cgo tool's "C compiler not found" for runtime/cgo
//   ccerror        a C file that does not compile: gcc's file:line diagnostics under "# pkg"
//   cflags         #cgo CFLAGS: -fplugin=x (not on go's allow-list)
//   ldflags        #cgo LDFLAGS: -Wl,--plugin=evil.so
//   pkgconfigflag  #cgo pkg-config: --bad-flag zlib
//   pkgconfigmiss  #cgo pkg-config: nosuchlib (pkg-config's own message, go's "# [desc]" header)
//   gotypes        a Go type error on a C type in a cgo file
//   cxxerror       a C++ file that does not compile
//   nocxx          CXX=nonexistent-cxx with a C++ file: LookPath's error for the C++ compile
// External linking without cgo (CGO_ENABLED=0; go's LinkerDeps error, raised
// while main loads):
//   linkextnocgo   -ldflags=-linkmode=external
//   linkmodenocgo  -ldflags='-linkmode external' (the reason is "-linkmode")
//   linkextall     -ldflags=all=-linkmode=external
//   iospie         GOOS=ios GOARCH=amd64: "default PIE binary"
//   androidnocgo   GOOS=android GOARCH=amd64: the platform must link externally
#include "support/buildoracle.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace kiln::test;

namespace
{

struct Case {
    const char *name;
    QMap<QString, QByteArray> files; // besides go.mod
    QMap<QString, QString> env;      // CGO_ENABLED=1 unless set here
    QStringList flags;               // before "-o prog ."
};

const QByteArray kPlainMain = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n";
const QString kCgoOff = QStringLiteral("CGO_ENABLED");

const QList<Case> &cases()
{
    static const QList<Case> list = {
        {"nocompiler",
         {{"main.go", "package main\n\n// int add(int a, int b) { return a + b; }\nimport "
                      "\"C\"\n\nfunc main() { "
                      "_ = C.add(1, 2) }\n"}},
         {{QStringLiteral("CC"), QStringLiteral("/nonexistent")}}},
        {"ccerror",
         {{"main.go", "package main\n\n// int f(void);\nimport \"C\"\n\nfunc main() { C.f() }\n"},
          {"bad.c", "int f(void) {\n\treturn undefined_thing;\n}\n"}},
         {}},
        {"cflags",
         {{"main.go",
           "package main\n\n// #cgo CFLAGS: -fplugin=x\nimport \"C\"\n\nfunc main() {}\n"}},
         {}},
        {"ldflags",
         {{"main.go", "package main\n\n// #cgo LDFLAGS: -Wl,--plugin=evil.so\nimport \"C\"\n\nfunc "
                      "main() {}\n"}},
         {}},
        {"pkgconfigflag",
         {{"main.go", "package main\n\n// #cgo pkg-config: --bad-flag zlib\nimport \"C\"\n\nfunc "
                      "main() {}\n"}},
         {}},
        {"pkgconfigmiss",
         {{"main.go",
           "package main\n\n// #cgo pkg-config: nosuchlib\nimport \"C\"\n\nfunc main() {}\n"}},
         {}},
        {"gotypes",
         {{"main.go", "package main\n\n// typedef int myint;\nimport \"C\"\n\nfunc main() {\n\tvar "
                      "x C.myint = "
                      "\"s\"\n\t_ = x\n}\n"}},
         {}},
        {"nocxx",
         {{"main.go", "package main\n\n// int h(void);\nimport \"C\"\n\nfunc main() { C.h() }\n"},
          {"h.cc", "extern \"C\" int h(void) { return 1; }\n"}},
         {{QStringLiteral("CXX"), QStringLiteral("nonexistent-cxx")}}},
        {"cxxerror",
         {{"main.go", "package main\n\n// int g(void);\nimport \"C\"\n\nfunc main() { C.g() }\n"},
          {"bad.cc", "extern \"C\" int g(void) {\n\treturn std::nothing();\n}\n"}},
         {}},
        {"linkextnocgo",
         {{"main.go", kPlainMain}},
         {{kCgoOff, QStringLiteral("0")}},
         {QStringLiteral("-ldflags=-linkmode=external")}},
        {"linkmodenocgo",
         {{"main.go", kPlainMain}},
         {{kCgoOff, QStringLiteral("0")}},
         {QStringLiteral("-ldflags=-linkmode external")}},
        {"linkextall",
         {{"main.go", kPlainMain}},
         {{kCgoOff, QStringLiteral("0")}},
         {QStringLiteral("-ldflags=all=-linkmode=external")}},
        {"iospie",
         {{"main.go", kPlainMain}},
         {{kCgoOff, QStringLiteral("0")},
          {QStringLiteral("GOOS"), QStringLiteral("ios")},
          {QStringLiteral("GOARCH"), QStringLiteral("amd64")}}},
        {"androidnocgo",
         {{"main.go", kPlainMain}},
         {{kCgoOff, QStringLiteral("0")},
          {QStringLiteral("GOOS"), QStringLiteral("android")},
          {QStringLiteral("GOARCH"), QStringLiteral("amd64")}}},
    };
    return list;
}

} // namespace

class TestCgoOracleErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failures_data();
    void failures();

private:
    OracleGo m_go;
    QTemporaryDir m_cache[2];
};

void TestCgoOracleErrors::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QVERIFY2(QFileInfo(kilnCli()).isExecutable(),
             qPrintable(kilnCli() + QStringLiteral(" missing")));
}

void TestCgoOracleErrors::failures_data()
{
    QTest::addColumn<int>("row");
    for (qsizetype i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void TestCgoOracleErrors::failures()
{
    QFETCH(int, row);
    const Case &c = cases()[row];
    QMap<QString, QByteArray> files = c.files;
    files.insert(QStringLiteral("go.mod"),
                 "module example.com/" + QByteArray(c.name) + "\n\ngo 1.22\n");
    TempModule m(files);
    kiln::ProcessOutput out[2];
    for (int i = 0; i < 2; ++i) {
        QMap<QString, QString> env = c.env;
        if (!env.contains(kCgoOff))
            env.insert(kCgoOff, QStringLiteral("1"));
        env.insert(QStringLiteral("GOCACHE"), m_cache[i].path());
        const QProcessEnvironment penv = m_go.environment(env);
        const QStringList args =
            QStringList{QStringLiteral("build")} + c.flags +
            QStringList{QStringLiteral("-o"), m.filePath(QStringLiteral("prog")),
                        QStringLiteral(".")};
        out[i] = i == 0 ? m_go.runWithEnv(args, m.path(), penv) : runKilnCli(args, m.path(), penv);
    }
    QVERIFY2(out[0].exitCode != 0,
             qPrintable(QStringLiteral("go did not fail:\n") + QString::fromUtf8(out[0].stdErr)));
    QVERIFY2(!out[0].stdErr.isEmpty(), "go printed nothing");
    QCOMPARE(out[1].exitCode, out[0].exitCode);
    QCOMPARE(QString::fromUtf8(out[1].stdErr), QString::fromUtf8(out[0].stdErr));
}

QTEST_GUILESS_MAIN(TestCgoOracleErrors)
#include "tst_cgo_oracle_errors.moc"
