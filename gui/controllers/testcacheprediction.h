// The Test Cache panel's prediction for the open module: per tested package,
// whether the next go test (the window's Test: its patterns and test
// settings) replays the cached result, why not, and what go cannot see
// (test/testprediction.h — no tool runs; GOCACHE is only read). And
// Invalidate: the selected packages' results removed from GOCACHE.
//
// predict() runs test::predictTests on a JobTracker (a newer request drops
// an older result); it needs an input (setInput: toolchain, the build
// environment, the module, the go test arguments). invalidate() removes the
// keys of the packages' current lookups plus every saved output of theirs in
// the scanned cache (test::savedOutputKeys over the CacheController's
// index, or a scan of its own when the prediction's GOCACHE is another
// folder), then predicts again and asks the cache to rescan.
//
// Threading: UI thread only; the work runs on QtConcurrent's pool.
#pragma once

#include "controllers/jobtracker.h"
#include "exec/buildpipeline.h"
#include "test/testprediction.h"

#include <QHash>
#include <QObject>

namespace kiln::gui
{

class CacheController;

struct PredictionSnapshot {
    QString moduleDir;
    QString cacheDir; // the GOCACHE the prediction read ("" before the first)
    QList<test::PackagePrediction> packages;
    QString error; // why there is no prediction (go test's own error text)
};

struct InvalidateOutcome {
    int removed = 0;
    QString error;
};

class TestCachePrediction : public QObject
{
    Q_OBJECT
public:
    TestCachePrediction(CacheController *cache, SettleTracker *settle, QObject *parent = nullptr);

    // input.args: what follows "go test". An input without a working
    // directory (no module) clears the prediction.
    void setInput(const exec::PipelineInput &input);
    bool hasInput() const { return !m_input.workingDir.isEmpty(); }
    void predict();
    void invalidate(const QStringList &importPaths);

    const PredictionSnapshot &snapshot() const { return m_snapshot; }
    bool isPredicting() const { return m_jobs.isRunning(); }
    bool isInvalidating() const { return m_invalidations.isRunning(); }
    // The tested package whose lookups use this key (a test log's test ID or
    // an output's key); "" when none does.
    QString packageOfKey(const Digest &key) const { return m_keyPackages.value(digestBytes(key)); }

signals:
    void predictingChanged(bool running);
    void snapshotChanged();
    void invalidated(const InvalidateOutcome &outcome);

private:
    CacheController *m_cache;
    exec::PipelineInput m_input;
    JobTracker<PredictionSnapshot> m_jobs;
    JobTracker<InvalidateOutcome> m_invalidations;
    PredictionSnapshot m_snapshot;
    QHash<QByteArray, QString> m_keyPackages; // digestBytes(key) → import path
};

} // namespace kiln::gui
