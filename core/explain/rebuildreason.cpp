#include "explain/rebuildreason.h"

#include <QHash>
#include <QSet>

namespace kiln::explain
{

namespace
{

// The packages an action's preimage names as dependencies: "import P ID"
// (compile), "packagefile P=ID" (link) and "vetout "P" HASH" (vet).
QStringList dependencyPackages(const QList<QByteArray> &preimage)
{
    QStringList out;
    for (const QByteArray &raw : preimage) {
        const QByteArray line = raw.endsWith('\n') ? raw.chopped(1) : raw;
        if (line.startsWith("vetout \"")) {
            const qsizetype end = line.indexOf('"', 8);
            if (end > 8)
                out.append(QString::fromUtf8(line.mid(8, end - 8)));
        } else if (line.startsWith("import ") && !line.startsWith("import \"")) {
            const qsizetype at = line.lastIndexOf(' ');
            if (at > 7)
                out.append(QString::fromUtf8(line.mid(7, at - 7)));
        } else if (line.startsWith("packagefile ")) {
            const qsizetype at = line.lastIndexOf('=');
            if (at > 12)
                out.append(QString::fromUtf8(line.mid(12, at - 12)));
        }
    }
    return out;
}

// The variant an action's package belongs to: "q.test" for "p [q.test]"
// (go test's recompiled copies) and for the test main "q.test" itself, "m"
// for a PGO copy "p [m]"; "" for a plain package. A dependency an action
// names by import path is the copy of its own variant when there is one.
QString variantOf(const QString &package)
{
    if (const qsizetype open = package.indexOf(QStringLiteral(" ["));
        open > 0 && package.endsWith(QLatin1Char(']')))
        return package.mid(open + 2, package.size() - open - 3);
    if (package.endsWith(QLatin1String(".test")))
        return package;
    return {};
}

// The index of the build action of package path in build as the action of
// package user sees it: path's copy in user's variant ("path [q.test]"),
// else the plain package, else any variant of it; -1 when none. path may
// also name a variant itself (a vet's or link's own package).
int buildActionOf(const cache::HistoryBuild &build, const QString &path,
                  const QString &user = QString())
{
    const QString variant = variantOf(user);
    const QString own =
        variant.isEmpty() ? QString() : path + QStringLiteral(" [") + variant + QLatin1Char(']');
    int plain = -1, any = -1;
    for (qsizetype i = 0; i < build.actions.size(); ++i) {
        const cache::HistoryAction &a = build.actions[i];
        if (a.mode != QLatin1String("build"))
            continue;
        if (!own.isEmpty() && a.package == own)
            return int(i);
        if (plain < 0 && a.package == path)
            plain = int(i);
        if (any < 0 && a.package.startsWith(path + QStringLiteral(" [")))
            any = int(i);
    }
    return plain >= 0 ? plain : any;
}

class Explainer
{
public:
    Explainer(const cache::HistoryBuild &build, const cache::BuildHistory &history)
        : m_build(build), m_history(history)
    {
    }

    BuildExplanation run()
    {
        BuildExplanation out;
        out.build = m_build.timeNs;
        for (qsizetype i = 0; i < m_build.actions.size(); ++i)
            out.actions.append(explain(int(i)));
        m_result = &out;
        for (ActionExplanation &e : out.actions)
            if (e.verdict != RebuildVerdict::UpToDate && e.verdict != RebuildVerdict::EarlyCutoff) {
                for (int r : rootsOf(e.index))
                    e.rootCauses.append(m_build.actions[r].key());
                e.rootCauses.sort();
            }
        return out;
    }

private:
    ActionExplanation explain(int i) const
    {
        const cache::HistoryAction &a = m_build.actions[i];
        ActionExplanation e;
        e.index = i;
        e.mode = a.mode;
        e.package = a.package;
        e.failed = a.outcome == cache::HistoryOutcome::Failed;
        e.preimage = a.preimage;
        const auto [previousBuild, previous] = m_history.previous(m_build, a.key());
        if (previous) {
            e.previousBuild = previousBuild->timeNs;
            e.previousPreimage = previous->preimage;
        }
        const bool comparable = previous && !previous->preimage.isEmpty();
        const bool same = previous && previous->actionID == a.actionID;
        if (a.ran()) {
            if (same)
                e.verdict = RebuildVerdict::Unchanged;
            else if (!comparable)
                e.verdict = RebuildVerdict::New;
            else
                e.verdict = RebuildVerdict::Propagated; // refined below
        } else if (!comparable || same) {
            for (const QString &p : dependencyPackages(a.preimage)) {
                const int d = buildActionOf(m_build, p, a.package);
                if (d >= 0 && m_build.actions[d].ran() && !e.dependencies.contains(p))
                    e.dependencies.append(p);
            }
            e.verdict = same && !e.dependencies.isEmpty() ? RebuildVerdict::EarlyCutoff
                                                          : RebuildVerdict::UpToDate;
            if (e.verdict == RebuildVerdict::UpToDate)
                e.dependencies.clear();
            return e;
        } else {
            e.verdict = RebuildVerdict::Restored;
        }
        if (e.verdict != RebuildVerdict::Propagated && e.verdict != RebuildVerdict::Restored)
            return e;
        e.changes = preimageChanges(previous->preimage, a.preimage);
        bool own = false;
        for (const LineChange &c : std::as_const(e.changes)) {
            if (c.category != LineCategory::Dependency) {
                own = true;
                continue;
            }
            // packagemain (a link's main package) and a vet's pkg line name
            // the action's own package.
            const bool ownPackage =
                c.subject == QLatin1String("packagemain") ||
                (a.mode == QLatin1String("vet") && c.subject == QLatin1String("pkg"));
            const QString dep = ownPackage ? a.package : c.subject;
            if (!e.dependencies.contains(dep))
                e.dependencies.append(dep);
        }
        if (own && e.verdict == RebuildVerdict::Propagated)
            e.verdict = RebuildVerdict::OwnInput;
        return e;
    }

    // The actions whose own change led to action i running (see the header),
    // memoised; an action on a cycle being followed adds nothing.
    QSet<int> rootsOf(int i)
    {
        if (const auto it = m_roots.constFind(i); it != m_roots.constEnd())
            return *it;
        if (m_following.contains(i))
            return {};
        m_following.insert(i);
        const ActionExplanation &e = m_result->actions[i];
        QSet<int> roots;
        switch (e.verdict) {
        case RebuildVerdict::New:
        case RebuildVerdict::Unchanged:
            roots.insert(i);
            break;
        case RebuildVerdict::UpToDate:
        case RebuildVerdict::EarlyCutoff:
            break;
        default:
            if (!e.ownCategories().isEmpty())
                roots.insert(i);
            for (const QString &dep : e.dependencies)
                if (const int d = buildActionOf(m_build, dep, e.package); d >= 0 && d != i)
                    roots.unite(rootsOf(d));
            if (roots.isEmpty() && e.ran())
                roots.insert(i); // nothing below explains it: it is its own cause
        }
        m_following.remove(i);
        m_roots.insert(i, roots);
        return roots;
    }

    const cache::HistoryBuild &m_build;
    const cache::BuildHistory &m_history;
    const BuildExplanation *m_result = nullptr;
    QHash<int, QSet<int>> m_roots;
    QSet<int> m_following;
};

} // namespace

QList<LineCategory> ActionExplanation::ownCategories() const
{
    QList<LineCategory> out;
    for (const LineChange &c : changes)
        if (c.category != LineCategory::Dependency && !out.contains(c.category))
            out.append(c.category);
    return out;
}

const ActionExplanation *BuildExplanation::find(const QString &key) const
{
    for (const ActionExplanation &e : actions)
        if (e.key() == key)
            return &e;
    return nullptr;
}

int BuildExplanation::count(RebuildVerdict verdict) const
{
    return int(std::count_if(actions.begin(), actions.end(), [verdict](const ActionExplanation &e) {
        return e.verdict == verdict;
    }));
}

BuildExplanation explainBuild(const cache::HistoryBuild &build, const cache::BuildHistory &history)
{
    return Explainer(build, history).run();
}

QString verdictWord(RebuildVerdict verdict)
{
    switch (verdict) {
    case RebuildVerdict::New:
        return QStringLiteral("new");
    case RebuildVerdict::OwnInput:
        return QStringLiteral("own input changed");
    case RebuildVerdict::Propagated:
        return QStringLiteral("propagated");
    case RebuildVerdict::Unchanged:
        return QStringLiteral("unchanged inputs");
    case RebuildVerdict::EarlyCutoff:
        return QStringLiteral("early cutoff");
    case RebuildVerdict::Restored:
        return QStringLiteral("restored from cache");
    case RebuildVerdict::UpToDate:
        return QStringLiteral("up to date");
    }
    return {};
}

} // namespace kiln::explain
