// DiskCache::trim: go's DiskCache.Trim (cache.go), run when a build closes
// the cache. trim.txt holds the Unix seconds of the last trim (no newline)
// and is read and rewritten under flock, like go's lockedfile; the new time
// is written before any entry is removed (go 1.25.12, issue #76314).
#include "cache/diskcache.h"

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
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDWR | O_CREAT, 0666);
    if (fd < 0)
        return false;
    ::flock(fd, LOCK_EX);
    bool claimed = false;
    if (!recentlyTrimmed(readAll(fd), now)) {
        const QByteArray text = QByteArray::number(now);
        ::lseek(fd, 0, SEEK_SET);
        claimed = ::write(fd, text.constData(), size_t(text.size())) == text.size() &&
                  ::ftruncate(fd, text.size()) == 0;
    }
    ::flock(fd, LOCK_UN);
    ::close(fd);
    return claimed;
}

} // namespace

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
