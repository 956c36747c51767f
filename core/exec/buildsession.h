// From go env values, build flags and a load to a ready BuildConfig: the
// environment tools run in (go's MkEnv), GOARCH's level variable, the clean
// GOEXPERIMENT, the per-package flags (-gcflags pattern scopes) and the
// BuildInfo of main packages. Shared by kiln-cli and the GUI.
#pragma once

#include "base/result.h"
#include "exec/buildconfig.h"
#include "flags/perpackageflag.h"
#include "goenv/goenv.h"
#include "load/buildinfo.h"
#include "load/loader.h"

namespace kiln::exec
{

struct BuildOptions {
    bool trimpath = false;
    Rebuild rebuild = Rebuild::IfNeeded;
    Echo echo = Echo::None;
    KeepWork keepWork = KeepWork::No;
    bool verbose = false;
    int parallelism = 0; // -p; 0 = GOMAXPROCS
    QString buildmode = QStringLiteral("default");
    flags::PerPackageFlag gcflags, asmflags, ldflags;
    load::BuildVcs buildvcs = load::BuildVcs::Auto;
    QString pgo = QStringLiteral("auto");
    QString installSuffix; // -installsuffix
    bool race = false;     // -race
};

// Everything but the per-package part. processEnv is Kiln's environment
// (tools inherit it, with go env's values on top like go's MkEnv).
// Errors: a bad GOEXPERIMENT, an unparsable CC.
Result<BuildConfig> baseBuildConfig(const goenv::GoEnv &env, const QProcessEnvironment &processEnv,
                                    const QString &cwd, const BuildOptions &options);

// Fills config.packages for a load: flags by pattern, OmitDebug, BuildInfo
// of main packages. Errors: a main package's VCS error (go's text).
// Blocking (BuildInfo may run git).
Result<void> addPackages(BuildConfig &config, const load::LoaderConfig &loaderConfig,
                         const load::LoadResult &load, const BuildOptions &options,
                         const goenv::GoEnv &env);

} // namespace kiln::exec
