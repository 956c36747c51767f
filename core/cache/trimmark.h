// <GOCACHE>/trim.txt, shared with go's DiskCache.Trim (cache.go):
//
//   trim.txt = decimal Unix seconds of the last trim, no newline
//
// go reads it, skips its trim when less than 24 h have passed (and the value
// is at most 1 h in the future), and otherwise rewrites it under flock
// (lockedfile.Transform) before removing anything. Kiln's prune writes it too
// when it has removed everything go's trim would (pruneexec.h), so go does
// not repeat the walk within the day; it never lowers a later value.
#pragma once

#include "base/result.h"

#include <QString>
#include <optional>

namespace kiln::cache
{

// The recorded time, or nullopt (no file, not a number).
std::optional<qint64> readTrimTime(const QString &cacheDir);

// Records a trim done at nowSecs under the same lock go takes. Errors: the
// file cannot be opened or written.
Result<void> recordTrim(const QString &cacheDir, qint64 nowSecs);

} // namespace kiln::cache
