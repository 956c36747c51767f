// GOMOD and GOWORK: the go.mod and go.work files go uses from a working
// directory (cmd/go's modload.Init and InitWorkfile, as `go env` calls them).
//   GOMOD   the nearest go.mod at or above the working directory; "/dev/null"
//           in module mode without one; "" when modules are off
//           (GO111MODULE=off, or auto without a go.mod). A go.mod directly in
//           the temp directory is ignored, with go's warning.
//   GOWORK  $GOWORK when it is an absolute path, "off" when it says off,
//           otherwise the nearest go.work at or above the working directory
//           (the search does not climb into $GOROOT's parent).
#pragma once

#include "base/result.h"

#include <QString>
#include <QStringList>

namespace kiln::goenv
{

struct ModuleQuery {
    QString workingDir;  // go's idea of the working directory
    QString go111module; // effective GO111MODULE
    QString gowork;      // effective GOWORK
    QString goroot;      // effective GOROOT, as go spells it
    QString tempDir;     // os.TempDir()
};

struct ModuleFiles {
    QString gomod;
    QString gowork;
    QStringList warnings; // go's stderr warnings, "go: warning: …"
};

// Errors (go's text, without "go: "): an unknown GO111MODULE value, a
// relative GOWORK.
Result<ModuleFiles> findModuleFiles(const ModuleQuery &query);

// modload.WillBeEnabled: whether go will run in module mode (decides whether
// go validates GOTOOLCHAIN before running `go env`).
bool modulesWillBeEnabled(const ModuleQuery &query);

// The directory of the nearest go.mod at or above dir; "" if none.
QString findModuleRoot(const QString &dir);

} // namespace kiln::goenv
