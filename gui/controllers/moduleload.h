// What the GUI knows about an opened module folder: its go.mod, read and
// parsed by kiln::load, and its packages as go's loader sees them (or, when
// the loader cannot run, as the file system shows them). A plain value: computed on a worker
// thread, handed to models whole.
#pragma once

#include "controllers/packagescan.h"
#include "load/modfile.h"

#include <QList>
#include <QString>
#include <atomic>

namespace kiln::gui
{

enum class ModuleProblem {
    None,        // go.mod parsed without errors
    NoDirectory, // the folder does not exist or is not a directory
    NoGoMod,     // the folder has no go.mod: it is not a module root
    BadGoMod,    // go.mod exists but has errors (parse.errors)
};

struct ModuleSnapshot {
    QString dir;       // absolute, cleaned
    QString goModPath; // dir + "/go.mod"
    ModuleProblem problem = ModuleProblem::None;
    load::ModFileParse parse; // errors and whatever was understood
    QString errorText;        // load::describeErrors(parse) when problem != None
    QList<PackageDir> packages;
    bool packagesFromLoader = false; // go's view (loadPackages) or only the file system
    QString loaderError;             // why the loader could not run, if it could not
    bool ok() const { return problem == ModuleProblem::None; }
};

// Reads dir/go.mod (strictly, as the main module) and scans the packages.
// File system access only: safe on any thread, never throws.
// cancel, when set, stops the package load early (the snapshot is then stale).
ModuleSnapshot loadModule(const QString &dir, const std::atomic_bool *cancel = nullptr);

} // namespace kiln::gui
