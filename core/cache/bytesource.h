// ByteSource: ranged reads of one cache output, so that readers of file
// headers (archiveinfo.h, exeinfo.h, cachecontent.h) read only the bytes
// they need — a scan of 200 000 entries cannot read whole archives — and
// can be tested on bytes in memory.
#pragma once

#include <QByteArray>

#include <algorithm>

#include <cerrno>
#include <unistd.h>

namespace kiln::cache
{

class ByteSource
{
public:
    virtual ~ByteSource() = default;
    virtual qint64 size() const = 0;
    // Up to len bytes at offset: fewer at the end of the data, none on error.
    virtual QByteArray read(qint64 offset, qint64 len) const = 0;
};

class MemorySource final : public ByteSource
{
public:
    explicit MemorySource(QByteArray data) : m_data(std::move(data)) {}
    qint64 size() const override { return m_data.size(); }
    QByteArray read(qint64 offset, qint64 len) const override
    {
        if (offset < 0 || len <= 0 || offset >= m_data.size())
            return {};
        return m_data.mid(offset, len);
    }

private:
    QByteArray m_data;
};

// pread on an open descriptor the caller owns. The first 16 KiB are read
// once, on the first read, and kept: the header readers ask for many small
// ranges near the start (an archive's export data tables), and a scan of
// 200 000 entries pays for every system call.
class FdSource final : public ByteSource
{
public:
    static constexpr qint64 headSize = 16 * 1024;

    FdSource(int fd, qint64 size) : m_fd(fd), m_size(size) {}
    qint64 size() const override { return m_size; }
    QByteArray read(qint64 offset, qint64 len) const override
    {
        if (offset < 0 || len <= 0 || offset >= m_size)
            return {};
        len = std::min(len, m_size - offset);
        if (!m_headRead) {
            m_head = pread(0, std::min(m_size, headSize));
            m_headRead = true;
        }
        if (offset + len <= m_head.size())
            return m_head.mid(offset, len);
        return pread(offset, len);
    }

private:
    QByteArray pread(qint64 offset, qint64 len) const
    {
        QByteArray buf(len, Qt::Uninitialized);
        qint64 got = 0;
        while (got < len) {
            const ssize_t n = ::pread(m_fd, buf.data() + got, size_t(len - got), offset + got);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
        }
        buf.truncate(got);
        return buf;
    }

    int m_fd;
    qint64 m_size;
    mutable QByteArray m_head;
    mutable bool m_headRead = false;
};

} // namespace kiln::cache
