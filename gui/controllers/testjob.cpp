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

// What kiln-cli test hands its TestRunner (cli/testverb.cpp), plus the
// GUI's live view of each run and its Stop.
test::RunSettings runSettingsFor(const test::PreparedTest &t, const QProcessEnvironment &env,
                                 const std::atomic_bool *cancel)
{
    const flags::TestFlags &tf = t.testFlags;
    test::RunSettings s;
    s.testArgs = tf.testArgs;
    s.execCmd = tf.execCmd;
    s.packageList = tf.packageListMode();
    s.showPass = tf.showPass();
    s.stream = !tf.packageListMode() || !tf.bench.isEmpty() || !tf.fuzz.isEmpty();
    s.failFast = tf.failfast;
    s.json = tf.json;
    const auto kill = tf.killTimeout();
    if (tf.timeout.count() > 0 && tf.fuzz.isEmpty() && tf.bench.isEmpty()) {
        s.killTimeoutMs = std::chrono::duration_cast<std::chrono::milliseconds>(kill).count();
        s.killTimeoutText = flags::formatGoDuration(kill);
    }
    s.env = env;
    s.gorootBin = t.config.goroot + QStringLiteral("/bin");
    s.cancel = cancel;
    return s;
}

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
    test::RunSettings settings = runSettingsFor(t, input.environment, cancel);
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
