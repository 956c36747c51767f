#include "controllers/testcacheprediction.h"

#include "cache/cachescan.h"
#include "controllers/cachecontroller.h"

namespace kiln::gui
{

TestCachePrediction::TestCachePrediction(CacheController *cache, SettleTracker *settle,
                                         QObject *parent)
    : QObject(parent), m_cache(cache), m_jobs(this, settle), m_invalidations(this, settle)
{
}

void TestCachePrediction::setInput(const exec::PipelineInput &input)
{
    m_input = input;
    if (!hasInput()) {
        m_snapshot = PredictionSnapshot{};
        m_keyPackages.clear();
        emit snapshotChanged();
    }
}

void TestCachePrediction::predict()
{
    if (!hasInput())
        return;
    exec::PipelineInput input = m_input;
    emit predictingChanged(true);
    m_jobs.start(
        [input](CancelFlag cancel) mutable {
            input.cancel = cancel.get();
            PredictionSnapshot out;
            out.moduleDir = input.workingDir;
            auto r = test::predictTests(input);
            if (!r) {
                out.error = r.error().toString();
                return out;
            }
            out.cacheDir = r->cacheDir;
            out.packages = std::move(r->packages);
            return out;
        },
        [this](const PredictionSnapshot &snapshot) {
            m_snapshot = snapshot;
            m_keyPackages.clear();
            for (const test::PackagePrediction &p : snapshot.packages)
                for (const Digest &key : p.resultKeys)
                    m_keyPackages.insert(digestBytes(key), p.importPath);
            emit predictingChanged(false);
            emit snapshotChanged();
        });
}

void TestCachePrediction::invalidate(const QStringList &importPaths)
{
    const QString dir = m_snapshot.cacheDir;
    if (dir.isEmpty() || importPaths.isEmpty())
        return;
    QList<Digest> keys;
    for (const test::PackagePrediction &p : m_snapshot.packages)
        if (importPaths.contains(p.importPath))
            keys << p.resultKeys;
    // The scan the panel shows, when it is of the same cache.
    std::optional<QList<cache::CacheEntry>> entries;
    if (m_cache->dir() == dir && !m_cache->isScanning())
        entries = m_cache->index().entries;
    m_invalidations.start(
        [dir, keys, importPaths, entries] {
            InvalidateOutcome out;
            QList<Digest> all = keys;
            if (entries) {
                all << test::savedOutputKeys(*entries, importPaths);
            } else if (auto index = cache::scanCacheIndex(dir)) {
                all << test::savedOutputKeys(index->entries, importPaths);
            }
            auto removed = test::invalidateTestResults(dir, all);
            if (removed)
                out.removed = *removed;
            else
                out.error = removed.error().toString();
            return out;
        },
        [this](const InvalidateOutcome &outcome) {
            emit invalidated(outcome);
            predict();
            if (!m_cache->dir().isEmpty())
                m_cache->rescan();
        });
}

} // namespace kiln::gui
