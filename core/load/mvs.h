// Minimal version selection (cmd/go's mvs.Graph): an incremental requirement
// graph whose selected version of each module path is the highest version
// that any reachable module version requires. The caller pushes requirements
// as it reads go.mod files (require(m, reqs) once per module version), so it
// decides which parts of the graph are pruned out simply by not reading them.
//
//   MvsGraph g(cmp, {{"main", ""}});
//   g.require({"main", ""}, {{"a", "v1.0.0"}, {"b", "v1.0.0"}});
//   g.require({"a", "v1.0.0"}, {{"c", "v1.1.0"}});
//   g.require({"b", "v1.0.0"}, {{"c", "v1.2.0"}});
//   g.selected("c") == "v1.2.0"; g.buildList() == main, a v1.0.0, b v1.0.0, c v1.2.0
//
// Module versions are ModuleVersion values; version "" is a main module and
// "none" means "not selected".
#pragma once

#include "load/modfile.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace kiln::load
{

inline bool operator==(const ModuleVersion &a, const ModuleVersion &b)
{
    return a.path == b.path && a.version == b.version;
}

inline size_t qHash(const ModuleVersion &m, size_t seed = 0)
{
    return qHashMulti(seed, m.path, m.version);
}

// "path@version", or just path when there is no version (module.Version.String).
QString moduleVersionString(const ModuleVersion &m);

// Sorts by path, then by version in modCompare order (gover.ModSort).
void sortModules(QList<ModuleVersion> &list);

class MvsGraph
{
public:
    // cmp(path, v1, v2) → -1/0/+1. roots are reachable by definition.
    using Compare = std::function<int(const QString &, const QString &, const QString &)>;
    MvsGraph(Compare cmp, QList<ModuleVersion> roots);

    // Records that m (which must be reachable) requires reqs; once per m.
    void require(const ModuleVersion &m, const QList<ModuleVersion> &reqs);
    // The requirements passed to require(m), or nullopt if they never were.
    std::optional<QList<ModuleVersion>> requiredBy(const ModuleVersion &m) const;
    bool isReachable(const ModuleVersion &m) const { return m_reachable.contains(m); }
    // The selected version of path, "none" when no version is reachable.
    QString selected(const QString &path) const;
    // The selected versions of the roots' paths, in root order, then every
    // other selected module sorted by path.
    QList<ModuleVersion> buildList() const;
    // A shortest requirement path from a root to a module version for which
    // pred is true (breadth-first, in requirement order), or empty.
    QList<ModuleVersion> findPath(const std::function<bool(const ModuleVersion &)> &pred) const;
    const QList<ModuleVersion> &roots() const { return m_roots; }

private:
    void raise(const ModuleVersion &m);

    Compare m_cmp;
    QList<ModuleVersion> m_roots;
    QHash<ModuleVersion, QList<ModuleVersion>> m_required;
    QHash<ModuleVersion, bool> m_reachable; // true for roots
    QHash<QString, QString> m_selected;
};

} // namespace kiln::load
