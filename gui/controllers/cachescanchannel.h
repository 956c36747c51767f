// CacheScanChannel: how a running cache scan (cache::scanCache on a worker)
// hands its batches to the UI thread. The worker appends each shard's batch
// and finally the scan's result; the UI thread takes everything written so
// far on a timer (CacheController), so the models grow a few times a second
// however fast shards are scanned.
//
// Threading: push() and finish() on the worker; tryTake() on the UI thread
// never waits — when the worker holds the lock it returns nothing and the
// batch waits for the next tick (as BuildChannel does, for the same reason:
// no priority inversion with a busy worker).
#pragma once

#include "cache/cachescan.h"

#include <QMutex>
#include <optional>

namespace kiln::gui
{

struct CacheScanDelivery {
    QList<cache::CacheEntry> entries;
    QStringList problems;
    std::optional<cache::ScanProgress> progress; // the latest, when any batch came
    // Set once, in the last delivery: the scan's result.
    std::optional<Result<cache::ScanSummary>> finished;
    bool isEmpty() const { return entries.isEmpty() && !progress && !finished; }
};

class CacheScanChannel
{
public:
    void push(cache::ScanBatch &&batch);
    void finish(Result<cache::ScanSummary> &&result);
    // Everything since the last take; nullopt when nothing is new or the
    // worker holds the lock right now.
    std::optional<CacheScanDelivery> tryTake();

private:
    QMutex m_mutex;
    CacheScanDelivery m_pending;
};

} // namespace kiln::gui
