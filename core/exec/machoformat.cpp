// Mach-O reading for build IDs (debug/macho's header and load-command checks,
// not its symbol tables) and ad-hoc signing as cmd/internal/codesign does it.
#include "exec/objformat.h"

#include "base/sha256.h"

#include <cstring>

namespace kiln::exec
{

namespace
{

constexpr quint32 LoadSegment = 0x1;
constexpr quint32 LoadSegment64 = 0x19;
constexpr quint32 LoadUuid = 0x1b;
constexpr quint32 LoadCodeSignature = 0x1d;

std::unexpected<Error> machoError(const QString &msg, qint64 off)
{
    return fail(QStringLiteral("%1 in record at byte 0x%2").arg(msg).arg(off, 0, 16));
}

QByteArray cString(const char *p, int max)
{
    int n = 0;
    while (n < max && p[n] != '\0')
        ++n;
    return QByteArray(p, n);
}

// One LC_SEGMENT(_64) command: the segment's file range and its sections.
Result<void> parseSegment(MachoFile &f, const ByteOrder &o, const QByteArray &cmd, bool is64,
                          qint64 at)
{
    const qint64 segSize = is64 ? 72 : 56, sectSize = is64 ? 80 : 68;
    if (cmd.size() < segSize)
        return fail(QStringLiteral("unexpected EOF"));
    const char *p = cmd.constData();
    const QByteArray name = cString(p + 8, 16);
    const quint64 offset = is64 ? o.u64(p + 40) : o.u32(p + 32);
    const quint64 filesz = is64 ? o.u64(p + 48) : o.u32(p + 36);
    const quint32 nsect = o.u32(p + (is64 ? 64 : 48));
    for (quint32 i = 0; i < nsect; ++i) {
        const qint64 s = segSize + qint64(i) * sectSize;
        if (s + sectSize > cmd.size())
            return fail(QStringLiteral("unexpected EOF"));
        MachoSection sect;
        sect.name = cString(p + s, 16);
        sect.segment = cString(p + s + 16, 16);
        sect.size = is64 ? o.u64(p + s + 40) : o.u32(p + s + 36);
        sect.offset = o.u32(p + s + (is64 ? 48 : 40));
        f.sections.append(sect);
    }
    if (qint64(offset) < 0)
        return machoError(QStringLiteral("invalid section offset '%1'").arg(offset), at);
    if (qint64(filesz) < 0)
        return machoError(QStringLiteral("invalid section file size '%1'").arg(filesz), at);
    if (name == "__TEXT" && !f.textSegment)
        f.textSegment = FileRange{qint64(offset), qint64(filesz)};
    return {};
}

} // namespace

const MachoSection *MachoFile::section(const QByteArray &name) const
{
    for (const MachoSection &s : sections)
        if (s.name == name)
            return &s;
    return nullptr;
}

Result<MachoFile> parseMacho(const ByteSource &src)
{
    char hdr[32];
    if (!src.readFull(hdr, 4, 0))
        return fail(QStringLiteral("EOF"));
    MachoFile f;
    const quint32 be = qFromBigEndian<quint32>(hdr), le = qFromLittleEndian<quint32>(hdr);
    quint32 magic = 0;
    if ((be & ~1u) == 0xfeedface) {
        f.bigEndian = true;
        magic = be;
    } else if ((le & ~1u) == 0xfeedface) {
        magic = le;
    } else {
        return machoError(QStringLiteral("invalid magic number"), 0);
    }
    f.is64 = magic == 0xfeedfacf;
    const ByteOrder o{f.bigEndian};
    if (!src.readFull(hdr, 28, 0))
        return fail(QStringLiteral("unexpected EOF"));
    f.fileType = o.u32(hdr + 12);
    const quint32 ncmd = o.u32(hdr + 16), cmdsz = o.u32(hdr + 20);
    qint64 offset = f.is64 ? 32 : 28;
    QByteArray cmds(cmdsz, Qt::Uninitialized);
    if (cmdsz > 0 && !src.readFull(cmds.data(), cmdsz, offset))
        return fail(QStringLiteral("EOF"));
    qint64 pos = 0;
    for (quint32 i = 0; i < ncmd; ++i) {
        if (cmds.size() - pos < 8)
            return machoError(QStringLiteral("command block too small"), offset);
        const quint32 cmd = o.u32(cmds.constData() + pos);
        const quint32 size = o.u32(cmds.constData() + pos + 4);
        if (size < 8 || size > cmds.size() - pos)
            return machoError(QStringLiteral("invalid command block size"), offset);
        const QByteArray data = cmds.sliced(pos, size);
        const qint64 fileOffset = (f.is64 ? 32 : 28) + pos;
        pos += size;
        offset += size;
        if (cmd == LoadSegment || cmd == LoadSegment64) {
            if (auto r = parseSegment(f, o, data, cmd == LoadSegment64, offset); !r)
                return std::unexpected(r.error());
        } else if (cmd == LoadUuid && !f.uuid) {
            f.uuid = FileRange{fileOffset + 8, qint64(size) - 8};
        } else if (cmd == LoadCodeSignature && !f.codeSignature && size >= 16) {
            f.codeSignature = FileRange{qint64(o.u32(data.constData() + 8)),
                                        qint64(o.u32(data.constData() + 12))};
        }
    }
    return f;
}

// Layout (all big-endian): SuperBlob {magic 0xfade0cc0, length, count=1},
// one BlobIndex {type=0 (CodeDirectory), offset=20}, CodeDirectory (88 bytes:
// magic 0xfade0c02, length, version 0x20400, flags 0x20002, hashOffset,
// identOffset, nSpecialSlots, nCodeSlots, codeLimit, hashSize 32, hashType 2,
// pad, pageSize 12, pad, scatterOffset, teamOffset, pad, codeLimit64,
// execSegBase, execSegLimit, execSegFlags), the identifier with its NUL, and
// one SHA-256 per 4 KiB page of data[0, codeSize).
constexpr qint64 PageSize = 4096;
constexpr qint64 SuperBlobSize = 12, BlobIndexSize = 8, CodeDirectorySize = 88;

qint64 codeSignatureSize(qint64 codeSize, const QByteArray &id)
{
    const qint64 pages = (codeSize + PageSize - 1) / PageSize;
    const qint64 hashOffset = CodeDirectorySize + id.size() + 1;
    return SuperBlobSize + BlobIndexSize + hashOffset + pages * 32;
}

QByteArray adHocCodeSignature(const ByteSource &data, const QByteArray &id, qint64 codeSize,
                              qint64 textOffset, qint64 textSize, bool isMainExecutable)
{
    const qint64 size = codeSignatureSize(codeSize, id);
    QByteArray out(size, '\0');
    char *p = out.data();
    auto put32 = [&p](quint32 v) {
        qToBigEndian(v, p);
        p += 4;
    };
    auto put64 = [&p](quint64 v) {
        qToBigEndian(v, p);
        p += 8;
    };
    const qint64 pages = (codeSize + PageSize - 1) / PageSize;
    put32(0xfade0cc0);
    put32(quint32(size));
    put32(1);
    put32(0);
    put32(quint32(SuperBlobSize + BlobIndexSize));
    put32(0xfade0c02);
    put32(quint32(size - SuperBlobSize - BlobIndexSize));
    put32(0x20400);
    put32(0x20002); // ad hoc | linker signed
    put32(quint32(CodeDirectorySize + id.size() + 1));
    put32(quint32(CodeDirectorySize));
    put32(0);
    put32(quint32(pages));
    put32(quint32(codeSize));
    *p++ = 32; // hash size
    *p++ = 2;  // SHA-256
    *p++ = 0;
    *p++ = 12; // log2(page size)
    put32(0);
    put32(0);
    put32(0);
    put32(0);
    put64(0);
    put64(quint64(textOffset));
    put64(quint64(textSize));
    put64(isMainExecutable ? 1 : 0);
    std::memcpy(p, id.constData(), size_t(id.size()));
    p += id.size() + 1;
    char page[PageSize];
    for (qint64 at = 0; at < codeSize; at += PageSize) {
        const qint64 n = std::min(PageSize, codeSize - at);
        if (!data.readFull(page, n, at))
            return {};
        const Digest d = sha256Of(QByteArray::fromRawData(page, n));
        std::memcpy(p, d.data(), d.size());
        p += d.size();
    }
    return out;
}

} // namespace kiln::exec
