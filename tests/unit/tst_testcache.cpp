// go test's result-cache pieces that need no GOCACHE: argument verdicts,
// the testResult preimage, keys, the test-log grammar, go's fs.FileMode and
// time.Time.String(), hashGetenv/hashOpen and the "(cached)" rewrite.
// Expected hashes and time strings were printed by go 1.25.12
// (GODEBUG=gocachehash=1, time.Unix(0, ns).String() under each TZ).
#include "test/gofileinfo.h"
#include "test/testcachekey.h"
#include "test/testinputs.h"
#include "test/testlog.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace kiln;
using namespace kiln::test;

namespace
{

const QByteArray salt = "go1.25.12";
constexpr qint64 fixedSec = 1704103200; // 2024-01-01 10:00:00 UTC

QProcessEnvironment envWith(const QMap<QString, QString> &vars)
{
    QProcessEnvironment env;
    for (auto it = vars.begin(); it != vars.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

void writeWithTime(const QString &path, const QByteArray &data, qint64 sec, long nsec)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
    f.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const timespec times[2] = {{sec, nsec}, {sec, nsec}};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

TestInputsContext contextFor(const QString &dir, const cache::HashTrace *sink)
{
    TestInputsContext ctx;
    ctx.importPath = QStringLiteral("example.com/tc");
    ctx.packageDir = dir;
    ctx.root = dir;
    ctx.env = envWith({{QStringLiteral("TZ"), QString()}});
    ctx.nowNanos = QDateTime::currentMSecsSinceEpoch() * 1000000;
    ctx.salt = salt;
    ctx.traces = {sink, sink};
    return ctx;
}

// The testInputs writes of a trace without their hashes: "open /x/a".
QList<QByteArray> inputLines(const QList<QByteArray> &trace)
{
    const QByteArray prefix = "HASH[testInputs]: \"";
    QList<QByteArray> out;
    for (const QByteArray &l : trace) {
        if (!l.startsWith(prefix) || l.contains("go1.25.12"))
            continue;
        const QByteArray text = l.mid(prefix.size());
        out.append(text.left(text.lastIndexOf(' ')));
    }
    return out;
}

template <typename T> QByteArray errorOf(const std::expected<T, QByteArray> &r)
{
    return r ? QByteArray() : r.error();
}

} // namespace

class TestTestCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifyArgs_data();
    void classifyArgs();
    void verdictOrder();
    void testIDMatchesGo();
    void parseLog_data();
    void parseLog();
    void fileMode_data();
    void fileMode();
    void timeString_data();
    void timeString();
    void statLineAndHashes();
    void fileTooNew();
    void inputsFollowChdirAndRoot();
    void cleanAndInRoot_data();
    void cleanAndInRoot();
    void cachedLine_data();
    void cachedLine();
};

void TestTestCache::classifyArgs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("cacheable");
    QTest::addColumn<QStringList>("hashed");
    QTest::addColumn<QByteArray>("trace");
    const QString timeout = QStringLiteral("-test.timeout=10m0s");
    QTest::newRow("default") << QStringList{timeout} << true << QStringList{timeout}
                             << QByteArray();
    QTest::newRow("none") << QStringList{} << true << QStringList{} << QByteArray();
    QTest::newRow("count") << QStringList{timeout, QStringLiteral("-test.count=1")} << false
                           << QStringList{}
                           << QByteArray("testcache: caching disabled for test argument: "
                                         "-test.count=1\n");
    QTest::newRow("unhashed") << QStringList{QStringLiteral("-test.v=true"),
                                             QStringLiteral("-test.coverprofile=/x/c.out"),
                                             QStringLiteral("-test.outputdir=/x"),
                                             QStringLiteral("-test.run=TestX"),
                                             QStringLiteral("-test.short=true")}
                              << true
                              << QStringList{QStringLiteral("-test.v=true"),
                                             QStringLiteral("-test.run=TestX"),
                                             QStringLiteral("-test.short=true")}
                              << QByteArray();
    QTest::newRow("all hashed")
        << QStringList{QStringLiteral("-test.benchtime=1x"), QStringLiteral("-test.cpu=1,2"),
                       QStringLiteral("-test.list=."),       QStringLiteral("-test.parallel=3"),
                       QStringLiteral("-test.skip=TestY"),   QStringLiteral("-test.failfast=true"),
                       QStringLiteral("-test.fullpath=true")}
        << true
        << QStringList{QStringLiteral("-test.benchtime=1x"), QStringLiteral("-test.cpu=1,2"),
                       QStringLiteral("-test.list=."),       QStringLiteral("-test.parallel=3"),
                       QStringLiteral("-test.skip=TestY"),   QStringLiteral("-test.failfast=true"),
                       QStringLiteral("-test.fullpath=true")}
        << QByteArray();
    QTest::newRow("no equals") << QStringList{QStringLiteral("-test.v")} << false << QStringList{}
                               << QByteArray("testcache: caching disabled for test argument: "
                                             "-test.v\n");
    QTest::newRow("positional") << QStringList{timeout, QStringLiteral("extra")} << false
                                << QStringList{}
                                << QByteArray("testcache: caching disabled for test argument: "
                                              "extra\n");
    QTest::newRow("not -test.") << QStringList{QStringLiteral("-v=true")} << false << QStringList{}
                                << QByteArray("testcache: caching disabled for test argument: "
                                              "-v=true\n");
    QTest::newRow("bench") << QStringList{QStringLiteral("-test.bench=.")} << false << QStringList{}
                           << QByteArray("testcache: caching disabled for test argument: "
                                         "-test.bench=.\n");
}

void TestTestCache::classifyArgs()
{
    QFETCH(QStringList, args);
    QFETCH(bool, cacheable);
    QFETCH(QStringList, hashed);
    QFETCH(QByteArray, trace);
    const TestCacheVerdict v = classifyTestArgs(args);
    QCOMPARE(v.cacheable, cacheable);
    QCOMPARE(v.hashedArgs, hashed);
    QCOMPARE(v.disabledTrace, trace);
}

void TestTestCache::verdictOrder()
{
    const QStringList bad{QStringLiteral("-test.count=1")};
    QCOMPARE(testCacheVerdict(TestPackageArgs::None, QStringLiteral("p"), QStringLiteral("/r"), bad)
                 .disabledTrace,
             QByteArray("testcache: caching disabled in local directory mode\n"));
    QCOMPARE(
        testCacheVerdict(TestPackageArgs::Given, QStringLiteral("p"), QString(), bad).disabledTrace,
        QByteArray("testcache: caching disabled for package outside of module root, GOPATH, "
                   "or GOROOT: p\n"));
    QVERIFY(testCacheVerdict(TestPackageArgs::Given, QStringLiteral("p"), QStringLiteral("/r"), {})
                .cacheable);
}

void TestTestCache::testIDMatchesGo()
{
    const QStringList args{QStringLiteral("-test.timeout=10m0s")};
    QCOMPARE(
        testIDPreimage(QStringLiteral("t9Hqft-39AhbMyJTqh5s"), args, {}),
        QByteArray(R"(test binary t9Hqft-39AhbMyJTqh5s args ["-test.timeout=10m0s"] execcmd [])"));
    QCOMPARE(
        testIDPreimage(QStringLiteral("gy7vrSrV8NhZni49QOTW"),
                       {QStringLiteral("-test.v=true"), QStringLiteral("-test.run=Test\"X")},
                       {QStringLiteral("qemu"), QStringLiteral("-L x")}),
        QByteArray(
            R"(test binary gy7vrSrV8NhZni49QOTW args ["-test.v=true" "-test.run=Test\"X"] execcmd ["qemu" "-L x"])"));
    QList<QByteArray> trace;
    const cache::HashTrace sink = [&](const QByteArray &l) { trace.append(l); };
    const Digest id = testID(QStringLiteral("t9Hqft-39AhbMyJTqh5s"), args, {}, salt, &sink);
    QCOMPARE(digestHex(id),
             QByteArray("aa506406571059ef3333aa1b2e079fb2c4af7f21c85063fe027e2f50b14d0163"));
    QCOMPARE(trace.value(0), QByteArray("HASH[testResult]\n"));
    QCOMPARE(trace.value(1), QByteArray("HASH[testResult]: \"go1.25.12\"\n"));
    Digest goInputs{};
    const QByteArray raw =
        QByteArray::fromHex("57935405ba0d7c641f6405479e4be8d96db5d522b4880e150f9f8b37051e8cc1");
    std::copy(raw.begin(), raw.end(), goInputs.begin());
    QCOMPARE(digestHex(testAndInputKey(id, goInputs)),
             QByteArray("123c9acdb4a44ae5b3e2843b7b5c3e3ee1ba3d351d7def3546b5da3b4ed0123b"));
    // covMeta zero: one "coverprofile" subkey; set: "coverdeps:" first.
    QCOMPARE(coverProfileAndInputKey(id, goInputs, Digest{}),
             cache::subkey(testAndInputKey(id, goInputs), "coverprofile"));
    const Digest meta = coverMetaID({QStringLiteral("abc"), QString()}, salt);
    QCOMPARE(
        coverProfileAndInputKey(id, goInputs, meta),
        cache::subkey(cache::subkey(testAndInputKey(id, goInputs), "coverdeps:" + digestHex(meta)),
                      "coverprofile"));
}

void TestTestCache::parseLog_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("isLog");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QByteArray>("malformed");
    QTest::newRow("ops") << QByteArray("# test log\ngetenv HOME\nopen data.txt\nstat sub\n"
                                       "chdir /tmp/x y\n")
                         << true << 4 << QByteArray();
    QTest::newRow("header only") << QByteArray("# test log\n") << true << 0 << QByteArray();
    QTest::newRow("empty lines") << QByteArray("# test log\n\ngetenv A\n\n") << true << 1
                                 << QByteArray();
    QTest::newRow("no space") << QByteArray("# test log\ngetenv A\nbogus\nopen x\n") << true << 1
                              << QByteArray("bogus");
    QTest::newRow("unknown op") << QByteArray("# test log\nlstat x\n") << true << 0
                                << QByteArray("lstat x");
    QTest::newRow("no newline") << QByteArray("# test log\ngetenv A") << false << 1 << QByteArray();
    QTest::newRow("no header") << QByteArray("getenv A\n") << false << 1 << QByteArray();
}

void TestTestCache::parseLog()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, isLog);
    QFETCH(int, entries);
    QFETCH(QByteArray, malformed);
    QCOMPARE(isTestLog(data), isLog);
    const TestLog log = parseTestLog(data);
    QCOMPARE(log.entries.size(), entries);
    QCOMPARE(log.malformedLine.value_or(QByteArray()), malformed);
    if (isLog && malformed.isEmpty())
        QCOMPARE(formatTestLog(log.entries), QByteArray(data).replace("\n\n", "\n"));
    if (QTest::currentDataTag() == QLatin1String("ops"))
        QCOMPARE(log.entries.last(), (TestLogEntry{TestLogOp::Chdir, "/tmp/x y"}));
}

void TestTestCache::fileMode_data()
{
    QTest::addColumn<uint>("unixMode");
    QTest::addColumn<QByteArray>("goHex");
    QTest::newRow("file 0644") << uint(S_IFREG | 0644) << QByteArray("1a4");
    QTest::newRow("dir 0755") << uint(S_IFDIR | 0755) << QByteArray("800001ed");
    QTest::newRow("symlink") << uint(S_IFLNK | 0777) << QByteArray("80001ff");
    QTest::newRow("fifo") << uint(S_IFIFO | 0600) << QByteArray("2000180");
    QTest::newRow("socket") << uint(S_IFSOCK | 0755) << QByteArray("10001ed");
    QTest::newRow("char dev") << uint(S_IFCHR | 0666) << QByteArray("42001b6");
    QTest::newRow("block dev") << uint(S_IFBLK | 0660) << QByteArray("40001b0");
    QTest::newRow("setuid") << uint(S_IFREG | S_ISUID | 0755) << QByteArray("8001ed");
    QTest::newRow("setgid dir") << uint(S_IFDIR | S_ISGID | 0775) << QByteArray("804001fd");
    QTest::newRow("sticky dir") << uint(S_IFDIR | S_ISVTX | 0777) << QByteArray("801001ff");
}

void TestTestCache::fileMode()
{
    QFETCH(uint, unixMode);
    QFETCH(QByteArray, goHex);
    QCOMPARE(QByteArray::number(goFileMode(unixMode), 16), goHex);
}

void TestTestCache::timeString_data()
{
    QTest::addColumn<QString>("tz"); // "-" = unset
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QByteArray>("expected");
    const qint64 jan = fixedSec * 1000000000;
    const qint64 jul = 1719835200LL * 1000000000;
    QTest::newRow("empty TZ") << QString() << jan + 123456789
                              << QByteArray("2024-01-01 10:00:00.123456789 +0000 UTC");
    QTest::newRow("UTC whole") << QStringLiteral("UTC") << jan
                               << QByteArray("2024-01-01 10:00:00 +0000 UTC");
    QTest::newRow("tenth") << QStringLiteral("UTC") << jan + 100000000
                           << QByteArray("2024-01-01 10:00:00.1 +0000 UTC");
    QTest::newRow("5ns") << QStringLiteral("UTC") << jan + 5
                         << QByteArray("2024-01-01 10:00:00.000000005 +0000 UTC");
    QTest::newRow("Tokyo") << QStringLiteral("Asia/Tokyo") << jan + 123456789
                           << QByteArray("2024-01-01 19:00:00.123456789 +0900 JST");
    QTest::newRow("Sao Paulo") << QStringLiteral("America/Sao_Paulo") << jan
                               << QByteArray("2024-01-01 07:00:00 -0300 -03");
    QTest::newRow("Berlin winter")
        << QStringLiteral(":Europe/Berlin") << jan << QByteArray("2024-01-01 11:00:00 +0100 CET");
    QTest::newRow("Berlin summer") << QStringLiteral(":Europe/Berlin") << jul + 500000000
                                   << QByteArray("2024-07-01 14:00:00.5 +0200 CEST");
    QTest::newRow("unknown zone") << QStringLiteral("Nowhere/Zone") << jan
                                  << QByteArray("2024-01-01 10:00:00 +0000 UTC");
    QTest::newRow("POSIX rule") << QStringLiteral("JST-9") << jan
                                << QByteArray("2024-01-01 10:00:00 +0000 UTC");
    QTest::newRow("zone file path") << QStringLiteral("/usr/share/zoneinfo/Asia/Kolkata") << jan
                                    << QByteArray("2024-01-01 15:30:00 +0530 IST");
    QTest::newRow("Etc/GMT+5") << QStringLiteral("Etc/GMT+5") << jul
                               << QByteArray("2024-07-01 07:00:00 -0500 -05");
}

void TestTestCache::timeString()
{
    QFETCH(QString, tz);
    QFETCH(qint64, nanos);
    QFETCH(QByteArray, expected);
    const GoLocalZone zone = GoLocalZone::fromEnvironment(envWith({{QStringLiteral("TZ"), tz}}));
    QCOMPARE(zone.formatTime(nanos / 1000000000, qint32(nanos % 1000000000)), expected);
}

void TestTestCache::statLineAndHashes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("data.txt"));
    writeWithTime(file, "hello\n", fixedSec, 123456789);
    const auto info = goStat(QFile::encodeName(file), FollowLinks::Yes);
    QVERIFY(info);
    const GoLocalZone utc = GoLocalZone::utc();
    QCOMPARE(goStatLine(*info, utc),
             QByteArray("stat 6 1a4 2024-01-01 10:00:00.123456789 +0000 UTC false\n"));
    QList<QByteArray> trace;
    const cache::HashTrace sink = [&](const QByteArray &l) { trace.append(l); };
    const TestInputsContext ctx = contextFor(dir.path(), &sink);
    // go printed these sums for the same stat line and environment values.
    const auto opened = hashOpen(QFile::encodeName(file), ctx);
    QVERIFY(opened);
    QCOMPARE(digestHex(*opened),
             QByteArray("b2dfeb449c19e81e3c6430fea99ac28ec9e6fd85507e4d3ae9157f24bd640b31"));
    QCOMPARE(digestHex(hashGetenv("KILN_TC_VAR", ctx)),
             QByteArray("e291c42fb2f498cff71bbe5e577a901347f8ff9d8839fa9923c83eca7951b65f"));
    TestInputsContext withVar = ctx;
    withVar.env.insert(QStringLiteral("GODEBUG"), QStringLiteral("gocachetest=1,gocachehash=1"));
    QCOMPARE(digestHex(hashGetenv("GODEBUG", withVar)),
             QByteArray("bf3b2bbc84fdeb0f01c1e176584af00a0d1187537b5c14e6cd42c4da8b25e0ba"));
    // A missing file hashes go's error text; no error for the caller.
    trace.clear();
    const QByteArray missing = QFile::encodeName(dir.filePath(QStringLiteral("missing.txt")));
    QVERIFY(hashOpen(missing, ctx));
    QCOMPARE(trace.value(2),
             "HASH[open]: \"err stat " + missing + ": no such file or directory\\n\"\n");
    trace.clear();
    hashStat(missing, ctx);
    QCOMPARE(trace.value(3),
             "HASH[stat]: \"err lstat " + missing + ": no such file or directory\\n\"\n");
}

void TestTestCache::fileTooNew()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("new.txt"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const cache::HashTrace sink = [](const QByteArray &) {};
    TestInputsContext ctx = contextFor(dir.path(), &sink);
    ctx.nowNanos = now * 1000000000;
    writeWithTime(file, "x", now - 1, 0);
    QCOMPARE(errorOf(hashOpen(QFile::encodeName(file), ctx)),
             QByteArray("file used as input is too new"));
    writeWithTime(file, "x", now + 3600, 0); // in the future: too new as well
    QVERIFY(!hashOpen(QFile::encodeName(file), ctx));
    writeWithTime(file, "x", now - 2, 0); // exactly 2 s: old enough
    QVERIFY(hashOpen(QFile::encodeName(file), ctx));
    QVERIFY(hashOpen(QFile::encodeName(dir.path()), ctx)); // directories never are
}

void TestTestCache::inputsFollowChdirAndRoot()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("mod/sub")));
    const QString mod = dir.filePath(QStringLiteral("mod"));
    writeWithTime(mod + QStringLiteral("/sub/a"), "a", fixedSec, 0);
    writeWithTime(dir.filePath(QStringLiteral("outside.txt")), "o", fixedSec, 0);
    QList<QByteArray> trace;
    const cache::HashTrace sink = [&](const QByteArray &l) { trace.append(l); };
    TestInputsContext ctx = contextFor(mod, &sink);
    const QByteArray m = QFile::encodeName(mod);
    const QByteArray log = "# test log\nchdir " + m +
                           "/sub\nopen a\nstat ../../outside.txt\n"
                           "open " +
                           QFile::encodeName(dir.path()) + "/outside.txt\nstat ./a\n";
    QVERIFY(computeTestInputsID(log, ctx));
    QCOMPARE(inputLines(trace),
             (QList<QByteArray>{"env GODEBUG", "chdir " + m + "/sub", "open " + m + "/sub/a",
                                "stat " + m + "/sub/a"}));
    trace.clear();
    QCOMPARE(errorOf(computeTestInputsID("# test log\ngetenv A\nbogus\n", ctx)),
             QByteArray("error parsing test inputs"));
    QCOMPARE(trace.last(),
             QByteArray("testcache: example.com/tc: input list malformed (\"bogus\")\n"));
    QVERIFY(
        trace.contains("HASH[testInputs]: \"env A "
                       "e291c42fb2f498cff71bbe5e577a901347f8ff9d8839fa9923c83eca7951b65f\\n\"\n"));
}

void TestTestCache::cleanAndInRoot_data()
{
    QTest::addColumn<QByteArray>("dir");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("joined");
    QTest::addColumn<bool>("inRoot"); // of joined, root /r/m
    QTest::newRow("plain") << QByteArray("/r/m") << QByteArray("a.txt") << QByteArray("/r/m/a.txt")
                           << true;
    QTest::newRow("dots") << QByteArray("/r/m/x/") << QByteArray("./../b//c/.")
                          << QByteArray("/r/m/b/c") << true;
    QTest::newRow("root itself") << QByteArray("/r/m") << QByteArray(".") << QByteArray("/r/m")
                                 << true;
    QTest::newRow("sibling prefix")
        << QByteArray("/r") << QByteArray("mx/a") << QByteArray("/r/mx/a") << false;
    QTest::newRow("above") << QByteArray("/r/m") << QByteArray("../../..") << QByteArray("/")
                           << false;
}

void TestTestCache::cleanAndInRoot()
{
    QFETCH(QByteArray, dir);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, joined);
    QFETCH(bool, inRoot);
    QCOMPARE(joinCleanPath(dir, name), joined);
    QCOMPARE(pathInRoot(joined, "/r/m"), inRoot);
}

void TestTestCache::cachedLine_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QByteArray>("printed"); // "" = malformed
    QTest::newRow("plain") << QByteArray("ok  \texample.com/a\t0.005s\n")
                           << QByteArray("ok  \texample.com/a\t(cached)\n");
    QTest::newRow("coverage") << QByteArray("ok  \tp\t1.25s\tcoverage: 50.0% of statements\n")
                              << QByteArray("ok  \tp\t(cached)\tcoverage: 50.0% of statements\n");
    QTest::newRow("no tests") << QByteArray("ok  \tp\t0.1s [no tests to run]\n")
                              << QByteArray("ok  \tp\t(cached) [no tests to run]\n");
    QTest::newRow("verbose") << QByteArray("=== RUN   TestA\n--- PASS: TestA (0.00s)\nPASS\n"
                                           "ok  \tp\t0.003s\n")
                             << QByteArray("=== RUN   TestA\n--- PASS: TestA (0.00s)\nPASS\n"
                                           "ok  \tp\t(cached)\n");
    QTest::newRow("fail") << QByteArray("FAIL\tp\t0.1s\n") << QByteArray();
    QTest::newRow("no tab") << QByteArray("ok  \tp\n") << QByteArray();
    QTest::newRow("no newline") << QByteArray("ok  \tp\t0.1s") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("newline") << QByteArray("\n") << QByteArray();
}

void TestTestCache::cachedLine()
{
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, printed);
    QCOMPARE(cachedOutputForPrint(output).value_or(QByteArray()), printed);
}

QTEST_GUILESS_MAIN(TestTestCache)
#include "tst_testcache.moc"
