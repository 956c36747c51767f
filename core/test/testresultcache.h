// TestResultCache: go test's result cache in GOCACHE (cmd/go/internal/test
// runCache.tryCacheWithID and saveOutput), shared with go: a result either
// tool saved is replayed by the other.
//
// Entries (all written as go's PutNoVerify, i.e. cache::DiskCache::put):
//   testID                           → the test log (testlog.h) of the run
//   testAndInputKey(testID, inputs)  → the test's buffered output, ending in
//                                      "ok  \t<importPath>\t<elapsed>s…\n"
//   coverKey(testID, inputs, covMeta) → the cover profile (-coverprofile), or
//                                      "" as a sentinel when only covMeta is set
// (keys in testcachekey.h, inputs = computeTestInputsID in testinputs.h).
//
// A run of one test package, as go does it:
//   verdict = testCacheVerdict(...)             not cacheable → run without
//                                               -test.testlogfile, no lookup/save
//   id1 = testID(ctx, linkActionID, …)          before linking
//   lookup(id1) hit → print hit output; done
//   link; id2 = testID(ctx, binaryContentID, …); lookup(id2) hit → print; done
//   run with -test.testlogfile=<objdir>testlog.txt (unless -exec)
//   passed → saveTestLogFile({id1, id2}, …); failed → save nothing
//
// Lookup steps and the GODEBUG=gocachetest=1 line of each miss (after
// "testcache: <importPath>: "), in go's order:
//   testID entry missing / bad     "input list not found: <cache error>"
//   not a test log (isTestLog)     "input list malformed"
//   computeTestInputsID fails      its own line ("input list malformed (%q)",
//                                  "input file F: file used as input is too new")
//   (hit so far)                   "test ID <hex> => input ID <hex> => <hex key>"
//   profile wanted, not cached     "cached cover profile missing: <cache error>"
//   covMeta set, sentinel missing  "coverage metadata changed, re-running test: <cache error>"
//   output missing / no final \n   "test output not found: <cache error>" / "test output malformed"
//   output put before the expiry   "test output expired due to go clean -testcache"
//   last line not "ok  \t…\t…"     "test output malformed"
// <cache error> is go's cache error text, "cache entry not found: open
// <GOCACHE>/xx/<hex>-a: no such file or directory" for a missing entry (exact
// for go's own reasons; a corrupt hex or number field keeps Kiln's wording).
//
// Thread-safe (no mutable state); lookups and saves touch only GOCACHE and
// the files the test log names.
#pragma once

#include "cache/diskcache.h"
#include "test/testinputs.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::test
{

struct TestCoverage {
    Digest covMeta{};    // coverMetaID(…) with -coverpkg; all zero otherwise
    QString profileFile; // -coverprofile in effect: the run's temporary profile
                         // (save reads it); lookups then need the cached profile
};

struct TestCacheLookup {
    std::optional<QByteArray> output;   // hit: the cached output as go prints it ("(cached)")
    QByteArray missReason;              // miss: the gocachetest text (table above)
    std::optional<Digest> testInputsID; // once computed
    QString coverProfileFile;           // hit with a profile wanted: the cached profile
    bool hit() const { return output.has_value(); }
};

struct TestCacheSave {
    bool saved = false;
    QByteArray skippedReason; // not saved: the gocachetest text ("reading testlog: …")
    QStringList putErrors;    // GOCACHE write failures (go ignores them too)
};

class TestResultCache
{
public:
    // expireNanos: readTestExpire(cache.dir()) when the run starts (go reads
    // testexpire.txt once per go test).
    TestResultCache(cache::DiskCache cache, std::optional<qint64> expireNanos);

    // testcachekey.h's testID, plus go's line
    // "testcache: <importPath>: test ID <hex of binaryID's bytes> => <hex>".
    Digest testID(const TestInputsContext &ctx, const QString &binaryID,
                  const QStringList &hashedArgs, const QStringList &execCmd) const;

    TestCacheLookup lookup(const Digest &testID, const TestInputsContext &ctx,
                           const TestCoverage &coverage = {}) const;

    // go's saveOutput for a passed run: testIDs are id1 then id2, whichever
    // were computed (none: nothing happens). The inputs ID is computed from
    // testLog now, so a log naming a too-new file is not saved.
    TestCacheSave save(const QList<Digest> &testIDs, const QByteArray &testLog,
                       const QByteArray &output, const TestInputsContext &ctx,
                       const TestCoverage &coverage = {});
    // The same, reading the log as go does (its error is the skip reason).
    TestCacheSave saveTestLogFile(const QList<Digest> &testIDs, const QString &testLogFile,
                                  const QByteArray &output, const TestInputsContext &ctx,
                                  const TestCoverage &coverage = {});

    const cache::DiskCache &diskCache() const { return m_cache; }
    std::optional<qint64> expireNanos() const { return m_expireNanos; }

private:
    cache::DiskCache m_cache;
    std::optional<qint64> m_expireNanos;
};

} // namespace kiln::test
