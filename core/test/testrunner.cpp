#include "test/testrunner.h"

#include "base/hashid.h"
#include "exec/buildid.h"
#include "test/test2jsonevent.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <csignal>
#include <cstring>

namespace kiln::test
{

namespace
{

const QByteArray noTestsToRun = "\ntesting: warning: no tests to run\n";

// exec.ExitError's text: "exit status N" or "signal: <name>".
QByteArray exitText(const QProcess &proc)
{
    if (proc.exitStatus() == QProcess::NormalExit)
        return "exit status " + QByteArray::number(proc.exitCode());
    QByteArray name = ::strsignal(proc.exitCode());
    if (!name.isEmpty())
        name[0] = char(std::tolower(uchar(name[0])));
    return "signal: " + name;
}

QByteArray seconds(qint64 ns)
{
    return QByteArray::number(double(ns) / 1e9, 'f', 3) + 's';
}

bool hasTests(const load::Package &p)
{
    return !p.testGoFiles.isEmpty() || !p.xtestGoFiles.isEmpty();
}

} // namespace

TestRunner::TestRunner(RunSettings settings, std::optional<TestResultCache> cache,
                       OutputSink stdout, int actionCount, TestCacheTraces traces)
    : m_settings(std::move(settings)), m_cache(std::move(cache)), m_stdout(std::move(stdout)),
      m_traces(traces), m_runs(actionCount)
{
}

void TestRunner::writeOut(const QByteArray &text)
{
    if (text.isEmpty())
        return;
    QMutexLocker lock(&m_outputLock);
    m_stdout(text);
}

TestInputsContext TestRunner::inputsContext(const exec::Builder &b, int action) const
{
    const load::Package &p = b.load().packages[b.graph().actions[action].package];
    TestInputsContext ctx;
    ctx.importPath = p.importPath;
    ctx.packageDir = p.dir;
    ctx.root = p.root;
    ctx.env = goCommandEnv(m_settings.env, b.config().toolEnv,
                           p.module ? GoModuleMode::On : GoModuleMode::Off);
    ctx.nowNanos = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    ctx.salt = cache::hashSalt(b.config().goVersion);
    ctx.traces = m_traces;
    return ctx;
}

std::optional<Digest> TestRunner::lookup(exec::Builder &b, int action, const QString &binaryID)
{
    const load::Package &p = b.load().packages[b.graph().actions[action].package];
    RunState &st = m_runs[action];
    const TestCacheVerdict v =
        testCacheVerdict(m_settings.packageList ? TestPackageArgs::Given : TestPackageArgs::None,
                         p.importPath, p.root, m_settings.testArgs);
    st.cacheable = m_cache && v.cacheable;
    if (!v.cacheable && m_traces.test)
        (*m_traces.test)(v.disabledTrace);
    if (!st.cacheable)
        return std::nullopt;
    const TestInputsContext ctx = inputsContext(b, action);
    const Digest id = m_cache->testID(ctx, binaryID, v.hashedArgs, m_settings.execCmd);
    const TestCacheLookup l = m_cache->lookup(id, ctx);
    if (l.hit())
        st.cached = *l.output;
    return id;
}

bool TestRunner::tryCache(exec::Builder &b, int action)
{
    const int link = b.graph().actions[action].deps.first();
    RunState &st = m_runs[action];
    st.id1 = lookup(b, action, hashToString(*b.stateOf(link).actionID));
    return st.cached.has_value();
}

bool TestRunner::printError(exec::Builder &b, int action, const QByteArray &text)
{
    if (!m_settings.json)
        return false;
    const int p = b.graph().actions[action].package;
    writeOut(buildErrorEvents(p < 0 ? QString() : b.load().packages[p].desc(), text));
    return true;
}

Result<void> TestRunner::act(exec::Builder &b, int action)
{
    const graph::Action &a = b.graph().actions[action];
    switch (a.mode) {
    case graph::Mode::TestRun:
        return run(b, action);
    case graph::Mode::TestClean:
        if (b.config().keepWork == exec::KeepWork::No) {
            if (b.shell().echoing())
                b.shell().showCmd(QString(), QStringLiteral("rm -r ") + b.objdirOf(action));
            if (!b.shell().dryRun())
                QDir(b.objdirOf(action)).removeRecursively();
        }
        return {};
    case graph::Mode::TestPrint: {
        int run = a.deps.first();
        if (b.graph().actions[run].mode == graph::Mode::TestClean)
            run = b.graph().actions[run].deps.first();
        writeOut(std::exchange(m_runs[run].output, {}));
        return {};
    }
    case graph::Mode::GoTest:
        // go's printExitStatus: not under -json (test2json's events say it).
        if (m_settings.packageList && !m_settings.json && (m_failed.load() || b.depFailed(action)))
            writeOut("FAIL\n");
        return {};
    default:
        return {};
    }
}

// The Builder action that failed first on the way to action (go's
// a.Failed: the root cause), for -json's FailedBuild.
static int rootFailure(const exec::Builder &b, int action)
{
    for (int d : b.graph().actions[action].deps)
        if (b.failed(d))
            return b.depFailed(d) ? rootFailure(b, d) : d;
    return action;
}

TestRunner::RunOutput::RunOutput(TestRunner &runner, const QString &importPath) : m_runner(runner)
{
    // go interleaves the packages' events as they come; Kiln prints each
    // package's events together, in package order (the print action).
    if (runner.m_settings.json)
        json = std::make_unique<Test2JsonConverter>(
            importPath,
            [this](const Test2JsonEvent &, const QByteArray &line) { m_events += line; });
}

void TestRunner::RunOutput::write(const QByteArray &text)
{
    if (m_runner.m_settings.runOutput && !text.isEmpty())
        m_runner.m_settings.runOutput(action, text);
    if (json)
        json->feed(text);
    else if (m_runner.m_settings.stream)
        m_runner.writeOut(text);
    if (!m_runner.m_settings.stream)
        buffer += text;
}

QByteArray TestRunner::RunOutput::finish(TestExit exit)
{
    if (json) {
        json->exited(exit);
        json->close();
    }
    // What the print action still has to print (go's a.TestOutput when it
    // was not written already).
    if (json)
        return std::exchange(m_events, {});
    return m_runner.m_settings.stream ? QByteArray() : buffer;
}

Result<void> TestRunner::run(exec::Builder &b, int action)
{
    const graph::Action &a = b.graph().actions[action];
    const load::Package &p = b.load().packages[a.package];
    RunState &st = m_runs[action];
    if (m_failFastTripped.load())
        return {};
    RunOutput out(*this, p.importPath);
    out.action = action;
    if (b.depFailed(action)) {
        m_failed = true;
        if (out.json) {
            const int cause = rootFailure(b, action);
            const int pkg = b.graph().actions[cause].package;
            if (pkg >= 0)
                out.json->setFailedBuild(b.load().packages[pkg].desc());
        }
        out.write("FAIL\t" + p.importPath.toUtf8() + " [build failed]\n");
        st.output = out.finish(TestExit::Failure);
        return {};
    }
    if (!hasTests(p)) {
        out.write("?   \t" + p.importPath.toUtf8() + "\t[no test files]\n");
        st.output = out.finish(TestExit::Success);
        return {};
    }
    const int link = a.deps.first();
    if (!st.cached && !b.shell().dryRun()) {
        const QString contentId =
            QString::fromUtf8(exec::contentIdPart(b.stateOf(link).buildID.toUtf8()));
        st.id2 = lookup(b, action, contentId);
    }
    if (st.cached) {
        // A result go's test cache replayed is a cache hit, as the Builder
        // marks one of GOCACHE: the record says so (the inspector, the
        // graph's colours and the build summary's hit count read it). The
        // link TryCache let go was marked by the Builder (useCache).
        b.record(action).cacheHit = true;
        out.write(*st.cached);
        st.output = out.finish(TestExit::Success);
        return {};
    }
    runBinary(b, action, st, out);
    return {};
}

} // namespace kiln::test

namespace kiln::test
{

namespace
{

// base.AppendPATH and AppendPWD over go's original environment.
QProcessEnvironment binaryEnv(const RunSettings &s, const QString &dir)
{
    QProcessEnvironment env = s.env;
    if (!s.gorootBin.isEmpty()) {
        const QString path = env.value(QStringLiteral("PATH"));
        env.insert(QStringLiteral("PATH"),
                   path.isEmpty() ? s.gorootBin : s.gorootBin + QLatin1Char(':') + path);
    }
    env.insert(QStringLiteral("PWD"), dir);
    return env;
}

} // namespace

void TestRunner::runBinary(exec::Builder &b, int action, RunState &st, RunOutput &out)
{
    const graph::Action &a = b.graph().actions[action];
    const load::Package &p = b.load().packages[a.package];
    const QString objdir = b.objdirOf(action);
    QStringList args = m_settings.execCmd;
    args << b.stateOf(a.deps.first()).built;
    if (st.cacheable && m_settings.execCmd.isEmpty())
        args << QStringLiteral("-test.testlogfile=") + objdir + QStringLiteral("testlog.txt");
    args << QStringLiteral("-test.paniconexit0") << m_settings.testArgs;
    if (b.shell().echoing())
        b.shell().showCmd(QString(), args.join(QLatin1Char(' ')));
    if (b.shell().dryRun())
        return;

    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.setWorkingDirectory(p.dir);
    proc.setProcessEnvironment(binaryEnv(m_settings, p.dir));
    QByteArray seen; // everything the binary printed (go's out)
    auto take = [&] {
        const QByteArray chunk = proc.readAll();
        seen += chunk;
        out.write(chunk);
    };
    QElapsedTimer t;
    t.start();
    proc.start(args.first(), args.mid(1));
    const QByteArray importPath = p.importPath.toUtf8();
    bool killed = false;
    bool stopped = false;
    if (proc.waitForStarted()) {
        while (!proc.waitForFinished(100)) {
            take();
            if (!stopped && m_settings.cancel && m_settings.cancel->load()) {
                proc.kill();
                stopped = true;
            }
            const qint64 limit = m_settings.killTimeoutMs;
            if (limit > 0 && t.elapsed() > limit && !killed) {
                ::kill(pid_t(proc.processId()), SIGQUIT);
                killed = true;
            }
            if (killed && t.elapsed() > limit + 5000)
                proc.kill();
        }
        take();
    }
    const QByteArray elapsed = seconds(t.nsecsElapsed());
    const bool started = proc.error() != QProcess::FailedToStart;
    const bool passed =
        started && proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0;
    if (passed) {
        QByteArray norun;
        if (seen.startsWith(noTestsToRun.mid(1)) || seen.contains(noTestsToRun))
            norun = " [no tests to run]";
        if (!m_settings.showPass && !m_settings.json)
            out.buffer.clear();
        if (!seen.isEmpty() && !seen.endsWith('\n'))
            out.write("\n");
        out.write("ok  \t" + importPath + '\t' + elapsed + norun + '\n');
    } else {
        m_failed = true;
        if (m_settings.failFast)
            m_failFastTripped = true;
        if (killed)
            out.write("*** Test killed with quit: ran too long (" +
                      m_settings.killTimeoutText.toUtf8() + ").\n");
        if (!started)
            out.write("fork/exec " + args.first().toUtf8() + ": " + proc.errorString().toUtf8() +
                      "\n");
        else if (seen.isEmpty() || proc.exitStatus() != QProcess::NormalExit)
            out.write(exitText(proc) + '\n');
        else if (!seen.endsWith('\n'))
            out.write("\n");
        const QByteArray prefix = m_settings.json ? "\x16" : "";
        out.write(prefix + "FAIL\t" + importPath + '\t' + elapsed + '\n');
    }
    if (passed && st.cacheable && m_cache && (st.id1 || st.id2)) {
        QList<Digest> ids;
        for (const auto &id : {st.id1, st.id2})
            if (id)
                ids << *id;
        const TestCacheSave saved = m_cache->saveTestLogFile(
            ids, objdir + QStringLiteral("testlog.txt"), out.buffer, inputsContext(b, action));
        if (!saved.saved && m_traces.test && !saved.skippedReason.isEmpty())
            (*m_traces.test)("testcache: " + importPath + ": " + saved.skippedReason + "\n");
    }
    st.output = out.finish(passed ? TestExit::Success : TestExit::Failure);
}

} // namespace kiln::test
