// DiskCache::trim: go's DiskCache.Trim (cache.go), run when a build closes
// the cache. trim.txt holds the Unix seconds of the last trim (no newline)
// and is read and rewritten under flock, like go's lockedfile; the new time
// is written before any entry is removed (go 1.25.12, issue #76314).
#include "cache/diskcache.h"
#include "cache/filelock.h"
#include "cache/trimmark.h"

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kiln::cache
{

namespace
{

constexpr qint64 kMtimeInterval = 3600;  // 1 h
constexpr qint64 kTrimInterval = 86400;  // 24 h
constexpr qint64 kTrimLimit = 5 * 86400; // 5 days

bool recentlyTrimmed(const QByteArray &data, qint64 now)
{
    bool ok = false;
    const qint64 t = data.trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    const qint64 d = now - t;
    return d < kTrimInterval && d > -kMtimeInterval;
}

QByteArray readAll(int fd)
{
    QByteArray data;
    char buf[64];
    ::lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
        data.append(buf, n);
    return data;
}

// lockedfile.Transform: true when this call claimed the trim.
bool claimTrim(const QString &file, qint64 now)
{
    FileLock lock(file);
    if (!lock.locked() || recentlyTrimmed(readAll(lock.fd()), now))
        return false;
    const QByteArray text = QByteArray::number(now);
    ::lseek(lock.fd(), 0, SEEK_SET);
    return ::write(lock.fd(), text.constData(), size_t(text.size())) == text.size() &&
           ::ftruncate(lock.fd(), text.size()) == 0;
}

} // namespace

std::optional<qint64> readTrimTime(const QString &cacheDir)
{
    QFile f(cacheDir + QStringLiteral("/trim.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 t = f.readAll().trimmed().toLongLong(&ok);
    return ok ? std::optional(t) : std::nullopt;
}

Result<void> recordTrim(const QString &cacheDir, qint64 nowSecs)
{
    const QString file = cacheDir + QStringLiteral("/trim.txt");
    FileLock lock(file);
    if (!lock.locked())
        return fail(QStringLiteral("cannot lock %1").arg(file));
    bool ok = false;
    const qint64 have = readAll(lock.fd()).trimmed().toLongLong(&ok);
    if (ok && have >= nowSecs && have - nowSecs <= kMtimeInterval)
        return {}; // a later trim is recorded (one too far ahead is go's "corrupt": replaced)
    const QByteArray text = QByteArray::number(nowSecs);
    ::lseek(lock.fd(), 0, SEEK_SET);
    if (::write(lock.fd(), text.constData(), size_t(text.size())) != text.size() ||
        ::ftruncate(lock.fd(), text.size()) != 0)
        return fail(QStringLiteral("cannot write %1").arg(file));
    return {};
}

void DiskCache::trim(const QDateTime &nowTime) const
{
    const qint64 now = nowTime.toSecsSinceEpoch();
    const QString file = m_dir + QStringLiteral("/trim.txt");
    QFile f(file);
    if (f.open(QIODevice::ReadOnly) && recentlyTrimmed(f.readAll(), now))
        return;
    f.close();
    if (!claimTrim(file, now))
        return;
    const QDateTime cutoff = QDateTime::fromSecsSinceEpoch(now - kTrimLimit - kMtimeInterval);
    for (int i = 0; i < 256; ++i) {
        QDir sub(m_dir + QStringLiteral("/%1").arg(i, 2, 16, QLatin1Char('0')));
        const QFileInfoList entries = sub.entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden);
        for (const QFileInfo &e : entries) {
            const QString name = e.fileName();
            if (!name.endsWith(QLatin1String("-a")) && !name.endsWith(QLatin1String("-d")))
                continue;
            if (e.isSymLink() || e.lastModified() >= cutoff)
                continue;
            if (e.isDir())
                QDir(e.filePath()).removeRecursively();
            else
                QFile::remove(e.filePath());
        }
    }
}

} // namespace kiln::cache
