#include "controllers/buildchannel.h"

#include "exec/builder.h"
#include "test/test2json.h"

#include <QMutexLocker>
#include <QSet>

namespace kiln::gui
{

// One test run's converter. Its sink collects events into pending, which
// the feeding thread hands to the channel after each feed. tail keeps the
// end of the output: the last line is the verdict, and go's exit status
// follows from it ("FAIL\tP …" after a failure, "ok"/"?" otherwise).
struct BuildChannel::TestRun {
    explicit TestRun(const QString &package)
        : converter(package, [this](const test::Test2JsonEvent &e, const QByteArray &) {
              pending.append(e);
          })
    {
    }
    // The converter's "start" event is pending from construction on.
    QList<test::Test2JsonEvent> pending;
    test::Test2JsonConverter converter;
    QByteArray tail;

    void feed(const QByteArray &text)
    {
        converter.feed(text);
        tail = (tail + text).right(4096);
    }
    void close()
    {
        QByteArray last = tail;
        if (last.endsWith('\n'))
            last.chop(1);
        last = last.mid(last.lastIndexOf('\n') + 1);
        const bool failed = last.startsWith("FAIL\t") || last.startsWith("\x16"
                                                                         "FAIL\t");
        converter.exited(failed ? test::TestExit::Failure : test::TestExit::Success);
        converter.close();
    }
    QList<TestEvent> take(int action)
    {
        QList<TestEvent> out;
        out.reserve(pending.size());
        for (test::Test2JsonEvent &e : pending)
            out.append({action, std::move(e)});
        pending.clear();
        return out;
    }
};

BuildChannel::BuildChannel() = default;
BuildChannel::~BuildChannel() = default;

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
        m_channel.finishTestRun(action);
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

void BuildChannel::print(const QByteArray &text, OutputKind kind)
{
    if (text.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_output.isEmpty() && m_output.last().kind == kind)
        m_output.last().text.append(text);
    else
        m_output.append({kind, text});
}

void BuildChannel::testOutput(int action, const QString &package, const QByteArray &text)
{
    TestRun *run = nullptr;
    {
        QMutexLocker lock(&m_testRunsMutex);
        std::unique_ptr<TestRun> &slot = m_testRuns[action];
        if (!slot)
            slot = std::make_unique<TestRun>(package);
        run = slot.get();
    }
    // Parsing happens outside both locks; only this action's worker uses run.
    run->feed(text);
    addTestEvents(run->take(action));
}

void BuildChannel::finishTestRun(int action)
{
    std::unique_ptr<TestRun> run;
    {
        QMutexLocker lock(&m_testRunsMutex);
        auto it = m_testRuns.find(action);
        if (it == m_testRuns.end())
            return;
        run = std::move(it->second);
        m_testRuns.erase(it);
    }
    run->close();
    addTestEvents(run->take(action));
}

void BuildChannel::testSetupFailed(const QString &package, const QByteArray &line)
{
    TestRun run(package);
    run.feed(line);
    run.close();
    addTestEvents(run.take(-1));
}

void BuildChannel::addTestEvents(QList<TestEvent> events)
{
    if (events.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    m_testEvents.append(std::move(events));
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
    batch.testEvents = std::exchange(m_testEvents, {});
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
