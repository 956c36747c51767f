// Oracle test of core/flags. For a module with several packages (a vendored
// dependency, a tool, assembly, a nested main) each row runs
// `go build -n -a` with -gcflags/-asmflags/-ldflags given on the command line
// and in GOFLAGS, reads from go's printed compile, asm and link commands which
// flags every package got, and compares that with Kiln: parseBuildFlags over
// the same arguments, Kiln's loader over the same packages, and
// BuildFlags::toolFlagsFor for every package loaded. Error rows compare go's
// stderr and exit status for bad flags, bad patterns, bad GOFLAGS and -C
// with Kiln's FlagError.
#include "flags/buildflags.h"
#include "goenv/goenv.h"
#include "goenv/toolchain.h"
#include "load/loader.h"
#include "load/loadsession.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/toolflagscript.h"

#include <QFileInfo>
#include <QtTest>

#include <memory>

using namespace kiln;

namespace
{

// The flags each tool got per package, as go printed them.
struct GoFlags {
    QMap<QString, QString> gc, asm_, ld; // import path -> flags joined by ' '
};

// go's -n script read by tests/support/toolflagscript.h, flags joined by ' '.
GoFlags parseScript(const QString &script)
{
    const test::ToolFlagScript t = test::parseToolFlagScript(script);
    GoFlags g;
    for (auto it = t.gc.cbegin(); it != t.gc.cend(); ++it)
        g.gc.insert(it.key(), it.value().join(u' '));
    for (auto it = t.asmflags.cbegin(); it != t.asmflags.cend(); ++it)
        g.asm_.insert(it.key(), it.value().join(u' '));
    for (auto it = t.ld.cbegin(); it != t.ld.cend(); ++it)
        g.ld.insert(it.key(), it.value().join(u' '));
    return g;
}

const QMap<QString, QByteArray> moduleFiles = {
    {"go.mod", "module example.com/m\n\ngo 1.24\n\nrequire example.com/dep v1.0.0\n\n"
               "tool example.com/m/cmd/tool\n"},
    {"main.go", "package main\n\nimport (\n\t_ \"example.com/dep\"\n\t_ \"example.com/m/a\"\n"
                "\t_ \"example.com/m/b/asm\"\n)\n\nfunc main() {}\n"},
    {"a/a.go", "package a\n\nimport _ \"example.com/m/b\"\n"},
    {"b/b.go", "package b\n"},
    {"b/asm/asm.go", "package asm\n\nfunc F()\n"},
    {"b/asm/f_amd64.s", "#include \"textflag.h\"\n\nTEXT ·F(SB),NOSPLIT,$0\n\tRET\n"},
    {"cmd/tool/main.go", "package main\n\nimport _ \"example.com/m/b\"\n\nfunc main() {}\n"},
    {"sub/main.go", "package main\n\nimport (\n\t_ \"example.com/m/a\"\n"
                    "\t_ \"example.com/m/sub/inner\"\n)\n\nfunc main() {}\n"},
    {"sub/inner/inner.go", "package inner\n"},
    {"vendor/modules.txt", "# example.com/dep v1.0.0\n## explicit; go 1.24\nexample.com/dep\n"},
    {"vendor/example.com/dep/dep.go", "package dep\n"},
};

} // namespace

class TestFlagsOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void perPackage_data();
    void perPackage();
    void errors_data();
    void errors();

private:
    // Kiln's answer for the same command line: the flags per package, or the
    // error text and exit status.
    QString kilnRun(const QStringList &args, const QProcessEnvironment &env, GoFlags &out,
                    int &exitStatus);

    test::OracleGo m_go;
    std::unique_ptr<test::TempModule> m_module;
    QString m_dir;
};

void TestFlagsOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    m_module = std::make_unique<test::TempModule>(moduleFiles);
    m_dir = QFileInfo(m_module->path()).canonicalFilePath();
}

static const QMap<QString, QString> baseEnv = {{"GOOS", "linux"},
                                               {"GOARCH", "amd64"},
                                               {"GOAMD64", "v1"},
                                               {"CGO_ENABLED", "0"},
                                               {"GO19CONCURRENTCOMPILATION", "0"}};

QString TestFlagsOracle::kilnRun(const QStringList &args, const QProcessEnvironment &env,
                                 GoFlags &out, int &exitStatus)
{
    exitStatus = 1;
    goenv::DiscoveryInput din;
    din.environment = env;
    const auto tc = goenv::discoverToolchain(din);
    if (!tc)
        return tc.error().toString();
    goenv::EnvInput in;
    in.toolchain = *tc;
    in.environment = env;
    in.workingDir = m_dir;
    in.names = {QStringLiteral("GOOS"), QStringLiteral("GOARCH")};
    const auto goEnv = goenv::GoEnv::compute(in);
    if (!goEnv)
        return goEnv.error().toString();
    const auto flags = flags::parseBuildFlags(args, goEnv->value(QStringLiteral("GOFLAGS")), m_dir);
    if (!flags) {
        exitStatus = flags.error().exitStatus;
        return flags.error().message;
    }
    const flags::ModuleMode mode = goEnv->value(QStringLiteral("GO111MODULE")) == "off"
                                       ? flags::ModuleMode::Gopath
                                       : flags::ModuleMode::Modules;
    if (const auto err = flags::checkBuildFlags(*flags, mode)) {
        exitStatus = err->exitStatus;
        return err->message;
    }
    const auto config = load::makeLoaderConfig(*goEnv, flags->loadFlags(), flags->workingDir);
    if (!config)
        return config.error().toString();
    const load::LoadResult r = load::loadPackages(*config, flags->packages);
    if (!r.fatal.isEmpty())
        return r.fatal.first().toString();
    const flags::ModuleScope scope = flags::moduleScopeOf(*config);
    for (int idx : r.all) {
        const load::Package &p = r.packages[idx];
        if (p.importPath == QLatin1String("unsafe"))
            continue;
        const flags::ToolFlags t = flags->toolFlagsFor(p, flags::originOf(r, idx), scope);
        out.gc.insert(p.importPath, t.gcflags.join(u' '));
        if (!p.sFiles.isEmpty())
            out.asm_.insert(p.importPath, t.asmflags.join(u' '));
        if (p.name == QLatin1String("main") && r.roots.contains(idx))
            out.ld.insert(p.importPath, t.ldflags.join(u' '));
    }
    exitStatus = 0;
    return {};
}

void TestFlagsOracle::perPackage_data()
{
    QTest::addColumn<QStringList>("args"); // after "build"; -n -a are added after -C
    QTest::addColumn<QString>("goflags");
    auto row = [](const char *name, const QStringList &args, const char *goflags = "") {
        QTest::newRow(name) << args << QString::fromUtf8(goflags);
    };
    row("none", {"."});
    row("bare", {"-gcflags=-N -l", "."});
    row("bare several", {"-gcflags=-N", "./a", "./cmd/tool"});
    row("all", {"-gcflags=all=-N -l", "."});
    row("std", {"-gcflags=std=-B", "."});
    row("cmd matches nothing", {"-gcflags=cmd=-B", "."});
    row("./...", {"-gcflags=./...=-m", "./cmd/tool", "."});
    row(". exact", {"-gcflags=.=-N", "./..."});
    row("./b/...", {"-gcflags=./b/...=-S", "."});
    row("./vendor/...", {"-gcflags=./vendor/...=-N", "."});
    row("path/...", {"-gcflags=example.com/m/b/...=-S", "."});
    row("example.com/...", {"-gcflags=example.com/...=-N", "."});
    row("internal/...", {"-gcflags=internal/...=-N", "."});
    row("work", {"-gcflags=work=-N", "."});
    row("tool", {"-gcflags=tool=-l", "./..."});
    row("spaces around pattern", {"-gcflags= all = -N ", "."});
    row("quoted fields", {"-gcflags=all='-N' \"-l\"", "."});
    row("last wins", {"-gcflags=all=-N", "-gcflags=example.com/m/a=-l", "."});
    row("empty resets", {"-gcflags=all=-N", "-gcflags=", "."});
    row("pattern reset", {"-gcflags=all=-N", "-gcflags=std=", "."});
    row("goflags + command line", {"-gcflags=-l", "."}, "-gcflags=all=-N");
    row("goflags only", {"."}, "-gcflags=std=-N --ldflags=-s");
    row("goflags quoted", {"."}, "'-gcflags=all=-N -l' -ldflags=-w");
    row("goflags then empty", {"-gcflags=", "./..."}, "-gcflags=all=-N");
    row("goflags other commands' flags", {"."}, "-count=1 -gcflags=example.com/m=-m -test.v");
    row("ldflags bare", {"-ldflags=-s -w", "./..."});
    row("ldflags all", {"-ldflags=all=-X=main.v=1", "./..."});
    row("ldflags pattern", {"-ldflags=example.com/m/cmd/...=-s", "./..."});
    row("asmflags all", {"-asmflags=all=-D=KILN", "."});
    row("asmflags dir", {"-asmflags=./b/...=-D=X", "."});
    row("asmflags bare", {"-asmflags=-D=X", "./b/asm", "."});
    row("three kinds", {"-gcflags=std=-B", "-asmflags=runtime=-D=R", "-ldflags=-s", "."},
        "-gcflags=all=-N -asmflags=all=-D=A");
    row("-C ./...", {"-C", "sub", "-gcflags=./...=-N", "."});
    row("-C ..", {"-C=sub", "-gcflags=../a=-l", "-ldflags=.=-s", "."});
    row("-C with GOFLAGS pattern", {"-C", "sub", "-ldflags=-s", "."}, "-gcflags=./...=-N");
    row("-C relative packages", {"--C", "sub", "-gcflags=-N", "./inner", "."});
}

void TestFlagsOracle::perPackage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goflags);
    QMap<QString, QString> extra = baseEnv;
    extra.insert(QStringLiteral("GOFLAGS"), goflags);
    const QProcessEnvironment env = m_go.environment(extra);

    QStringList goArgs = args;
    const int at = args.value(0) == QLatin1String("-C") || args.value(0) == QLatin1String("--C") ? 2
                   : args.value(0).startsWith(QLatin1String("-C="))                              ? 1
                                                                    : 0;
    goArgs.insert(at, QStringLiteral("-a"));
    goArgs.insert(at, QStringLiteral("-n"));
    const ProcessOutput out =
        m_go.runWithEnv(QStringList{QStringLiteral("build")} + goArgs, m_dir, env);
    QVERIFY2(out.exitCode == 0, out.stdErr.constData());
    const GoFlags want = parseScript(QString::fromUtf8(out.stdErr));
    QVERIFY(want.gc.size() > 10); // std is rebuilt with -a
    QVERIFY(!want.ld.isEmpty());

    GoFlags got;
    int status = 0;
    const QString err = kilnRun(goArgs, env, got, status);
    QVERIFY2(status == 0, qPrintable(err));
    // Same packages compiled, assembled and linked, with the same flags.
    QCOMPARE(got.gc, want.gc);
    QCOMPARE(got.asm_, want.asm_);
    QCOMPARE(got.ld, want.ld);
}

void TestFlagsOracle::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<QString>("go111module");
    auto row = [](const char *name, const QStringList &args, const char *goflags = "",
                  const char *go111module = "") {
        QTest::newRow(name) << args << QString::fromUtf8(goflags)
                            << QString::fromLatin1(go111module);
    };
    row("undefined flag", {"-foo", "."});
    row("undefined --flag=", {"--foo=1"});
    row("needs argument", {"-n", "-gcflags"});
    row("missing =", {"-gcflags=foo", "."});
    row("missing pattern", {"-gcflags==-N"});
    row("empty pattern", {"-ldflags= =-s"});
    row("quote '", {"-asmflags='a=x"});
    row("quote \"", {"-gcflags=\"all\"=-N"});
    row("unterminated", {"-ldflags=a=-x \"y"});
    row("unterminated bare", {"-gcflags=-N '-l"});
    row("bool value", {"-a=maybe"});
    row("int value", {"-p=x"});
    row("int range", {"-p", "99999999999999999999"});
    row("-h", {"-h"});
    row("--help", {"-n", "--help"});
    row("three dashes", {"---x"});
    row("-=", {"-=x"});
    row("buildvcs", {"-buildvcs=maybe"});
    row("covermode", {"-covermode=x"});
    row("compiler", {"-compiler=x"});
    row("tags quote", {"-tags='a"});
    row("-C not first", {"-n", "-C", "sub"});
    row("-C alone", {"-C"});
    row("-C missing dir", {"-C", "nosuch", "-n"});
    row("-C file", {"-C=go.mod", "-n"});
    row("-C before bad GOFLAGS", {"-C", "nosuch"}, "-zzz");
    row("goflags non-flag", {"-n"}, "x");
    row("goflags dash", {"-n"}, "-");
    row("goflags ---", {"-n"}, "---a");
    row("goflags -=", {"-n"}, "-=a");
    row("goflags unknown", {"-n"}, "-a -zzz");
    row("goflags unterminated", {"-n"}, "'-a");
    row("goflags bool", {"-n"}, "-x=1 -a=q");
    row("goflags needs value", {"-n"}, "-o");
    row("goflags bad pattern", {"-n"}, "-gcflags=foo");
    row("goflags bad pattern --", {"-n"}, "--asmflags==x");
    row("goflags -C", {"-n"}, "-C=sub");
    row("goflags buildvcs", {"-n"}, "-buildvcs=maybe");
    row("goflags before command line", {"-foo"}, "-p=x");
    row("bad -mod", {"-mod=foo", "-n"});
    row("-p zero", {"-p=0", "-n"});
    row("-p negative", {"-n", "-p", "-2"});
    row("-mod in GOPATH mode", {"-mod=mod", "-n"}, "", "off");
    row("-modcacherw in GOPATH mode", {"-modcacherw", "-n"}, "", "off");
}

void TestFlagsOracle::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, goflags);
    QFETCH(QString, go111module);
    QMap<QString, QString> extra = baseEnv;
    extra.insert(QStringLiteral("GOFLAGS"), goflags);
    extra.insert(QStringLiteral("GO111MODULE"), go111module);
    const QProcessEnvironment env = m_go.environment(extra);
    const ProcessOutput out =
        m_go.runWithEnv(QStringList{QStringLiteral("build")} + args, m_dir, env);
    QVERIFY2(out.exitCode != 0, out.stdErr.constData());

    GoFlags unused;
    int status = 0;
    const QString err = kilnRun(args, env, unused, status);
    QCOMPARE(err + QLatin1Char('\n'), QString::fromUtf8(out.stdErr));
    QCOMPARE(status, out.exitCode);
}

QTEST_GUILESS_MAIN(TestFlagsOracle)
#include "tst_flags_oracle.moc"
