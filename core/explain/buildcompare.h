// Comparing two recorded builds (cache/buildhistory.h) action by action, by
// action key (mode + package with its variant): actions only the later build
// has (added), only the earlier one has (removed), whose preimage differs
// (changed, with the changed lines) or not (same), and whether each ran in
// either build (rebuilt) or hit the cache.
#pragma once

#include "cache/buildhistory.h"
#include "explain/preimagediff.h"

namespace kiln::explain
{

enum class CompareKind { Added, Removed, Changed, Same };

struct ActionComparison {
    QString mode, package;
    CompareKind kind = CompareKind::Same;
    cache::HistoryAction before, after; // default-constructed on the side it is missing from
    QList<LineChange> changes;          // Changed: after's preimage against before's

    QString key() const { return mode + QLatin1Char(' ') + package; }
    bool ranBefore() const { return kind != CompareKind::Added && before.ran(); }
    bool ranAfter() const { return kind != CompareKind::Removed && after.ran(); }
};

struct BuildComparison {
    QList<ActionComparison> actions; // after's order, then the removed ones in before's
    int count(CompareKind kind) const;
    int rebuiltAfter() const; // actions that ran in the later build
};

// Pure; before and after may be in either order in time.
BuildComparison compareBuilds(const cache::HistoryBuild &before, const cache::HistoryBuild &after);

} // namespace kiln::explain
