#include "controllers/testjob.h"

#include "controllers/jobsetup.h"

#include "exec/builder.h"
#include "test/testexpire.h"
#include "test/testpipeline.h"
#include "test/testrunner.h"

namespace kiln::gui
{

namespace
{

// go test's report of a package that cannot be built: its errors on
// stderr, "FAIL\tP [setup failed]" on stdout.
void reportSetupFailure(const test::PreparedTest &t, const test::SetupFailure &f,
                        BuildChannel &channel)
{
    const QString path = t.load.packages[f.package].importPath;
    for (const test::SetupError &e : f.errors)
        channel.print("# " + path.toUtf8() + "\n" + e.text.toUtf8() + "\n");
    const QByteArray fail = "FAIL\t" + path.toUtf8() + " [setup failed]\n";
    channel.print(fail, OutputKind::TestOut);
    channel.testSetupFailed(path, fail);
}

BuildJobResult testHere(const BuildJobInput &input, BuildChannel &channel,
                        const std::atomic_bool *cancel)
{
    BuildJobResult result;
    auto prepared = test::prepareTest(pipelineInputOf(input, cancel));
    if (!prepared) {
        reportPrepareFailure(prepared.error(), channel, result);
        return result;
    }
    test::PreparedTest &t = *prepared;
    printWarnings(t.warnings, channel);
    channel.setStart(buildStartOf(input.arguments, t.config, t.load, t.test.graph));

    QHash<int, QString> runPackages; // test run action → the tested package's import path
    for (qsizetype i = 0; i < t.test.runs.size(); ++i)
        runPackages.insert(t.test.runs[i], t.load.packages[t.test.packages[i]].importPath);
    test::RunSettings settings = test::runSettingsFor(t, input.environment);
    settings.cancel = cancel;
    settings.runOutput = [&channel, &runPackages](int action, const QByteArray &text) {
        channel.testOutput(action, runPackages.value(action), text);
    };
    std::optional<test::TestResultCache> results;
    if (t.cache)
        results.emplace(*t.cache, test::readTestExpire(t.cache->dir()));
    test::TestRunner runner(
        std::move(settings), std::move(results),
        [&channel](const QByteArray &text) { channel.print(text, OutputKind::TestOut); },
        int(t.test.graph.actions.size()));
    for (const test::SetupFailure &f : t.setupFailures) {
        reportSetupFailure(t, f, channel);
        runner.noteFailure();
    }
    exec::Builder builder(
        t.config, t.load, t.test.graph, t.cache,
        [&channel](const QByteArray &text) { channel.print(text); }, nullptr, t.tools);
    builder.setHooks(&runner);
    result.started = true;
    result.summary = builder.run(channel.observer(builder), cancel);
    result.records = builder.records();
    result.testsFailed = runner.failed();
    test::finishTest(t, result.records);
    return result;
}

} // namespace

BuildJobResult runTestJob(const BuildJobInput &input, BuildChannel &channel,
                          const std::atomic_bool *cancel)
{
    BuildJobResult result;
    runAtPriority(input.priority, [&] { result = testHere(input, channel, cancel); });
    return result;
}

} // namespace kiln::gui
