// The C toolchain part of `go env`: CGO_CFLAGS, CGO_CPPFLAGS, CGO_CXXFLAGS,
// CGO_FFLAGS, CGO_LDFLAGS, PKG_CONFIG and GOGCCFLAGS, computed like go's
// work.BuildInit, NewBuilder, Builder.CFlags and Builder.GccCmd.
//
// GOGCCFLAGS depends on what the C compiler accepts: like go, Kiln runs
//   $CC <flag> <CGO_CFLAGS> -c -x c - -o /dev/null      (compiler flags)
//   $CC <flag> <CGO_LDFLAGS> -x c - -o /dev/null        (-Wl, linker flags)
// with LC_ALL=C in a fresh go-build<N> directory, and counts the flag as
// supported unless the output says "unrecognized", "unknown", "unrecognised",
// "is not supported", "not recognized" or "unsupported" (a compiler that
// cannot be started says nothing, so every flag counts as supported). The
// directory's name appears in GOGCCFLAGS (-ffile-prefix-map=DIR=/tmp/go-build)
// and is random, as in go's output; it is removed again.
#pragma once

#include "base/result.h"
#include "goenv/envlayers.h"
#include "goenv/envvar.h"

#include <QList>
#include <QProcessEnvironment>
#include <QStringList>
#include <functional>

namespace kiln::goenv
{

// Runs argv (program first) in workDir with env and returns stdout and stderr
// combined; empty when the program cannot be started. Blocking.
using CompilerRunner = std::function<QByteArray(const QStringList &argv, const QString &workDir,
                                                const QProcessEnvironment &env)>;
// The real runner: resolves argv[0] on env's $PATH like go and runs it.
CompilerRunner processCompilerRunner();

struct CompilerSetup {
    EnvLayers layers; // CC, CXX, FC, CGO_*, PKG_CONFIG, GOTMPDIR
    QString goos;
    QString goarch;
    bool cgoEnabled = false;
    QString cc; // effective CC (go env's CC)
    QString defaultPkgConfig;
    QString workingDir; // resolves a relative GOTMPDIR
    QString cacheError; // go's message when GOCACHE cannot be used, else ""
    CompilerRunner run; // empty: processCompilerRunner()
};

// Errors are go's complete stderr text: bad CC/CXX/FC, an unusable GOTMPDIR,
// an unknown GOOS/GOARCH pair, a missing build cache when the compiler exists.
Result<QList<EnvVar>> compilerVariables(const CompilerSetup &setup);

} // namespace kiln::goenv
