#include "exec/flagforecast.h"

#include "exec/forecastlines.h"

#include <QQueue>

namespace kiln::exec
{

namespace
{

using flags::ScopeFlag;
namespace fc = forecast;

bool hasActionId(graph::Mode mode)
{
    return mode == graph::Mode::Build || mode == graph::Mode::Link;
}

// go gives a package build info (and hashes it, in module mode) when it is a
// main package that loaded without errors (load.PackagesAndErrors).
bool hasBuildInfo(const load::Package &p)
{
    return p.name == QLatin1String("main") && !p.error && !p.incomplete;
}

struct Change {
    QList<LineChange> lines;
    QList<fc::Replacement> replacements;
    bool modinfoFragment = false; // shown as setting lines only: no new ID
};

class Forecaster
{
public:
    Forecaster(const load::LoadResult &load, const graph::ActionGraph &graph,
               const ForecastSide &before, const ForecastSide &after, const ForecastContext &ctx)
        : m_load(load), m_graph(graph), m_before(before), m_after(after), m_ctx(ctx)
    {
    }

    Forecast run();

private:
    const graph::ActionRecord *recordOf(int action) const;
    QString toolId(const QString &given, const graph::ActionRecord *rec,
                   const QByteArray &tool) const;
    const QStringList &flagsOf(const ForecastSide &side, int package, ScopeFlag flag) const
    {
        return side.analysis.perPackage[package].flags[int(flag)];
    }
    bool changed(int package, ScopeFlag flag) const
    {
        return flagsOf(m_before, package, flag) != flagsOf(m_after, package, flag);
    }
    Change changeOf(int action) const;

    const load::LoadResult &m_load;
    const graph::ActionGraph &m_graph;
    const ForecastSide &m_before;
    const ForecastSide &m_after;
    const ForecastContext &m_ctx;
};

const graph::ActionRecord *Forecaster::recordOf(int action) const
{
    if (!m_ctx.last)
        return nullptr;
    const graph::Action &a = m_graph.actions[action];
    const auto it = m_ctx.last->constFind(actionKey(a.mode, m_load.packages[a.package].importPath));
    return it == m_ctx.last->constEnd() ? nullptr : &*it;
}

QString Forecaster::toolId(const QString &given, const graph::ActionRecord *rec,
                           const QByteArray &tool) const
{
    return !given.isEmpty() || !rec ? given : fc::recordedToolId(*rec, tool);
}

// The lines of action's own preimage that the change rewrites, in the order
// actionid.cpp writes them (modinfo before compile before asm).
Change Forecaster::changeOf(int action) const
{
    Change c;
    const graph::Action &a = m_graph.actions[action];
    const int p = a.package;
    const load::Package &pkg = m_load.packages[p];
    const graph::ActionRecord *rec = recordOf(action);
    if (a.mode == graph::Mode::Link) {
        if (changed(p, ScopeFlag::Ld)) {
            const QByteArray after = fc::linkflagsLine(flagsOf(m_after, p, ScopeFlag::Ld));
            c.lines.append({fc::linkflagsLine(flagsOf(m_before, p, ScopeFlag::Ld)), after});
            c.replacements.append({"linkflags ", after});
        }
        return c;
    }
    if (m_ctx.mode == flags::ModuleMode::Modules && hasBuildInfo(pkg)) {
        const QStringList before = fc::infoSettings(m_before.scopes, m_ctx.trimpath);
        const QStringList after = fc::infoSettings(m_after.scopes, m_ctx.trimpath);
        if (before != after) {
            const auto b = rec ? fc::rewriteModinfo(*rec, before) : std::nullopt;
            const auto n = rec ? fc::rewriteModinfo(*rec, after) : std::nullopt;
            if (b && n) {
                c.lines.append({*b, *n});
                c.replacements.append({"modinfo ", *n});
            } else {
                // Without the recorded text only the settings lines are known.
                c.modinfoFragment = true;
                for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i)
                    if (before.value(i) != after.value(i))
                        c.lines.append({"modinfo \xe2\x80\xa6 " + before.value(i).toUtf8(),
                                        "modinfo \xe2\x80\xa6 " + after.value(i).toUtf8()});
            }
        }
    }
    if (changed(p, ScopeFlag::Gc)) {
        const QString id = toolId(m_ctx.compileId, rec, "compile");
        const QByteArray after = fc::compileLine(id, flagsOf(m_after, p, ScopeFlag::Gc));
        c.lines.append({fc::compileLine(id, flagsOf(m_before, p, ScopeFlag::Gc)), after});
        c.replacements.append({"compile ", after});
    }
    if (!pkg.sFiles.isEmpty() && changed(p, ScopeFlag::Asm)) {
        const QString id = toolId(m_ctx.asmId, rec, "asm");
        const QByteArray after = fc::asmLine(id, flagsOf(m_after, p, ScopeFlag::Asm));
        c.lines.append({fc::asmLine(id, flagsOf(m_before, p, ScopeFlag::Asm)), after});
        c.replacements.append({"asm ", after});
    }
    return c;
}

Forecast Forecaster::run()
{
    const qsizetype n = m_graph.actions.size();
    QList<QList<int>> dependents(n);
    for (qsizetype i = 0; i < n; ++i)
        for (int d : m_graph.actions[i].deps)
            dependents[d].append(int(i));

    QList<ForecastAction> found(n);
    QList<bool> reached(n, false);
    QQueue<int> queue;
    QList<Change> changes(n);
    for (qsizetype i = 0; i < n; ++i) {
        const graph::Action &a = m_graph.actions[i];
        if (!hasActionId(a.mode) || a.package < 0)
            continue;
        changes[i] = changeOf(int(i));
        if (changes[i].lines.isEmpty())
            continue;
        found[i].why = Invalidation::Direct;
        found[i].lines = changes[i].lines;
        reached[i] = true;
        queue.enqueue(int(i));
    }
    // Breadth first from the changed actions: a dependent is reached through
    // a build whose output (content ID) it hashes.
    while (!queue.isEmpty()) {
        const int d = queue.dequeue();
        if (m_graph.actions[d].mode != graph::Mode::Build)
            continue;
        for (int a : std::as_const(dependents[d])) {
            const graph::Action &act = m_graph.actions[a];
            if (reached[a] || !hasActionId(act.mode) || act.package < 0)
                continue;
            reached[a] = true;
            found[a].why = Invalidation::Propagated;
            queue.enqueue(a);
        }
    }
    // A propagated action's cause: its first changed build in go's deps order
    // (for a link, its main package's build when that changes).
    for (qsizetype i = 0; i < n; ++i) {
        if (!reached[i] || found[i].why != Invalidation::Propagated)
            continue;
        for (int d : m_graph.actions[i].deps)
            if (reached[d] && m_graph.actions[d].mode == graph::Mode::Build) {
                found[i].cause = d;
                break;
            }
    }

    Forecast out;
    for (qsizetype i = 0; i < n; ++i) {
        if (!reached[i])
            continue;
        ForecastAction f = found[i];
        f.action = int(i);
        const graph::Action &a = m_graph.actions[i];
        const graph::ActionRecord *rec = recordOf(int(i));
        if (rec && !rec->cacheHit && rec->timeStart > 0 && rec->timeDone >= rec->timeStart)
            f.lastNs = rec->timeDone - rec->timeStart;
        const bool depChanged =
            std::any_of(a.deps.begin(), a.deps.end(), [&](int d) { return reached[d]; });
        if (f.why == Invalidation::Direct && rec && !depChanged && !changes[i].modinfoFragment)
            f.newActionId = fc::rehash(*rec,
                                       graph::modeName(a.mode) + QLatin1Char(' ') +
                                           m_load.packages[a.package].importPath,
                                       m_ctx.goVersion, changes[i].replacements);
        (f.why == Invalidation::Direct ? out.direct : out.propagated)++;
        if (a.mode == graph::Mode::Link)
            ++out.links;
        if (f.lastNs >= 0)
            out.knownNs += f.lastNs;
        else
            ++out.unknownTimes;
        out.actions.append(f);
    }
    return out;
}

} // namespace

QString actionKey(graph::Mode mode, const QString &importPath)
{
    return graph::modeName(mode) + QLatin1Char(' ') + importPath;
}

LastBuild lastBuildOf(const graph::ActionGraph &graph, const load::LoadResult &load,
                      const QList<graph::ActionRecord> &records)
{
    LastBuild out;
    for (qsizetype i = 0; i < graph.actions.size() && i < records.size(); ++i) {
        const graph::Action &a = graph.actions[i];
        if (a.package >= 0 && hasActionId(a.mode))
            out.insert(actionKey(a.mode, load.packages[a.package].importPath), records[i]);
    }
    return out;
}

Forecast forecastFlagChange(const load::LoadResult &load, const graph::ActionGraph &graph,
                            const ForecastSide &before, const ForecastSide &after,
                            const ForecastContext &context)
{
    return Forecaster(load, graph, before, after, context).run();
}

} // namespace kiln::exec
