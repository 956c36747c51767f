// go list's post-processing: package order, Deps, DepsErrors, ImportMap.
#include "load/loaderstate.h"

#include <QSet>
#include <algorithm>

namespace kiln::load::detail
{

// load.PackageList: post-order over imports from each root, once each.
QList<int> LoaderState::packageList(const QList<int> &roots) const
{
    QList<int> all;
    QSet<int> seen;
    std::function<void(int)> walk = [&](int p) {
        if (seen.contains(p))
            return;
        seen.insert(p);
        for (int dep : result.packages[p].internalImports)
            walk(dep);
        all.append(p);
    };
    for (int r : roots)
        walk(r);
    return all;
}

// collectDeps and collectDepsErrors; order must list imports before importers.
void LoaderState::collectDeps(const QList<int> &order)
{
    for (int idx : order) {
        QSet<QString> deps;
        QList<const PackageError *> errs;
        QSet<QString> errKeys;
        // go dedupes by error object; an error's stack, position and text
        // identify it as well.
        auto addErr = [&](const PackageError &e) {
            const QString key =
                e.importStack.join(QLatin1Char('\n')) + QChar(1) + e.pos + QChar(1) + e.err;
            if (!errKeys.contains(key)) {
                errKeys.insert(key);
                errs.append(&e);
            }
        };
        for (int dep : result.packages[idx].internalImports) {
            const Package &d = result.packages[dep];
            deps.insert(d.importPath);
            for (const QString &q : d.deps)
                deps.insert(q);
            if (d.error)
                addErr(*d.error);
            for (const PackageError &q : d.depsErrors)
                addErr(q);
        }
        QStringList sorted(deps.begin(), deps.end());
        std::sort(sorted.begin(), sorted.end());
        QList<PackageError> depsErrors;
        for (const PackageError *e : errs)
            depsErrors.append(*e);
        std::stable_sort(depsErrors.begin(), depsErrors.end(),
                         [](const PackageError &a, const PackageError &b) {
                             if (a.importStack.isEmpty() || b.importStack.isEmpty()) {
                                 if (a.importStack.isEmpty() != b.importStack.isEmpty())
                                     return a.importStack.isEmpty();
                                 return a.err < b.err;
                             }
                             return a.importStack.last() < b.importStack.last();
                         });
        Package &p = result.packages[idx];
        p.deps = sorted;
        p.depsErrors = depsErrors;
    }
}

// Non-identity import mappings: source import → resolved ImportPath.
void LoaderState::recordImportMaps(const QList<int> &pkgs)
{
    for (int idx : pkgs) {
        Package &p = result.packages[idx];
        for (qsizetype i = 0; i < p.imports.size() && i < p.rawImports.size(); ++i)
            if (p.imports[i] != p.rawImports[i])
                p.importMap.insert(p.rawImports[i], p.imports[i]);
    }
}

} // namespace kiln::load::detail
