#include "test/cacheread.h"

#include "test/gofileinfo.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace kiln::test
{

namespace
{

QByteArray notFound(const QByteArray &reason)
{
    return reason.isEmpty() ? QByteArray("cache entry not found")
                            : "cache entry not found: " + reason;
}

// go's reason for a miss DiskCache::get reported with Kiln's words.
QByteArray goReason(const cache::DiskCache &cache, const cache::ActionID &id,
                    const QString &kilnReason)
{
    if (kilnReason == QLatin1String("entry not found")) {
        const QByteArray path = QFile::encodeName(cache.fileName(id, 'a'));
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) { // appeared since: go would have read it
            ::close(fd);
            return {};
        }
        return goPathError("open", path, errno);
    }
    static const QList<QPair<QString, QByteArray>> words = {
        {QStringLiteral("empty entry"), "file is empty"},
        {QStringLiteral("entry too long"), "too long"},
        {QStringLiteral("incomplete entry"), "entry file incomplete"},
        {QStringLiteral("invalid entry header"), "invalid header"},
        {QStringLiteral("entry has wrong action ID"), "mismatched ID"},
    };
    for (const auto &[kiln, go] : words)
        if (kilnReason == kiln)
            return go;
    return kilnReason.toUtf8();
}

GoCacheRead getEntry(const cache::DiskCache &cache, const cache::ActionID &id)
{
    GoCacheRead r;
    const cache::Lookup l = cache.get(id);
    if (!l.hit())
        r.error = notFound(goReason(cache, id, l.missReason));
    else
        r.entry = *l.entry;
    return r;
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

GoCacheRead goGetBytes(const cache::DiskCache &cache, const cache::ActionID &id)
{
    GoCacheRead r = getEntry(cache, id);
    if (!r.ok())
        return r;
    r.data = readAll(cache.outputFile(r.entry.outputID));
    if (sha256Of(r.data) != r.entry.outputID) {
        r.data.clear();
        r.error = notFound("bad checksum");
    }
    return r;
}

GoCacheRead goGetFile(const cache::DiskCache &cache, const cache::ActionID &id)
{
    GoCacheRead r = getEntry(cache, id);
    if (!r.ok())
        return r;
    const QString file = cache.outputFile(r.entry.outputID);
    const auto info = goStat(QFile::encodeName(file), FollowLinks::Yes);
    if (!info)
        r.error = notFound(info.error());
    else if (info->size != r.entry.size)
        r.error = notFound("file incomplete");
    else
        r.file = file;
    return r;
}

} // namespace kiln::test
