// Unix ar archives as go's internal pack writes them (cmd/go work/gc.go
// packInternal, `go tool pack r ARCHIVE OBJS # internal` in -x output):
//   archive = "!<arch>\n" { member }
//   member  = header data [ "\0" when the size is odd ]
//   header  = name[16] mtime[12] uid[6] gid[6] mode[8] size[10] "`\n"
//             every field left-aligned and space-padded; mtime, uid, gid 0,
//             mode 644 (octal text), size in decimal; the name is the
//             object's base name cut or padded to 16 bytes
// The compiler writes the archive with __.PKGDEF and _go_.o (compile -pack);
// pack appends the objects of asm, C and cgo compiles and .syso files, in
// that order, in one step after compile.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace kiln::exec
{

inline constexpr qint64 ArchiveHeaderSize = 60;

// One member header exactly as pack writes it (60 bytes while the size has
// at most 10 digits; a longer size widens the field, as go's %-10d does).
QByteArray formatArchiveHeader(const QByteArray &name, qint64 size);

// Appends each object, in order, to an existing archive. Every object is read
// before anything is written, so a failure leaves the archive unchanged.
// Errors: go's texts ("open F: no such file or directory", "copying O to A:
// unexpected EOF"). Blocking file I/O.
Result<void> appendToArchive(const QString &archive, const QStringList &objects);

struct ArchiveMember {
    QByteArray name; // header name with its padding removed
    qint64 headerOffset = 0;
    qint64 dataOffset = 0;
    qint64 size = 0;
};

// The members of an ar archive. Errors: not an archive, or a header that is
// cut short or has a size that is not a decimal number.
Result<QList<ArchiveMember>> listArchiveMembers(const QString &archive);

// strconv.ParseInt(s, 0, 64): optional sign, then 0x/0o/0b or a leading 0
// (octal), underscores only between digits after a prefix.
std::optional<qint64> parseGoInt(const QByteArray &s);

} // namespace kiln::exec
