// The module side of the loader (cmd/go's modload, read-only): which modules
// make up the build and where their files are.
//
// Given the working directory and the go env values, loadModuleSet finds the
// main module (go.mod walking up from the working directory) or the go.work
// workspace (GOWORK / go.work walking up; GOWORK=off disables), reads the
// main go.mod files strictly and dependency go.mod files laxly from
// GOMODCACHE/cache/download/<escaped path>/@v/<version>.mod (or from the
// replacement directory's go.mod), builds the requirement graph — pruned for
// modules at go >= 1.17, unpruned below, as go does — applies exclude and
// replace (workspace replaces win over module replaces), and runs minimal
// version selection. In vendor mode (-mod=vendor, or automatic when
// vendor/modules.txt exists and the main module's go version is >= 1.14 and
// -mod is not set) the build list comes from vendor/modules.txt, after go's
// consistency check against go.mod. Kiln never downloads: a module that is
// needed but absent from GOMODCACHE is an error naming module and version,
// worded like go's with GOPROXY=off / GOFLAGS=-mod=mod.
#pragma once

#include "base/result.h"
#include "load/modfile.h"

#include <QList>
#include <QMap>
#include <QString>
#include <memory>

namespace kiln::load {

// go list's Module object, for the fields Kiln reports.
struct ModuleInfo {
    QString path;
    QString version;                    // empty for main modules
    std::shared_ptr<ModuleInfo> replace;  // the replacement, if any
    bool main = false;
    bool indirect = false;              // "// indirect" in the main go.mod
    QString dir;                        // where its files are ("" if not on disk)
    QString goMod;                      // the go.mod file that was used
    QString goVersion;                  // its go directive
};

enum class ModMode { Mod, Readonly, Vendor };  // -mod=

struct ModuleLoadOptions {
    QString workingDir;
    QString gomodcache;     // go env GOMODCACHE
    QString gowork;         // go env GOWORK value before discovery: "", "off", or a path
    QString go111module;    // "", "on", "off", "auto"
    QString modFlag;        // -mod value from flags or GOFLAGS; "" = unset
    QString gorootSrc;      // $GOROOT/src (std is not a module)
};

struct ModuleSet {
    enum class Kind { Gopath, SingleModule, Workspace };
    Kind kind = Kind::SingleModule;
    QString goModFile;     // GOMOD ("" in GOPATH mode)
    QString goWorkFile;    // GOWORK ("" when not in a workspace)
    QString goVersion;     // of the main module, or of go.work
    ModMode mode = ModMode::Readonly;
    QString vendorDir;     // set in vendor mode
    QList<ModuleInfo> mainModules;
    // godebug lines of the main go.mod (or go.work), in file order.
    QList<std::pair<QString, QString>> godebug;
    // The build list after MVS: main modules first, then dependencies sorted
    // by path (go's order), each with dir/goMod/replace filled in.
    QList<ModuleInfo> buildList;

    // The module in the build list whose path is the longest prefix of
    // importPath, and that can provide it (for module paths that are
    // prefixes of several, the loader checks which has the directory).
    QList<const ModuleInfo *> modulesForImportPath(const QString &importPath) const;
};

Result<ModuleSet> loadModuleSet(const ModuleLoadOptions &options);

// module.EscapePath: upper-case letters become '!' + lower case.
QString escapeModulePath(const QString &path);
// GOMODCACHE/<escaped path>@<escaped version>
QString moduleCacheDir(const QString &gomodcache, const QString &path, const QString &version);

} // namespace kiln::load
