// Internal to the cache scan (cachescan.cpp): one shard's files, and the
// outputs shared by the worker threads. Not part of kiln_cache's API.
#pragma once

#include "cache/cachecontent.h"
#include "cache/cacheentry.h"
#include "cache/sideindex.h"

#include <QMutex>
#include <QStringList>
#include <array>
#include <atomic>
#include <unordered_map>

namespace kiln::cache::scan
{

// The 256 shard directories, opened once without following links (-1: not
// a directory, or a link — reported by the scan).
struct ShardDirs {
    std::array<int, 256> fds;
    ShardDirs() { fds.fill(-1); }
    ~ShardDirs();
    ShardDirs(const ShardDirs &) = delete;
    ShardDirs &operator=(const ShardDirs &) = delete;
};

// Opens the shards of the cache open at rootFd; a shard that is a link or not
// a directory is reported (its own blocks added to *diskBytes) and left -1.
void openShardDirs(int rootFd, const QString &dir, ShardDirs &dirs, QStringList &problems,
                   qint64 &diskBytes);

struct OutputInfo {
    enum class State { Missing, Regular, Directory, Link, Other } state = State::Missing;
    qint64 bytes = 0;     // the file's size (a directory: its one file's)
    qint64 diskBytes = 0; // blocks × 512 (a directory: its own and its file's)
    qint64 mtimeNs = 0;
    ContentInfo content;
    QString problem; // "" when usable
};

// -d facts by output ID, computed once however many -a files name them.
// Thread-safe: one lock and table per shard, so workers rarely meet.
class OutputMemo
{
public:
    explicit OutputMemo(const ShardDirs &dirs) : m_dirs(dirs) {}
    OutputInfo lookup(const Digest &out);

private:
    struct Table {
        QMutex mutex;
        std::unordered_map<Digest, OutputInfo, DigestHash> known;
    };
    const ShardDirs &m_dirs;
    std::array<Table, 256> m_tables;
};

struct ShardResult {
    QList<CacheEntry> entries; // the -a entries, sorted by key
    QList<Digest> outputs;     // every -d in the shard
    QStringList problems;
    qint64 indexBytes = 0, outputBytes = 0, otherBytes = 0, diskBytes = 0;
    bool done = false;
};

ShardResult scanShard(const QString &dir, int shard, const ShardDirs &dirs, OutputMemo &memo,
                      const SideIndex &side, const std::atomic_bool *cancel);

// An entry for a -d that no -a names.
CacheEntry orphanEntry(const Digest &out, const OutputInfo &info);

} // namespace kiln::cache::scan
