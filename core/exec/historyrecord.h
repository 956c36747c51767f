// What Kiln's build history (cache/buildhistory.h) keeps of a finished
// build or test run: its module, command and toolchain, and per action that
// computed an action ID (compile, link, PGO preprocessing, vet) its key, ID,
// preimage, outcome, content ID and wall time. finishBuild and
// test::finishTest record it.
//
// go test's builds are recorded like go build's: the test variants keep
// their variant in the key ("build p [p.test]"), the test main is the
// package "p.test" (build and link), vet actions are "vet p [p.test]". A
// test run ("test run p") has no action ID of its own — go's test result
// cache keys it by the test binary's link ID and the test's arguments
// (test/testcachekey.h) — so it is left out, as are test clean/print and
// the root: why a test ran again follows from its link's verdict.
#pragma once

#include "cache/buildhistory.h"
#include "exec/buildpipeline.h"

namespace kiln::exec
{

// The parts of a prepared build (or test) a history record is made of.
struct HistorySource {
    const load::LoadResult &load;
    const BuildConfig &config;
    const graph::ActionGraph &graph;
    QString command; // "build …" / "test …": the verb and its arguments
};

// records = Builder::records() of the build; timeNs = when it finished.
// Actions without an action ID (nop, install, test runs, never started)
// are left out. Pure.
cache::HistoryBuild historyBuildOf(const HistorySource &source,
                                   const QList<graph::ActionRecord> &records, qint64 timeNs);
cache::HistoryBuild historyBuildOf(const PreparedBuild &build,
                                   const QList<graph::ActionRecord> &records, qint64 timeNs);

// Records the build in the history of cacheDir (GOCACHE) now and returns it
// as recorded: timeNs is its key in the history, 0 when it could not be
// written (the history never fails a build). Blocking.
cache::HistoryBuild recordHistory(const QString &cacheDir, const HistorySource &source,
                                  const QList<graph::ActionRecord> &records);

} // namespace kiln::exec
