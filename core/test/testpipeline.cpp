#include "test/testpipeline.h"

#include "exec/historyrecord.h"
#include "exec/pipelinesteps.h"
#include "load/loaderrors.h"
#include "load/loadsession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kiln::test
{

namespace
{

QList<SetupError> setupErrors(const load::LoadResult &r, const QList<int> &packages)
{
    QList<SetupError> out;
    for (int p : packages)
        out << SetupError{p, r.packages[p].error->text()};
    return out;
}

// Splits the command-line packages into testable ones and setup failures.
QList<int> testable(PreparedTest &out)
{
    const load::LoadResult &r = out.load;
    QHash<int, int> setOf;
    for (qsizetype i = 0; i < r.testRoots.size(); ++i)
        setOf.insert(r.testRoots[i], int(i));
    QList<int> ok;
    for (int p : r.roots) {
        QList<SetupError> errs = setupErrors(r, load::packagesWithErrors(r, p));
        if (errs.isEmpty() && setOf.contains(p))
            if (const int e = load::testVariantError(r, r.testSets[setOf.value(p)]); e >= 0)
                errs = setupErrors(r, {e});
        if (errs.isEmpty())
            ok << p;
        else
            out.setupFailures << SetupFailure{p, errs};
    }
    return ok;
}

// The graph when every package failed its setup: go's root alone (it still
// prints the final FAIL).
TestGraph rootOnly(const load::LoadResult &load, const QString &exeSuffix)
{
    graph::GraphBuilder b(load, exeSuffix);
    graph::Action root;
    root.mode = graph::Mode::GoTest;
    TestGraph g;
    g.graph = b.finish(b.addAction(root));
    return g;
}

QString objdirPath(const QString &workDir, int objdir)
{
    return workDir + QStringLiteral("/b%1").arg(objdir, 3, 10, QLatin1Char('0'));
}

// go's builderTest: P.test's Dir is its test objdir, where _testmain.go is
// written (not under -n).
Result<void> placeTestMains(PreparedTest &out)
{
    for (const std::array<int, 3> &set : out.load.testSets) {
        load::Package &pmain = out.load.packages[set[2]];
        const int compile = [&] {
            for (qsizetype a = 0; a < out.test.graph.actions.size(); ++a)
                if (out.test.graph.actions[a].package == set[2] &&
                    out.test.graph.actions[a].mode == graph::Mode::Build)
                    return int(a);
            return -1;
        }();
        if (compile < 0)
            continue; // a setup failure
        pmain.dir = objdirPath(out.config.workDir, out.test.graph.actions[compile].objdir);
        if (out.flags.dryRun)
            continue;
        if (!QDir().mkpath(pmain.dir))
            return fail(QStringLiteral("mkdir %1: cannot create directory").arg(pmain.dir));
        QFile f(pmain.dir + QStringLiteral("/_testmain.go"));
        if (!f.open(QIODevice::WriteOnly) || f.write(pmain.testmainGo) != pmain.testmainGo.size())
            return fail(QStringLiteral("open %1: %2").arg(f.fileName(), f.errorString()));
    }
    return {};
}

Result<void> prepareInto(const exec::PipelineInput &in, PreparedTest &out, int &exitStatus)
{
    KILN_TRY(env0, exec::computeEnv(in, in.workingDir));
    auto parsed =
        flags::parseTestFlags(in.args, env0.value(QStringLiteral("GOFLAGS")), in.workingDir);
    if (!parsed) {
        exitStatus = parsed.error().exitStatus;
        return fail(parsed.error().message);
    }
    out.testFlags = std::move(*parsed);
    out.flags = out.testFlags.build;
    const flags::TestFlags &tf = out.testFlags;
    const flags::BuildFlags &bf = out.flags;
    if (const auto bad = flags::checkBuildFlags(bf, flags::ModuleMode::Modules)) {
        exitStatus = bad->exitStatus;
        return fail(bad->message);
    }
    KILN_TRY(env, exec::computeEnv(in, bf.workingDir));
    if (const auto refused = exec::checkInstrumentation(bf, env, flags::GoVerb::Test)) {
        exitStatus = refused->exitStatus;
        return fail(refused->message);
    }
    auto loaderConfig = load::makeLoaderConfig(env, bf.loadFlags(), bf.workingDir);
    if (!loaderConfig)
        return std::unexpected(loaderConfig.error());
    loaderConfig->cancel = in.cancel;
    exec::setLinkModeInputs(*loaderConfig, bf); // -linkmode=external: runtime/cgo, or go's error
    loaderConfig->tests = load::ListTests::Yes;
    loaderConfig->variantNames = load::VariantNames::Plain;
    const exec::BuildOptions options = exec::optionsFrom(bf);
    KILN_TRY(config, exec::baseBuildConfig(env, in.environment, bf.workingDir, options));
    out.config = std::move(config);
    out.tools = std::make_shared<exec::ToolIds>(out.config.toolDir, out.config.toolEnv);
    out.tools->prefetch({QStringLiteral("compile"), QStringLiteral("asm"), QStringLiteral("link"),
                         QStringLiteral("vet")});
    out.load = load::loadPackages(*loaderConfig, bf.packages);
    if (!out.load.fatal.isEmpty())
        return fail(out.load.fatal.first().toString());
    out.warnings = out.load.warnings;
    if (out.load.roots.isEmpty())
        return fail(QStringLiteral("no packages to test"));
    if (in.cancel && in.cancel->load())
        return fail(QStringLiteral("cancelled"));
    KILN_CHECK(exec::addPackages(out.config, *loaderConfig, out.load, options, env));
    out.config.vetFlags = tf.vet.flags;
    out.config.vetExplicit = tf.vet.explicitlySet;
    const bool keep = tf.compileOnly || tf.needBinary();
    addTestPackageBuilds(out.config, out.load, keep ? OmitDebug::No : OmitDebug::Yes);
    if (!bf.dryRun) {
        KILN_TRY(cache, exec::openCache(env));
        out.cache = std::move(cache);
    }
    TestRequest req;
    req.packages = testable(out);
    req.vet = tf.vet.off ? TestVet::Off : TestVet::On;
    req.binary = tf.compileOnly ? TestBinary::CompileOnly : TestBinary::Run;
    req.keepBinary = tf.needBinary();
    req.output = tf.output;
    req.outputIsDir =
        !tf.output.isEmpty() && (tf.output.endsWith(QLatin1Char('/')) ||
                                 QFileInfo(QDir(bf.workingDir).filePath(tf.output)).isDir());
    req.order = tf.bench.isEmpty() ? RunOrder::Parallel : RunOrder::Serial;
    req.cwd = bf.workingDir;
    req.exeSuffix =
        out.config.goos == QLatin1String("windows") ? QStringLiteral(".exe") : QString();
    if (req.packages.isEmpty() && !out.setupFailures.isEmpty()) {
        out.test = rootOnly(out.load, req.exeSuffix);
    } else {
        KILN_TRY(graph, goTestGraph(out.load, req));
        out.test = std::move(graph);
    }
    if (bf.dryRun) {
        out.config.workDir = QStringLiteral("$WORK");
    } else {
        KILN_TRY(work, exec::makeWorkDir(env));
        out.config.workDir = work;
    }
    return placeTestMains(out);
}

} // namespace

std::expected<PreparedTest, exec::PrepareFailure> prepareTest(const exec::PipelineInput &in)
{
    PreparedTest out;
    out.command = (QStringList{QStringLiteral("test")} + in.args).join(QLatin1Char(' '));
    int exitStatus = 1;
    if (auto done = prepareInto(in, out, exitStatus); !done)
        return std::unexpected(exec::PrepareFailure{done.error(), out.warnings, exitStatus});
    return out;
}

cache::HistoryBuild finishTest(PreparedTest &test, const QList<graph::ActionRecord> &records)
{
    cache::HistoryBuild recorded;
    if (test.cache) {
        recorded = exec::recordHistory(
            test.cache->dir(),
            exec::HistorySource{test.load, test.config, test.test.graph, test.command}, records);
        test.cache->trim(QDateTime::currentDateTime());
    }
    if (!test.flags.dryRun && !test.flags.keepWork)
        QDir(test.config.workDir).removeRecursively();
    return recorded;
}

RunSettings runSettingsFor(const PreparedTest &t, const QProcessEnvironment &environment)
{
    const flags::TestFlags &tf = t.testFlags;
    RunSettings s;
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
    s.env = environment;
    s.gorootBin = t.config.goroot + QStringLiteral("/bin");
    return s;
}

} // namespace kiln::test
