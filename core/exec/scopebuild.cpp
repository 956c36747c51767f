#include "exec/scopebuild.h"

#include "exec/buildsession.h"
#include "exec/pipelinesteps.h"
#include "exec/toolid.h"
#include "load/loadsession.h"

namespace kiln::exec
{

Result<ScopeBuild> loadScopeBuild(const PipelineInput &input)
{
    ScopeBuild out;
    KILN_TRY(env0, computeEnv(input, input.workingDir));
    const QString goflags = env0.value(QStringLiteral("GOFLAGS"));
    auto parsed = flags::parseBuildFlags(input.args, goflags, input.workingDir);
    if (!parsed)
        return fail(parsed.error().message);
    out.flags = std::move(*parsed);
    const flags::BuildFlags &bf = out.flags;
    out.workingDir = bf.workingDir;
    KILN_TRY(scopes, flags::goflagsScopes(goflags));
    out.goflags = scopes;
    auto env =
        bf.workingDir == input.workingDir ? std::move(env0) : computeEnv(input, bf.workingDir);
    if (!env)
        return std::unexpected(env.error());
    auto loaderConfig = load::makeLoaderConfig(*env, bf.loadFlags(), bf.workingDir);
    if (!loaderConfig)
        return std::unexpected(loaderConfig.error());
    loaderConfig->cancel = input.cancel;
    setLinkModeInputs(*loaderConfig, bf); // -linkmode=external: main imports runtime/cgo
    KILN_TRY(config, baseBuildConfig(*env, input.environment, bf.workingDir, optionsFrom(bf)));
    out.goVersion = config.goVersion;
    ToolIds tools(config.toolDir, config.toolEnv);
    tools.prefetch({QStringLiteral("compile"), QStringLiteral("asm"), QStringLiteral("link")});
    out.scope = flags::moduleScopeOf(*loaderConfig);
    out.load = load::loadPackages(*loaderConfig, bf.packages);
    if (!out.load.fatal.isEmpty())
        return fail(out.load.fatal.first().toString());
    out.warnings = out.load.warnings;
    if (input.cancel && input.cancel->load())
        return fail(QStringLiteral("cancelled"));

    graph::BuildRequest req;
    req.packages = out.load.roots;
    req.output = bf.output;
    req.exeSuffix = config.goos == QLatin1String("windows") ? QStringLiteral(".exe") : QString();
    KILN_TRY(graph, graph::goBuildGraph(out.load, req));
    out.graph = std::move(graph);
    out.compileId = tools.id(QStringLiteral("compile")).value_or(QString());
    out.asmId = tools.id(QStringLiteral("asm")).value_or(QString());
    out.linkId = tools.id(QStringLiteral("link")).value_or(QString());
    return out;
}

} // namespace kiln::exec
