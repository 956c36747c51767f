// What a compiled package archive in GOCACHE says about itself, read from
// its first member (go's compiler writes it with -pack):
//
//   archive   = "!<arch>\n" pkgdef-hdr pkgdef-data ...
//   pkgdef-hdr= "__.PKGDEF" padded to 16, mtime[12] uid[6] gid[6] mode[8]
//               size[10] "`\n"                              ; 60 bytes
//   pkgdef    = "go object " goos " " goarch " " version [" " more] "\n"
//               [ "build id " %q(id) "\n" ] ... "\n$$B\n" "u" export-data
//
// export-data is the compiler's unified IR (internal/pkgbits): a uint32
// version (little endian), a uint32 flags word when version >= 1, ten uint32
// section ends, one uint32 end per element, then the elements. Elements start
// with their reference table (uvarint count, then uvarint section and index
// pairs) followed by uvarint values. The public root (section Meta, element 0)
// refers first to the package itself (section Pkg); that element's first
// value refers to its path (section String) — the path the compiler was given
// with -p ("main" for a command). Only the few elements on that path are
// read. Export data written with sync markers (compile -d=syncframes) is not
// decoded: the path is then unknown, with a reason.
//
// This reader lives in cache, not exec: exec depends on cache, and a scan of
// GOCACHE needs only these few fields (exec/buildid.h reads build IDs of any
// object format for builds).
#pragma once

#include "cache/bytesource.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kiln::cache
{

struct ArchiveInfo {
    QByteArray goos, goarch, goVersion; // from the "go object" line
    QByteArray buildID;                 // unquoted; "" when there is no build id line
    QByteArray packagePath;             // "" when the export data could not be read
    QString problem;                    // why packagePath is "" (else "")
};

// nullopt when src is not a Go package archive (no "!<arch>\n" whose first
// member is __.PKGDEF with a "go object" line). Reads a few kilobytes.
std::optional<ArchiveInfo> readArchiveInfo(const ByteSource &src);

} // namespace kiln::cache
