// invalidateTestResults and predictionText (testprediction.h).
#include "test/testprediction.h"

#include "cache/pruneexec.h"
#include "test/testinputrecord.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <sys/stat.h>

namespace kiln::test
{

Result<int> invalidateTestResults(const QString &cacheDir, const QList<Digest> &keys)
{
    QList<Digest> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // A plan of exactly these -a files, as a prune would make it from a scan:
    // executePrune removes each only if it is still the file seen here.
    cache::CacheIndex index;
    index.dir = cacheDir;
    cache::PrunePlan plan;
    plan.dir = cacheDir;
    plan.nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    for (const Digest &key : sorted) {
        struct stat st {
        };
        const QByteArray file = QFile::encodeName(cache::entryFileName(cacheDir, key, 'a'));
        if (::lstat(file.constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        cache::CacheEntry e;
        e.key = key;
        e.indexState = cache::FileState::Regular;
        e.indexMtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        e.indexBytes = st.st_size;
        cache::PlannedRemoval r;
        r.entry = int(index.entries.size());
        r.removeIndex = true;
        r.indexMtimeNs = e.indexMtimeNs;
        r.bytes = st.st_size;
        index.entries << e;
        plan.removals << r;
        plan.removeEntries += 1;
        plan.removeBytes += st.st_size;
    }
    if (plan.removals.isEmpty())
        return 0;
    KILN_TRY(result, cache::executePrune(index, plan));
    for (const Digest &key : sorted)
        QFile::remove(testInputRecordFile(cacheDir, key));
    removeStaleTestInputRecords(cacheDir); // and those of results go's trim removed
    return int(result.removedEntries);
}

QList<Digest> savedOutputKeys(const QList<cache::CacheEntry> &entries,
                              const QStringList &importPaths)
{
    QList<Digest> keys;
    for (const cache::CacheEntry &e : entries)
        if (e.origin == cache::EntryOrigin::Index && e.kind == cache::EntryKind::TestOutput &&
            importPaths.contains(e.packagePath))
            keys << e.key;
    return keys;
}

QString predictionText(const PackagePrediction &p)
{
    switch (p.prediction) {
    case Prediction::Cached:
        return QStringLiteral("cached");
    case Prediction::NoTests:
        return QStringLiteral("no test files");
    case Prediction::Unknown:
        return QStringLiteral("unknown: ") + p.subject;
    case Prediction::WillRun:
        break;
    }
    const QString s = p.subject;
    QString why;
    switch (p.reason) {
    case RunReason::None:
        break;
    case RunReason::SetupFailed:
        why = QStringLiteral("setup failed");
        break;
    case RunReason::SourceChanged:
        why = QStringLiteral("source changed (%1 must be rebuilt)").arg(s);
        break;
    case RunReason::ProbeFailed:
        why = s;
        break;
    case RunReason::RebuildAll:
        why = QStringLiteral("-a rebuilds everything");
        break;
    case RunReason::NotCacheable:
        why = QStringLiteral("not cacheable (%1)").arg(s);
        break;
    case RunReason::NoCachedResult:
        why = QStringLiteral("no cached result for this test binary and flags");
        break;
    case RunReason::FileTooNew:
        why = QStringLiteral("file %1 was modified less than 2 s ago").arg(s);
        break;
    case RunReason::EnvChanged:
        why = QStringLiteral("env %1 changed").arg(s);
        break;
    case RunReason::FileChanged:
        why = QStringLiteral("file %1 changed").arg(s);
        break;
    case RunReason::InputChanged:
        why = QStringLiteral("an input changed (env or file; go does not record which)");
        break;
    case RunReason::ResultRemoved:
        why = QStringLiteral("the saved result was removed");
        break;
    case RunReason::Expired:
        why = QStringLiteral("expired by go clean -testcache");
        break;
    case RunReason::Other:
        why = s;
        break;
    }
    return QStringLiteral("will re-run: ") + why;
}

} // namespace kiln::test
