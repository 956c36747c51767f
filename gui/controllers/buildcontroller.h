// Runs go builds for the open module (and Run: build the main package into a
// temporary directory, then run it) the way `kiln-cli build` does, and go
// test (Test) the way `kiln-cli test` does (controllers/testjob.h), on a
// QtConcurrent worker, and reports to the UI thread:
//
//   started(BuildStart)        the graph exists; every action is Waiting
//   actionsChanged(updates)    state changes, in batches every BatchIntervalMs
//   progressChanged(done, n)   finished actions of all actions
//   outputReceived(text, kind) console text (go's output, program output)
//   testEventsReceived(events) Test: each run's test2json events, per batch
//   finished(BuildOutcome)     last: the build (and the program) ended
//
// A "test run" action whose package failed (go test's FAIL line; go itself
// only sets the exit status) is shown Failed, and one that replayed a
// cached result ("(cached)") CacheHit: the states say what the run did.
//
// GOCACHE is go env's (the user's, unless the environment given to
// setEnvironment says otherwise), shared with the go command. stop() sets
// the build's cancel flag (the loader stops between packages, running tools
// are killed) and kills a running program. clean() removes the files the
// last build wrote outside $WORK (never GOCACHE).
//
// Threading: UI thread only. Never blocks: the build, its batches and file
// removal happen off the UI thread; the UI thread only takes batches. The
// build runs on a thread pool of its own, never Qt's global pool: a build
// holds its thread for minutes, and Qt's raster engine paints large areas
// in segments on the global pool while the UI thread waits for them, so a
// global thread taken by the build would stall painting. Destroying the
// controller during a build cancels it and waits for it to stop.
#pragma once

#include "controllers/buildchannel.h"
#include "controllers/buildjob.h"
#include "controllers/buildrun.h"
#include "controllers/buildsettings.h"
#include "controllers/jobtracker.h"
#include "controllers/testsettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QThreadPool>
#include <memory>

class QTemporaryDir;
class QTimer;

namespace kiln::gui
{

class SettleTracker;

struct BuildRequest {
    BuildKind kind = BuildKind::Build;
    goenv::Toolchain toolchain;
    QString moduleDir;
    QStringList patterns; // Run: exactly one main package
    BuildSettings settings;
    TestSettings testSettings; // Test only
};

class BuildController : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchIntervalMs = 75;

    BuildController(SettleTracker *settle, QObject *parent = nullptr);
    ~BuildController() override;

    // The environment go env is computed from (the process environment by
    // default); tests put a temporary GOCACHE here.
    void setEnvironment(const QProcessEnvironment &environment);
    QProcessEnvironment environment() const { return m_environment; }

    // Ignored while a build or program runs.
    void start(const BuildRequest &request);
    void stop();
    void clean();

    bool isRunning() const { return m_running; }
    // The arguments after "go build" (Run adds -o DIR/) or "go test" (the
    // build flags, then the test flags) that start(request) uses.
    static QStringList argumentsFor(const BuildRequest &request, const QString &runDir = {});

    // The current (or last) build; empty before the first one.
    const BuildStart &buildStart() const { return m_start; }
    const QList<ActionRun> &runs() const { return m_runs; }
    bool hasOutcome() const { return m_hasOutcome; }
    const BuildOutcome &lastOutcome() const { return m_outcome; }
    QStringList lastOutputs() const { return m_lastOutputs; }

signals:
    void runningChanged(bool running);
    void started(const kiln::gui::BuildStart &start);
    void actionsChanged(const QList<kiln::gui::ActionUpdate> &updates);
    void progressChanged(int done, int total);
    void outputReceived(const QString &text, kiln::gui::OutputKind kind);
    void testEventsReceived(const QList<kiln::gui::TestEvent> &events);
    void finished(const kiln::gui::BuildOutcome &outcome);
    void cleaned(const QStringList &removed);

private:
    void takeBatch();
    void noteTestVerdicts(const QList<TestEvent> &events);
    void onBuildDone(const BuildJobResult &result);
    void estimateSavedTime(const QList<graph::ActionRecord> &records);
    void startProgram(const QString &executable);
    void onProgramFinished(int exitCode, QProcess::ExitStatus status);
    void finish();

    QPointer<SettleTracker> m_settle;
    QThreadPool m_pool; // the build's thread (see the header comment)
    CancelFlag m_cancel;
    bool m_building = false; // the build job runs (Run's program may follow)
    JobTracker<QStringList> m_cleanJobs;
    QProcessEnvironment m_environment;
    QTimer *m_batchTimer;
    std::shared_ptr<BuildChannel> m_channel;
    BuildRequest m_request;
    std::unique_ptr<QTemporaryDir> m_runDir;
    QProcess *m_program = nullptr;
    bool m_running = false;
    bool m_stopped = false;

    BuildStart m_start;
    QList<ActionRun> m_runs;
    int m_done = 0;
    BuildOutcome m_outcome;
    bool m_hasOutcome = false;
    QStringList m_lastOutputs;
    // Action ID → the tool time (CmdReal) of its last real run seen in this
    // session: what a later cache hit of the same ID saved.
    QHash<QString, qint64> m_realRuns;
    // Test: test run actions whose package failed / replayed a cached result.
    QSet<int> m_failedRuns;
};

} // namespace kiln::gui
