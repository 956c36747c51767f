// Oracle: go test's result cache, Kiln against go 1.25.12 on one GOCACHE.
// A temporary module's test reads an environment variable and opens, stats
// and lists files (inside and outside the module, through a symlink and a
// chdir). Each step runs real `go test -work -debug-actiongraph` with
// GODEBUG=gocachetest=1,gocachehash=1 and a fresh private GOCACHE (the result
// cache must start empty, and `go clean -testcache` must not touch the shared
// oracle cache). Before each go run Kiln replays go's lookups on the same
// cache from go's link action ID and test-binary content ID (what go will
// look up); after it Kiln saves the run's testlog.txt and output into a
// scratch cache. Kiln's gocachetest/gocachehash lines for test caching must
// equal go's, line for line, and its saved entries go's entries.
// The steps build on each other and run in declaration order.
#include "test/testcachekey.h"
#include "test/testexpire.h"
#include "test/testresultcache.h"

#include "support/actiongraph.h"
#include "support/oraclego.h"
#include "support/tempmodule.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace kiln;
using namespace kiln::test;

namespace
{

const QString importPath = QStringLiteral("example.com/tc");
const QString defaultTimeout = QStringLiteral("-test.timeout=10m0s");

const QByteArray testSource = R"(package tc

import (
	"os"
	"testing"
)

func TestInputs(t *testing.T) {
	_ = os.Getenv("KILN_TC_VAR")
	if _, err := os.ReadFile("data.txt"); err != nil {
		t.Fatal(err)
	}
	os.Stat("sub")
	os.ReadDir("sub")
	os.Open("missing.txt")
	os.Lstat("link")
	os.Open("/etc/hostname")
	wd, _ := os.Getwd()
	if err := os.Chdir("sub"); err != nil {
		t.Fatal(err)
	}
	os.Stat("a")
	os.Chdir(wd)
}
)";

// The lines of a GODEBUG=gocachetest=1,gocachehash=1 stream that belong to
// test caching (go's stream also traces every compile and link).
bool isTestCacheLine(const QByteArray &l)
{
    static const char *prefixes[] = {"testcache: ",    "HASH[testResult]", "HASH[testInputs]",
                                     "HASH[getenv]",   "HASH[stat]",       "HASH[open]",
                                     "HASH[covermeta]"};
    for (const char *p : prefixes)
        if (l.startsWith(p))
            return true;
    return l.startsWith("HASH subkey ") &&
           (l.contains(" \"inputs:") || l.contains(" \"coverprofile\"") ||
            l.contains(" \"coverdeps:"));
}

void setMtime(const QString &path, qint64 sec, long nsec)
{
    const timespec t[2] = {{sec, nsec}, {sec, nsec}};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), t, AT_SYMLINK_NOFOLLOW) ==
            0);
}

struct GoRun {
    ProcessOutput out;
    QList<QByteArray> trace;
    QString linkActionID;
    QString contentID; // "" when go did not link (a cached result)
    QByteArray testLog;
    QString testBinary;
};

struct KilnTrace {
    QList<QByteArray> lines;
    cache::HashTrace sink = [this](const QByteArray &l) {
        if (isTestCacheLine(l))
            lines.append(l);
    };
};

qsizetype countContaining(const QList<QByteArray> &lines, const QByteArray &text)
{
    return std::count_if(lines.begin(), lines.end(),
                         [&](const QByteArray &l) { return l.contains(text); });
}

QByteArray describe(const ProcessOutput &out)
{
    return "exit " + QByteArray::number(out.exitCode) + "\nstdout:\n" + out.stdOut +
           "\nstderr (end):\n" + out.stdErr.right(3000);
}

} // namespace

class TestTestCacheOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void countOneIsUncacheable();
    void goflagsCountOneIsUncacheable();
    void firstRunSavesSameEntries();
    void secondRunIsCached();
    void changedEnvMisses();
    void touchedFileMisses();
    void tooNewFileIsNeverSaved();
    void timeZoneIsAnInput();
    void kilnSaveIsReplayedByGo();
    void expiryMakesGoMiss();
    void goCleanMakesKilnMiss();
    void verboseArgsAreHashed();

private:
    QProcessEnvironment env(const QString &var, const QMap<QString, QString> &extra = {}) const;
    GoRun runGo(const QStringList &flags, const QProcessEnvironment &env);
    TestInputsContext context(const QProcessEnvironment &env, const KilnTrace &trace) const;
    TestResultCache goCache() const;
    // go's lookups before a run: id1 from the link action ID, id2 from the
    // binary's content ID when id1 missed. Returns the printed output on a hit.
    std::optional<QByteArray> replayLookups(const QProcessEnvironment &env, KilnTrace &trace,
                                            const QStringList &hashedArgs = {defaultTimeout});
    // go's saveOutput after a passed run, into a scratch cache; then every
    // entry must equal the one go wrote.
    void replaySave(const GoRun &run, const QProcessEnvironment &env, KilnTrace &trace,
                    const QStringList &hashedArgs = {defaultTimeout});

    OracleGo m_go;
    QTemporaryDir m_tmp;
    std::unique_ptr<TempModule> m_module;
    QString m_cache;
    QString m_linkActionID;
    QString m_contentID;
    QString m_testBinary;
    QStringList m_workDirs;
    int m_runs = 0;
};

QProcessEnvironment TestTestCacheOracle::env(const QString &var,
                                             const QMap<QString, QString> &extra) const
{
    QMap<QString, QString> vars{
        {QStringLiteral("GOCACHE"), m_cache},
        {QStringLiteral("CGO_ENABLED"), QStringLiteral("0")},
        {QStringLiteral("GODEBUG"), QStringLiteral("gocachetest=1,gocachehash=1")},
        {QStringLiteral("KILN_TC_VAR"), var}};
    vars.insert(extra);
    return m_go.environment(vars);
}

void TestTestCacheOracle::initTestCase()
{
    if (!m_go.available())
        QFAIL(qPrintable(m_go.reason()));
    QVERIFY(m_tmp.isValid());
    m_cache = m_tmp.filePath(QStringLiteral("gocache"));
    m_module = std::make_unique<TempModule>(
        QMap<QString, QByteArray>{{QStringLiteral("go.mod"), "module example.com/tc\n\ngo 1.22\n"},
                                  {QStringLiteral("tc.go"), "package tc\n"},
                                  {QStringLiteral("tc_test.go"), testSource},
                                  {QStringLiteral("data.txt"), "hello\n"},
                                  {QStringLiteral("sub/a"), "x\n"}});
    const QString dir = m_module->path();
    QVERIFY(QFile::link(QStringLiteral("data.txt"), dir + QStringLiteral("/link")));
    for (const QString &f : {QStringLiteral("data.txt"), QStringLiteral("sub/a"),
                             QStringLiteral("sub"), QStringLiteral("link")})
        setMtime(dir + QLatin1Char('/') + f, 1704103200, 123456789);
}

void TestTestCacheOracle::cleanupTestCase()
{
    for (const QString &w : m_workDirs)
        QDir(w).removeRecursively();
}

GoRun TestTestCacheOracle::runGo(const QStringList &flags, const QProcessEnvironment &goEnv)
{
    GoRun run;
    const QString graph = m_tmp.filePath(QStringLiteral("graph%1.json").arg(++m_runs));
    run.out = m_go.runWithEnv(QStringList{QStringLiteral("test"), QStringLiteral("-vet=off"),
                                          QStringLiteral("-work"),
                                          QStringLiteral("-debug-actiongraph=") + graph} +
                                  flags + QStringList{QStringLiteral(".")},
                              m_module->path(), goEnv);
    for (const QByteArray &line : run.out.stdErr.split('\n')) {
        if (line.startsWith("WORK="))
            m_workDirs.append(QString::fromUtf8(line.mid(5)));
        else if (isTestCacheLine(line + '\n'))
            run.trace.append(line + '\n');
    }
    const auto g = readActionGraph(graph);
    if (!g)
        return run;
    for (const GraphAction &a : g->actions) {
        if (a.mode == QLatin1String("link") && a.package == importPath + QStringLiteral(".test")) {
            run.linkActionID = a.actionID;
            run.contentID = a.buildID.section(QLatin1Char('/'), 3, 3);
            run.testBinary = a.target;
        }
        if (a.mode == QLatin1String("test run")) {
            QFile log(a.objdir + QStringLiteral("testlog.txt"));
            if (log.open(QIODevice::ReadOnly))
                run.testLog = log.readAll();
        }
    }
    return run;
}

TestInputsContext TestTestCacheOracle::context(const QProcessEnvironment &goEnv,
                                               const KilnTrace &trace) const
{
    TestInputsContext ctx;
    ctx.importPath = importPath;
    ctx.packageDir = m_module->path();
    ctx.root = m_module->path();
    ctx.env = goEnv;
    ctx.nowNanos = QDateTime::currentMSecsSinceEpoch() * 1000000;
    ctx.salt = cache::hashSalt(QStringLiteral("go1.25.12"));
    ctx.traces = {&trace.sink, &trace.sink};
    return ctx;
}

TestResultCache TestTestCacheOracle::goCache() const
{
    auto disk = cache::DiskCache::open(m_cache);
    return TestResultCache(*disk, readTestExpire(m_cache));
}

std::optional<QByteArray> TestTestCacheOracle::replayLookups(const QProcessEnvironment &goEnv,
                                                             KilnTrace &trace,
                                                             const QStringList &hashedArgs)
{
    const TestResultCache rc = goCache();
    const TestInputsContext ctx = context(goEnv, trace);
    for (const QString &binaryID : {m_linkActionID, m_contentID}) {
        const TestCacheLookup l = rc.lookup(rc.testID(ctx, binaryID, hashedArgs, {}), ctx);
        if (l.hit())
            return l.output;
    }
    return std::nullopt;
}

void TestTestCacheOracle::replaySave(const GoRun &run, const QProcessEnvironment &goEnv,
                                     KilnTrace &trace, const QStringList &hashedArgs)
{
    QTemporaryDir scratchDir;
    auto scratch = cache::DiskCache::open(scratchDir.path());
    QVERIFY(scratch);
    TestResultCache rc(*scratch, std::nullopt);
    const TestInputsContext ctx = context(goEnv, trace);
    const QList<Digest> ids{testID(run.linkActionID, hashedArgs, {}, ctx.salt),
                            testID(run.contentID, hashedArgs, {}, ctx.salt)};
    const TestCacheSave s = rc.save(ids, run.testLog, run.out.stdOut, ctx);
    if (!s.saved)
        return;
    TestInputsContext quiet = ctx;
    quiet.traces = {};
    const auto inputs = computeTestInputsID(run.testLog, quiet);
    QVERIFY(inputs);
    auto goDisk = cache::DiskCache::open(m_cache);
    for (const Digest &id : ids) {
        for (const Digest &key : {id, testAndInputKey(id, *inputs)}) {
            const cache::Lookup mine = scratch->get(key), gos = goDisk->get(key);
            QVERIFY2(gos.hit(), qPrintable(gos.missReason));
            QVERIFY(mine.hit());
            QCOMPARE(digestHex(mine.entry->outputID), digestHex(gos.entry->outputID));
        }
    }
}

void TestTestCacheOracle::countOneIsUncacheable()
{
    const QProcessEnvironment e = env(QStringLiteral("one"));
    const GoRun run = runGo({QStringLiteral("-count=1")}, e);
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    QVERIFY(QRegularExpression(QStringLiteral("^ok  \texample.com/tc\t[0-9.]+s\n$"))
                .match(QString::fromUtf8(run.out.stdOut))
                .hasMatch());
    const TestCacheVerdict v =
        testCacheVerdict(TestPackageArgs::Given, importPath, m_module->path(),
                         {defaultTimeout, QStringLiteral("-test.count=1")});
    QVERIFY(!v.cacheable);
    // go decides at both attempts (before and after the link).
    QCOMPARE(run.trace, (QList<QByteArray>{v.disabledTrace, v.disabledTrace}));
    QVERIFY(run.testLog.isEmpty()); // no -test.testlogfile when caching is off
    QVERIFY(!run.linkActionID.isEmpty());
    QCOMPARE(run.linkActionID.size(), 20);
    QCOMPARE(run.contentID.size(), 20);
    m_linkActionID = run.linkActionID;
    m_contentID = run.contentID;
    m_testBinary = run.testBinary;
    QVERIFY(QFileInfo(m_testBinary).isExecutable());
}

void TestTestCacheOracle::goflagsCountOneIsUncacheable()
{
    const GoRun run = runGo(
        {}, env(QStringLiteral("one"), {{QStringLiteral("GOFLAGS"), QStringLiteral("-count=1")}}));
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    const TestCacheVerdict v = classifyTestArgs({QStringLiteral("-test.count=1"), defaultTimeout});
    QCOMPARE(run.trace, (QList<QByteArray>{v.disabledTrace, v.disabledTrace}));
    QCOMPARE(run.linkActionID, m_linkActionID); // GOFLAGS' test flags don't reach the link
}

void TestTestCacheOracle::firstRunSavesSameEntries()
{
    const QProcessEnvironment e = env(QStringLiteral("one"));
    KilnTrace kiln;
    QVERIFY(!replayLookups(e, kiln));
    const GoRun run = runGo({}, e);
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    QCOMPARE(run.linkActionID, m_linkActionID);
    QCOMPARE(run.contentID, m_contentID);
    // os.Getwd (also inside os.Chdir) consults $PWD, so the log names it.
    const QByteArray dir = QFile::encodeName(m_module->path());
    QCOMPARE(run.testLog, "# test log\ngetenv KILN_TC_VAR\nopen data.txt\nstat sub\nopen sub\n"
                          "open missing.txt\nstat link\nopen /etc/hostname\ngetenv PWD\n"
                          "getenv PWD\nchdir " +
                              dir + "/sub\nstat a\ngetenv PWD\nchdir " + dir + "\n");
    replaySave(run, e, kiln);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(kiln.lines, run.trace);
    QVERIFY(run.trace.size() > 30);
}

void TestTestCacheOracle::secondRunIsCached()
{
    const QProcessEnvironment e = env(QStringLiteral("one"));
    KilnTrace kiln;
    const std::optional<QByteArray> printed = replayLookups(e, kiln);
    QVERIFY(printed);
    const GoRun run = runGo({}, e);
    QCOMPARE(run.out.stdOut, QByteArray("ok  \texample.com/tc\t(cached)\n"));
    QCOMPARE(*printed, run.out.stdOut);
    QCOMPARE(kiln.lines, run.trace);
    QVERIFY(run.contentID.isEmpty()); // go did not even link
}

void TestTestCacheOracle::changedEnvMisses()
{
    const QProcessEnvironment two = env(QStringLiteral("two"));
    KilnTrace kiln;
    QVERIFY(!replayLookups(two, kiln));
    QCOMPARE(countContaining(kiln.lines, "test output not found: cache entry not found: open "), 2);
    const GoRun run = runGo({}, two);
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    QVERIFY(!run.out.stdOut.contains("(cached)"));
    replaySave(run, two, kiln);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(kiln.lines, run.trace);
    // Both results are now in go's cache.
    KilnTrace again;
    QVERIFY(replayLookups(two, again));
    QVERIFY(replayLookups(env(QStringLiteral("one")), again));
}

void TestTestCacheOracle::touchedFileMisses()
{
    setMtime(m_module->filePath(QStringLiteral("data.txt")), 1704103300, 5);
    const QProcessEnvironment e = env(QStringLiteral("one"));
    KilnTrace kiln;
    QVERIFY(!replayLookups(e, kiln));
    const GoRun run = runGo({}, e);
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    QVERIFY(!run.out.stdOut.contains("(cached)"));
    replaySave(run, e, kiln);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(kiln.lines, run.trace);
}

void TestTestCacheOracle::tooNewFileIsNeverSaved()
{
    const QString data = m_module->filePath(QStringLiteral("data.txt"));
    setMtime(data, QDateTime::currentSecsSinceEpoch() + 3600, 0); // "too new" for an hour
    const QProcessEnvironment e = env(QStringLiteral("one"));
    KilnTrace kiln;
    QVERIFY(!replayLookups(e, kiln));
    const QByteArray tooNew = "testcache: example.com/tc: input file " + QFile::encodeName(data) +
                              ": file used as input is too new\n";
    QCOMPARE(kiln.lines.count(tooNew), 2);
    const GoRun run = runGo({}, e);
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    replaySave(run, e, kiln);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(kiln.lines, run.trace);
    QCOMPARE(run.trace.count(tooNew), 3); // both lookups and the save
    QCOMPARE(countContaining(run.trace, "save test ID"), 0);
    setMtime(data, 1704103300, 5); // back: touchedFileMisses' result applies again
    KilnTrace after;
    QVERIFY(replayLookups(e, after));
}

void TestTestCacheOracle::timeZoneIsAnInput()
{
    const QProcessEnvironment tokyo =
        env(QStringLiteral("one"), {{QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo")}});
    KilnTrace kiln;
    QVERIFY(!replayLookups(tokyo, kiln));
    const GoRun run = runGo({}, tokyo);
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    QVERIFY(countContaining(run.trace, " +0900 JST ") > 0);
    replaySave(run, tokyo, kiln);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(kiln.lines, run.trace);
}

void TestTestCacheOracle::kilnSaveIsReplayedByGo()
{
    // Run the binary go linked the way go runs it, then save with Kiln.
    const QProcessEnvironment e = env(QStringLiteral("kiln"));
    const QString logFile = m_tmp.filePath(QStringLiteral("kiln-testlog.txt"));
    ProcessSpec spec;
    spec.program = m_testBinary;
    spec.arguments = {QStringLiteral("-test.testlogfile=") + logFile,
                      QStringLiteral("-test.paniconexit0"), defaultTimeout};
    spec.workingDir = m_module->path();
    spec.environment = e;
    const auto ran = runProcess(spec);
    QVERIFY(ran);
    QCOMPARE(ran->exitCode, 0);
    QCOMPARE(ran->stdOut, QByteArray("PASS\n"));
    KilnTrace kiln;
    const TestInputsContext ctx = context(e, kiln);
    TestResultCache rc = goCache();
    const QList<Digest> ids{rc.testID(ctx, m_linkActionID, {defaultTimeout}, {}),
                            rc.testID(ctx, m_contentID, {defaultTimeout}, {})};
    const QByteArray output = "saved by kiln\nok  \texample.com/tc\t0.042s\n";
    const TestCacheSave s = rc.saveTestLogFile(ids, logFile, output, ctx);
    QVERIFY2(s.saved, s.skippedReason.constData());
    QVERIFY(s.putErrors.isEmpty());

    KilnTrace lookups;
    QCOMPARE(replayLookups(e, lookups).value_or(QByteArray()),
             QByteArray("saved by kiln\nok  \texample.com/tc\t(cached)\n"));
    const GoRun run = runGo({}, e);
    QCOMPARE(run.out.stdOut, QByteArray("saved by kiln\nok  \texample.com/tc\t(cached)\n"));
    QCOMPARE(lookups.lines, run.trace);
}

void TestTestCacheOracle::expiryMakesGoMiss()
{
    QVERIFY(expireTestResults(m_cache, QDateTime::currentMSecsSinceEpoch() * 1000000));
    QTest::qWait(20); // go's saves below must come after the mark
    const QProcessEnvironment e = env(QStringLiteral("one"));
    KilnTrace kiln;
    QVERIFY(!replayLookups(e, kiln));
    QCOMPARE(kiln.lines.count("testcache: example.com/tc: test output expired due to go clean "
                              "-testcache\n"),
             2);
    const GoRun run = runGo({}, e);
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    QVERIFY(!run.out.stdOut.contains("(cached)"));
    replaySave(run, e, kiln);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(kiln.lines, run.trace);
    KilnTrace after; // go's new result is after the mark
    QVERIFY(replayLookups(e, after));
}

void TestTestCacheOracle::goCleanMakesKilnMiss()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000000;
    const ProcessOutput clean =
        m_go.runWithEnv({QStringLiteral("clean"), QStringLiteral("-testcache")}, m_module->path(),
                        env(QStringLiteral("one")));
    QVERIFY2(clean.exitCode == 0, describe(clean).constData());
    const std::optional<qint64> mark = readTestExpire(m_cache);
    QVERIFY(mark);
    QVERIFY(*mark >= before);
    QFile f(m_cache + QStringLiteral("/testexpire.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray::number(*mark) + '\n');
    KilnTrace kiln;
    QVERIFY(!replayLookups(env(QStringLiteral("one")), kiln));
    QCOMPARE(kiln.lines.count("testcache: example.com/tc: test output expired due to go clean "
                              "-testcache\n"),
             2);
    QVERIFY(expireTestResults(m_cache, *mark - 1)); // never lowers go's mark
    QCOMPARE(readTestExpire(m_cache), mark);
}

void TestTestCacheOracle::verboseArgsAreHashed()
{
    const QProcessEnvironment e = env(QStringLiteral("one"));
    const QStringList flags{QStringLiteral("-v"), QStringLiteral("-run=TestInputs"),
                            QStringLiteral("-short")};
    const TestCacheVerdict v = classifyTestArgs({defaultTimeout, QStringLiteral("-test.v=true"),
                                                 QStringLiteral("-test.run=TestInputs"),
                                                 QStringLiteral("-test.short=true")});
    QVERIFY(v.cacheable);
    KilnTrace kiln;
    QVERIFY(!replayLookups(e, kiln, v.hashedArgs));
    const GoRun run = runGo(flags, e);
    QVERIFY2(run.out.exitCode == 0, describe(run.out).constData());
    QVERIFY(run.out.stdOut.startsWith("=== RUN   TestInputs\n"));
    replaySave(run, e, kiln, v.hashedArgs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(kiln.lines, run.trace);

    KilnTrace cached;
    const std::optional<QByteArray> printed = replayLookups(e, cached, v.hashedArgs);
    QVERIFY(printed);
    const GoRun second = runGo(flags, e);
    QCOMPARE(*printed, second.out.stdOut);
    QVERIFY(second.out.stdOut.endsWith("ok  \texample.com/tc\t(cached)\n"));
    QCOMPARE(cached.lines, second.trace);
}

QTEST_GUILESS_MAIN(TestTestCacheOracle)
#include "tst_testcache_oracle.moc"
