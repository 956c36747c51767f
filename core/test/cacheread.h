// Reads of GOCACHE with the errors go's cache package returns
// (cmd/go/internal/cache GetBytes, GetFile), because go test prints those
// errors verbatim in its GODEBUG=gocachetest=1 lines:
//   "cache entry not found: open <GOCACHE>/xx/<hex>-a: no such file or directory"
//   "cache entry not found: <reason>"   file is empty | too long | entry file
//        incomplete | invalid header | mismatched ID | bad checksum | file incomplete
//   "cache entry not found: stat <GOCACHE>/xx/<hex>-d: …"      (GetFile)
// Index entries are parsed by cache::DiskCache; its reasons are mapped to
// go's words, except hex and number defects, which keep Kiln's wording.
#pragma once

#include "cache/diskcache.h"

#include <QByteArray>
#include <QString>

namespace kiln::test
{

struct GoCacheRead {
    QByteArray data;    // GetBytes: the output bytes
    QString file;       // GetFile: the output file
    cache::Entry entry; // valid when error is empty
    QByteArray error;   // go's error text; empty on success
    bool ok() const { return error.isEmpty(); }
};

// GetBytes: the entry, then the output whose SHA-256 must be the output ID
// (a missing output reads as empty, as in go).
GoCacheRead goGetBytes(const cache::DiskCache &cache, const cache::ActionID &id);
// GetFile: the entry, then the output file, which must exist with its size.
GoCacheRead goGetFile(const cache::DiskCache &cache, const cache::ActionID &id);

} // namespace kiln::test
