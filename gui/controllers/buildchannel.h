// BuildChannel: how a running build talks to the UI thread. The build's
// worker writes into it (the build's start, the Builder's observer calls as
// exec::BuildEvent values, the text the Builder prints, each finished
// action's record); the UI thread takes everything written so far in one
// batch, on a timer, so the window repaints a few times a second however
// fast actions finish.
//
// Threading: every method is thread-safe. The observer is called on the
// thread that runs Builder::run (see exec/buildevents.h); print() is called
// from the Builder's pool threads; tryTake() on the UI thread never waits.
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
#include <optional>

namespace kiln::exec
{
class Builder;
}

namespace kiln::gui
{

struct BuildBatch {
    std::optional<BuildStart> start;         // once, in the first batch after the graph exists
    QList<exec::BuildEvent> events;          // in call order
    QHash<int, graph::ActionRecord> records; // action → its record, when it finished
    QByteArray output;                       // what the Builder printed, in order
    bool isEmpty() const
    {
        return !start && events.isEmpty() && records.isEmpty() && output.isEmpty();
    }
};

class BuildChannel
{
public:
    void setStart(BuildStart start);
    void print(const QByteArray &text);
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
    BuildBatch takeLocked();

    QMutex m_mutex;
    QList<exec::BuildEvent> m_events;
    std::optional<BuildStart> m_start;
    QHash<int, graph::ActionRecord> m_records;
    QByteArray m_output;
    std::unique_ptr<exec::BuildObserver> m_observer;
};

// Applies a batch's events and records to runs (indexed by action; sized by
// the caller from the build's start) and returns the actions that changed,
// each once, in the order they first changed. A record may arrive in the
// batch before its action's Finished event; it is applied either way.
QList<int> applyBatch(QList<ActionRun> &runs, const BuildBatch &batch);

ActionStatus statusFor(const exec::ActionReport &report);

} // namespace kiln::gui
