// Pruning, step 2: carrying out a plan (pruneplan.h), safe while go builds on
// the same cache. go takes no lock on entries (diskcache.h: content
// addressing, last byte written last), so neither can Kiln; instead:
//
//   1. The directory must still be a Go cache (checkGoCache).
//   2. Every planned -a file is looked at again just before it is removed
//      (lstat, never followed): gone already → skipped; not a regular file →
//      skipped; mtime not the planned one → skipped ("used since the plan": go
//      touched it, so a build is using it).
//   3. Only then outputs: the -a files of the whole cache are read again, and
//      a planned -d that any -a file names now (one written since the plan,
//      or one whose removal was skipped) stays. The others get the same mtime
//      check and go; an executable's -d directory loses its one file, then
//      itself. So an -a file is always removed before its -d: a build never
//      finds an index line whose output was removed by Kiln, up to the
//      moment between the re-read and the removal of that output.
//   4. When the plan covers go's trim (an unfiltered age prune at go's age
//      or younger), trim.txt records it under go's lock (trimmark.h).
//   5. The side index drops the records of removed entries.
//
// Cancellation is checked between files; a cancelled prune leaves only
// consistent states (at worst outputs whose -a went: orphans, which the next
// prune or go's trim removes). Blocking: run it on a worker.
#pragma once

#include "base/result.h"
#include "cache/pruneplan.h"

#include <atomic>
#include <functional>

namespace kiln::cache
{

struct PruneRunOptions {
    const std::atomic_bool *cancel = nullptr;
    // Called on the calling thread now and then: files looked at, of total.
    std::function<void(qint64 done, qint64 total)> progress;
};

enum class SkipReason {
    UsedSincePlan, // the file's mtime changed since the scan
    Gone,          // someone else removed it (go's trim, another prune)
    StillNamed,    // an output an -a file names again
    NotRegular,    // replaced by a link or something else
    Failed         // the removal failed (detail: the error)
};
QString skipReasonText(SkipReason reason);

struct PruneSkip {
    int entry = -1;  // index into CacheIndex::entries
    char file = 'a'; // 'a' or 'd'
    SkipReason reason = SkipReason::Failed;
    QString detail;
};

struct PruneResult {
    qint64 removedEntries = 0; // entries whose -a (or orphan -d) was removed
    qint64 removedFiles = 0;   // -a and -d files (an executable directory counts once)
    qint64 removedBytes = 0;   // apparent sizes of the removed files
    QList<PruneSkip> skipped;
    bool cancelled = false;
    bool trimRecorded = false;
};

// index must be the scan the plan was made from. Errors: the directory is no
// longer a Go cache, or cannot be opened. Everything else is in the result.
Result<PruneResult> executePrune(const CacheIndex &index, const PrunePlan &plan,
                                 const PruneRunOptions &options = {});

} // namespace kiln::cache
