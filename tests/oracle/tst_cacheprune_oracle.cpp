// Oracle: the cache index and pruning against what real go stored and does.
//
//   indexNamesGoEntries   a private GOCACHE after go build (with
//                         -debug-actiongraph), go test, go vet, go run: every
//                         build action's archive is found under its action ID
//                         with go's package (the -p path: "main" for the
//                         command), build ID and toolchain; the test result,
//                         its log, vet facts and the go run executable are
//                         found; nothing is unknown or reported corrupt; sizes
//                         equal find's and du's
//   kilnEntriesNamed      kiln-cli build on a copy names its entries in the
//                         side index (the command by its import path)
//   pruneByPackage        Kiln prunes one package; `go build -x` then compiles
//                         exactly that package and links nothing; a dry run
//                         deletes nothing
//   ageAgreesWithGoTrim   files aged at random: go's own trim and Kiln's prune
//                         at go's age remove the same files, except the old
//                         outputs a young index entry still names (go removes
//                         them, leaving a dangling entry; Kiln keeps them)
//   sizeCapKeepsGoWorking a size-capped prune leaves a consistent cache go
//                         builds from
//   refusesNonCache       kiln-cli cache prune on a module directory
//   prunesWhileGoBuilds   50 prunes (go's one-hour rule, no force; all, by
//                         package, by kind, by size) each while a real
//                         `go build` runs on the same cache, the module's
//                         entries aged two hours first so both touch the same
//                         files: no build fails, and the cache has no
//                         dangling index entry afterwards
#include "base/hashid.h"
#include "cache/cachescan.h"
#include "cache/pruneexec.h"
#include "support/actiongraph.h"
#include "support/cachefixture.h"
#include "support/cachescan.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"
#include "support/testpaths.h"

#include <QDateTime>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace kiln;
using namespace kiln::cache;
using namespace kiln::test;

namespace
{

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

// Regular files and links under dir, relative paths.
QSet<QString> filesIn(const QString &dir)
{
    QSet<QString> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out.insert(it.next().mid(dir.size() + 1));
    return out;
}

bool copyTree(const QString &from, const QString &to)
{
    ProcessSpec spec;
    spec.program = QStringLiteral("cp");
    spec.arguments = {QStringLiteral("-a"), from + QStringLiteral("/."), to};
    QDir().mkpath(to);
    const auto r = runProcess(spec);
    return r && r->exitCode == 0;
}

// The packages `go build -x` compiled (their -p values).
QStringList compiled(const QByteArray &script)
{
    static const QRegularExpression p(QStringLiteral(R"(/compile .* -p (\S+) )"));
    QStringList out;
    for (const QByteArray &line : script.split('\n'))
        if (const auto m = p.match(QString::fromUtf8(line)); m.hasMatch())
            out.append(m.captured(1));
    out.sort();
    return out;
}

// Sets a file's mtime (and atime) to unix seconds `when`, not following links.
void setMtime(const QString &file, qint64 when)
{
    const struct timespec times[2] = {{time_t(when), 0}, {time_t(when), 0}};
    utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, AT_SYMLINK_NOFOLLOW);
}

// Ages the entries of the module's own packages (and test and vet results)
// by two hours, so a prune without force may take them and a build that
// uses them touches them (go refreshes mtimes older than an hour). std
// stays young: rebuilding it fifty times would take minutes.
void ageModuleEntries(const QString &cache)
{
    const auto index = scanCacheIndex(cache);
    if (!index)
        return;
    const qint64 old = QDateTime::currentSecsSinceEpoch() - 2 * 3600;
    for (const CacheEntry &e : index->entries) {
        const bool mine = e.packagePath.startsWith(QLatin1String("example.com/m")) ||
                          e.packagePath == QLatin1String("main") || e.kind == EntryKind::TestLog ||
                          e.kind == EntryKind::TestOutput || e.kind == EntryKind::VetResult;
        if (!mine || e.origin != EntryOrigin::Index)
            continue;
        const QString a = QString::fromLatin1(digestHex(e.key));
        const QString d = QString::fromLatin1(digestHex(e.outputID));
        setMtime(cache + QLatin1Char('/') + a.left(2) + QLatin1Char('/') + a + "-a", old);
        setMtime(cache + QLatin1Char('/') + d.left(2) + QLatin1Char('/') + d + "-d", old);
    }
}

QString hexName(const Digest &d, char suffix)
{
    const QString hex = QString::fromLatin1(digestHex(d));
    return hex.left(2) + QLatin1Char('/') + hex + QLatin1Char('-') + QLatin1Char(suffix);
}

} // namespace

class TestCachePruneOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void indexNamesGoEntries();
    void kilnEntriesNamed();
    void pruneByPackage();
    void ageAgreesWithGoTrim();
    void sizeCapKeepsGoWorking();
    void refusesNonCache();
    void prunesWhileGoBuilds();

private:
    ProcessOutput go(const QStringList &args, const QString &cache, const QString &dir = {})
    {
        return m_go.run(args, dir.isEmpty() ? m_module->path() : dir,
                        {{QStringLiteral("GOCACHE"), cache}, {QStringLiteral("CGO_ENABLED"), "0"}});
    }
    // A fresh copy of the cache go filled in initTestCase.
    QString copyOfGoCache(const QString &name)
    {
        const QString dir = m_work.filePath(name);
        return copyTree(m_goCache.path(), dir) ? dir : QString();
    }

    OracleGo m_go;
    std::unique_ptr<TempModule> m_module;
    QTemporaryDir m_goCache, m_work;
    ActionGraphFile m_graph;
    QString m_goVersion;
};

void TestCachePruneOracle::initTestCase()
{
    QVERIFY2(m_go.available(), qPrintable(m_go.reason()));
    QVERIFY2(QFileInfo(kilnCli()).isExecutable(),
             qPrintable(kilnCli() + QStringLiteral(" missing")));
    m_module = std::make_unique<TempModule>(QMap<QString, QByteArray>{
        {QStringLiteral("go.mod"), "module example.com/m\n\ngo 1.25\n"},
        {QStringLiteral("a/a.go"), "package a\n\nimport \"strings\"\n\n"
                                   "func Up(s string) string { return strings.ToUpper(s) }\n"},
        {QStringLiteral("a/a_test.go"), "package a\n\nimport (\n\t\"os\"\n\t\"testing\"\n)\n\n"
                                        "func TestUp(t *testing.T) {\n\tos.Getenv(\"KILN_X\")\n"
                                        "\tif Up(\"x\") != \"X\" {\n\t\tt.Fatal()\n\t}\n}\n"},
        {QStringLiteral("b/b.go"), "package b\n\nimport \"example.com/m/a\"\n\n"
                                   "func Shout(s string) string { return a.Up(s) + \"!\" }\n"},
        {QStringLiteral("c/c.go"), "package c\n\nfunc Two() int { return 2 }\n"},
        {QStringLiteral("cmd/app/main.go"),
         "package main\n\nimport (\n\t\"os\"\n\n\t\"example.com/m/b\"\n\t\"example.com/m/c\"\n)\n\n"
         "func main() { os.Stdout.WriteString(b.Shout(\"hi\") + string(rune('0'+c.Two())) + "
         "\"\\n\") }\n"},
    });
    const QString graph = m_work.filePath(QStringLiteral("ag.json"));
    const QString bin = m_module->filePath(QStringLiteral("bin/app"));
    for (const QStringList &args :
         {QStringList{"build", "-debug-actiongraph=" + graph, "-o", bin, "./cmd/app"},
          QStringList{"test", "./a"}, QStringList{"vet", "./..."},
          QStringList{"run", "./cmd/app"}}) {
        const ProcessOutput out = go(args, m_goCache.path());
        QVERIFY2(out.exitCode == 0, out.stdErr.constData());
    }
    auto g = readActionGraph(graph);
    QVERIFY2(g, g ? "" : qPrintable(g.error().message));
    m_graph = *g;
    const ProcessOutput v =
        go({QStringLiteral("env"), QStringLiteral("GOVERSION")}, m_goCache.path());
    m_goVersion = QString::fromUtf8(v.stdOut.trimmed());
    QVERIFY(m_goVersion.startsWith(QStringLiteral("go1.")));
}

void TestCachePruneOracle::indexNamesGoEntries()
{
    const auto index = scanCacheIndex(m_goCache.path());
    QVERIFY2(index, index ? "" : qPrintable(index.error().message));
    QVERIFY2(index->summary.problems.isEmpty(), qPrintable(index->summary.problems.join('\n')));
    QHash<QString, const CacheEntry *> byShortId;
    QMap<QString, int> kinds;
    for (const CacheEntry &e : index->entries) {
        QVERIFY2(e.ok(), qPrintable(e.problem));
        ++kinds[kindName(e.kind)];
        if (e.origin == EntryOrigin::Index)
            byShortId.insert(hashToString(e.key), &e);
        if (e.kind == EntryKind::Archive) {
            // Every archive go stored carries its own action ID in its build ID.
            QVERIFY2(e.buildID.startsWith(hashToString(e.key) + QLatin1Char('/')),
                     qPrintable(e.buildID));
            QVERIFY(!e.packagePath.isEmpty());
            QCOMPARE(e.toolchain, m_goVersion);
        }
    }
    QVERIFY2(!kinds.contains(QStringLiteral("unknown")),
             qPrintable(QString::number(kinds.value("unknown"))));
    int builds = 0;
    for (const GraphAction &a : m_graph.actions) {
        if (a.mode != QLatin1String("build") || a.actionID.isEmpty())
            continue;
        ++builds;
        const CacheEntry *e = byShortId.value(a.actionID);
        QVERIFY2(e, qPrintable(a.package + QStringLiteral(": no entry for ") + a.actionID));
        QCOMPARE(kindName(e->kind), QStringLiteral("archive"));
        const QString want = a.package == QLatin1String("example.com/m/cmd/app")
                                 ? QStringLiteral("main")
                                 : a.package;
        QCOMPARE(e->packagePath, want);
        QCOMPARE(e->buildID, a.buildID);
        QCOMPARE(e->module, a.package.startsWith(QLatin1String("example.com/"))
                                ? QString()
                                : QStringLiteral("std"));
    }
    QVERIFY(builds > 10);
    // go test: the result (named by its ok line) and the log; go vet; go run.
    auto find = [&](EntryKind k, const QString &pkg) {
        return std::count_if(index->entries.begin(), index->entries.end(),
                             [&](const CacheEntry &e) {
                                 return e.kind == k && (pkg.isEmpty() || e.packagePath == pkg);
                             });
    };
    QVERIFY(find(EntryKind::TestOutput, QStringLiteral("example.com/m/a")) >= 1);
    QVERIFY(find(EntryKind::TestLog, {}) >= 1);
    QVERIFY(find(EntryKind::VetResult, {}) >= 1);
    QVERIFY(find(EntryKind::SourceList, {}) >= builds);
    QCOMPARE(find(EntryKind::Executable, QStringLiteral("example.com/m/cmd/app")), 1);

    // Sizes: every regular file's size, and du's disk usage.
    qint64 files = 0;
    for (const QString &f : filesIn(m_goCache.path())) {
        struct stat st {
        };
        ::lstat(QFile::encodeName(m_goCache.filePath(f)).constData(), &st);
        files += st.st_size;
    }
    QCOMPARE(index->summary.totals.fileBytes(), files);
    ProcessSpec du;
    du.program = QStringLiteral("du");
    du.arguments = {QStringLiteral("-s"), QStringLiteral("-B1"), m_goCache.path()};
    const auto r = runProcess(du);
    QVERIFY(r && r->exitCode == 0);
    QCOMPARE(index->summary.totals.diskBytes, r->stdOut.split('\t').first().toLongLong());
}

void TestCachePruneOracle::kilnEntriesNamed()
{
    const QString cache = copyOfGoCache(QStringLiteral("kiln"));
    QVERIFY(!cache.isEmpty());
    const QString graph = m_work.filePath(QStringLiteral("kiln-ag.json"));
    const ProcessOutput out = runKilnCli(
        {QStringLiteral("build"), QStringLiteral("-debug-actiongraph=") + graph,
         QStringLiteral("-o"), m_work.filePath(QStringLiteral("app")), QStringLiteral("./cmd/app")},
        m_module->path(),
        m_go.environment(
            {{QStringLiteral("GOCACHE"), cache}, {QStringLiteral("CGO_ENABLED"), "0"}}));
    QVERIFY2(out.exitCode == 0, out.stdErr.constData());
    const auto g = readActionGraph(graph);
    QVERIFY(g);
    const auto index = scanCacheIndex(cache);
    QVERIFY(index);
    QHash<QString, const CacheEntry *> byShortId;
    int named = 0;
    for (const CacheEntry &e : index->entries) {
        if (e.origin == EntryOrigin::Index)
            byShortId.insert(hashToString(e.key), &e);
        if (e.namedBy == NamedBy::SideIndex) {
            ++named;
            QCOMPARE(e.toolchain, m_goVersion);
        }
    }
    int builds = 0;
    for (const GraphAction &a : g->actions) {
        if (a.mode != QLatin1String("build") || a.actionID.isEmpty())
            continue;
        ++builds;
        const CacheEntry *e = byShortId.value(a.actionID);
        QVERIFY2(e, qPrintable(a.package));
        QCOMPARE(e->namedBy, NamedBy::SideIndex);
        QCOMPARE(e->packagePath, a.package); // the command too, not "main"
        QCOMPARE(e->mode, QStringLiteral("build"));
        QCOMPARE(kindName(e->kind), QStringLiteral("archive"));
    }
    // Each build names its archive, stdout and srcfiles; the command its link-stdout.
    QCOMPARE(named, 3 * builds + 1);
}

void TestCachePruneOracle::pruneByPackage()
{
    const QString cache = copyOfGoCache(QStringLiteral("bypackage"));
    QVERIFY(!cache.isEmpty());
    const QString bin = m_module->filePath(QStringLiteral("bin/app"));
    // A dry run through the CLI deletes nothing.
    const QSet<QString> before = filesIn(cache);
    const ProcessOutput dry =
        runKilnCli({QStringLiteral("cache"), QStringLiteral("prune"), QStringLiteral("--cache"),
                    cache, QStringLiteral("--package"), QStringLiteral("example.com/m/b"),
                    QStringLiteral("--force"), QStringLiteral("--dry-run")},
                   m_module->path(), m_go.environment());
    QVERIFY2(dry.exitCode == 0, dry.stdErr.constData());
    QVERIFY2(dry.stdOut.contains("would remove\tarchive\texample.com/m/b\t"),
             dry.stdOut.constData());
    QCOMPARE(filesIn(cache), before);

    const auto index = scanCacheIndex(cache);
    QVERIFY(index);
    PruneCriteria c;
    c.packages = {QStringLiteral("example.com/m/b")};
    c.force = PruneForce::Yes; // built moments ago
    const auto plan = planPrune(*index, c, nowNs());
    QVERIFY(plan && plan->removeEntries >= 1);
    const auto done = executePrune(*index, *plan);
    QVERIFY(done && done->skipped.isEmpty());
    QCOMPARE(done->removedEntries, plan->removeEntries);
    // Exactly what the plan listed is gone.
    QSet<QString> expect = before;
    for (const PlannedRemoval &r : plan->removals) {
        const CacheEntry &e = index->entries[r.entry];
        if (r.removeIndex)
            expect.remove(hexName(e.key, 'a'));
        if (r.removeOutput)
            expect.remove(hexName(e.outputID, 'd'));
    }
    QCOMPARE(filesIn(cache), expect);
    QVERIFY(cacheConsistencyProblems(cache).isEmpty());

    const ProcessOutput x = go({QStringLiteral("build"), QStringLiteral("-x"), QStringLiteral("-o"),
                                bin, QStringLiteral("./cmd/app")},
                               cache);
    QVERIFY2(x.exitCode == 0, x.stdErr.constData());
    QCOMPARE(compiled(x.stdErr), QStringList{QStringLiteral("example.com/m/b")});
    QVERIFY2(!x.stdErr.contains("/link "), x.stdErr.constData());
}

void TestCachePruneOracle::ageAgreesWithGoTrim()
{
    const QString base = copyOfGoCache(QStringLiteral("aged"));
    QVERIFY(!base.isEmpty());
    // Age every entry file at random: 10 days (past go's 5 d + 1 h) or 2 days.
    QRandomGenerator rng(8);
    for (const QString &f : filesIn(base))
        if (f.endsWith(QLatin1String("-a")) || f.contains(QLatin1String("-d")))
            FakeCache::setAge(base + QLatin1Char('/') + f.section(QLatin1Char('/'), 0, 1),
                              rng.bounded(2) ? 10 * 86400 : 2 * 86400);
    QFile::remove(base + QStringLiteral("/trim.txt"));
    const QString goDir = m_work.filePath(QStringLiteral("aged-go")),
                  kilnDir = m_work.filePath(QStringLiteral("aged-kiln"));
    QVERIFY(copyTree(base, goDir) && copyTree(base, kilnDir));
    const QSet<QString> all = filesIn(base);

    // go's trim: any builder run does it at the end; -n on a package with no
    // imports uses no entry, so no mtime is refreshed first.
    TempModule trivial({{QStringLiteral("go.mod"), "module example.com/trivial\n\ngo 1.25\n"},
                        {QStringLiteral("p.go"), "package p\n"}});
    const ProcessOutput t = go({QStringLiteral("build"), QStringLiteral("-n"), QStringLiteral(".")},
                               goDir, trivial.path());
    QVERIFY2(t.exitCode == 0, t.stdErr.constData());
    QVERIFY2(QFileInfo::exists(goDir + QStringLiteral("/trim.txt")), "go did not trim");

    const auto index = scanCacheIndex(kilnDir);
    QVERIFY(index);
    PruneCriteria c;
    c.olderThanNs = goTrimAgeNs;
    const auto plan = planPrune(*index, c, nowNs());
    QVERIFY(plan && plan->coversGoTrim);
    const auto done = executePrune(*index, *plan);
    QVERIFY(done && done->skipped.isEmpty());
    QVERIFY(done->trimRecorded);

    auto entriesOnly = [](QSet<QString> s) {
        s.removeIf([](const QString &f) {
            return !f.contains(QLatin1String("-")) || f.startsWith(QLatin1String("kiln/"));
        });
        return s;
    };
    const QSet<QString> goRemoved = entriesOnly(all - filesIn(goDir));
    const QSet<QString> kilnRemoved = entriesOnly(all - filesIn(kilnDir));
    QVERIFY(goRemoved.size() > 20);
    QVERIFY2(goRemoved.contains(kilnRemoved), "Kiln removed a file go's trim keeps");
    // The difference: old outputs that a remaining (young) index entry names.
    const CacheScan after = scanCache(kilnDir);
    QSet<QString> named;
    for (const CacheIndexEntry &e : after.entries)
        named.insert(e.outputID);
    QSet<QString> expectDiff;
    for (const QString &f : goRemoved - kilnRemoved) {
        const QString name = f.section(QLatin1Char('/'), 1, 1);
        QVERIFY2(name.endsWith(QLatin1String("-d")) || f.count(QLatin1Char('/')) == 2,
                 qPrintable(f));
        QVERIFY2(named.contains(name.left(64)),
                 qPrintable(f + QStringLiteral(" kept, but not named")));
        expectDiff.insert(f);
    }
    qInfo("go's trim removed %lld files, Kiln %lld; the %lld more go removed are outputs young "
          "entries still name",
          qint64(goRemoved.size()), qint64(kilnRemoved.size()), qint64(expectDiff.size()));
    QVERIFY(cacheConsistencyProblems(kilnDir).isEmpty());
    const ProcessOutput b =
        go({QStringLiteral("build"), QStringLiteral("-o"),
            m_work.filePath(QStringLiteral("aged-app")), QStringLiteral("./cmd/app")},
           kilnDir);
    QVERIFY2(b.exitCode == 0, b.stdErr.constData());
}

void TestCachePruneOracle::sizeCapKeepsGoWorking()
{
    const QString cache = copyOfGoCache(QStringLiteral("capped"));
    QVERIFY(!cache.isEmpty());
    const auto index = scanCacheIndex(cache);
    QVERIFY(index);
    PruneCriteria c;
    c.maxBytes = index->summary.totals.indexBytes + index->summary.totals.outputBytes;
    *c.maxBytes /= 2;
    c.force = PruneForce::Yes;
    const auto plan = planPrune(*index, c, nowNs());
    QVERIFY(plan);
    QVERIFY(plan->bytesAfter() <= *c.maxBytes);
    const auto done = executePrune(*index, *plan);
    QVERIFY(done && done->skipped.isEmpty());
    const auto again = scanCacheIndex(cache);
    QVERIFY(again);
    QCOMPARE(again->summary.totals.indexBytes + again->summary.totals.outputBytes,
             plan->bytesAfter());
    QVERIFY(cacheConsistencyProblems(cache).isEmpty());
    const QString bin = m_work.filePath(QStringLiteral("capped-app"));
    const ProcessOutput b = go(
        {QStringLiteral("build"), QStringLiteral("-o"), bin, QStringLiteral("./cmd/app")}, cache);
    QVERIFY2(b.exitCode == 0, b.stdErr.constData());
    const ProcessOutput x = go({QStringLiteral("build"), QStringLiteral("-x"), QStringLiteral("-o"),
                                bin, QStringLiteral("./cmd/app")},
                               cache);
    QVERIFY2(x.exitCode == 0, x.stdErr.constData());
    QCOMPARE(compiled(x.stdErr), QStringList()); // the rebuilt entries are whole again
}

void TestCachePruneOracle::refusesNonCache()
{
    const QSet<QString> before = filesIn(m_module->path());
    const ProcessOutput out =
        runKilnCli({QStringLiteral("cache"), QStringLiteral("prune"), QStringLiteral("--cache"),
                    m_module->path(), QStringLiteral("--older-than"), QStringLiteral("0s"),
                    QStringLiteral("--force")},
                   m_module->path(), m_go.environment());
    QCOMPARE(out.exitCode, 1);
    QVERIFY2(out.stdErr.contains("is not a Go build cache"), out.stdErr.constData());
    QCOMPARE(filesIn(m_module->path()), before);
    const ProcessOutput bad =
        runKilnCli({QStringLiteral("cache"), QStringLiteral("prune"), QStringLiteral("--cache"),
                    m_goCache.path(), QStringLiteral("--older-than"), QStringLiteral("5x")},
                   m_module->path(), m_go.environment());
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.stdErr.contains("invalid duration \"5x\""), bad.stdErr.constData());
}

void TestCachePruneOracle::prunesWhileGoBuilds()
{
    const QString cache = copyOfGoCache(QStringLiteral("concurrent"));
    QVERIFY(!cache.isEmpty());
    const QString bin = m_work.filePath(QStringLiteral("concurrent-app"));
    const QStringList packages = {QStringLiteral("example.com/m/a"),
                                  QStringLiteral("example.com/m/b"),
                                  QStringLiteral("example.com/m/c"), QStringLiteral("main")};
    qint64 removed = 0;
    for (int i = 0; i < 50; ++i) {
        ageModuleEntries(cache);
        QProcess build;
        build.setProcessEnvironment(m_go.environment(
            {{QStringLiteral("GOCACHE"), cache}, {QStringLiteral("CGO_ENABLED"), "0"}}));
        build.setWorkingDirectory(m_module->path());
        build.start(m_go.goBinary(), {QStringLiteral("build"), QStringLiteral("-o"), bin,
                                      QStringLiteral("./cmd/app")});
        QVERIFY(build.waitForStarted());

        const auto index = scanCacheIndex(cache);
        QVERIFY(index);
        PruneCriteria c; // go's one-hour rule holds: no force
        c.olderThanNs = qint64(3600) * 1000000000;
        switch (i % 4) {
        case 0:
            break;
        case 1:
            c.packages = {packages[i / 4 % packages.size()]};
            break;
        case 2:
            c.kinds = {EntryKind::Archive};
            break;
        case 3:
            c.olderThanNs.reset();
            c.maxBytes =
                (index->summary.totals.indexBytes + index->summary.totals.outputBytes) * 9 / 10;
            break;
        }
        const auto plan = planPrune(*index, c, nowNs());
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        const auto done = executePrune(*index, *plan);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        removed += done->removedEntries;

        QVERIFY(build.waitForFinished(120000));
        QVERIFY2(build.exitStatus() == QProcess::NormalExit && build.exitCode() == 0,
                 build.readAllStandardError().constData());
    }
    QVERIFY2(removed > 0, "the prunes removed nothing: the test would not see a race");
    const QStringList problems = cacheConsistencyProblems(cache);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // And the cache still serves go: one more build, then nothing to compile.
    const ProcessOutput b = go(
        {QStringLiteral("build"), QStringLiteral("-o"), bin, QStringLiteral("./cmd/app")}, cache);
    QVERIFY2(b.exitCode == 0, b.stdErr.constData());
    const ProcessOutput x = go({QStringLiteral("build"), QStringLiteral("-x"), QStringLiteral("-o"),
                                bin, QStringLiteral("./cmd/app")},
                               cache);
    QCOMPARE(compiled(x.stdErr), QStringList());
}

QTEST_GUILESS_MAIN(TestCachePruneOracle)
#include "tst_cacheprune_oracle.moc"
