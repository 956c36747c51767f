// Oracle test of the flag-scope analysis (flags/flagscope.h) and its
// forecast (exec/flagforecast.h) on temp copies of the bundled examples
// (hello: assembly, a main package; pipeline: a chain of imports), with
// Kiln's side loaded by exec::loadScopeBuild, the call the GUI makes.
//
//  - entryAlone: one entry "<pattern>=-S" at a time (std, cmd, all, bare,
//    ./..., ., ./dir, import paths and wildcards, tool, work) under
//    `go build -n -a`: the packages whose compile line carries -S are the
//    entry's matched set in Kiln, and every other compiled package has none.
//  - effective: several entries of -gcflags/-asmflags/-ldflags (GOFLAGS and
//    command line), each with flags no other entry has: per package, the
//    flags on go's compile, asm and link lines equal Kiln's effective flags,
//    and the entry those flags identify is the entry Kiln says decided them.
//  - forecast: after a real `go build` with the "before" entries in a fresh
//    GOCACHE, `go build -n` with the "after" entries prints what go would
//    run; the packages it compiles are Kiln's forecast builds (direct and
//    propagated), and the forecast's links are those of its main packages
//    that it recompiles or whose -ldflags change. Each row's "after" state
//    is one no earlier row built: going back to flags whose outputs are
//    cached is a change of action IDs that go serves from the cache.
#include "exec/flagforecast.h"
#include "exec/scopebuild.h"
#include "goenv/toolchain.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"
#include "support/toolflagscript.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace kiln;
using flags::ScopeFlag;

namespace
{

const QMap<QString, QString> BaseEnv = {{"GOOS", "linux"},
                                        {"GOARCH", "amd64"},
                                        {"GOAMD64", "v1"},
                                        {"CGO_ENABLED", "0"},
                                        {"GO19CONCURRENTCOMPILATION", "0"}};

// "gc:all=-N", "asm:./...=-D=X", "ld:-s" → command-line entries.
flags::FlagScopes scopesOf(const QStringList &spec)
{
    flags::FlagScopes s;
    for (const QString &item : spec) {
        const QString kind = item.section(u':', 0, 0);
        const ScopeFlag flag = kind == QLatin1String("gc")    ? ScopeFlag::Gc
                               : kind == QLatin1String("asm") ? ScopeFlag::Asm
                                                              : ScopeFlag::Ld;
        s.append(flag, {item.mid(kind.size() + 1)});
    }
    return s;
}

flags::FlagScopes joined(flags::FlagScopes goflags, const flags::FlagScopes &commandLine)
{
    for (ScopeFlag flag : flags::AllScopeFlags)
        goflags.of(flag) += commandLine.of(flag);
    return goflags;
}

QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

class TestFlagScopeOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void entryAlone_data();
    void entryAlone();
    void effective_data();
    void effective();
    void forecast_data();
    void forecast();

private:
    QString dirOf(const QString &example) const;
    exec::ScopeBuild kilnLoad(const QString &dir, const QStringList &args,
                              const QProcessEnvironment &env);
    test::ToolFlagScript goScript(const QString &dir, const QStringList &args,
                                  const QProcessEnvironment &env);

    test::OracleGo m_go;
    goenv::Toolchain m_toolchain;
    QMap<QString, std::shared_ptr<test::TempModule>> m_modules;
    QTemporaryDir m_cache; // the forecast's own GOCACHE: only what its builds put there
};

void TestFlagScopeOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    goenv::DiscoveryInput din;
    din.environment = m_go.environment();
    const auto tc = goenv::discoverToolchain(din);
    QVERIFY2(tc, qPrintable(tc ? QString() : tc.error().toString()));
    m_toolchain = *tc;
    for (const char *name : {"hello", "pipeline"}) {
        auto m = std::make_shared<test::TempModule>();
        m->copyTree(test::exampleDir(QLatin1String(name)));
        m_modules.insert(QLatin1String(name), m);
    }
    QVERIFY(m_cache.isValid());
}

QString TestFlagScopeOracle::dirOf(const QString &example) const
{
    return QFileInfo(m_modules.value(example)->path()).canonicalFilePath();
}

exec::ScopeBuild TestFlagScopeOracle::kilnLoad(const QString &dir, const QStringList &args,
                                               const QProcessEnvironment &env)
{
    exec::PipelineInput in;
    in.toolchain = m_toolchain;
    in.environment = env;
    in.workingDir = dir;
    in.args = args;
    auto b = exec::loadScopeBuild(in);
    if (!b)
        qFatal("loadScopeBuild: %s", qPrintable(b.error().toString()));
    return std::move(*b);
}

test::ToolFlagScript TestFlagScopeOracle::goScript(const QString &dir, const QStringList &args,
                                                   const QProcessEnvironment &env)
{
    const ProcessOutput out =
        m_go.runWithEnv(QStringList{QStringLiteral("build")} + args, dir, env);
    if (out.exitCode != 0)
        qFatal("go build %s: %s", qPrintable(args.join(u' ')), out.stdErr.constData());
    return test::parseToolFlagScript(QString::fromUtf8(out.stdErr));
}

void TestFlagScopeOracle::entryAlone_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QString>("pattern"); // "" = a bare entry
    QTest::addColumn<int>("minMatched");  // at least this many (so no row passes empty)
    auto row = [](const char *example, const QStringList &pkgs, const char *pattern, int min) {
        QTest::addRow("%s %s in %s", pattern, qPrintable(pkgs.join(u' ')), example)
            << QString::fromLatin1(example) << pkgs << QString::fromUtf8(pattern) << min;
    };
    row("hello", {"./..."}, "", 6);
    row("hello", {"./cmd/hello"}, "", 1);
    row("hello", {"./..."}, "all", 40);
    row("hello", {"./..."}, "std", 30);
    row("hello", {"./...", "cmd/gofmt"}, "cmd", 3);
    row("hello", {"./...", "cmd/gofmt"}, "", 7);
    row("hello", {"./..."}, "./...", 6);
    row("hello", {"./greet"}, "./...", 1);
    row("hello", {"./..."}, ".", 0);
    row("hello", {"./..."}, "./mathx", 1);
    row("hello", {"./..."}, "./cmd/...", 1);
    row("hello", {"./..."}, "example.com/hello/...", 6);
    row("hello", {"./..."}, "example.com/hello/internal/...", 1);
    row("hello", {"./..."}, "example.com/hello/cmd/hello", 1);
    row("hello", {"./..."}, "fmt", 1);
    row("hello", {"./..."}, "internal/...", 10);
    row("hello", {"./..."}, "runtime/...", 1);
    row("hello", {"./..."}, "work", 6);
    row("hello", {"./..."}, "tool", 0);
    row("hello", {"./..."}, "example.com/nope", 0);
    row("pipeline", {"./cmd/pipeline"}, "./...", 6);
    row("pipeline", {"./cmd/pipeline"}, "example.com/pipeline/...", 6);
    row("pipeline", {"./cmd/pipeline"}, "", 1);
    row("pipeline", {"./..."}, "example.com/pipeline/t...", 1);
}

void TestFlagScopeOracle::entryAlone()
{
    QFETCH(QString, example);
    QFETCH(QStringList, packages);
    QFETCH(QString, pattern);
    QFETCH(int, minMatched);
    const QString dir = dirOf(example);
    const QProcessEnvironment env = m_go.environment(BaseEnv);
    const QString entry =
        pattern.isEmpty() ? QStringLiteral("-S") : pattern + QStringLiteral("=-S");
    const test::ToolFlagScript go =
        goScript(dir, QStringList{"-n", "-a", QStringLiteral("-gcflags=") + entry} + packages, env);
    QStringList goMatched;
    for (auto it = go.gc.cbegin(); it != go.gc.cend(); ++it) {
        QVERIFY2(it.value().isEmpty() || it.value() == QStringList{"-S"},
                 qPrintable(it.key() + u' ' + it.value().join(u' ')));
        if (!it.value().isEmpty())
            goMatched.append(it.key());
    }

    const exec::ScopeBuild kiln = kilnLoad(dir, packages, env);
    flags::FlagScopes scopes;
    scopes.append(ScopeFlag::Gc, {entry});
    const flags::ScopeAnalysis a = flags::analyzeFlagScopes(kiln.load, kiln.scope, scopes, dir);
    QStringList kilnMatched, kilnCompiled;
    for (int p : a.of(ScopeFlag::Gc)[0].matched)
        if (kiln.load.packages[p].importPath != QLatin1String("unsafe"))
            kilnMatched.append(kiln.load.packages[p].importPath);
    for (int p : a.packages)
        if (kiln.load.packages[p].importPath != QLatin1String("unsafe"))
            kilnCompiled.append(kiln.load.packages[p].importPath);
    QCOMPARE(sorted(kilnCompiled), sorted(go.gc.keys()));
    QCOMPARE(sorted(kilnMatched), sorted(goMatched));
    QVERIFY2(goMatched.size() >= minMatched, qPrintable(goMatched.join(u' ')));
    QCOMPARE(a.of(ScopeFlag::Gc)[0].problem == flags::EntryProblem::MatchesNothing,
             goMatched.isEmpty());
}

void TestFlagScopeOracle::effective_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<QStringList>("spec");
    auto row = [](const char *name, const char *example, const QStringList &pkgs,
                  const char *goflags, const QStringList &spec) {
        QTest::newRow(name) << QString::fromLatin1(example) << pkgs << QString::fromUtf8(goflags)
                            << spec;
    };
    row("all, std, module, bare: last wins", "hello", {"./..."}, "",
        {"gc:all=-N", "gc:std=-B", "gc:./...=-m", "gc:-l -S"});
    row("shadowed entry", "hello", {"./..."}, "",
        {"gc:example.com/hello/greet=-B", "gc:./...=-N", "gc:fmt=-S"});
    row("bare first, all after", "pipeline", {"./..."}, "", {"gc:-l", "gc:all=-N"});
    row("empty entry resets", "pipeline", {"./cmd/pipeline"}, "",
        {"gc:all=-N", "gc:", "gc:./parse=-S"});
    row("GOFLAGS entries come first", "pipeline", {"./..."}, "-gcflags=all=-N -ldflags=-w",
        {"gc:example.com/pipeline/util=-l", "ld:example.com/pipeline/...=-s"});
    row("asm and ld", "hello", {"./..."}, "-asmflags=all=-D=ALL",
        {"asm:./mathx=-D=MATHX", "asm:runtime=-D=RT", "ld:-s", "ld:all=-w"});
    row("cmd and std", "hello", {"./cmd/hello", "cmd/gofmt"}, "",
        {"gc:std=-B", "gc:cmd=-N", "gc:cmd/internal/...=-l"});
    row("quoted flags", "pipeline", {"./..."}, "", {"gc:all='-N' \"-l\"", "gc:./util=-m"});
}

void TestFlagScopeOracle::effective()
{
    QFETCH(QString, example);
    QFETCH(QStringList, packages);
    QFETCH(QString, goflags);
    QFETCH(QStringList, spec);
    const QString dir = dirOf(example);
    QMap<QString, QString> extra = BaseEnv;
    extra.insert(QStringLiteral("GOFLAGS"), goflags);
    const QProcessEnvironment env = m_go.environment(extra);
    const flags::FlagScopes commandLine = scopesOf(spec);
    const test::ToolFlagScript go = goScript(
        dir, QStringList{"-n", "-a"} + flags::commandLineArguments(commandLine) + packages, env);
    QVERIFY(go.gc.size() > 10);
    QVERIFY(!go.ld.isEmpty());

    const exec::ScopeBuild kiln = kilnLoad(dir, packages, env);
    const flags::FlagScopes scopes = joined(kiln.goflags, commandLine);
    const flags::ScopeAnalysis a = flags::analyzeFlagScopes(kiln.load, kiln.scope, scopes, dir);
    int decided = 0;
    for (ScopeFlag flag : flags::AllScopeFlags) {
        const QMap<QString, QStringList> &want = flag == ScopeFlag::Gc    ? go.gc
                                                 : flag == ScopeFlag::Asm ? go.asmflags
                                                                          : go.ld;
        const QList<flags::EntryScope> &entries = a.of(flag);
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const int p = int(
                std::find_if(kiln.load.packages.cbegin(), kiln.load.packages.cend(),
                             [&](const load::Package &pkg) { return pkg.importPath == it.key(); }) -
                kiln.load.packages.cbegin());
            QVERIFY2(p < kiln.load.packages.size(), qPrintable(it.key()));
            const flags::PackageScope &s = a.perPackage[p];
            QCOMPARE(s.flags[int(flag)], it.value());
            // The flags name the entry (every entry's flags differ), unless
            // none matched and the package got nothing.
            int named = -1;
            for (qsizetype e = 0; e < entries.size(); ++e)
                if (entries[e].flags == it.value())
                    named = int(e);
            QCOMPARE(s.entry[int(flag)], named);
            QVERIFY(named < 0 || entries[named].decided.contains(p));
            decided += named >= 0;
        }
    }
    QVERIFY(decided > 0);
}

void TestFlagScopeOracle::forecast_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("args"); // besides the entries
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("minBuilds");
    auto row = [](const char *name, const char *example, const QStringList &args,
                  const QStringList &before, const QStringList &after, int minBuilds) {
        QTest::newRow(name) << QString::fromLatin1(example) << args << before << after << minBuilds;
    };
    row("a leaf: its importers and the main", "pipeline", {"./..."}, {},
        {"gc:example.com/pipeline/util=-N"}, 4);
    row("one more entry", "pipeline", {"./..."}, {"gc:example.com/pipeline/util=-N"},
        {"gc:example.com/pipeline/util=-N", "gc:./parse=-l"}, 3);
    row("same effective flags: only build info", "pipeline", {"./..."}, {"gc:./...=-l"},
        {"gc:./...=-l", "gc:example.com/pipeline/model=-l"}, 1);
    row("std below everything", "pipeline", {"./cmd/pipeline"}, {}, {"gc:std=-B"}, 30);
    row("asm flags", "hello", {"./..."}, {}, {"asm:./mathx=-D=KILN"}, 2);
    row("bare ldflags", "hello", {"./cmd/hello"}, {}, {"ld:-s -w"}, 1);
    row("ldflags under -trimpath: link only", "hello", {"-trimpath", "./..."}, {}, {"ld:-s"}, 0);
}

void TestFlagScopeOracle::forecast()
{
    QFETCH(QString, example);
    QFETCH(QStringList, args);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(int, minBuilds);
    const QString dir = dirOf(example);
    QMap<QString, QString> extra = BaseEnv;
    extra.insert(QStringLiteral("GOCACHE"), m_cache.path());
    const QProcessEnvironment env = m_go.environment(extra);
    const flags::FlagScopes sb = scopesOf(before), sa = scopesOf(after);
    // What go runs after a build with the before entries.
    goScript(dir, flags::commandLineArguments(sb) + args, env);
    const test::ToolFlagScript go =
        goScript(dir, QStringList{"-n"} + flags::commandLineArguments(sa) + args, env);

    const exec::ScopeBuild kiln = kilnLoad(dir, args, env);
    const flags::ScopeAnalysis ab = flags::analyzeFlagScopes(kiln.load, kiln.scope, sb, dir);
    const flags::ScopeAnalysis aa = flags::analyzeFlagScopes(kiln.load, kiln.scope, sa, dir);
    exec::ForecastContext ctx;
    ctx.trimpath = kiln.flags.trimpath;
    ctx.mode = kiln.scope.mode;
    ctx.goVersion = kiln.goVersion;
    ctx.compileId = kiln.compileId;
    const exec::Forecast f =
        exec::forecastFlagChange(kiln.load, kiln.graph, {sb, ab}, {sa, aa}, ctx);
    QStringList builds, links;
    for (const exec::ForecastAction &fa : f.actions) {
        const graph::Action &a = kiln.graph.actions[fa.action];
        (a.mode == graph::Mode::Link ? links : builds)
            .append(kiln.load.packages[a.package].importPath);
    }
    // go build relinks every time; a link's ID changes when its main
    // package is recompiled or its own -ldflags change.
    QStringList goLinks;
    for (const QString &m : go.linked) {
        const auto p = std::find_if(kiln.load.packages.cbegin(), kiln.load.packages.cend(),
                                    [&](const load::Package &pkg) { return pkg.importPath == m; }) -
                       kiln.load.packages.cbegin();
        const int ld = int(ScopeFlag::Ld);
        if (go.compiled.contains(m) || ab.perPackage[p].flags[ld] != aa.perPackage[p].flags[ld])
            goLinks.append(m);
    }
    QCOMPARE(sorted(builds), sorted(go.compiled));
    QCOMPARE(sorted(links), sorted(goLinks));
    QVERIFY2(builds.size() >= minBuilds, qPrintable(builds.join(u' ')));
    QCOMPARE(f.total(), f.direct + f.propagated);
}

QTEST_MAIN(TestFlagScopeOracle)
#include "tst_flagscope_oracle.moc"
