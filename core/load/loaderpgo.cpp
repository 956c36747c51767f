// -pgo=auto: a main package with a default.pgo file compiles itself and all
// its dependencies with that profile. When several packages are being built,
// the main's dependencies are copied (ForMain = the main's path) so that the
// same package can be compiled with and without the profile
// (load.setPGOProfilePath); go list then shows the copies as "P [main]".
#include "load/loaderstate.h"

#include <QFileInfo>

namespace kiln::load::detail
{

void LoaderState::applyPgo(const QList<int> &roots)
{
    for (int root : roots) {
        if (result.packages[root].name != QLatin1String("main"))
            continue;
        const QString file = result.packages[root].dir + QStringLiteral("/default.pgo");
        if (!QFileInfo(file).isFile())
            continue;
        const QString mainPath = result.packages[root].importPath;
        QHash<int, int> visited;
        std::function<int(int)> split = [&](int idx) -> int {
            if (auto it = visited.find(idx); it != visited.end())
                return *it;
            int target = idx;
            if (roots.size() > 1 && idx != root) {
                Package copy = result.packages[idx];
                copy.forMain = mainPath;
                result.packages.append(copy);
                target = int(result.packages.size() - 1);
            }
            visited.insert(idx, target);
            result.packages[target].pgoProfile = file;
            const QList<int> imports = result.packages[target].internalImports;
            QList<int> replaced;
            for (int dep : imports)
                replaced.append(split(dep));
            result.packages[target].internalImports = replaced;
            return target;
        };
        split(root);
    }
}

// go list shows test variants and PGO copies by their Desc() and points the
// importers' Imports at the renamed paths.
void LoaderState::renameVariants(const QList<int> &all)
{
    QHash<QString, QString> old; // new name → original import path
    for (int idx : all) {
        Package &p = result.packages[idx];
        if (p.forTest.isEmpty() && p.forMain.isEmpty())
            continue;
        const QString renamed = p.desc();
        old.insert(renamed, p.importPath);
        p.importPath = renamed;
    }
    for (int idx : all) {
        QHash<QString, QString> m;
        for (int dep : result.packages[idx].internalImports) {
            const Package &d = result.packages[dep];
            if (!d.forTest.isEmpty() || !d.forMain.isEmpty())
                m.insert(old.value(d.importPath), d.importPath);
        }
        for (QString &imp : result.packages[idx].imports)
            if (const QString n = m.value(imp); !n.isEmpty())
                imp = n;
    }
}

} // namespace kiln::load::detail
