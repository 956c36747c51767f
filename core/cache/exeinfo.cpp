#include "cache/exeinfo.h"

#include <QList>

namespace kiln::cache
{

namespace
{

uint64_t le(const QByteArray &b, qsizetype at, int bytes)
{
    uint64_t x = 0;
    for (int i = bytes - 1; i >= 0; --i)
        x = x << 8 | uint8_t(b[at + i]);
    return x;
}

std::optional<QByteArray> uvarintString(const QByteArray &b, qsizetype &pos)
{
    uint64_t n = 0;
    for (int shift = 0;; shift += 7) {
        if (pos >= b.size() || shift > 63)
            return std::nullopt;
        const uint8_t c = uint8_t(b[pos++]);
        n |= uint64_t(c & 0x7f) << shift;
        if (c < 0x80)
            break;
    }
    if (n > uint64_t(b.size() - pos))
        return std::nullopt;
    const QByteArray s = b.mid(pos, qsizetype(n));
    pos += qsizetype(n);
    return s;
}

// The file offset of the section .go.buildinfo, or -1.
qint64 buildInfoOffset(const ByteSource &src, const QByteArray &eh)
{
    const uint64_t shoff = le(eh, 0x28, 8);
    const uint64_t entSize = le(eh, 0x3a, 2), count = le(eh, 0x3c, 2), strIndex = le(eh, 0x3e, 2);
    if (entSize < 64 || count == 0 || count > 4096 || strIndex >= count)
        return -1;
    const QByteArray sh = src.read(qint64(shoff), qint64(entSize * count));
    if (sh.size() != qsizetype(entSize * count))
        return -1;
    const qsizetype strHdr = qsizetype(strIndex * entSize);
    const uint64_t strOff = le(sh, strHdr + 24, 8), strSize = le(sh, strHdr + 32, 8);
    const QByteArray names = src.read(qint64(strOff), qint64(std::min<uint64_t>(strSize, 1 << 16)));
    for (uint64_t i = 0; i < count; ++i) {
        const qsizetype h = qsizetype(i * entSize);
        const uint64_t nameAt = le(sh, h, 4);
        if (nameAt < uint64_t(names.size()) &&
            QByteArrayView(names).sliced(qsizetype(nameAt)).startsWith(".go.buildinfo") &&
            (qsizetype(nameAt) + 13 == names.size() || names[qsizetype(nameAt) + 13] == '\0'))
            return qint64(le(sh, h + 24, 8));
    }
    return -1;
}

} // namespace

int elfType(const QByteArray &head)
{
    if (head.size() < 20 ||
        !head.startsWith("\x7f"
                         "ELF") ||
        head[5] != 1 /* little endian */)
        return 0;
    return int(le(head, 16, 2));
}

std::optional<ExeInfo> readExeInfo(const ByteSource &src)
{
    const QByteArray eh = src.read(0, 64);
    if (eh.size() < 64 || elfType(eh) == 0 || eh[4] != 2 /* 64-bit */)
        return std::nullopt;
    const qint64 at = buildInfoOffset(src, eh);
    if (at < 0)
        return std::nullopt;
    const QByteArray blob = src.read(at, 64 * 1024);
    if (!blob.startsWith("\xff Go buildinf:") || blob.size() < 32 || !(blob[15] & 2))
        return std::nullopt;
    qsizetype pos = 32;
    const auto version = uvarintString(blob, pos);
    auto mod = version ? uvarintString(blob, pos) : std::nullopt;
    if (!mod)
        return std::nullopt;
    if (mod->size() >= 33 && (*mod)[mod->size() - 17] == '\n')
        *mod = mod->mid(16, mod->size() - 32);
    ExeInfo info;
    info.goVersion = *version;
    for (const QByteArray &line : mod->split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() >= 2 && f[0] == "path")
            info.mainPath = f[1];
        else if (f.size() >= 2 && f[0] == "mod")
            info.module = f[1];
    }
    return info;
}

} // namespace kiln::cache
