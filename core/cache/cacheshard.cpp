// One shard of a cache scan; see cachescan.h for what is read and why.
#include "cache/cacheshard.h"

#include "cache/bytesource.h"
#include "cache/diskcache.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiln::cache::scan
{

namespace
{

constexpr int openFlags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK;

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

qint64 disk(const struct stat &st)
{
    return qint64(st.st_blocks) * 512;
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Opens name under dirFd without following a link: one path lookup, then
// fstat on the descriptor. st describes what is there, also when it cannot
// be opened (a link: fstatat); st.st_mode is 0 when nothing is.
int openEntry(int dirFd, const char *name, struct stat &st)
{
    const int fd = ::openat(dirFd, name, openFlags);
    if (fd >= 0) {
        if (::fstat(fd, &st) == 0)
            return fd;
        ::close(fd);
        st = {};
        return -1;
    }
    if (errno == ENOENT || ::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        st = {};
    return -1;
}

QStringList namesIn(int dirFd)
{
    QStringList names;
    const int dup = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = dup >= 0 ? ::fdopendir(dup) : nullptr;
    if (!d) {
        if (dup >= 0)
            ::close(dup);
        return names;
    }
    while (dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") && std::strcmp(e->d_name, ".."))
            names.append(QFile::decodeName(e->d_name));
    }
    ::closedir(d);
    return names;
}

// An executable's -d directory (dirFd, open): exactly one regular file (go's
// OutputFile refuses anything else). Every regular file in it counts
// towards the sizes.
void readExecutableDir(int dirFd, OutputInfo &info)
{
    info.content.kind = EntryKind::Executable;
    const QStringList inner = namesIn(dirFd);
    QString regular;
    for (const QString &n : inner) {
        struct stat st {
        };
        if (::fstatat(dirFd, QFile::encodeName(n).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        info.diskBytes += disk(st);
        if (S_ISREG(st.st_mode)) {
            info.bytes += st.st_size;
            regular = n;
        }
    }
    if (inner.size() != 1 || regular.isEmpty()) {
        info.problem =
            QStringLiteral("output directory holds %1 entries, not 1 file").arg(inner.size());
        return;
    }
    Fd file(::openat(dirFd, QFile::encodeName(regular).constData(), openFlags));
    if (file.get() < 0) {
        info.problem = QStringLiteral("output directory's file cannot be opened");
        return;
    }
    info.content = classifyExecutable(FdSource(file.get(), info.bytes), regular);
}

OutputInfo readOutput(const ShardDirs &dirs, const Digest &out)
{
    OutputInfo info;
    const int shardFd = dirs.fds[out[0]];
    if (shardFd < 0)
        return info;
    const QByteArray name = digestHex(out) + "-d";
    struct stat st {
    };
    Fd fd(openEntry(shardFd, name.constData(), st));
    if (st.st_mode == 0)
        return info;
    info.mtimeNs = mtimeNs(st);
    info.diskBytes = disk(st);
    if (S_ISLNK(st.st_mode)) {
        info.state = OutputInfo::State::Link;
        info.problem = QStringLiteral("output is a symbolic link (not followed)");
        return info;
    }
    if (S_ISDIR(st.st_mode)) {
        info.state = OutputInfo::State::Directory;
        if (fd.get() < 0)
            info.problem = QStringLiteral("output directory cannot be opened");
        else
            readExecutableDir(fd.get(), info);
        return info;
    }
    if (!S_ISREG(st.st_mode) || fd.get() < 0) {
        info.state = OutputInfo::State::Other;
        info.problem = S_ISREG(st.st_mode) ? QStringLiteral("output cannot be opened")
                                           : QStringLiteral("output is not a regular file");
        return info;
    }
    info.state = OutputInfo::State::Regular;
    info.bytes = st.st_size;
    info.content = classifyContent(FdSource(fd.get(), st.st_size));
    return info;
}

void applySide(CacheEntry &e, const SideIndex &side)
{
    const auto it = side.find(e.key);
    if (it == side.end())
        return;
    const SideRecord &r = it->second;
    e.namedBy = NamedBy::SideIndex;
    e.kind = kindOfRole(r.role);
    e.detail = roleName(r.role);
    if (!r.packagePath.isEmpty())
        e.packagePath = r.packagePath;
    if (!r.module.isEmpty())
        e.module = r.module;
    if (!r.toolchain.isEmpty())
        e.toolchain = r.toolchain;
    e.mode = r.mode;
    e.flags = r.flags;
}

FileState stateOf(OutputInfo::State s)
{
    switch (s) {
    case OutputInfo::State::Missing:
        return FileState::Missing;
    case OutputInfo::State::Regular:
        return FileState::Regular;
    case OutputInfo::State::Directory:
        return FileState::Directory;
    case OutputInfo::State::Link:
        return FileState::Link;
    case OutputInfo::State::Other:
        return FileState::Other;
    }
    return FileState::Other;
}

void applyOutput(CacheEntry &e, const OutputInfo &o)
{
    e.outputState = stateOf(o.state);
    e.outputMtimeNs = o.mtimeNs;
    e.outputBytes = o.bytes;
    e.outputDiskBytes = o.diskBytes;
    e.kind = o.content.kind;
    e.packagePath = o.content.packagePath;
    e.module = o.content.module;
    e.toolchain = o.content.toolchain;
    e.buildID = o.content.buildID;
    e.detail = o.content.detail;
}

CacheEntry indexEntry(int shardFd, const QString &name, const Digest &key, OutputMemo &memo,
                      qint64 &bytes, qint64 &diskBytes)
{
    CacheEntry e;
    e.key = key;
    const QByteArray raw = QFile::encodeName(name);
    struct stat st {
    };
    Fd fd(openEntry(shardFd, raw.constData(), st));
    if (st.st_mode == 0) {
        e.problem = QStringLiteral("index file vanished during the scan");
        return e;
    }
    diskBytes += disk(st);
    e.indexMtimeNs = mtimeNs(st);
    e.indexState = S_ISLNK(st.st_mode)   ? FileState::Link
                   : S_ISREG(st.st_mode) ? FileState::Regular
                                         : FileState::Other;
    if (S_ISLNK(st.st_mode)) {
        e.problem = QStringLiteral("index file is a symbolic link (not followed)");
        return e;
    }
    if (!S_ISREG(st.st_mode) || fd.get() < 0) {
        e.problem = QStringLiteral("index file is not a readable regular file");
        return e;
    }
    e.indexBytes = st.st_size;
    bytes += st.st_size;
    char buf[176];
    ssize_t n;
    do
        n = ::read(fd.get(), buf, sizeof buf);
    while (n < 0 && errno == EINTR);
    const Lookup l = DiskCache::parseEntry(key, QByteArray(buf, n < 0 ? 0 : n));
    if (!l.hit()) {
        e.problem = QStringLiteral("malformed index entry: %1").arg(l.missReason);
        return e;
    }
    e.outputID = l.entry->outputID;
    e.size = l.entry->size;
    e.putNanos = l.entry->timeNanos;
    const OutputInfo o = memo.lookup(e.outputID);
    applyOutput(e, o);
    if (o.state == OutputInfo::State::Missing)
        e.problem = QStringLiteral("output %1-d is missing")
                        .arg(QString::fromLatin1(digestHex(e.outputID)));
    else if (!o.problem.isEmpty())
        e.problem = o.problem;
    else if (o.bytes != e.size)
        e.problem =
            QStringLiteral("output has %1 bytes, the index says %2").arg(o.bytes).arg(e.size);
    return e;
}

} // namespace

ShardDirs::~ShardDirs()
{
    for (int fd : fds)
        if (fd >= 0)
            ::close(fd);
}

void openShardDirs(int root, const QString &dir, ShardDirs &dirs, QStringList &problems,
                   qint64 &diskBytes)
{
    for (int i = 0; i < 256; ++i) {
        const QByteArray name = QByteArray::number(i, 16).rightJustified(2, '0');
        dirs.fds[i] =
            ::openat(root, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (dirs.fds[i] >= 0)
            continue;
        struct stat st {
        };
        if (::fstatat(root, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // missing: go creates shards on demand
        diskBytes += disk(st);
        problems.append(QStringLiteral("%1/%2: shard is %3")
                            .arg(dir, QString::fromLatin1(name),
                                 S_ISLNK(st.st_mode)
                                     ? QStringLiteral("a symbolic link (not followed)")
                                     : QStringLiteral("not a directory")));
    }
}

OutputInfo OutputMemo::lookup(const Digest &out)
{
    Table &t = m_tables[out[0]];
    {
        QMutexLocker lock(&t.mutex);
        if (auto it = t.known.find(out); it != t.known.end())
            return it->second;
    }
    OutputInfo info = readOutput(m_dirs, out);
    QMutexLocker lock(&t.mutex);
    return t.known.try_emplace(out, std::move(info)).first->second;
}

ShardResult scanShard(const QString &dir, int shard, const ShardDirs &dirs, OutputMemo &memo,
                      const SideIndex &side, const std::atomic_bool *cancel)
{
    ShardResult r;
    const int fd = dirs.fds[shard];
    const QString shardName = QStringLiteral("%1").arg(shard, 2, 16, QLatin1Char('0'));
    if (fd < 0) {
        r.done = true;
        return r;
    }
    struct stat st {
    };
    if (::fstat(fd, &st) == 0)
        r.diskBytes += disk(st);
    QStringList names = namesIn(fd);
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return r;
        const auto id = name.size() == 66 && name[64] == QLatin1Char('-')
                            ? digestFromHex(name.left(64).toLatin1())
                            : std::nullopt;
        const QChar suffix = name.size() == 66 ? name[65] : QChar();
        if (id && (*id)[0] == shard && suffix == QLatin1Char('a')) {
            CacheEntry e = indexEntry(fd, name, *id, memo, r.indexBytes, r.diskBytes);
            applySide(e, side);
            r.entries.append(std::move(e));
            continue;
        }
        if (id && (*id)[0] == shard && suffix == QLatin1Char('d')) {
            r.outputs.append(*id);
            const OutputInfo o = memo.lookup(*id);
            r.outputBytes += o.bytes;
            r.diskBytes += o.diskBytes;
            continue;
        }
        // Not an entry (go ignores it unless it ends in -a or -d): counted, reported.
        struct stat other {
        };
        if (::fstatat(fd, QFile::encodeName(name).constData(), &other, AT_SYMLINK_NOFOLLOW) == 0) {
            r.diskBytes += disk(other);
            if (S_ISREG(other.st_mode))
                r.otherBytes += other.st_size;
        }
        r.problems.append(QStringLiteral("%1/%2/%3: not a cache entry").arg(dir, shardName, name));
    }
    r.done = true;
    return r;
}

CacheEntry orphanEntry(const Digest &out, const OutputInfo &info)
{
    CacheEntry e;
    e.origin = EntryOrigin::OrphanOutput;
    e.key = out;
    e.outputID = out;
    applyOutput(e, info);
    e.size = info.bytes;
    e.problem = info.problem;
    return e;
}

} // namespace kiln::cache::scan
