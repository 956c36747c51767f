// Build events: what the Scheduler reports while it runs a Plan, as plain
// values, and the BuildObserver interface it reports them through.
//
// Threading contract: the Scheduler calls every observer method on the thread
// that called Scheduler::run(), one call at a time (never concurrently, never
// re-entrantly), while run() is blocked in it. The work itself runs on pool
// threads; its results are handed back to the calling thread before they are
// reported. A GUI adapter can therefore forward each call as a queued signal
// carrying these values (or batch them with BuildEventLog), and an observer
// needs no lock of its own. Observer methods should return quickly: no new
// work starts while one runs. They may set the build's cancel flag.
//
// Order of the calls for one action: actionReady, then (if its work is
// called) actionStarted, then actionOutput (if it produced output), then
// actionFinished, exactly once. Actions that never become ready because the
// build was cancelled get only actionFinished (Cancelled). buildFinished is
// the last call.
//
// Times are nanoseconds from the Clock (the default is wall-clock time since
// the Unix epoch, what go prints as TimeReady/TimeStart/TimeDone).
#pragma once

#include "exec/plan.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QString>

#include <chrono>
#include <functional>

namespace kiln::exec
{

// Nanoseconds. Must be callable from any thread: the Scheduler reads it on
// pool threads when work returns.
using Clock = std::function<qint64()>;

inline qint64 wallClockNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

struct ActionReport {
    Outcome outcome = Outcome::Succeeded;
    bool cacheHit = false; // the work found its result in the cache
    int worker = -1;       // worker slot 0..workers-1 that ran it; -1 when the work was not called
    qint64 readyNs = -1;   // -1: never became ready (cancelled before)
    qint64 startNs = -1;   // -1: the work was not called
    qint64 doneNs = -1;
};

struct BuildSummary {
    int actions = 0;   // nodes in the plan
    int run = 0;       // work calls made
    int succeeded = 0; // Outcome::Succeeded (including cache hits)
    int cacheHits = 0;
    int failed = 0;     // Outcome::Failed
    int skipped = 0;    // Outcome::Skipped
    int cancelled = 0;  // Outcome::Cancelled (started or not)
    qint64 wallNs = 0;  // Clock time from the start of run() to its end
    QString graphError; // checkGraph's message when the graph was refused (nothing ran)

    bool ok() const
    {
        return failed == 0 && skipped == 0 && cancelled == 0 && graphError.isEmpty();
    }
};

// Default methods do nothing, so an observer overrides only what it needs.
class BuildObserver
{
public:
    virtual ~BuildObserver() = default;
    virtual void actionReady(int action, qint64 ns)
    {
        Q_UNUSED(action)
        Q_UNUSED(ns)
    }
    virtual void actionStarted(int action, int worker, qint64 ns)
    {
        Q_UNUSED(action)
        Q_UNUSED(worker)
        Q_UNUSED(ns)
    }
    virtual void actionOutput(int action, const QByteArray &output)
    {
        Q_UNUSED(action)
        Q_UNUSED(output)
    }
    virtual void actionFinished(int action, const ActionReport &report)
    {
        Q_UNUSED(action)
        Q_UNUSED(report)
    }
    virtual void buildFinished(const BuildSummary &summary) { Q_UNUSED(summary) }
};

// One observer call as a value.
struct BuildEvent {
    enum class Kind { Ready, Started, Output, Finished, BuildFinished };
    Kind kind = Kind::Ready;
    int action = -1;      // -1 for BuildFinished
    int worker = -1;      // Started
    qint64 ns = 0;        // Ready, Started
    QByteArray output;    // Output
    ActionReport report;  // Finished
    BuildSummary summary; // BuildFinished
};

// An observer that keeps every call as a BuildEvent; another thread (the GUI,
// on a timer) may take them in batches. take() is thread-safe.
class BuildEventLog : public BuildObserver
{
public:
    void actionReady(int action, qint64 ns) override
    {
        add({BuildEvent::Kind::Ready, action, -1, ns, {}, {}, {}});
    }
    void actionStarted(int action, int worker, qint64 ns) override
    {
        add({BuildEvent::Kind::Started, action, worker, ns, {}, {}, {}});
    }
    void actionOutput(int action, const QByteArray &output) override
    {
        add({BuildEvent::Kind::Output, action, -1, 0, output, {}, {}});
    }
    void actionFinished(int action, const ActionReport &report) override
    {
        add({BuildEvent::Kind::Finished, action, report.worker, report.doneNs, {}, report, {}});
    }
    void buildFinished(const BuildSummary &summary) override
    {
        add({BuildEvent::Kind::BuildFinished, -1, -1, 0, {}, {}, summary});
    }

    // The events since the last take(), in call order.
    QList<BuildEvent> take()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_events, {});
    }

private:
    void add(BuildEvent e)
    {
        QMutexLocker lock(&m_mutex);
        m_events.append(std::move(e));
    }

    QMutex m_mutex;
    QList<BuildEvent> m_events;
};

} // namespace kiln::exec
