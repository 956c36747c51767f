// Content IDs and build-ID rewriting (cmd/internal/buildid rewrite.go,
// cmd/go work/buildid.go updateBuildID, `go tool buildid -w`).
//
// A build ID's last '/'-separated part is the content ID: the hash of the
// file with every occurrence of the placeholder ID read as zero bytes, so it
// can be computed before the placeholder is replaced and recomputed from the
// final file. Also read as zero, because the linker derives them from the
// placeholder:
//   ELF      .note.gnu.build-id payload  [sh_offset+16, sh_offset+sh_size)
//   Mach-O   LC_UUID payload             [cmd offset+8, cmd offset+cmdsize)
//            the code signature          [dataoff, dataoff+datasize)
// The file is hashed in chunks of 31 KiB; a fringe of len(id) rounded up to
// 128 bytes is carried over so an ID across a chunk boundary is still found.
// Matches are exact, left to right, non-overlapping.
#pragma once

#include "base/result.h"
#include "base/sha256.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kiln::exec
{

struct IdScan {
    QList<qint64> matches; // file offsets of the occurrences of the ID
    Digest hash{};         // SHA-256 with the ID and the regions above zeroed
};

// go's FindAndHash. chunkSize 0 means go's 31 KiB; tests pass others.
// Errors: "buildid.FindAndHash: no id specified", "...: buffer too small"
// (ID longer than a chunk), file errors in go's words. Blocking file I/O.
Result<IdScan> findAndHash(const QString &file, const QByteArray &id, qint64 chunkSize = 0);

// go's Rewrite: writes newId at every match, then re-signs a Mach-O file
// whose ad-hoc signature has the size the Go linker gives it.
Result<void> rewriteBuildId(const QString &file, const QList<qint64> &matches,
                            const QByteArray &newId);

struct BuildIdUpdate {
    QByteArray buildId;        // the final ID: placeholder up to its last '/' + contentId
    QByteArray contentId;      // hashToString of the scan's hash
    qsizetype occurrences = 0; // 0: the file does not hold the placeholder
                               // (-ldflags=-buildid=...) and was not written
};

// The updateBuildID step after a compile or link that was given placeholder
// (A/A for a package, L/<main id>/L for a binary): hash, compute the final
// ID, write it over every occurrence. Errors: file errors; a placeholder
// without '/' or a final ID of another length (go's "internal error: build ID
// length mismatch"). Does not touch the cache (the caller stores the file).
Result<BuildIdUpdate> updateBuildId(const QString &file, const QByteArray &placeholder);

// `go tool buildid -w FILE`: the same with the ID currently in the file. On a
// file whose ID is already final, nothing changes. Errors: go tool buildid's
// texts ("F: build ID is a legacy format...binary too old for this tool").
Result<BuildIdUpdate> writeContentId(const QString &file);

} // namespace kiln::exec
