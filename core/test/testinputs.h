// The test-inputs ID (cmd/go/internal/test computeTestInputsID): a hash of
// the current state of everything a test's log says it consulted, so a
// cached result is reused only while those inputs are unchanged.
//
//   testInputsID = NewHash("testInputs") over
//     "env GODEBUG " hex(hashGetenv("GODEBUG")) "\n"       always first
//     then per log entry, in order:
//       getenv N  →  "env " N " " hex(hashGetenv(N)) "\n"
//       chdir D   →  "chdir " D " " hex(hashStat(D)) "\n"; D becomes the working dir
//       stat F    →  "stat " F' " " hex(hashStat(F')) "\n"
//       open F    →  "open " F' " " hex(hashOpen(F')) "\n"
//     F' = F if absolute, else filepath.Join(working dir, F); stat/open lines
//     are written only when F' is inside Root (lexically, or after resolving
//     symbolic links of F' or of Root: search.InDir).
//
//   hashGetenv(N) = NewHash("getenv") over "\x00" (unset) | "\x01" value
//   hashStat(P)   = NewHash("stat") over statLine(os.Stat P) statLine(os.Lstat P)
//   hashOpen(P)   = NewHash("open") over statLine(os.Stat P), then
//                     directory: per entry (os.ReadDir order) "file " name " "
//                                statLine(entry's Lstat); a ReadDir error is one
//                                "err …\n" before the (then empty) entry list
//                     regular file: nothing (contents are not hashed), but an
//                                mtime less than 2 s before now fails the whole
//                                ID: "file used as input is too new"
//   statLine(x)   = gofileinfo.h's stat line, or "err " go's error text "\n"
//
// NewHash is cache::CacheHash (the salt first); every step prints go's
// GODEBUG=gocachehash=1 lines through TestCacheTraces::hash, and the failures
// print go's GODEBUG=gocachetest=1 lines through TestCacheTraces::test.
#pragma once

#include "base/sha256.h"
#include "cache/cachehash.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <expected>

namespace kiln::test
{

// Both receive whole lines with their "\n". Either may be null; both may be
// the same sink (go writes both to stderr, interleaved as Kiln emits them).
struct TestCacheTraces {
    const cache::HashTrace *hash = nullptr; // GODEBUG=gocachehash=1
    const cache::HashTrace *test = nullptr; // GODEBUG=gocachetest=1 ("testcache: …")
};

// What go reads from the test's package and from its own process.
struct TestInputsContext {
    QString importPath;      // names the package in "testcache: <importPath>: …" lines
    QString packageDir;      // Package.Dir: relative names start here
    QString root;            // Package.Root (module root, GOPATH entry, GOROOT/src)
    QProcessEnvironment env; // the go command's environment after its own setup
                             // (the process env plus `go env`'s values, MkEnv, and
                             // GIT_TERMINAL_PROMPT=0 / GCM_INTERACTIVE=never in
                             // module mode). Not the test binary's environment:
                             // "getenv PWD" (os.Getwd) hashes go's own $PWD. TZ
                             // here picks the zone mtimes print in.
    qint64 nowNanos = 0;     // Unix ns, for the 2 s rule
    QByteArray salt;         // cache::hashSalt(go version)
    TestCacheTraces traces;
};

// TestInputsContext::env as go has it once started: the process environment
// with each `go env` value that differs from getenv's set (go's main: an
// unset variable and an empty value are equal, so stay unset), and in module
// mode git's prompts turned off (modload.Init).
enum class GoModuleMode { Off, On };
QProcessEnvironment goCommandEnv(const QProcessEnvironment &process,
                                 const QProcessEnvironment &goEnv, GoModuleMode mode);

// "testcache: " text "\n" through traces.test.
void traceTestCache(const TestCacheTraces &traces, const QByteArray &text);
// "testcache: <importPath>: " text "\n".
void tracePackage(const TestInputsContext &ctx, const QByteArray &text);

Digest hashGetenv(const QByteArray &name, const TestInputsContext &ctx);
Digest hashStat(const QByteArray &path, const TestInputsContext &ctx);
// Error: "file used as input is too new" (errFileTooNew).
std::expected<Digest, QByteArray> hashOpen(const QByteArray &path, const TestInputsContext &ctx);

// search.InDir(path, root) != "" (with symbolic links resolved as go does).
bool pathInRoot(const QByteArray &path, const QByteArray &root);
// filepath.Join(dir, name) for byte paths: joined, then filepath.Clean'ed.
QByteArray joinCleanPath(const QByteArray &dir, const QByteArray &name);

// computeTestInputsID over a log's bytes (header optional, as go trims it).
// Errors (after the gocachetest line go prints for them):
//   "error parsing test inputs"       a malformed line ("input list malformed (%q)")
//   "file used as input is too new"   hashOpen's 2 s rule ("input file F: …")
std::expected<Digest, QByteArray> computeTestInputsID(const QByteArray &testLog,
                                                      const TestInputsContext &ctx);

} // namespace kiln::test
