// go env semantics: the values of the variables a build depends on, computed
// like the go command computes them. For each variable the value comes from
//   1. the process environment,
//   2. the GOENV file (what `go env -w` writes; $GOENV, else
//      $XDG_CONFIG_HOME/go/env or $HOME/.config/go/env; GOENV=off disables it),
//   3. $GOROOT/go.env,
//   4. go's built-in default (GOPATH=$HOME/go, GOCACHE=$XDG_CACHE_HOME/go-build …).
// (GODEBUG is read from the process environment only, GOTELEMETRY from the
// telemetry mode file, GOROOT/GOVERSION/GOTOOLDIR from the toolchain.)
// GOMOD and GOWORK are found from the working directory like go does; the
// CGO_* flags, PKG_CONFIG and GOGCCFLAGS like go's builder, which runs the C
// compiler to probe flags (see compilerflags.h).
//
// The pieces: envlayers.h (lookup order, the env file grammar), hostpaths.h
// (user dirs, PATH lookup), builddefaults.h (the toolchain's baked-in
// defaults), envchecks.h (validity checks), modulefiles.h (GOMOD/GOWORK),
// compilerflags.h (the C toolchain variables), quotedargs.h, envformat.cpp.
#pragma once

#include "base/result.h"
#include "goenv/compilerflags.h"
#include "goenv/envlayers.h"
#include "goenv/envvar.h"
#include "goenv/toolchain.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kiln::goenv
{

struct EnvInput {
    Toolchain toolchain;
    QProcessEnvironment environment; // the process environment
    QString workingDir;              // for GOMOD / GOWORK (see workingDirLikeGo)
    // What `go env` was asked for: empty means every variable; otherwise the
    // NAME arguments. Like go, naming no CGO_*/PKG_CONFIG/GOGCCFLAGS variable
    // skips the C compiler probes (and their errors).
    QStringList names;
    // `go env NAME` with no flags: go then skips its GOTOOLCHAIN check for a
    // lone GOTOOLCHAIN, GOMOD or GOWORK, so those queries work when it is bad.
    bool bareQuery = false;
    CompilerRunner runCompiler; // empty: run the real compiler
};

class GoEnv
{
public:
    // Errors carry go's stderr text verbatim ("go: unknown GOEXPERIMENT x",
    // "go: invalid variable name \"A=B\" (use -w to set variable)", …) and
    // appear exactly when go fails: invalid GOOS/GOARCH pairs, GOEXPERIMENT,
    // GOARM64/GOAMD64…, GOFIPS140, GO111MODULE, GOTOOLCHAIN, relative
    // GOPATH/GOWORK, unparsable CC. Like go, an unreadable GOENV file or a
    // malformed line in it is not an error (see ignoredLines()).
    // Blocking (runs the C compiler for the costly variables).
    static Result<GoEnv> compute(const EnvInput &input);

    // The value go env prints for name: a listed variable's value, else the
    // configured value of a variable go knows (GOARM on amd64 …), else "".
    QString value(const QString &name) const;
    bool contains(const QString &name) const;
    // Every variable `go env` prints, sorted by name like `go env`.
    const QList<EnvVar> &all() const { return m_vars; }
    const Toolchain &toolchain() const { return m_toolchain; }
    // go's cfg.Getenv: the environment, the GOENV file, $GOROOT/go.env —
    // without go env's computed defaults (CGO_CFLAGS is "" unless set).
    QString configured(const QString &name) const { return m_layers.value(name); }
    // What go prints on stderr without failing ("go: warning: …").
    const QStringList &warnings() const { return m_warnings; }
    // Lines of the GOENV file and $GOROOT/go.env that go ignores.
    const QList<Error> &ignoredLines() const { return m_ignored; }

private:
    friend class EnvBuilder;
    QList<EnvVar> m_vars;
    Toolchain m_toolchain;
    EnvLayers m_layers;
    QStringList m_warnings;
    QList<Error> m_ignored;
};

// The text `go env` prints: NAME='value' lines (shell quoting as go does),
// sorted by name; with ChangedOnly, only variables that differ from go's defaults.
enum class EnvFilter { All, ChangedOnly };
QByteArray formatPlain(const QList<EnvVar> &vars, EnvFilter filter = EnvFilter::All);
// The text `go env -json` prints: an object with sorted keys, tab-indented,
// strings escaped like encoding/json (HTML-safe); a repeated name keeps its last value.
QByteArray formatJson(const QList<EnvVar> &vars, EnvFilter filter = EnvFilter::All);

} // namespace kiln::goenv
