// ImportResolver: import path → directory and providing module, as cmd/go's
// modload.Lookup / importFromModules do (read-only, no lookups).
//   1. Standard-library parents first map non-std paths to GOROOT's vendored
//      copies (src/vendor/P, src/cmd/vendor/P for cmd/...), when they exist.
//   2. Paths whose first element has no dot and that name a GOROOT/src
//      directory with .go files are the standard library (or cmd).
//   3. Otherwise every module in the build list whose path is a prefix of
//      the import path is tried; exactly one must have the directory with
//      .go files (in a main module or directory replacement, a nested go.mod
//      between module root and directory hides it). In vendor mode the main
//      modules and vendor/ are searched instead.
// Errors carry go's text ("package x is not in std (...)", "no required
// module provides package x; to add it:\n\tgo get x", "ambiguous import" …).
#pragma once

#include "load/modgraph.h"

#include <QHash>
#include <QString>
#include <memory>

namespace kiln::load
{

struct ResolvedImport {
    QString path;                       // the resolved import path
    QString dir;                        // "" when not found
    std::shared_ptr<ModuleInfo> module; // nullptr for std/cmd
    QString error;                      // go's message; "" when resolved
};

class ImportResolver
{
public:
    // modules may be null: then only std and cmd resolve (GOPATH-less, no main module).
    ImportResolver(QString goroot, std::shared_ptr<const ModuleSet> modules);

    // Not thread-safe (memoizes); one resolver per load.
    ResolvedImport resolve(const QString &parentPath, bool parentIsStd, const QString &path);
    // GOROOT/src/<path> is a directory with .go files.
    bool isStandardPackage(const QString &path);
    // The module that holds the package directory dir ("" path → none).
    std::shared_ptr<ModuleInfo> moduleForDir(const QString &dir) const;
    QString gorootSrc() const { return m_gorootSrc; }

private:
    QString stdVendor(const QString &parentPath, const QString &path) const;
    ResolvedImport fromModules(const QString &path);
    bool isGoDir(const QString &dir);
    bool hiddenByNestedModule(const QString &dir, const QString &root) const;
    std::shared_ptr<ModuleInfo> shared(const ModuleInfo *m);

    QString m_goroot;
    QString m_gorootSrc;
    std::shared_ptr<const ModuleSet> m_modules;
    QHash<QString, bool> m_goDirCache;
    QHash<QString, ResolvedImport> m_cache;
    QHash<const ModuleInfo *, std::shared_ptr<ModuleInfo>> m_moduleCopies;
};

} // namespace kiln::load
