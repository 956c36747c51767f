// The C compiler's command lines in cgo builds, as cmd/go writes them
// (work/exec.go compilerCmd, gccArchArgs, ccompile):
//
//   prefix  = CC… -I <incdir> [-fPIC] <arch args> [-pthread]
//             [-fno-caret-diagnostics] [-Qunused-arguments] [-Wl,--no-gc-sections]
//             -fmessage-length=0 [-ffile-prefix-map=<objdir>=/tmp/go-build]
//             [-gno-record-gcc-switches]                (bracketed: if supported)
//   compile = prefix <flags> [-ffile-prefix-map=<root>=/_/<GOROOT|module@version>]
//             [-frandom-seed=<action ID as HashToString>] -o <out> -c <base name>
//             run in the file's directory with TERM=dumb
//
// The prefix map of the source root is added for -trimpath and GOROOT
// packages; -frandom-seed keeps gcc's LTO symbol names stable, so the
// objects (and go's and Kiln's archives) are byte-identical.
#pragma once

#include "exec/ccompilerprobe.h"
#include "load/package.h"

#include <QStringList>

namespace kiln::exec
{

// go's gccArchArgs for GOOS/GOARCH (and GOMIPS/GOMIPS64 in archValue).
QStringList gccArchArgs(const BuildConfig &cfg);

// go's compilerCmd: compiler + the prefix above. workdir is the objdir
// (a trailing slash is dropped), "" for $WORK.
QStringList compilerCmd(const ProbeScope &scope, CCompilerProbe &probe, const QStringList &compiler,
                        const QString &incdir, const QString &workdir);

// The flags ccompile appends to flags for p: the source-root prefix map and
// -frandom-seed=<seed>, each when the compiler supports it. compiler is the
// whole compilerCmd prefix: go probes with it (-x shows it).
QStringList ccompileExtraFlags(const ProbeScope &scope, CCompilerProbe &probe,
                               const QStringList &compiler, const load::Package &p,
                               const QString &seed);

} // namespace kiln::exec
