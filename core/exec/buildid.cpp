#include "exec/buildid.h"

#include "base/goquote.h"
#include "exec/archive.h"
#include "exec/objformat.h"
#include "exec/rawfile.h"

namespace kiln::exec
{

namespace
{

constexpr qint64 BinaryReadSize = 32 * 1024; // buildid.go readSize
const QByteArray RawPrefix = QByteArrayLiteral("\xff Go build ID: \"");
const QByteArray RawEnd = QByteArrayLiteral("\"\n \xff");

std::unexpected<Error> malformed(const QString &file)
{
    return fail(QStringLiteral("parse %1: malformed object file").arg(file));
}

// go's readGccgoArchive: the build ID is the .go.buildid section of the ELF
// member "_buildid.o/"; running off the end of the members means no ID.
Result<QByteArray> readGccgoArchive(const QString &name, const RawFile &f)
{
    qint64 off = 8;
    for (;;) {
        KILN_TRY(hdr, f.readAt(ArchiveHeaderSize, off));
        if (hdr.isEmpty())
            return QByteArray();
        if (hdr.size() < ArchiveHeaderSize)
            return fail(QStringLiteral("unexpected EOF"));
        off += ArchiveHeaderSize;
        const std::optional<qint64> size = parseGoInt(hdr.mid(48, 10).trimmed());
        if (!size || *size < 0) // go would seek backwards (or loop) on a negative size
            return malformed(name);
        if (hdr.left(16).trimmed() == "_buildid.o/") {
            if (*size > (qint64(1) << 30))
                return malformed(name);
            KILN_TRY(member, f.readAt(*size, off));
            const BufferSource src(member);
            const std::optional<FileRange> s =
                findElfSection(src, QByteArrayLiteral(".go.buildid"));
            if (!s)
                return malformed(name);
            QByteArray data(s->size, Qt::Uninitialized);
            if (!src.readFull(data.data(), s->size, s->offset))
                return malformed(name);
            return data;
        }
        off += *size;
        if (off & 1)
            ++off;
    }
}

// go's readELF: walk the notes of every PT_NOTE program, taking the note
// bytes from the first 32 KiB when they lie inside it and from the file
// otherwise.
Result<QByteArray> readElf(const QString &name, const RawFile &f, QByteArray data)
{
    // Zero shoff and shnum so that only the program headers are parsed.
    if (data[4] == 1) {
        std::fill(data.begin() + 32, data.begin() + 36, '\0');
        data[48] = data[49] = '\0';
    } else if (data[4] == 2) {
        std::fill(data.begin() + 40, data.begin() + 48, '\0');
        data[60] = data[61] = '\0';
    }
    auto elf = parseElfPrograms(data);
    if (!elf)
        return fail(QStringLiteral("parse %1: %2").arg(name, elf.error().message));
    const ByteOrder o{elf->bigEndian};
    QByteArray gnu;
    for (const ElfProgram &p : elf->programs) {
        if (p.type != ElfProgramNote || p.fileSize < 16)
            continue;
        QByteArray note;
        if (p.offset + p.fileSize < quint64(data.size())) {
            note = data.mid(qint64(p.offset), qint64(p.fileSize));
        } else {
            KILN_TRY(size, f.size());
            const qint64 want = qint64(std::min<quint64>(p.fileSize, quint64(size) + 1));
            KILN_TRY(got, f.readAt(want, qint64(p.offset)));
            if (got.isEmpty())
                return fail(QStringLiteral("EOF"));
            if (quint64(got.size()) < p.fileSize)
                return fail(QStringLiteral("unexpected EOF"));
            note = got;
        }
        quint64 filesz = p.fileSize, off = p.offset;
        qint64 at = 0;
        while (filesz >= 16 && at + 16 <= note.size()) {
            const char *n = note.constData() + at;
            const quint64 left = quint64(note.size() - at);
            const quint32 nameSize = o.u32(n), valSize = o.u32(n + 4), tag = o.u32(n + 8);
            const QByteArray noteName(n + 12, 4);
            const bool fits = nameSize == 4 && 16 + quint64(valSize) <= left;
            if (fits && tag == 4 && noteName == QByteArrayLiteral("Go\0\0"))
                return QByteArray(n + 16, valSize);
            if (fits && tag == 3 && noteName == QByteArrayLiteral("GNU\0"))
                gnu = QByteArray(n + 16, valSize);
            quint64 size = quint32(12 + ((nameSize + 3) & ~3u) + ((valSize + 3) & ~3u));
            if (filesz <= size || size == 0) // size 0 (wrapped) would loop forever in go
                break;
            off += size;
            if (p.align != 0) {
                const quint64 aligned = (off + p.align - 1) & ~(p.align - 1);
                size += aligned - off;
                off = aligned;
            }
            if (size > left)
                break; // go would slice out of range here
            filesz -= size;
            at += qint64(size);
        }
    }
    return gnu;
}

Result<QByteArray> rawOrMalformed(const QString &name, const QByteArray &data)
{
    const std::optional<QByteArray> id = findRawBuildId(data);
    if (!id)
        return malformed(name);
    return *id;
}

// go's readMacho: the raw form in the first 32 KiB, else in the __text section.
Result<QByteArray> readMacho(const QString &name, const RawFile &f, const QByteArray &data)
{
    if (const std::optional<QByteArray> id = findRawBuildId(data); id && !id->isEmpty())
        return *id;
    auto macho = parseMacho(FileSource(f));
    if (!macho)
        return fail(QStringLiteral("parse %1: %2").arg(name, macho.error().message));
    const MachoSection *text = macho->section(QByteArrayLiteral("__text"));
    if (!text)
        return fail(QStringLiteral("parse %1: cannot find __text section").arg(name));
    const qint64 n = qint64(std::min<quint64>(text->size, BinaryReadSize));
    KILN_TRY(buf, f.readAt(n, text->offset));
    if (buf.size() < n)
        return fail(QStringLiteral("EOF"));
    return rawOrMalformed(name, buf);
}

bool isMachoMagic(const QByteArray &data)
{
    static const char *const magics[] = {"\xfe\xed\xfa\xce", "\xfe\xed\xfa\xcf", "\xce\xfa\xed\xfe",
                                         "\xcf\xfa\xed\xfe"};
    for (const char *m : magics)
        if (data.startsWith(QByteArray::fromRawData(m, 4)))
            return true;
    return false;
}

} // namespace

std::optional<PackageDefHeader> parsePackageDefHeader(const QByteArray &head)
{
    PackageDefHeader h;
    qsizetype pos = 0;
    for (int i = 0; i < 4; ++i) {
        const qsizetype nl = head.indexOf('\n', pos);
        if (nl < 0)
            return std::nullopt;
        const QByteArray line = head.sliced(pos, nl - pos);
        pos = nl + 1;
        if (i == 0 && line != "!<arch>")
            return std::nullopt;
        if (i == 1 && !line.startsWith("__.PKGDEF"))
            return std::nullopt;
        if (i == 2) {
            if (!line.startsWith("go object "))
                return std::nullopt;
            h.objectLine = line;
            const QList<QByteArray> f = line.mid(10).split(' ');
            h.goos = f.value(0);
            h.goarch = f.value(1);
            h.goVersion = f.value(2);
            h.objectRest = f.size() > 3 ? line.mid(10 + f[0].size() + f[1].size() + f[2].size() + 3)
                                        : QByteArray();
        }
        if (i == 3 && line.startsWith("build id ")) {
            const std::optional<QByteArray> id = goUnquote(line.mid(9));
            if (!id)
                return std::nullopt;
            h.hasBuildId = true;
            h.buildId = *id;
        }
    }
    return h;
}

std::optional<QByteArray> findRawBuildId(const QByteArray &data)
{
    const qsizetype i = data.indexOf(RawPrefix);
    if (i < 0)
        return QByteArray();
    const qsizetype start = i + RawPrefix.size();
    const qsizetype j = data.indexOf(RawEnd, start);
    if (j < 0)
        return std::nullopt;
    return goUnquote(data.sliced(start - 1, j - start + 2));
}

Result<QByteArray> readBuildId(const QString &file)
{
    KILN_TRY(f, RawFile::open(file, RawFile::Access::ReadOnly));
    KILN_TRY(magic, f.readAt(8, 0));
    if (magic.size() < 8)
        return fail(QStringLiteral("EOF"));
    if (magic == "!<arch>\n") {
        KILN_TRY(head, f.readAt(1024, 0));
        if (const std::optional<PackageDefHeader> h = parsePackageDefHeader(head))
            return h->buildId;
        return readGccgoArchive(file, f);
    }
    if (magic == "<bigaf>\n") // AIX big archives (gccgo on aix) are not read
        return malformed(file);
    KILN_TRY(data, f.readAt(BinaryReadSize, 0));
    data.resize(BinaryReadSize, '\0'); // go reads into a zeroed 32 KiB buffer
    if (data.startsWith("\x7f"
                        "ELF"))
        return readElf(file, f, data);
    if (isMachoMagic(data))
        return readMacho(file, f, data);
    return rawOrMalformed(file, data);
}

QByteArray actionIdPart(const QByteArray &buildId)
{
    const qsizetype i = buildId.indexOf('/');
    return i < 0 ? buildId : buildId.left(i);
}

QByteArray contentIdPart(const QByteArray &buildId)
{
    return buildId.mid(buildId.lastIndexOf('/') + 1);
}

} // namespace kiln::exec
