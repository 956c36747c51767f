// Pruning, step 1: the plan — what a prune would remove and keep, computed
// from a scan (cachescan.h) without touching the disk. It is the dry run;
// executePrune (pruneexec.h) carries it out.
//
// Criteria (all optional, combined):
//   filters     package patterns (go's: "fmt", "example.com/m/..."), module
//               paths, kinds, toolchain versions ("go1.25.12", or "go1.24" for
//               every go1.24.x), selected keys. An entry must pass every filter
//               given; an entry a filter needs a name for and has none (a
//               package for an unnamed output) does not pass.
//   olderThan   go's trim rule, per file: an -a file goes when its mtime is
//               before now − olderThan; an output goes when its own mtime is
//               before the cutoff too and no remaining -a file names it. For
//               olderThan = 5 d + 1 h this is exactly what go's Trim removes,
//               except that go also removes an old output that a young -a file
//               still names (leaving a dangling entry); Kiln keeps that output.
//   maxBytes    then, least recently used first (lastUseNs), entries that pass
//               the filters go until the files of the cache fit in maxBytes.
//   neither     every entry that passes the filters goes.
// An entry whose -a file was used within the last hour is kept unless force
// (go refreshes mtimes only hourly, so it may be in use right now), and so
// is an output used within the hour; the plan lists what that kept. An
// output goes with the last -a file that names it. Links and other
// non-regular files are never removed.
#pragma once

#include "base/result.h"
#include "cache/cachescan.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace kiln::cache
{

enum class PruneForce { No, Yes };

struct PruneCriteria {
    std::optional<qint64> olderThanNs;
    std::optional<qint64> maxBytes;
    QStringList packages;
    QStringList modules;
    QList<EntryKind> kinds;
    QStringList toolchains;
    QList<Digest> selection; // entry keys
    PruneForce force = PruneForce::No;

    bool hasFilter() const
    {
        return !packages.isEmpty() || !modules.isEmpty() || !kinds.isEmpty() ||
               !toolchains.isEmpty() || !selection.isEmpty();
    }
};

// The filters of criteria (not age, size or force) as a predicate: the prune
// plan's, and kiln-cli cache ls's.
class EntryFilter
{
public:
    explicit EntryFilter(const PruneCriteria &criteria);
    ~EntryFilter();
    bool operator()(const CacheEntry &entry) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

struct PlannedRemoval {
    int entry = -1;            // index into CacheIndex::entries
    bool removeIndex = false;  // the -a file
    bool removeOutput = false; // the -d file (directory for an executable)
    qint64 indexMtimeNs = 0;   // as scanned: a file whose mtime changed is skipped
    qint64 outputMtimeNs = 0;
    qint64 bytes = 0; // what the removal frees (apparent sizes)
};

struct PrunePlan {
    QString dir;
    qint64 nowNs = 0;
    QList<PlannedRemoval> removals; // -a files in key order, orphans last
    qint64 removeEntries = 0, removeBytes = 0;
    qint64 keptEntries = 0, keptBytes = 0;
    QList<int> keptRecent; // entries that would go but were used within the last hour
    qint64 keptRecentBytes = 0;
    qint64 bytesBefore = 0; // the entries' files (-a and -d, each once)
    qint64 bytesAfter() const { return bytesBefore - removeBytes; }
    bool coversGoTrim = false; // removes everything go's trim at nowNs would (trim.txt)
    QStringList notes;         // e.g. why a size cap cannot be reached
};

inline constexpr qint64 hourNs = 3600LL * 1000000000LL;
inline constexpr qint64 goTrimAgeNs = (5 * 24 + 1) * hourNs; // go's trimLimit + mtimeInterval

// Errors: no criterion at all ("nothing to prune by"), a negative age or size.
Result<PrunePlan> planPrune(const CacheIndex &index, const PruneCriteria &criteria, qint64 nowNs);

} // namespace kiln::cache
