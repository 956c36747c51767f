#include "load/mvs.h"

#include "load/goversion.h"

#include <QSet>
#include <algorithm>

namespace kiln::load
{

QString moduleVersionString(const ModuleVersion &m)
{
    return m.version.isEmpty() ? m.path : m.path + QLatin1Char('@') + m.version;
}

void sortModules(QList<ModuleVersion> &list)
{
    // Versions may carry a "/go.mod" suffix (go.sum keys): the semver part is
    // compared as a version, the suffix as a string.
    std::stable_sort(list.begin(), list.end(), [](const ModuleVersion &a, const ModuleVersion &b) {
        if (a.path != b.path)
            return a.path < b.path;
        const qsizetype ia = a.version.indexOf(QLatin1Char('/'));
        const qsizetype ib = b.version.indexOf(QLatin1Char('/'));
        const QString va = ia < 0 ? a.version : a.version.left(ia);
        const QString vb = ib < 0 ? b.version : b.version.left(ib);
        if (va != vb)
            return gover::modCompare(a.path, va, vb) < 0;
        return (ia < 0 ? QString() : a.version.mid(ia)) < (ib < 0 ? QString() : b.version.mid(ib));
    });
}

MvsGraph::MvsGraph(Compare cmp, QList<ModuleVersion> roots)
    : m_cmp(std::move(cmp)), m_roots(std::move(roots))
{
    for (const ModuleVersion &m : m_roots) {
        m_reachable.insert(m, true);
        raise(m);
    }
}

void MvsGraph::raise(const ModuleVersion &m)
{
    if (m_cmp(m.path, selected(m.path), m.version) < 0)
        m_selected.insert(m.path, m.version);
}

void MvsGraph::require(const ModuleVersion &m, const QList<ModuleVersion> &reqs)
{
    Q_ASSERT(m_reachable.contains(m));
    Q_ASSERT(!m_required.contains(m));
    m_required.insert(m, reqs);
    for (const ModuleVersion &dep : reqs) {
        if (!m_reachable.contains(dep))
            m_reachable.insert(dep, false);
        raise(dep);
    }
}

std::optional<QList<ModuleVersion>> MvsGraph::requiredBy(const ModuleVersion &m) const
{
    const auto it = m_required.constFind(m);
    if (it == m_required.constEnd())
        return std::nullopt;
    return *it;
}

QString MvsGraph::selected(const QString &path) const
{
    return m_selected.value(path, QStringLiteral("none"));
}

QList<ModuleVersion> MvsGraph::buildList() const
{
    QSet<QString> seenRoot;
    QList<ModuleVersion> list;
    for (const ModuleVersion &r : m_roots) {
        if (seenRoot.contains(r.path))
            continue;
        seenRoot.insert(r.path);
        if (const QString v = selected(r.path); v != QLatin1String("none"))
            list.append({r.path, v});
    }
    QList<ModuleVersion> rest;
    for (auto it = m_selected.constBegin(); it != m_selected.constEnd(); ++it)
        if (!seenRoot.contains(it.key()))
            rest.append({it.key(), it.value()});
    sortModules(rest);
    return list + rest;
}

QList<ModuleVersion>
MvsGraph::findPath(const std::function<bool(const ModuleVersion &)> &pred) const
{
    // firstRequiredBy[a] = b: in breadth-first order, a was first required by b.
    QHash<ModuleVersion, std::optional<ModuleVersion>> firstRequiredBy;
    QList<ModuleVersion> queue = m_roots;
    for (const ModuleVersion &m : m_roots)
        firstRequiredBy.insert(m, std::nullopt);
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const ModuleVersion m = queue[i];
        if (pred(m)) {
            QList<ModuleVersion> path{m};
            for (auto prev = firstRequiredBy.value(m); prev; prev = firstRequiredBy.value(*prev))
                path.prepend(*prev);
            return path;
        }
        for (const ModuleVersion &r : m_required.value(m)) {
            if (!firstRequiredBy.contains(r)) {
                firstRequiredBy.insert(r, m);
                queue.append(r);
            }
        }
    }
    return {};
}

} // namespace kiln::load
