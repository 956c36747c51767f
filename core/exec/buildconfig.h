// BuildConfig: everything outside the packages that decides what a build
// runs and what its action IDs hash: the go env values, the build flags and
// the per-package values go keeps in p.Internal (flags, OmitDebug, BuildInfo).
// A plain value; the CLI and GUI fill it (see buildsession.h).
#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::exec
{

// Per package (parallel to LoadResult::packages): go's p.Internal build values.
struct PackageBuild {
    QStringList gcflags, asmflags, ldflags; // after pattern matching (-gcflags=pat=…)
    bool omitDebug = false;                 // go run / go test: -dwarf=false, -s -w
    bool forceLibrary = false;              // test variants
    std::optional<QString> buildInfo;       // main packages: BuildInfo.String()
};

enum class Echo { None, Commands /* -x */, DryRun /* -n */ };
enum class Rebuild { IfNeeded, All /* -a */ };
enum class KeepWork { No, Yes /* -work */ };

struct BuildConfig {
    QString goVersion; // runtime.Version() of the go command, e.g. "go1.25.12"
    QString goroot, toolDir;
    QString workDir; // $WORK (absolute), or "$WORK" itself under -n
    QString cwd;     // base.Cwd(): compile runs here; -x paths are shown relative to it
    QString goos, goarch;
    QString archKey, archValue; // cfg.GetArchEnv(): "GOAMD64", "v1" ("" "" for none)
    QString cleanGoexperiment;  // canonical form, "" when at the baseline
    QString buildmode = QStringLiteral("default"); // -buildmode as given
    QString ldBuildmode = QStringLiteral("exe");
    bool trimpath = false;
    Rebuild rebuild = Rebuild::IfNeeded;
    Echo echo = Echo::None;
    KeepWork keepWork = KeepWork::No;
    bool verbose = false;                        // -v: print package names
    int parallelism = 1;                         // -p
    int compileConcurrency = 1;                  // the compiler's -c=N (emitted when > 1)
    QStringList extld;                           // CC as argv, for -extld=
    QString goExtlinkEnabled;                    // cfg.Getenv("GO_EXTLINK_ENABLED")
    QList<std::pair<QString, QString>> magicEnv; // GOSSAFUNC & co. from the process env
    QProcessEnvironment toolEnv;                 // the go command's environment after MkEnv
    QString gocache;                             // "" or "off": no cache
    QList<PackageBuild> packages;
};

} // namespace kiln::exec
