// GoEnv::compute's order and go's checks before `go env` runs; the
// variables themselves are in envvariables.cpp.
#include "goenv/goenv.h"

#include "base/goquote.h"
#include "goenv/envbuilder.h"
#include "goenv/envchecks.h"
#include "goenv/hostpaths.h"

#include <QFileInfo>
#include <algorithm>

namespace kiln::goenv
{

namespace
{

QString quoted(const QString &s)
{
    return QString::fromUtf8(goQuote(s.toUtf8()));
}

bool isCostly(const QString &name)
{
    static const QStringList costly = {
        QStringLiteral("CGO_CFLAGS"),   QStringLiteral("CGO_CPPFLAGS"),
        QStringLiteral("CGO_CXXFLAGS"), QStringLiteral("CGO_FFLAGS"),
        QStringLiteral("CGO_LDFLAGS"),  QStringLiteral("PKG_CONFIG"),
        QStringLiteral("GOGCCFLAGS")};
    return costly.contains(name.section(QLatin1Char('='), 0, 0));
}

} // namespace

Result<GoEnv> EnvBuilder::run()
{
    m_env.m_toolchain = m_in.toolchain;
    m_cwd = m_in.workingDir;
    loadFiles();
    readPlatform();
    // go's order: toolchain selection, GOPATH, build configuration, then env's own work.
    for (auto step : {&EnvBuilder::checkToolchainSelection, &EnvBuilder::checkGopath,
                      &EnvBuilder::checkBuildConfig}) {
        if (auto ok = (this->*step)(); !ok)
            return std::unexpected(ok.error());
    }
    addVariables();
    if (auto ok = addModuleFiles(); !ok)
        return std::unexpected(ok.error());
    if (m_in.names.isEmpty() || std::any_of(m_in.names.begin(), m_in.names.end(), isCostly)) {
        if (auto ok = addCompilerVariables(); !ok)
            return std::unexpected(ok.error());
    }
    std::stable_sort(m_env.m_vars.begin(), m_env.m_vars.end(),
                     [](const EnvVar &a, const EnvVar &b) { return a.name < b.name; });
    m_env.m_layers = m_layers;
    return m_env;
}

// cfg.EnvFile and initEnvCache: the user's file, then $GOROOT/go.env of the
// GOROOT go finds (a GOROOT set in the user's file counts, like go).
void EnvBuilder::loadFiles()
{
    m_configDir = userConfigDir(m_in.environment);
    const QString goenv = process("GOENV");
    if (goenv == QLatin1String("off"))
        m_envFile = {};
    else if (!goenv.isEmpty())
        m_envFile = {goenv, true};
    else if (m_configDir)
        m_envFile = {joinPath({*m_configDir, QStringLiteral("go/env")}), false};
    const EnvFile user = readEnvFile(m_envFile.value);
    m_layers.addUserFile(user);
    QString root = m_layers.fileValue(QStringLiteral("GOROOT"));
    if (root.isEmpty())
        root = process("GOROOT");
    root = root.isEmpty() ? m_in.toolchain.goroot : cleanPath(root);
    const EnvFile gorootFile = readEnvFile(joinPath({root, QStringLiteral("go.env")}));
    m_layers.addGorootFile(gorootFile);
    m_layers.setFileGoroot(root);
    m_goroot = m_layers.value(QStringLiteral("GOROOT"));
    m_env.m_ignored = user.ignored + gorootFile.ignored;
}

void EnvBuilder::readPlatform()
{
    const QString host = QFileInfo(m_in.toolchain.toolDir).fileName(); // "linux_amd64"
    m_hostOs = host.section(QLatin1Char('_'), 0, 0);
    m_hostArch = host.section(QLatin1Char('_'), 1);
    m_goos = m_layers.valueOr(QStringLiteral("GOOS"), m_hostOs);
    m_goarch = m_layers.valueOr(QStringLiteral("GOARCH"), m_hostArch);
    m_defaults = BuildDefaults::forGoroot(m_in.toolchain.goroot);
}

ModuleQuery EnvBuilder::moduleQuery() const
{
    return {m_cwd, m_layers.value(QStringLiteral("GO111MODULE")),
            m_layers.value(QStringLiteral("GOWORK")), m_goroot, tempDir(m_in.environment)};
}

// toolchain.Select: validates GOTOOLCHAIN when go runs in module mode. Kiln
// never switches toolchains, so a GOTOOLCHAIN naming another one is an error.
Result<bool> EnvBuilder::checkToolchainSelection()
{
    const QStringList lone = {QStringLiteral("GOTOOLCHAIN"), QStringLiteral("GOMOD"),
                              QStringLiteral("GOWORK")};
    if (m_in.bareQuery && m_in.names.size() == 1 && lone.contains(m_in.names.first()))
        return true;
    const ModuleQuery query = moduleQuery();
    if (!modulesWillBeEnabled(query))
        return true;
    const QString gotoolchain = m_layers.value(QStringLiteral("GOTOOLCHAIN"));
    if (gotoolchain.isEmpty())
        return true;
    const QString bad = gotoolchainError(gotoolchain);
    if (!bad.isEmpty())
        return fail(QStringLiteral("go: ") + bad);
    const bool readsModFiles = gotoolchain == QLatin1String("auto") ||
                               gotoolchain == QLatin1String("path") ||
                               gotoolchain.endsWith(QLatin1String("+auto")) ||
                               gotoolchain.endsWith(QLatin1String("+path"));
    if (readsModFiles && query.gowork != QLatin1String("off") && !query.gowork.isEmpty() &&
        query.gowork != QLatin1String("auto") && !isAbsPath(query.gowork))
        return fail(QStringLiteral("go: go: invalid GOWORK: not an absolute path")); // sic
    const QString min = gotoolchainMinimum(gotoolchain);
    if (!min.isEmpty() && min != m_in.toolchain.version)
        return fail(QStringLiteral("kiln: GOTOOLCHAIN=%1 selects %2, but Kiln only runs the "
                                   "toolchain it found (%3); set GOTOOLCHAIN=local or auto")
                        .arg(gotoolchain, min, m_in.toolchain.version));
    return true;
}

// cfg's GOPATH and GOMODCACHE, then go's main: a GOPATH entry must be
// absolute (an inferred one that is not is dropped), and must not start with "~".
Result<bool> EnvBuilder::checkGopath()
{
    addGopath();
    const QString gopath = m_gopath.value;
    if (cleanPath(gopath) == cleanPath(m_goroot)) {
        m_env.m_warnings.append(QStringLiteral("warning: both GOPATH and GOROOT are the same "
                                               "directory (%1); see "
                                               "https://go.dev/wiki/InstallTroubleshooting")
                                    .arg(gopath));
        return true;
    }
    for (const QString &entry : gopath.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (entry.startsWith(QLatin1Char('~')))
            return fail(QStringLiteral("go: GOPATH entry cannot start with shell metacharacter "
                                       "'~': %1")
                            .arg(quoted(entry)));
        if (isAbsPath(entry))
            continue;
        if (!m_layers.value(QStringLiteral("GOPATH")).isEmpty())
            return fail(QStringLiteral("go: GOPATH entry is relative; must be absolute path: "
                                       "%1.\nFor more details see: 'go help gopath'")
                            .arg(quoted(entry)));
        m_gopath.value.clear();
    }
    return true;
}

void EnvBuilder::addGopath()
{
    const QString runtimeRoot =
        process("GOROOT").isEmpty() ? m_in.toolchain.goroot : process("GOROOT");
    QString inferred;
    const QString home = process("HOME");
    if (!home.isEmpty()) {
        inferred = joinPath({home, QStringLiteral("go")});
        if (inferred == cleanPath(runtimeRoot))
            inferred.clear();
    }
    const QString processGopath = process("GOPATH");
    m_gopath = m_layers.valueOrDefault(QStringLiteral("GOPATH"),
                                       processGopath.isEmpty() ? inferred : processGopath);
    const QString first = m_gopath.value.section(QLatin1Char(':'), 0, 0);
    m_gomodcache = first.isEmpty() ? QString() : joinPath({first, QStringLiteral("pkg/mod")});
}

// buildcfg.Check (process environment only), then the GOEXPERIMENT go
// configures (files included), then the NAME arguments.
Result<bool> EnvBuilder::checkBuildConfig()
{
    const QString buildcfgGoos = process("GOOS").isEmpty() ? m_hostOs : process("GOOS");
    const QString buildcfgGoarch = process("GOARCH").isEmpty() ? m_hostArch : process("GOARCH");
    QString bad = buildcfgError(m_in.environment, m_defaults, buildcfgGoos, buildcfgGoarch);
    if (bad.isEmpty())
        bad = experimentError(
            m_layers.valueOr(QStringLiteral("GOEXPERIMENT"),
                             m_defaults.constant(QStringLiteral("defaultGOEXPERIMENT"))));
    if (!bad.isEmpty())
        return fail(QStringLiteral("go: ") + bad);
    for (const QString &name : m_in.names) {
        if (name.contains(QLatin1Char('=')))
            return fail(QStringLiteral("go: invalid variable name %1 (use -w to set variable)")
                            .arg(quoted(name)));
    }
    return true;
}

Result<GoEnv> GoEnv::compute(const EnvInput &input)
{
    return EnvBuilder(input).run();
}

QString GoEnv::value(const QString &name) const
{
    for (const EnvVar &v : m_vars) {
        if (v.name == name)
            return v.value;
    }
    return m_layers.isKnown(name) ? m_layers.value(name) : QString();
}

bool GoEnv::contains(const QString &name) const
{
    return std::any_of(m_vars.begin(), m_vars.end(),
                       [&](const EnvVar &v) { return v.name == name; });
}

} // namespace kiln::goenv
