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
// version selection. In vendor mode (-mod=vendor, or automatic when -mod is
// not set, a vendor directory exists, the go version of go.mod (go.work) is
// >= 1.14 and modules.txt's "## workspace" marker matches) the build list
// comes from go.mod and vendor/modules.txt, after go's consistency check.
// Kiln never downloads: a module that is needed but absent from GOMODCACHE
// is an error naming module and version, worded like go's with GOPROXY=off /
// GOFLAGS=-mod=mod.
//
// Kiln reads the module cache and go.sum but verifies no checksums: with
// -mod=readonly a missing go.sum entry is go's error, a wrong hash is not
// noticed. Like `go list -m all`, the whole graph is loaded eagerly, so a
// missing go.mod anywhere in the (pruned) graph is an error even where go's
// lazy loading for a particular build would not have needed it. When go
// would rewrite go.mod (-mod=mod), Kiln computes the same build list in
// memory and writes nothing.
#pragma once

#include "base/result.h"
#include "load/modfile.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

namespace kiln::load
{

// go list's Module object, for the fields Kiln reports.
struct ModuleInfo {
    QString path;
    QString version;                     // empty for main modules
    std::shared_ptr<ModuleInfo> replace; // the replacement, if any
    bool main = false;
    bool indirect = false; // "// indirect" in the main go.mod
    QString dir;           // where its files are: "" if not (completely) in
                           // GOMODCACHE, and always in vendor mode, where
                           // packages are under ModuleSet::vendorDir
    QString goMod;         // the go.mod file that was used
    QString goVersion;     // its go directive
    QString time;          // "Time" of its .info file (RFC 3339), "" if unknown
    QString sum;           // go.sum's hash of the module ("" if not recorded)
    QString goModSum;      // go.sum's hash of its go.mod
    // go list -m's Error: why the module's details could not be loaded, e.g.
    // "module lookup disabled by GOPROXY=off" when its .info file is not in
    // GOMODCACHE. The module is still part of the build.
    QString error;
};

enum class ModMode { Mod, Readonly, Vendor }; // -mod=

struct ModuleLoadOptions {
    QString workingDir;
    QString gomodcache;  // go env GOMODCACHE
    QString gowork;      // go env GOWORK value before discovery: "", "off", or a path
    QString go111module; // "", "on", "off", "auto"
    QString modFlag;     // -mod value from flags or GOFLAGS; "" = unset
    QString gorootSrc;   // $GOROOT/src (std is not a module)
    QString goVersion;   // the running go, gover.Local(): "1.25.12"; "" = read
                         // from $GOROOT/VERSION
    QString gotoolchain; // go env GOTOOLCHAIN, named in "requires go >=" errors
    QString gopath;      // go env GOPATH (a go.mod in its first entry is ignored)
    QString tempDir;     // os.TempDir(); "" = $TMPDIR or /tmp
};

struct ModuleSet {
    // NoMainModule: module mode without a go.mod (or a go.work without use
    // lines): the only main module is "command-line-arguments" and only std
    // resolves; noMainModuleError says what go prints when a command needs
    // a module.
    enum class Kind { Gopath, NoMainModule, SingleModule, Workspace };
    Kind kind = Kind::SingleModule;
    QString goModFile;  // GOMOD: "" in GOPATH mode, else the go.mod around
                        // workingDir or /dev/null (no main module, or a
                        // workspace directory outside its modules)
    QString goWorkFile; // GOWORK ("" when not in a workspace)
    QString goVersion;  // of the main module, or of go.work
    ModMode mode = ModMode::Readonly;
    QString vendorDir; // set in vendor mode
    QList<ModuleInfo> mainModules;
    // godebug lines of the main go.mod (or go.work), in file order.
    QList<std::pair<QString, QString>> godebug;
    // The build list after MVS: main modules first, then dependencies sorted
    // by path (go's order), each with dir/goMod/replace filled in.
    QList<ModuleInfo> buildList;
    // What go prints to stderr on the way ("go: ignoring requirement on
    // excluded version ...", "go: warning: ignoring go.mod in ..."), one a line.
    QStringList warnings;
    // Set for Kind::NoMainModule, e.g. "go: go.mod file not found in current
    // directory or any parent directory; see 'go help modules'" or go's
    // "cannot find main module, but found .git/config in ..." hint.
    QString noMainModuleError;

    // The modules in the build list that could provide importPath: those whose
    // path is importPath or a prefix of it ending at a '/', longest path
    // first. Several can match (example.com/a and example.com/a/b); the
    // loader checks which of them has the package's directory.
    QList<const ModuleInfo *> modulesForImportPath(const QString &importPath) const;
};

// Errors carry go's complete message as Error::message, starting "go: " where
// go's does (e.g. "go: example.com/a@v1.0.0 requires\n\texample.com/c@v1.1.0:
// module lookup disabled by GOPROXY=off"). Blocking file I/O: call from a
// worker thread. The returned set shares nothing with the loader.
Result<ModuleSet> loadModuleSet(const ModuleLoadOptions &options);

// module.EscapePath: upper-case letters become '!' + lower case.
QString escapeModulePath(const QString &path);
// GOMODCACHE/<escaped path>@<escaped version>
QString moduleCacheDir(const QString &gomodcache, const QString &path, const QString &version);

} // namespace kiln::load
