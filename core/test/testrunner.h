// TestRunner: the actors of go test's own actions (test.go runTestActor,
// builderCleanTest, builderPrintTest, printExitStatus) and its TryCache,
// plugged into exec::Builder as ActionHooks.
//
//   test run    no test files: "?   \tP\t[no test files]"; a failed build:
//               "FAIL\tP [build failed]"; a cached result (id1 before the
//               link, id2 from the binary's content ID): the cached output
//               with "(cached)"; else runs the binary in the package
//               directory with -test.testlogfile (when cacheable),
//               -test.paniconexit0 and the test args, and appends
//               "ok  \tP\t0.012s" or "FAIL\tP\t0.012s"; a passed result is
//               saved. A run that outlives the kill timeout gets SIGQUIT.
//   test clean  removes the test objdir (not under -work)
//   test print  writes the run's output to stdout, in package order
//   go test     prints "FAIL" when anything failed (package-list mode)
// Output goes through the stdout sink; go's -x lines and build errors go
// through the Builder's shell (stderr).
// Threading: actors run on the Builder's workers; each run's state belongs
// to its action; the sink is called under a lock.
#pragma once

#include "exec/actionhooks.h"
#include "exec/builder.h"
#include "test/test2json.h"
#include "test/testcachekey.h"
#include "test/testresultcache.h"

#include <QMutex>
#include <QProcessEnvironment>
#include <atomic>
#include <functional>
#include <optional>

namespace kiln::test
{

using OutputSink = std::function<void(const QByteArray &)>;

struct RunSettings {
    QStringList testArgs;    // go's testArgs: "-test.name=value"…, then -args values
    QStringList execCmd;     // -exec words
    bool packageList = true; // packages were named (caching and the final FAIL need it)
    bool showPass = false;   // -v (or -list): output is kept for passing tests too
    bool stream = false;     // no package args, -bench or -fuzz: output goes straight out
    bool failFast = false;
    bool json = false;        // -json: events through test2json, nothing to print later
    qint64 killTimeoutMs = 0; // 0 = never (go: -timeout + 1 min, or + its wait delay)
    QString killTimeoutText;  // the same as Go prints a duration ("11m0s")
    QProcessEnvironment env;  // go's OrigEnv: the test binary's environment base
    QString gorootBin;        // prepended to PATH (base.AppendPATH)
    // Optional, for a live view of the runs (the GUI's Tests panel): every
    // piece of output a "test run" action produces for its package, as it
    // comes — all the binary prints, as it is read (go test later drops a
    // passing run's output unless -v), a cached result's output, and last
    // the ok/FAIL/?/[build failed] line (under -json, what test2json is
    // fed). Called on the worker running the action (one action at a time
    // per worker, several actions at once), so it must be thread-safe; it
    // must not call into the runner.
    std::function<void(int action, const QByteArray &text)> runOutput;
    // Optional: once it is true, a running test binary is killed (the GUI's
    // Stop); that run fails like a binary killed by a signal.
    const std::atomic_bool *cancel = nullptr;
};

class TestRunner : public exec::ActionHooks
{
public:
    // cache: nullopt under -n or when caching is off for the whole run.
    // actionCount: the size of the graph the Builder runs.
    TestRunner(RunSettings settings, std::optional<TestResultCache> cache, OutputSink stdout,
               int actionCount, TestCacheTraces traces = {});

    Result<void> act(exec::Builder &b, int action) override;
    bool tryCache(exec::Builder &b, int action) override;
    // -json: the failure as go's JSON printer reports it, on stdout.
    bool printError(exec::Builder &b, int action, const QByteArray &text) override;

    // Whether any test or build failed (go's exit status 1).
    bool failed() const { return m_failed.load(); }
    // A failure outside the graph (a setup failure): the final FAIL is due.
    void noteFailure() { m_failed = true; }

private:
    struct RunState {
        std::optional<QByteArray> cached; // tryCache's hit
        std::optional<Digest> id1, id2;
        bool cacheable = false; // go's !c.disableCache, once decided
        QByteArray output;      // go's a.TestOutput
    };
    // One run's output: to stdout as it comes (no package arguments, -bench,
    // -json through test2json) and/or kept for the print action and the cache.
    class RunOutput
    {
    public:
        RunOutput(TestRunner &runner, const QString &importPath);
        void write(const QByteArray &text);
        // exited/close for -json; returns what the print action prints.
        QByteArray finish(TestExit exit);
        std::unique_ptr<Test2JsonConverter> json;
        QByteArray buffer; // go's buf: what a passing run saves
        int action = -1;   // the test run, for RunSettings::runOutput

    private:
        TestRunner &m_runner;
        QByteArray m_events; // -json lines not printed yet
    };
    Result<void> run(exec::Builder &b, int action);
    void runBinary(exec::Builder &b, int action, RunState &st, RunOutput &out);
    // go's tryCacheWithID: the test ID for binaryID, looked up.
    std::optional<Digest> lookup(exec::Builder &b, int action, const QString &binaryID);
    TestInputsContext inputsContext(const exec::Builder &b, int action) const;
    void writeOut(const QByteArray &text);

    RunSettings m_settings;
    std::optional<TestResultCache> m_cache;
    OutputSink m_stdout;
    TestCacheTraces m_traces;
    QMutex m_outputLock;
    QList<RunState> m_runs; // by action; each touched by one worker at a time
    std::atomic_bool m_failed{false};
    std::atomic_bool m_failFastTripped{false};
};

} // namespace kiln::test
