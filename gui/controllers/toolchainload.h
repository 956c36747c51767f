// What the GUI knows about the Go toolchain: where it was found and the go
// env values computed for the open module. A plain value: computed on a
// worker thread, handed to models whole.
#pragma once

#include "goenv/goenv.h"
#include "goenv/toolchain.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace kiln::gui
{

struct ToolchainRequest {
    QString gorootSetting; // the GUI's GOROOT preference; "" when unset
    QProcessEnvironment environment;
    QString workingDir; // the module folder, for GOMOD and GOWORK
};

struct ToolchainSnapshot {
    bool found = false;
    goenv::Toolchain toolchain; // valid when found
    QString toolchainError;     // why no toolchain was found
    bool envOk = false;
    QList<goenv::EnvVar> env; // every go env variable, sorted by name
    QString envError;         // why go env could not be computed
    bool ok() const { return found && envOk; }
};

// Discovers the toolchain and computes go env. May run `go env GOROOT` as a
// child process; safe on any thread, never throws.
ToolchainSnapshot loadToolchain(const ToolchainRequest &request);

} // namespace kiln::gui
