#include "controllers/cachecontroller.h"

#include "controllers/cachescanchannel.h"
#include "controllers/settletracker.h"

#include <QDateTime>
#include <QDir>
#include <QTimer>

namespace kiln::gui
{

CacheController::CacheController(SettleTracker *settle, QObject *parent)
    : QObject(parent), m_settle(settle), m_timer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_timer->setInterval(BatchIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &CacheController::takeBatch);
}

CacheController::~CacheController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
    if (m_channel && m_settle)
        m_settle->end();
}

void CacheController::stopCurrent()
{
    if (!m_channel)
        return;
    m_cancel->store(true);
    m_channel.reset();
    m_timer->stop();
    if (m_settle)
        m_settle->end();
}

void CacheController::scan(const QString &dirIn)
{
    const QString dir =
        dirIn.isEmpty() ? QString() : QDir::cleanPath(dirIn); // dirIn may be m_index.dir
    stopCurrent();
    emit aboutToReset();
    m_index = cache::CacheIndex{};
    m_index.dir = dir;
    m_progress = {};
    m_error.clear();
    m_scanTimeNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    emit resetDone();
    if (dir.isEmpty()) {
        setState(State::Empty);
        return;
    }
    m_channel = std::make_shared<CacheScanChannel>();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (m_settle)
        m_settle->begin();
    setState(State::Scanning);
    emit progressChanged(m_progress);
    m_pool.start([channel = m_channel, cancel = m_cancel, dir = m_index.dir] {
        cache::ScanOptions options;
        options.cancel = cancel.get();
        auto result = cache::scanCache(
            dir, options, [&](cache::ScanBatch &&batch) { channel->push(std::move(batch)); });
        channel->finish(std::move(result));
    });
    m_timer->start();
}

void CacheController::cancel()
{
    if (m_cancel && isScanning())
        m_cancel->store(true);
}

void CacheController::takeBatch()
{
    if (!m_channel)
        return;
    auto delivery = m_channel->tryTake();
    if (!delivery)
        return;
    if (!delivery->entries.isEmpty()) {
        const int first = int(m_index.entries.size());
        const int last = first + int(delivery->entries.size()) - 1;
        emit entriesAboutToBeAppended(first, last);
        m_index.entries.append(std::move(delivery->entries));
        emit entriesAppended(first, last);
    }
    m_index.summary.problems.append(delivery->problems);
    if (delivery->progress) {
        m_progress = *delivery->progress;
        emit progressChanged(m_progress);
    }
    if (!delivery->finished)
        return;
    auto &result = *delivery->finished;
    m_channel.reset();
    m_timer->stop();
    State state = State::Done;
    if (!result) {
        m_error = result.error().toString();
        state = State::Failed;
    } else {
        m_index.summary = std::move(*result); // its problems include the batches'
        m_progress.entries = m_index.entries.size();
        if (m_index.summary.cancelled)
            state = State::Cancelled;
        else
            m_progress.shardsDone = m_progress.shardsTotal;
        emit progressChanged(m_progress);
    }
    setState(state);
    if (m_settle)
        m_settle->end();
}

void CacheController::setState(State state)
{
    if (m_state == state && state != State::Scanning)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace kiln::gui
