#include "base/rawdir.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiln
{

namespace
{

QByteArray joinPath(const QString &dir, const QByteArray &rawName)
{
    return QFile::encodeName(dir) + '/' + rawName;
}

} // namespace

Result<QList<RawDirEntry>> readDirRaw(const QString &dir)
{
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return failAt(dir, 0, 0, QString::fromLocal8Bit(strerror(errno)));
    QList<RawDirEntry> out;
    while (dirent *e = ::readdir(d)) {
        const QByteArray raw(e->d_name);
        if (raw == "." || raw == "..")
            continue;
        RawDirEntry entry;
        entry.rawName = raw;
        QStringDecoder utf8(QStringDecoder::Utf8);
        entry.name = utf8(raw);
        entry.validUtf8 = !utf8.hasError();
        struct stat st {
        };
        entry.isDir = ::stat(joinPath(dir, raw).constData(), &st) == 0 && S_ISDIR(st.st_mode);
        out.append(entry);
    }
    ::closedir(d);
    std::sort(out.begin(), out.end(),
              [](const RawDirEntry &a, const RawDirEntry &b) { return a.rawName < b.rawName; });
    return out;
}

Result<QByteArray> readFileRaw(const QString &dir, const QByteArray &rawName)
{
    const QByteArray path = joinPath(dir, rawName);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(QString::fromLocal8Bit(strerror(errno)));
    QByteArray data;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const QString err = QString::fromLocal8Bit(strerror(errno));
            ::close(fd);
            return fail(err);
        }
        if (n == 0)
            break;
        data.append(buf, n);
    }
    ::close(fd);
    return data;
}

} // namespace kiln
