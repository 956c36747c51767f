// TestResultCache on a temporary GOCACHE: save/lookup round trips, every
// miss with go's gocachetest wording, the expiry mark (testexpire.h) and
// the cover-profile entries. Go's own cache is compared in
// tst_testcache_oracle.
#include "test/testcachekey.h"
#include "test/testexpire.h"
#include "test/testresultcache.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace kiln;
using namespace kiln::test;

namespace
{

const QByteArray okLine = "ok  \texample.com/tc\t0.012s\n";

struct Fixture {
    QTemporaryDir tmp;
    QString pkg;
    std::optional<cache::DiskCache> disk;
    QList<QByteArray> trace;
    cache::HashTrace sink = [this](const QByteArray &l) { trace.append(l); };
    TestInputsContext ctx;

    Fixture()
    {
        pkg = tmp.filePath(QStringLiteral("mod"));
        QDir().mkpath(pkg);
        QFile f(pkg + QStringLiteral("/data.txt"));
        f.open(QIODevice::WriteOnly);
        f.write("data\n");
        f.close();
        const timespec old[2] = {{1704103200, 0}, {1704103200, 0}};
        ::utimensat(AT_FDCWD, QFile::encodeName(f.fileName()).constData(), old, 0);
        auto c = cache::DiskCache::open(tmp.filePath(QStringLiteral("cache")));
        if (c)
            disk = *c;
        ctx.importPath = QStringLiteral("example.com/tc");
        ctx.packageDir = pkg;
        ctx.root = pkg;
        ctx.env.insert(QStringLiteral("TZ"), QString());
        ctx.env.insert(QStringLiteral("VAR"), QStringLiteral("one"));
        ctx.nowNanos = QDateTime::currentMSecsSinceEpoch() * 1000000;
        ctx.salt = "go1.25.12";
        ctx.traces = {nullptr, &sink};
    }
    QByteArray lastTrace() const { return trace.isEmpty() ? QByteArray() : trace.last(); }
};

const QByteArray sampleLog = "# test log\ngetenv VAR\nopen data.txt\n";

Digest someTestID(const QByteArray &salt)
{
    return testID(QStringLiteral("t9Hqft-39AhbMyJTqh5s"), {QStringLiteral("-test.timeout=10m0s")},
                  {}, salt);
}

QByteArray entryMissing(const cache::DiskCache &c, const Digest &id)
{
    return "cache entry not found: open " + QFile::encodeName(c.fileName(id, 'a')) +
           ": no such file or directory";
}

} // namespace

class TestTestResultCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveThenHit();
    void missReasons();
    void inputsChangeMisses();
    void expiry();
    void testExpireFile();
    void saveRefusals();
    void coverProfile();
};

void TestTestResultCache::saveThenHit()
{
    Fixture f;
    QVERIFY(f.disk);
    TestResultCache rc(*f.disk, std::nullopt);
    const Digest id1 = rc.testID(f.ctx, QStringLiteral("t9Hqft-39AhbMyJTqh5s"),
                                 {QStringLiteral("-test.timeout=10m0s")}, {});
    QCOMPARE(f.lastTrace(), "testcache: example.com/tc: test ID " +
                                QByteArray("t9Hqft-39AhbMyJTqh5s").toHex() + " => " +
                                digestHex(id1) + "\n");
    const Digest id2 = someTestID("other salt");
    const TestCacheSave s = rc.save({id1, id2}, sampleLog, "=== RUN\n" + okLine, f.ctx);
    QVERIFY(s.saved);
    QVERIFY(s.putErrors.isEmpty());
    for (const Digest &id : {id1, id2}) {
        const TestCacheLookup l = rc.lookup(id, f.ctx);
        QVERIFY2(l.hit(), l.missReason.constData());
        QCOMPARE(*l.output, QByteArray("=== RUN\nok  \texample.com/tc\t(cached)\n"));
        QVERIFY(l.testInputsID);
        QCOMPARE(f.lastTrace(), "testcache: example.com/tc: test ID " + digestHex(id) +
                                    " => input ID " + digestHex(*l.testInputsID) + " => " +
                                    digestHex(testAndInputKey(id, *l.testInputsID)) + "\n");
    }
    // The log entry holds the log, the inputs key the output, as go stores them.
    const cache::Lookup logEntry = f.disk->get(id1);
    QVERIFY(logEntry.hit());
    QCOMPARE(logEntry.entry->outputID, sha256Of(sampleLog));
}

void TestTestResultCache::missReasons()
{
    Fixture f;
    QVERIFY(f.disk);
    TestResultCache rc(*f.disk, std::nullopt);
    const Digest id = someTestID(f.ctx.salt);
    TestCacheLookup l = rc.lookup(id, f.ctx);
    QVERIFY(!l.hit());
    QCOMPARE(l.missReason, "input list not found: " + entryMissing(*f.disk, id));
    QCOMPARE(f.lastTrace(), "testcache: example.com/tc: " + l.missReason + "\n");

    QVERIFY(f.disk->put(id, "not a log\n"));
    QCOMPARE(rc.lookup(id, f.ctx).missReason, QByteArray("input list malformed"));
    QVERIFY(f.disk->put(id, "# test log\nbogus line\n"));
    QCOMPARE(rc.lookup(id, f.ctx).missReason, QByteArray("error parsing test inputs"));
    QCOMPARE(f.lastTrace(),
             QByteArray("testcache: example.com/tc: input list malformed (\"bogus line\")\n"));

    QVERIFY(f.disk->put(id, sampleLog));
    l = rc.lookup(id, f.ctx);
    QVERIFY(l.testInputsID);
    const Digest key = testAndInputKey(id, *l.testInputsID);
    QCOMPARE(l.missReason, "test output not found: " + entryMissing(*f.disk, key));
    for (const QByteArray &bad : {QByteArray("FAIL\texample.com/tc\t0.1s\n"),
                                  QByteArray("ok  \texample.com/tc\t0.1s"), QByteArray()}) {
        QVERIFY(f.disk->put(key, bad));
        QCOMPARE(rc.lookup(id, f.ctx).missReason, QByteArray("test output malformed"));
    }
    // A damaged output file is go's "bad checksum".
    QVERIFY(f.disk->put(key, okLine));
    QFile out(f.disk->outputFile(sha256Of(okLine)));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("ok  \texample.com/tc\t9.999s\n");
    out.close();
    QCOMPARE(rc.lookup(id, f.ctx).missReason,
             QByteArray("test output not found: cache entry not found: bad checksum"));
}

void TestTestResultCache::inputsChangeMisses()
{
    Fixture f;
    QVERIFY(f.disk);
    TestResultCache rc(*f.disk, std::nullopt);
    const Digest id = someTestID(f.ctx.salt);
    QVERIFY(rc.save({id}, sampleLog, okLine, f.ctx).saved);
    QVERIFY(rc.lookup(id, f.ctx).hit());
    TestInputsContext changed = f.ctx;
    changed.env.insert(QStringLiteral("VAR"), QStringLiteral("two"));
    QVERIFY(rc.lookup(id, changed).missReason.startsWith("test output not found: "));
    changed = f.ctx;
    changed.env.remove(QStringLiteral("VAR")); // unset differs from any value
    QVERIFY(!rc.lookup(id, changed).hit());
    changed = f.ctx;
    changed.env.insert(QStringLiteral("GODEBUG"), QStringLiteral("x=1")); // always an input
    QVERIFY(!rc.lookup(id, changed).hit());
    changed = f.ctx;
    changed.env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo")); // mtime text changes
    QVERIFY(!rc.lookup(id, changed).hit());
    changed = f.ctx;
    changed.root = f.tmp.filePath(QStringLiteral("elsewhere")); // data.txt no longer checked
    QVERIFY(!rc.lookup(id, changed).hit());
    // Touching the file: a different mtime misses; now-ish is too new to use.
    const QByteArray data = QFile::encodeName(f.pkg + QStringLiteral("/data.txt"));
    const timespec later[2] = {{1704103300, 5}, {1704103300, 5}};
    QVERIFY(::utimensat(AT_FDCWD, data.constData(), later, 0) == 0);
    QVERIFY(!rc.lookup(id, f.ctx).hit());
    QVERIFY(::utimensat(AT_FDCWD, data.constData(), nullptr, 0) == 0);
    QCOMPARE(rc.lookup(id, f.ctx).missReason, QByteArray("file used as input is too new"));
    QCOMPARE(f.lastTrace(),
             "testcache: example.com/tc: input file " + data + ": file used as input is too new\n");
    const TestCacheSave s = rc.save({id}, sampleLog, okLine, f.ctx);
    QVERIFY(!s.saved);
    QCOMPARE(s.skippedReason, QByteArray("file used as input is too new"));
}

void TestTestResultCache::expiry()
{
    Fixture f;
    QVERIFY(f.disk);
    const Digest id = someTestID(f.ctx.salt);
    QVERIFY(TestResultCache(*f.disk, std::nullopt).save({id}, sampleLog, okLine, f.ctx).saved);
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    QVERIFY(TestResultCache(*f.disk, now - 3600LL * 1000000000).lookup(id, f.ctx).hit());
    const TestCacheLookup l = TestResultCache(*f.disk, now + 1000000000).lookup(id, f.ctx);
    QCOMPARE(l.missReason, QByteArray("test output expired due to go clean -testcache"));
    QCOMPARE(f.lastTrace(), QByteArray("testcache: example.com/tc: test output expired due to go "
                                       "clean -testcache\n"));
    // go clean -testcache's mark, read back as go test reads it.
    QVERIFY(expireTestResults(f.disk->dir(), now + 1000000000));
    TestResultCache afterClean(*f.disk, readTestExpire(f.disk->dir()));
    QVERIFY(!afterClean.lookup(id, f.ctx).hit());
    // A result saved after the mark is usable again.
    QVERIFY(afterClean.save({id}, sampleLog, okLine, f.ctx).saved);
    QVERIFY(!afterClean.lookup(id, f.ctx).hit()); // its put time is still before the mark
    QTest::qWait(1100);
    QVERIFY(afterClean.save({id}, sampleLog, okLine, f.ctx).saved);
    QVERIFY(afterClean.lookup(id, f.ctx).hit());
}

void TestTestResultCache::testExpireFile()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("testexpire.txt"));
    QCOMPARE(readTestExpire(tmp.path()), std::nullopt);
    QVERIFY(expireTestResults(tmp.path(), 2000));
    QCOMPARE(readTestExpire(tmp.path()), std::optional<qint64>(2000));
    QVERIFY(expireTestResults(tmp.path(), 1000)); // never lowered
    QCOMPARE(readTestExpire(tmp.path()), std::optional<qint64>(2000));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("2000\n"));
    f.close();
    for (const QByteArray &bad : {QByteArray("2000"), QByteArray("x\n"), QByteArray()}) {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bad);
        f.close();
        QCOMPARE(readTestExpire(tmp.path()), std::nullopt);
    }
    QVERIFY(expireTestResults(tmp.filePath(QStringLiteral("absent")), 5)); // no cache: no-op
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("absent"))));
}

void TestTestResultCache::saveRefusals()
{
    Fixture f;
    QVERIFY(f.disk);
    TestResultCache rc(*f.disk, std::nullopt);
    const Digest id = someTestID(f.ctx.salt);
    QVERIFY(!rc.save({}, sampleLog, okLine, f.ctx).saved);
    QVERIFY(f.trace.isEmpty()); // no IDs: go returns before anything
    TestCacheSave s = rc.save({id}, "# test log\ngetenv VAR", okLine, f.ctx);
    QCOMPARE(s.skippedReason, QByteArray("reading testlog: malformed"));
    const QString missing = f.tmp.filePath(QStringLiteral("nolog.txt"));
    s = rc.saveTestLogFile({id}, missing, okLine, f.ctx);
    QCOMPARE(s.skippedReason,
             "reading testlog: open " + QFile::encodeName(missing) + ": no such file or directory");
    QCOMPARE(f.lastTrace(), "testcache: example.com/tc: " + s.skippedReason + "\n");
    QVERIFY(!f.disk->get(id).hit());
}

void TestTestResultCache::coverProfile()
{
    Fixture f;
    QVERIFY(f.disk);
    TestResultCache rc(*f.disk, std::nullopt);
    const Digest id = someTestID(f.ctx.salt);
    const QString profile = f.tmp.filePath(QStringLiteral("cover.out"));
    QFile p(profile);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("mode: set\n");
    p.close();
    TestCoverage withProfile;
    withProfile.profileFile = profile;
    QVERIFY(rc.save({id}, sampleLog, okLine, f.ctx).saved); // saved without a profile
    TestCacheLookup l = rc.lookup(id, f.ctx, withProfile);
    QVERIFY(l.missReason.startsWith("cached cover profile missing: cache entry not found: open "));
    QVERIFY(rc.save({id}, sampleLog, okLine, f.ctx, withProfile).saved);
    l = rc.lookup(id, f.ctx, withProfile);
    QVERIFY(l.hit());
    QFile cached(l.coverProfileFile);
    QVERIFY(cached.open(QIODevice::ReadOnly));
    QCOMPARE(cached.readAll(), QByteArray("mode: set\n"));
    // -coverpkg only: an empty sentinel under the covMeta key.
    TestCoverage meta;
    meta.covMeta = coverMetaID({QStringLiteral("aaaa")}, f.ctx.salt);
    QVERIFY(rc.lookup(id, f.ctx, meta)
                .missReason.startsWith("coverage metadata changed, re-running test: "));
    QVERIFY(rc.save({id}, sampleLog, okLine, f.ctx, meta).saved);
    QVERIFY(rc.lookup(id, f.ctx, meta).hit());
    meta.covMeta = coverMetaID({QStringLiteral("bbbb")}, f.ctx.salt);
    QVERIFY(!rc.lookup(id, f.ctx, meta).hit());
    withProfile.profileFile = f.tmp.filePath(QStringLiteral("gone.out"));
    QVERIFY(rc.save({id}, sampleLog, okLine, f.ctx, withProfile)
                .skippedReason.startsWith("reading cover profile: open "));
}

QTEST_GUILESS_MAIN(TestTestResultCache)
#include "tst_testresultcache.moc"
