// BuildFlags: the flags of `go build` (work/build.go: -o, AddBuildFlags,
// AddCoverFlags) as one value, parsed the way cmd/go does:
//
//   go build [-C dir] [GOFLAGS...] [flags] [--] [packages]
//
//   1. -C dir / -C=dir (also --C) is taken only as the FIRST argument
//      (main.go handleChdirFlag); it must name a directory:
//        go: chdir nosuch: no such file or directory      (exit 1)
//      Relative patterns and relative -C resolve against the caller's
//      directory; afterwards the working directory is the real path (go's
//      os.Getwd after chdir). -C anywhere else is
//        invalid value "x" for flag -C: -C flag must be first flag on command line
//   2. $GOFLAGS is checked (goflags.h) and applied (flagset.h): flags of other
//      commands are ignored, errors say "(from $GOFLAGS)".
//   3. The command line is parsed (flagset.h) and wins; each -gcflags/-ldflags/
//      -asmflags/-gccgoflags appends to the GOFLAGS entries (perpackageflag.h).
//
// Every error is returned as go prints it (FlagError: text and exit status).
// checkBuildFlags adds the value checks of work.BuildInit.
#pragma once

#include "flags/flagset.h"
#include "flags/packagematch.h"
#include "flags/perpackageflag.h"
#include "load/loadsession.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::flags
{

enum class BuildVcs { Auto, True, False }; // -buildvcs: auto (default), true, false

// The tool flags one package gets (go's setToolFlags).
struct ToolFlags {
    QStringList gcflags, asmflags, ldflags, gccgoflags;
};

struct BuildFlags {
    QString workingDir;   // the caller's directory, or -C's target (real path)
    QString chdir;        // -C as given; "" when absent
    QStringList packages; // the arguments after the flags
    QStringList goflags;  // the words of $GOFLAGS (for go's InGOFLAGS checks)

    QString output;                 // -o
    std::optional<qint64> parallel; // -p; unset = GOMAXPROCS
    bool forceRebuild = false;      // -a
    bool dryRun = false;            // -n
    bool printCommands = false;     // -x
    bool verbose = false;           // -v
    bool keepWork = false;          // -work
    bool trimpath = false;          // -trimpath
    QStringList tags;               // -tags (a,b or the old 'a b' form)
    QString mod;                    // -mod; "" = unset
    bool modExplicit = false;       // -mod was set to a non-empty value
    BuildVcs buildvcs = BuildVcs::Auto;
    PerPackageFlag gcflags, asmflags, ldflags, gccgoflags;
    QString pgo = QStringLiteral("auto");
    QString debugActiongraph; // -debug-actiongraph
    QString debugTrace;       // -debug-trace

    // -race and -installsuffix are carried out (exec's BuildConfig); -asan,
    // -msan and -cover are refused (unsupportedflags.h); the others are
    // accepted as go accepts them and Kiln does not act on them yet.
    bool asan = false, msan = false, race = false, linkshared = false, json = false,
         modcacherw = false, cover = false;
    QString buildmode = QStringLiteral("default"), compiler = QStringLiteral("gc"), installsuffix,
            modfile, overlay, pkgdir, covermode, debugRuntimeTrace;
    QStringList coverpkg, toolexec;

    // The loader's view (-tags, -mod), GOFLAGS already applied: do not pass
    // it through load::withGoflags again.
    load::LoadFlags loadFlags() const;
    ToolFlags toolFlagsFor(const load::Package &p, PackageOrigin origin,
                           const ModuleScope &scope) const;
};

// args: what follows "build"; goflags: the GOFLAGS value (go env's);
// workingDir: absolute. File system: reads only -C's directory.
FlagResult<BuildFlags> parseBuildFlags(const QStringList &args, const QString &goflags,
                                       const QString &workingDir);

// work.BuildInit's checks, in go's order (exit status 1):
//   -mod=foo not supported (can be '', 'mod', 'readonly', or 'vendor')
//   build flag -mod=vendor only valid when using modules      (GOPATH mode)
//   build flag -modcacherw only valid when using modules      (GOPATH mode)
//   build flag -modfile only valid when using modules         (GOPATH mode)
//   go: -p must be a positive integer: 0
// A flag that came from GOFLAGS is not reported in GOPATH mode, as in go.
std::optional<FlagError> checkBuildFlags(const BuildFlags &flags, ModuleMode mode);

} // namespace kiln::flags
