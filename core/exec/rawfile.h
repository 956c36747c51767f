// RawFile: a file read and written at offsets, failing with the texts go's os
// package gives ("open F: no such file or directory", "read F: is a
// directory"), so build-ID and pack errors read like go's. Not thread-safe
// per object; the descriptor closes with the object.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

namespace kiln::exec
{

class RawFile
{
public:
    enum class Access { ReadOnly, ReadWrite, Append };

    static Result<RawFile> open(const QString &path, Access access);
    RawFile(RawFile &&other) noexcept;
    RawFile &operator=(RawFile &&other) noexcept;
    RawFile(const RawFile &) = delete;
    RawFile &operator=(const RawFile &) = delete;
    ~RawFile();

    const QString &path() const { return m_path; }
    // Reads up to len bytes at off; fewer only at end of file (0 at or past it).
    Result<qint64> readAt(char *dst, qint64 len, qint64 off) const;
    // Like readAt into a fresh buffer; the result is shorter at end of file.
    Result<QByteArray> readAt(qint64 len, qint64 off) const;
    Result<void> writeAt(const QByteArray &data, qint64 off);
    // Appends (Access::Append) or writes at the current position.
    Result<void> write(const QByteArray &data);
    Result<qint64> size() const;
    // Closes explicitly, reporting the error go's f.Close would.
    Result<void> close();

private:
    RawFile(int fd, QString path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd = -1;
    QString m_path;
};

// syscall.Errno's text: strerror with a lower-case first letter.
QString goErrnoText(int err);

} // namespace kiln::exec
