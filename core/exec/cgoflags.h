// The flags of cgo builds, as cmd/go computes and checks them
// (work/exec.go CFlags, buildFlags, splitPkgConfigOutput; work/security.go).
//
// Allow-lists: a flag passes when one of go's regular expressions matches
// all of it (leftmost-first, like Go's regexp FindString == arg); a few
// flags take the next argument when that argument is "safe" (load.SafeArg).
// CGO_<NAME>_ALLOW / CGO_<NAME>_DISALLOW (cfg.Getenv) override the lists for
// compiler and linker flags. Errors use go's words:
//   invalid flag in <source>: <flag>
//   invalid flag in <source>: <flag> <next> (see https://golang.org/s/invalidflag)
//   invalid flag in <source>: <flag> without argument (see https://golang.org/s/invalidflag)
//   parsing $CGO_<NAME>_ALLOW: <regexp error>
// where source is "#cgo CFLAGS", "pkg-config --cflags", "go:cgo_ldflag" …
#pragma once

#include "base/result.h"
#include "exec/buildconfig.h"
#include "load/package.h"

#include <QStringList>

namespace kiln::exec
{

enum class FlagList { Compiler, Linker, PkgConfig };

// go's checkCompilerFlags / checkLinkerFlags / checkPkgConfigFlags. name is
// the variable part ("CFLAGS", "LDFLAGS"); overrides apply to Compiler and
// Linker lists only.
Result<void> checkFlags(FlagList kind, const QString &name, const QString &source,
                        const QStringList &flags, const CgoConfig &cgo);
// go's flagsNotCompatibleWithInternalLinking for CGO_CFLAGS, CGO_CXXFLAGS and
// CGO_FFLAGS: a flag outside the compiler allow-list, or -flto….
bool preferExternalLink(const QStringList &cflags, const QStringList &cxxflags,
                        const QStringList &fflags);

// load.SafeArg: starts with a letter, digit, '.', '_', '/' or a non-ASCII byte.
bool safeArg(const QString &arg);

// splitPkgConfigOutput: POSIX shell word splitting without expansions.
// Errors: go's "unexpected shell character %q in pkgconf output",
// "unterminated quoted string in pkgconf output", "broken character
// escaping in pkgconf output".
Result<QStringList> splitPkgConfigOutput(const QByteArray &out);

// Builder.CFlags: each list is $CGO_<X> (or its default) followed by the
// package's #cgo <X> directives, after the directives passed the allow-list.
// On a refused directive, error is set and the lists computed before it are
// kept (go's named results: the action ID hashes them anyway).
struct CgoFlags {
    QStringList cppflags, cflags, cxxflags, fflags, ldflags;
    std::optional<Error> error;
};
CgoFlags packageCgoFlags(const load::Package &p, const CgoConfig &cgo);

} // namespace kiln::exec
