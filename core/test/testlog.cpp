#include "test/testlog.h"

#include "test/gofileinfo.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace kiln::test
{

namespace
{

std::optional<TestLogOp> opFromName(const QByteArray &word)
{
    if (word == "getenv")
        return TestLogOp::Getenv;
    if (word == "open")
        return TestLogOp::Open;
    if (word == "stat")
        return TestLogOp::Stat;
    if (word == "chdir")
        return TestLogOp::Chdir;
    return std::nullopt;
}

} // namespace

QByteArray testLogMagic()
{
    return QByteArrayLiteral("# test log\n");
}

bool isTestLog(const QByteArray &data)
{
    return data.startsWith(testLogMagic()) && data.endsWith('\n');
}

QByteArray testLogOpName(TestLogOp op)
{
    switch (op) {
    case TestLogOp::Getenv:
        return "getenv";
    case TestLogOp::Open:
        return "open";
    case TestLogOp::Stat:
        return "stat";
    case TestLogOp::Chdir:
        return "chdir";
    }
    return {};
}

TestLog parseTestLog(const QByteArray &data)
{
    TestLog log;
    const QByteArray body =
        data.startsWith(testLogMagic()) ? data.mid(testLogMagic().size()) : data;
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        const std::optional<TestLogOp> op = space < 0 ? std::nullopt : opFromName(line.left(space));
        if (!op) {
            log.malformedLine = line;
            return log;
        }
        log.entries.append({*op, line.mid(space + 1)});
    }
    return log;
}

QByteArray formatTestLog(const QList<TestLogEntry> &entries)
{
    QByteArray out = testLogMagic();
    for (const TestLogEntry &e : entries)
        out += testLogOpName(e.op) + ' ' + e.name + '\n';
    return out;
}

std::expected<QByteArray, QByteArray> readTestLogFile(const QString &file)
{
    const QByteArray path = QFile::encodeName(file);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(goPathError("open", path, errno));
    QByteArray data;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return std::unexpected(goPathError("read", path, err));
        }
        if (n == 0)
            break;
        data.append(buf, n);
    }
    ::close(fd);
    return data;
}

} // namespace kiln::test
