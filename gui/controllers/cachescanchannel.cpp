#include "controllers/cachescanchannel.h"

namespace kiln::gui
{

void CacheScanChannel::push(cache::ScanBatch &&batch)
{
    QMutexLocker lock(&m_mutex);
    if (m_pending.entries.isEmpty())
        m_pending.entries = std::move(batch.entries);
    else
        m_pending.entries.append(std::move(batch.entries));
    m_pending.problems.append(batch.problems);
    m_pending.progress = batch.progress;
}

void CacheScanChannel::finish(Result<cache::ScanSummary> &&result)
{
    QMutexLocker lock(&m_mutex);
    m_pending.finished = std::move(result);
}

std::optional<CacheScanDelivery> CacheScanChannel::tryTake()
{
    if (!m_mutex.tryLock())
        return std::nullopt;
    std::optional<CacheScanDelivery> out;
    if (!m_pending.isEmpty())
        out = std::exchange(m_pending, CacheScanDelivery{});
    m_mutex.unlock();
    return out;
}

} // namespace kiln::gui
