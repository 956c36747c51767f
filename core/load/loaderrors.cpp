#include "load/loaderrors.h"

#include <QSet>
#include <functional>

namespace kiln::load
{

QList<int> packagesWithErrors(const LoadResult &r, int root)
{
    QList<int> out;
    if (!r.packages[root].incomplete)
        return out;
    QSet<int> seen;
    std::function<void(int)> walk = [&](int p) {
        if (seen.contains(p))
            return;
        seen.insert(p);
        for (int d : r.packages[p].internalImports)
            walk(d);
        if (r.packages[p].error)
            out << p;
    };
    walk(root);
    return out;
}

int testVariantError(const LoadResult &r, const std::array<int, 3> &set)
{
    for (int idx : set) {
        if (idx < 0)
            continue;
        if (r.packages[idx].error)
            return idx;
        if (r.packages[idx].incomplete)
            return packagesWithErrors(r, idx).value(0, -1);
    }
    return -1;
}

} // namespace kiln::load
