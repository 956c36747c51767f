#include "controllers/testcachecontroller.h"

#include "controllers/cachecontroller.h"
#include "controllers/testcacheprediction.h"
#include "test/testexpire.h"

#include <QDateTime>

namespace kiln::gui
{

TestCacheController::TestCacheController(CacheController *cache, SettleTracker *settle,
                                         QObject *parent)
    : QObject(parent), m_cache(cache), m_prediction(new TestCachePrediction(cache, settle, this)),
      m_loads(this, settle), m_clears(this, settle)
{
    connect(cache, &CacheController::resetDone, this, [this] {
        m_snapshot = TestCacheSnapshot{};
        m_snapshot.dir = m_cache->dir();
        emit snapshotChanged();
    });
    connect(cache, &CacheController::stateChanged, this, [this](CacheController::State state) {
        if (state == CacheController::State::Done || state == CacheController::State::Cancelled)
            load();
    });
}

void TestCacheController::load()
{
    m_loads.start([dir = m_cache->dir(),
                   entries = m_cache->index().entries] { return loadTestCache(dir, entries); },
                  [this](const TestCacheSnapshot &snapshot) {
                      if (snapshot.dir != m_cache->dir())
                          return;
                      m_snapshot = snapshot;
                      emit snapshotChanged();
                  });
}

void TestCacheController::clearTestCache()
{
    const QString dir = m_cache->dir();
    if (dir.isEmpty())
        return;
    m_clears.start(
        [dir] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
            auto done = test::expireTestResults(dir, now);
            return std::pair{done ? QString() : done.error().toString(), test::readTestExpire(dir)};
        },
        [this, dir](const std::pair<QString, std::optional<qint64>> &result) {
            if (dir == m_snapshot.dir) {
                m_snapshot.expireNs = result.second;
                emit snapshotChanged();
            }
            emit cleared(result.first);
            m_prediction->predict(); // every result saved before now is expired
        });
}

} // namespace kiln::gui
