#include "graph/chrometrace.h"

#include "base/gojson.h"

#include <limits>

namespace kiln::graph
{

QByteArray chromeTrace(const ActionGraph &graph, const load::LoadResult &load,
                       const QList<ActionRecord> &records)
{
    qint64 origin = std::numeric_limits<qint64>::max();
    for (const ActionRecord &r : records)
        if (r.timeStart > 0)
            origin = std::min(origin, r.timeStart);
    GoJson j;
    j.beginObject();
    j.key("traceEvents");
    j.beginArray();
    for (int a : graph.postOrder()) {
        const ActionRecord &r = records.value(a);
        if (r.timeStart <= 0 || r.timeDone <= 0)
            continue;
        const Action &act = graph.actions[a];
        const QString pkg = act.package >= 0 ? load.packages[act.package].importPath : QString();
        j.beginObject();
        j.key("name");
        j.string(pkg.isEmpty() ? modeName(act.mode) : modeName(act.mode) + QLatin1Char(' ') + pkg);
        j.key("cat");
        j.string(modeName(act.mode));
        j.key("ph");
        j.string(QStringLiteral("X"));
        j.key("ts");
        j.number((r.timeStart - origin) / 1000);
        j.key("dur");
        j.number(std::max<qint64>(1, (r.timeDone - r.timeStart) / 1000));
        j.key("pid");
        j.number(1);
        j.key("tid");
        j.number(r.worker + 1);
        j.key("args");
        j.beginObject();
        j.key("actionID");
        j.string(r.actionID);
        j.key("cacheHit");
        j.boolean(r.cacheHit);
        j.key("failed");
        j.boolean(r.failed);
        j.endObject();
        j.endObject();
    }
    j.endArray();
    j.key("displayTimeUnit");
    j.string(QStringLiteral("ms"));
    j.endObject();
    return j.take();
}

} // namespace kiln::graph
