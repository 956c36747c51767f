#include "cache/pruneexec.h"

#include "cache/cacheshard.h"
#include "cache/diskcache.h"
#include "cache/sideindex.h"
#include "cache/trimmark.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

namespace kiln::cache
{

namespace
{

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

// An executable's -d directory: its entries (files or links, never
// followed), then the directory. Anything else inside keeps it.
bool removeOutputDir(int shardFd, const QByteArray &name, qint64 &bytes, QString &error)
{
    const int fd =
        ::openat(shardFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    DIR *d = fd >= 0 ? ::fdopendir(fd) : nullptr;
    if (!d) {
        if (fd >= 0)
            ::close(fd);
        error = errnoText();
        return false;
    }
    bool ok = true;
    while (dirent *e = ::readdir(d)) {
        if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, ".."))
            continue;
        struct stat st {
        };
        if (::fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || S_ISDIR(st.st_mode)) {
            ok = false;
            continue;
        }
        if (::unlinkat(fd, e->d_name, 0) == 0) {
            if (S_ISREG(st.st_mode))
                bytes += st.st_size;
        } else {
            ok = false;
        }
    }
    ::closedir(d);
    if (!ok || ::unlinkat(shardFd, name.constData(), AT_REMOVEDIR) != 0) {
        error = ok ? errnoText() : QStringLiteral("the directory holds something else");
        return false;
    }
    return true;
}

class Executor
{
public:
    Executor(const CacheIndex &index, const PrunePlan &plan, const PruneRunOptions &o)
        : m_index(index), m_plan(plan), m_options(o)
    {
    }

    Result<PruneResult> run()
    {
        KILN_CHECK(checkGoCache(m_plan.dir));
        const int root =
            ::open(QFile::encodeName(m_plan.dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (root < 0)
            return fail(QStringLiteral("open %1: %2").arg(m_plan.dir, errnoText()));
        QStringList problems;
        qint64 ignored = 0;
        scan::openShardDirs(root, m_plan.dir, m_dirs, problems, ignored);
        ::close(root);

        for (const PlannedRemoval &r : m_plan.removals)
            m_total += (r.removeIndex ? 1 : 0) + (r.removeOutput ? 1 : 0);
        QList<const PlannedRemoval *> outputs;
        for (const PlannedRemoval &r : m_plan.removals) {
            if (cancelled())
                return m_result;
            if (r.removeIndex && !removeIndex(r))
                continue; // its output stays with it
            if (r.removeOutput)
                outputs.append(&r);
        }
        if (!outputs.isEmpty())
            removeOutputs(outputs);
        if (cancelled())
            return m_result;
        if (m_plan.coversGoTrim && recordTrim(m_plan.dir, m_plan.nowNs / 1000000000))
            m_result.trimRecorded = true;
        if (m_result.removedFiles > 0)
            (void)compactSideIndex(m_plan.dir);
        return m_result;
    }

private:
    bool cancelled()
    {
        if (m_options.cancel && m_options.cancel->load()) {
            m_result.cancelled = true;
            return true;
        }
        return false;
    }

    void step()
    {
        ++m_done;
        if (m_options.progress && (m_done % 256 == 0 || m_done == m_total))
            m_options.progress(m_done, m_total);
    }

    void skip(const PlannedRemoval &r, char file, SkipReason reason, const QString &detail = {})
    {
        m_result.skipped.append(PruneSkip{r.entry, file, reason, detail});
    }

    // Step 2 of the header: one -a file. True when it is gone now.
    bool removeIndex(const PlannedRemoval &r)
    {
        step();
        const CacheEntry &e = m_index.entries[r.entry];
        const int shardFd = m_dirs.fds[e.key[0]];
        const QByteArray name = digestHex(e.key) + "-a";
        struct stat st {
        };
        if (shardFd < 0 || ::fstatat(shardFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            skip(r, 'a', SkipReason::Gone);
            return false;
        }
        if (!S_ISREG(st.st_mode)) {
            skip(r, 'a', SkipReason::NotRegular);
            return false;
        }
        if (mtimeNs(st) != r.indexMtimeNs) {
            skip(r, 'a', SkipReason::UsedSincePlan);
            return false;
        }
        if (::unlinkat(shardFd, name.constData(), 0) != 0) {
            skip(r, 'a', errno == ENOENT ? SkipReason::Gone : SkipReason::Failed, errnoText());
            return false;
        }
        ++m_result.removedEntries;
        ++m_result.removedFiles;
        m_result.removedBytes += st.st_size;
        return true;
    }

    // Step 3: which outputs -a files name now, among the candidates.
    std::unordered_map<Digest, Digest, DigestHash>
    namedNow(const QList<const PlannedRemoval *> &outputs)
    {
        std::unordered_map<Digest, Digest, DigestHash> candidates, named;
        for (const PlannedRemoval *r : outputs)
            candidates.emplace(m_index.entries[r->entry].outputID, Digest{});
        for (int s = 0; s < 256 && !cancelled(); ++s) {
            const int fd = m_dirs.fds[s];
            const int dup = fd >= 0 ? ::openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
            DIR *d = dup >= 0 ? ::fdopendir(dup) : nullptr;
            if (!d) {
                if (dup >= 0)
                    ::close(dup);
                continue;
            }
            while (dirent *e = ::readdir(d)) {
                const size_t len = std::strlen(e->d_name);
                if (len != 66 || e->d_name[64] != '-' || e->d_name[65] != 'a')
                    continue;
                const int afd =
                    ::openat(fd, e->d_name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
                if (afd < 0)
                    continue;
                char buf[176];
                const ssize_t n = ::read(afd, buf, sizeof buf);
                ::close(afd);
                const auto key = digestFromHex(QByteArrayView(e->d_name, 64));
                if (n < 132 || !key)
                    continue;
                // Any -a that names the output keeps it, even one go would
                // reject for another defect: the output is not ours to judge.
                if (const auto out = digestFromHex(QByteArrayView(buf + 68, 64)))
                    if (candidates.count(*out))
                        named.emplace(*out, *key);
            }
            ::closedir(d);
        }
        return named;
    }

    void removeOutputs(const QList<const PlannedRemoval *> &outputs)
    {
        const auto named = namedNow(outputs);
        for (const PlannedRemoval *r : outputs) {
            if (cancelled())
                return;
            step();
            const CacheEntry &e = m_index.entries[r->entry];
            if (const auto it = named.find(e.outputID); it != named.end()) {
                skip(*r, 'd', SkipReason::StillNamed,
                     QString::fromLatin1(digestHex(it->second)) + QStringLiteral("-a"));
                continue;
            }
            const int shardFd = m_dirs.fds[e.outputID[0]];
            const QByteArray name = digestHex(e.outputID) + "-d";
            struct stat st {
            };
            if (shardFd < 0 ||
                ::fstatat(shardFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                skip(*r, 'd', SkipReason::Gone);
                continue;
            }
            if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
                skip(*r, 'd', SkipReason::NotRegular);
                continue;
            }
            if (mtimeNs(st) != r->outputMtimeNs) {
                skip(*r, 'd', SkipReason::UsedSincePlan);
                continue;
            }
            qint64 bytes = S_ISREG(st.st_mode) ? st.st_size : 0;
            QString error;
            const bool ok = S_ISDIR(st.st_mode) ? removeOutputDir(shardFd, name, bytes, error)
                                                : ::unlinkat(shardFd, name.constData(), 0) == 0;
            if (!ok) {
                skip(*r, 'd', SkipReason::Failed, error.isEmpty() ? errnoText() : error);
                continue;
            }
            ++m_result.removedFiles;
            m_result.removedBytes += bytes;
            if (!r->removeIndex)
                ++m_result.removedEntries; // an orphan output is an entry of its own
        }
    }

    const CacheIndex &m_index;
    const PrunePlan &m_plan;
    const PruneRunOptions &m_options;
    scan::ShardDirs m_dirs;
    PruneResult m_result;
    qint64 m_done = 0, m_total = 0;
};

} // namespace

QString skipReasonText(SkipReason reason)
{
    switch (reason) {
    case SkipReason::UsedSincePlan:
        return QStringLiteral("used since the plan");
    case SkipReason::Gone:
        return QStringLiteral("already gone");
    case SkipReason::StillNamed:
        return QStringLiteral("named by an index entry");
    case SkipReason::NotRegular:
        return QStringLiteral("not a regular file");
    case SkipReason::Failed:
        return QStringLiteral("removal failed");
    }
    return {};
}

Result<PruneResult> executePrune(const CacheIndex &index, const PrunePlan &plan,
                                 const PruneRunOptions &options)
{
    return Executor(index, plan, options).run();
}

} // namespace kiln::cache
