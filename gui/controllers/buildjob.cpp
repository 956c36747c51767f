#include "controllers/buildjob.h"

#include "controllers/jobsetup.h"

#include "exec/builder.h"
#include "exec/buildpipeline.h"

#include <QDir>

#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace kiln::gui
{

BuildStart buildStartOf(const QStringList &arguments, const exec::BuildConfig &config,
                        const load::LoadResult &load, const graph::ActionGraph &graph)
{
    BuildStart start;
    start.arguments = arguments;
    start.workingDir = config.cwd;
    start.workDir = config.workDir;
    start.workers = qMax(1, config.parallelism);
    start.startNs = exec::wallClockNs();
    start.root = graph.root;
    for (const graph::Action &a : graph.actions) {
        ActionInfo info;
        info.mode = a.mode;
        if (a.package >= 0) {
            const load::Package &p = load.packages[a.package];
            info.package = p.importPath;
            info.desc = p.desc();
            info.packageDir = p.dir;
            info.standard = p.standard;
        }
        if (a.objdir > 0)
            info.objdir = QStringLiteral("$WORK/b%1/").arg(a.objdir, 3, 10, QLatin1Char('0'));
        info.target = a.target;
        info.deps = a.deps;
        info.priority = a.priority;
        start.actions.append(info);
    }
    return start;
}

namespace
{

// What the build left outside $WORK: the targets of install actions that
// succeeded (go build's -o file or a lone command's executable).
QStringList outputsOf(const exec::PreparedBuild &build, const QList<graph::ActionRecord> &records)
{
    QStringList out;
    for (qsizetype i = 0; i < build.graph.actions.size(); ++i) {
        const graph::Action &a = build.graph.actions[i];
        const bool install =
            a.mode == graph::Mode::LinkInstall || a.mode == graph::Mode::BuildInstall;
        if (!install || a.target.isEmpty() || a.target.startsWith(QLatin1String("$WORK")) ||
            records[i].failed || records[i].timeDone == 0 || a.target == QLatin1String("/dev/null"))
            continue;
        out.append(QDir(build.config.cwd).absoluteFilePath(a.target));
    }
    return out;
}

// The nice value a low-priority build adds: background work that still gets
// every CPU nobody else wants.
constexpr int LowPriorityNice = 10;

void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, qMin(19, nice + LowPriorityNice));
#endif
}

BuildJobResult runHere(const BuildJobInput &input, BuildChannel &channel,
                       const std::atomic_bool *cancel);

} // namespace

void runAtPriority(BuildPriority priority, const std::function<void()> &work)
{
    if (priority == BuildPriority::Normal) {
        work();
        return;
    }
    // A thread of its own: a niced thread cannot be un-niced without
    // privileges, so the pool thread calling us must not be the one lowered.
    std::thread worker([&] {
        lowerThreadPriority();
        work();
    });
    worker.join();
}

BuildJobResult runBuildJob(const BuildJobInput &input, BuildChannel &channel,
                           const std::atomic_bool *cancel)
{
    BuildJobResult result;
    runAtPriority(input.priority, [&] { result = runHere(input, channel, cancel); });
    return result;
}

namespace
{

BuildJobResult runHere(const BuildJobInput &input, BuildChannel &channel,
                       const std::atomic_bool *cancel)
{
    BuildJobResult result;
    auto prepared = exec::prepareBuild(pipelineInputOf(input, cancel));
    if (!prepared) {
        reportPrepareFailure(prepared.error(), channel, result);
        return result;
    }
    printWarnings(prepared->warnings, channel);
    channel.setStart(
        buildStartOf(input.arguments, prepared->config, prepared->load, prepared->graph));

    exec::Builder builder(
        prepared->config, prepared->load, prepared->graph, prepared->cache,
        [&channel](const QByteArray &text) { channel.print(text); }, nullptr, prepared->tools);
    result.started = true;
    result.summary = builder.run(channel.observer(builder), cancel);
    result.records = builder.records();
    result.outputs = outputsOf(*prepared, result.records);
    exec::finishBuild(*prepared, result.records);
    return result;
}

} // namespace

} // namespace kiln::gui
