#include "exec/buildpipeline.h"

#include "cache/cachecontent.h"
#include "cache/sideindex.h"
#include "exec/buildsession.h"
#include "exec/historyrecord.h"
#include "exec/pipelinesteps.h"
#include "load/loadsession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace kiln::exec
{

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
    if (const auto refused = checkInstrumentation(bf, *env, flags::GoVerb::Build)) {
        exitStatus = refused->exitStatus;
        return fail(refused->message);
    }
    if (bf.debugActiongraph.endsWith(QLatin1String(".go")))
        return fail(QStringLiteral("go: refusing to write action graph to ") + bf.debugActiongraph);

    auto loaderConfig = load::makeLoaderConfig(*env, bf.loadFlags(), bf.workingDir);
    if (!loaderConfig)
        return std::unexpected(loaderConfig.error());
    loaderConfig->cancel = in.cancel;
    setLinkModeInputs(*loaderConfig, bf);
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

// The actions of a build as the side index records them: each action ID's
// preimage, what the ID and its subkeys name, and a summary of the flags.
QList<cache::RanAction> ranActions(const PreparedBuild &b,
                                   const QList<graph::ActionRecord> &records)
{
    QList<cache::RanAction> out;
    for (qsizetype i = 0; i < records.size() && i < b.graph.actions.size(); ++i) {
        const graph::Action &a = b.graph.actions[i];
        if (a.package < 0 || records[i].preimage.isEmpty())
            continue;
        const load::Package &p = b.load.packages[a.package];
        const PackageBuild &pb = b.config.packages[a.package];
        cache::RanAction r;
        r.preimage = records[i].preimage;
        r.shortID = records[i].actionID;
        r.mode = graph::modeName(a.mode);
        const qsizetype variant = p.importPath.indexOf(QLatin1String(" ["));
        r.packagePath = variant < 0 ? p.importPath : p.importPath.left(variant);
        r.module = p.module ? p.module->path : cache::moduleOfStandardPath(r.packagePath);
        QStringList f;
        if (variant >= 0)
            f << p.importPath.mid(variant + 1);
        if (b.config.trimpath)
            f << QStringLiteral("-trimpath");
        if (a.mode == graph::Mode::Build) {
            r.own = cache::SideRole::Archive;
            r.subkeys = {{"stdout", cache::SideRole::Stdout},
                         {"srcfiles", cache::SideRole::SourceList}};
            if (p.name == QLatin1String("main"))
                r.subkeys.append({"link-stdout", cache::SideRole::LinkStdout});
            if (!pb.gcflags.isEmpty())
                f << QStringLiteral("-gcflags=") + pb.gcflags.join(QLatin1Char(' '));
            if (!pb.asmflags.isEmpty())
                f << QStringLiteral("-asmflags=") + pb.asmflags.join(QLatin1Char(' '));
        } else if (a.mode == graph::Mode::Link) {
            if (a.cacheExecutable)
                r.own = cache::SideRole::Executable;
            f << QStringLiteral("-buildmode=") + b.config.buildmode;
            if (!pb.ldflags.isEmpty())
                f << QStringLiteral("-ldflags=") + pb.ldflags.join(QLatin1Char(' '));
        } else if (a.mode == graph::Mode::PreprocessPgo) {
            r.own = cache::SideRole::PgoProfile;
        } else {
            continue;
        }
        if (!b.config.cleanGoexperiment.isEmpty())
            f << QStringLiteral("GOEXPERIMENT=") + b.config.cleanGoexperiment;
        r.flags = f.join(QLatin1Char(' '));
        out.append(r);
    }
    return out;
}

} // namespace

std::expected<PreparedBuild, PrepareFailure> prepareBuild(const PipelineInput &in)
{
    PreparedBuild out;
    out.command = (QStringList{QStringLiteral("build")} + in.args).join(QLatin1Char(' '));
    int exitStatus = 1;
    if (auto done = prepareInto(in, out, exitStatus); !done)
        return std::unexpected(PrepareFailure{done.error(), out.warnings, exitStatus});
    return out;
}

cache::HistoryBuild finishBuild(PreparedBuild &build, const QList<graph::ActionRecord> &records)
{
    cache::HistoryBuild recorded;
    if (build.cache) {
        (void)cache::recordSideIndex(
            build.cache->dir(),
            cache::sideRecordsFor(build.config.goVersion, ranActions(build, records)));
        recorded = historyBuildOf(build, records,
                                  QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1'000'000);
        const auto time = cache::recordBuild(build.cache->dir(), recorded);
        recorded.timeNs = time ? *time : 0;
        build.cache->trim(QDateTime::currentDateTime());
    }
    if (!build.flags.dryRun && !build.flags.keepWork)
        QDir(build.config.workDir).removeRecursively();
    return recorded;
}

} // namespace kiln::exec
