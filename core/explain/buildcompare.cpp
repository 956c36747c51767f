#include "explain/buildcompare.h"

#include <QHash>

namespace kiln::explain
{

int BuildComparison::count(CompareKind kind) const
{
    return int(std::count_if(actions.begin(), actions.end(),
                             [kind](const ActionComparison &a) { return a.kind == kind; }));
}

int BuildComparison::rebuiltAfter() const
{
    return int(std::count_if(actions.begin(), actions.end(),
                             [](const ActionComparison &a) { return a.ranAfter(); }));
}

BuildComparison compareBuilds(const cache::HistoryBuild &before, const cache::HistoryBuild &after)
{
    QHash<QString, qsizetype> inBefore;
    for (qsizetype i = 0; i < before.actions.size(); ++i)
        inBefore.insert(before.actions[i].key(), i);
    QHash<QString, qsizetype> inAfter;
    BuildComparison out;
    for (qsizetype i = 0; i < after.actions.size(); ++i) {
        const cache::HistoryAction &a = after.actions[i];
        inAfter.insert(a.key(), i);
        ActionComparison c;
        c.mode = a.mode;
        c.package = a.package;
        c.after = a;
        const auto it = inBefore.constFind(a.key());
        if (it == inBefore.constEnd()) {
            c.kind = CompareKind::Added;
        } else {
            c.before = before.actions[*it];
            if (c.before.actionID == a.actionID) {
                c.kind = CompareKind::Same;
            } else {
                c.kind = CompareKind::Changed;
                c.changes = preimageChanges(c.before.preimage, a.preimage);
            }
        }
        out.actions.append(c);
    }
    for (const cache::HistoryAction &b : before.actions) {
        if (inAfter.contains(b.key()))
            continue;
        ActionComparison c;
        c.mode = b.mode;
        c.package = b.package;
        c.kind = CompareKind::Removed;
        c.before = b;
        out.actions.append(c);
    }
    return out;
}

} // namespace kiln::explain
