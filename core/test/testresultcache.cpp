#include "test/testresultcache.h"

#include "test/cacheread.h"
#include "test/testcachekey.h"
#include "test/testinputrecord.h"
#include "test/testlog.h"

namespace kiln::test
{

namespace
{

bool isZero(const Digest &d)
{
    return d == Digest{};
}

TestCacheLookup miss(const TestInputsContext &ctx, const QByteArray &reason)
{
    tracePackage(ctx, reason);
    TestCacheLookup l;
    l.missReason = reason;
    return l;
}

// The gocachetest text for a stage whose bytes are unusable.
QByteArray unusable(const GoCacheRead &r, const char *notFound, const char *malformed)
{
    return r.ok() ? QByteArray(malformed) : QByteArray(notFound) + ": " + r.error;
}

} // namespace

TestResultCache::TestResultCache(cache::DiskCache cache, std::optional<qint64> expireNanos)
    : m_cache(std::move(cache)), m_expireNanos(expireNanos)
{
}

Digest TestResultCache::testID(const TestInputsContext &ctx, const QString &binaryID,
                               const QStringList &hashedArgs, const QStringList &execCmd) const
{
    const Digest id = kiln::test::testID(binaryID, hashedArgs, execCmd, ctx.salt, ctx.traces.hash);
    tracePackage(ctx, "test ID " + binaryID.toUtf8().toHex() + " => " + digestHex(id));
    return id;
}

TestCacheLookup TestResultCache::lookup(const Digest &testID, const TestInputsContext &ctx,
                                        const TestCoverage &coverage) const
{
    const cache::HashTrace *trace = ctx.traces.hash;
    // Stage 1: the log of the last run under testID names the inputs.
    const GoCacheRead log = goGetBytes(m_cache, testID);
    if (!isTestLog(log.data))
        return miss(ctx, unusable(log, "input list not found", "input list malformed"));
    const auto inputs = computeTestInputsID(log.data, ctx);
    if (!inputs) { // computeTestInputsID printed go's line already
        TestCacheLookup l;
        l.missReason = inputs.error();
        return l;
    }
    tracePackage(ctx, "test ID " + digestHex(testID) + " => input ID " + digestHex(*inputs) +
                          " => " + digestHex(testAndInputKey(testID, *inputs, trace)));

    // Stage 2: the output saved for exactly these inputs.
    const GoCacheRead out = goGetBytes(m_cache, testAndInputKey(testID, *inputs, trace));
    TestCacheLookup l;
    l.testInputsID = *inputs;
    if (!coverage.profileFile.isEmpty() || !isZero(coverage.covMeta)) {
        const GoCacheRead profile =
            goGetFile(m_cache, coverProfileAndInputKey(testID, *inputs, coverage.covMeta, trace));
        if (!profile.ok()) {
            l.missReason = coverage.profileFile.isEmpty()
                               ? "coverage metadata changed, re-running test: " + profile.error
                               : "cached cover profile missing: " + profile.error;
            tracePackage(ctx, l.missReason);
            return l;
        }
        if (!coverage.profileFile.isEmpty())
            l.coverProfileFile = profile.file;
    }
    if (out.data.isEmpty() || !out.data.endsWith('\n'))
        l.missReason = unusable(out, "test output not found", "test output malformed");
    else if (m_expireNanos && out.entry.timeNanos < *m_expireNanos)
        l.missReason = "test output expired due to go clean -testcache";
    else if (auto printed = cachedOutputForPrint(out.data))
        l.output = std::move(*printed);
    else
        l.missReason = "test output malformed";
    if (!l.hit()) {
        l.coverProfileFile.clear();
        tracePackage(ctx, l.missReason);
    }
    return l;
}

TestCacheSave TestResultCache::saveTestLogFile(const QList<Digest> &testIDs,
                                               const QString &testLogFile, const QByteArray &output,
                                               const TestInputsContext &ctx,
                                               const TestCoverage &coverage)
{
    if (testIDs.isEmpty())
        return {};
    const auto log = readTestLogFile(testLogFile);
    if (!log) {
        TestCacheSave s;
        s.skippedReason = "reading testlog: " + log.error();
        tracePackage(ctx, s.skippedReason);
        return s;
    }
    return save(testIDs, *log, output, ctx, coverage);
}

TestCacheSave TestResultCache::save(const QList<Digest> &testIDs, const QByteArray &testLog,
                                    const QByteArray &output, const TestInputsContext &ctx,
                                    const TestCoverage &coverage)
{
    TestCacheSave s;
    if (testIDs.isEmpty())
        return s;
    if (!isTestLog(testLog)) {
        s.skippedReason = "reading testlog: malformed";
        tracePackage(ctx, s.skippedReason);
        return s;
    }
    const auto inputs = computeTestInputsID(testLog, ctx);
    if (!inputs) {
        s.skippedReason = inputs.error();
        return s;
    }
    std::optional<QByteArray> profile;
    if (!coverage.profileFile.isEmpty()) {
        const auto read = readTestLogFile(coverage.profileFile); // os.ReadFile, go's error text
        if (!read) {
            s.skippedReason = "reading cover profile: " + read.error();
            tracePackage(ctx, s.skippedReason);
            return s;
        }
        profile = *read;
    }
    const cache::HashTrace *trace = ctx.traces.hash;
    auto put = [&](const Digest &key, const QByteArray &data) {
        if (auto r = m_cache.put(key, data); !r)
            s.putErrors.append(r.error().message);
    };
    for (const Digest &id : testIDs) {
        tracePackage(ctx, "save test ID " + digestHex(id) + " => input ID " + digestHex(*inputs) +
                              " => " + digestHex(testAndInputKey(id, *inputs, trace)));
        put(id, testLog);
        put(testAndInputKey(id, *inputs, trace), output);
        if (profile)
            put(coverProfileAndInputKey(id, *inputs, coverage.covMeta, trace), *profile);
        else if (!isZero(coverage.covMeta)) // lets lookups see that covMeta is unchanged
            put(coverProfileAndInputKey(id, *inputs, coverage.covMeta, trace), QByteArray());
    }
    (void)recordTestInputs(m_cache, testIDs, testLog, *inputs, ctx); // Kiln's side record
    s.saved = true;
    return s;
}

} // namespace kiln::test
