// Pruning (core/cache: pruneplan, pruneexec, trimmark). Plans are checked on
// caches described as text (no disk); execution on caches the test support
// writes (support/cachefixture.h): exactly the planned files go, -a files
// before their -d, files used since the plan and outputs named again stay,
// links are never followed, a directory that stopped being a Go cache is
// refused, cancellation leaves no dangling index entry, trim.txt follows go.
#include "cache/cachescan.h"
#include "cache/pruneexec.h"
#include "cache/pruneplan.h"
#include "cache/trimmark.h"
#include "support/cachefixture.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <sys/stat.h>

using namespace kiln;
using namespace kiln::cache;
using test::FakeCache;
using test::keyOf;

namespace
{

constexpr qint64 sec = 1000000000LL;
const qint64 now = 1800000000LL * sec;

// "10d", "45m", "-" (no such file) → age in seconds, or -1.
qint64 ageOf(const QString &s)
{
    if (s == QLatin1String("-"))
        return -1;
    const qint64 n = s.chopped(1).toLongLong();
    return s.endsWith(QLatin1Char('d'))   ? n * 86400
           : s.endsWith(QLatin1Char('h')) ? n * 3600
                                          : n * 60;
}

// label kind package module toolchain a-age d-age output bytes
const QStringList standardCache = {
    "old-a      archive    example.com/a example.com go1.25.12 10d 10d out-a  1000",
    "old-b      archive    example.com/b example.com go1.25.12 8d  8d  out-b  2000",
    "young-c    archive    example.com/c example.com go1.25.12 2d  2d  out-c  4000",
    "recent-d   archive    example.com/d example.com go1.25.12 10m 10m out-d  8000",
    "hour-e     archive    example.com/e example.com go1.25.12 45m 45m out-e  10",
    "std-fmt    archive    fmt           std         go1.24.3  10d 10d out-f  500",
    "st-a       stdout     -             -           -         10d 5m  empty  0",
    "st-b       stdout     -             -           -         2d  5m  empty  0",
    "shared1    srcfiles   -             -           -         10d 10d out-s  100",
    "shared2    srcfiles   -             -           -         1d  1d  out-s  100",
    "mixed      archive    example.com/m example.com go1.25.12 10d 1d  out-m  300",
    "mixed2     archive    example.com/n example.com go1.25.12 1d  10d out-n  300",
    "t-old      testoutput example.com/a -           -         10d 10d out-t  40",
    "orphan     archive    example.com/o example.com go1.25.12 -   10d out-o  50",
    "orphan-new archive    example.com/p example.com go1.25.12 -   5m  out-p  60",
};

CacheIndex indexOf(const QStringList &lines)
{
    CacheIndex index;
    index.dir = QStringLiteral("/nonexistent");
    for (const QString &line : lines) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        CacheEntry e;
        const qint64 aAge = ageOf(f[5]), dAge = ageOf(f[6]);
        e.origin = aAge < 0 ? EntryOrigin::OrphanOutput : EntryOrigin::Index;
        e.outputID = keyOf(f[7].toLatin1());
        e.key = aAge < 0 ? e.outputID : keyOf(f[0].toLatin1());
        e.kind = *kindFromName(f[1]);
        e.packagePath = f[2] == QLatin1String("-") ? QString() : f[2];
        e.module = f[3] == QLatin1String("-") ? QString() : f[3];
        e.toolchain = f[4] == QLatin1String("-") ? QString() : f[4];
        if (aAge >= 0) {
            e.indexState = FileState::Regular;
            e.indexMtimeNs = now - aAge * sec;
            e.indexBytes = 175;
        }
        e.outputState = FileState::Regular;
        e.outputMtimeNs = now - dAge * sec;
        e.outputBytes = e.size = f[8].toLongLong();
        e.detail = f[0]; // the label, for the expectations
        index.entries.append(e);
    }
    return index;
}

QString outputLabel(const QStringList &lines, const CacheEntry &e)
{
    for (const QString &line : lines) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (keyOf(f[7].toLatin1()) == e.outputID)
            return f[7];
    }
    return {};
}

PruneCriteria criteriaOf(const QString &text, const CacheIndex &index)
{
    PruneCriteria c;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString k = w.section(QLatin1Char('='), 0, 0), v = w.section(QLatin1Char('='), 1);
        if (k == QLatin1String("older"))
            c.olderThanNs = v == QLatin1String("go") ? goTrimAgeNs : ageOf(v) * sec;
        else if (k == QLatin1String("max"))
            c.maxBytes = v.toLongLong();
        else if (k == QLatin1String("package"))
            c.packages.append(v);
        else if (k == QLatin1String("module"))
            c.modules.append(v);
        else if (k == QLatin1String("kind"))
            c.kinds.append(*kindFromName(v));
        else if (k == QLatin1String("toolchain"))
            c.toolchains.append(v);
        else if (k == QLatin1String("force"))
            c.force = PruneForce::Yes;
        else if (k == QLatin1String("select"))
            for (const CacheEntry &e : index.entries)
                if (e.detail == v)
                    c.selection.append(e.key);
    }
    return c;
}

QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        struct stat st {
        };
        ::lstat(QFile::encodeName(p).constData(), &st);
        // Files with their mtimes; directories by name (removing a file
        // changes its directory's mtime).
        out.append(p.mid(dir.size() + 1) +
                   (S_ISDIR(st.st_mode)
                        ? QString()
                        : QLatin1Char(' ') + QString::number(st.st_mtim.tv_sec) + QLatin1Char('.') +
                              QString::number(st.st_mtim.tv_nsec)));
    }
    out.sort();
    return out;
}

// Every -a line names an output that exists (what go needs to hit).
QStringList danglingEntries(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*-a")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        const QByteArray hex = f.readAll().mid(68, 64);
        if (!QFileInfo::exists(dir + QLatin1Char('/') + QString::fromLatin1(hex.left(2)) +
                               QLatin1Char('/') + QString::fromLatin1(hex) + QStringLiteral("-d")))
            out.append(f.fileName());
    }
    return out;
}

// A cache on disk for execution tests: the standard cache's shape with real
// files and mtimes.
struct DiskFixture {
    FakeCache cache;
    QMap<QString, Digest> keys, outputs;
    explicit DiskFixture(const QStringList &lines = standardCache)
    {
        for (const QString &line : lines) {
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            const qint64 aAge = ageOf(f[5]), dAge = ageOf(f[6]);
            const QByteArray data =
                f[8].toLongLong() == 0
                    ? QByteArray()
                    : (f[7].toLatin1() + ':').repeated(f[8].toInt()).left(f[8].toInt());
            const Digest out =
                aAge >= 0 ? cache.put(keyOf(f[0].toLatin1()), data, aAge) : sha256Of(data);
            if (aAge < 0) {
                QFile d(cache.file(out, 'd'));
                d.open(QIODevice::WriteOnly);
                d.write(data);
            }
            FakeCache::setAge(cache.file(out, 'd'), dAge);
            keys.insert(f[0], aAge >= 0 ? keyOf(f[0].toLatin1()) : out);
            outputs.insert(f[0], out);
        }
    }
};

} // namespace

class TestCachePrune : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data();
    void plan();
    void planSizeCap();
    void planRefusesNothing();
    void executeRemovesExactlyThePlan();
    void executeSkipsFilesUsedSincePlan();
    void executeKeepsOutputNamedAgain();
    void executeNeverFollowsLinks();
    void executeRefusesNonCache();
    void executeCancelLeavesNoDanglingEntry();
    void trimMark_data();
    void trimMark();
};

void TestCachePrune::plan_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("index");   // labels whose -a goes (orphans: their -d)
    QTest::addColumn<QString>("outputs"); // output labels whose -d goes
    QTest::addColumn<QString>("recent");  // labels kept because used within the hour
    QTest::addColumn<bool>("coversGoTrim");
    QTest::newRow("go's age") << "older=go"
                              << "old-a old-b std-fmt st-a shared1 mixed t-old orphan"
                              << "out-a out-b out-f out-t out-o"
                              << "" << true;
    QTest::newRow("older than go's age") << "older=9d"
                                         << "old-a std-fmt st-a shared1 mixed t-old orphan"
                                         << "out-a out-f out-t out-o"
                                         << "" << false;
    QTest::newRow("age under the hour rule")
        << "older=30m"
        << "old-a old-b young-c std-fmt st-a st-b shared1 shared2 mixed mixed2 t-old orphan"
        << "out-a out-b out-c out-f out-s out-m out-n out-t out-o"
        << "hour-e" << true;
    QTest::newRow("age under the hour rule, forced")
        << "older=30m force"
        << "old-a old-b young-c hour-e std-fmt st-a st-b shared1 shared2 mixed mixed2 t-old orphan"
        << "out-a out-b out-c out-e out-f out-s out-m out-n out-t out-o"
        << "" << true;
    QTest::newRow("package") << "package=example.com/a"
                             << "old-a t-old"
                             << "out-a out-t"
                             << "" << false;
    QTest::newRow("package pattern") << "package=example.com/..."
                                     << "old-a old-b young-c mixed mixed2 t-old orphan"
                                     << "out-a out-b out-c out-m out-n out-t out-o"
                                     << "recent-d hour-e orphan-new" << false;
    QTest::newRow("package pattern, forced")
        << "package=example.com/... force"
        << "old-a old-b young-c recent-d hour-e mixed mixed2 t-old orphan orphan-new"
        << "out-a out-b out-c out-d out-e out-m out-n out-t out-o out-p"
        << "" << false;
    QTest::newRow("module") << "module=std"
                            << "std-fmt"
                            << "out-f"
                            << "" << false;
    QTest::newRow("kind: the shared empty output was used within the hour") << "kind=stdout"
                                                                            << "st-a st-b"
                                                                            << ""
                                                                            << "" << false;
    QTest::newRow("kind, forced") << "kind=stdout force"
                                  << "st-a st-b"
                                  << "empty"
                                  << "" << false;
    QTest::newRow("kind, shared output stays with a kept entry") << "kind=srcfiles older=5d"
                                                                 << "shared1"
                                                                 << ""
                                                                 << "" << false;
    QTest::newRow("toolchain prefix") << "toolchain=go1.24"
                                      << "std-fmt"
                                      << "out-f"
                                      << "" << false;
    QTest::newRow("toolchain exact") << "toolchain=go1.25.12 older=9d"
                                     << "old-a mixed orphan"
                                     << "out-a out-o"
                                     << "" << false;
    QTest::newRow("toolchain no match") << "toolchain=go1.2"
                                        << ""
                                        << ""
                                        << "" << false;
    QTest::newRow("filter and age") << "package=example.com/... older=go"
                                    << "old-a old-b mixed t-old orphan"
                                    << "out-a out-b out-t out-o"
                                    << "" << false;
    QTest::newRow("selection") << "select=young-c select=orphan select=recent-d"
                               << "young-c orphan"
                               << "out-c out-o"
                               << "recent-d" << false;
}

void TestCachePrune::plan()
{
    QFETCH(QString, criteria);
    QFETCH(QString, index);
    QFETCH(QString, outputs);
    QFETCH(QString, recent);
    QFETCH(bool, coversGoTrim);
    const CacheIndex ci = indexOf(standardCache);
    const auto p = planPrune(ci, criteriaOf(criteria, ci), now);
    QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    QStringList gotIndex, gotOutputs, gotRecent;
    qint64 bytes = 0;
    for (const PlannedRemoval &r : p->removals) {
        const CacheEntry &e = ci.entries[r.entry];
        gotIndex.append(e.detail);
        if (r.removeOutput)
            gotOutputs.append(outputLabel(standardCache, e));
        QCOMPARE(r.indexMtimeNs, e.indexMtimeNs);
        QCOMPARE(r.outputMtimeNs, e.outputMtimeNs);
        bytes += r.bytes;
    }
    for (int i : p->keptRecent)
        gotRecent.append(ci.entries[i].detail);
    auto sorted = [](QStringList l) {
        l.sort();
        return l.join(QLatin1Char(' '));
    };
    QCOMPARE(sorted(gotIndex), sorted(index.split(QLatin1Char(' '), Qt::SkipEmptyParts)));
    QCOMPARE(sorted(gotOutputs), sorted(outputs.split(QLatin1Char(' '), Qt::SkipEmptyParts)));
    QCOMPARE(sorted(gotRecent), sorted(recent.split(QLatin1Char(' '), Qt::SkipEmptyParts)));
    QCOMPARE(p->coversGoTrim, coversGoTrim);
    QCOMPARE(p->removeBytes, bytes);
    QCOMPARE(p->removeEntries, qint64(gotIndex.size()));
    QCOMPARE(p->keptEntries, qint64(ci.entries.size() - gotIndex.size()));
    QCOMPARE(p->keptBytes, p->bytesBefore - p->removeBytes);
}

void TestCachePrune::planSizeCap()
{
    const CacheIndex ci = indexOf(standardCache);
    PruneCriteria none;
    none.maxBytes = std::numeric_limits<qint64>::max();
    const auto all = planPrune(ci, none, now);
    QVERIFY(all && all->removals.isEmpty());
    // 15 index files of 175 bytes, the outputs once each (out-s and empty shared).
    QCOMPARE(all->bytesBefore,
             13 * 175 + 1000 + 2000 + 4000 + 8000 + 10 + 500 + 100 + 300 + 300 + 40 + 50 + 60);
    // Least recently used first until 3000 bytes are freed: the 10-day-old
    // entries in scan order, then the 8-day-old one.
    PruneCriteria cap;
    cap.maxBytes = all->bytesBefore - 3000;
    const auto p = planPrune(ci, cap, now);
    QVERIFY(p);
    QStringList got;
    for (const PlannedRemoval &r : p->removals)
        got.append(ci.entries[r.entry].detail);
    QCOMPARE(got, QStringList({"old-a", "old-b", "std-fmt", "st-a", "shared1", "mixed", "t-old",
                               "orphan"}));
    QVERIFY(p->bytesAfter() <= *cap.maxBytes);
    QVERIFY(p->notes.isEmpty());
    // A cap that cannot be met: everything but what was used within the hour.
    cap.maxBytes = 0;
    const auto q = planPrune(ci, cap, now);
    QVERIFY(q);
    QCOMPARE(q->removals.size(), ci.entries.size() - 3);
    QCOMPARE(q->keptRecent.size(), 3);
    QCOMPARE(q->notes.size(), 1);
    QVERIFY2(q->notes.first().contains(QStringLiteral("used within the last hour")),
             qPrintable(q->notes.first()));
    cap.force = PruneForce::Yes;
    const auto r = planPrune(ci, cap, now);
    QCOMPARE(r->removals.size(), ci.entries.size());
    QCOMPARE(r->bytesAfter(), 0);
}

void TestCachePrune::planRefusesNothing()
{
    const CacheIndex ci = indexOf(standardCache);
    const auto p = planPrune(ci, PruneCriteria{}, now);
    QVERIFY(!p);
    QVERIFY(p.error().message.startsWith(QStringLiteral("nothing to prune by")));
    PruneCriteria neg;
    neg.olderThanNs = -1;
    QVERIFY(!planPrune(ci, neg, now));
}

void TestCachePrune::executeRemovesExactlyThePlan()
{
    DiskFixture f;
    const QString dir = f.cache.path();
    const auto index = scanCacheIndex(dir);
    QVERIFY(index);
    QCOMPARE(index->entries.size(), standardCache.size());
    PruneCriteria c;
    c.olderThanNs = goTrimAgeNs;
    const qint64 t = QDateTime::currentMSecsSinceEpoch() * 1000000;
    const auto p = planPrune(*index, c, t);
    QVERIFY(p);
    QStringList expect = listing(dir);
    for (const PlannedRemoval &r : p->removals) {
        const CacheEntry &e = index->entries[r.entry];
        const QString a = f.cache.file(e.key, 'a').mid(dir.size() + 1),
                      d = f.cache.file(e.outputID, 'd').mid(dir.size() + 1);
        if (r.removeIndex)
            expect.removeIf([&](const QString &l) { return l.startsWith(a + QLatin1Char(' ')); });
        if (r.removeOutput)
            expect.removeIf([&](const QString &l) { return l.startsWith(d + QLatin1Char(' ')); });
    }
    QList<std::pair<qint64, qint64>> progress;
    PruneRunOptions o;
    o.progress = [&](qint64 done, qint64 total) { progress.append({done, total}); };
    const auto done = executePrune(*index, *p, o);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QVERIFY(done->skipped.isEmpty());
    QCOMPARE(done->removedEntries, p->removeEntries);
    QCOMPARE(done->removedBytes, p->removeBytes);
    QVERIFY(done->trimRecorded);
    QVERIFY(!progress.isEmpty() && progress.last().first == progress.last().second);
    QStringList after = listing(dir);
    // trim.txt and the side index lock are new; the rest is exactly the plan.
    after.removeIf([](const QString &l) { return l.startsWith(QStringLiteral("trim.txt ")); });
    QCOMPARE(after, expect);
    QCOMPARE(*readTrimTime(dir), t / sec);
    QVERIFY(danglingEntries(dir).isEmpty());
}

void TestCachePrune::executeSkipsFilesUsedSincePlan()
{
    DiskFixture f;
    const auto index = scanCacheIndex(f.cache.path());
    PruneCriteria c;
    c.olderThanNs = goTrimAgeNs;
    const auto p = planPrune(*index, c, QDateTime::currentMSecsSinceEpoch() * 1000000);
    QVERIFY(p);
    // go uses old-a and the orphan's output between the plan and the prune.
    FakeCache::setAge(f.cache.file(f.keys["old-a"], 'a'), 0);
    FakeCache::setAge(f.cache.file(f.outputs["orphan"], 'd'), 0);
    const auto done = executePrune(*index, *p);
    QVERIFY(done);
    QCOMPARE(done->skipped.size(), 2);
    for (const PruneSkip &s : done->skipped)
        QCOMPARE(s.reason, SkipReason::UsedSincePlan);
    QVERIFY(QFileInfo::exists(f.cache.file(f.keys["old-a"], 'a')));
    QVERIFY(QFileInfo::exists(f.cache.file(f.outputs["old-a"], 'd'))); // stays with its entry
    QVERIFY(QFileInfo::exists(f.cache.file(f.outputs["orphan"], 'd')));
    QVERIFY(!QFileInfo::exists(f.cache.file(f.keys["old-b"], 'a')));
    QVERIFY(danglingEntries(f.cache.path()).isEmpty());
}

void TestCachePrune::executeKeepsOutputNamedAgain()
{
    DiskFixture f;
    const auto index = scanCacheIndex(f.cache.path());
    PruneCriteria c;
    c.selection = {f.keys["old-b"]}; // the fixture's outputs carry no package names
    const auto p = planPrune(*index, c, QDateTime::currentMSecsSinceEpoch() * 1000000);
    QVERIFY(p && p->removals.size() == 1 && p->removals.first().removeOutput);
    // A build writes a new entry with the same output after the plan.
    const Digest out = f.outputs["old-b"];
    QFile a(f.cache.file(keyOf("new entry"), 'a'));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(FakeCache::indexLine(keyOf("new entry"), out, 2000, 1));
    a.close();
    const auto done = executePrune(*index, *p);
    QVERIFY(done);
    QCOMPARE(done->skipped.size(), 1);
    QCOMPARE(done->skipped.first().reason, SkipReason::StillNamed);
    QCOMPARE(done->skipped.first().detail,
             QString::fromLatin1(digestHex(keyOf("new entry"))) + QStringLiteral("-a"));
    QVERIFY(!QFileInfo::exists(f.cache.file(f.keys["old-b"], 'a')));
    QVERIFY(QFileInfo::exists(f.cache.file(out, 'd')));
    QVERIFY(danglingEntries(f.cache.path()).isEmpty());
}

void TestCachePrune::executeNeverFollowsLinks()
{
    FakeCache c;
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("precious"));
    QFile t(target);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("do not remove");
    t.close();
    FakeCache::setAge(target, 30 * 86400);
    // An index file that is a link; an output that is a link (named by a
    // real index line); an executable directory whose one entry is a link.
    QVERIFY(QFile::link(target, c.file(keyOf("link-a"), 'a')));
    const Digest linkedOut = keyOf("linked output");
    QVERIFY(QFile::link(target, c.file(linkedOut, 'd')));
    QFile a(c.file(keyOf("names-link"), 'a'));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(FakeCache::indexLine(keyOf("names-link"), linkedOut, 13, 1));
    a.close();
    const Digest exeOut = keyOf("exe dir");
    QDir().mkpath(c.file(exeOut, 'd'));
    QVERIFY(QFile::link(target, c.file(exeOut, 'd') + QStringLiteral("/prog")));
    QFile e(c.file(keyOf("exe"), 'a'));
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write(FakeCache::indexLine(keyOf("exe"), exeOut, 13, 1));
    e.close();
    for (const QString &p :
         {c.file(keyOf("link-a"), 'a'), c.file(linkedOut, 'd'), c.file(keyOf("names-link"), 'a'),
          c.file(exeOut, 'd'), c.file(keyOf("exe"), 'a')})
        FakeCache::setAge(p, 30 * 86400);

    const auto index = scanCacheIndex(c.path());
    QVERIFY(index);
    PruneCriteria all;
    all.olderThanNs = 0;
    all.force = PruneForce::Yes;
    const auto p = planPrune(*index, all, QDateTime::currentMSecsSinceEpoch() * 1000000);
    QVERIFY(p);
    const auto done = executePrune(*index, *p);
    QVERIFY(done);
    QVERIFY(QFileInfo(c.file(keyOf("link-a"), 'a')).isSymLink()); // never planned
    QVERIFY(QFileInfo(c.file(linkedOut, 'd')).isSymLink());       // never planned
    QVERIFY(!QFileInfo::exists(c.file(keyOf("names-link"), 'a')));
    QVERIFY(!QFileInfo::exists(c.file(exeOut, 'd'))); // the link in it unlinked, not followed
    QFile check(target);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("do not remove"));
}

void TestCachePrune::executeRefusesNonCache()
{
    DiskFixture f;
    const auto index = scanCacheIndex(f.cache.path());
    PruneCriteria c;
    c.olderThanNs = 0;
    const auto p = planPrune(*index, c, QDateTime::currentMSecsSinceEpoch() * 1000000);
    QVERIFY(p && !p->removals.isEmpty());
    QVERIFY(QFile::remove(f.cache.path() + QStringLiteral("/README")));
    const QStringList before = listing(f.cache.path());
    const auto done = executePrune(*index, *p);
    QVERIFY(!done);
    QVERIFY2(done.error().message.contains(QStringLiteral("is not a Go build cache")),
             qPrintable(done.error().message));
    QCOMPARE(listing(f.cache.path()), before);
}

void TestCachePrune::executeCancelLeavesNoDanglingEntry()
{
    // Progress comes every 256 files: 600 entries give calls at 256 and 512
    // (removing -a files) and 768, 1024 (removing their outputs).
    for (const qint64 cancelAt : {256, 768}) {
        FakeCache c;
        for (int i = 0; i < 600; ++i)
            c.put(keyOf("entry " + QByteArray::number(i)), "output " + QByteArray::number(i),
                  10 * 86400);
        const auto index = scanCacheIndex(c.path());
        QVERIFY(index);
        PruneCriteria all;
        all.olderThanNs = goTrimAgeNs;
        const auto p = planPrune(*index, all, QDateTime::currentMSecsSinceEpoch() * 1000000);
        QVERIFY(p && p->removals.size() == 600);
        std::atomic_bool cancel{false};
        PruneRunOptions o;
        o.cancel = &cancel;
        o.progress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, 1200);
            if (done == cancelAt)
                cancel = true;
        };
        const auto done = executePrune(*index, *p, o);
        QVERIFY(done);
        QVERIFY(done->cancelled);
        QVERIFY(!done->trimRecorded);
        QCOMPARE(done->removedEntries, qint64(cancelAt < 600 ? cancelAt : 600));
        QCOMPARE(done->removedFiles, cancelAt);
        QVERIFY(danglingEntries(c.path()).isEmpty());
        // Cancelled before it starts: nothing is removed.
        const QStringList before = listing(c.path());
        const auto none = executePrune(*index, *p, o);
        QVERIFY(none && none->cancelled);
        QCOMPARE(none->removedFiles, 0);
        QCOMPARE(listing(c.path()), before);
    }
}

void TestCachePrune::trimMark_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<qint64>("existingOffset"); // trim.txt = now + this; 0: none
    QTest::addColumn<bool>("recorded");
    QTest::newRow("go's age") << "older=go" << qint64(0) << true;
    QTest::newRow("younger age") << "older=2d" << qint64(0) << true;
    QTest::newRow("older age") << "older=10d" << qint64(0) << false;
    QTest::newRow("filtered") << "older=go kind=archive" << qint64(0) << false;
    QTest::newRow("size cap only") << "max=0" << qint64(0) << false;
    QTest::newRow("an older mark is raised") << "older=go" << qint64(-3 * 86400) << true;
    QTest::newRow("a later mark stays") << "older=go" << qint64(600) << true;
    QTest::newRow("a far-future mark is replaced") << "older=go" << qint64(86400) << true;
}

void TestCachePrune::trimMark()
{
    QFETCH(QString, criteria);
    QFETCH(qint64, existingOffset);
    QFETCH(bool, recorded);
    DiskFixture f;
    const qint64 t = QDateTime::currentMSecsSinceEpoch() * 1000000;
    const QString trim = f.cache.path() + QStringLiteral("/trim.txt");
    if (existingOffset != 0)
        f.cache.writeFile(QStringLiteral("trim.txt"), QByteArray::number(t / sec + existingOffset));
    const auto index = scanCacheIndex(f.cache.path());
    const auto p = planPrune(*index, criteriaOf(criteria, *index), t);
    QVERIFY(p);
    const auto done = executePrune(*index, *p);
    QVERIFY(done);
    QCOMPARE(done->trimRecorded, recorded);
    const auto mark = readTrimTime(f.cache.path());
    if (!recorded) {
        QCOMPARE(mark.has_value(), existingOffset != 0);
        return;
    }
    const qint64 want =
        existingOffset > 0 && existingOffset <= 3600 ? t / sec + existingOffset : t / sec;
    QCOMPARE(*mark, want);
    QFile file(trim);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().endsWith('\n')); // go's format: digits only
}

QTEST_GUILESS_MAIN(TestCachePrune)
#include "tst_cacheprune.moc"
