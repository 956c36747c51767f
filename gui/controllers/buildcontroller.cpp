#include "controllers/buildcontroller.h"

#include "controllers/testjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

namespace kiln::gui
{

BuildController::BuildController(SettleTracker *settle, QObject *parent)
    : QObject(parent), m_settle(settle), m_cleanJobs(this, settle),
      m_environment(QProcessEnvironment::systemEnvironment()), m_batchTimer(new QTimer(this))
{
    m_pool.setObjectName(QStringLiteral("kilnBuild"));
    m_pool.setMaxThreadCount(1);
    qRegisterMetaType<BuildStart>();
    qRegisterMetaType<BuildOutcome>();
    qRegisterMetaType<QList<TestEvent>>();
    m_batchTimer->setInterval(BatchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, &BuildController::takeBatch);
}

BuildController::~BuildController()
{
    // The worker keeps its channel alive (shared); it only needs to stop, and
    // ~QThreadPool waits for that.
    if (m_cancel)
        m_cancel->store(true);
    if (m_program) {
        m_program->disconnect(this);
        m_program->kill(); // ~QProcess reaps it
    }
}

void BuildController::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

QStringList BuildController::argumentsFor(const BuildRequest &request, const QString &runDir)
{
    QStringList args = request.settings.buildArguments();
    if (request.kind == BuildKind::Run)
        args << QStringLiteral("-o") << runDir + QLatin1Char('/');
    if (request.kind == BuildKind::Test)
        args << request.testSettings.testArguments();
    return args + request.patterns;
}

void BuildController::start(const BuildRequest &request)
{
    if (m_running)
        return;
    m_request = request;
    m_stopped = false;
    m_running = true;
    m_outcome = BuildOutcome{};
    m_outcome.kind = request.kind;
    m_start = BuildStart{};
    m_runs.clear();
    m_failedRuns.clear();
    m_done = 0;
    emit runningChanged(true);

    QString runDir;
    if (request.kind == BuildKind::Run) {
        m_runDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kiln-run"));
        runDir = m_runDir->path();
    }
    BuildJobInput input;
    input.toolchain = request.toolchain;
    input.environment = request.settings.applyTo(m_environment);
    input.workingDir = request.moduleDir;
    input.arguments = argumentsFor(request, runDir);
    input.priority = request.settings.lowPriority ? BuildPriority::Low : BuildPriority::Normal;
    const bool test = request.kind == BuildKind::Test;
    emit outputReceived(QStringLiteral("$ go %1 %2\n")
                            .arg(test ? QStringLiteral("test") : QStringLiteral("build"),
                                 input.arguments.join(QLatin1Char(' '))),
                        OutputKind::Info);

    auto channel = std::make_shared<BuildChannel>();
    m_channel = channel;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_building = true;
    if (m_settle)
        m_settle->begin();
    m_batchTimer->start();
    auto *watcher = new QFutureWatcher<BuildJobResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_building = false;
        onBuildDone(watcher->result());
        watcher->deleteLater();
        if (m_settle)
            m_settle->end();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [input, channel, cancel = m_cancel, test] {
        return test ? runTestJob(input, *channel, cancel.get())
                    : runBuildJob(input, *channel, cancel.get());
    }));
}

void BuildController::stop()
{
    if (!m_running)
        return;
    m_stopped = true;
    if (m_cancel)
        m_cancel->store(true);
    if (m_program)
        m_program->kill();
}

void BuildController::takeBatch()
{
    if (!m_channel)
        return;
    // On the timer, never wait for the build's (low-priority) threads; once
    // the build is done nobody writes any more and take() cannot wait.
    const std::optional<BuildBatch> taken =
        m_building ? m_channel->tryTake() : std::optional(m_channel->take());
    if (!taken)
        return;
    const BuildBatch &batch = *taken;
    if (batch.start) {
        m_start = *batch.start;
        m_runs = QList<ActionRun>(m_start.actions.size());
        emit started(m_start);
    }
    for (const OutputChunk &chunk : batch.output)
        emit outputReceived(QString::fromUtf8(chunk.text), chunk.kind);
    if (!batch.testEvents.isEmpty()) {
        noteTestVerdicts(batch.testEvents);
        emit testEventsReceived(batch.testEvents);
    }
    const QList<int> changed = applyBatch(m_runs, batch);
    if (changed.isEmpty())
        return;
    QList<ActionUpdate> updates;
    updates.reserve(changed.size());
    for (int action : changed) {
        ActionRun &run = m_runs[action];
        if (run.status == ActionStatus::Built && m_failedRuns.contains(action))
            run.status = ActionStatus::Failed;
        updates.append({action, run});
    }
    m_done = int(std::count_if(m_runs.cbegin(), m_runs.cend(),
                               [](const ActionRun &r) { return r.finished(); }));
    emit actionsChanged(updates);
    emit progressChanged(m_done, int(m_runs.size()));
}

// A run's final package event says whether it failed; it comes before (or
// with) the batch that reports the action finished. (A replayed result is a
// cache hit in the action's own record.)
void BuildController::noteTestVerdicts(const QList<TestEvent> &events)
{
    for (const TestEvent &e : events) {
        if (e.action < 0 || !e.event.test.isEmpty())
            continue;
        if (e.event.action == "fail")
            m_failedRuns.insert(e.action);
    }
}

void BuildController::onBuildDone(const BuildJobResult &result)
{
    takeBatch();
    m_channel.reset();
    m_outcome.started = result.started;
    m_outcome.error = result.error;
    m_outcome.summary = result.summary;
    m_outcome.cancelled = m_stopped;
    m_outcome.testsFailed = result.testsFailed;
    if (!result.error.isEmpty())
        emit outputReceived(result.error + QLatin1Char('\n'), OutputKind::Build);
    estimateSavedTime(result.records);
    if (m_request.kind == BuildKind::Build) {
        m_outcome.outputs = result.outputs;
        m_lastOutputs = result.outputs;
    }
    if (m_request.kind == BuildKind::Run && result.started && result.summary.ok() && !m_stopped) {
        if (!result.outputs.isEmpty()) {
            startProgram(result.outputs.first());
            return;
        }
        emit outputReceived(tr("The build wrote no executable to run.\n"), OutputKind::Info);
    }
    finish();
}

// The saving of a cache hit is the tool time the same action ID took when
// it last ran for real in this session; hits of IDs never seen running here
// are counted separately (savedUnknown) rather than guessed.
void BuildController::estimateSavedTime(const QList<graph::ActionRecord> &records)
{
    for (const graph::ActionRecord &r : records) {
        if (r.cacheHit) {
            if (auto it = m_realRuns.constFind(r.actionID); it != m_realRuns.constEnd())
                m_outcome.savedNs += *it;
            else
                ++m_outcome.savedUnknown;
        } else if (!r.cmds.isEmpty()) {
            ++m_outcome.rebuilt;
            m_outcome.toolNs += r.cmdReal;
            if (!r.failed && !r.actionID.isEmpty())
                m_realRuns.insert(r.actionID, r.cmdReal);
        }
    }
}

void BuildController::startProgram(const QString &executable)
{
    m_program = new QProcess(this);
    m_program->setProgram(executable);
    m_program->setWorkingDirectory(m_request.moduleDir);
    m_program->setProcessEnvironment(m_environment);
    connect(m_program, &QProcess::readyReadStandardOutput, this, [this] {
        emit outputReceived(QString::fromLocal8Bit(m_program->readAllStandardOutput()),
                            OutputKind::ProgramOut);
    });
    connect(m_program, &QProcess::readyReadStandardError, this, [this] {
        emit outputReceived(QString::fromLocal8Bit(m_program->readAllStandardError()),
                            OutputKind::ProgramErr);
    });
    connect(m_program, &QProcess::finished, this, &BuildController::onProgramFinished);
    connect(m_program, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onProgramFinished(-1, QProcess::CrashExit);
    });
    if (m_settle)
        m_settle->begin();
    emit outputReceived(QStringLiteral("$ %1\n").arg(QFileInfo(executable).fileName()),
                        OutputKind::Info);
    m_program->start();
}

void BuildController::onProgramFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_program)
        return;
    m_outcome.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    m_outcome.cancelled = m_stopped;
    if (m_outcome.exitCode < 0)
        emit outputReceived(
            m_program->error() == QProcess::FailedToStart
                ? tr("The program could not be started: %1\n").arg(m_program->errorString())
                : tr("The program was killed.\n"),
            OutputKind::Info);
    else if (m_outcome.exitCode != 0)
        emit outputReceived(tr("exit status %1\n").arg(m_outcome.exitCode), OutputKind::Info);
    m_program->deleteLater();
    m_program = nullptr;
    if (m_settle)
        m_settle->end();
    finish();
}

void BuildController::finish()
{
    m_batchTimer->stop();
    m_runDir.reset();
    m_running = false;
    m_hasOutcome = true;
    emit finished(m_outcome);
    emit runningChanged(false);
}

void BuildController::clean()
{
    if (m_running || m_lastOutputs.isEmpty())
        return;
    const QStringList files = m_lastOutputs;
    m_cleanJobs.start(
        [files] {
            QStringList removed;
            for (const QString &f : files)
                if (QFile::remove(f))
                    removed.append(f);
            return removed;
        },
        [this](const QStringList &removed) {
            m_lastOutputs.clear();
            for (const QString &f : removed)
                emit outputReceived(tr("removed %1\n").arg(QDir::toNativeSeparators(f)),
                                    OutputKind::Info);
            if (removed.isEmpty())
                emit outputReceived(tr("Nothing to clean.\n"), OutputKind::Info);
            emit cleaned(removed);
        });
}

} // namespace kiln::gui
