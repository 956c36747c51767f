// The units of prune criteria as users type them (kiln-cli cache prune, the
// GUI's prune dialog):
//
//   duration = number unit { number unit }    ; "90m", "36h", "5d", "1d12h", "1.5h"
//   unit     = "s" | "m" | "h" | "d" | "w"    ; d = 24 h, w = 7 d
//   size     = number [ suffix ]              ; "500M", "2G", "1.5G", "4096"
//   suffix   = ("K" | "M" | "G" | "T") [ "B" | "iB" ] | "B"   ; powers of 1024
//   number   = digits [ "." digits ]
//
// Errors name the text and say what is expected.
#pragma once

#include "base/result.h"

#include <QString>

namespace kiln::cache
{

Result<qint64> parseDurationNs(const QString &text);
Result<qint64> parseSizeBytes(const QString &text);

} // namespace kiln::cache
