// go test's result-cache keys and decisions (cmd/go/internal/test
// tryCacheWithID, testAndInputKey, coverProfileAndInputKey, the "(cached)"
// rewrite), all pure.
//
// Eligibility, checked in this order, each with go's GODEBUG=gocachetest=1 line:
//   go test without package arguments  "testcache: caching disabled in local directory mode"
//   Package.Root == ""                 "testcache: caching disabled for package outside of
//                                       module root, GOPATH, or GOROOT: <importPath>"
//   each of go's final test-binary args (testFlags' testArgs: "-test.name=value",
//   in order) must have "=" and the "-test." prefix, and name one of
//     hashed:      -test.benchtime -test.cpu -test.list -test.parallel -test.run
//                  -test.short -test.skip -test.timeout -test.failfast -test.v
//                  -test.fullpath
//     not hashed:  -test.coverprofile -test.outputdir
//   else           "testcache: caching disabled for test argument: <arg>"
//   (so -count=1, -bench, -benchmem, -shuffle, positional args and -args
//   values all disable caching). go prints the line at each lookup attempt:
//   twice for a run that links (before the link with id1, after it with id2).
//
// Keys:
//   testID          = NewHash("testResult") over
//                     "test binary " binaryID " args " %q(hashedArgs) " execcmd " %q(execCmd)
//                     (no trailing newline; %q of a list is ["a" "b"], [] when empty)
//                     binaryID: id1 = the link action ID, id2 = the test binary's
//                     content ID (both 20-character HashToString forms)
//   testAndInputKey = Subkey(testID, "inputs:" hex(testInputsID))
//   coverKey        = Subkey(covMeta ≠ 0 ? Subkey(testAndInputKey, "coverdeps:" hex(covMeta))
//                                        : testAndInputKey, "coverprofile")
//   covMeta         = NewHash("covermeta") over "dep " actionID "\n" per dependency
//                     of the "write coverage meta-data file" action (-coverpkg)
#pragma once

#include "base/sha256.h"
#include "cache/cachehash.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace kiln::test
{

// Whether `go test` was given package arguments ("go test ." counts).
enum class TestPackageArgs { None, Given };

struct TestCacheVerdict {
    bool cacheable = false;
    QStringList hashedArgs;   // the args that enter the test ID, in order
    QByteArray disabledTrace; // when not cacheable: go's whole "testcache: …\n" line
};

// Only the argument check (the last step above).
TestCacheVerdict classifyTestArgs(const QStringList &testArgs);
// All three checks in go's order. Callers that get cacheable == false run the
// test without -test.testlogfile and never look up or save.
TestCacheVerdict testCacheVerdict(TestPackageArgs packageArgs, const QString &importPath,
                                  const QString &root, const QStringList &testArgs);

// The testResult preimage (the one write after the salt).
QByteArray testIDPreimage(const QString &binaryID, const QStringList &hashedArgs,
                          const QStringList &execCmd);
Digest testID(const QString &binaryID, const QStringList &hashedArgs, const QStringList &execCmd,
              const QByteArray &salt, const cache::HashTrace *trace = nullptr);

Digest testAndInputKey(const Digest &testID, const Digest &testInputsID,
                       const cache::HashTrace *trace = nullptr);
// covMeta all zero = no -coverpkg meta action.
Digest coverProfileAndInputKey(const Digest &testID, const Digest &testInputsID,
                               const Digest &covMeta, const cache::HashTrace *trace = nullptr);
Digest coverMetaID(const QStringList &depActionIDs, const QByteArray &salt,
                   const cache::HashTrace *trace = nullptr);

// go's rewrite of a cached output for printing: the last line must start
// with "ok  \t" and hold a tab after the import path; the run of [0-9.s]
// after that tab becomes "(cached)". nullopt = "test output malformed" (also
// for empty output or output without a final "\n").
std::optional<QByteArray> cachedOutputForPrint(const QByteArray &output);

} // namespace kiln::test
