// The Test Cache panel's state: the test results of the cache the
// CacheController scanned (controllers/testcacheload.h), read on a worker
// each time a scan ends, and go clean -testcache.
//
// clearTestCache() is go's: test::expireTestResults writes the current time
// to <GOCACHE>/testexpire.txt (under go's lock); nothing is deleted, and
// every result saved before that time is no longer replayed by go test (or
// by Kiln). The snapshot's expiry follows at once.
//
// prediction() is the open module's forecast (controllers/testcacheprediction.h).
//
// Threading: UI thread only; file work runs through JobTrackers.
#pragma once

#include "controllers/jobtracker.h"
#include "controllers/testcacheload.h"

#include <QObject>

namespace kiln::gui
{

class CacheController;
class SettleTracker;
class TestCachePrediction;

class TestCacheController : public QObject
{
    Q_OBJECT
public:
    TestCacheController(CacheController *cache, SettleTracker *settle, QObject *parent = nullptr);

    const TestCacheSnapshot &snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_loads.isRunning(); }
    CacheController *cache() const { return m_cache; }
    TestCachePrediction *prediction() const { return m_prediction; }

    // go clean -testcache on the scanned cache; cleared() when done.
    void clearTestCache();

signals:
    void snapshotChanged();
    // The expiry was written ("" error) or could not be (go's "go: …" text).
    void cleared(const QString &error);

private:
    void load();

    CacheController *m_cache;
    TestCachePrediction *m_prediction;
    JobTracker<TestCacheSnapshot> m_loads;
    JobTracker<std::pair<QString, std::optional<qint64>>> m_clears;
    TestCacheSnapshot m_snapshot;
};

} // namespace kiln::gui
