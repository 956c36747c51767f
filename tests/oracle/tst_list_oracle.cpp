// Oracle: `kiln-cli list` against `go list` on the same input, byte for byte.
// Only the fields that need a build (Stale, StaleReason) are taken out of
// go's output; everything else must be identical, package order included.
#include "support/fakeproxy.h"
#include "support/golden.h"
#include "support/listoutput.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <QtTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kiln;

namespace
{

struct Case {
    QStringList args;
    QMap<QString, QString> env;
    QString example; // "" = an empty temp dir (no module)
};

} // namespace

class TestListOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void list_data();
    void list();
    void errors_data();
    void errors();
    void modules_data();
    void modules();
    void nonUtf8Names();
    void unreadableDirectory();

private:
    // Runs go and kiln-cli with args; "" when exit status, stderr and stdout
    // agree, else what differs first.
    QString compareList(const QStringList &args, const QString &dir,
                        const QProcessEnvironment &env) const;

    test::OracleGo m_go;
    test::FakeModuleProxy m_proxy;
};

QString TestListOracle::compareList(const QStringList &args, const QString &dir,
                                    const QProcessEnvironment &env) const
{
    const ProcessOutput go = m_go.runWithEnv(args, dir, env);
    const ProcessOutput kiln = test::runKilnCli(args, dir, env);
    const QString d = test::listDifference(go, kiln);
    return d.isEmpty() ? d : args.join(QLatin1Char(' ')) + QStringLiteral(": ") + d;
}

void TestListOracle::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QString error;
    QVERIFY2(m_proxy.build(m_go, &error), qPrintable(error));
}

void TestListOracle::list_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goos");
    QTest::addColumn<QString>("goarch");
    QTest::addColumn<QString>("cgo");
    QTest::addColumn<QString>("example");
    const QStringList stdCmd = {QStringLiteral("-json"), QStringLiteral("-deps"),
                                QStringLiteral("std"), QStringLiteral("cmd")};
    const QList<std::pair<QString, QString>> targets = {
        {QStringLiteral("linux"), QStringLiteral("amd64")},
        {QStringLiteral("linux"), QStringLiteral("arm64")},
        {QStringLiteral("windows"), QStringLiteral("amd64")},
        {QStringLiteral("darwin"), QStringLiteral("arm64")}};
    for (const auto &[goos, goarch] : targets)
        for (const QString cgo : {QStringLiteral("0"), QStringLiteral("1")})
            QTest::addRow("std cmd %s/%s cgo=%s", qPrintable(goos), qPrintable(goarch),
                          qPrintable(cgo))
                << stdCmd << goos << goarch << cgo << QString();
    for (const QString ex : {QStringLiteral("hello"), QStringLiteral("pipeline")}) {
        QTest::addRow("%s ./...", qPrintable(ex))
            << QStringList{QStringLiteral("-json"), QStringLiteral("./...")}
            << QStringLiteral("linux") << QStringLiteral("amd64") << QStringLiteral("1") << ex;
        QTest::addRow("%s -deps ./...", qPrintable(ex))
            << QStringList{QStringLiteral("-json"), QStringLiteral("-deps"),
                           QStringLiteral("./...")}
            << QStringLiteral("linux") << QStringLiteral("amd64") << QStringLiteral("0") << ex;
        QTest::addRow("%s plain all", qPrintable(ex))
            << QStringList{QStringLiteral("all")} << QStringLiteral("linux")
            << QStringLiteral("amd64") << QStringLiteral("1") << ex;
    }
    for (const QString ex : {QStringLiteral("hello"), QStringLiteral("pipeline")})
        QTest::addRow("%s -test -deps", qPrintable(ex))
            << QStringList{QStringLiteral("-json"), QStringLiteral("-test"),
                           QStringLiteral("-deps"), QStringLiteral("./...")}
            << QStringLiteral("linux") << QStringLiteral("amd64") << QStringLiteral("1") << ex;
    QTest::addRow("std -test -deps")
        << (QStringList{QStringLiteral("-json"), QStringLiteral("-test"), QStringLiteral("-deps")} +
            QStringLiteral("strings bytes sort strconv encoding/json fmt path/filepath "
                           "container/list unicode/utf8 "
                           "regexp net/http os runtime testing")
                .split(QLatin1Char(' ')))
        << QStringLiteral("linux") << QStringLiteral("amd64") << QStringLiteral("1") << QString();
    QTest::addRow("std -test windows")
        << QStringList{QStringLiteral("-json"), QStringLiteral("-test"), QStringLiteral("os"),
                       QStringLiteral("net")}
        << QStringLiteral("windows") << QStringLiteral("amd64") << QStringLiteral("0") << QString();
    QTest::addRow("hello windows/arm64 tags")
        << QStringList{QStringLiteral("-json"), QStringLiteral("-tags=debug"),
                       QStringLiteral("./...")}
        << QStringLiteral("windows") << QStringLiteral("arm64") << QStringLiteral("0")
        << QStringLiteral("hello");
    QTest::addRow("hello -find") << QStringList{QStringLiteral("-json"), QStringLiteral("-find"),
                                                QStringLiteral("./...")}
                                 << QStringLiteral("linux") << QStringLiteral("amd64")
                                 << QStringLiteral("1") << QStringLiteral("hello");
    QTest::addRow("std -find") << QStringList{QStringLiteral("-find"), QStringLiteral("-json"),
                                              QStringLiteral("net/...")}
                               << QStringLiteral("linux") << QStringLiteral("amd64")
                               << QStringLiteral("1") << QString();
    QTest::addRow("wildcards") << QStringList{QStringLiteral("-json"), QStringLiteral("net/..."),
                                              QStringLiteral("crypto/...")}
                               << QStringLiteral("linux") << QStringLiteral("amd64")
                               << QStringLiteral("1") << QString();
}

void TestListOracle::list()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goos);
    QFETCH(QString, goarch);
    QFETCH(QString, cgo);
    QFETCH(QString, example);
    test::TempModule dir;
    if (!example.isEmpty())
        dir.copyTree(test::exampleDir(example));
    const QProcessEnvironment env = m_go.environment({{QStringLiteral("GOOS"), goos},
                                                      {QStringLiteral("GOARCH"), goarch},
                                                      {QStringLiteral("CGO_ENABLED"), cgo}});
    const ProcessOutput go =
        m_go.runWithEnv(QStringList{QStringLiteral("list")} + args, dir.path(), env);
    const ProcessOutput kiln =
        test::runKilnCli(QStringList{QStringLiteral("list")} + args, dir.path(), env);
    QCOMPARE(kiln.exitCode, go.exitCode);
    QCOMPARE(QString::fromUtf8(kiln.stdErr), QString::fromUtf8(go.stdErr));
    const QString diff = test::firstDifference(test::withoutBuildFields(go.stdOut), kiln.stdOut);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

using Files = QMap<QString, QByteArray>;
Q_DECLARE_METATYPE(Files)

void TestListOracle::errors_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("patterns");
    const QByteArray mod = "module example.com/m\n\ngo 1.22\n";
    const QStringList all = {QStringLiteral("./...")};
    QTest::newRow("import cycle")
        << Files{{"go.mod", mod},
                 {"a/a.go", "package a\n\nimport _ \"example.com/m/b\"\n"},
                 {"b/b.go", "package b\n\nimport _ \"example.com/m/a\"\n"}}
        << all;
    QTest::newRow("no Go files") << Files{{"go.mod", mod},
                                          {"empty/README", "x"},
                                          {"x.go", "package x\n"}}
                                 << QStringList{QStringLiteral("./empty")};
    QTest::newRow("only tests") << Files{{"go.mod", mod}, {"t/t_test.go", "package t\n"}}
                                << QStringList{QStringLiteral("./t")};
    QTest::newRow("constraints exclude all")
        << Files{{"go.mod", mod}, {"c/c.go", "//go:build ignore\n\npackage c\n"}}
        << QStringList{QStringLiteral("./c")};
    QTest::newRow("multiple packages")
        << Files{{"go.mod", mod}, {"p/a.go", "package a\n"}, {"p/b.go", "package b\n"}} << all;
    QTest::newRow("invalid import path")
        << Files{{"go.mod", mod}, {"p/p.go", "package p\n\nimport _ \"example.com/m/a b\"\n"}}
        << all;
    QTest::newRow("std internal") << Files{{"go.mod", mod},
                                           {"p/p.go", "package p\n\nimport _ \"internal/cpu\"\n"}}
                                  << all;
    QTest::newRow("missing module")
        << Files{{"go.mod", mod}, {"p/p.go", "package p\n\nimport _ \"example.org/nothere/x\"\n"}}
        << all;
    QTest::newRow("missing std") << Files{{"go.mod", mod},
                                          {"p/p.go", "package p\n\nimport _ \"notstd/x\"\n"}}
                                 << all;
    QTest::newRow("malformed go:build")
        << Files{{"go.mod", mod}, {"p/p.go", "//go:build linux &&\n\npackage p\n"}} << all;
    QTest::newRow("import a program")
        << Files{{"go.mod", mod},
                 {"cmd/tool/main.go", "package main\n\nfunc main() {}\n"},
                 {"p/p.go", "package p\n\nimport _ \"example.com/m/cmd/tool\"\n"}}
        << all;
    QTest::newRow("parse error") << Files{{"go.mod", mod}, {"p/p.go", "package p\n\nimport (\n"}}
                                 << all;
    QTest::newRow("embed no match")
        << Files{{"go.mod", mod},
                 {"p/p.go",
                  "package p\n\nimport _ \"embed\"\n\n//go:embed nothere.txt\nvar s string\n"}}
        << all;
    QTest::newRow("C without cgo")
        << Files{{"go.mod", mod}, {"p/p.go", "package p\n"}, {"p/x.c", "int x;\n"}} << all;
    QTest::newRow("dependency error")
        << Files{{"go.mod", mod},
                 {"a/a.go", "package a\n\nimport _ \"example.com/m/b\"\n"},
                 {"b/b.go", "package b\n\nimport _ \"notstd/x\"\n"}}
        << all;
    QTest::newRow("test import cycle")
        << Files{{"go.mod", mod},
                 {"a/a.go", "package a\n"},
                 {"a/a_test.go", "package a\n\nimport _ \"example.com/m/b\"\n"},
                 {"b/b.go", "package b\n\nimport _ \"example.com/m/a\"\n"}}
        << QStringList{QStringLiteral("-test"), QStringLiteral("./a")};
    QTest::newRow("test dependency error")
        << Files{{"go.mod", mod},
                 {"a/a.go", "package a\n"},
                 {"a/a_test.go", "package a\n\nimport _ \"example.com/m/b\"\n"},
                 {"b/b.go", "package b\n\nimport _ \"notstd/x\"\n"},
                 {"c/c.go", "package c\n\nimport _ \"notstd/y\"\n"},
                 {"c/c_test.go", "package c\n"}}
        << QStringList{QStringLiteral("-test"), QStringLiteral("./c"), QStringLiteral("./a")};
    QTest::newRow("bad TestMain")
        << Files{{"go.mod", mod},
                 {"a/a.go", "package a\n"},
                 {"a/a_test.go",
                  "package a\n\nimport \"testing\"\n\nfunc TestMain(t *testing.T, x int) {}\n"}}
        << QStringList{QStringLiteral("-test"), QStringLiteral("./a")};
    QTest::newRow("no match") << Files{{"go.mod", mod}, {"x.go", "package x\n"}}
                              << QStringList{QStringLiteral("./nothing/...")};
    QTest::newRow("outside module")
        << Files{{"go.mod", mod}, {"x.go", "package x\n"}} << QStringList{QStringLiteral("/tmp")};
    QTest::newRow("binary .go file")
        << Files{{"go.mod", mod}, {"p/p.go", QByteArray("\x00\x01\x02garbage\xff", 11)}} << all;
}

// Broken inputs: go list -e -json must agree field for field, and plain go
// list must print the same errors with the same exit status.
void TestListOracle::errors()
{
    QFETCH(Files, files);
    QFETCH(QStringList, patterns);
    test::TempModule dir(files);
    const QProcessEnvironment env =
        m_go.environment({{QStringLiteral("CGO_ENABLED"), QStringLiteral("1")}});
    for (const QStringList &flags :
         {QStringList{QStringLiteral("-e"), QStringLiteral("-json")},
          QStringList{QStringLiteral("-e"), QStringLiteral("-json"), QStringLiteral("-deps")},
          QStringList{}}) {
        const QString diff =
            compareList(QStringList{QStringLiteral("list")} + flags + patterns, dir.path(), env);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

// Modules with dependencies from a fake module cache (tests/data/modgraph):
// replace, workspaces, vendoring, MVS, upper-case paths.
void TestListOracle::modules_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("subdir");
    QTest::addColumn<QStringList>("prep");
    QTest::addColumn<QString>("mod");
    QTest::addColumn<QStringList>("patterns");
    const QStringList all = {QStringLiteral("all")};
    const QStringList dots = {QStringLiteral("./...")};
    const QStringList download = {QStringLiteral("mod"), QStringLiteral("download")};
    QTest::newRow("mvs -mod=mod") << "mvs"
                                  << "" << download << "mod" << all;
    QTest::newRow("replace") << "replace"
                             << "" << download << "mod" << all;
    QTest::newRow("replace readonly, tidy") << "replace"
                                            << "" << QStringList{"mod", "tidy"} << "" << dots;
    QTest::newRow("pruned") << "pruned"
                            << "" << download << "mod" << all;
    QTest::newRow("upper-case paths") << "upper"
                                      << "" << download << "mod" << all;
    QTest::newRow("workspace") << "workspace"
                               << "" << download << "" << all;
    QTest::newRow("workspace module dir") << "workspace"
                                          << "m1" << download << "" << dots;
    QTest::newRow("vendor auto") << "vendor"
                                 << "" << QStringList{"mod", "vendor"} << "" << all;
    QTest::newRow("vendor explicit") << "vendor"
                                     << "" << QStringList{"mod", "vendor"} << "vendor" << dots;
}

void TestListOracle::modules()
{
    QFETCH(QString, fixture);
    QFETCH(QString, subdir);
    QFETCH(QStringList, prep);
    QFETCH(QString, mod);
    QFETCH(QStringList, patterns);
    test::TempModule tree;
    tree.copyTree(test::testDataDir(QStringLiteral("modgraph/") + fixture));
    const auto cache = test::FakeModuleProxy::newCache();
    const QMap<QString, QString> dl = m_proxy.downloadEnv(cache->path());
    m_go.run({QStringLiteral("mod"), QStringLiteral("download"), QStringLiteral("all")},
             tree.path(), dl);
    const ProcessOutput p = m_go.run(prep, tree.path(), dl);
    QVERIFY2(p.exitCode == 0, p.stdErr.constData());
    const QString dir = subdir.isEmpty() ? tree.path() : tree.filePath(subdir);
    const QProcessEnvironment env = m_go.environment(
        {{QStringLiteral("GOMODCACHE"), cache->path()},
         {QStringLiteral("GOSUMDB"), QStringLiteral("off")},
         {QStringLiteral("GONOSUMDB"), QStringLiteral("*")},
         {QStringLiteral("GOFLAGS"), mod.isEmpty() ? QString() : QStringLiteral("-mod=") + mod}});
    for (const QStringList &flags :
         {QStringList{QStringLiteral("-e"), QStringLiteral("-json"), QStringLiteral("-deps")},
          QStringList{}}) {
        const QString diff =
            compareList(QStringList{QStringLiteral("list")} + flags + patterns, dir, env);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

// File and directory names that are not UTF-8: go lists the file (its name
// as \ufffd in JSON) and reports the directory's import path as malformed.
void TestListOracle::nonUtf8Names()
{
    test::TempModule dir({{QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.22\n"},
                          {QStringLiteral("p/p.go"), "package p\n"}});
    const QByteArray root = QFile::encodeName(dir.path());
    QVERIFY(::mkdir((root + "/d\xff").constData(), 0777) == 0);
    for (const QByteArray &name : {QByteArray("/d\xff/d.go"), QByteArray("/p/x\xfey.go")}) {
        const int fd = ::open((root + name).constData(), O_WRONLY | O_CREAT, 0666);
        QVERIFY(fd >= 0);
        const QByteArray body = name.startsWith("/d") ? "package d\n" : "package p\n";
        QVERIFY(::write(fd, body.constData(), size_t(body.size())) == body.size());
        ::close(fd);
    }
    const QProcessEnvironment env = m_go.environment();
    for (const QStringList &flags :
         {QStringList{QStringLiteral("-e"), QStringLiteral("-json")}, QStringList{}}) {
        const QString diff = compareList(QStringList{QStringLiteral("list")} + flags +
                                             QStringList{QStringLiteral("./...")},
                                         dir.path(), env);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

// A directory go cannot open. Permission bits do not stop root, so as root
// both tools run as nobody (setpriv), with a cache they can write.
void TestListOracle::unreadableDirectory()
{
    test::TempModule dir({{QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.22\n"},
                          {QStringLiteral("p/p.go"), "package p\n"},
                          {QStringLiteral("locked/l.go"), "package locked\n"}});
    QTemporaryDir cache;
    QVERIFY(::chmod(QFile::encodeName(cache.path()).constData(), 0777) == 0);
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0) == 0);
    const QProcessEnvironment env = m_go.environment(
        {{QStringLiteral("GOCACHE"), cache.path()}, {QStringLiteral("HOME"), cache.path()}});
    // nobody may not reach the build tree (a clone under /root): run a copy.
    const QString kilnCopy = cache.filePath(QStringLiteral("kiln-cli"));
    QVERIFY(QFile::copy(test::kilnCli(), kilnCopy));
    QVERIFY(::chmod(QFile::encodeName(kilnCopy).constData(), 0755) == 0);
    auto run = [&](const QString &program, const QStringList &args) {
        ProcessSpec spec;
        spec.program = program;
        spec.arguments = args;
        if (::geteuid() == 0) {
            spec.program = QStringLiteral("setpriv");
            spec.arguments =
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), program} +
                args;
        }
        spec.workingDir = dir.path();
        spec.environment = env;
        const auto r = runProcess(spec);
        return r ? *r : ProcessOutput{};
    };
    for (const QString &pattern :
         {QStringLiteral("./..."), QStringLiteral("./locked"), QStringLiteral("./p")}) {
        for (const QStringList &flags :
             {QStringList{QStringLiteral("-e"), QStringLiteral("-json")}, QStringList{}}) {
            const QStringList args =
                QStringList{QStringLiteral("list")} + flags + QStringList{pattern};
            const ProcessOutput go = run(m_go.goBinary(), args);
            const ProcessOutput kiln = run(kilnCopy, args);
            const QString what = args.join(QLatin1Char(' '));
            const QString diff = test::listDifference(go, kiln);
            QVERIFY2(diff.isEmpty(), qPrintable(what + QStringLiteral(": ") + diff));
        }
    }
    ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0755);
}

QTEST_GUILESS_MAIN(TestListOracle)
#include "tst_list_oracle.moc"
