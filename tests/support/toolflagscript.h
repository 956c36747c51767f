// Which flags go's tools got per package, read from the script `go build -n`
// (or -x) prints on stderr, for oracle tests of per-package flags.
//
//   banner  = "#" LF "# " importpath LF "#" LF    starts a package's commands
//   compile = …/compile -o O -trimpath T -p P … -buildid B [-dwarf=false]
//             [-goversion V] [-coveragecfg=C] [-pgoprofile=P] [-symabis S]
//             [-c=N] <gcflags> (-nolocalimports | -D X) …
//   asm     = …/asm … -D GOOS_x -D GOARCH_amd64 <asmflags> -D GOAMD64_v1 …
//   link    = …/link … -buildid=B <ldflags> [-extld=X] $WORK/bNNN/_pkg_.a
// Heredocs (importcfg, embedcfg) are skipped; one ends at a line ending in
// EOF (go writes embedcfg without a final newline: "}EOF"). A link's main package is the
// first packagefile of its importcfg.link (a link whose main package comes
// from the cache has no banner). Words are split on spaces with "…" and '…'
// quoting (no escapes), so flags used in tests must not need escapes.
// amd64 only (the asm flags are found between GOARCH_amd64 and GOAMD64_).
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace kiln::test
{

struct ToolFlagScript {
    QMap<QString, QStringList> gc, asmflags, ld; // import path -> the flags
    QStringList compiled;                        // packages compiled, in script order
    QStringList linked;                          // main packages linked, in script order
};

ToolFlagScript parseToolFlagScript(const QString &script);

} // namespace kiln::test
