// Reading Go build IDs from files, as `go tool buildid FILE`
// (cmd/internal/buildid ReadFile) finds them:
//   Go archive   "!<arch>\n" whose first member is __.PKGDEF:
//                  !<arch>\n
//                  __.PKGDEF       0           0     0     644     <size>    `\n
//                  go object <goos> <goarch> <version> [<more fields>]\n
//                  build id "<id>"\n           (go-quoted)
//                only the first 1024 bytes are read. Any other "!<arch>" file
//                is read as a gccgo archive: the ELF section .go.buildid of
//                the member "_buildid.o/".
//   ELF          a PT_NOTE with name "Go\0\0" and type 4 (.note.go.buildid);
//                failing that a GNU build-ID note (type 3, gccgo's choice).
//   Mach-O, PE,  the raw form \xff Go build ID: "<id>"\n \xff at the start of
//   others       the text: searched in the first 32 KiB (Mach-O: else in the
//                first 32 KiB of the __text section).
// A file without an ID gives an empty ID, not an error, as go does.
// IDs are bytes (a GNU build ID is binary); Go's are ASCII.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kiln::exec
{

// The first lines of __.PKGDEF in a Go package archive.
struct PackageDefHeader {
    QByteArray objectLine; // "go object linux amd64 go1.25.12 GOAMD64=v1 X:..."
    QByteArray goos, goarch, goVersion;
    QByteArray objectRest; // fields after the version ("GOAMD64=v1 X:...")
    bool hasBuildId = false;
    QByteArray buildId; // unquoted
};

// Parses the start of a file as a Go package archive. nullopt when it is not
// one in go's sense (the caller then tries gccgo's layout): a line is
// missing, the magic or member name differs, or the ID does not unquote.
// A fourth line that is not `build id` gives hasBuildId = false.
std::optional<PackageDefHeader> parsePackageDefHeader(const QByteArray &head);

// The raw form's ID in data: empty when there is none; nullopt when the
// prefix is present but the quoted ID is unterminated or does not unquote.
std::optional<QByteArray> findRawBuildId(const QByteArray &data);

// What `go tool buildid FILE` prints (without its newline). Errors carry go's
// text: "open F: no such file or directory", "EOF" (file shorter than 8
// bytes), "read F: is a directory", "parse F: malformed object file",
// "unexpected EOF", or debug/elf's complaint as "parse F: ...".
// Blocking file I/O.
Result<QByteArray> readBuildId(const QString &file);

// buildid.go's actionID/contentID helpers: the text before the first '/',
// and after the last.
QByteArray actionIdPart(const QByteArray &buildId);
QByteArray contentIdPart(const QByteArray &buildId);

} // namespace kiln::exec
