#include "cache/pruneplan.h"

#include "load/patterns.h"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace kiln::cache
{

namespace
{

bool toolchainMatches(const QString &want, const QString &have)
{
    return !have.isEmpty() && (have == want || have.startsWith(want + QLatin1Char('.')));
}

bool present(FileState s)
{
    return s == FileState::Regular || s == FileState::Directory;
}

// The bookkeeping of one plan: which entries go, which outputs go with them.
class Planner
{
public:
    Planner(const CacheIndex &index, const PruneCriteria &c, qint64 now)
        : m_entries(index.entries), m_c(c), m_now(now), m_remove(index.entries.size()),
          m_outputGoes(index.entries.size())
    {
        std::unordered_set<Digest, DigestHash> counted;
        for (const CacheEntry &e : m_entries) {
            if (e.origin == EntryOrigin::Index) {
                m_bytes += e.indexBytes;
                if (e.outputID != Digest{})
                    ++m_refs[e.outputID];
            }
            if (present(e.outputState) && counted.insert(e.outputID).second)
                m_bytes += e.outputBytes;
        }
        m_before = m_bytes;
    }

    bool recent(qint64 mtimeNs) const
    {
        return m_c.force == PruneForce::No && m_now - mtimeNs < hourNs;
    }
    bool old(qint64 mtimeNs) const { return mtimeNs < m_now - *m_c.olderThanNs; }

    // Removes entry i; byAge: its output goes only if old too (go's per-file rule).
    void remove(int i, bool byAge)
    {
        const CacheEntry &e = m_entries[i];
        m_remove[i] = true;
        if (e.origin == EntryOrigin::OrphanOutput) {
            m_bytes -= e.outputBytes;
            m_outputGoes[i] = true;
            return;
        }
        m_bytes -= e.indexBytes;
        if (e.outputID == Digest{} || --m_refs[e.outputID] > 0 || !present(e.outputState))
            return;
        if (recent(e.outputMtimeNs) || (byAge && !old(e.outputMtimeNs)))
            return;
        m_bytes -= e.outputBytes;
        m_outputGoes[i] = true;
    }

    bool removable(const CacheEntry &e) const
    {
        return e.origin == EntryOrigin::Index ? e.indexState == FileState::Regular
                                              : present(e.outputState);
    }

    PrunePlan finish(const QString &dir, const QList<int> &keptRecent) const
    {
        PrunePlan plan;
        plan.dir = dir;
        plan.nowNs = m_now;
        plan.bytesBefore = m_before;
        plan.removeBytes = m_before - m_bytes;
        plan.keptRecent = keptRecent;
        QList<PlannedRemoval> orphans;
        for (int i = 0; i < m_entries.size(); ++i) {
            if (!m_remove[i])
                continue;
            const CacheEntry &e = m_entries[i];
            PlannedRemoval r;
            r.entry = i;
            r.removeIndex = e.origin == EntryOrigin::Index;
            r.removeOutput = m_outputGoes[i];
            r.indexMtimeNs = e.indexMtimeNs;
            r.outputMtimeNs = e.outputMtimeNs;
            r.bytes = (r.removeIndex ? e.indexBytes : 0) + (r.removeOutput ? e.outputBytes : 0);
            (r.removeIndex ? plan.removals : orphans).append(r);
        }
        plan.removals += orphans;
        plan.removeEntries = plan.removals.size();
        plan.keptEntries = m_entries.size() - plan.removeEntries;
        plan.keptBytes = m_bytes;
        for (int i : keptRecent) {
            const CacheEntry &e = m_entries[i];
            plan.keptRecentBytes += e.indexBytes;
            if (e.origin == EntryOrigin::OrphanOutput || m_refs.count(e.outputID) == 0 ||
                m_refs.at(e.outputID) == 1)
                plan.keptRecentBytes += e.outputBytes;
        }
        return plan;
    }

    qint64 bytes() const { return m_bytes; }
    bool removed(int i) const { return m_remove[i]; }

private:
    const QList<CacheEntry> &m_entries;
    const PruneCriteria &m_c;
    qint64 m_now;
    std::vector<char> m_remove, m_outputGoes;
    std::unordered_map<Digest, int, DigestHash> m_refs;
    qint64 m_bytes = 0, m_before = 0;
};

QString sizeText(qint64 bytes)
{
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

struct EntryFilter::Data {
    PruneCriteria c;
    std::vector<std::function<bool(const QString &)>> packages;
    std::unordered_set<Digest, DigestHash> selection;
};

EntryFilter::EntryFilter(const PruneCriteria &c) : d(std::make_unique<Data>())
{
    d->c = c;
    for (const QString &p : c.packages)
        d->packages.push_back(load::matchPattern(p));
    d->selection.insert(c.selection.begin(), c.selection.end());
}

EntryFilter::~EntryFilter() = default;

bool EntryFilter::operator()(const CacheEntry &e) const
{
    const PruneCriteria &c = d->c;
    if (!d->packages.empty() &&
        (e.packagePath.isEmpty() ||
         std::none_of(d->packages.begin(), d->packages.end(),
                      [&](const auto &match) { return match(e.packagePath); })))
        return false;
    if (!c.modules.isEmpty() && !c.modules.contains(e.module))
        return false;
    if (!c.kinds.isEmpty() && !c.kinds.contains(e.kind))
        return false;
    if (!c.toolchains.isEmpty() &&
        std::none_of(c.toolchains.begin(), c.toolchains.end(),
                     [&](const QString &t) { return toolchainMatches(t, e.toolchain); }))
        return false;
    if (!d->selection.empty() && !d->selection.count(e.key))
        return false;
    return true;
}

Result<PrunePlan> planPrune(const CacheIndex &index, const PruneCriteria &c, qint64 now)
{
    if (!c.olderThanNs && !c.maxBytes && !c.hasFilter())
        return fail(QStringLiteral("nothing to prune by: give an age, a size cap or a filter "
                                   "(package, module, kind, toolchain, selection)"));
    if ((c.olderThanNs && *c.olderThanNs < 0) || (c.maxBytes && *c.maxBytes < 0))
        return fail(QStringLiteral("a prune age or size cannot be negative"));
    const EntryFilter matches(c);
    Planner p(index, c, now);
    QList<int> keptRecent;
    const QList<CacheEntry> &entries = index.entries;
    std::vector<char> isKeptRecent(entries.size());
    auto keepRecent = [&](int i) {
        if (!isKeptRecent[i])
            keptRecent.append(i);
        isKeptRecent[i] = true;
    };

    // Age, or filters alone: each matching entry on its own.
    if (c.olderThanNs || !c.maxBytes) {
        for (int i = 0; i < entries.size(); ++i) {
            const CacheEntry &e = entries[i];
            if (!p.removable(e) || !matches(e))
                continue;
            if (c.olderThanNs && !p.old(e.lastUseNs()))
                continue;
            if (p.recent(e.lastUseNs())) {
                keepRecent(i);
                continue;
            }
            p.remove(i, c.olderThanNs.has_value());
        }
    }

    // Size cap: least recently used first.
    if (c.maxBytes && p.bytes() > *c.maxBytes) {
        QList<int> order;
        for (int i = 0; i < entries.size(); ++i)
            if (!p.removed(i) && p.removable(entries[i]) && matches(entries[i]))
                order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return entries[a].lastUseNs() < entries[b].lastUseNs();
        });
        for (int i : order) {
            if (p.bytes() <= *c.maxBytes)
                break;
            if (p.recent(entries[i].lastUseNs())) {
                keepRecent(i);
                continue;
            }
            p.remove(i, false);
        }
    }

    PrunePlan plan = p.finish(index.dir, keptRecent);
    if (c.maxBytes && plan.bytesAfter() > *c.maxBytes)
        plan.notes.append(
            QStringLiteral("the size cap of %1 cannot be reached: %2 remain%3")
                .arg(sizeText(*c.maxBytes), sizeText(plan.bytesAfter()),
                     keptRecent.isEmpty()
                         ? (c.hasFilter() ? QStringLiteral(" (the rest does not match the filters)")
                                          : QString())
                         : QStringLiteral(" (entries used within the last hour are kept; "
                                          "force removes them)")));
    plan.coversGoTrim = c.olderThanNs && *c.olderThanNs <= goTrimAgeNs && !c.hasFilter();
    return plan;
}

} // namespace kiln::cache
