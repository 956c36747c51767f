#include "cache/cachescan.h"

#include "cache/cacheshard.h"

#include <QFile>
#include <QThread>

#include <condition_variable>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_set>

namespace kiln::cache
{

namespace
{

const char readmeFirstLine[] =
    "This directory holds cached build artifacts from the Go build system.";

// Everything under dir that is not a shard, recursively, never following
// links: README, trim.txt, testexpire.txt, kiln/, fuzz/ …
void countOther(int dirFd, qint64 &bytes, qint64 &disk, int depth)
{
    const int dup = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = dup >= 0 ? ::fdopendir(dup) : nullptr;
    if (!d)
        return;
    while (dirent *e = ::readdir(d)) {
        if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, ".."))
            continue;
        if (depth == 0 && std::strlen(e->d_name) == 2 && std::isxdigit(uchar(e->d_name[0])) &&
            std::isxdigit(uchar(e->d_name[1])) && !std::isupper(uchar(e->d_name[0])) &&
            !std::isupper(uchar(e->d_name[1])))
            continue; // a shard: scanned on its own
        struct stat st {
        };
        if (::fstatat(dirFd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        disk += qint64(st.st_blocks) * 512;
        if (S_ISREG(st.st_mode))
            bytes += st.st_size;
        if (S_ISDIR(st.st_mode) && depth < 64) {
            const int sub =
                ::openat(dirFd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) {
                countOther(sub, bytes, disk, depth + 1);
                ::close(sub);
            }
        }
    }
    ::closedir(d);
}

} // namespace

Result<void> checkGoCache(const QString &dir)
{
    const QString readme = dir + QStringLiteral("/README");
    struct stat st {
    };
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail(QStringLiteral("%1 is not a directory").arg(dir));
    if (::lstat(QFile::encodeName(readme).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return fail(QStringLiteral("%1 is not a Go build cache: it has no README file "
                                   "(go writes one in every cache it opens); refusing")
                        .arg(dir));
    QFile f(readme);
    if (!f.open(QIODevice::ReadOnly) || f.readLine(256).trimmed() != readmeFirstLine)
        return fail(QStringLiteral("%1 is not a Go build cache: its README does not start with "
                                   "go's text \"%2\"; refusing")
                        .arg(dir, QString::fromLatin1(readmeFirstLine)));
    return {};
}

Result<ScanSummary> scanCache(const QString &dirIn, const ScanOptions &options,
                              const BatchSink &sink)
{
    const QString dir =
        dirIn.endsWith(QLatin1Char('/')) && dirIn.size() > 1 ? dirIn.chopped(1) : dirIn;
    KILN_CHECK(checkGoCache(dir));
    ScanSummary summary;
    const int root = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return fail(
            QStringLiteral("open %1: %2").arg(dir, QString::fromLocal8Bit(strerror(errno))));
    struct stat rootSt {
    };
    ::fstat(root, &rootSt);
    summary.totals.diskBytes += qint64(rootSt.st_blocks) * 512;
    countOther(root, summary.totals.otherBytes, summary.totals.diskBytes, 0);

    scan::ShardDirs dirs;
    scan::openShardDirs(root, dir, dirs, summary.problems, summary.totals.diskBytes);
    ::close(root);

    const SideIndex side =
        options.sideIndex == SideIndexUse::Read ? readSideIndex(dir) : SideIndex{};
    scan::OutputMemo memo(dirs);
    std::array<scan::ShardResult, 256> results;
    std::array<bool, 256> ready{};
    std::mutex mutex;
    std::condition_variable wake;
    std::atomic_int next{0};
    std::atomic_bool stop{false};
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    auto worker = [&] {
        for (int s; !stop && (s = next++) < 256;) {
            scan::ShardResult r = scanShard(dir, s, dirs, memo, side, options.cancel);
            std::lock_guard lock(mutex);
            results[s] = std::move(r);
            ready[s] = true;
            wake.notify_all();
        }
    };
    int threads = options.threads > 0 ? options.threads : std::min(4, QThread::idealThreadCount());
    std::vector<std::thread> pool;
    for (int i = 0; i < std::max(1, threads); ++i)
        pool.emplace_back(worker);

    std::unordered_set<Digest, DigestHash> named;
    std::vector<Digest> outputs;
    ScanProgress progress;
    for (int s = 0; s < 256; ++s) {
        scan::ShardResult r;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [&] { return ready[s]; });
            r = std::move(results[s]);
        }
        if (!r.done || cancelled()) {
            summary.cancelled = true;
            break;
        }
        ScanTotals &t = summary.totals;
        t.indexBytes += r.indexBytes;
        t.outputBytes += r.outputBytes;
        t.otherBytes += r.otherBytes;
        t.diskBytes += r.diskBytes;
        t.indexEntries += r.entries.size();
        for (const CacheEntry &e : r.entries) {
            if (!e.ok())
                ++t.badEntries;
            if (e.outputID != Digest{}) // the index line parsed
                named.insert(e.outputID);
        }
        outputs.insert(outputs.end(), r.outputs.begin(), r.outputs.end());
        summary.problems += r.problems;
        progress.shardsDone = s + 1;
        progress.entries += r.entries.size();
        sink(ScanBatch{std::move(r.entries), std::move(r.problems), progress});
    }
    stop = true;
    for (std::thread &t : pool)
        t.join();
    if (summary.cancelled)
        return summary;

    ScanBatch orphans;
    for (const Digest &out : outputs) {
        if (named.count(out))
            continue;
        CacheEntry e = scan::orphanEntry(out, memo.lookup(out));
        if (!e.ok())
            ++summary.totals.badEntries;
        orphans.entries.append(std::move(e));
    }
    summary.totals.orphanOutputs = orphans.entries.size();
    progress.entries += orphans.entries.size();
    orphans.progress = progress;
    sink(std::move(orphans));
    return summary;
}

Result<CacheIndex> scanCacheIndex(const QString &dir, const ScanOptions &options)
{
    CacheIndex index;
    index.dir = dir.endsWith(QLatin1Char('/')) && dir.size() > 1 ? dir.chopped(1) : dir;
    KILN_TRY(summary, scanCache(index.dir, options,
                                [&](ScanBatch &&b) { index.entries += std::move(b.entries); }));
    index.summary = std::move(summary);
    return index;
}

} // namespace kiln::cache
