#include "exec/rawfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiln::exec
{

QString goErrnoText(int err)
{
    QString text = QString::fromLocal8Bit(std::strerror(err));
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

namespace
{

std::unexpected<Error> osError(const char *op, const QString &path, int err)
{
    return fail(QStringLiteral("%1 %2: %3").arg(QLatin1String(op), path, goErrnoText(err)));
}

} // namespace

Result<RawFile> RawFile::open(const QString &path, Access access)
{
    int flags = O_RDONLY;
    if (access == Access::ReadWrite)
        flags = O_RDWR;
    else if (access == Access::Append)
        flags = O_WRONLY | O_APPEND;
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return osError("open", path, errno);
    return RawFile(fd, path);
}

RawFile::RawFile(RawFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path))
{
}

RawFile &RawFile::operator=(RawFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

RawFile::~RawFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<qint64> RawFile::readAt(char *dst, qint64 len, qint64 off) const
{
    qint64 done = 0;
    while (done < len) {
        const ssize_t n = ::pread(m_fd, dst + done, size_t(len - done), off_t(off + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return osError("read", m_path, errno);
        }
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

Result<QByteArray> RawFile::readAt(qint64 len, qint64 off) const
{
    QByteArray buf(len, Qt::Uninitialized);
    KILN_TRY(n, readAt(buf.data(), len, off));
    buf.truncate(n);
    return buf;
}

Result<void> RawFile::writeAt(const QByteArray &data, qint64 off)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n =
            ::pwrite(m_fd, data.constData() + done, size_t(data.size() - done), off_t(off + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return osError("write", m_path, errno);
        }
        done += n;
    }
    return {};
}

Result<void> RawFile::write(const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(m_fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return osError("write", m_path, errno);
        }
        done += n;
    }
    return {};
}

Result<qint64> RawFile::size() const
{
    struct stat st;
    if (::fstat(m_fd, &st) != 0)
        return osError("stat", m_path, errno);
    return qint64(st.st_size);
}

Result<void> RawFile::close()
{
    const int fd = std::exchange(m_fd, -1);
    if (fd >= 0 && ::close(fd) != 0)
        return osError("close", m_path, errno);
    return {};
}

} // namespace kiln::exec
