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

// The C toolchain as cgo builds use it (go's envList/cfg.Getenv values).
// Every list that reaches a command line is also hashed: cc, the CGO_*
// flags (merged with #cgo directives) and cxx/fc in the compile action ID,
// cc/cxx as -extld in the link command.
struct CgoConfig {
    bool enabled = false;         // cfg.BuildContext.CgoEnabled
    QStringList cc, cxx, fc;      // CC/CXX/FC split, else DefaultCC/DefaultCXX/gfortran
    QString fcSetting;            // cfg.Getenv("FC") (-lgfortran needs "gfortran" in it)
    QString pkgConfig;            // PKG_CONFIG's first word, else DefaultPkgConfig
    QStringList cppflags, cflags; // CGO_CPPFLAGS (default ""), CGO_CFLAGS ("-O2 -g")
    QStringList cxxflags, fflags; // CGO_CXXFLAGS, CGO_FFLAGS ("-O2 -g")
    QStringList ldflags;          // CGO_LDFLAGS ("-O2 -g")
    QList<std::pair<QString, QString>> flagOverrides; // CGO_<X>_ALLOW / _DISALLOW that are set
    bool goBuilder = false;                           // $GO_BUILDER_NAME set: C warnings are errors
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
    // go's instrumentInit: -race adds "-race" to forcedGcflags and
    // forcedLdflags (hashed as %q lists in the compile/link action IDs) and
    // "race" to the install suffix (-installsuffix x → "x_race"), which
    // compile and link get as -installsuffix.
    QStringList forcedGcflags, forcedAsmflags, forcedLdflags;
    QString installSuffix;
    QString ldBuildmode = QStringLiteral("exe");
    bool trimpath = false;
    Rebuild rebuild = Rebuild::IfNeeded;
    Echo echo = Echo::None;
    KeepWork keepWork = KeepWork::No;
    bool verbose = false;                        // -v: print package names
    int parallelism = 1;                         // -p
    int compileConcurrency = 1;                  // the compiler's -c=N (emitted when > 1)
    QStringList extld;                           // CC as argv, for -extld=
    CgoConfig cgo;                               // cgo packages and the C toolchain
    QString goExtlinkEnabled;                    // cfg.Getenv("GO_EXTLINK_ENABLED")
    QList<std::pair<QString, QString>> magicEnv; // GOSSAFUNC & co. from the process env
    QProcessEnvironment toolEnv;                 // the go command's environment after MkEnv
    QString gocache;                             // "" or "off": no cache
    QList<PackageBuild> packages;
    // go test's vet (work.VetFlags / VetExplicit): the analyzer flags and
    // whether the command line chose them (else GOROOT packages get go's
    // -unsafeptr=false -unreachable=false).
    QStringList vetFlags;
    bool vetExplicit = false;
};

} // namespace kiln::exec
