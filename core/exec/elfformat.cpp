// ELF reading for build IDs, following debug/elf.NewFile's checks in order so
// that a file go rejects is rejected here too, with go's error text.
#include "exec/objformat.h"
#include "exec/rawfile.h"

#include <cstring>

namespace kiln::exec
{

qint64 BufferSource::readAt(char *dst, qint64 len, qint64 off) const
{
    if (off < 0 || off >= m_data.size() || len <= 0)
        return 0;
    const qint64 n = std::min(len, m_data.size() - off);
    std::memcpy(dst, m_data.constData() + off, size_t(n));
    return n;
}

qint64 FileSource::readAt(char *dst, qint64 len, qint64 off) const
{
    if (off < 0)
        return -1;
    auto n = m_file.readAt(dst, len, off);
    return n ? *n : -1;
}

namespace
{

constexpr quint32 ElfSectionStrtab = 3;
constexpr quint64 ElfSectionCompressed = 0x800;

struct ElfHeader {
    ByteOrder order;
    bool is64 = false;
    qint64 phoff = 0;
    qint64 shoff = 0;
    int phentsize = 0, phnum = 0, shentsize = 0, shnum = 0, shstrndx = 0;
};

// debug/elf's stringName for the small enumerations in its errors.
QString enumName(quint32 v, std::initializer_list<const char *> names)
{
    const quint32 count = quint32(names.size());
    if (v < count)
        return QLatin1String(names.begin()[v]);
    return QStringLiteral("%1+%2").arg(QLatin1String(names.begin()[count - 1])).arg(v - count + 1);
}

std::unexpected<Error> formatError(const QString &msg, const QString &val, qint64 off)
{
    QString text = msg;
    if (!val.isNull())
        text += QStringLiteral(" '%1' ").arg(val); // debug/elf adds no space without a value
    return fail(text + QStringLiteral("in record at byte 0x%1").arg(off, 0, 16));
}

Result<ElfHeader> parseHeader(const ByteSource &src)
{
    char ident[16];
    if (!src.readFull(ident, 16, 0))
        return fail(QStringLiteral("EOF"));
    if (std::memcmp(ident,
                    "\x7f"
                    "ELF",
                    4) != 0)
        return formatError(QStringLiteral("bad magic number"),
                           QStringLiteral("[%1 %2 %3 %4]")
                               .arg(uchar(ident[0]))
                               .arg(uchar(ident[1]))
                               .arg(uchar(ident[2]))
                               .arg(uchar(ident[3])),
                           0);
    ElfHeader h;
    const uchar cls = uchar(ident[4]), data = uchar(ident[5]), version = uchar(ident[6]);
    if (cls != 1 && cls != 2)
        return formatError(QStringLiteral("unknown ELF class"),
                           enumName(cls, {"ELFCLASSNONE", "ELFCLASS32", "ELFCLASS64"}), 0);
    if (data != 1 && data != 2)
        return formatError(QStringLiteral("unknown ELF data encoding"),
                           enumName(data, {"ELFDATANONE", "ELFDATA2LSB", "ELFDATA2MSB"}), 0);
    if (version != 1)
        return formatError(QStringLiteral("unknown ELF version"),
                           enumName(version, {"EV_NONE", "EV_CURRENT"}), 0);
    h.is64 = cls == 2;
    h.order.big = data == 2;
    char hdr[64];
    const qint64 hdrSize = h.is64 ? 64 : 52;
    if (!src.readFull(hdr, hdrSize, 0))
        return fail(QStringLiteral("EOF"));
    const ByteOrder &o = h.order;
    if (const quint32 v = o.u32(hdr + 20); v != 1)
        return formatError(QStringLiteral("mismatched ELF version"),
                           enumName(v, {"EV_NONE", "EV_CURRENT"}), 0);
    if (h.is64) {
        h.phoff = qint64(o.u64(hdr + 32));
        h.shoff = qint64(o.u64(hdr + 40));
        h.phentsize = o.u16(hdr + 54);
        h.phnum = o.u16(hdr + 56);
        h.shentsize = o.u16(hdr + 58);
        h.shnum = o.u16(hdr + 60);
        h.shstrndx = o.u16(hdr + 62);
    } else {
        h.phoff = o.u32(hdr + 28);
        h.shoff = o.u32(hdr + 32);
        h.phentsize = o.u16(hdr + 42);
        h.phnum = o.u16(hdr + 44);
        h.shentsize = o.u16(hdr + 46);
        h.shnum = o.u16(hdr + 48);
        h.shstrndx = o.u16(hdr + 50);
    }
    if (h.shoff < 0)
        return formatError(QStringLiteral("invalid shoff"), QString::number(h.shoff), 0);
    if (h.phoff < 0)
        return formatError(QStringLiteral("invalid phoff"), QString::number(h.phoff), 0);
    if (h.shoff == 0 && h.shnum != 0)
        return formatError(QStringLiteral("invalid ELF shnum for shoff=0"),
                           QString::number(h.shnum), 0);
    if (h.shnum > 0 && h.shstrndx >= h.shnum)
        return formatError(QStringLiteral("invalid ELF shstrndx"), QString::number(h.shstrndx), 0);
    if (h.phnum > 0 && h.phentsize < (h.is64 ? 56 : 32))
        return formatError(QStringLiteral("invalid ELF phentsize"), QString::number(h.phentsize),
                           0);
    return h;
}

Result<QList<ElfProgram>> parsePrograms(const ByteSource &src, const ElfHeader &h)
{
    const qint64 size = qint64(h.phnum) * h.phentsize;
    QByteArray table(size, Qt::Uninitialized);
    if (size > 0 && !src.readFull(table.data(), size, h.phoff))
        return fail(QStringLiteral("EOF"));
    QList<ElfProgram> progs;
    const ByteOrder &o = h.order;
    for (int i = 0; i < h.phnum; ++i) {
        const char *p = table.constData() + qint64(i) * h.phentsize;
        ElfProgram prog;
        prog.type = o.u32(p);
        if (h.is64) {
            prog.offset = o.u64(p + 8);
            prog.fileSize = o.u64(p + 32);
            prog.align = o.u64(p + 48);
        } else {
            prog.offset = o.u32(p + 4);
            prog.fileSize = o.u32(p + 16);
            prog.align = o.u32(p + 28);
        }
        const qint64 at = h.phoff + qint64(i) * h.phentsize;
        if (qint64(prog.offset) < 0)
            return formatError(QStringLiteral("invalid program header offset"),
                               QString::number(prog.offset), at);
        if (qint64(prog.fileSize) < 0)
            return formatError(QStringLiteral("invalid program header file size"),
                               QString::number(prog.fileSize), at);
        progs.append(prog);
    }
    return progs;
}

struct ElfSection {
    quint32 nameIndex = 0;
    quint32 type = 0;
    quint64 offset = 0;
    quint64 size = 0;
};

std::optional<QList<ElfSection>> parseSections(const ByteSource &src, ElfHeader &h)
{
    const ByteOrder &o = h.order;
    if (h.shoff > 0 && h.shnum == 0) {
        // More than 0xff00 sections: the count and the name-table index live in
        // section 0's sh_size and sh_link.
        char s0[64];
        if (!src.readFull(s0, h.is64 ? 64 : 40, h.shoff))
            return std::nullopt;
        const quint32 type = o.u32(s0 + 4);
        const quint64 count = h.is64 ? o.u64(s0 + 32) : o.u32(s0 + 20);
        const quint32 link = o.u32(s0 + (h.is64 ? 40 : 24));
        if (type != 0 || count < 0xff00 || count > 0x7fffffff)
            return std::nullopt;
        h.shnum = int(count);
        if (h.shstrndx == 0xffff) {
            h.shstrndx = int(link);
            if (link < 0xff00)
                return std::nullopt;
        }
        if (h.shstrndx >= h.shnum)
            return std::nullopt; // debug/elf would index out of range
    }
    if (h.shnum > 0 && h.shentsize < (h.is64 ? 64 : 40))
        return std::nullopt;
    const qint64 size = qint64(h.shnum) * h.shentsize;
    QByteArray table(size, Qt::Uninitialized);
    if (size > 0 && !src.readFull(table.data(), size, h.shoff))
        return std::nullopt;
    QList<ElfSection> sections;
    for (int i = 0; i < h.shnum; ++i) {
        const char *p = table.constData() + qint64(i) * h.shentsize;
        ElfSection s;
        s.nameIndex = o.u32(p);
        s.type = o.u32(p + 4);
        const quint64 flags = h.is64 ? o.u64(p + 8) : o.u32(p + 8);
        s.offset = h.is64 ? o.u64(p + 24) : o.u32(p + 16);
        s.size = h.is64 ? o.u64(p + 32) : o.u32(p + 20);
        if (qint64(s.offset) < 0 || qint64(s.size) < 0)
            return std::nullopt;
        if (flags & ElfSectionCompressed) {
            // The uncompressed size comes from the compression header.
            char ch[24];
            const qint64 chSize = h.is64 ? 24 : 12;
            if (s.size < quint64(chSize) || !src.readFull(ch, chSize, qint64(s.offset)))
                return std::nullopt;
            s.size = h.is64 ? o.u64(ch + 8) : o.u32(ch + 4);
        }
        sections.append(s);
    }
    return sections;
}

} // namespace

Result<ElfPrograms> parseElfPrograms(const QByteArray &data)
{
    BufferSource src(data);
    KILN_TRY(h, parseHeader(src));
    KILN_TRY(progs, parsePrograms(src, h));
    return ElfPrograms{h.order.big, progs};
}

std::optional<FileRange> findElfSection(const ByteSource &src, const QByteArray &name)
{
    auto h = parseHeader(src);
    if (!h || !parsePrograms(src, *h))
        return std::nullopt;
    auto sections = parseSections(src, *h);
    if (!sections || sections->isEmpty() || h->shstrndx == 0)
        return std::nullopt;
    const ElfSection &strtab = (*sections)[h->shstrndx];
    if (strtab.type != ElfSectionStrtab || strtab.size > quint64(1) << 30)
        return std::nullopt;
    QByteArray names(qint64(strtab.size), Qt::Uninitialized);
    if (!src.readFull(names.data(), names.size(), qint64(strtab.offset)))
        return std::nullopt;
    std::optional<FileRange> found;
    for (const ElfSection &s : *sections) {
        // debug/elf rejects the file when any name is not a terminated string.
        if (s.nameIndex >= quint64(names.size()))
            return std::nullopt;
        const qsizetype end = names.indexOf('\0', s.nameIndex);
        if (end < 0)
            return std::nullopt;
        if (!found && names.sliced(s.nameIndex, end - s.nameIndex) == name)
            found = FileRange{qint64(s.offset), qint64(s.size)};
    }
    return found;
}

} // namespace kiln::exec
