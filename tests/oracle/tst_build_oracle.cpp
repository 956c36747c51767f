// Oracle: `kiln-cli build` against `go build` (issue 4, "Done when"), each
// tool on its own fresh GOCACHE, CGO_ENABLED=0.
//  - actionGraphs: example.com/hello/cmd/hello, example.com/pipeline/cmd/pipeline
//    (temp copies outside any VCS checkout) and cmd/gofmt (a GOROOT command:
//    its link gets -X=cmd/internal/objabi.buildID), with no flags,
//    `-ldflags=-s -w`, -trimpath and `-gcflags=all=-N -l`: the
//    -debug-actiongraph files have the same (Mode, Package) set in the same
//    BFS order, equal ActionID and BuildID for every action, and equal Deps,
//    Priority, Objdir, Target, Built, NeedBuild after replacing the work and
//    output directories; the binaries are cmp-identical; every -d file Kiln
//    wrote is in go's cache with the same bytes and the -a entries agree
//    except go's module-index entries ("go index v2\n" blobs).
//    manyfiles, a main package of 700 files whose compile command line
//    (over 30 KiB) reaches the compiler through a response file, is built
//    and compared the same way.
//  - stdLibrary: `go build std` the same way, once, without flags.
//  - sharedCache: go on Kiln's cache and Kiln on go's cache run no tool for an
//    up-to-date -o, and only the link for a new -o (with and without
//    -trimpath); the new binaries equal go's.
// One fresh cache pair serves each configuration (the examples and gofmt in
// turn, std last); `-ldflags=-s -w` reuses the plain pair, since it changes
// only the links, which are never cached. Runs are timed in the log.
#include "support/actiongraph.h"
#include "support/buildoracle.h"
#include "support/buildscript.h"
#include "support/cachescan.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace kiln::test;

namespace
{

struct Config {
    QString name;
    QStringList flags;
    QString cacheGroup; // configurations of one group share a cache pair
};

struct Target {
    QString name;
    QString dir; // relative to the temp root; "" = the root (no go.mod)
    QString package;
    bool links = true;
};

const QList<Config> &configs()
{
    static const QList<Config> list = {
        {QStringLiteral("plain"), {}, QStringLiteral("plain")},
        {QStringLiteral("ldflags"), {QStringLiteral("-ldflags=-s -w")}, QStringLiteral("plain")},
        {QStringLiteral("trimpath"), {QStringLiteral("-trimpath")}, QStringLiteral("trimpath")},
        {QStringLiteral("gcflags"),
         {QStringLiteral("-gcflags=all=-N -l")},
         QStringLiteral("gcflags")},
    };
    return list;
}

const QList<Target> &targets()
{
    static const QList<Target> list = {
        {QStringLiteral("hello"), QStringLiteral("hello"), QStringLiteral("./cmd/hello")},
        {QStringLiteral("pipeline"), QStringLiteral("pipeline"), QStringLiteral("./cmd/pipeline")},
        {QStringLiteral("gofmt"), QString(), QStringLiteral("cmd/gofmt")},
        {QStringLiteral("manyfiles"), QStringLiteral("manyfiles"), QStringLiteral(".")},
        {QStringLiteral("std"), QString(), QStringLiteral("std"), false},
    };
    return list;
}

template <typename T> const T &byName(const QList<T> &list, const QString &name)
{
    for (const T &t : list)
        if (t.name == name)
            return t;
    qFatal("unknown name %s", qPrintable(name));
}

struct CachePair {
    QTemporaryDir go;
    QTemporaryDir kiln;
    QString dir(BuildTool t) const { return t == BuildTool::Go ? go.path() : kiln.path(); }
};

struct PairResult {
    TimedRun run[2];
    QString out[2];   // -o paths
    QString graph[2]; // -debug-actiongraph files
};

int idx(BuildTool t)
{
    return t == BuildTool::Go ? 0 : 1;
}

QString joined(const QStringList &lines)
{
    return lines.mid(0, 40).join(QLatin1Char('\n')) +
           (lines.size() > 40 ? QStringLiteral("\n… %1 more").arg(lines.size() - 40) : QString());
}

} // namespace

class TestBuildOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_timer.start(); }
    void cleanup();
    void actionGraphs_data();
    void actionGraphs();
    void stdLibrary();
    void sharedCache_data();
    void sharedCache();

private:
    CachePair &caches(const Config &c);
    QString outDir(const Config &c, BuildTool t) const;
    QString dirOf(const Target &t) const
    {
        return t.dir.isEmpty() ? m_root->path() : m_root->filePath(t.dir);
    }
    const PairResult &buildPair(const Config &c, const Target &t);
    void compareGraphs(const Config &c, const PairResult &r);
    void compareCaches(const Config &c);

    OracleGo m_go;
    std::unique_ptr<TempModule> m_root;
    std::map<QString, std::unique_ptr<CachePair>> m_caches;
    std::map<QString, PairResult> m_results;
    QElapsedTimer m_timer;
};

void TestBuildOracle::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QVERIFY2(QFileInfo(kilnCli()).isExecutable(),
             qPrintable(kilnCli() + QStringLiteral(" missing")));
    m_root = std::make_unique<TempModule>();
    m_root->copyTree(exampleDir(QStringLiteral("hello")), QStringLiteral("hello"));
    m_root->copyTree(exampleDir(QStringLiteral("pipeline")), QStringLiteral("pipeline"));
    // ~50 bytes per "./file.go" argument: the compile line exceeds go's 30 KiB.
    m_root->write(QStringLiteral("manyfiles/go.mod"), "module example.com/manyfiles\n\ngo 1.22\n");
    QByteArray sum = "package main\n\nfunc main() { println(0";
    for (int i = 0; i < 700; ++i) {
        m_root->write(
            QStringLiteral("manyfiles/generated_source_file_with_a_long_name_%1.go")
                .arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("package main\n\nfunc f%1() int { return %1 }\n").arg(i).toUtf8());
        sum += " + f" + QByteArray::number(i) + "()";
    }
    m_root->write(QStringLiteral("manyfiles/main.go"), sum + ") }\n");
    // The copies must not sit inside a VCS checkout: stamping is not what
    // these rows compare.
    for (QDir d(m_root->path()); !d.isRoot(); d.cdUp())
        QVERIFY2(!d.exists(QStringLiteral(".git")),
                 qPrintable(d.path() + QStringLiteral(" is a git checkout")));
}

void TestBuildOracle::cleanup()
{
    const char *tag = QTest::currentDataTag();
    qInfo("timing: %s%s%s: %lld ms", QTest::currentTestFunction(), tag ? ":" : "", tag ? tag : "",
          m_timer.elapsed());
}

CachePair &TestBuildOracle::caches(const Config &c)
{
    auto &slot = m_caches[c.cacheGroup];
    if (!slot)
        slot = std::make_unique<CachePair>();
    return *slot;
}

QString TestBuildOracle::outDir(const Config &c, BuildTool t) const
{
    return m_root->filePath(QStringLiteral("out/%1/%2").arg(c.name, toolName(t)));
}

// Builds target t under configuration c with both tools (go first), once.
const PairResult &TestBuildOracle::buildPair(const Config &c, const Target &t)
{
    const QString key = c.name + QLatin1Char('/') + t.name;
    if (const auto it = m_results.find(key); it != m_results.end())
        return it->second;
    PairResult r;
    for (BuildTool tool : {BuildTool::Go, BuildTool::Kiln}) {
        const int i = idx(tool);
        QDir().mkpath(outDir(c, tool));
        r.out[i] = outDir(c, tool) + QLatin1Char('/') + t.name;
        r.graph[i] = outDir(c, tool) + QLatin1Char('/') + t.name + QStringLiteral("-graph.json");
        QStringList args = c.flags;
        args << QStringLiteral("-debug-actiongraph") << r.graph[i];
        if (t.links)
            args << QStringLiteral("-o") << r.out[i];
        args << t.package;
        r.run[i] = runBuild(m_go, tool, args, dirOf(t), caches(c).dir(tool));
        qInfo("timing: %s build %s (%s): %lld ms", qPrintable(toolName(tool)),
              qPrintable(t.package), qPrintable(c.name), r.run[i].ms);
    }
    return m_results.emplace(key, std::move(r)).first->second;
}

void TestBuildOracle::compareGraphs(const Config &c, const PairResult &r)
{
    auto go = readActionGraph(r.graph[0]);
    QVERIFY2(go, qPrintable(go.error().message));
    auto kiln = readActionGraph(r.graph[1]);
    QVERIFY2(kiln, qPrintable(kiln.error().message));
    int withIds = 0;
    for (const GraphAction &a : go->actions)
        withIds += !a.actionID.isEmpty() && !a.buildID.isEmpty();
    QVERIFY2(withIds >= 2, "go's graph has no action IDs to compare");

    const GraphDiff d =
        compareActionGraphs(*go, *kiln, {{outDir(c, BuildTool::Go), QStringLiteral("$OUT")}},
                            {{outDir(c, BuildTool::Kiln), QStringLiteral("$OUT")}});
    QVERIFY2(d.ids.isEmpty(), qPrintable(joined(d.ids)));
    QVERIFY2(d.actionSet.isEmpty(), qPrintable(joined(d.actionSet)));
    QVERIFY2(d.shape.isEmpty(), qPrintable(joined(d.shape)));
}

void TestBuildOracle::compareCaches(const Config &c)
{
    const CachePair &p = caches(c);
    QStringList problems = cacheSubsetProblems(p.go.path(), p.kiln.path());
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
}

void TestBuildOracle::actionGraphs_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("target");
    for (const Config &c : configs())
        for (const Target &t : targets())
            if (t.links)
                QTest::addRow("%s/%s", qPrintable(c.name), qPrintable(t.name)) << c.name << t.name;
}

void TestBuildOracle::actionGraphs()
{
    QFETCH(QString, config);
    QFETCH(QString, target);
    const Config &c = byName(configs(), config);
    const PairResult &r = buildPair(c, byName(targets(), target));
    QVERIFY2(r.run[0].ok(), qPrintable(QStringLiteral("go: ") + describe(r.run[0])));
    QVERIFY2(r.run[1].ok(), qPrintable(QStringLiteral("kiln: ") + describe(r.run[1])));
    compareGraphs(c, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(sameFileBytes(r.out[0], r.out[1]),
             qPrintable(QStringLiteral("binaries differ: %1 %2").arg(r.out[0], r.out[1])));
    compareCaches(c);
}

// std once, without flags, on the plain pair (after the rows above it adds
// the ~250 packages they did not build).
void TestBuildOracle::stdLibrary()
{
    const Config &c = byName(configs(), QStringLiteral("plain"));
    const PairResult &r = buildPair(c, byName(targets(), QStringLiteral("std")));
    QVERIFY2(r.run[0].ok(), qPrintable(QStringLiteral("go: ") + describe(r.run[0])));
    QVERIFY2(r.run[1].ok(), qPrintable(QStringLiteral("kiln: ") + describe(r.run[1])));
    compareGraphs(c, r);
    compareCaches(c);
}

void TestBuildOracle::sharedCache_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("target");
    for (const char *row : {"plain/hello", "plain/pipeline", "plain/gofmt", "plain/std",
                            "trimpath/hello", "trimpath/gofmt"}) {
        const QStringList parts = QString::fromLatin1(row).split(QLatin1Char('/'));
        QTest::newRow(row) << parts[0] << parts[1];
    }
}

// After one tool built the target into its cache, the other tool on that
// cache runs nothing for the up-to-date output and only the link for a new
// output path.
void TestBuildOracle::sharedCache()
{
    QFETCH(QString, config);
    QFETCH(QString, target);
    const Config &c = byName(configs(), config);
    const Target &t = byName(targets(), target);
    const PairResult &r = buildPair(c, t);
    QVERIFY2(r.run[0].ok(), qPrintable(QStringLiteral("go: ") + describe(r.run[0])));
    QVERIFY2(r.run[1].ok(), qPrintable(QStringLiteral("kiln: ") + describe(r.run[1])));

    BuildScript newOutput[2];
    for (BuildTool tool : {BuildTool::Go, BuildTool::Kiln}) {
        // The other tool's cache and the other tool's up-to-date output.
        const BuildTool other = tool == BuildTool::Go ? BuildTool::Kiln : BuildTool::Go;
        const QString cache = caches(c).dir(other);
        QStringList args = c.flags;
        args << QStringLiteral("-x");
        if (t.links)
            args << QStringLiteral("-o") << r.out[idx(other)];
        const TimedRun upToDate =
            runBuild(m_go, tool, args + QStringList{t.package}, dirOf(t), cache);
        QVERIFY2(upToDate.ok(),
                 qPrintable(toolName(tool) + QStringLiteral(": ") + describe(upToDate)));
        const BuildScript s = parseBuildScript(upToDate.out.stdErr);
        QVERIFY2(s.toolRuns.isEmpty(),
                 qPrintable(toolName(tool) + QStringLiteral(" on the other's cache ran: ") +
                            s.toolRuns.join(QLatin1Char(' ')) + QStringLiteral("\ncompiled: ") +
                            s.compiledPackages.join(QLatin1Char(' '))));
        if (!t.links)
            continue;
        const QString fresh = outDir(c, tool) + QLatin1Char('/') + t.name + QStringLiteral("-new");
        QFile::remove(fresh);
        QStringList freshArgs = c.flags;
        freshArgs << QStringLiteral("-x") << QStringLiteral("-o") << fresh << t.package;
        const TimedRun relink = runBuild(m_go, tool, freshArgs, dirOf(t), cache);
        QVERIFY2(relink.ok(), qPrintable(toolName(tool) + QStringLiteral(": ") + describe(relink)));
        newOutput[idx(tool)] = parseBuildScript(relink.out.stdErr);
        QVERIFY2(sameFileBytes(fresh, r.out[0]),
                 qPrintable(fresh + QStringLiteral(" differs from go's first binary")));
    }
    if (!t.links)
        return;
    QCOMPARE(newOutput[1].toolRuns, newOutput[0].toolRuns);
    QCOMPARE(newOutput[0].toolRuns, QStringList{QStringLiteral("link")});
}

QTEST_GUILESS_MAIN(TestBuildOracle)
#include "tst_build_oracle.moc"
