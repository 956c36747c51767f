// What cmd/go asks the C compiler before it uses it, with go's memos and
// GOCACHE entries (work/buildid.go gccToolID, work/exec.go gccCompilerID,
// gccSupportsFlag):
//
//   toolId(name, lang)   `name -### -x lang -c -` (LC_ALL=C, go's env, cwd):
//                        the first line with a field "version" followed by a
//                        field starting with a digit (a line's scan stops at a
//                        field ending in ':'); a release's ID is that line, an
//                        "experimental" compiler's the build ID or hash of the
//                        compiler proper. Errors are go's text:
//                        "<name>: <exec error>; output: %q" (not memoised).
//   compilerId(cc)       GOCACHE key  = NewHash("gccCompilerID") ‖ `gccCompilerID %q`(LookPath(cc))
//                        compiler ID  = the same hash continued with
//                                       `gccCompilerID %q %q\n`([exe exe2], toolId)
//                        entry payload = (exe NUL statString NUL)… ‖ 32 ID bytes,
//                        statString = "stat <size> <go mode %x> <mtime, Go's Time.String>
//                        <isdir>\n" (go's validation of the payload never passes — the trailing NUL
//                        makes the field count odd — so go, and Kiln, recompute and Put it on every
//                        first use)
//   supportsFlag(cc, f)  GOCACHE Subkey(compilerId, "gccSupportsFlag "+f) = "true"/"false";
//                        on a miss runs `cc f $CGO_CFLAGS -c -x c - -o /dev/null`
//                        (for -Wl, flags $CGO_LDFLAGS and no -c) in $WORK with
//                        LC_ALL=C; unsupported when the output says
//                        unrecognized/unknown/unrecognised/is not supported/
//                        not recognized/unsupported. Echoed "… || true" under -x
//                        (misses only) and -n (always; -n answers false).
//
// Thread-safe: one probe serves every action of a build, as go's Builder
// memos do; concurrent askers wait for a running compiler-ID or flag probe.
#pragma once

#include "base/sha256.h"
#include "cache/cachehash.h"
#include "cache/diskcache.h"
#include "exec/buildconfig.h"
#include "exec/shell.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::exec
{

// What a probe may use of the running build.
struct ProbeScope {
    const BuildConfig &config;
    Shell &shell;
    cache::DiskCache *cache = nullptr; // nullptr: no GOCACHE
    const cache::HashTrace *trace = nullptr;
};

struct CcToolId {
    QString id;    // "" on error
    QString exe;   // the compiler proper, for experimental compilers only
    QString error; // go's error text
};

class CCompilerProbe
{
public:
    CcToolId toolId(const BuildConfig &config, const QString &name, const QString &language);
    std::optional<Digest> compilerId(const ProbeScope &scope, const QString &compiler);
    bool supportsFlag(const ProbeScope &scope, const QStringList &compiler, const QString &flag);

private:
    QMutex m_idMutex;   // go's b.id: guards m_toolIds
    QMutex m_execMutex; // go's b.exec: held while probing
    QHash<QString, CcToolId> m_toolIds;
    QHash<QString, Digest> m_compilerIds;
    QHash<QString, bool> m_flags; // compiler[0] + NUL + flag
};

// exec.LookPath's failure for name on env's $PATH as go prints it
// ('exec: "cc": executable file not found in $PATH'); "" when found, and
// then *path (if given) is the program's path.
QString lookPathError(const QString &name, const QProcessEnvironment &env, QString *path = nullptr);

// go's statString for a file (os.Stat); "" when it cannot be stat'ed.
QString goStatString(const QString &file);

} // namespace kiln::exec
