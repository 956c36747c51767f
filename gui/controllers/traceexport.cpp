#include "controllers/traceexport.h"

#include "graph/chrometrace.h"

#include <QHash>

namespace kiln::gui
{

QByteArray chromeTraceOf(const BuildStart &start, const QList<ActionRun> &runs)
{
    graph::ActionGraph graph;
    load::LoadResult load;
    QHash<QString, int> packages;
    for (const ActionInfo &info : start.actions) {
        graph::Action a;
        a.mode = info.mode;
        a.deps = info.deps;
        a.priority = info.priority;
        if (!info.package.isEmpty()) {
            auto it = packages.constFind(info.package);
            if (it == packages.constEnd()) {
                load::Package p;
                p.importPath = info.package;
                p.dir = info.packageDir;
                load.packages.append(p);
                it = packages.insert(info.package, int(load.packages.size() - 1));
            }
            a.package = *it;
        }
        graph.actions.append(a);
    }
    graph.root = start.root;

    QList<graph::ActionRecord> records = recordsOf(runs);
    records.resize(start.actions.size());
    return graph::chromeTrace(graph, load, records);
}

QList<graph::ActionRecord> recordsOf(const QList<ActionRun> &runs)
{
    QList<graph::ActionRecord> records;
    records.reserve(runs.size());
    for (const ActionRun &run : runs) {
        graph::ActionRecord r = run.record;
        if (r.timeStart <= 0 && run.startNs > 0)
            r.timeStart = run.startNs;
        if (r.timeDone <= 0 && run.finished() && run.doneNs > 1)
            r.timeDone = run.doneNs;
        if (r.worker < 0)
            r.worker = run.worker;
        r.cacheHit = r.cacheHit || run.status == ActionStatus::CacheHit;
        r.failed = r.failed || run.status == ActionStatus::Failed;
        records.append(r);
    }
    return records;
}

} // namespace kiln::gui
