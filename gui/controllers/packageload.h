// The module's packages as go sees them: kiln::load::loadPackages on "./..."
// for the host target, the same call kiln-cli list makes. Each package
// becomes a PackageDir with the files the build would compile (GoFiles and
// CgoFiles) and its error, if any. Blocking (reads the tree and GOROOT):
// call it on a worker thread.
#pragma once

#include "controllers/packagescan.h"

#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace kiln::gui
{

struct PackageLoad {
    QList<PackageDir> packages;
    QString error; // why the loader could not run (no toolchain, broken go env …)
};

// Empty packages and a non-empty error when the loader cannot run; the
// caller then falls back to the file-system scan.
// cancel is polled between packages.
PackageLoad loadModulePackages(const QString &moduleDir, const std::atomic_bool *cancel = nullptr);

} // namespace kiln::gui
