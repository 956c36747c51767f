#include "exec/buildsession.h"

#include "base/goquote.h"
#include "flags/packagematch.h"
#include "goenv/builddefaults.h"
#include "goenv/quotedargs.h"
#include "load/buildcontext.h"
#include "load/linkmode.h"

#include <QThread>

namespace kiln::exec
{

namespace
{

// go's MkEnv: the variables the go command sets in its own environment, so
// every tool sees the same configuration.
const char *const kMkEnv[] = {
    "GO111MODULE", "GOARCH",         "GOAUTH",     "GOBIN",        "GOCACHE",   "GOCACHEPROG",
    "GODEBUG",     "GOENV",          "GOEXE",      "GOEXPERIMENT", "GOFIPS140", "GOFLAGS",
    "GOHOSTARCH",  "GOHOSTOS",       "GOINSECURE", "GOMODCACHE",   "GONOPROXY", "GONOSUMDB",
    "GOOS",        "GOPATH",         "GOPRIVATE",  "GOPROXY",      "GOROOT",    "GOSUMDB",
    "GOTELEMETRY", "GOTELEMETRYDIR", "GOTMPDIR",   "GOTOOLCHAIN",  "GOTOOLDIR", "GOVCS",
    "GOVERSION",   "GCCGO",          "AR",         "CC",           "CXX",       "CGO_ENABLED"};

int gomaxprocs(const QProcessEnvironment &env)
{
    bool ok = false;
    const int n = env.value(QStringLiteral("GOMAXPROCS")).toInt(&ok);
    return ok && n > 0 ? n : QThread::idealThreadCount();
}

// gcBackendConcurrency: -c=N is allowed unless GO19CONCURRENTCOMPILATION=0.
int compileConcurrency(const QProcessEnvironment &env, const QString &cleanExp, int p)
{
    const QString e = env.value(QStringLiteral("GO19CONCURRENTCOMPILATION"));
    if (e == QLatin1String("0") || cleanExp.contains(QLatin1String("fieldtrack")) ||
        cleanExp.contains(QLatin1String("preemptibleloops")))
        return 1;
    const int c = gomaxprocs(env);
    return p == 1 ? c : std::min(c, 4);
}

// go's envList(key, def): the configured value split like quoted.Split,
// the default when it is empty.
Result<QStringList> envList(const goenv::GoEnv &env, const QString &key, const QString &def)
{
    QString v = env.configured(key);
    if (v.isEmpty())
        v = def;
    auto args = goenv::splitQuoted(v);
    if (!args)
        return fail(QStringLiteral("could not parse environment variable %1 with value %2: %3")
                        .arg(key, QString::fromUtf8(goQuote(v.toUtf8())), args.error().message));
    return *args;
}

Result<CgoConfig> cgoConfig(const goenv::GoEnv &env, const QProcessEnvironment &processEnv)
{
    CgoConfig c;
    const QString defaultFlags = QStringLiteral("-O2 -g");
    c.enabled = env.value(QStringLiteral("CGO_ENABLED")) == QLatin1String("1");
    KILN_TRY(cc, goenv::splitQuoted(env.value(QStringLiteral("CC"))));
    KILN_TRY(cxx, goenv::splitQuoted(env.value(QStringLiteral("CXX"))));
    KILN_TRY(fc, envList(env, QStringLiteral("FC"), QStringLiteral("gfortran")));
    c.cc = cc;
    c.cxx = cxx;
    c.fc = fc;
    c.fcSetting = env.configured(QStringLiteral("FC"));
    const goenv::BuildDefaults defaults = goenv::BuildDefaults::forGoroot(env.toolchain().goroot);
    KILN_TRY(pkgConfig, envList(env, QStringLiteral("PKG_CONFIG"), defaults.defaultPkgConfig()));
    c.pkgConfig = pkgConfig.value(0);
    KILN_TRY(cppflags, envList(env, QStringLiteral("CGO_CPPFLAGS"), QString()));
    KILN_TRY(cflags, envList(env, QStringLiteral("CGO_CFLAGS"), defaultFlags));
    KILN_TRY(cxxflags, envList(env, QStringLiteral("CGO_CXXFLAGS"), defaultFlags));
    KILN_TRY(fflags, envList(env, QStringLiteral("CGO_FFLAGS"), defaultFlags));
    KILN_TRY(ldflags, envList(env, QStringLiteral("CGO_LDFLAGS"), defaultFlags));
    c.cppflags = cppflags;
    c.cflags = cflags;
    c.cxxflags = cxxflags;
    c.fflags = fflags;
    c.ldflags = ldflags;
    for (const char *name : {"CFLAGS", "CPPFLAGS", "CXXFLAGS", "FFLAGS", "LDFLAGS"})
        for (const char *kind : {"_ALLOW", "_DISALLOW"}) {
            const QString key = QStringLiteral("CGO_") + QLatin1String(name) + QLatin1String(kind);
            const QString v = env.configured(key);
            if (!v.isEmpty())
                c.flagOverrides.append({key, v});
        }
    // os.Getenv, not cfg.Getenv, in go's ccompile.
    c.goBuilder = !processEnv.value(QStringLiteral("GO_BUILDER_NAME")).isEmpty();
    return c;
}

} // namespace

Result<BuildConfig> baseBuildConfig(const goenv::GoEnv &env, const QProcessEnvironment &processEnv,
                                    const QString &cwd, const BuildOptions &options)
{
    BuildConfig c;
    const goenv::Toolchain &tc = env.toolchain();
    c.goVersion = env.value(QStringLiteral("GOVERSION"));
    c.goroot = tc.goroot;
    c.toolDir = env.value(QStringLiteral("GOTOOLDIR"));
    c.cwd = cwd;
    c.goos = env.value(QStringLiteral("GOOS"));
    c.goarch = env.value(QStringLiteral("GOARCH"));
    c.archKey = load::archLevelVariable(c.goarch);
    if (!c.archKey.isEmpty())
        c.archValue = env.value(c.archKey);
    KILN_TRY(clean,
             load::cleanExperiment(c.goos, c.goarch, env.value(QStringLiteral("GOEXPERIMENT"))));
    c.cleanGoexperiment = clean;
    c.buildmode = options.buildmode;
    c.installSuffix = options.installSuffix;
    if (options.race) {
        c.forcedGcflags.append(QStringLiteral("-race"));
        c.forcedLdflags.append(QStringLiteral("-race"));
        if (!c.installSuffix.isEmpty())
            c.installSuffix += QLatin1Char('_');
        c.installSuffix += QStringLiteral("race");
    }
    // go's buildModeInit for the modes Kiln builds: the default mode is pie
    // where the platform says so, compiled -shared except on windows; the
    // codegen flag goes before the instrumentation flags.
    if (c.buildmode == QLatin1String("default") &&
        load::defaultPie(c.goos, options.race ? load::Instrument::Race : load::Instrument::None)) {
        c.ldBuildmode = QStringLiteral("pie");
        if (c.goos != QLatin1String("windows")) {
            c.forcedGcflags.prepend(QStringLiteral("-shared"));
            c.forcedAsmflags.prepend(QStringLiteral("-shared"));
        }
    }
    c.trimpath = options.trimpath;
    c.rebuild = options.rebuild;
    c.echo = options.echo;
    c.keepWork = options.keepWork;
    c.verbose = options.verbose;
    c.parallelism = options.parallelism > 0 ? options.parallelism : gomaxprocs(processEnv);
    c.compileConcurrency = compileConcurrency(processEnv, clean, c.parallelism);
    KILN_TRY(cc, goenv::splitQuoted(env.value(QStringLiteral("CC"))));
    c.extld = cc;
    KILN_TRY(cgo, cgoConfig(env, processEnv));
    c.cgo = cgo;
    c.goExtlinkEnabled = env.configured(QStringLiteral("GO_EXTLINK_ENABLED"));
    for (const char *name : {"GOCLOBBERDEADHASH", "GOSSAFUNC", "GOSSADIR", "GOCOMPILEDEBUG"}) {
        const QString v = processEnv.value(QLatin1String(name));
        if (!v.isEmpty())
            c.magicEnv.append({QLatin1String(name), v});
    }
    c.toolEnv = processEnv;
    for (const char *name : kMkEnv)
        if (env.contains(QLatin1String(name)))
            c.toolEnv.insert(QLatin1String(name), env.value(QLatin1String(name)));
    if (!c.archKey.isEmpty())
        c.toolEnv.insert(c.archKey, c.archValue);
    c.gocache = env.value(QStringLiteral("GOCACHE"));
    return c;
}

Result<void> addPackages(BuildConfig &config, const load::LoaderConfig &loaderConfig,
                         const load::LoadResult &load, const BuildOptions &options,
                         const goenv::GoEnv &env)
{
    const flags::ModuleScope scope = flags::moduleScopeOf(loaderConfig);
    load::BuildSettings settings = load::buildSettingsFor(loaderConfig);
    settings.buildmode = options.buildmode;
    if (options.asmflags.present())
        settings.asmflags = options.asmflags.raw();
    settings.gcflags = options.gcflags.raw();
    settings.ldflags = options.ldflags.raw();
    settings.trimpath = options.trimpath;
    settings.race = options.race;
    settings.cgoCflags = env.configured(QStringLiteral("CGO_CFLAGS"));
    settings.cgoCppflags = env.configured(QStringLiteral("CGO_CPPFLAGS"));
    settings.cgoCxxflags = env.configured(QStringLiteral("CGO_CXXFLAGS"));
    settings.cgoLdflags = env.configured(QStringLiteral("CGO_LDFLAGS"));
    settings.goproxy = env.value(QStringLiteral("GOPROXY"));
    settings.goarch = config.goarch;
    settings.goos = config.goos;
    settings.goexperiment = env.value(QStringLiteral("GOEXPERIMENT"));
    settings.archVar = config.archKey;
    settings.archValue = config.archValue;
    settings.buildvcs = options.buildvcs;
    settings.environment = config.toolEnv;
    config.packages.clear();
    for (qsizetype i = 0; i < load.packages.size(); ++i) {
        const load::Package &p = load.packages[i];
        const flags::PackageOrigin origin = flags::originOf(load, int(i));
        PackageBuild pb;
        pb.gcflags = options.gcflags.flagsFor(p, origin, scope);
        pb.asmflags = options.asmflags.flagsFor(p, origin, scope);
        pb.ldflags = options.ldflags.flagsFor(p, origin, scope);
        if (p.name == QLatin1String("main")) {
            KILN_TRY(info, load::buildInfoText(load, int(i), settings));
            if (!info.isEmpty())
                pb.buildInfo = info;
        }
        config.packages.append(pb);
    }
    return {};
}

} // namespace kiln::exec
