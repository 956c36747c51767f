#include "controllers/rebuildexplainer.h"

#include "exec/flagforecast.h"
#include "exec/pipelinesteps.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace kiln::gui
{

namespace
{

// Folders compare by their canonical paths when they exist (a module opened
// through a symbolic link is the same module).
QString canonical(const QString &dir)
{
    const QString c = QFileInfo(dir).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(dir) : c;
}

QList<cache::HistoryBuild> buildsOfFolder(const cache::BuildHistory &history,
                                          const QString &moduleDir)
{
    const QString want = canonical(moduleDir);
    QHash<QString, QString> seen; // recorded root → its canonical path
    QList<cache::HistoryBuild> out;
    for (const cache::HistoryBuild &b : history.builds) {
        auto it = seen.find(b.moduleRoot);
        if (it == seen.end())
            it = seen.insert(b.moduleRoot, canonical(b.moduleRoot));
        if (*it == want)
            out.append(b);
    }
    return out;
}

} // namespace

Result<QString> historyCacheDir(const HistoryInput &input)
{
    if (input.toolchain.goroot.isEmpty())
        return fail(RebuildExplainer::tr("No Go toolchain was found."));
    exec::PipelineInput in;
    in.toolchain = input.toolchain;
    in.environment = input.environment;
    in.workingDir = input.moduleDir;
    KILN_TRY(env, exec::computeEnv(in, input.moduleDir));
    const QString dir = env.value(QStringLiteral("GOCACHE"));
    if (dir.isEmpty() || dir == QLatin1String("off"))
        return fail(RebuildExplainer::tr("GOCACHE is off: there is no build history."));
    return dir;
}

ModuleHistory loadModuleHistory(const HistoryInput &input)
{
    ModuleHistory out;
    auto dir = historyCacheDir(input);
    if (!dir) {
        out.error = dir.error().toString();
        return out;
    }
    out.cacheDir = *dir;
    out.builds = buildsOfFolder(cache::readBuildHistory(*dir), input.moduleDir);
    return out;
}

RebuildReport explainLatestBuild(const HistoryInput &input, qint64 sinceNs)
{
    RebuildReport out;
    auto dir = historyCacheDir(input);
    if (!dir) {
        out.error = dir.error().toString();
        return out;
    }
    cache::BuildHistory history = cache::readBuildHistory(*dir);
    const QList<cache::HistoryBuild> mine = buildsOfFolder(history, input.moduleDir);
    if (mine.isEmpty() || mine.last().timeNs < sinceNs) {
        out.error = RebuildExplainer::tr("The build history in %1 has no record of this build.")
                        .arg(QDir::toNativeSeparators(*dir));
        return out;
    }
    out.build = mine.last();
    out.explanation = explain::explainBuild(out.build, history);
    return out;
}

QList<std::optional<explain::ActionExplanation>>
explanationsFor(const BuildStart &start, const explain::BuildExplanation &explanation)
{
    QHash<QString, int> byKey;
    for (qsizetype i = 0; i < explanation.actions.size(); ++i)
        byKey.insert(explanation.actions[i].key(), int(i));
    QList<std::optional<explain::ActionExplanation>> out(start.actions.size());
    for (qsizetype i = 0; i < start.actions.size(); ++i) {
        const ActionInfo &a = start.actions[i];
        // By mode and package with its variant ("build p [q.test]"), as the
        // history keys actions (exec/historyrecord.h): a test variant and
        // the plain package are different actions with different reasons.
        const QString key = exec::actionKey(a.mode, a.packageDesc());
        if (const auto it = byKey.constFind(key); it != byKey.constEnd())
            out[i] = explanation.actions[*it];
    }
    return out;
}

RebuildExplainer::RebuildExplainer(SettleTracker *settle, QObject *parent)
    : QObject(parent), m_explains(this, settle), m_loads(this, settle)
{
    qRegisterMetaType<RebuildReport>();
    qRegisterMetaType<ModuleHistory>();
}

void RebuildExplainer::explainLatest(const HistoryInput &input, qint64 sinceNs)
{
    m_explains.start([input, sinceNs] { return explainLatestBuild(input, sinceNs); },
                     [this](const RebuildReport &r) { emit explained(r); });
}

void RebuildExplainer::loadHistory(const HistoryInput &input)
{
    m_loads.start([input] { return loadModuleHistory(input); },
                  [this](const ModuleHistory &h) { emit historyLoaded(h); });
}

} // namespace kiln::gui
