#include "controllers/moduleload.h"
#include "controllers/packageload.h"

#include <QDir>
#include <QFileInfo>

namespace kiln::gui
{

ModuleSnapshot loadModule(const QString &dir, const std::atomic_bool *cancel)
{
    ModuleSnapshot snap;
    snap.dir = QDir::cleanPath(QDir(dir).absolutePath());
    snap.goModPath = snap.dir + QStringLiteral("/go.mod");
    if (!QFileInfo(snap.dir).isDir()) {
        snap.problem = ModuleProblem::NoDirectory;
        return snap;
    }
    // Missing and broken go.mod files both go through the parser so that the
    // error text uses go's wording and names the file.
    const bool exists = QFileInfo(snap.goModPath).isFile();
    snap.parse = load::readModFile(snap.goModPath, load::Strictness::Strict);
    if (!exists)
        snap.problem = ModuleProblem::NoGoMod;
    else if (!snap.parse.ok())
        snap.problem = ModuleProblem::BadGoMod;
    if (!snap.parse.ok())
        snap.errorText = load::describeErrors(snap.parse);
    // Go's view first (build constraints applied, errors); the plain file
    // system walk when the loader cannot run (no toolchain, not a module).
    if (snap.problem == ModuleProblem::None) {
        PackageLoad load = loadModulePackages(snap.dir, cancel);
        snap.loaderError = load.error;
        if (load.error.isEmpty()) {
            snap.packages = load.packages;
            snap.packagesFromLoader = true;
            return snap;
        }
    }
    snap.packages = scanPackages(snap.dir);
    return snap;
}

} // namespace kiln::gui
