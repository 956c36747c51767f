#include "exec/buildpipeline.h"

#include "exec/buildsession.h"
#include "goenv/goenv.h"
#include "load/loadsession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace kiln::exec
{

namespace
{

Result<goenv::GoEnv> computeEnv(const PipelineInput &in, const QString &workingDir)
{
    goenv::EnvInput env;
    env.toolchain = in.toolchain;
    env.environment = in.environment;
    env.workingDir = workingDir;
    env.names = {QStringLiteral("GOOS"), QStringLiteral("GOARCH"), QStringLiteral("CC"),
                 QStringLiteral("GOCACHE")};
    return goenv::GoEnv::compute(env);
}

BuildOptions optionsFrom(const flags::BuildFlags &f)
{
    BuildOptions o;
    o.trimpath = f.trimpath;
    o.rebuild = f.forceRebuild ? Rebuild::All : Rebuild::IfNeeded;
    o.echo = f.dryRun ? Echo::DryRun : (f.printCommands ? Echo::Commands : Echo::None);
    o.keepWork = f.keepWork ? KeepWork::Yes : KeepWork::No;
    o.verbose = f.verbose;
    o.parallelism = f.parallel ? int(*f.parallel) : 0;
    o.buildmode = f.buildmode;
    o.gcflags = f.gcflags;
    o.asmflags = f.asmflags;
    o.ldflags = f.ldflags;
    o.pgo = f.pgo;
    o.buildvcs = f.buildvcs == flags::BuildVcs::True    ? load::BuildVcs::True
                 : f.buildvcs == flags::BuildVcs::False ? load::BuildVcs::False
                                                        : load::BuildVcs::Auto;
    return o;
}

// load.CheckPackageErrors: when a command-line package is incomplete, every
// error in the import graph, in post-order.
QStringList packageErrors(const load::LoadResult &r)
{
    bool incomplete = false;
    for (int idx : r.roots)
        incomplete |= r.packages[idx].incomplete;
    QStringList out;
    if (!incomplete)
        return out;
    for (int idx : r.all)
        if (const auto &e = r.packages[idx].error)
            out.append(e->text());
    return out;
}

Result<cache::DiskCache> openCache(const goenv::GoEnv &env)
{
    const QString dir = env.value(QStringLiteral("GOCACHE"));
    if (dir == QLatin1String("off"))
        return fail(QStringLiteral(
            "go: build cache is disabled by GOCACHE=off, but required as of Go 1.12"));
    auto opened = cache::DiskCache::open(dir);
    if (!opened)
        return fail(QStringLiteral("go: failed to initialize build cache at %1: %2")
                        .arg(dir, opened.error().message));
    return std::move(*opened);
}

// $GOTMPDIR (else the system temp dir)/go-buildNNN, kept until finishBuild.
Result<QString> makeWorkDir(const goenv::GoEnv &env)
{
    QString base = env.value(QStringLiteral("GOTMPDIR"));
    if (base.isEmpty())
        base = QDir::tempPath();
    QTemporaryDir dir(base + QStringLiteral("/go-build"));
    if (!dir.isValid())
        return fail(
            QStringLiteral("go: creating work dir: cannot create a directory in the temp dir"));
    dir.setAutoRemove(false);
    return dir.path();
}

} // namespace

namespace
{

Result<void> prepareInto(const PipelineInput &in, PreparedBuild &out, int &exitStatus)
{
    KILN_TRY(env0, computeEnv(in, in.workingDir));
    auto parsed =
        flags::parseBuildFlags(in.args, env0.value(QStringLiteral("GOFLAGS")), in.workingDir);
    if (!parsed) {
        exitStatus = parsed.error().exitStatus;
        return fail(parsed.error().message);
    }
    out.flags = std::move(*parsed);
    const flags::BuildFlags &bf = out.flags;
    auto env = bf.workingDir == in.workingDir ? std::move(env0) : computeEnv(in, bf.workingDir);
    if (!env)
        return std::unexpected(env.error());
    if (const auto bad = flags::checkBuildFlags(bf, flags::ModuleMode::Modules)) {
        exitStatus = bad->exitStatus;
        return fail(bad->message);
    }
    if (bf.debugActiongraph.endsWith(QLatin1String(".go")))
        return fail(QStringLiteral("go: refusing to write action graph to ") + bf.debugActiongraph);

    auto loaderConfig = load::makeLoaderConfig(*env, bf.loadFlags(), bf.workingDir);
    if (!loaderConfig)
        return std::unexpected(loaderConfig.error());
    loaderConfig->cancel = in.cancel;
    const BuildOptions options = optionsFrom(bf);
    KILN_TRY(config, baseBuildConfig(*env, in.environment, bf.workingDir, options));
    out.config = std::move(config);
    // The tool IDs do not depend on the packages: the tools run while they load.
    out.tools = std::make_shared<ToolIds>(out.config.toolDir, out.config.toolEnv);
    out.tools->prefetch({QStringLiteral("compile"), QStringLiteral("asm"), QStringLiteral("link")});
    out.load = load::loadPackages(*loaderConfig, bf.packages);
    if (!out.load.fatal.isEmpty())
        return fail(out.load.fatal.first().toString());
    out.warnings = out.load.warnings;
    if (const QStringList errors = packageErrors(out.load); !errors.isEmpty())
        return fail(errors.join(QLatin1Char('\n')));
    if (in.cancel && in.cancel->load())
        return fail(QStringLiteral("cancelled"));

    KILN_CHECK(addPackages(out.config, *loaderConfig, out.load, options, *env));
    if (!bf.dryRun) {
        KILN_TRY(cache, openCache(*env));
        out.cache = std::move(cache);
    }

    graph::BuildRequest req;
    req.packages = out.load.roots; // goBuildGraph drops test-only ones, as go does
    req.output = bf.output;
    req.outputIsDir =
        !bf.output.isEmpty() && (QFileInfo(QDir(bf.workingDir).filePath(bf.output)).isDir() ||
                                 bf.output.endsWith(QLatin1Char('/')));
    req.exeSuffix =
        out.config.goos == QLatin1String("windows") ? QStringLiteral(".exe") : QString();
    KILN_TRY(graph, graph::goBuildGraph(out.load, req));
    out.graph = std::move(graph);

    if (bf.dryRun) {
        out.config.workDir = QStringLiteral("$WORK");
    } else {
        KILN_TRY(work, makeWorkDir(*env));
        out.config.workDir = work;
    }
    return {};
}

} // namespace

std::expected<PreparedBuild, PrepareFailure> prepareBuild(const PipelineInput &in)
{
    PreparedBuild out;
    int exitStatus = 1;
    if (auto done = prepareInto(in, out, exitStatus); !done)
        return std::unexpected(PrepareFailure{done.error(), out.warnings, exitStatus});
    return out;
}

void finishBuild(PreparedBuild &build)
{
    if (build.cache)
        build.cache->trim(QDateTime::currentDateTime());
    if (!build.flags.dryRun && !build.flags.keepWork)
        QDir(build.config.workDir).removeRecursively();
}

} // namespace kiln::exec
