#include "exec/pipelinesteps.h"

#include "flags/instrumentflags.h"
#include "flags/unsupportedflags.h"

#include <QDir>
#include <QTemporaryDir>

namespace kiln::exec
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

void setLinkModeInputs(load::LoaderConfig &config, const flags::BuildFlags &f)
{
    config.linkMode.buildmode = f.buildmode;
    config.linkMode.linkshared = f.linkshared ? load::LinkShared::Yes : load::LinkShared::No;
    config.linkMode.instrument = f.race ? load::Instrument::Race : load::Instrument::None;
    if (!f.ldflags.present()) {
        config.ldflagsFor = nullptr;
        return;
    }
    config.ldflagsFor = [ldflags = f.ldflags, scope = flags::moduleScopeOf(config)](
                            const load::Package &p, load::LoadOrigin origin) {
        return ldflags.flagsFor(p,
                                origin == load::LoadOrigin::CommandLine
                                    ? flags::PackageOrigin::CommandLine
                                    : flags::PackageOrigin::Dependency,
                                scope);
    };
}

std::optional<flags::FlagError> checkInstrumentation(const flags::BuildFlags &f,
                                                     const goenv::GoEnv &env, flags::GoVerb verb)
{
    flags::InstrumentTarget t;
    t.goos = env.value(QStringLiteral("GOOS"));
    t.goarch = env.value(QStringLiteral("GOARCH"));
    t.hostGoos = env.value(QStringLiteral("GOHOSTOS"));
    t.hostGoarch = env.value(QStringLiteral("GOHOSTARCH"));
    t.cgoEnabled = env.value(QStringLiteral("CGO_ENABLED")) == QLatin1String("1");
    if (auto bad = flags::checkInstrumentFlags(f, t))
        return bad;
    return flags::checkKilnSupport(f, verb);
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
    o.installSuffix = f.installsuffix;
    o.race = f.race;
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

} // namespace kiln::exec
