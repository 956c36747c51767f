// Argument lists in one string, as cmd/internal/quoted reads and writes them
// (CC, CGO_CFLAGS, GOFLAGS, … and the CGO_* values `go env` prints).
//   split:  fields separated by space, tab, \n or \r; a field may be wrapped in
//           '…' or "…" (nothing is unescaped inside); "unterminated ' string"
//           when a quote does not close.
//   join:   fields kept as-is unless they hold a space or a quote; then wrapped
//           in '…', or "…" when they hold a single quote; a field holding both
//           quote kinds cannot be joined.
#pragma once

#include "base/result.h"

#include <QStringList>

namespace kiln::goenv
{

Result<QStringList> splitQuoted(const QString &s);
Result<QString> joinQuoted(const QStringList &args);

} // namespace kiln::goenv
