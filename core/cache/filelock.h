// FileLock: an exclusive flock(2) on a file for the lifetime of the object,
// the way go's lockedfile locks trim.txt and testexpire.txt on Unix (the
// lock is advisory and held on the open file description; closing releases
// it). The file is created if missing. Internal to kiln_cache.
#pragma once

#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kiln::cache
{

class FileLock
{
public:
    explicit FileLock(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~FileLock()
    {
        if (m_fd >= 0) {
            ::flock(m_fd, LOCK_UN);
            ::close(m_fd);
        }
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    bool locked() const { return m_fd >= 0; }
    int fd() const { return m_fd; } // the locked file itself, open read-write

private:
    int m_fd = -1;
};

} // namespace kiln::cache
