// The few facts the build-ID code needs from executable formats, read the way
// go's debug/elf and debug/macho read them:
//   ELF     program headers (where the Go build-ID note lives) and a section
//           by name (.note.gnu.build-id, .go.buildid in gccgo's _buildid.o)
//   Mach-O  LC_UUID payload, LC_CODE_SIGNATURE blob, the __TEXT segment and
//           the __text section; ad-hoc code signing (cmd/internal/codesign)
// Parsers take a ByteSource so the same code reads files and memory. Layouts:
//   ELF header  e_ident[16] type u16 machine u16 version u32 entry phoff shoff
//               (u32 or u64 by class) flags u32 ehsize phentsize phnum
//               shentsize shnum shstrndx (u16 each)
//   Mach-O      magic cpu subcpu filetype ncmds sizeofcmds flags [reserved]
//               then ncmds × (cmd u32, cmdsize u32, payload)
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QtEndian>
#include <optional>

namespace kiln::exec
{

class RawFile;

// Random access to bytes: a file or a buffer.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Bytes copied to dst (fewer only at end of data), or -1 on a read error.
    virtual qint64 readAt(char *dst, qint64 len, qint64 off) const = 0;
    // True when all len bytes at off were read.
    bool readFull(char *dst, qint64 len, qint64 off) const { return readAt(dst, len, off) == len; }
};

class BufferSource : public ByteSource
{
public:
    explicit BufferSource(const QByteArray &data) : m_data(data) {}
    qint64 readAt(char *dst, qint64 len, qint64 off) const override;

private:
    const QByteArray &m_data;
};

class FileSource : public ByteSource
{
public:
    explicit FileSource(const RawFile &file) : m_file(file) {}
    qint64 readAt(char *dst, qint64 len, qint64 off) const override;

private:
    const RawFile &m_file;
};

// Reads integers in a file's byte order.
struct ByteOrder {
    bool big = false;
    template <typename T> T load(const char *p) const
    {
        return big ? qFromBigEndian<T>(p) : qFromLittleEndian<T>(p);
    }
    quint16 u16(const char *p) const { return load<quint16>(p); }
    quint32 u32(const char *p) const { return load<quint32>(p); }
    quint64 u64(const char *p) const { return load<quint64>(p); }
};

struct FileRange {
    qint64 offset = 0;
    qint64 size = 0;
};

// ---- ELF ----

struct ElfProgram {
    quint32 type = 0;
    quint64 offset = 0;
    quint64 fileSize = 0;
    quint64 align = 0;
};

struct ElfPrograms {
    bool bigEndian = false;
    QList<ElfProgram> programs;
};

inline constexpr quint32 ElfProgramNote = 4; // PT_NOTE

// elf.NewFile over data that holds the file's start, with the section table
// ignored (go's readELF zeroes shoff/shnum first). Errors: debug/elf's texts
// ("unknown ELF class 'ELFCLASSNONE' in record at byte 0x0", "EOF").
Result<ElfPrograms> parseElfPrograms(const QByteArray &data);

// The file range [sh_offset, sh_offset+size) of the first section named name,
// when the source is an ELF file debug/elf accepts and has that section.
std::optional<FileRange> findElfSection(const ByteSource &src, const QByteArray &name);

// ---- Mach-O ----

struct MachoSection {
    QByteArray name;
    QByteArray segment;
    quint64 size = 0;
    quint32 offset = 0;
};

struct MachoFile {
    bool bigEndian = false;
    bool is64 = false;
    quint32 fileType = 0;                   // 2 = MH_EXECUTE
    std::optional<FileRange> uuid;          // LC_UUID payload (after the 8-byte header)
    std::optional<FileRange> codeSignature; // LC_CODE_SIGNATURE dataoff/datasize
    std::optional<FileRange> textSegment;   // __TEXT fileoff/filesize
    QList<MachoSection> sections;

    const MachoSection *section(const QByteArray &name) const;
};

// Header and load commands of a Mach-O file (thin, either byte order).
// Errors: debug/macho's texts for the header and command-block checks.
// Unlike debug/macho it does not validate the symbol tables.
Result<MachoFile> parseMacho(const ByteSource &src);

// cmd/internal/codesign: size of an ad-hoc signature of codeSize bytes for
// identifier id, and the signature itself over data[0, codeSize). Empty when
// data cannot be read.
qint64 codeSignatureSize(qint64 codeSize, const QByteArray &id);
QByteArray adHocCodeSignature(const ByteSource &data, const QByteArray &id, qint64 codeSize,
                              qint64 textOffset, qint64 textSize, bool isMainExecutable);

} // namespace kiln::exec
