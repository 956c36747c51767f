// kiln-cli build: go build over Kiln's loader, action graph and builder.
//   kiln-cli build [-o output] [build flags] [packages]
// Prints what go prints (-x/-n scripts, "# pkg" compile errors) on stderr and
// exits 1 when a package fails, 2 on a usage error.
//
// -explain (Kiln's own flag, taken out before go's flags are parsed): after
// the build, why each action ran, compared with the previous build of the
// same action in Kiln's build history (format: explain/explaintext.h).
#include "verbs.h"

#include "exec/builder.h"
#include "exec/buildpipeline.h"
#include "explain/explaintext.h"
#include "graph/actiongraphjson.h"
#include "graph/chrometrace.h"

#include <QFile>

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

void writeLines(const QStringList &lines)
{
    for (const QString &l : lines)
        writeErr(l.toUtf8() + "\n");
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

// Takes Kiln's -explain out of the arguments, wherever it is before a
// "--" (no package or flag value is spelled "-explain"); true when it was
// there.
bool takeExplainFlag(QStringList &args)
{
    bool found = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--"))
            break;
        if (args[i] == QLatin1String("-explain") || args[i] == QLatin1String("--explain")) {
            args.removeAt(i--);
            found = true;
        }
    }
    return found;
}

void printExplanation(const cache::HistoryBuild &recorded, const QString &cacheDir)
{
    if (recorded.timeNs == 0) {
        writeErr("kiln explain: no build history: nothing was recorded (-n, or GOCACHE/kiln "
                 "could not be written)\n");
        return;
    }
    writeErr(
        explain::explainText(explain::explainBuild(recorded, cache::readBuildHistory(cacheDir))));
}

} // namespace

int runBuild(CliContext &ctx, const QStringList &arguments)
{
    QStringList args = arguments;
    const bool explain = takeExplainFlag(args);
    const goenv::Toolchain *tc = ctx.toolchain();
    if (!tc)
        return 1;
    exec::PipelineInput in;
    in.toolchain = *tc;
    in.environment = ctx.environment();
    in.workingDir = ctx.workingDir();
    in.args = args;
    auto prepared = exec::prepareBuild(in);
    if (!prepared) {
        writeLines(prepared.error().warnings);
        writeErr(prepared.error().error.toString().toUtf8() + "\n");
        return prepared.error().exitStatus;
    }
    exec::PreparedBuild &b = *prepared;
    const flags::BuildFlags &bf = b.flags;
    writeLines(b.warnings);
    if (bf.printCommands || bf.keepWork)
        writeErr("WORK=" + b.config.workDir.toUtf8() + "\n");

    const bool traceHashes = ctx.environment()
                                 .value(QStringLiteral("GODEBUG"))
                                 .split(QLatin1Char(','))
                                 .contains(QStringLiteral("gocachehash=1"));
    const cache::HashTrace trace = [](const QByteArray &line) { writeErr(line); };
    if (!bf.debugActiongraph.isEmpty())
        writeGraphFile(bf.debugActiongraph,
                       graph::actionGraphJson(b.graph, b.load, {}, b.config.workDir));

    exec::Builder builder(b.config, b.load, b.graph, b.cache, writeErr,
                          traceHashes ? &trace : nullptr, b.tools);
    const exec::BuildSummary summary = builder.run(nullptr, nullptr);

    int status = summary.ok() ? 0 : 1;
    if (!bf.debugActiongraph.isEmpty() &&
        !writeGraphFile(
            bf.debugActiongraph,
            graph::actionGraphJson(b.graph, b.load, builder.records(), b.config.workDir)))
        status = 1;
    if (!bf.debugTrace.isEmpty() &&
        !writeGraphFile(bf.debugTrace, graph::chromeTrace(b.graph, b.load, builder.records())))
        status = 1;
    const cache::HistoryBuild recorded = exec::finishBuild(b, builder.records());
    if (explain)
        printExplanation(recorded, b.cache ? b.cache->dir() : QString());
    return status;
}

} // namespace kiln::cli
