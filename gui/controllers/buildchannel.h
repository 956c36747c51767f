// BuildChannel: how a running build talks to the UI thread. The build's
// worker writes into it (the build's start, the Builder's observer calls as
// exec::BuildEvent values, the text the Builder prints, each finished
// action's record); the UI thread takes everything written so far in one
// batch, on a timer, so the window repaints a few times a second however
// fast actions finish.
//
// A test run's output (go test) is turned into test2json events here, on
// the thread that reports it (the action's worker), with one
// Test2JsonConverter per "test run" action, so the UI thread only receives
// values; the observer closes an action's converter before it reports the
// action finished, so the package's final event comes in the same batch as
// the action's Finished event, or an earlier one.
//
// Threading: every method is thread-safe. The observer is called on the
// thread that runs Builder::run (see exec/buildevents.h); print() and
// testOutput() are called from the Builder's pool threads (testOutput() for
// one action from one thread at a time); tryTake() on the UI thread never
// waits.
// That is why the channel keeps its own queue instead of draining an
// exec::BuildEventLog, whose take() blocks on its mutex: a low-priority
// (niced) build thread preempted while holding that mutex would keep the UI
// thread waiting — a priority inversion. tryTake() only tries the lock and
// leaves the batch for the next tick when a writer holds it.
#pragma once

#include "controllers/buildrun.h"
#include "exec/buildevents.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <map>
#include <memory>
#include <optional>

namespace kiln::exec
{
class Builder;
}

namespace kiln::test
{
class Test2JsonConverter;
}

namespace kiln::gui
{

// Printed text of one kind; consecutive prints of a kind share a chunk.
struct OutputChunk {
    OutputKind kind = OutputKind::Build;
    QByteArray text;
};

struct BuildBatch {
    std::optional<BuildStart> start;         // once, in the first batch after the graph exists
    QList<exec::BuildEvent> events;          // in call order
    QHash<int, graph::ActionRecord> records; // action → its record, when it finished
    QList<OutputChunk> output;               // what was printed, in order
    QList<TestEvent> testEvents;             // in the order each run produced them
    bool isEmpty() const
    {
        return !start && events.isEmpty() && records.isEmpty() && output.isEmpty() &&
               testEvents.isEmpty();
    }
};

class BuildChannel
{
public:
    BuildChannel();
    ~BuildChannel();

    void setStart(BuildStart start);
    // Build: what the Builder prints (stderr's text). Test: go test's
    // stdout is OutputKind::TestOut.
    void print(const QByteArray &text, OutputKind kind = OutputKind::Build);
    // A test run's output (test::RunSettings::runOutput) for the package
    // with import path package, converted to test2json events.
    void testOutput(int action, const QString &package, const QByteArray &text);
    // A package that failed its setup (no action): its "FAIL\tP [setup
    // failed]" line as a failed run of its own.
    void testSetupFailed(const QString &package, const QByteArray &line);
    // The observer to hand to Builder::run; valid while the channel lives.
    // It copies builder's record of each action as the action finishes.
    exec::BuildObserver *observer(const exec::Builder &builder);

    // Everything written since the last take. tryTake() returns nullopt
    // without waiting when a writer holds the lock; take() waits.
    std::optional<BuildBatch> tryTake();
    BuildBatch take();

private:
    class Observer;
    friend class Observer;
    void addEvent(exec::BuildEvent event);
    void addRecord(int action, const graph::ActionRecord &record);
    void addTestEvents(QList<TestEvent> events);
    // The action's run ended: its converter's exited() and close().
    void finishTestRun(int action);
    BuildBatch takeLocked();

    struct TestRun;
    QMutex m_mutex;
    QList<exec::BuildEvent> m_events;
    std::optional<BuildStart> m_start;
    QHash<int, graph::ActionRecord> m_records;
    QList<OutputChunk> m_output;
    QList<TestEvent> m_testEvents;
    std::unique_ptr<exec::BuildObserver> m_observer;
    QMutex m_testRunsMutex; // the map only; each run is used by one thread at a time
    std::map<int, std::unique_ptr<TestRun>> m_testRuns;
};

// Applies a batch's events and records to runs (indexed by action; sized by
// the caller from the build's start) and returns the actions that changed,
// each once, in the order they first changed. A record may arrive in the
// batch before its action's Finished event; it is applied either way.
QList<int> applyBatch(QList<ActionRun> &runs, const BuildBatch &batch);

ActionStatus statusFor(const exec::ActionReport &report);

} // namespace kiln::gui
