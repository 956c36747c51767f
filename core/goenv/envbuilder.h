// EnvBuilder: the computation behind GoEnv::compute, shared by goenv.cpp
// (lookup, go's checks) and envvariables.cpp (the variables). Internal to
// kiln_goenv.
#pragma once

#include "goenv/builddefaults.h"
#include "goenv/goenv.h"
#include "goenv/modulefiles.h"

namespace kiln::goenv
{

// cache.DefaultDir: the effective GOCACHE and why it is unusable, if it is.
struct CacheDir {
    Setting setting;
    QString problem; // go's fatal message when the cache is needed
};

CacheDir cacheDir(const EnvLayers &layers);

// Computes one GoEnv in go's order: configuration lookup, the checks go's
// main runs before `go env`, the variable list (envcmd.MkEnv), GOMOD/GOWORK
// (ExtraEnvVars) and the compiler variables (ExtraEnvVarsCostly).
class EnvBuilder
{
public:
    explicit EnvBuilder(const EnvInput &in) : m_in(in), m_layers(in.environment) {}

    Result<GoEnv> run();

private:
    void loadFiles();
    void readPlatform();
    Result<bool> checkToolchainSelection();
    Result<bool> checkGopath();
    Result<bool> checkBuildConfig();
    void addVariables();
    void addCgoVariables();
    void addTelemetry();
    void addGopath();
    Result<bool> addModuleFiles();
    Result<bool> addCompilerVariables();
    bool cgoDefault() const;
    ModuleQuery moduleQuery() const;

    void add(const QString &name, const QString &value, bool changed = false)
    {
        m_env.m_vars.append({name, value, changed});
    }
    void add(const QString &name, const Setting &s) { add(name, s.value, s.changed); }
    void addNonEmpty(const char *name)
    {
        const QString v = m_layers.value(QLatin1String(name));
        add(QLatin1String(name), v, !v.isEmpty());
    }
    QString process(const char *name) const { return m_layers.processValue(QLatin1String(name)); }

    const EnvInput &m_in;
    EnvLayers m_layers;
    BuildDefaults m_defaults;
    GoEnv m_env;
    QString m_hostOs, m_hostArch, m_goroot, m_goos, m_goarch, m_cwd;
    Result<QString> m_configDir = QString();
    Setting m_envFile;
    Setting m_gopath;
    QString m_gomodcache;
    CacheDir m_cache;
    bool m_cgoEnabled = false;
};

} // namespace kiln::goenv
