// The variables of `go env` (envcmd.MkEnv, ExtraEnvVars, ExtraEnvVarsCostly).
#include "goenv/envbuilder.h"

#include "goenv/envchecks.h"
#include "goenv/hostpaths.h"

#include <QFile>
#include <QFileInfo>

namespace kiln::goenv
{

CacheDir cacheDir(const EnvLayers &layers)
{
    CacheDir c;
    QString error;
    const auto base = userCacheDir(layers.process());
    if (base) {
        c.setting.value = joinPath({*base, QStringLiteral("go-build")});
    } else {
        c.setting.value = QStringLiteral("off");
        error = QStringLiteral("GOCACHE is not defined and ") + base.error().message;
    }
    const QString configured = layers.value(QStringLiteral("GOCACHE"));
    if (!configured.isEmpty()) {
        error.clear();
        c.setting = {configured, configured != c.setting.value};
        if (!isAbsPath(configured) && configured != QLatin1String("off")) {
            c.setting.value = QStringLiteral("off");
            error = QStringLiteral("GOCACHE is not an absolute path");
        }
    }
    if (!error.isEmpty())
        c.problem = QStringLiteral("build cache is required, but could not be located: ") + error;
    else if (c.setting.value == QLatin1String("off"))
        c.problem =
            QStringLiteral("build cache is disabled by GOCACHE=off, but required as of Go 1.12");
    return c;
}

// envcmd.MkEnv.
void EnvBuilder::addVariables()
{
    const auto setting = [this](const char *name, const QString &fallback) {
        add(QLatin1String(name), m_layers.valueOrDefault(QLatin1String(name), fallback));
    };
    const QString go111 = m_layers.value(QStringLiteral("GO111MODULE"));
    add(QStringLiteral("GO111MODULE"), go111, !go111.isEmpty() && go111 != QLatin1String("on"));
    add(QStringLiteral("GOARCH"), m_goarch, m_goarch != m_hostArch);
    setting("GOAUTH", QStringLiteral("netrc"));
    addNonEmpty("GOBIN");
    m_cache = cacheDir(m_layers);
    add(QStringLiteral("GOCACHE"), m_cache.setting);
    setting("GOCACHEPROG", QString());
    add(QStringLiteral("GODEBUG"), process("GODEBUG"), !process("GODEBUG").isEmpty());
    add(QStringLiteral("GOENV"), m_envFile);
    add(QStringLiteral("GOEXE"),
        m_goos == QLatin1String("windows") ? QStringLiteral(".exe") : QString());
    const QString experiment = m_layers.valueOr(
        QStringLiteral("GOEXPERIMENT"), m_defaults.constant(QStringLiteral("defaultGOEXPERIMENT")));
    add(QStringLiteral("GOEXPERIMENT"), experiment, !experiment.isEmpty());
    setting("GOFIPS140", m_defaults.constant(QStringLiteral("DefaultGOFIPS140")));
    addNonEmpty("GOFLAGS");
    add(QStringLiteral("GOHOSTARCH"), m_hostArch);
    add(QStringLiteral("GOHOSTOS"), m_hostOs);
    addNonEmpty("GOINSECURE");
    setting("GOMODCACHE", m_gomodcache);
    const QString goprivate = m_layers.value(QStringLiteral("GOPRIVATE"));
    setting("GONOPROXY", goprivate);
    setting("GONOSUMDB", goprivate);
    add(QStringLiteral("GOOS"), m_goos, m_goos != m_hostOs);
    add(QStringLiteral("GOPATH"), m_gopath);
    addNonEmpty("GOPRIVATE");
    setting("GOPROXY", QString());
    add(QStringLiteral("GOROOT"), m_goroot);
    setting("GOSUMDB", QString());
    addTelemetry();
    addNonEmpty("GOTMPDIR");
    setting("GOTOOLCHAIN", QString());
    add(QStringLiteral("GOTOOLDIR"), m_goroot.isEmpty()
                                         ? QString()
                                         : joinPath({m_goroot, QStringLiteral("pkg/tool"),
                                                     m_hostOs + QLatin1Char('_') + m_hostArch}));
    addNonEmpty("GOVCS");
    add(QStringLiteral("GOVERSION"), m_in.toolchain.version);
    addCgoVariables();
}

// GOTELEMETRY is the mode recorded in <config>/go/telemetry/mode ("local"
// when absent; "off" without a config dir); the GOTELEMETRY variable itself
// is not consulted by go.
void EnvBuilder::addTelemetry()
{
    if (!m_configDir) {
        add(QStringLiteral("GOTELEMETRY"), QStringLiteral("off"));
        add(QStringLiteral("GOTELEMETRYDIR"), QString());
        return;
    }
    const QString dir = joinPath({*m_configDir, QStringLiteral("go"), QStringLiteral("telemetry")});
    QString mode = QStringLiteral("local");
    QFile modeFile(dir + QStringLiteral("/mode"));
    if (QFileInfo(modeFile).isFile() && modeFile.open(QIODevice::ReadOnly)) {
        mode = QString::fromUtf8(modeFile.readAll()).trimmed();
        mode = mode.section(QLatin1Char(' '), 0, 0);
    }
    add(QStringLiteral("GOTELEMETRY"), mode);
    add(QStringLiteral("GOTELEMETRYDIR"), dir);
}

// GCCGO, the GOARCH level variable, AR, CC, CXX and CGO_ENABLED.
void EnvBuilder::addCgoVariables()
{
    const QString gccgo = m_layers.valueOr(QStringLiteral("GCCGO"), QStringLiteral("gccgo"));
    const QString gccgoPath = lookPath(gccgo, m_in.environment).path;
    if (!gccgoPath.isEmpty())
        add(QStringLiteral("GCCGO"), gccgoPath, true);
    else
        add(QStringLiteral("GCCGO"), gccgo, gccgo != QLatin1String("gccgo"));
    const QString level = archLevelVariable(m_goarch);
    if (!level.isEmpty()) {
        const QString fallback = level == QLatin1String("GOWASM")
                                     ? canonicalGowasm(process("GOWASM"))
                                     : m_defaults.constant(QStringLiteral("Default") + level);
        add(level, m_layers.valueOrDefault(level, fallback));
    }
    add(QStringLiteral("AR"), m_layers.valueOrDefault(QStringLiteral("AR"), QStringLiteral("ar")));
    const QString cc = m_layers.value(QStringLiteral("CC"));
    add(QStringLiteral("CC"), cc.isEmpty() ? m_defaults.defaultCC(m_goos, m_goarch) : cc,
        !cc.isEmpty());
    const QString cxx = m_layers.value(QStringLiteral("CXX"));
    add(QStringLiteral("CXX"), cxx.isEmpty() ? m_defaults.defaultCXX(m_goos, m_goarch) : cxx,
        !cxx.isEmpty());
    const bool fallback = cgoDefault();
    const QString configured = m_layers.value(QStringLiteral("CGO_ENABLED"));
    m_cgoEnabled = configured == QLatin1String("1") || configured == QLatin1String("0")
                       ? configured == QLatin1String("1")
                       : fallback;
    add(QStringLiteral("CGO_ENABLED"), m_cgoEnabled ? QStringLiteral("1") : QStringLiteral("0"),
        m_cgoEnabled != fallback);
}

// cfg.defaultContext: cgo defaults on for a native build where the platform
// supports it and a C compiler is found ($CC set in the process environment,
// or the default compiler on $PATH). As in go, the compiler lookup is skipped
// when the process environment says CGO_ENABLED=0.
bool EnvBuilder::cgoDefault() const
{
    const QString baked = m_defaults.constant(QStringLiteral("DefaultCGO_ENABLED"));
    if (baked == QLatin1String("1") || baked == QLatin1String("0"))
        return baked == QLatin1String("1");
    if (m_goos != m_hostOs || m_goarch != m_hostArch)
        return false;
    const bool supported = cgoSupported(m_goos, m_goarch);
    const QString processCgo = process("CGO_ENABLED");
    const bool lookForCompiler =
        processCgo == QLatin1String("1") || (processCgo != QLatin1String("0") && supported);
    if (lookForCompiler && process("CC").isEmpty() &&
        !lookPath(m_defaults.defaultCC(m_goos, m_goarch), m_in.environment).usable)
        return false;
    return supported;
}

// envcmd.ExtraEnvVars: the fips140 check and GOMOD/GOWORK (modload.Init).
Result<bool> EnvBuilder::addModuleFiles()
{
    const QString experiment = m_layers.valueOr(
        QStringLiteral("GOEXPERIMENT"), m_defaults.constant(QStringLiteral("defaultGOEXPERIMENT")));
    const QString fips = fipsError(m_env.value(QStringLiteral("GOFIPS140")), m_goroot, experiment);
    if (!fips.isEmpty())
        return fail(QStringLiteral("go: ") + fips);
    auto files = findModuleFiles(moduleQuery());
    if (!files)
        return fail(QStringLiteral("go: ") + files.error().message);
    add(QStringLiteral("GOMOD"), files->gomod);
    add(QStringLiteral("GOWORK"), files->gowork);
    m_env.m_warnings += files->warnings;
    return true;
}

Result<bool> EnvBuilder::addCompilerVariables()
{
    CompilerSetup setup;
    setup.layers = m_layers;
    setup.goos = m_goos;
    setup.goarch = m_goarch;
    setup.cgoEnabled = m_cgoEnabled;
    setup.cc = m_env.value(QStringLiteral("CC"));
    setup.defaultPkgConfig = m_defaults.defaultPkgConfig();
    setup.workingDir = m_cwd;
    setup.cacheError = m_cache.problem;
    setup.run = m_in.runCompiler;
    KILN_TRY(vars, compilerVariables(setup));
    m_env.m_vars += vars;
    return true;
}

} // namespace kiln::goenv
