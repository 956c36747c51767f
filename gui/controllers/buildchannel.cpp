#include "controllers/buildchannel.h"

#include "exec/builder.h"

#include <QMutexLocker>
#include <QSet>

namespace kiln::gui
{

// Turns every call into a BuildEvent; on actionFinished it first copies the
// action's record. The Builder finished writing that record before the
// scheduler reported the action (it hands work results back to this
// thread), so reading it here is ordered after those writes.
class BuildChannel::Observer : public exec::BuildObserver
{
public:
    Observer(BuildChannel &channel, const exec::Builder &builder)
        : m_channel(channel), m_builder(builder)
    {
    }
    void actionReady(int action, qint64 ns) override
    {
        m_channel.addEvent({exec::BuildEvent::Kind::Ready, action, -1, ns, {}, {}, {}});
    }
    void actionStarted(int action, int worker, qint64 ns) override
    {
        m_channel.addEvent({exec::BuildEvent::Kind::Started, action, worker, ns, {}, {}, {}});
    }
    void actionOutput(int action, const QByteArray &output) override
    {
        m_channel.addEvent({exec::BuildEvent::Kind::Output, action, -1, 0, output, {}, {}});
    }
    void actionFinished(int action, const exec::ActionReport &report) override
    {
        m_channel.addRecord(action, m_builder.records().at(action));
        m_channel.addEvent({exec::BuildEvent::Kind::Finished,
                            action,
                            report.worker,
                            report.doneNs,
                            {},
                            report,
                            {}});
    }
    void buildFinished(const exec::BuildSummary &summary) override
    {
        m_channel.addEvent({exec::BuildEvent::Kind::BuildFinished, -1, -1, 0, {}, {}, summary});
    }

private:
    BuildChannel &m_channel;
    const exec::Builder &m_builder;
};

void BuildChannel::setStart(BuildStart start)
{
    QMutexLocker lock(&m_mutex);
    m_start = std::move(start);
}

void BuildChannel::print(const QByteArray &text)
{
    QMutexLocker lock(&m_mutex);
    m_output.append(text);
}

exec::BuildObserver *BuildChannel::observer(const exec::Builder &builder)
{
    m_observer = std::make_unique<Observer>(*this, builder);
    return m_observer.get();
}

void BuildChannel::addRecord(int action, const graph::ActionRecord &record)
{
    QMutexLocker lock(&m_mutex);
    m_records.insert(action, record);
}

void BuildChannel::addEvent(exec::BuildEvent event)
{
    QMutexLocker lock(&m_mutex);
    m_events.append(std::move(event));
}

BuildBatch BuildChannel::takeLocked()
{
    BuildBatch batch;
    batch.start = std::exchange(m_start, std::nullopt);
    batch.events = std::exchange(m_events, {});
    batch.records = std::exchange(m_records, {});
    batch.output = std::exchange(m_output, {});
    return batch;
}

std::optional<BuildBatch> BuildChannel::tryTake()
{
    if (!m_mutex.tryLock())
        return std::nullopt;
    BuildBatch batch = takeLocked();
    m_mutex.unlock();
    return batch;
}

BuildBatch BuildChannel::take()
{
    QMutexLocker lock(&m_mutex);
    return takeLocked();
}

ActionStatus statusFor(const exec::ActionReport &report)
{
    switch (report.outcome) {
    case exec::Outcome::Succeeded:
        return report.cacheHit ? ActionStatus::CacheHit : ActionStatus::Built;
    case exec::Outcome::Failed:
        return ActionStatus::Failed;
    case exec::Outcome::Skipped:
        return ActionStatus::Skipped;
    case exec::Outcome::Cancelled:
        return ActionStatus::Cancelled;
    }
    return ActionStatus::Failed;
}

QList<int> applyBatch(QList<ActionRun> &runs, const BuildBatch &batch)
{
    QList<int> changed;
    QSet<int> seen;
    const auto touch = [&](int action) -> ActionRun * {
        if (action < 0 || action >= runs.size())
            return nullptr;
        if (!seen.contains(action)) {
            seen.insert(action);
            changed.append(action);
        }
        return &runs[action];
    };
    for (const exec::BuildEvent &e : batch.events) {
        ActionRun *run = touch(e.action);
        if (!run)
            continue;
        switch (e.kind) {
        case exec::BuildEvent::Kind::Ready:
            run->status = ActionStatus::Ready;
            run->readyNs = e.ns;
            break;
        case exec::BuildEvent::Kind::Started:
            run->status = ActionStatus::Running;
            run->worker = e.worker;
            run->startNs = e.ns;
            break;
        case exec::BuildEvent::Kind::Finished:
            run->status = statusFor(e.report);
            run->worker = e.report.worker;
            run->readyNs = qMax<qint64>(0, e.report.readyNs);
            run->startNs = qMax<qint64>(0, e.report.startNs);
            run->doneNs = e.report.doneNs > 0 ? e.report.doneNs : 1;
            break;
        case exec::BuildEvent::Kind::Output:
        case exec::BuildEvent::Kind::BuildFinished:
            break;
        }
    }
    for (auto it = batch.records.constBegin(); it != batch.records.constEnd(); ++it)
        if (ActionRun *run = touch(it.key()))
            run->record = *it;
    return changed;
}

} // namespace kiln::gui
