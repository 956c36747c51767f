// go env semantics: the values of the variables a build depends on, computed
// like the go command computes them. For each variable the value comes from
//   1. the process environment,
//   2. the GOENV file (what `go env -w` writes; $GOENV, else
//      $XDG_CONFIG_HOME/go/env or $HOME/.config/go/env; GOENV=off disables it),
//   3. $GOROOT/go.env,
//   4. go's built-in default (GOPATH=$HOME/go, GOCACHE=$XDG_CACHE_HOME/go-build …).
// GOMOD and GOWORK are found from the working directory like go does.
#pragma once

#include "base/result.h"
#include "goenv/toolchain.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace kiln::goenv {

struct EnvVar {
    QString name;
    QString value;
    bool changed = false;  // differs from go's default (go env -changed)
};

struct EnvInput {
    Toolchain toolchain;
    QProcessEnvironment environment;  // the process environment
    QString workingDir;               // for GOMOD / GOWORK
};

class GoEnv {
public:
    // Errors: an unreadable or malformed GOENV file is reported with its path
    // and line; invalid GOOS/GOARCH/GOEXPERIMENT values are reported like go.
    static Result<GoEnv> compute(const EnvInput &input);

    // The value go env prints for name ("" for unknown names).
    QString value(const QString &name) const;
    bool contains(const QString &name) const;
    // Every variable `go env` prints, sorted by name like `go env`.
    const QList<EnvVar> &all() const { return m_vars; }
    const Toolchain &toolchain() const { return m_toolchain; }

private:
    QList<EnvVar> m_vars;
    Toolchain m_toolchain;
};

// The text `go env` prints: NAME='value' lines (shell quoting as go does).
QByteArray formatPlain(const QList<EnvVar> &vars);
// The text `go env -json` prints: an object with sorted keys, tab-indented.
QByteArray formatJson(const QList<EnvVar> &vars);

} // namespace kiln::goenv
