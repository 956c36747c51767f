// The cache index the cache panels show: cache::scanCache of one GOCACHE
// directory, run on a thread of the controller's own pool (a scan of a big
// cache holds it for seconds; Qt's global pool stays free for painting).
// Every BatchIntervalMs the UI thread takes what the scan delivered
// (CacheScanChannel) and appends it to index().entries, announcing the rows
// with entriesAboutToBeAppended/entriesAppended, so models call
// beginInsertRows/endInsertRows around the append: the first shards show at
// once and a 200 000-entry cache never blocks the window.
//
// scan() resets the index (aboutToReset/resetDone) and drops a scan still
// running (its cancel flag is set; nothing it still delivers is used).
// cancel() stops the scan between files; the entries found so far stay and
// the state is Cancelled. A directory that is not a Go cache fails with the
// core's message (cache::checkGoCache), which error() returns.
//
// Threading: UI thread only; never blocks (the destructor cancels a running
// scan and waits for it to stop).
#pragma once

#include "cache/cachescan.h"
#include "controllers/jobtracker.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <memory>

class QTimer;

namespace kiln::gui
{

class CacheScanChannel;
class SettleTracker;

class CacheController : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchIntervalMs = 75;
    enum class State { Empty, Scanning, Done, Cancelled, Failed };

    explicit CacheController(SettleTracker *settle, QObject *parent = nullptr);
    ~CacheController() override;

    // Scans dir from the start ("" clears the index).
    void scan(const QString &dir);
    void rescan() { scan(m_index.dir); }
    void cancel();

    State state() const { return m_state; }
    bool isScanning() const { return m_state == State::Scanning; }
    // The entries so far (shard order, orphans last) and, once Done or
    // Cancelled, the scan's summary.
    const cache::CacheIndex &index() const { return m_index; }
    QString dir() const { return m_index.dir; }
    const cache::ScanProgress &progress() const { return m_progress; }
    QString error() const { return m_error; }
    // When the scan started (Unix ns): the panels' ages count from it, so a
    // row's age does not change while one looks at it.
    qint64 scanTimeNs() const { return m_scanTimeNs; }

signals:
    void aboutToReset();
    void resetDone();
    // Rows first..last (inclusive) of index().entries are about to be / were appended.
    void entriesAboutToBeAppended(int first, int last);
    void entriesAppended(int first, int last);
    void progressChanged(const cache::ScanProgress &progress);
    void stateChanged(kiln::gui::CacheController::State state);

private:
    void takeBatch();
    void stopCurrent();
    void setState(State state);

    QPointer<SettleTracker> m_settle;
    QThreadPool m_pool;
    QTimer *m_timer;
    std::shared_ptr<CacheScanChannel> m_channel;
    CancelFlag m_cancel;
    cache::CacheIndex m_index;
    cache::ScanProgress m_progress;
    QString m_error;
    qint64 m_scanTimeNs = 0;
    State m_state = State::Empty;
};

} // namespace kiln::gui
