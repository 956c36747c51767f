// The package loader: `go list`'s view of a set of patterns (cmd/go's
// load.PackagesAndErrors with modload resolving imports), read-only.
//
// loadPackages expands the patterns (std, cmd, all, ./..., import paths and
// wildcards), loads every named package and, recursively, everything it
// imports, and fills each Package the way go list does: files by kind,
// resolved Imports with ImportMap, Deps, Module, Target, Root, Match,
// DepOnly, DefaultGODEBUG, EmbedFiles, and every package error with go's
// wording and import stack. Errors never stop the load: a package that
// fails carries its Error and the load goes on (go list -e semantics); the
// caller decides what to print.
//
// Threading: a pure function of its inputs and the file system; run it on a
// worker thread. The cancel flag is polled between packages.
#pragma once

#include "load/buildcontext.h"
#include "load/godebug.h"
#include "load/importresolver.h"
#include "load/linkmode.h"
#include "load/package.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <atomic>
#include <functional>
#include <memory>

namespace kiln::load
{

enum class ListDeps { No, Yes };         // -deps
enum class ListTests { No, Yes };        // -test
enum class ImportsMode { Load, Ignore }; // -find ignores imports
// go list shows test and PGO variants as "p [q.test]"; the build keeps "p".
enum class VariantNames { List, Plain };
// How a package is being loaded: named on the command line (go's
// Internal.CmdlinePkg, set before the package's load) or as a dependency.
enum class LoadOrigin { Dependency, CommandLine };

struct LoaderConfig {
    BuildContext context;
    QString goroot;
    QString workingDir;
    std::shared_ptr<const ModuleSet> modules; // null: no main module
    QString gomodcache; // GOMODCACHE (its packages are read like go's module index does)
    QString gobin;      // GOBIN ("" = default)
    QString gopath;     // first GOPATH entry, for bin/ targets
    QString hostGoos, hostGoarch;
    QString toolchainGoVersion; // "1.25.12": the language version outside any module
    QList<GodebugInfo> godebugTable;
    QString debGoMinCompat; // $DEB_GOMINCOMPAT (Debian's patch to go)
    bool fips140 = false;
    ListDeps deps = ListDeps::No;
    ListTests tests = ListTests::No;
    ImportsMode imports = ImportsMode::Load;
    VariantNames variantNames = VariantNames::List;
    // Whether main packages link externally, which adds runtime/cgo to their
    // imports (linkmode.h): -buildmode, -linkshared, and per package its
    // -ldflags (go's BuildLdflags.For, the per-package patterns applied; a
    // test's main gets the tested package's). Null: no package has -ldflags.
    LinkModeInputs linkMode;
    std::function<QStringList(const Package &p, LoadOrigin origin)> ldflagsFor;
    const std::atomic_bool *cancel = nullptr;
    // Where the loader keeps its index of classified directories (dirindex.h),
    // <GOCACHE>/kiln/loadindex; "" = none (GOCACHE=off, GODEBUG=goindex=0).
    QString dirIndexDir;
};

struct LoadResult {
    QList<Package> packages; // every package loaded, indexed by Package::internalImports
    QList<int> output;       // what go list prints, in its order
    QList<int> roots;        // the packages the patterns named, in order
    QList<int> all;          // roots and everything they import, post-order
    // -test: per root with test files, {ptest, pxtest (-1: none), pmain}.
    QList<std::array<int, 3>> testSets;
    QList<int> testRoots; // parallel to testSets: the root each set tests
    // -test: fmt, which go vet imports (go test loads it for every vet).
    int vetFmt = -1;
    QStringList warnings; // e.g. `go: warning: "./x/..." matched no packages`
    QList<Error> fatal;   // errors that stop go before any package (bad pattern …)
    // Every file and directory read, so callers can reload only what changed.
    QSet<QString> inputsRead;
    int dirIndexHits = 0; // directories taken from the DirIndex instead of read
};

LoadResult loadPackages(const LoaderConfig &config, const QStringList &patterns);

} // namespace kiln::load
