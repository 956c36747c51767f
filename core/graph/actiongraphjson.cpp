#include "graph/actiongraphjson.h"

#include "base/gojson.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace kiln::graph
{

QString goTimeJson(qint64 unixNanos)
{
    if (unixNanos == 0)
        return QStringLiteral("0001-01-01T00:00:00Z");
    const qint64 secs = unixNanos / 1000000000;
    const qint64 frac = unixNanos % 1000000000;
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs);
    QString s = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (frac != 0) {
        QString f = QStringLiteral("%1").arg(frac, 9, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char('.') + f;
    }
    const int offset = t.offsetFromUtc();
    if (offset == 0)
        return s + QLatin1Char('Z');
    const int mins = std::abs(offset) / 60;
    return s + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(mins / 60, 2, 10, QLatin1Char('0'))
               .arg(mins % 60, 2, 10, QLatin1Char('0'));
}

namespace
{

QString expandWork(const QString &path, const QString &workDir)
{
    if (path.startsWith(QLatin1String("$WORK")))
        return workDir + path.mid(5);
    return path;
}

QString objdirPath(int objdir, const QString &workDir)
{
    if (objdir == 0)
        return {};
    return workDir + QStringLiteral("/b%1/").arg(objdir, 3, 10, QLatin1Char('0'));
}

// go's a.built before execution: links and installs know their output.
QString builtBefore(const Action &a)
{
    if (a.mode == Mode::Link || a.mode == Mode::LinkInstall || a.mode == Mode::BuildInstall)
        return a.target;
    return {};
}

void writeAction(GoJson &j, int id, const Action &a, const QHash<int, int> &ids,
                 const load::LoadResult &load, const ActionRecord *r, const QString &workDir)
{
    j.beginObject();
    j.key("ID");
    j.number(id);
    j.key("Mode");
    j.string(modeName(a.mode));
    j.key("Package");
    j.string(a.package >= 0 ? load.packages[a.package].importPath : QString());
    if (!a.deps.isEmpty()) {
        j.key("Deps");
        j.beginArray();
        for (int d : a.deps)
            j.number(ids.value(d));
        j.endArray();
    }
    j.boolField("IgnoreFail", a.ignoreFail);
    j.stringField("Objdir", objdirPath(a.objdir, workDir));
    j.stringField("Target", expandWork(a.target, workDir));
    if (a.priority != 0) {
        j.key("Priority");
        j.number(a.priority);
    }
    j.stringField("Built", expandWork(builtBefore(a), workDir));
    j.boolField("VetxOnly", a.vetxOnly);
    j.boolField("NeedVet", a.needVet);
    j.boolField("NeedBuild", a.needBuild);
    j.stringField("ActionID", r ? r->actionID : QString());
    j.stringField("BuildID", r ? r->buildID : QString());
    j.key("TimeReady");
    j.string(goTimeJson(r ? r->timeReady : 0));
    j.key("TimeStart");
    j.string(goTimeJson(r ? r->timeStart : 0));
    j.key("TimeDone");
    j.string(goTimeJson(r ? r->timeDone : 0));
    j.key("Cmd");
    if (!r || r->cmds.isEmpty()) {
        j.null();
    } else {
        j.beginArray();
        for (const QString &c : r->cmds)
            j.string(c);
        j.endArray();
    }
    const std::pair<const char *, qint64> durations[] = {{"CmdReal", r ? r->cmdReal : 0},
                                                         {"CmdUser", r ? r->cmdUser : 0},
                                                         {"CmdSys", r ? r->cmdSys : 0}};
    for (const auto &[name, ns] : durations)
        if (ns != 0) {
            j.key(name);
            j.number(ns);
        }
    j.endObject();
}

} // namespace

QByteArray actionGraphJson(const ActionGraph &graph, const load::LoadResult &load,
                           const QList<ActionRecord> &records, const QString &workDir)
{
    const QList<int> order = graph.bfsOrder();
    QHash<int, int> ids;
    for (qsizetype i = 0; i < order.size(); ++i)
        ids.insert(order[i], int(i));
    GoJson j;
    j.beginArray();
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int a = order[i];
        writeAction(j, int(i), graph.actions[a], ids, load,
                    records.isEmpty() ? nullptr : &records[a], workDir);
    }
    j.endArray();
    return j.take();
}

} // namespace kiln::graph
