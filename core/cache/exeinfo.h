// What a Go executable in GOCACHE (go run / go tool, Go 1.24+) says about
// itself: its go:buildinfo blob (debug/buildinfo), found in the ELF section
// .go.buildinfo of a 64-bit little-endian ELF file:
//
//   blob    = "\xff Go buildinf:" ptrsize[1] flags[1] pad to 32 bytes
//             uvarint(len) version uvarint(len) modinfo     ; flags & 2 (Go 1.18+)
//   modinfo = 16-byte sentinel lines 16-byte sentinel
//   lines   = "path\t" main-package-path "\n" [ "mod\t" module "\t" version ... "\n" ] ...
//
// Other object formats and older blobs give nullopt: the entry is still an
// executable, just without names.
#pragma once

#include "cache/bytesource.h"

#include <QByteArray>
#include <optional>

namespace kiln::cache
{

struct ExeInfo {
    QByteArray goVersion; // runtime.buildVersion ("go1.25.12")
    QByteArray mainPath;  // the main package's import path ("command-line-arguments" for files)
    QByteArray module;    // the main module's path, "" when none
};

std::optional<ExeInfo> readExeInfo(const ByteSource &src);

// e_type of a 64- or 32-bit ELF header at the start of head (1 relocatable,
// 2 executable, 3 shared object); 0 when head is not ELF.
int elfType(const QByteArray &head);

} // namespace kiln::cache
