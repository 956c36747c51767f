// Finding the Go toolchain. Kiln looks for GOROOT in this order and takes the
// first candidate that is a Go 1.x root (has VERSION and bin/go):
//   1. the setting (the GUI's preference, the CLI's --goroot)
//   2. $GOROOT from the process environment
//   3. `go` on PATH: GOROOT is derived from the binary's real location
//      (.../bin/go → ...), falling back to running `go env GOROOT`
//   4. the Debian package's GOROOT, /usr/lib/go-1.25
// A candidate that is set but not a Go root is an error naming the candidate
// and its source (never silently skipped), so a wrong setting is visible.
#pragma once

#include "base/result.h"

#include <QProcessEnvironment>
#include <QString>

namespace kiln::goenv {

enum class GorootSource { Setting, Environment, PathGo, DebianPackage };

struct Toolchain {
    QString goroot;        // absolute, cleaned
    QString goBinary;      // GOROOT/bin/go
    QString version;       // first line of GOROOT/VERSION, e.g. "go1.25.12"
    QString toolDir;       // GOROOT/pkg/tool/<GOHOSTOS>_<GOHOSTARCH>
    GorootSource source = GorootSource::Setting;
};

struct DiscoveryInput {
    QString setting;                   // empty: no setting
    QProcessEnvironment environment;   // the process environment to consult
    QString debianGoroot = QStringLiteral("/usr/lib/go-1.25");
};

QString describe(GorootSource source);

// Errors: the message says which candidate failed and how to install Go
// ("apt-get install golang-1.25-go" from trixie-backports) when none exists.
Result<Toolchain> discoverToolchain(const DiscoveryInput &input);

// Checks one directory: Ok with version/toolDir filled in, or why it is not a GOROOT.
Result<Toolchain> inspectGoroot(const QString &dir, GorootSource source);

} // namespace kiln::goenv
