// <GOCACHE>/testexpire.txt: go clean -testcache's expiry mark, shared with go.
//
//   testexpire.txt = decimal Unix nanoseconds "\n"
//
// `go clean -testcache` deletes nothing: it writes the current time here
// (under flock, only if it is later than the value already there), and
// go test ignores every test-result entry put before it. A file without the
// final newline or with a bad number means "no expiry", as in go.
#pragma once

#include "base/result.h"

#include <QString>
#include <optional>

namespace kiln::test
{

// The expiry time in Unix ns, or nullopt (no file, empty, malformed).
std::optional<qint64> readTestExpire(const QString &cacheDir);

// go clean -testcache: raises the mark to nowNanos. Errors only when the
// cache directory exists but the file cannot be written (go's "go: %v").
Result<void> expireTestResults(const QString &cacheDir, qint64 nowNanos);

} // namespace kiln::test
