#include "exec/historyrecord.h"

#include "exec/buildid.h"

#include <QDateTime>
#include <QDir>

namespace kiln::exec
{

namespace
{

// The main module of the build (its path and directory); without one, the
// working directory names the build's "module".
std::pair<QString, QString> mainModuleOf(const HistorySource &build)
{
    for (const load::Package &p : build.load.packages)
        if (p.module && p.module->main && !p.module->dir.isEmpty())
            return {p.module->path, QDir::cleanPath(p.module->dir)};
    return {QString(), QDir::cleanPath(build.config.cwd)};
}

} // namespace

cache::HistoryBuild historyBuildOf(const PreparedBuild &build,
                                   const QList<graph::ActionRecord> &records, qint64 timeNs)
{
    return historyBuildOf(HistorySource{build.load, build.config, build.graph, build.command},
                          records, timeNs);
}

cache::HistoryBuild recordHistory(const QString &cacheDir, const HistorySource &source,
                                  const QList<graph::ActionRecord> &records)
{
    cache::HistoryBuild recorded = historyBuildOf(
        source, records, QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1'000'000);
    const auto time = cache::recordBuild(cacheDir, recorded);
    recorded.timeNs = time ? *time : 0;
    return recorded;
}

cache::HistoryBuild historyBuildOf(const HistorySource &build,
                                   const QList<graph::ActionRecord> &records, qint64 timeNs)
{
    cache::HistoryBuild out;
    out.timeNs = timeNs;
    std::tie(out.module, out.moduleRoot) = mainModuleOf(build);
    out.toolchain = build.config.goVersion;
    out.command = build.command;
    for (qsizetype i = 0; i < records.size() && i < build.graph.actions.size(); ++i) {
        const graph::ActionRecord &r = records[i];
        if (r.actionID.isEmpty() || r.preimage.isEmpty())
            continue;
        const graph::Action &a = build.graph.actions[i];
        cache::HistoryAction h;
        h.mode = graph::modeName(a.mode);
        if (a.package >= 0)
            h.package = build.load.packages[a.package].desc();
        else if (a.mode == graph::Mode::PreprocessPgo)
            h.package = a.pgoProfile;
        h.actionID = r.actionID;
        if (!r.failed && !r.buildID.isEmpty())
            h.contentID = QString::fromLatin1(contentIdPart(r.buildID.toLatin1()));
        if (h.contentID.size() != 20)
            h.contentID.clear(); // PGO outputs, placeholders: no content ID
        h.outcome = r.failed     ? cache::HistoryOutcome::Failed
                    : r.cacheHit ? cache::HistoryOutcome::Hit
                                 : cache::HistoryOutcome::Ran;
        if (r.timeStart > 0 && r.timeDone > r.timeStart)
            h.durationNs = (r.timeDone - r.timeStart) / 1000 * 1000;
        h.preimage = r.preimage;
        out.actions.append(h);
    }
    return out;
}

} // namespace kiln::exec
