#include "test/testexpire.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kiln::test
{

namespace
{

QString expireFile(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/testexpire.txt");
}

QByteArray readFd(int fd)
{
    QByteArray data;
    char buf[64];
    ::lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
        data.append(buf, n);
    return data;
}

// strconv.ParseInt of the trimmed text; 0 when it is not a number.
qint64 parsePrevious(const QByteArray &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    return ok ? v : 0;
}

QString osError(const QString &file)
{
    return QStringLiteral("open %1: %2").arg(file, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

std::optional<qint64> readTestExpire(const QString &cacheDir)
{
    const QByteArray path = QFile::encodeName(expireFile(cacheDir));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    ::flock(fd, LOCK_SH);
    const QByteArray data = readFd(fd);
    ::flock(fd, LOCK_UN);
    ::close(fd);
    if (data.isEmpty() || !data.endsWith('\n'))
        return std::nullopt;
    bool ok = false;
    const qint64 v = data.chopped(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

Result<void> expireTestResults(const QString &cacheDir, qint64 nowNanos)
{
    const QString file = expireFile(cacheDir);
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) {
        if (!QFileInfo::exists(cacheDir))
            return {}; // go ignores a cache that is not there
        return fail(osError(file));
    }
    ::flock(fd, LOCK_EX);
    bool ok = true;
    if (nowNanos > parsePrevious(readFd(fd))) {
        const QByteArray text = QByteArray::number(nowNanos) + '\n';
        ok = ::ftruncate(fd, 0) == 0 && ::lseek(fd, 0, SEEK_SET) == 0 &&
             ::write(fd, text.constData(), size_t(text.size())) == text.size();
    }
    const QString err = ok ? QString() : osError(file);
    ::flock(fd, LOCK_UN);
    ::close(fd);
    if (!ok)
        return fail(err);
    return {};
}

} // namespace kiln::test
