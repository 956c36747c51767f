// kiln-cli build: go build over Kiln's loader, action graph and builder.
//   kiln-cli build [-o output] [build flags] [packages]
// Prints what go prints (-x/-n scripts, "# pkg" compile errors) on stderr and
// exits 1 when a package fails, 2 on a usage error.
#include "verbs.h"

#include "cache/diskcache.h"
#include "exec/builder.h"
#include "exec/buildsession.h"
#include "flags/buildflags.h"
#include "flags/packagematch.h"
#include "graph/actiongraphjson.h"
#include "graph/chrometrace.h"
#include "load/loadsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace kiln::cli
{

namespace
{

void writeErr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

Result<goenv::GoEnv> computeEnv(CliContext &ctx, const QString &workingDir)
{
    const goenv::Toolchain *tc = ctx.toolchain();
    if (!tc)
        return fail(QString());
    goenv::EnvInput in;
    in.toolchain = *tc;
    in.environment = ctx.environment();
    in.workingDir = workingDir;
    in.names = {QStringLiteral("GOOS"), QStringLiteral("GOARCH"), QStringLiteral("CC"),
                QStringLiteral("GOCACHE")};
    return goenv::GoEnv::compute(in);
}

exec::BuildOptions optionsFrom(const flags::BuildFlags &f)
{
    exec::BuildOptions o;
    o.trimpath = f.trimpath;
    o.rebuild = f.forceRebuild ? exec::Rebuild::All : exec::Rebuild::IfNeeded;
    o.echo =
        f.dryRun ? exec::Echo::DryRun : (f.printCommands ? exec::Echo::Commands : exec::Echo::None);
    o.keepWork = f.keepWork ? exec::KeepWork::Yes : exec::KeepWork::No;
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
// error in the import graph, in post-order, then exit 1.
bool reportPackageErrors(const load::LoadResult &r)
{
    bool incomplete = false;
    for (int idx : r.roots)
        incomplete |= r.packages[idx].incomplete;
    if (!incomplete)
        return false;
    bool any = false;
    for (int idx : r.all)
        if (const auto &e = r.packages[idx].error) {
            writeErr(e->text().toUtf8() + "\n");
            any = true;
        }
    return any;
}

// The work directory: $GOTMPDIR (else the system temp dir)/go-buildNNN.
std::optional<QString> makeWorkDir(const goenv::GoEnv &env)
{
    QString base = env.value(QStringLiteral("GOTMPDIR"));
    if (base.isEmpty())
        base = QDir::tempPath();
    QTemporaryDir dir(base + QStringLiteral("/go-build"));
    if (!dir.isValid())
        return std::nullopt;
    dir.setAutoRemove(false);
    return dir.path();
}

bool writeGraphFile(const QString &file, const QByteArray &data)
{
    QFile f(file);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size())
        return true;
    writeErr("go: writing action graph: open " + file.toUtf8() + ": " + f.errorString().toUtf8() +
             "\n");
    return false;
}

} // namespace

int runBuild(CliContext &ctx, const QStringList &args)
{
    auto env0 = computeEnv(ctx, ctx.workingDir());
    if (!env0) {
        if (!env0.error().message.isEmpty())
            writeErr(env0.error().toString().toUtf8() + "\n");
        return 1;
    }
    auto parsed =
        flags::parseBuildFlags(args, env0->value(QStringLiteral("GOFLAGS")), ctx.workingDir());
    if (!parsed) {
        writeErr(parsed.error().message.toUtf8() + "\n");
        return parsed.error().exitStatus;
    }
    const flags::BuildFlags &bf = *parsed;
    auto env = bf.workingDir == ctx.workingDir() ? std::move(env0) : computeEnv(ctx, bf.workingDir);
    if (!env) {
        writeErr(env.error().toString().toUtf8() + "\n");
        return 1;
    }
    if (const auto bad = flags::checkBuildFlags(bf, flags::ModuleMode::Modules)) {
        writeErr(bad->message.toUtf8() + "\n");
        return bad->exitStatus;
    }
    if (bf.debugActiongraph.endsWith(QLatin1String(".go"))) {
        writeErr("go: refusing to write action graph to " + bf.debugActiongraph.toUtf8() + "\n");
        return 1;
    }
    auto config = load::makeLoaderConfig(*env, bf.loadFlags(), bf.workingDir);
    if (!config) {
        writeErr(config.error().toString().toUtf8() + "\n");
        return 1;
    }
    const exec::BuildOptions options = optionsFrom(bf);
    auto bc = exec::baseBuildConfig(*env, ctx.environment(), bf.workingDir, options);
    if (!bc) {
        writeErr(bc.error().toString().toUtf8() + "\n");
        return 1;
    }
    // The tool IDs do not depend on the packages: start the tools now, so
    // they run while the packages load.
    auto tools = std::make_shared<exec::ToolIds>(bc->toolDir, bc->toolEnv);
    tools->prefetch({QStringLiteral("compile"), QStringLiteral("asm"), QStringLiteral("link")});
    load::LoadResult r = load::loadPackages(*config, bf.packages);
    if (!r.fatal.isEmpty()) {
        writeErr(r.fatal.first().toString().toUtf8() + "\n");
        return 1;
    }
    for (const QString &w : r.warnings)
        writeErr(w.toUtf8() + "\n");
    if (reportPackageErrors(r))
        return 1;

    if (auto added = exec::addPackages(*bc, *config, r, options, *env); !added) {
        writeErr(added.error().toString().toUtf8() + "\n");
        return 1;
    }
    std::optional<cache::DiskCache> cache;
    if (!bf.dryRun) {
        const QString dir = env->value(QStringLiteral("GOCACHE"));
        if (dir == QLatin1String("off")) {
            writeErr("go: build cache is disabled by GOCACHE=off, but required as of Go 1.12\n");
            return 1;
        }
        auto opened = cache::DiskCache::open(dir);
        if (!opened) {
            writeErr("go: failed to initialize build cache at " + dir.toUtf8() + ": " +
                     opened.error().message.toUtf8() + "\n");
            return 1;
        }
        cache = std::move(*opened);
    }

    graph::BuildRequest req;
    req.packages = r.roots;
    req.output = bf.output;
    req.outputIsDir =
        !bf.output.isEmpty() && (QFileInfo(QDir(bf.workingDir).filePath(bf.output)).isDir() ||
                                 bf.output.endsWith(QLatin1Char('/')));
    req.exeSuffix = bc->goos == QLatin1String("windows") ? QStringLiteral(".exe") : QString();
    auto graph = graph::goBuildGraph(r, req);
    if (!graph) {
        writeErr(graph.error().toString().toUtf8() + "\n");
        return 1;
    }

    if (bf.dryRun) {
        bc->workDir = QStringLiteral("$WORK");
    } else {
        const auto work = makeWorkDir(*env);
        if (!work) {
            writeErr("go: creating work dir: cannot create a directory in the temp dir\n");
            return 1;
        }
        bc->workDir = *work;
    }
    if (bf.printCommands || bf.keepWork)
        writeErr("WORK=" + bc->workDir.toUtf8() + "\n");

    const bool traceHashes = ctx.environment()
                                 .value(QStringLiteral("GODEBUG"))
                                 .split(QLatin1Char(','))
                                 .contains(QStringLiteral("gocachehash=1"));
    const cache::HashTrace trace = [](const QByteArray &line) { writeErr(line); };
    if (!bf.debugActiongraph.isEmpty())
        writeGraphFile(bf.debugActiongraph, graph::actionGraphJson(*graph, r, {}, bc->workDir));

    exec::Builder builder(*bc, r, *graph, cache, writeErr, traceHashes ? &trace : nullptr, tools);
    const exec::BuildSummary summary = builder.run(nullptr, nullptr);

    int status = summary.ok() ? 0 : 1;
    if (!bf.debugActiongraph.isEmpty() &&
        !writeGraphFile(bf.debugActiongraph,
                        graph::actionGraphJson(*graph, r, builder.records(), bc->workDir)))
        status = 1;
    if (!bf.debugTrace.isEmpty() &&
        !writeGraphFile(bf.debugTrace, graph::chromeTrace(*graph, r, builder.records())))
        status = 1;
    if (cache)
        cache->trim(QDateTime::currentDateTime());
    if (!bf.dryRun && !bf.keepWork)
        QDir(bc->workDir).removeRecursively();
    return status;
}

} // namespace kiln::cli
