// The cache index: a scan of a GOCACHE directory (go's or Kiln's; the same
// format, diskcache.h) into CacheEntry values (cacheentry.h).
//
// What is read, per shard 00 … ff: every `<hex>-a` file (175 bytes) and the
// output it names (a stat, and the first bytes of the output once per
// output: cachecontent.h), every `<hex>-d` (a stat: outputs no index file
// names become orphan entries), and Kiln's side index once (sideindex.h).
// Nothing is ever followed through a symbolic link: a link in place of a
// shard, an index file or an output is reported, not read (the cache root
// itself may be a link — that is the user's choice of path).
//
// Incremental: batches arrive on the calling thread in shard order (one per
// shard, entries sorted by key), then one batch of orphan outputs; each
// carries the progress. Worker threads scan shards ahead. Cancellable
// between files. A corrupt entry (malformed index line, missing or
// mis-sized output, a link) is an entry with a problem — never an error.
//
// Threading: scanCache blocks; run it on a worker (QtConcurrent) in the GUI.
#pragma once

#include "base/result.h"
#include "cache/cacheentry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace kiln::cache
{

// Refuses a directory that is not a Go build cache: it must hold a regular
// file README whose first line is go's ("This directory holds cached build
// artifacts from the Go build system."). The error says what is missing.
Result<void> checkGoCache(const QString &dir);

enum class SideIndexUse { Read, Ignore };

struct ScanOptions {
    int threads = 0; // worker threads; 0: the ideal thread count, at most 4
    const std::atomic_bool *cancel = nullptr;
    SideIndexUse sideIndex = SideIndexUse::Read;
};

struct ScanProgress {
    int shardsDone = 0;
    int shardsTotal = 256;
    qint64 entries = 0; // delivered so far
};

struct ScanBatch {
    QList<CacheEntry> entries;
    QStringList problems; // files that are not entries ("<path>: …")
    ScanProgress progress;
};

struct ScanTotals {
    qint64 indexEntries = 0;  // -a files
    qint64 orphanOutputs = 0; // -d files no -a names
    qint64 badEntries = 0;    // entries with a problem
    qint64 indexBytes = 0;    // sizes of the -a files
    qint64 outputBytes = 0;   // sizes of the -d files (an executable's file), each once
    qint64 otherBytes = 0;    // every other regular file under the directory
    qint64 diskBytes = 0;     // st_blocks × 512 of every file, link and directory: du -s -B1
    qint64 fileBytes() const { return indexBytes + outputBytes + otherBytes; }
};

struct ScanSummary {
    ScanTotals totals;
    QStringList problems;
    bool cancelled = false;
};

using BatchSink = std::function<void(ScanBatch &&batch)>;

// Errors: dir is not a Go cache (checkGoCache). Everything else is reported
// in the batches and the summary.
Result<ScanSummary> scanCache(const QString &dir, const ScanOptions &options,
                              const BatchSink &sink);

// A whole scan, collected.
struct CacheIndex {
    QString dir;
    QList<CacheEntry> entries; // shard order, then orphans
    ScanSummary summary;
};
Result<CacheIndex> scanCacheIndex(const QString &dir, const ScanOptions &options = {});

} // namespace kiln::cache
