#include "exec/archive.h"

#include "exec/rawfile.h"

#include <QFile>
#include <QFileInfo>

namespace kiln::exec
{

namespace
{

QByteArray leftAligned(const QByteArray &text, int width)
{
    return text.size() >= width ? text : text + QByteArray(width - text.size(), ' ');
}

// strconv's underscoreOK: '_' only between digits (or after a base prefix).
bool underscoresOk(const QByteArray &s)
{
    char saw = '^'; // ^ start, 0 digit, _ underscore, ! other
    qsizetype i = 0;
    if (!s.isEmpty() && (s[0] == '-' || s[0] == '+'))
        ++i;
    bool hex = false;
    if (s.size() - i >= 2 && s[i] == '0') {
        const char b = char(s[i + 1] | 0x20);
        if (b == 'b' || b == 'o' || b == 'x') {
            hex = b == 'x';
            i += 2;
            saw = '0';
        }
    }
    for (; i < s.size(); ++i) {
        const char c = s[i];
        const char lower = char(c | 0x20);
        if ((c >= '0' && c <= '9') || (hex && lower >= 'a' && lower <= 'f')) {
            saw = '0';
        } else if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

} // namespace

std::optional<qint64> parseGoInt(const QByteArray &text)
{
    QByteArray s = text;
    bool negative = false;
    if (!s.isEmpty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove(0, 1);
    }
    if (s.isEmpty())
        return std::nullopt;
    int base = s[0] == '0' ? 8 : 10;
    if (s.size() >= 3 && s[0] == '0') {
        const char b = char(s[1] | 0x20);
        if (b == 'b' || b == 'o' || b == 'x') {
            base = b == 'b' ? 2 : b == 'o' ? 8 : 16;
            s.remove(0, 2);
        }
    }
    quint64 value = 0;
    bool underscores = false;
    for (const char c : std::as_const(s)) {
        if (c == '_') {
            underscores = true;
            continue;
        }
        const char lower = char(c | 0x20);
        const int d = c >= '0' && c <= '9'           ? c - '0'
                      : lower >= 'a' && lower <= 'z' ? lower - 'a' + 10
                                                     : 99;
        if (d >= base)
            return std::nullopt;
        if (value > ((quint64(1) << 63) - quint64(d)) / quint64(base))
            return std::nullopt; // beyond what either sign can hold
        value = value * quint64(base) + quint64(d);
    }
    if (underscores && !underscoresOk(text))
        return std::nullopt;
    if (!negative && value > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return negative ? qint64(0 - value) : qint64(value);
}

QByteArray formatArchiveHeader(const QByteArray &name, qint64 size)
{
    // go writes "%s%-12d%-6d%-6d%-8o%-10d`\n" with the name cut to 16 bytes
    // (not runes: %-16.16s would count runes).
    return leftAligned(name.left(16), 16) + leftAligned("0", 12) + leftAligned("0", 6) +
           leftAligned("0", 6) + leftAligned("644", 8) + leftAligned(QByteArray::number(size), 10) +
           "`\n";
}

Result<void> appendToArchive(const QString &archive, const QStringList &objects)
{
    KILN_TRY(dst, RawFile::open(archive, RawFile::Access::Append));
    QByteArray out;
    for (const QString &object : objects) {
        KILN_TRY(src, RawFile::open(object, RawFile::Access::ReadOnly));
        KILN_TRY(size, src.size());
        auto data = src.readAt(size + 1, 0);
        if (!data)
            return fail(
                QStringLiteral("copying %1 to %2: %3").arg(object, archive, data.error().message));
        if (data->size() < size)
            return fail(QStringLiteral("copying %1 to %2: unexpected EOF").arg(object, archive));
        if (data->size() > size)
            return fail(QStringLiteral("copying %1 to %2: file larger than size reported by stat")
                            .arg(object, archive));
        out += formatArchiveHeader(QFile::encodeName(QFileInfo(object).fileName()), size);
        out += *data;
        if (size & 1)
            out += '\0';
    }
    if (auto w = dst.write(out); !w)
        return w;
    return dst.close();
}

Result<QList<ArchiveMember>> listArchiveMembers(const QString &archive)
{
    KILN_TRY(f, RawFile::open(archive, RawFile::Access::ReadOnly));
    KILN_TRY(magic, f.readAt(8, 0));
    if (magic != "!<arch>\n")
        return fail(QStringLiteral("%1: not an archive").arg(archive));
    QList<ArchiveMember> members;
    qint64 off = 8;
    for (;;) {
        KILN_TRY(hdr, f.readAt(ArchiveHeaderSize, off));
        if (hdr.isEmpty())
            return members;
        bool ok = false;
        const qint64 size = hdr.mid(48, 10).trimmed().toLongLong(&ok);
        if (hdr.size() < ArchiveHeaderSize || !hdr.endsWith("`\n") || !ok || size < 0)
            return fail(
                QStringLiteral("%1: malformed archive header at offset %2").arg(archive).arg(off));
        QByteArray name = hdr.left(16);
        while (name.endsWith(' '))
            name.chop(1);
        members.append({name, off, off + ArchiveHeaderSize, size});
        off += ArchiveHeaderSize + size + (size & 1);
    }
}

} // namespace kiln::exec
