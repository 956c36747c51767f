// The cgo step of a build action: cmd/go's getPkgConfigFlags, (*Builder).cgo
// and dynimport (work/exec.go), run through the Builder's shell.
//
//   pkg-config   PKG_CONFIG --cflags <--flags> -- <pkgs>, then --libs (in p.Dir)
//   cgo          TERM=dumb [CGO_LDFLAGS=] cgo -objdir <objdir> -importpath <path>
//                  [-import_runtime_cgo=false] [-import_syscall=false]
//                  [-exportheader=…] [-ldflags=<each LDFLAG %q, space-joined>]
//                  -- <CPPFLAGS… -I objdir> <CFLAGS> <cgo files, absolute>   (in p.Dir)
//   gcc          _cgo_export.c, X.cgo2.c (in objdir), then the package's C/.S,
//                C++ (CXX), Objective-C and Fortran files → _x001.o, _x002.o …
//   _cgo_main.o  gcc of _cgo_main.c; then gcc -o _cgo_.o _cgo_main.o <objects>
//                <.syso of the package and its deps> <LDFLAGS> (in the cwd, a
//                failure only means "dynimportfail")
//   dynimport    TERM=dumb cgo -dynpackage <name> -dynimport _cgo_.o
//                -dynout _cgo_import.go [-dynlinker for runtime/cgo] (in the cwd)
//   check        //go:cgo_ldflag lines of _cgo_* files pass the linker allow-list
// Outputs: Go files _cgo_gotypes.go, X.cgo1.go…, _cgo_import.go to compile,
// and the objects to pack (+ the "preferlinkext"/"dynimportfail" tokens the
// linker reads). Every input here is hashed in compileActionId (the CC, CXX,
// FC lines and the flag lists) or lives in the hashed package files.
//
// Not supported (as go rejects them elsewhere or Kiln has no such mode):
// SWIG, -msan/-asan, gccgo, overlays, gcc's DWARF2 retry on FreeBSD.
#pragma once

#include "exec/ccompilerprobe.h"
#include "exec/cgoflags.h"
#include "exec/shell.h"
#include "load/package.h"

#include <functional>

namespace kiln::exec
{

// How the step runs tools for its action (the Builder supplies it): run
// argv in dir with extra env, echoed and recorded on the action; keep
// receives report text of tools that succeeded with output (go's a.output).
struct CgoHost {
    std::function<ToolRun(const QString &dir, const QStringList &argv, const QStringList &env)> run;
    std::function<void(const QByteArray &text)> keep;
};

struct CgoRequest {
    const load::Package &package;
    QString objdir;       // "<work>/bNNN/"
    QString randomSeed;   // HashToString(action ID) for -frandom-seed
    QStringList gccFiles; // C and (non-runtime/cgo) .S/.s files, relative to p.dir
    QStringList syso;     // .syso of the package and its dependencies, sorted, unique
};

// Which of p's C and assembly files gcc compiles and which stay with the Go
// assembler: runtime/cgo keeps its non-gcc_* .s files for asm; any other cgo
// package gives gcc every .s/.S file, refusing Go assembly with go's
// "package using cgo has Go assembly file x.s".
struct CgoSources {
    QStringList gccFiles; // relative to p.dir
    QStringList asmFiles;
};
Result<CgoSources> cgoSources(const load::Package &p);

struct CgoOutput {
    QStringList goFiles; // absolute, in compile order
    QStringList objects; // absolute, in pack order
};

// go's reportCmd for a tool run of the package: "# desc" (or "# path\n# [desc]"
// when desc is not p's Desc()), output with $WORK and dir shortened, and,
// unless -x, cgo's "[x.cgo1.go:N]" positions dropped and _Ctype_ shown as C.
// Fails with that text when the run failed; otherwise hands it to keep.
Result<void> reportCmd(const Shell &shell, const BuildConfig &cfg, const load::Package &p,
                       const ToolRun &run, const QString &desc, const QString &dir,
                       const std::function<void(const QByteArray &)> &keep);

class CgoBuild
{
public:
    CgoBuild(const ProbeScope &scope, CCompilerProbe &probe, CgoHost host,
             const CgoRequest &request);

    // getPkgConfigFlags: cflags and ldflags of the #cgo pkg-config packages.
    Result<std::pair<QStringList, QStringList>> pkgConfigFlags();
    // The cgo step; pcCflags/pcLdflags from pkgConfigFlags.
    Result<CgoOutput> run(const QStringList &pcCflags, const QStringList &pcLdflags);

private:
    Result<void> compileC(const QStringList &compiler, const QString &out, const QStringList &flags,
                          const QString &file);
    Result<QString> dynimport(const QStringList &cflags, const QStringList &ldflags,
                              CgoOutput &out);
    Result<void> checkLdflagDirectives(const QStringList &goFiles, const QStringList &ldflags);
    ToolRun runTool(const QString &dir, const QStringList &argv, const QStringList &env);
    Result<void> runReported(const QString &dir, const QStringList &argv, const QStringList &env,
                             const QString &desc, const QString &reportDir);
    QStringList gccCmd(const QStringList &compiler) const;

    ProbeScope m_scope;
    CCompilerProbe &m_probe;
    CgoHost m_host;
    CgoRequest m_req;
    const BuildConfig &m_cfg;
    const load::Package &m_p;
};

} // namespace kiln::exec
