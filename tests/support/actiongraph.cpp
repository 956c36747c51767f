#include "support/actiongraph.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kiln::test
{

namespace
{

GraphAction actionFrom(const QJsonObject &o)
{
    GraphAction a;
    a.id = o.value(QLatin1String("ID")).toInt(-1);
    a.mode = o.value(QLatin1String("Mode")).toString();
    a.package = o.value(QLatin1String("Package")).toString();
    for (const QJsonValue &d : o.value(QLatin1String("Deps")).toArray())
        a.deps.append(d.toInt(-1));
    a.priority = o.value(QLatin1String("Priority")).toInt();
    a.objdir = o.value(QLatin1String("Objdir")).toString();
    a.target = o.value(QLatin1String("Target")).toString();
    a.built = o.value(QLatin1String("Built")).toString();
    a.needBuild = o.value(QLatin1String("NeedBuild")).toBool();
    a.actionID = o.value(QLatin1String("ActionID")).toString();
    a.buildID = o.value(QLatin1String("BuildID")).toString();
    for (const QJsonValue &c : o.value(QLatin1String("Cmd")).toArray())
        a.cmd.append(c.toString());
    return a;
}

// The work directory: the part of an Objdir before "/bNNN/".
QString detectWorkDir(const QList<GraphAction> &actions)
{
    static const QRegularExpression objdir(QStringLiteral("^(.*)/b\\d{3,}/$"));
    for (const GraphAction &a : actions)
        if (const auto m = objdir.match(a.objdir); m.hasMatch())
            return m.captured(1);
    return {};
}

QString normalise(QString path, const QString &workDir, const QList<QPair<QString, QString>> &more)
{
    if (!workDir.isEmpty())
        path.replace(workDir, QStringLiteral("$WORK"));
    for (const auto &[dir, name] : more)
        path.replace(dir, name);
    return path;
}

QStringList depKeys(const ActionGraphFile &g, const GraphAction &a)
{
    QStringList keys;
    for (int d : a.deps)
        keys.append(g.actions[d].key());
    return keys;
}

// key → index; duplicate keys are reported and only the first is used.
QHash<QString, int> indexByKey(const ActionGraphFile &g, const char *who, QStringList *problems)
{
    QHash<QString, int> byKey;
    for (int i = 0; i < g.actions.size(); ++i) {
        const QString key = g.actions[i].key();
        if (byKey.contains(key))
            problems->append(
                QStringLiteral("%1: duplicate action (%2)").arg(QLatin1String(who), key));
        else
            byKey.insert(key, i);
    }
    return byKey;
}

void compareField(QStringList *out, const QString &key, const char *field, const QString &go,
                  const QString &kiln)
{
    if (go != kiln)
        out->append(QStringLiteral("(%1) %2: go %3, kiln %4")
                        .arg(key, QLatin1String(field), go.isEmpty() ? QStringLiteral("\"\"") : go,
                             kiln.isEmpty() ? QStringLiteral("\"\"") : kiln));
}

} // namespace

Result<ActionGraphFile> readActionGraph(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isArray())
        return fail(QStringLiteral("%1: not a JSON array (%2)").arg(file, err.errorString()));
    ActionGraphFile g;
    for (const QJsonValue &v : doc.array()) {
        GraphAction a = actionFrom(v.toObject());
        if (a.id != g.actions.size())
            return fail(QStringLiteral("%1: action %2 has ID %3")
                            .arg(file)
                            .arg(g.actions.size())
                            .arg(a.id));
        g.actions.append(std::move(a));
    }
    for (const GraphAction &a : g.actions)
        for (int d : a.deps)
            if (d < 0 || d >= g.actions.size())
                return fail(QStringLiteral("%1: action %2 has dep %3").arg(file).arg(a.id).arg(d));
    g.workDir = detectWorkDir(g.actions);
    return g;
}

GraphDiff compareActionGraphs(const ActionGraphFile &go, const ActionGraphFile &kiln,
                              const QList<QPair<QString, QString>> &goPaths,
                              const QList<QPair<QString, QString>> &kilnPaths)
{
    GraphDiff diff;
    const QHash<QString, int> goByKey = indexByKey(go, "go", &diff.actionSet);
    const QHash<QString, int> kilnByKey = indexByKey(kiln, "kiln", &diff.actionSet);
    for (const GraphAction &a : go.actions)
        if (!kilnByKey.contains(a.key()))
            diff.actionSet.append(QStringLiteral("only in go: (%1)").arg(a.key()));
    for (const GraphAction &a : kiln.actions)
        if (!goByKey.contains(a.key()))
            diff.actionSet.append(QStringLiteral("only in kiln: (%1)").arg(a.key()));

    for (int i = 0; i < go.actions.size() && i < kiln.actions.size(); ++i)
        if (go.actions[i].key() != kiln.actions[i].key()) {
            diff.shape.append(QStringLiteral("BFS order differs first at ID %1: go (%2), kiln (%3)")
                                  .arg(i)
                                  .arg(go.actions[i].key(), kiln.actions[i].key()));
            break;
        }

    for (const GraphAction &g : go.actions) {
        const auto it = kilnByKey.find(g.key());
        if (it == kilnByKey.end())
            continue;
        const GraphAction &k = kiln.actions[*it];
        const QString key = g.key();
        compareField(&diff.ids, key, "ActionID", g.actionID, k.actionID);
        compareField(&diff.ids, key, "BuildID", g.buildID, k.buildID);
        compareField(&diff.shape, key, "Deps", depKeys(go, g).join(QLatin1String(", ")),
                     depKeys(kiln, k).join(QLatin1String(", ")));
        compareField(&diff.shape, key, "Priority", QString::number(g.priority),
                     QString::number(k.priority));
        compareField(&diff.shape, key, "Objdir", normalise(g.objdir, go.workDir, goPaths),
                     normalise(k.objdir, kiln.workDir, kilnPaths));
        compareField(&diff.shape, key, "Target", normalise(g.target, go.workDir, goPaths),
                     normalise(k.target, kiln.workDir, kilnPaths));
        compareField(&diff.shape, key, "Built", normalise(g.built, go.workDir, goPaths),
                     normalise(k.built, kiln.workDir, kilnPaths));
        compareField(&diff.shape, key, "NeedBuild", QString::number(g.needBuild),
                     QString::number(k.needBuild));
    }
    return diff;
}

} // namespace kiln::test
