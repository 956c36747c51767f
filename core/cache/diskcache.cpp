#include "cache/diskcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiln::cache
{

namespace
{

const char readme[] = "This directory holds cached build artifacts from the Go build system.\n"
                      "Run \"go clean -cache\" if the directory is getting too large.\n"
                      "Run \"go clean -fuzzcache\" to delete the fuzz cache.\n"
                      "See go.dev to learn more about Go.\n";

constexpr qsizetype entrySize = 175;

qint64 nowNanos()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QByteArray padded(qint64 v)
{
    return QByteArray::number(v).rightJustified(20, ' ');
}

bool parseHex(const QByteArray &hex, Digest &out)
{
    if (hex.size() != 64)
        return false;
    for (char c : hex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    const QByteArray raw = QByteArray::fromHex(hex);
    std::copy(raw.begin(), raw.end(), out.begin());
    return true;
}

// A %20d field: spaces, then an optional '-', then digits.
bool parseNumber(const QByteArray &field, qint64 &out)
{
    bool ok = false;
    out = field.trimmed().toLongLong(&ok);
    return ok && out >= 0;
}

} // namespace

Result<DiskCache> DiskCache::open(const QString &dir)
{
    if (!QDir::isAbsolutePath(dir))
        return fail(QStringLiteral("GOCACHE is not an absolute path: %1").arg(dir));
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create GOCACHE %1").arg(dir));
    for (int i = 0; i < 256; ++i) {
        const QString shard =
            dir + QLatin1Char('/') + QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0'));
        if (!QDir().mkpath(shard))
            return fail(QStringLiteral("cannot create %1").arg(shard));
    }
    const QString readmePath = dir + QStringLiteral("/README");
    if (!QFileInfo::exists(readmePath)) {
        QFile f(readmePath);
        if (!f.open(QIODevice::WriteOnly) || f.write(readme) != qint64(sizeof readme - 1))
            return fail(QStringLiteral("cannot write %1: %2").arg(readmePath, f.errorString()));
    }
    return DiskCache(QDir::cleanPath(dir));
}

QString DiskCache::fileName(const Digest &id, char kind) const
{
    const QByteArray hex = digestHex(id);
    return m_dir + QLatin1Char('/') + QString::fromLatin1(hex.left(2)) + QLatin1Char('/') +
           QString::fromLatin1(hex) + QLatin1Char('-') + QLatin1Char(kind);
}

QByteArray DiskCache::formatEntry(const ActionID &id, const Entry &e)
{
    return "v1 " + digestHex(id) + ' ' + digestHex(e.outputID) + ' ' + padded(e.size) + ' ' +
           padded(e.timeNanos) + '\n';
}

Lookup DiskCache::parseEntry(const ActionID &id, const QByteArray &data)
{
    Lookup l;
    if (data.isEmpty())
        return {std::nullopt, QStringLiteral("empty entry")};
    if (data.size() > entrySize)
        return {std::nullopt, QStringLiteral("entry too long")};
    if (data.size() < entrySize)
        return {std::nullopt, QStringLiteral("incomplete entry")};
    if (!data.startsWith("v1 ") || data[67] != ' ' || data[132] != ' ' || data[153] != ' ' ||
        data[174] != '\n')
        return {std::nullopt, QStringLiteral("invalid entry header")};
    ActionID got{};
    Entry e;
    if (!parseHex(data.mid(3, 64), got) || got != id)
        return {std::nullopt, QStringLiteral("entry has wrong action ID")};
    if (!parseHex(data.mid(68, 64), e.outputID))
        return {std::nullopt, QStringLiteral("invalid output ID")};
    if (!parseNumber(data.mid(133, 20), e.size) || !parseNumber(data.mid(154, 20), e.timeNanos))
        return {std::nullopt, QStringLiteral("invalid size or time")};
    l.entry = e;
    return l;
}

Lookup DiskCache::get(const ActionID &id) const
{
    QFile f(fileName(id, 'a'));
    if (!f.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("entry not found")};
    const QByteArray data = f.read(entrySize + 1);
    Lookup l = parseEntry(id, data);
    if (l.hit())
        markUsed(f.fileName());
    return l;
}

Lookup DiskCache::getFile(const ActionID &id) const
{
    Lookup l = get(id);
    if (!l.hit())
        return l;
    const QFileInfo out(outputFile(l.entry->outputID));
    if (!out.exists())
        return {std::nullopt, QStringLiteral("output file not found")};
    if (out.isFile() && out.size() != l.entry->size)
        return {std::nullopt, QStringLiteral("output file has wrong size")};
    markUsed(out.filePath());
    return l;
}

// go refreshes mtimes only when they are an hour old, to limit writes.
void DiskCache::markUsed(const QString &file) const
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return;
    if (::time(nullptr) - st.st_mtime < 3600)
        return;
    ::utimensat(AT_FDCWD, QFile::encodeName(file).constData(), nullptr, 0);
}

Result<void> DiskCache::putOutput(const OutputID &out, const QByteArray &data)
{
    const QString name = outputFile(out);
    const QByteArray path = QFile::encodeName(name);
    QFileInfo existing(name);
    if (existing.isFile() && existing.size() == data.size()) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly) && sha256Of(f.readAll()) == out) {
            ::utimensat(AT_FDCWD, path.constData(), nullptr, 0);
            return {}; // deduplicated: identical content is already there
        }
    }
    int flags = O_RDWR | O_CREAT | O_CLOEXEC;
    if (existing.isFile() && existing.size() > data.size())
        flags |= O_TRUNC;
    const int fd = ::open(path.constData(), flags, 0666);
    if (fd < 0)
        return fail(
            QStringLiteral("open %1: %2").arg(name, QString::fromLocal8Bit(strerror(errno))));
    auto writeAll = [fd](const char *p, qsizetype n) {
        while (n > 0) {
            const ssize_t w = ::write(fd, p, size_t(n));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return false;
            p += w;
            n -= w;
        }
        return true;
    };
    // Everything but the last byte first; the last byte makes the file full
    // size, which is what readers check before they trust it.
    bool ok = data.isEmpty() || (writeAll(data.constData(), data.size() - 1) &&
                                 writeAll(data.constData() + data.size() - 1, 1));
    ok = ok && ::ftruncate(fd, data.size()) == 0;
    ::close(fd);
    if (!ok) {
        ::truncate(path.constData(), 0);
        return fail(QStringLiteral("write %1 failed").arg(name));
    }
    ::utimensat(AT_FDCWD, path.constData(), nullptr, 0);
    return {};
}

Result<OutputID> DiskCache::put(const ActionID &id, const QByteArray &data)
{
    const OutputID out = sha256Of(data);
    if (auto r = putOutput(out, data); !r)
        return std::unexpected(r.error());
    const QByteArray entry = formatEntry(id, {out, data.size(), nowNanos()});
    const QByteArray path = QFile::encodeName(fileName(id, 'a'));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0)
        return fail(
            QStringLiteral("open %1: %2")
                .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(strerror(errno))));
    const bool ok = ::write(fd, entry.constData(), size_t(entry.size())) == entry.size() &&
                    ::ftruncate(fd, entry.size()) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(path.constData());
        return fail(QStringLiteral("write %1 failed").arg(QString::fromLocal8Bit(path)));
    }
    ::utimensat(AT_FDCWD, path.constData(), nullptr, 0);
    return out;
}

} // namespace kiln::cache
