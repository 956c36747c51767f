// The flag allow-lists of cmd/go's work/security.go (Go 1.25), verbatim:
// compiler flags, linker flags (and the one invalid linker flag), pkg-config
// options, and the flags that may take the next argument. Private to
// cgoflags.cpp; patterns are unanchored, as go writes them (cgoflags.cpp
// requires the leftmost-first match to cover the whole flag).
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace kiln::exec::flaglists
{

using Patterns = QList<QRegularExpression>;

const Patterns &validCompilerFlags();
const QStringList &validCompilerFlagsWithNextArg();
const Patterns &invalidLinkerFlags();
const Patterns &validLinkerFlags();
const QStringList &validLinkerFlagsWithNextArg();
const Patterns &validPkgConfigFlags();

} // namespace kiln::exec::flaglists
