// kiln-cli test: go test over Kiln's loader, test graph, builder and test
// result cache.
//   kiln-cli test [build/test flags] [packages] [build/test flags & test binary flags]
// Test output (ok/FAIL/? lines, -v output, "(cached)") goes to stdout, build
// errors, -x lines and GODEBUG traces to stderr, as go prints them. Exits 1
// when a test or build failed, 2 on a usage error.
#include "verbs.h"

#include "graph/actiongraphjson.h"
#include "test/test2json.h"
#include "test/test2jsonevent.h"
#include "test/testexpire.h"
#include "test/testpipeline.h"
#include "test/testrunner.h"

#include <QFile>

#include <cstdio>

namespace kiln::cli
{

namespace
{

void writeTo(FILE *f, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
    std::fflush(f);
}

void writeErr(const QByteArray &bytes)
{
    writeTo(stderr, bytes);
}

void writeOut(const QByteArray &bytes)
{
    writeTo(stdout, bytes);
}

bool godebug(const CliContext &ctx, const char *setting)
{
    return ctx.environment()
        .value(QStringLiteral("GODEBUG"))
        .split(QLatin1Char(','))
        .contains(QLatin1String(setting));
}

void writeGraph(const QString &file, const QByteArray &data)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        writeErr("go: writing action graph: open " + file.toUtf8() + ": " +
                 f.errorString().toUtf8() + "\n");
}

// go test's reportErr and reportSetupFailed: each error as "# P\n" + text
// (stderr, or build-output/build-fail events on stdout under -json), then
// "FAIL\tP [setup failed]" (through test2json under -json, FailedBuild the
// first error's package).
void reportSetupFailure(const test::PreparedTest &t, const test::SetupFailure &f)
{
    const QString path = t.load.packages[f.package].importPath;
    const QByteArray fail = "FAIL\t" + path.toUtf8() + " [setup failed]\n";
    for (const test::SetupError &e : f.errors) {
        const QByteArray text = "# " + path.toUtf8() + "\n" + e.text.toUtf8();
        if (t.testFlags.json)
            writeOut(test::buildErrorEvents(t.load.packages[e.package].desc(), text));
        else
            writeErr(text + "\n");
    }
    if (!t.testFlags.json) {
        writeOut(fail);
        return;
    }
    QByteArray events;
    test::Test2JsonConverter json(
        path, [&](const test::Test2JsonEvent &, const QByteArray &line) { events += line; });
    json.setFailedBuild(t.load.packages[f.errors.first().package].desc());
    json.feed(fail);
    json.exited(test::TestExit::Failure);
    json.close();
    writeOut(events);
}

// The records -debug-actiongraph shows: go's vet actor keeps its cache key
// to itself (it never sets a.actionID), so vet actions have no ActionID.
QList<graph::ActionRecord> graphRecords(const test::PreparedTest &t, const exec::Builder &b)
{
    QList<graph::ActionRecord> records = b.records();
    for (qsizetype i = 0; i < records.size(); ++i)
        if (t.test.graph.actions[i].mode == graph::Mode::Vet)
            records[i].actionID.clear();
    return records;
}

} // namespace

int runTest(CliContext &ctx, const QStringList &args)
{
    const goenv::Toolchain *tc = ctx.toolchain();
    if (!tc)
        return 1;
    exec::PipelineInput in;
    in.toolchain = *tc;
    in.environment = ctx.environment();
    in.workingDir = ctx.workingDir();
    in.args = args;
    auto prepared = test::prepareTest(in);
    if (!prepared) {
        for (const QString &w : prepared.error().warnings)
            writeErr(w.toUtf8() + "\n");
        writeErr(prepared.error().error.toString().toUtf8() + "\n");
        return prepared.error().exitStatus;
    }
    test::PreparedTest &t = *prepared;
    for (const QString &w : t.warnings)
        writeErr(w.toUtf8() + "\n");
    if (t.flags.printCommands || t.flags.keepWork)
        writeErr("WORK=" + t.config.workDir.toUtf8() + "\n");
    const cache::HashTrace trace = [](const QByteArray &line) { writeErr(line); };
    test::TestCacheTraces traces;
    traces.hash = godebug(ctx, "gocachehash=1") ? &trace : nullptr;
    traces.test = godebug(ctx, "gocachetest=1") ? &trace : nullptr;

    std::optional<test::TestResultCache> results;
    if (t.cache)
        results.emplace(*t.cache, test::readTestExpire(t.cache->dir()));
    test::TestRunner runner(test::runSettingsFor(t, ctx.environment()), std::move(results),
                            writeOut, int(t.test.graph.actions.size()), traces);
    for (const test::SetupFailure &f : t.setupFailures) {
        reportSetupFailure(t, f);
        runner.noteFailure();
    }
    if (!t.flags.debugActiongraph.isEmpty())
        writeGraph(t.flags.debugActiongraph,
                   graph::actionGraphJson(t.test.graph, t.load, {}, t.config.workDir));
    exec::Builder builder(t.config, t.load, t.test.graph, t.cache, writeErr, traces.hash, t.tools);
    builder.setHooks(&runner);
    const exec::BuildSummary summary = builder.run(nullptr, nullptr);
    if (!t.flags.debugActiongraph.isEmpty())
        writeGraph(t.flags.debugActiongraph,
                   graph::actionGraphJson(t.test.graph, t.load, graphRecords(t, builder),
                                          t.config.workDir));
    test::finishTest(t, builder.records());
    return runner.failed() || !summary.ok() ? 1 : 0;
}

} // namespace kiln::cli
