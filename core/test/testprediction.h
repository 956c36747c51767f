// Will the next `go test` replay a package's cached result, and if not,
// why? Answered without running any tool (test/testprobe.h), for the
// packages and flags of a `go test` command line.
//
// Per tested package, in go's order of decisions:
//   setup failure             WillRun  SetupFailed       (go prints FAIL … [setup failed])
//   no test files             NoTests                    (go prints "?", nothing is cached)
//   a compile missed          WillRun  SourceChanged     subject: the first package
//                                                         (post-order) whose own
//                                                         action ID missed
//   an action ID failed       Unknown  ProbeFailed       subject: the error
//   -a                        WillRun  RebuildAll
//   caching disabled          WillRun  NotCacheable      subject: the test argument, or
//                                                         "local directory mode"/"outside root"
//   then go's lookups with id1 (link action ID) and, if the binary is in
//   GOCACHE, id2 (its content ID), exactly as TestRunner makes them. A hit
//   is Cached. Of two misses the one that got further explains it:
//   input list not found      WillRun  NoCachedResult
//   input list malformed      WillRun  Other             subject: go's reason
//   file too new              WillRun  FileTooNew        subject: the file
//   test output not found     WillRun  EnvChanged / FileChanged subject: the
//                             input whose hash differs from Kiln's record
//                             (testinputrecord.h) of the save; no record (go
//                             saved it): FileChanged for the first file of
//                             the log modified after the save, else
//                             InputChanged (env or file; go does not record
//                             which); inputs unchanged: ResultRemoved
//   expired                   WillRun  Expired           (go clean -testcache)
//   anything else             WillRun  Other             subject: go's reason
// goReason is go's GODEBUG=gocachetest=1 text for the deciding miss.
//
// A compile miss need not mean a new test run: the rebuilt archive, or the
// relinked binary, can be identical, and go then replays the result saved
// for that binary (id2). Kiln cannot tell without compiling and linking, and
// says "will re-run"; likewise NoCachedResult when go does not keep the
// linked binary in GOCACHE (it never does for test binaries) — the detail
// then says so.
//
// Blind spots (testblindspots.h) are listed for every package with a test.
#pragma once

#include "cache/cacheentry.h"
#include "exec/buildpipeline.h"
#include "test/testblindspots.h"

#include <QList>
#include <QString>
#include <optional>

namespace kiln::test
{

enum class Prediction { Cached, WillRun, NoTests, Unknown };

enum class RunReason {
    None,
    SetupFailed,
    SourceChanged,
    ProbeFailed,
    RebuildAll,
    NotCacheable,
    NoCachedResult,
    FileTooNew,
    EnvChanged,
    FileChanged,
    InputChanged,
    ResultRemoved,
    Expired,
    Other
};

struct PackagePrediction {
    QString importPath;
    Prediction prediction = Prediction::Unknown;
    RunReason reason = RunReason::None;
    QString subject;     // what the reason names (package, variable, file, flag)
    QString detail;      // FileChanged: "size 3 → 4, modified …"; InputChanged: the
                         // variables the test read; NoCachedResult: the id2 caveat
    QByteArray goReason; // go's gocachetest text for the deciding lookup ("" none)
    QList<BlindSpot> blindSpots;
    // The GOCACHE keys go's lookups use for this package (test IDs and the
    // output keys of their current inputs): what invalidating it removes.
    QList<Digest> resultKeys;
};

struct TestPredictions {
    QString cacheDir;
    QList<PackagePrediction> packages; // in go's package order (setup failures included)
    QStringList warnings;
};

// input.args: what follows "go test" (flags and packages). Errors: what
// stops go test before it runs (prepareTest's), GOCACHE off. Blocking;
// removes the $WORK it prepared. cancel is polled by the loader.
Result<TestPredictions> predictTests(const exec::PipelineInput &input);

// One English line: "cached", "will re-run: env KILN_X changed", …
QString predictionText(const PackagePrediction &p);

// Invalidates results: removes the index entries (-a files) of keys that
// exist, through cache::executePrune (a missing entry is a miss for go; the
// outputs stay for go's trim), Kiln's records of them and every record whose
// test ID left the cache. Returns how many entries went.
Result<int> invalidateTestResults(const QString &cacheDir, const QList<Digest> &keys);

// The index entries of every saved output of these packages in a scan (kind
// TestOutput, by package path, any flags). A package's results are gone for
// go only with these: go also looks results up by the test binary's content
// ID (id2), which needs a link to compute, so resultKeys alone may leave one.
QList<Digest> savedOutputKeys(const QList<cache::CacheEntry> &entries,
                              const QStringList &importPaths);

} // namespace kiln::test
