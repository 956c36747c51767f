// BuildInfo: the module and build-setting text go embeds in every binary it
// links from a main package (runtime/debug.BuildInfo.String() of what
// cmd/go's load.setBuildInfo gathers) and hashes into the main package's
// action IDs ("modinfo %q"). `go version -m BIN` prints it, each line after a
// tab.
//
// Text grammar (BuildInfo.String; cmd/go leaves GoVersion empty, so there is
// never a "go" line):
//   text    = "path\t" pkgpath "\n" [ "mod\t" module ] { "dep\t" module } { setting }
//   module  = path "\t" version "\t" sum "\n"                    not replaced
//           | path "\t" version "\n" "=>\t" path "\t" version "\t" sum "\n" "\n"
//   setting = "build\t" key "=" value "\n"
// The extra "\n" after a replacement is go's: it leaves a blank line. An empty
// version is "(devel)"; sums come from go.sum (none for the main module,
// replaced modules, directory replacements and in vendor mode). key is
// strconv.Quote'd when it is empty or has any of = space tab CR LF " `;
// value when it has any of space tab CR LF " `; newlines in values were
// already turned into spaces. pkgpath is "command-line-arguments" for .go
// files named on the command line; the mod line is absent when the package
// has no module (GOPATH mode, command-line files, std).
//
// Deps: the modules of every package the main package imports, directly or
// not (not the main module's path), ordered by gover.ModSort (sortModules,
// mvs.h).
// Settings, in setBuildInfo's order: -asan -asmflags -buildmode -compiler
// -gccgoflags -gcflags -ldflags (not with -trimpath) -cover -msan -race -tags
// -trimpath DefaultGODEBUG CGO_ENABLED CGO_CFLAGS CGO_CPPFLAGS CGO_CXXFLAGS
// CGO_LDFLAGS (cgo on and no -trimpath) GOARCH GOEXPERIMENT GOFIPS140 GOOS
// <GOAMD64|GOARM|...> vcs vcs.revision vcs.time vcs.modified; with a PGO
// profile "-pgo" is added and then all settings are sorted by key (go does
// the same in setPGOProfilePath, which moves GOAMD64 before GOARCH).
//
// The link step stores modInfoData(text): go's 16-byte start sentinel, the
// text, go's 16-byte end sentinel (modload.ModInfoData).
#pragma once

#include "base/result.h"
#include "load/loader.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace kiln::load
{

// -buildvcs: auto (the default), true, false.
enum class BuildVcs { Auto, True, False };

// What setBuildInfo reads from the go command's flags and environment (the
// loader knows the rest: the package, its module, its imports,
// DefaultGODEBUG). Every field can change the text, and through it the
// main package's action IDs.
struct BuildSettings {
    QString buildmode = QStringLiteral("default"); // -buildmode; default → exe for main
    QString compiler = QStringLiteral("gc");
    // The raw text of the last -asmflags occurrence; go records it whenever
    // the flag was given, even empty ("-asmflags=").
    std::optional<QString> asmflags;
    QString gcflags;    // raw text of the last -gcflags ("" = absent)
    QString ldflags;    // raw text of the last -ldflags ("" = absent)
    QString gccgoflags; // raw text of the last -gccgoflags (gccgo only)
    QStringList tags;   // cfg.BuildContext.BuildTags (with fips140vX.Y if go added it)
    bool trimpath = false;
    bool cover = false;
    bool race = false;
    bool msan = false;
    bool asan = false;
    bool cgoEnabled = false;
    // cfg.Getenv values (environment, GOENV file, go.env; not go env's
    // defaults such as "-O2 -g"): recorded only with cgo and no -trimpath.
    QString cgoCflags, cgoCppflags, cgoCxxflags, cgoLdflags;
    QString goarch, goos;
    QString goexperiment; // raw GOEXPERIMENT (or the toolchain's default), "" = none
    QString gofips140;    // fips140.Version(): "latest", "v1.0.0-c2097c7c"; "" / "off" = off
    QString archVar;      // "GOAMD64", "GOARM", ... ("" when GOARCH has none)
    QString archValue;    // its value ("v1")
    // -pgo: "auto" uses the package's own profile (Package::pgoProfile, a
    // default.pgo next to the main package); "off" none; anything else is a
    // file, made absolute against workingDir like go does.
    QString pgo = QStringLiteral("auto");

    // VCS stamping (git only).
    BuildVcs buildvcs = BuildVcs::Auto;
    // go build, go install and go list load with AutoVCS; go run and go test
    // do not, and then -buildvcs=auto stamps nothing.
    bool autoVcs = true;
    QString workingDir; // go's cwd: it decides which repository counts
    QString gomodcache; // where go caches the version it computes for a revision
    QString goproxy;    // "off": go reuses a cached pseudo-version for the revision
    // The environment git runs in and is looked up on (PATH); empty: Kiln's.
    QProcessEnvironment environment;
};

// The fields a LoaderConfig already decides: goos, goarch, cgo, compiler,
// tags, workingDir, gomodcache. The caller adds flags and raw env values.
BuildSettings buildSettingsFor(const LoaderConfig &config);

struct BuildInfoModule {
    QString path;
    QString version; // "(devel)" when the module has none
    QString sum;
    std::shared_ptr<BuildInfoModule> replace;
};

// runtime/debug.BuildInfo as cmd/go fills it in (no GoVersion).
struct BuildInfo {
    QString path;
    std::optional<BuildInfoModule> main;
    QList<BuildInfoModule> deps;
    QList<std::pair<QString, QString>> settings;

    // appendBuildSetting: newlines in value become spaces.
    void append(const QString &key, const QString &value);
    // BuildInfo.String(), see the grammar above.
    QString toString() const;
};

// The BuildInfo go gives load.mainPackage (an index into load.packages), or
// nullopt when go gives it none: not package main, a package with an error or
// an incomplete one, the test copy of a main package. For a test main (the
// generated package "P.test") it is what go's TestPackagesAndErrors gives:
// P's own info when P is a main package with the same DefaultGODEBUG, else an
// info without dependencies (go computes it before the test main has imports).
// Errors: go's VCS errors ("error obtaining VCS status: ...\n\tUse
// -buildvcs=false to disable VCS stamping."), which go reports as the main
// package's error. Blocking (runs git): call from a worker thread.
Result<std::optional<BuildInfo>> buildInfo(const LoadResult &load, int mainPackage,
                                           const BuildSettings &settings);

// buildInfo(...)->toString(), or "" when go embeds no build info.
Result<QString> buildInfoText(const LoadResult &load, int mainPackage,
                              const BuildSettings &settings);

// modload.ModInfoData: sentinel 3077af0c9274080241e1c107e6d618e6, the UTF-8
// text, sentinel f932433186182072008242104116d8f2.
QByteArray modInfoData(const QString &text);

} // namespace kiln::load
